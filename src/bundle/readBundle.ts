import type { FieldMap } from '../policy/settings';
import type { CommentInput, Known, ProblemInput, TicketInput } from '../policy/types';
import { isObject, str, type Json } from './jsonValues';
import { toOrganization } from './toOrganization';

/**
 * Reads export bundles (`spec/export-bundle.md`): Zendesk's incremental ticket export with its
 * side-loads. Several files are pages of one export: `addPage` each into one `BundleIndex`,
 * then `ticketInputs` turns a page's tickets into the policy's input. A side-load that no page
 * carries is unavailable to the policy, which is not the same as empty.
 */

export interface BundleProblem {
  /** Where in the file, e.g. `tickets[3]` or `tickets[3].custom_fields`. */
  place: string;
  message: string;
}

export class BundleError extends Error {
  constructor(
    readonly place: string,
    message: string,
  ) {
    super(message);
  }
}

interface TicketBrief {
  id: string;
  createdAt: string;
  type: string | null;
  status: string | null;
  subject: string | null;
}

export interface BundleIndex {
  users: Map<string, { name: string | null; email: string | null; role: string | null; organizationId: string | null }>;
  organizations: Map<string, Json>;
  groups: Map<number, string>;
  /** Group ids by user id. */
  memberships: Map<string, number[]>;
  tickets: Map<string, TicketBrief>;
  byRequester: Map<string, { id: string; createdAt: string }[]>;
  /** Which side-loads at least one page carried. */
  has: { users: boolean; organizations: boolean; groups: boolean; comments: boolean };
}

export function createIndex(): BundleIndex {
  return {
    users: new Map(),
    organizations: new Map(),
    groups: new Map(),
    memberships: new Map(),
    tickets: new Map(),
    byRequester: new Map(),
    has: { users: false, organizations: false, groups: false, comments: false },
  };
}

const idOf = (v: unknown): string | null => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '') ? String(v).trim() : null;

/** Checks a parsed file is a bundle; throws `BundleError` naming what is wrong. */
export function assertBundle(data: unknown): asserts data is Json & { tickets: unknown[] } {
  if (!isObject(data)) throw new BundleError('(top level)', 'is not a JSON object; an export bundle is an object with a "tickets" array');
  if (!('tickets' in data)) throw new BundleError('(top level)', 'has no "tickets" array; an export bundle needs one (see the export format in the README)');
  if (!Array.isArray(data['tickets'])) throw new BundleError('tickets', 'is not an array');
}

/** Adds one page's side-loads and ticket briefs to the index. */
export function addPage(index: BundleIndex, data: Json & { tickets: unknown[] }, problems: BundleProblem[]): void {
  const users = data['users'];
  if (Array.isArray(users)) {
    index.has.users = true;
    users.forEach((u, i) => {
      const id = isObject(u) ? idOf(u['id']) : null;
      if (!isObject(u) || id === null) return void problems.push({ place: `users[${i}]`, message: 'has no id; skipped' });
      index.users.set(id, { name: str(u['name']), email: str(u['email']), role: str(u['role']), organizationId: idOf(u['organization_id']) });
    });
  }
  const orgs = data['organizations'];
  if (Array.isArray(orgs)) {
    index.has.organizations = true;
    orgs.forEach((o, i) => {
      const id = isObject(o) ? idOf(o['id']) : null;
      if (!isObject(o) || id === null) return void problems.push({ place: `organizations[${i}]`, message: 'has no id; skipped' });
      index.organizations.set(id, o);
    });
  }
  const groups = data['groups'];
  if (Array.isArray(groups)) {
    index.has.groups = true;
    for (const g of groups) if (isObject(g) && typeof g['id'] === 'number') index.groups.set(g['id'], str(g['name']) ?? String(g['id']));
  }
  const memberships = data['group_memberships'];
  if (Array.isArray(memberships)) {
    for (const m of memberships) {
      const user = isObject(m) ? idOf(m['user_id']) : null;
      if (user === null || !isObject(m) || typeof m['group_id'] !== 'number') continue;
      const list = index.memberships.get(user) ?? [];
      list.push(m['group_id']);
      index.memberships.set(user, list);
    }
  }
  if (isObject(data['comments'])) index.has.comments = true;
  for (const t of data.tickets) {
    if (!isObject(t)) continue;
    const id = idOf(t['id']);
    if (id === null) continue;
    const createdAt = str(t['created_at']) ?? '';
    const type = str(t['type']);
    index.tickets.set(id, {
      id,
      createdAt,
      type,
      status: type === 'problem' ? str(t['status']) : null,
      subject: type === 'problem' ? str(t['subject']) : null,
    });
    const requester = idOf(t['requester_id']);
    if (requester !== null && createdAt) {
      const list = index.byRequester.get(requester);
      if (list) list.push({ id, createdAt });
      else index.byRequester.set(requester, [{ id, createdAt }]);
    }
  }
}

/** Turns each ticket of a page into the policy's input; a ticket that cannot be read is reported and skipped. */
export function ticketInputs(
  index: BundleIndex,
  data: Json & { tickets: unknown[] },
  fieldMap: FieldMap,
  problems: BundleProblem[],
): TicketInput[] {
  const comments = isObject(data['comments']) ? data['comments'] : null;
  const out: TicketInput[] = [];
  data.tickets.forEach((t, i) => {
    const place = `tickets[${i}]`;
    if (!isObject(t)) return void problems.push({ place, message: 'is not an object; skipped' });
    const id = idOf(t['id']);
    if (id === null) return void problems.push({ place, message: 'has no id; skipped (every ticket needs a numeric "id")' });
    try {
      out.push(toInput(index, t, id, comments?.[id], fieldMap));
    } catch (e) {
      problems.push({ place: `${place} (ticket ${id})`, message: `could not be read: ${e instanceof Error ? e.message : String(e)}; skipped` });
    }
  });
  return out;
}

function toInput(index: BundleIndex, t: Json, id: string, rawComments: unknown, fieldMap: FieldMap): TicketInput {
  const fields = customFields(t['custom_fields']);
  const field = <T>(key: keyof FieldMap['ticket'], read: (v: unknown) => T | null): Known<T | null> => {
    if (fields === null) return { available: false, reason: 'the ticket has no custom_fields' };
    const fid = fieldMap.ticket[key];
    if (fid === undefined || !fields.has(fid)) return { available: true, value: null };
    return { available: true, value: read(fields.get(fid)) };
  };
  const requesterId = idOf(t['requester_id']);
  const user = requesterId !== null ? index.users.get(requesterId) : undefined;
  const requester: TicketInput['requester'] = !index.has.users
    ? { available: false, reason: 'the export has no users side-load' }
    : { available: true, value: requesterId === null || !user ? null : { id: requesterId, name: user.name, email: user.email, role: user.role } };

  const orgId = idOf(t['organization_id']) ?? user?.organizationId ?? null;
  let organization: TicketInput['organization'];
  if (orgId === null) organization = { available: true, value: null };
  else if (!index.has.organizations) organization = { available: false, reason: 'the export has no organizations side-load' };
  else {
    const org = index.organizations.get(orgId);
    organization = org ? { available: true, value: toOrganization(orgId, org, fieldMap) } : { available: false, reason: `organization ${orgId} is not in the export` };
  }

  const problemId = idOf(t['problem_id']);
  let problem: Known<ProblemInput | null> = { available: true, value: null };
  if (problemId !== null) {
    const p = index.tickets.get(problemId);
    problem = p ? { available: true, value: { id: p.id, status: p.status, subject: p.subject } } : { available: false, reason: `problem ticket ${problemId} is not in the export` };
  }

  return {
    id,
    subject: str(t['subject']) ?? '',
    description: str(t['description']) ?? '',
    comments: toComments(rawComments, index),
    status: str(t['status']),
    priority: str(t['priority']),
    type: str(t['type']),
    problemId,
    tags: Array.isArray(t['tags']) ? t['tags'].filter((x): x is string => typeof x === 'string') : [],
    channel: isObject(t['via']) ? str(t['via']['channel']) : null,
    createdAt: str(t['created_at']),
    updatedAt: str(t['updated_at']),
    fields: {
      issueFamily: field('issue_family', str),
      aiDraft: field('ai_draft', str),
      priorServiceCredit: field('prior_service_credit', (v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : null)),
      lane: field('lane', str),
      laneOverrideReason: field('lane_override_reason', str),
    },
    requester,
    organization,
    problem,
    requesterTickets: requesterId === null ? { available: true, value: [] } : { available: true, value: index.byRequester.get(requesterId) ?? [] },
    failures: [],
  };
}

function customFields(raw: unknown): Map<number, unknown> | null {
  if (!Array.isArray(raw)) return null;
  const map = new Map<number, unknown>();
  for (const f of raw) if (isObject(f) && typeof f['id'] === 'number') map.set(f['id'], f['value']);
  return map;
}

function toComments(raw: unknown, index: BundleIndex): CommentInput[] {
  if (!Array.isArray(raw)) return [];
  const out: CommentInput[] = [];
  raw.forEach((c, i) => {
    if (!isObject(c)) return;
    const authorId = idOf(c['author_id']);
    const role = authorId !== null ? index.users.get(authorId)?.role ?? null : null;
    out.push({
      id: idOf(c['id']) ?? String(i),
      authorId,
      authorRole: role === 'end-user' || role === 'agent' || role === 'admin' ? role : null,
      public: c['public'] !== false,
      body: str(c['body']) ?? str(c['plain_body']) ?? '',
      createdAt: str(c['created_at']),
    });
  });
  return out;
}
