import type { BundleTicket } from './bundle';
import { ACCOUNT_DEFAULT_LOCALE, ACCOUNT_LOCALES, FIRST_NEW_ID, type HelpdeskEvent, type HelpdeskStore, type TicketRecord } from './store';

/** The options an app passes to `client.request`, as the SDK posts them. */
export type RequestOptions = {
  url?: string;
  type?: string;
  method?: string;
  data?: unknown;
  contentType?: string | boolean;
  dataType?: string;
  headers?: Record<string, unknown>;
  secure?: boolean;
  cors?: boolean;
  httpCompleteResponse?: boolean;
  [key: string]: unknown;
};

export type ApiAnswer = { status: number; body: unknown; events: HelpdeskEvent[]; headers?: Record<string, string> };

/**
 * How many requests the incremental exports allow in a window: Zendesk's Incremental Exports
 * API allows 10 a minute (20 with the High Volume add-on) and answers 429 with `Retry-After`.
 */
export type RateLimit = { requests: number; windowMs: number };
export const EXPORT_RATE_LIMIT: RateLimit = { requests: 10, windowMs: 60_000 };

/** Remembers when the limited endpoints were called, to answer as Zendesk's rate limit does. */
export class RateLimiter {
  private calls: number[] = [];
  constructor(
    public limit: RateLimit = EXPORT_RATE_LIMIT,
    private readonly now: () => number = () => Date.now(),
  ) {}
  /** Counts a call; returns the seconds to wait when it is over the limit, else null. */
  take(): number | null {
    const at = this.now();
    this.calls = this.calls.filter((t) => at - t < this.limit.windowMs);
    if (this.calls.length >= this.limit.requests) {
      const oldest = this.calls[0] ?? at;
      return Math.max(1, Math.ceil((oldest + this.limit.windowMs - at) / 1000));
    }
    this.calls.push(at);
    return null;
  }
  reset(): void {
    this.calls = [];
  }
}

/** Who may call what: the signed-in user's role, and the limiter of the incremental exports. */
export type ApiCaller = { actorId: number; exportLimiter?: RateLimiter };

const PAGE_SIZE = 100;

/** A ticket as the REST API returns it, with the state's changes applied. */
export function toApiTicket(_store: HelpdeskStore, record: TicketRecord): BundleTicket & Record<string, unknown> {
  const t = structuredClone(record.ticket);
  return {
    ...t,
    url: `https://lanes-demo.zendesk.com/api/v2/tickets/${t.id}.json`,
    tags: t.tags ?? [],
    custom_fields: t.custom_fields ?? [],
    fields: t.custom_fields ?? [],
    comment_count: record.comments.length,
  };
}

function list<T>(key: string, items: T[]): Record<string, unknown> {
  return { [key]: items.slice(0, PAGE_SIZE), count: items.length, next_page: null, previous_page: null };
}

/**
 * One page of a list, as Zendesk pages it: offset pages (`page`, `per_page` up to 100, with
 * `next_page`), or cursor pages when `page[size]` is given (`meta.has_more`, `links.next`).
 */
function pageOf<T>(key: string, items: T[], path: string, q: URLSearchParams): ApiAnswer {
  const base = `https://lanes-demo.zendesk.com${path}`;
  const size = q.get('page[size]');
  if (size !== null) {
    const perPage = Math.min(PAGE_SIZE, Math.max(1, Number(size) || PAGE_SIZE));
    const after = q.get('page[after]');
    const start = after === null ? 0 : Number(Buffer.from(after, 'base64url').toString('utf8'));
    if (!Number.isInteger(start) || start < 0) return { status: 400, body: { error: 'InvalidPaginationParameter', description: 'page[after] is not valid' }, events: [] };
    const end = Math.min(items.length, start + perPage);
    const cursor = Buffer.from(String(end)).toString('base64url');
    const hasMore = end < items.length;
    return {
      status: 200,
      body: {
        [key]: items.slice(start, end),
        meta: { has_more: hasMore, after_cursor: hasMore ? cursor : null, before_cursor: null },
        links: { next: hasMore ? `${base}?page[size]=${perPage}&page[after]=${cursor}` : null, prev: null },
      },
      events: [],
    };
  }
  const perPage = Math.min(PAGE_SIZE, Math.max(1, Number(q.get('per_page') ?? PAGE_SIZE) || PAGE_SIZE));
  const page = Math.max(1, Number(q.get('page') ?? 1) || 1);
  const start = (page - 1) * perPage;
  const more = start + perPage < items.length;
  return {
    status: 200,
    body: {
      [key]: items.slice(start, start + perPage),
      count: items.length,
      next_page: more ? `${base}?page=${page + 1}&per_page=${perPage}` : null,
      previous_page: page > 1 ? `${base}?page=${page - 1}&per_page=${perPage}` : null,
    },
    events: [],
  };
}

function notFound(): ApiAnswer {
  return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' }, events: [] };
}

/** Reads `data` as the SDK passes it: a JSON string (with `contentType: 'application/json'`) or an object. */
export function readRequestData(data: unknown): Record<string, unknown> | undefined {
  if (typeof data === 'string') {
    try {
      const parsed: unknown = JSON.parse(data);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

function sideloads(store: HelpdeskStore, tickets: BundleTicket[], include: string | null): Record<string, unknown> {
  const wanted = new Set((include ?? '').split(',').map((s) => s.trim()));
  const out: Record<string, unknown> = {};
  if (wanted.has('users')) {
    const ids = new Set(tickets.flatMap((t) => [t.requester_id, t.submitter_id, t.assignee_id]));
    out['users'] = store.users().filter((u) => ids.has(u.id));
  }
  if (wanted.has('organizations')) {
    const ids = new Set(tickets.map((t) => t.organization_id));
    out['organizations'] = [...ids].flatMap((id) => store.organization(id) ?? []);
  }
  if (wanted.has('groups')) {
    const ids = new Set(tickets.map((t) => t.group_id));
    out['groups'] = [...ids].flatMap((id) => store.group(id) ?? []);
  }
  return out;
}

const STATUS_ORDER = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];

function compare(a: unknown, op: string, b: string, kind: 'status' | 'date' | 'text'): boolean {
  if (kind === 'text') return op === ':' || op === '=' ? String(a ?? '').toLowerCase() === b.toLowerCase() : false;
  const [x, y] =
    kind === 'status'
      ? [STATUS_ORDER.indexOf(String(a)), STATUS_ORDER.indexOf(b.toLowerCase())]
      : [Date.parse(String(a)), Date.parse(b)];
  switch (op) {
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    case '>=': return x >= y;
    default: return x === y;
  }
}

/** Tests one `key:value` (or `key<value`) term of a Zendesk search query against a ticket. */
function matchesTerm(store: HelpdeskStore, record: TicketRecord, key: string, op: string, value: string): boolean {
  const t = record.ticket;
  const v = value.replace(/^"|"$/g, '');
  const users = (id: number | null | undefined): string[] => {
    const u = store.user(id);
    return u ? [String(u.id), u.email ?? '', u.name] : id == null ? ['none'] : [String(id)];
  };
  switch (key) {
    case 'type':
      return v === 'ticket';
    case 'status':
      return compare(t.status, op, v, 'status');
    case 'priority':
      return compare(t.priority, op, v, 'text');
    case 'ticket_type':
      return compare(t.type, op, v, 'text');
    case 'tags':
    case 'tag':
      return (t.tags ?? []).includes(v.toLowerCase());
    case 'requester':
    case 'requester_id':
      return users(t.requester_id).some((s) => s.toLowerCase() === v.toLowerCase());
    case 'assignee':
      return users(t.assignee_id).some((s) => s.toLowerCase() === v.toLowerCase());
    case 'organization':
    case 'organization_id': {
      const org = store.organization(t.organization_id);
      const names = t.organization_id == null ? ['none'] : [String(t.organization_id), org?.name ?? ''];
      return names.some((s) => s.toLowerCase() === v.toLowerCase());
    }
    case 'group':
    case 'group_id':
      return String(t.group_id ?? 'none') === v || store.group(t.group_id)?.name.toLowerCase() === v.toLowerCase();
    case 'created':
      return compare(t.created_at, op, v, 'date');
    case 'updated':
      return compare(t.updated_at, op, v, 'date');
    case 'problem_id':
      return String(t.problem_id ?? 'none') === v;
    case 'fieldvalue':
      return (t.custom_fields ?? []).some((f) => String(f.value ?? '').toLowerCase() === v.toLowerCase());
    default: {
      const field = key.match(/^custom_field_(\d+)$/);
      if (field) {
        const actual = store.customFieldValue(t.id, Number(field[1]));
        return v === 'none' ? actual == null || actual === '' : String(actual ?? '').toLowerCase() === v.toLowerCase();
      }
      return false;
    }
  }
}

function tokenize(query: string): string[] {
  return query.match(/-?[\w.]+(?:<=|>=|:|<|>|=)"[^"]*"|"[^"]*"|\S+/g) ?? [];
}

/** Runs a Zendesk search query over the tickets: the terms the app is likely to send, and free text. */
export function searchTickets(store: HelpdeskStore, query: string): TicketRecord[] {
  const terms = tokenize(query);
  return store.tickets().filter((record) =>
    terms.every((raw) => {
      const negate = raw.startsWith('-');
      const term = negate ? raw.slice(1) : raw;
      const m = term.match(/^([\w.]+)(<=|>=|:|<|>|=)(.+)$/);
      let hit: boolean;
      if (m && m[1] && m[2] && m[3] !== undefined) hit = matchesTerm(store, record, m[1], m[2], m[3]);
      else {
        const text = term.replace(/^"|"$/g, '').toLowerCase();
        const hay = [record.ticket.subject, record.ticket.description, ...record.comments.map((c) => c.body)]
          .join('\n')
          .toLowerCase();
        hit = hay.includes(text);
      }
      return negate ? !hit : hit;
    }),
  );
}

function sortTickets(records: TicketRecord[], sortBy: string | null, order: string | null): TicketRecord[] {
  const key = (sortBy ?? 'updated_at') as 'created_at' | 'updated_at' | 'id';
  const dir = order === 'asc' ? 1 : -1;
  return [...records].sort((a, b) => {
    const x = key === 'id' ? a.ticket.id : String(a.ticket[key] ?? '');
    const y = key === 'id' ? b.ticket.id : String(b.ticket[key] ?? '');
    return (x < y ? -1 : x > y ? 1 : a.ticket.id - b.ticket.id) * dir;
  });
}

function updateTicket(store: HelpdeskStore, record: TicketRecord, body: Record<string, unknown> | undefined, actorId: number): ApiAnswer {
  const update = (body?.['ticket'] ?? {}) as Record<string, unknown>;
  // Tickets API, "Protecting against ticket update collisions": with `safe_update`, an
  // `updated_stamp` other than the ticket's `updated_at` is refused with 409, nothing written.
  if (update['safe_update'] === true) {
    const stamp = update['updated_stamp'];
    if (typeof stamp !== 'string' || Date.parse(stamp) !== Date.parse(record.ticket.updated_at ?? '')) {
      return {
        status: 409,
        body: { error: 'UpdateConflict', description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.' },
        events: [],
      };
    }
  }
  const events: HelpdeskEvent[] = [];
  for (const prop of ['status', 'priority', 'type', 'subject'] as const) {
    if (prop in update) events.push(...store.setProp(record, prop, update[prop] == null ? null : String(update[prop]), actorId));
  }
  const fields = update['custom_fields'] ?? update['fields'];
  if (Array.isArray(fields)) {
    for (const f of fields as { id?: unknown; value?: unknown }[]) {
      if (typeof f.id === 'number') events.push(...store.setCustomField(record, f.id, f.value, actorId));
    }
  }
  if (Array.isArray(update['tags'])) events.push(...store.setTags(record, update['tags'].map(String), actorId));
  if (Array.isArray(update['additional_tags'])) events.push(...store.addTags(record, update['additional_tags'].map(String), actorId));
  if (Array.isArray(update['remove_tags'])) events.push(...store.removeTags(record, update['remove_tags'].map(String), actorId));
  const comment = update['comment'] as { body?: unknown; html_body?: unknown; public?: unknown } | undefined;
  if (comment && (comment.body != null || comment.html_body != null)) {
    const text = comment.body != null ? String(comment.body) : String(comment.html_body).replace(/<[^>]+>/g, '');
    store.addComment(record, text, comment.public !== false, actorId);
    events.push({ name: 'ticket.conversation.changed', data: { ticketId: record.ticket.id } });
  }
  events.push({ name: 'ticket.updated', data: { ticketId: record.ticket.id } });
  return {
    status: 200,
    body: { ticket: toApiTicket(store, record) },
    events,
  };
}

function audits(store: HelpdeskStore, record: TicketRecord): unknown[] {
  const t = record.ticket;
  const created = (record.comments[0]?.created_at ?? t.created_at) ?? null;
  // Comments added since the server started (ids from FIRST_NEW_ID) are in the recorded audits.
  const base = record.comments.filter((c) => c.id < FIRST_NEW_ID).map((c, i) => ({
    id: Number(`${t.id}${String(i).padStart(3, '0')}`),
    ticket_id: t.id,
    created_at: c.created_at ?? created,
    author_id: c.author_id ?? null,
    via: { channel: i === 0 ? (t.via?.channel ?? 'web') : 'web' },
    events: [
      { id: Number(`${t.id}${String(i).padStart(3, '0')}1`), type: 'Comment', body: c.body ?? '', html_body: `<p>${c.body ?? ''}</p>`, public: c.public ?? true, author_id: c.author_id ?? null },
      ...(i === 0
        ? [
            { id: Number(`${t.id}0002`), type: 'Create', field_name: 'status', value: 'new' },
            { id: Number(`${t.id}0003`), type: 'Create', field_name: 'subject', value: t.subject ?? '' },
          ]
        : []),
    ],
  }));
  // The bundle's `ticket_audits` (its history) come after the creation, then what happened since the server started.
  const history = store.bundleAudits(t.id).map((a, i) => ({ id: Number(`${t.id}${String(900 + i)}`), ticket_id: t.id, author_id: null, via: { channel: 'web' }, ...a }));
  return [...base, ...history, ...record.audits];
}

/** A ticket's metric set, as the `metric_sets` side-load carries it; group stations from its audits. */
function metricSet(store: HelpdeskStore, record: TicketRecord): Record<string, unknown> {
  const t = record.ticket;
  return {
    url: `https://lanes-demo.zendesk.com/api/v2/ticket_metrics/${t.id}.json`,
    id: t.id,
    ticket_id: t.id,
    group_stations: 1 + store.groupChanges(t.id),
    assignee_stations: t.assignee_id == null ? 0 : 1,
    reopens: 0,
    replies: Math.max(0, record.comments.filter((c) => c.public !== false).length - 1),
    created_at: t.created_at ?? null,
    updated_at: t.updated_at ?? t.created_at ?? null,
  };
}

/** When a ticket last changed, as the incremental export orders by it (`generated_timestamp`, in seconds). */
function generatedAt(record: TicketRecord): number {
  const at = Date.parse(record.ticket.updated_at ?? record.ticket.created_at ?? '');
  return Number.isFinite(at) ? Math.floor(at / 1000) : 0;
}

const encodeCursor = (stamp: number, id: number): string => Buffer.from(`${stamp}.${id}`).toString('base64url');
function decodeCursor(cursor: string): { stamp: number; id: number } | null {
  const m = Buffer.from(cursor, 'base64url').toString('utf8').match(/^(\d+)\.(\d+)$/);
  return m ? { stamp: Number(m[1]), id: Number(m[2]) } : null;
}

/** Zendesk's largest page for the incremental export. */
const MAX_EXPORT_PAGE = 1000;

/**
 * `GET /api/v2/incremental/tickets/cursor.json`: tickets in order of their last change, from
 * `start_time` (unix seconds) or after an opaque `cursor`, `per_page` at a time (up to 1000),
 * with `after_cursor`, `after_url` and `end_of_stream`, and the side-loads of `include`.
 */
function incrementalTickets(store: HelpdeskStore, q: URLSearchParams): ApiAnswer {
  const cursorText = q.get('cursor');
  const startText = q.get('start_time');
  const perPage = Math.min(MAX_EXPORT_PAGE, Math.max(1, Number(q.get('per_page') ?? MAX_EXPORT_PAGE) || MAX_EXPORT_PAGE));
  let after: { stamp: number; id: number };
  if (cursorText !== null) {
    const decoded = decodeCursor(cursorText);
    if (!decoded) return { status: 400, body: { error: 'InvalidPaginationParameter', description: 'cursor is not valid' }, events: [] };
    after = decoded;
  } else if (startText !== null && /^\d+$/.test(startText)) after = { stamp: Number(startText), id: -1 };
  else return { status: 400, body: { error: 'InvalidValue', description: 'start_time or cursor is required' }, events: [] };
  const fromStart = cursorText === null;
  const ordered = store
    .tickets()
    .map((record) => ({ record, stamp: generatedAt(record) }))
    .filter(({ record, stamp }) => (fromStart ? stamp >= after.stamp : stamp > after.stamp || (stamp === after.stamp && record.ticket.id > after.id)))
    .sort((a, b) => a.stamp - b.stamp || a.record.ticket.id - b.record.ticket.id);
  const page = ordered.slice(0, perPage);
  const last = page.at(-1);
  const afterCursor = last ? encodeCursor(last.stamp, last.record.ticket.id) : cursorText ?? encodeCursor(after.stamp, after.id);
  const include = q.get('include');
  const records = page.map((p) => p.record);
  const tickets = page.map(({ record, stamp }) => ({ ...toApiTicket(store, record), generated_timestamp: stamp }));
  const wanted = new Set((include ?? '').split(',').map((s) => s.trim()));
  return {
    status: 200,
    body: {
      tickets,
      after_url: `https://lanes-demo.zendesk.com/api/v2/incremental/tickets/cursor.json?cursor=${afterCursor}`,
      after_cursor: afterCursor,
      before_url: null,
      before_cursor: null,
      end_of_stream: ordered.length <= perPage,
      ...sideloads(store, records.map((r) => r.ticket), include),
      ...(wanted.has('metric_sets') ? { metric_sets: records.map((r) => metricSet(store, r)) } : {}),
    },
    events: [],
  };
}

/** Zendesk's answer to an agent calling an endpoint that is "Allowed for: Admins". */
const forbidden = (): ApiAnswer => ({
  status: 403,
  body: { error: 'Forbidden', description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' },
  events: [],
});

/** Answers `client.request` for the REST endpoints a ticket sidebar uses, from the bundle and the state. */
export function answerApiRequest(store: HelpdeskStore, options: RequestOptions, caller: number | ApiCaller): ApiAnswer {
  const { actorId, exportLimiter } = typeof caller === 'number' ? { actorId: caller, exportLimiter: undefined } : caller;
  const rawUrl = String(options.url ?? '');
  const method = String(options.type ?? options.method ?? 'GET').toUpperCase();
  const url = new URL(rawUrl.replace(/^https?:\/\/[^/]+/, ''), 'http://helpdesk.invalid');
  const path = url.pathname;
  const q = url.searchParams;
  let m: RegExpMatchArray | null;

  if ((m = path.match(/^\/api\/v2\/tickets\/(\d+)\.json$/))) {
    const record = store.record(Number(m[1]));
    if (!record) return notFound();
    if (method === 'GET') {
      return { status: 200, body: { ticket: toApiTicket(store, record), ...sideloads(store, [record.ticket], q.get('include')) }, events: [] };
    }
    if (method === 'PUT') {
      const answer = store.inOneAudit(record, actorId, () => updateTicket(store, record, readRequestData(options.data), actorId));
      return { ...answer, body: { ...(answer.body as Record<string, unknown>), audit: record.audits.at(-1) ?? null } };
    }
  }
  if (method === 'GET' && path.startsWith('/api/v2/incremental/')) {
    // Incremental Exports API: "Allowed for: Admins", and rate limited per minute.
    if (store.user(actorId)?.role !== 'admin') return forbidden();
    const wait = exportLimiter?.take() ?? null;
    if (wait !== null) {
      return { status: 429, body: { error: 'TooManyRequests', description: 'Number of allowed incremental export API requests per minute exceeded' }, events: [], headers: { 'retry-after': String(wait) } };
    }
    if (path === '/api/v2/incremental/tickets/cursor.json') return incrementalTickets(store, q);
  }
  if (method === 'GET' && (m = path.match(/^\/api\/v2\/tickets\/(\d+)\/audits\.json$/))) {
    const record = store.record(Number(m[1]));
    if (!record) return notFound();
    return pageOf('audits', audits(store, record), path, q);
  }
  if (method === 'GET' && path === '/api/v2/users/show_many.json') {
    // Up to 100 ids, as Zendesk allows; unknown ids are left out of the answer.
    const ids = (q.get('ids') ?? '').split(',').filter(Boolean).map(Number);
    if (ids.length > 100) return { status: 400, body: { error: 'InvalidValue', description: 'at most 100 ids' }, events: [] };
    return { status: 200, body: { users: ids.flatMap((id) => store.user(id) ?? []) }, events: [] };
  }
  // List Memberships (Group Memberships API): allowed for agents, 100 a page, offset or cursor paged.
  if (method === 'GET' && path === '/api/v2/group_memberships.json') return pageOf('group_memberships', store.memberships(), path, q);
  if (method === 'GET' && (m = path.match(/^\/api\/v2\/groups\/(\d+)\/memberships\.json$/))) {
    const groupId = Number(m[1]);
    if (!store.group(groupId)) return notFound();
    return pageOf('group_memberships', store.memberships().filter((g) => g.group_id === groupId), path, q);
  }
  if (method === 'GET' && (m = path.match(/^\/api\/v2\/users\/(\d+)\/group_memberships\.json$/))) {
    const userId = Number(m[1]);
    if (!store.user(userId)) return notFound();
    return pageOf('group_memberships', store.memberships().filter((g) => g.user_id === userId), path, q);
  }
  if (method === 'GET' && (m = path.match(/^\/api\/v2\/tickets\/(\d+)\/comments\.json$/))) {
    const record = store.record(Number(m[1]));
    if (!record) return notFound();
    return { status: 200, body: list('comments', record.comments.map((c) => ({ ...c, html_body: `<p>${c.body ?? ''}</p>` }))), events: [] };
  }
  if (method === 'GET' && (m = path.match(/^\/api\/v2\/users\/(\d+)\/tickets\/requested\.json$/))) {
    const id = Number(m[1]);
    if (store.hasUsers && !store.user(id)) return notFound();
    const tickets = sortTickets(store.tickets().filter((r) => r.ticket.requester_id === id), q.get('sort_by'), q.get('sort_order'));
    return { status: 200, body: list('tickets', tickets.map((r) => toApiTicket(store, r))), events: [] };
  }
  if (method === 'GET' && (m = path.match(/^\/api\/v2\/users\/(\d+)\.json$/))) {
    const user = store.user(Number(m[1]));
    return user ? { status: 200, body: { user }, events: [] } : notFound();
  }
  if (method === 'GET' && (m = path.match(/^\/api\/v2\/organizations\/(\d+)\.json$/))) {
    const org = store.organization(Number(m[1]));
    return org ? { status: 200, body: { organization: org }, events: [] } : notFound();
  }
  if (method === 'GET' && (path === '/api/v2/locales.json' || path === '/api/v2/locales')) {
    // Zendesk's List Locales marks the account's default language with `default: true`.
    const locales = ACCOUNT_LOCALES.map((l) => ({ ...l, url: `/api/v2/locales/${l.locale}.json`, default: l.locale === ACCOUNT_DEFAULT_LOCALE }));
    return { status: 200, body: { locales }, events: [] };
  }
  if (method === 'GET' && path === '/api/v2/search.json') {
    const query = q.get('query') ?? '';
    const found = sortTickets(searchTickets(store, query), q.get('sort_by'), q.get('sort_order'));
    return {
      status: 200,
      body: { ...list('results', found.map((r) => ({ ...toApiTicket(store, r), result_type: 'ticket' }))), facets: null },
      events: [],
    };
  }
  return { status: 404, body: { error: 'InvalidEndpoint', description: `Not found: ${method} ${path}` }, events: [] };
}
