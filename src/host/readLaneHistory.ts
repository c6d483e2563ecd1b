import { z } from '../policy/zod';
import type { FieldMap } from '../policy/settings';
import type { Known } from '../policy/types';
import { requestJson } from './readTicket';
import type { ZafClient } from './zafClient';

const id = z.pipe(z.union([z.number(), z.string().check(z.minLength(1))]), z.transform(String));

const AuditEventSchema = z.looseObject({
  type: z.string(),
  field_name: z.nullish(z.string()),
  value: z.optional(z.unknown()),
  previous_value: z.optional(z.unknown()),
  body: z.nullish(z.string()),
});

const AuditSchema = z.looseObject({
  id,
  created_at: z.string(),
  author_id: z.pipe(z.nullish(id), z.transform((v) => v ?? null)),
  events: z.array(AuditEventSchema),
});

/** One update of the ticket as Zendesk recorded it: who made it, when, and what changed. */
export type TicketAudit = z.infer<typeof AuditSchema>;

/** A page of `GET /api/v2/tickets/{id}/audits.json`, offset (`next_page`) or cursor (`links.next`) paged. */
const AuditPageSchema = z.looseObject({
  audits: z.array(AuditSchema),
  next_page: z.nullish(z.string()),
  meta: z.nullish(z.looseObject({ has_more: z.boolean() })),
  links: z.nullish(z.looseObject({ next: z.nullish(z.string()) })),
});

const MembershipPageSchema = z.looseObject({
  group_memberships: z.array(z.looseObject({ user_id: id, group_id: z.number() })),
  next_page: z.nullish(z.string()),
});

const UsersSchema = z.looseObject({ users: z.array(z.looseObject({ id, name: z.nullish(z.string()), role: z.nullish(z.string()) })) });

/** Someone who changed the ticket, as Zendesk's user records and group memberships say. */
export interface AuditAuthor {
  name: string;
  /** An admin, or a member of a lead group of the field map. */
  isLead: boolean;
}

export interface LaneHistory {
  /** The ticket's audits, oldest first. */
  audits: TicketAudit[];
  /** The authors of the audits, by user id. */
  authors: ReadonlyMap<string, AuditAuthor>;
  /** Members of the lead groups, by user id. */
  leadIds: ReadonlySet<string>;
}

/** More pages than this and the history is too long to read in a sidebar: it fails rather than guess. */
const MAX_PAGES = 30;
const USERS_PER_REQUEST = 100;

/** Where the API's next page is; only a URL of this helpdesk's own API is followed. */
const nextUrl = (page: { next_page?: string | null | undefined; meta?: { has_more: boolean } | null | undefined; links?: { next?: string | null | undefined } | null | undefined }): string | null => {
  const next = page.meta ? (page.meta.has_more ? page.links?.next ?? null : null) : page.next_page ?? null;
  return next === null ? null : next.replace(/^https?:\/\/[^/]+/, '');
};

async function readPages<S extends z.ZodMiniType>(client: ZafClient, first: string, schema: S, items: (page: z.output<S>) => unknown[]): Promise<Known<unknown[]>> {
  const out: unknown[] = [];
  let url: string | null = first;
  for (let i = 0; url !== null; i++) {
    if (i === MAX_PAGES) return { available: false, reason: `${first} has more than ${MAX_PAGES} pages` };
    const page: Known<z.output<S>> = await requestJson(client, url, schema);
    if (!page.available) return page;
    out.push(...items(page.value));
    url = nextUrl(page.value as Parameters<typeof nextUrl>[0]);
  }
  return { available: true, value: out };
}

/**
 * Reads who changed the ticket, from Zendesk's own records rather than from anything the app or
 * an agent can write on the ticket: its audits, the lead groups' memberships, and the role of
 * each author. Never throws: a part that fails makes the whole history unavailable with its reason.
 */
export async function readLaneHistory(client: ZafClient, ticketId: string, fieldMap: FieldMap): Promise<Known<LaneHistory>> {
  if (!ticketId) return { available: false, reason: 'the ticket id is not known, so its audits cannot be read' };
  const auditsRead = readPages(client, `/api/v2/tickets/${encodeURIComponent(ticketId)}/audits.json`, AuditPageSchema, (p) => p.audits);
  const membersRead = Promise.all(
    fieldMap.lead_group_ids.map((g) => readPages(client, `/api/v2/groups/${g}/memberships.json`, MembershipPageSchema, (p) => p.group_memberships)),
  );
  const [audits, members] = await Promise.all([auditsRead, membersRead]);
  if (!audits.available) return { available: false, reason: `the ticket's audits could not be read: ${audits.reason}` };
  const failed = members.find((m) => !m.available);
  if (failed && !failed.available) return { available: false, reason: `the lead groups' members could not be read: ${failed.reason}` };
  const leadIds = new Set(members.flatMap((m) => (m.available ? (m.value as { user_id: string }[]).map((x) => x.user_id) : [])));
  const list = audits.value as TicketAudit[];

  const authorIds = [...new Set(list.map((a) => a.author_id).filter((a): a is string => a !== null))];
  const authors = new Map<string, AuditAuthor>();
  for (let i = 0; i < authorIds.length; i += USERS_PER_REQUEST) {
    const ids = authorIds.slice(i, i + USERS_PER_REQUEST);
    const users = await requestJson(client, `/api/v2/users/show_many.json?ids=${ids.map(encodeURIComponent).join(',')}`, UsersSchema);
    if (!users.available) return { available: false, reason: `the authors of the ticket's changes could not be read: ${users.reason}` };
    for (const u of users.value.users) authors.set(u.id, { name: u.name ?? `user ${u.id}`, isLead: u.role === 'admin' || leadIds.has(u.id) });
  }
  const sorted = [...list].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  return { available: true, value: { audits: sorted, authors, leadIds } };
}
