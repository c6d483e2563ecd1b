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

/**
 * What the agent's open ticket form holds and the ticket does not yet: Zendesk keeps edits made
 * on the form, by the agent or by an app's `client.set` and `ticket.tags.add/remove`, unsaved
 * until the agent presses Submit ("Ticket sidebar: set" and "ticket.tags.add" in the Apps
 * Support API reference: they change the ticket in the editor, like an agent's edit).
 */
export type FormState = {
  props: Partial<Record<TicketProp, string | null>>;
  fields: Map<number, unknown>;
  tags: string[] | null;
  /** Ticket fields an app hid from the form (`ticketFields:<name>.hide`), by name, e.g. `custom_field_9000002`. */
  hiddenFields: Set<string>;
};

export type TicketRecord = {
  ticket: BundleTicket;
  comments: BundleComment[];
  draft: Draft;
  audits: Audit[];
  form: FormState;
};

const emptyForm = (): FormState => ({ props: {}, fields: new Map(), tags: null, hiddenFields: new Set() });

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
  readonly aiDraftFieldId: number | undefined;
  /**
   * The ticket fields the app's requirements.json created, by identifier: here the fields the
   * settings' field map names (`lanes_<key>`) stand for them, as an installation would have made them.
   */
  readonly requirementFields: Record<string, number>;
  /** The composer's rich-text editor: on, `comment.text` reads and writes HTML, as in Zendesk's Agent Workspace. */
  richText = true;
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
    this.aiDraftFieldId = map.aiDraft;
    this.requirementFields = Object.fromEntries(Object.entries(map.ticketFields).map(([key, id]) => [`lanes_${key}`, id]));
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
        form: emptyForm(),
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

  /** The saved value of a ticket field, as the REST API reads it. */
  customFieldValue(ticketId: number, fieldId: number): unknown {
    const field = this.records.get(ticketId)?.ticket.custom_fields?.find((f) => f.id === fieldId);
    return field?.value ?? null;
  }

  /**
   * The ticket fields on the ticket's form: those the ticket carries and those the field map
   * names. A field the form does not hold cannot be read by an app in the sidebar.
   */
  isOnForm(ticketId: number, fieldId: number): boolean {
    if (!this.hasCustomField(fieldId)) return false;
    const t = this.records.get(ticketId)?.ticket;
    return fieldId === this.laneFieldId || fieldId === this.issueFamilyFieldId || (t?.custom_fields ?? []).some((f) => f.id === fieldId);
  }

  /** A ticket field as the agent's form shows it: the staged edit, else the saved value. */
  formFieldValue(ticketId: number, fieldId: number): unknown {
    const form = this.records.get(ticketId)?.form;
    return form && form.fields.has(fieldId) ? (form.fields.get(fieldId) ?? null) : this.customFieldValue(ticketId, fieldId);
  }

  formTags(record: TicketRecord): string[] {
    return [...(record.form.tags ?? record.ticket.tags ?? [])];
  }

  formProp(record: TicketRecord, prop: TicketProp): string | null {
    return prop in record.form.props ? (record.form.props[prop] ?? null) : (record.ticket[prop] ?? null);
  }

  /** Forgets the form's unsaved edits, as leaving the ticket without Submit does. */
  resetForm(record: TicketRecord): void {
    record.form = emptyForm();
    record.draft = { text: '', type: 'publicReply' };
  }

  /** Stages a property on the form; events fire as the form changes, nothing is saved. */
  stageProp(record: TicketRecord, prop: TicketProp, value: string | null): HelpdeskEvent[] {
    if (sameValue(this.formProp(record, prop), value)) return [];
    if (sameValue(record.ticket[prop] ?? null, value)) delete record.form.props[prop];
    else record.form.props[prop] = value;
    return [{ name: `ticket.${prop}.changed`, data: value }];
  }

  stageCustomField(record: TicketRecord, fieldId: number, value: unknown): HelpdeskEvent[] {
    const next = value === '' || value === undefined ? null : value;
    if (sameValue(this.formFieldValue(record.ticket.id, fieldId), next)) return [];
    if (sameValue(this.customFieldValue(record.ticket.id, fieldId), next)) record.form.fields.delete(fieldId);
    else record.form.fields.set(fieldId, next);
    return [{ name: `ticket.custom_field_${fieldId}.changed`, data: next }];
  }

  stageTags(record: TicketRecord, tags: readonly string[]): HelpdeskEvent[] {
    const next = normaliseTags(tags);
    if (sameValue(this.formTags(record), next)) return [];
    record.form.tags = sameValue(record.ticket.tags ?? [], next) ? null : next;
    return [{ name: 'ticket.tags.changed', data: next }];
  }

  stageTagsAdd(record: TicketRecord, tags: readonly string[]): HelpdeskEvent[] {
    return this.stageTags(record, [...this.formTags(record), ...tags]);
  }

  stageTagsRemove(record: TicketRecord, tags: readonly string[]): HelpdeskEvent[] {
    const drop = normaliseTags(tags);
    return this.stageTags(record, this.formTags(record).filter((t) => !drop.includes(t)));
  }

  /** Whether the agent's form holds edits not yet saved. */
  hasStagedEdits(record: TicketRecord): boolean {
    return Object.keys(record.form.props).length > 0 || record.form.fields.size > 0 || record.form.tags !== null;
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

  /** Applies an agent's edit on the ticket page: to the form, saved only by Submit. */
  applyAgentChange(record: TicketRecord, change: AgentChange, _actorId: number): HelpdeskEvent[] {
    switch (change.kind) {
      case 'priority':
      case 'status':
      case 'type':
      case 'subject':
        return this.stageProp(record, change.kind, change.value || null);
      case 'customField':
        return this.stageCustomField(record, change.fieldId, change.value);
      case 'tagAdd':
        return this.stageTagsAdd(record, [change.tag]);
      case 'tagRemove':
        return this.stageTagsRemove(record, [change.tag]);
      case 'commentText':
        return this.setCommentText(record, change.value);
      case 'commentType':
        return this.setCommentType(record, change.value);
    }
  }

  /** Saves the form's edits and the composer's draft as a comment; the app's save hooks have already agreed. */
  submit(record: TicketRecord, actorId: number): { events: HelpdeskEvent[]; comment?: BundleComment } {
    return this.inOneAudit(record, actorId, () => this.saveDraft(record, actorId));
  }

  private saveDraft(record: TicketRecord, actorId: number): { events: HelpdeskEvent[]; comment?: BundleComment } {
    const text = record.draft.text.trim();
    const events: HelpdeskEvent[] = [];
    let comment: BundleComment | undefined;
    const form = record.form;
    record.form = { ...emptyForm(), hiddenFields: form.hiddenFields };
    for (const [prop, value] of Object.entries(form.props) as [TicketProp, string | null][]) events.push(...this.setProp(record, prop, value, actorId));
    for (const [fieldId, value] of form.fields) events.push(...this.setCustomField(record, fieldId, value, actorId));
    if (form.tags !== null) events.push(...this.setTags(record, form.tags, actorId));
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
