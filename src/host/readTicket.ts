import { z } from '../policy/zod';
import { toOrganization } from '../bundle/toOrganization';
import type { FieldMap } from '../policy/settings';
import type { CommentInput, Known, ProblemInput, TicketInput } from '../policy/types';
import type { ZafClient, ZafResult } from './zafClient';
import {
  type ApiTicket,
  ApiTicketSchema,
  RequestedTicketsSchema,
  ZafCommentsSchema,
  ZafOrganizationSchema,
  ZafTagsSchema,
  ZafTextSchema,
  ZafUserSchema,
  ZafViaSchema,
} from './zafSchemas';

/** The signed-in agent, as the sidebar needs them. */
export interface AgentUser {
  id: string;
  name: string;
  role: string;
  locale: string;
  /** The agent's IANA time zone, e.g. `Europe/Berlin`; null when the helpdesk does not say. */
  timeZone: string | null;
  groupIds: number[];
}

export interface TicketRead {
  input: TicketInput;
  /** The ticket as saved (its REST record): what views and metrics see, apart from the agent's unsaved form. */
  saved: Known<ApiTicket>;
  user: Known<AgentUser>;
  /** Sequential waves of host calls before the input was complete. */
  roundTrips: number;
}

/** How long a REST call may take before the read gives up on it; the SDK's own calls time out after 5 s. */
const REQUEST_TIMEOUT_MS = 5000;

const TICKET_PATHS = [
  'ticket.id',
  'ticket.subject',
  'ticket.description',
  'ticket.status',
  'ticket.priority',
  'ticket.type',
  'ticket.tags',
  'ticket.via',
  'ticket.createdAt',
  'ticket.updatedAt',
] as const;

/** Paths without which an answer would be a guess: their absence fails the read. */
const ESSENTIAL_PATHS = new Set(['ticket.id', 'ticket.subject', 'ticket.description', 'ticket.requester', 'ticket.organization']);

const ANY = z.unknown();

export const customFieldPath = (fieldId: number): string => `ticket.customField:custom_field_${fieldId}`;

/** Every path the first call asks for. */
export function ticketPaths(fieldMap: FieldMap): string[] {
  const t = fieldMap.ticket;
  return [
    ...TICKET_PATHS,
    ...[t.issue_family, t.ai_draft, t.lane, t.lane_override_reason, t.prior_service_credit].map(customFieldPath),
    'ticket.requester',
    'ticket.organization',
    'ticket.comments',
    // The whole ticket too: a host that does not resolve a sub-path still answers it from here.
    'ticket',
    'currentUser',
  ];
}

/** One answer of a batched get: each path either a value or the reason it is missing. */
class Batch {
  constructor(private readonly result: ZafResult) {}

  read<S extends z.ZodMiniType>(path: string, schema: S): Known<z.output<S>> {
    const fallback = this.fromTicket(path);
    if (fallback !== undefined) {
      const parsed = schema.safeParse(fallback);
      if (parsed.success) return { available: true, value: parsed.data };
    }
    const error = this.result.errors?.[path];
    if (error) return { available: false, reason: `${path} could not be read: ${error.message ?? error.name ?? 'error'}` };
    if (!(path in this.result)) return { available: false, reason: `${path} was not answered` };
    const parsed = schema.safeParse(this.result[path]);
    if (!parsed.success) return { available: false, reason: `${path} has an unexpected shape: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    return { available: true, value: parsed.data };
  }

  /** A `ticket.<key>` path this host does not resolve, read from the whole `ticket` object instead. */
  private fromTicket(path: string): unknown {
    if (!path.startsWith('ticket.') || !isUnknownPath(this.result, path)) return undefined;
    const ticket = this.result['ticket'];
    if (ticket === null || typeof ticket !== 'object') return undefined;
    const key = path.slice('ticket.'.length);
    return key in ticket ? (ticket as Record<string, unknown>)[key] : undefined;
  }
}

const valueOr = <T>(k: Known<T>, fallback: T): T => (k.available ? k.value : fallback);

/** Whether a host does not know a path at all, as opposed to failing to answer it. */
const isUnknownPath = (result: ZafResult, path: string): boolean => {
  const error = result.errors?.[path];
  return error ? error.name === 'APIUnavailable' : !(path in result);
};

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** Describes a failed `client.request` (the SDK rejects with an XHR-like object) or a thrown error. */
export function describeFailure(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object') {
    const r = e as { status?: unknown; statusText?: unknown; responseText?: unknown };
    const status = typeof r.status === 'number' ? `HTTP ${r.status}` : 'failed';
    const detail = typeof r.statusText === 'string' && r.statusText ? ` ${r.statusText}` : '';
    return `${status}${detail}`;
  }
  return String(e);
}

/** GETs an API URL through the SDK and parses the answer; never throws: a failure is unavailable with its reason. */
export async function requestJson<S extends z.ZodMiniType>(client: ZafClient, url: string, schema: S): Promise<Known<z.output<S>>> {
  try {
    const raw = await withTimeout(client.request({ url, type: 'GET', dataType: 'json' }), REQUEST_TIMEOUT_MS, url);
    const body: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    const parsed = schema.safeParse(body);
    if (!parsed.success) return { available: false, reason: `${url} answered an unexpected shape: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    return { available: true, value: parsed.data };
  } catch (e) {
    return { available: false, reason: `${url} failed: ${describeFailure(e)}` };
  }
}

const stripHtml = (html: string): string =>
  html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p>/gi, '\n\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

function toComments(raw: z.output<typeof ZafCommentsSchema>): CommentInput[] {
  return raw.map((c) => {
    const role = c.author?.role ?? null;
    return {
      id: c.id,
      authorId: c.author?.id ?? null,
      authorRole: role === 'end-user' || role === 'agent' || role === 'admin' ? role : null,
      public: (c.isPublic ?? c.public) !== false,
      body: c.body ?? stripHtml(c.value ?? ''),
      createdAt: c.createdAt ?? c.created_at ?? null,
    };
  });
}

const toBoolean = (v: string | null): boolean | null => (v === 'true' ? true : v === 'false' ? false : null);

async function ticketIdFromContext(client: ZafClient): Promise<string> {
  try {
    const id = (await client.context()).ticketId;
    return id === undefined || id === null ? '' : String(id);
  } catch {
    return '';
  }
}

/**
 * Reads everything the policy needs about the open ticket: one batched `client.get`, then the
 * requester's tickets by REST (and, for an incident, its problem ticket). Never throws: each
 * part that fails becomes unavailable with its reason.
 */
export async function readTicket(client: ZafClient, fieldMap: FieldMap, fallbackTicketId = ''): Promise<TicketRead> {
  const failures: TicketInput['failures'] = [];
  // First wave: the batched get and, when the context names the ticket, its REST record, which
  // carries the incident's problem link; so the second wave can fetch everything else at once.
  const contextTicketId = fallbackTicketId || (await ticketIdFromContext(client));
  const selfRead = contextTicketId ? requestJson(client, `/api/v2/tickets/${encodeURIComponent(contextTicketId)}.json`, ApiTicketSchema) : null;
  let result: ZafResult;
  try {
    result = await client.get(ticketPaths(fieldMap));
  } catch (e) {
    const reason = `the helpdesk did not answer: ${describeFailure(e)}`;
    failures.push({ source: 'client.get', reason });
    result = { errors: Object.fromEntries(ticketPaths(fieldMap).map((p) => [p, { message: reason }])) };
  }
  const batch = new Batch(result);
  for (const [path, error] of Object.entries(result.errors ?? {})) {
    // The agent is not part of the ticket; a path this helpdesk does not offer (a field missing
    // from the form, a detail such as `via`) is absent, not failed, unless the policy cannot do without it.
    if (path === 'currentUser' || path === 'ticket' || (error.name === 'APIUnavailable' && (!ESSENTIAL_PATHS.has(path) || batch.read(path, ANY).available))) continue;
    failures.push({ source: path, reason: error.message ?? error.name ?? 'failed' });
  }
  // A path missing from the answer altogether was not answered, as when the helpdesk ran out of time.
  for (const path of ticketPaths(fieldMap)) {
    if (path === 'currentUser' || path === 'ticket' || path in result || result.errors?.[path]) continue;
    if (!batch.read(path, ANY).available) failures.push({ source: path, reason: `${path} was not answered` });
  }

  let savedFields: { id: number; value: unknown }[] | null = null;
  const field = (key: keyof FieldMap['ticket']): Known<string | null> => {
    const fid = fieldMap.ticket[key];
    if (fid === undefined) return { available: true, value: null };
    const path = customFieldPath(fid);
    const k = batch.read(path, ZafTextSchema);
    if (k.available) return { available: true, value: k.value === '' ? null : k.value };
    // A field the form does not show has no ZAF path; the ticket's saved record still carries it.
    const onRecord = result.errors?.[path]?.name === 'APIUnavailable' ? savedFields?.find((f) => f.id === fid) : undefined;
    const parsed = onRecord ? ZafTextSchema.safeParse(onRecord.value) : null;
    return parsed?.success ? { available: true, value: parsed.data === '' ? null : parsed.data } : k;
  };

  const requester = batch.read('ticket.requester', z.nullable(ZafUserSchema));
  const org = batch.read('ticket.organization', ZafOrganizationSchema);
  const organization: TicketInput['organization'] = org.available
    ? {
        available: true,
        value: org.value === null ? null : toOrganization(org.value.id, { name: org.value.name, tags: org.value.tags, organization_fields: org.value.organizationFields }, fieldMap),
      }
    : org;
  // The conversation helps but does not decide: without it the description stands for the customer's words.
  const comments = batch.read('ticket.comments', ZafCommentsSchema);
  const type = valueOr(batch.read('ticket.type', ZafTextSchema), null);
  const ticketId = valueOr(batch.read('ticket.id', ZafTextSchema), null) ?? fallbackTicketId;

  // Second wave, in parallel: the requester's tickets, and an incident's problem ticket.
  let roundTrips = 1;
  const self = selfRead ? await selfRead : null;
  savedFields = self?.available ? (self.value.ticket.custom_fields ?? null) : null;
  let problemId: string | null = self?.available ? self.value.ticket.problem_id ?? null : null;
  const requesterRead =
    requester.available && requester.value !== null
      ? requestJson(client, `/api/v2/users/${encodeURIComponent(requester.value.id)}/tickets/requested.json?sort_by=created_at&sort_order=desc`, RequestedTicketsSchema)
      : null;
  const problemRead = type === 'incident' && problemId !== null ? requestJson(client, `/api/v2/tickets/${encodeURIComponent(problemId)}.json`, ApiTicketSchema) : null;
  if (requesterRead || problemRead) roundTrips = 2;

  let requesterTickets: TicketInput['requesterTickets'] = { available: false, reason: 'the requester could not be read' };
  if (requester.available && requester.value === null) requesterTickets = { available: true, value: [] };
  const listed = requesterRead ? await requesterRead : null;
  if (listed) {
    requesterTickets = listed.available ? { available: true, value: listed.value.tickets.map((t) => ({ id: t.id, createdAt: t.created_at })) } : listed;
    if (listed.available && problemId === null) problemId = listed.value.tickets.find((t) => t.id === ticketId)?.problem_id ?? null;
  }

  let problem: Known<ProblemInput | null> = { available: true, value: null };
  if (type === 'incident') {
    let p = problemRead ? await problemRead : null;
    if (!p && problemId !== null) {
      // The ticket's own record was not available: the problem link came with the requester's tickets.
      roundTrips += 1;
      p = await requestJson(client, `/api/v2/tickets/${encodeURIComponent(problemId)}.json`, ApiTicketSchema);
    }
    if (p) problem = p.available ? { available: true, value: { id: p.value.ticket.id, status: p.value.ticket.status ?? null, subject: p.value.ticket.subject ?? null } } : p;
    else if (self && !self.available) problem = { available: false, reason: `the incident's problem link could not be read: ${self.reason}` };
  }

  const user = batch.read('currentUser', ZafUserSchema);
  const credit = field('prior_service_credit');
  const saved: Known<ApiTicket> = self ? (self.available ? { available: true, value: self.value.ticket } : self) : { available: false, reason: 'the ticket id was not known before the read' };
  return {
    saved,
    input: {
      id: ticketId,
      subject: valueOr(batch.read('ticket.subject', ZafTextSchema), null) ?? '',
      description: valueOr(batch.read('ticket.description', ZafTextSchema), null) ?? '',
      comments: comments.available ? toComments(comments.value) : [],
      status: valueOr(batch.read('ticket.status', ZafTextSchema), null),
      priority: valueOr(batch.read('ticket.priority', ZafTextSchema), null),
      type,
      problemId,
      tags: valueOr(batch.read('ticket.tags', ZafTagsSchema), []),
      channel: valueOr(batch.read('ticket.via', ZafViaSchema), null)?.channel ?? null,
      createdAt: valueOr(batch.read('ticket.createdAt', ZafTextSchema), null),
      updatedAt: valueOr(batch.read('ticket.updatedAt', ZafTextSchema), null),
      fields: {
        issueFamily: field('issue_family'),
        aiDraft: field('ai_draft'),
        priorServiceCredit: credit.available ? { available: true, value: toBoolean(credit.value) } : credit,
        lane: field('lane'),
        laneOverrideReason: field('lane_override_reason'),
      },
      requester: requester.available
        ? { available: true, value: requester.value && { id: requester.value.id, name: requester.value.name, email: requester.value.email, role: requester.value.role } }
        : requester,
      organization,
      problem,
      requesterTickets,
      failures,
    },
    user: user.available
      ? {
          available: true,
          value: {
            id: user.value.id,
            name: user.value.name ?? `user ${user.value.id}`,
            role: user.value.role ?? 'agent',
            locale: user.value.locale ?? 'en',
            timeZone: user.value.timeZone?.ianaName ?? null,
            groupIds: user.value.groups.map((g) => g.id),
          },
        }
      : user,
    roundTrips,
  };
}
