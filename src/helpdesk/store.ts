import type {
  AppSettings,
  BundleComment,
  BundleGroup,
  BundleOrganization,
  BundleTicket,
  BundleUser,
  ExportBundle,
} from './bundle';
import { readFieldMap } from './bundle';

export const COMMENT_TYPES = ['publicReply', 'internalNote'] as const;
export type CommentType = (typeof COMMENT_TYPES)[number];

/** One framework event for the app: `name` without the `zaf.` prefix, `data` its payload. */
export type HelpdeskEvent = { name: string; data?: unknown };

export type AuditEvent =
  | { id: number; type: 'Comment'; body: string; html_body: string; public: boolean; author_id: number | null }
  | { id: number; type: 'Change' | 'Create'; field_name: string; value: unknown; previous_value?: unknown };

export type Audit = {
  id: number;
  ticket_id: number;
  created_at: string;
  author_id: number | null;
  via: { channel: string };
  events: AuditEvent[];
};

export type Draft = { text: string; type: CommentType };

export type TicketRecord = {
  ticket: BundleTicket;
  comments: BundleComment[];
  draft: Draft;
  audits: Audit[];
};

/** A change an agent makes on the ticket page. */
export type AgentChange =
  | { kind: 'priority' | 'status' | 'type' | 'subject'; value: string | null }
  | { kind: 'customField'; fieldId: number; value: unknown }
  | { kind: 'tagAdd' | 'tagRemove'; tag: string }
  | { kind: 'commentText'; value: string }
  | { kind: 'commentType'; value: CommentType };

/** Ids the helpdesk gives new comments and audits start here, above any id in the bundle. */
export const FIRST_NEW_ID = 900_000_000;

const TICKET_PROPS = ['priority', 'status', 'type', 'subject'] as const;
type TicketProp = (typeof TICKET_PROPS)[number];

function clone<T>(value: T): T {
  return structuredClone(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Normalises tags the way Zendesk does: lower case, no spaces, no duplicates. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    for (const tag of String(raw).toLowerCase().split(/[\s,]+/)) {
      if (tag && !out.includes(tag)) out.push(tag);
    }
  }
  return out;
}

/**
 * The helpdesk's memory: the bundle's tickets plus everything agents and the app changed since
 * the server started. Every mutation returns the events the app should receive.
 */
/** The demo account's default language; Zendesk lists it with `default: true` in /api/v2/locales. */
export const ACCOUNT_DEFAULT_LOCALE = 'en-US';

/** The languages the demo account offers its users, as `/api/v2/locales` lists them. */
export const ACCOUNT_LOCALES = [
  { id: 1, locale: 'en-US', name: 'English' },
  { id: 8, locale: 'de', name: 'Deutsch' },
] as const;

export class HelpdeskStore {
  readonly settings: AppSettings;
  readonly laneFieldId: number | undefined;
  readonly issueFamilyFieldId: number | undefined;
  private readonly bundle: ExportBundle;
  private records = new Map<number, TicketRecord>();
  private nextId = 1;
  private clock: () => Date;
  /** Languages users chose in this session, by user id (a user's profile setting in Zendesk). */
  private locales = new Map<number, string>();
  private schemes = new Map<number, 'light' | 'dark'>();

  constructor(bundle: ExportBundle, settings: AppSettings, clock: () => Date = () => new Date()) {
    this.bundle = bundle;
    this.settings = settings;
    const map = readFieldMap(settings);
    this.laneFieldId = map.lane;
    this.issueFamilyFieldId = map.issueFamily;
    this.clock = clock;
    this.reset();
  }

  /** Forgets every change: back to the bundle as loaded. */
  reset(): void {
    this.records = new Map();
    this.locales = new Map();
    this.schemes = new Map();
    this.nextId = FIRST_NEW_ID;
    for (const ticket of this.bundle.tickets) {
      this.records.set(ticket.id, {
        ticket: clone(ticket),
        comments: clone(this.bundle.comments?.[String(ticket.id)] ?? []),
        draft: { text: '', type: 'publicReply' },
        audits: [],
      });
    }
  }

  get hasUsers(): boolean {
    return this.bundle.users !== undefined;
  }
  get hasOrganizations(): boolean {
    return this.bundle.organizations !== undefined;
  }

  tickets(): TicketRecord[] {
    return [...this.records.values()];
  }
  record(id: number): TicketRecord | undefined {
    return this.records.get(id);
  }
  user(id: number | null | undefined): BundleUser | undefined {
    return id == null ? undefined : this.bundle.users?.find((u) => u.id === id);
  }
  users(): BundleUser[] {
    return this.bundle.users ?? [];
  }
  organization(id: number | null | undefined): BundleOrganization | undefined {
    return id == null ? undefined : this.bundle.organizations?.find((o) => o.id === id);
  }
  group(id: number | null | undefined): BundleGroup | undefined {
    return id == null ? undefined : this.bundle.groups?.find((g) => g.id === id);
  }
  /** The bundle's `ticket_audits` side-load for a ticket: its history before the server started. */
  bundleAudits(ticketId: number): Record<string, unknown>[] {
    const all = (this.bundle as Record<string, unknown>)['ticket_audits'];
    const list = all && typeof all === 'object' ? (all as Record<string, unknown>)[String(ticketId)] : undefined;
    return Array.isArray(list) ? list.filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null) : [];
  }
  /** How many times the ticket moved to another group, in the bundle's history and since. */
  groupChanges(ticketId: number): number {
    const events = [...this.bundleAudits(ticketId), ...(this.records.get(ticketId)?.audits ?? [])].flatMap((a) => (Array.isArray(a['events']) ? (a['events'] as unknown[]) : []));
    return events.filter((e) => {
      const x = e as { type?: unknown; field_name?: unknown };
      return x.type === 'Change' && x.field_name === 'group_id';
    }).length;
  }
  /** The account's group memberships, each with an id as Zendesk gives them. */
  memberships(): { id: number; user_id: number; group_id: number; default: boolean }[] {
    return (this.bundle.group_memberships ?? []).map((m, i, all) => ({
      id: 1_000_000 + i,
      user_id: m.user_id,
      group_id: m.group_id,
      default: all.findIndex((x) => x.user_id === m.user_id) === i,
    }));
  }
  groupsOf(userId: number): BundleGroup[] {
    const ids = (this.bundle.group_memberships ?? []).filter((m) => m.user_id === userId).map((m) => m.group_id);
    return ids.map((id) => this.group(id) ?? { id, name: `Group ${id}` });
  }
  /** A user's language: the one chosen in this session, else the bundle's, else the account's default. */
  localeOf(userId: number): string {
    const chosen = this.locales.get(userId);
    if (chosen) return chosen;
    const own = (this.user(userId) as { locale?: unknown } | undefined)?.locale;
    return typeof own === 'string' && own ? own : ACCOUNT_DEFAULT_LOCALE;
  }
  setLocale(userId: number, locale: string): void {
    this.locales.set(userId, locale);
  }
  /** A user's theme, as ZAF's `colorScheme` answers it. */
  colorSchemeOf(userId: number): 'light' | 'dark' {
    return this.schemes.get(userId) ?? 'light';
  }
  setColorScheme(userId: number, scheme: 'light' | 'dark'): void {
    this.schemes.set(userId, scheme);
  }

  /** Agents and admins, who can sign in to the helpdesk. */
  staff(): BundleUser[] {
    return this.users().filter((u) => u.role === 'agent' || u.role === 'admin');
  }

  /** The account's ticket fields: every id any ticket carries, plus those the field map names. */
  hasCustomField(fieldId: number): boolean {
    return (
      fieldId === this.laneFieldId ||
      fieldId === this.issueFamilyFieldId ||
      this.bundle.tickets.some((t) => t.custom_fields?.some((f) => f.id === fieldId))
    );
  }

  customFieldValue(ticketId: number, fieldId: number): unknown {
    const field = this.records.get(ticketId)?.ticket.custom_fields?.find((f) => f.id === fieldId);
    return field?.value ?? null;
  }

  laneOf(ticketId: number): unknown {
    return this.laneFieldId === undefined ? null : this.customFieldValue(ticketId, this.laneFieldId);
  }

  private now(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private id(): number {
    return this.nextId++;
  }

  /**
   * Runs one update: every change it makes is recorded in a single audit, as Zendesk records
   * each update ("Each audit represents a single update to the ticket", Ticket Audits API).
   */
  inOneAudit<T>(record: TicketRecord, actorId: number | null, update: () => T): T {
    if (this.pending) return update();
    const pending = { record, actorId, events: [] as AuditEvent[] };
    this.pending = pending;
    try {
      return update();
    } finally {
      this.pending = null;
      this.audit(record, actorId, pending.events);
    }
  }

  private pending: { record: TicketRecord; actorId: number | null; events: AuditEvent[] } | null = null;

  private audit(record: TicketRecord, actorId: number | null, events: AuditEvent[]): void {
    if (events.length === 0) return;
    if (this.pending && this.pending.record === record && this.pending.actorId === actorId) {
      this.pending.events.push(...events);
      return;
    }
    record.audits.push({
      id: this.id(),
      ticket_id: record.ticket.id,
      created_at: this.now(),
      author_id: actorId,
      via: { channel: actorId === null ? 'api' : 'web' },
      events,
    });
    record.ticket.updated_at = this.now();
  }

  private change(field: string, value: unknown, previous: unknown): AuditEvent {
    return { id: this.id(), type: 'Change', field_name: field, value, previous_value: previous };
  }

  /** Sets a ticket property; returns the change event, or none when the value is unchanged. */
  setProp(record: TicketRecord, prop: TicketProp, value: string | null, actorId: number | null): HelpdeskEvent[] {
    const previous = record.ticket[prop] ?? null;
    if (sameValue(previous, value)) return [];
    record.ticket[prop] = value;
    this.audit(record, actorId, [this.change(prop, value, previous)]);
    return [{ name: `ticket.${prop}.changed`, data: value }];
  }

  setCustomField(record: TicketRecord, fieldId: number, value: unknown, actorId: number | null): HelpdeskEvent[] {
    const fields = (record.ticket.custom_fields ??= []);
    let field = fields.find((f) => f.id === fieldId);
    const previous = field?.value ?? null;
    const next = value === '' || value === undefined ? null : value;
    if (sameValue(previous, next)) return [];
    if (!field) {
      field = { id: fieldId, value: null };
      fields.push(field);
    }
    field.value = next;
    this.audit(record, actorId, [this.change(String(fieldId), next, previous)]);
    return [{ name: `ticket.custom_field_${fieldId}.changed`, data: next }];
  }

  setTags(record: TicketRecord, tags: readonly string[], actorId: number | null): HelpdeskEvent[] {
    const previous = record.ticket.tags ?? [];
    const next = normaliseTags(tags);
    if (sameValue(previous, next)) return [];
    record.ticket.tags = next;
    this.audit(record, actorId, [this.change('tags', next, previous)]);
    return [{ name: 'ticket.tags.changed', data: next }];
  }

  addTags(record: TicketRecord, tags: readonly string[], actorId: number | null): HelpdeskEvent[] {
    return this.setTags(record, [...(record.ticket.tags ?? []), ...tags], actorId);
  }

  removeTags(record: TicketRecord, tags: readonly string[], actorId: number | null): HelpdeskEvent[] {
    const drop = normaliseTags(tags);
    return this.setTags(record, (record.ticket.tags ?? []).filter((t) => !drop.includes(t)), actorId);
  }

  setCommentText(record: TicketRecord, text: string): HelpdeskEvent[] {
    if (record.draft.text === text) return [];
    record.draft.text = text;
    return [{ name: 'comment.text.changed', data: text }];
  }

  setCommentType(record: TicketRecord, type: CommentType): HelpdeskEvent[] {
    if (record.draft.type === type) return [];
    record.draft.type = type;
    return [{ name: 'comment.type.changed', data: type }];
  }

  /** Adds a comment to the conversation, as a submit or an API update does. */
  addComment(record: TicketRecord, body: string, isPublic: boolean, authorId: number | null): BundleComment {
    const comment: BundleComment = {
      id: this.id(),
      author_id: authorId,
      public: isPublic,
      body,
      created_at: this.now(),
    };
    record.comments.push(comment);
    this.audit(record, authorId, [
      { id: this.id(), type: 'Comment', body, html_body: `<p>${body}</p>`, public: isPublic, author_id: authorId },
    ]);
    return comment;
  }

  /** Applies an agent's edit on the ticket page. */
  applyAgentChange(record: TicketRecord, change: AgentChange, actorId: number): HelpdeskEvent[] {
    let events: HelpdeskEvent[];
    switch (change.kind) {
      case 'priority':
      case 'status':
      case 'type':
      case 'subject':
        events = this.setProp(record, change.kind, change.value || null, actorId);
        break;
      case 'customField':
        events = this.setCustomField(record, change.fieldId, change.value, actorId);
        break;
      case 'tagAdd':
        events = this.addTags(record, [change.tag], actorId);
        break;
      case 'tagRemove':
        events = this.removeTags(record, [change.tag], actorId);
        break;
      case 'commentText':
        return this.setCommentText(record, change.value);
      case 'commentType':
        return this.setCommentType(record, change.value);
    }
    return events.length > 0 ? [...events, { name: 'ticket.updated', data: { ticketId: record.ticket.id } }] : [];
  }

  /** Saves the composer's draft as a comment; the app's save hooks have already agreed. */
  submit(record: TicketRecord, actorId: number): { events: HelpdeskEvent[]; comment?: BundleComment } {
    return this.inOneAudit(record, actorId, () => this.saveDraft(record, actorId));
  }

  private saveDraft(record: TicketRecord, actorId: number): { events: HelpdeskEvent[]; comment?: BundleComment } {
    const text = record.draft.text.trim();
    const events: HelpdeskEvent[] = [];
    let comment: BundleComment | undefined;
    if (text) {
      comment = this.addComment(record, text, record.draft.type === 'publicReply', actorId);
      events.push(...this.setCommentText(record, ''));
    }
    if (record.ticket.status === 'new') events.push(...this.setProp(record, 'status', 'open', actorId));
    events.push({ name: 'ticket.updated', data: { ticketId: record.ticket.id } });
    return comment ? { events, comment } : { events };
  }
}

export function isTicketProp(value: string): value is TicketProp {
  return (TICKET_PROPS as readonly string[]).includes(value);
}
