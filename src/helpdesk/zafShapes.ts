import type { BundleComment, BundleOrganization, BundleUser } from './bundle';
import type { HelpdeskStore, TicketRecord } from './store';

/** A user as ZAF returns it (`currentUser`, `ticket.requester`): camelCase, groups as `{ id, name }`. */
export function toZafUser(store: HelpdeskStore, user: BundleUser): Record<string, unknown> {
  const org = store.organization(user.organization_id);
  return {
    id: user.id,
    name: user.name,
    email: user.email ?? null,
    role: user.role ?? 'end-user',
    locale: store.localeOf(user.id),
    timeZone: { name: 'UTC', ianaName: 'Etc/UTC', offset: 0, formattedOffset: 'GMT+00:00' },
    avatarUrl: null,
    alias: '',
    details: '',
    notes: '',
    externalId: null,
    signature: '',
    tags: user.tags ?? [],
    groups: store.groupsOf(user.id).map((g) => ({ id: g.id, name: g.name })),
    organizations: org ? [toZafOrganization(org)] : [],
    userFields: user.user_fields ?? {},
  };
}

/** An organization as ZAF returns it, custom fields under `organizationFields` by key. */
export function toZafOrganization(org: BundleOrganization): Record<string, unknown> {
  return {
    id: org.id,
    name: org.name,
    details: '',
    notes: '',
    domains: '',
    externalId: null,
    group: null,
    sharedComments: false,
    sharedTickets: false,
    tags: org.tags ?? [],
    organizationFields: { ...(org.organization_fields ?? {}) },
  };
}

function shortUser(store: HelpdeskStore, id: number | null | undefined): Record<string, unknown> | null {
  const user = store.user(id);
  return user ? { id: user.id, name: user.name, email: user.email ?? null, role: user.role ?? 'end-user' } : null;
}

export function toZafComment(store: HelpdeskStore, comment: BundleComment): Record<string, unknown> {
  return {
    id: comment.id,
    value: comment.body ?? '',
    author: shortUser(store, comment.author_id),
    isPublic: comment.public ?? true,
    createdAt: comment.created_at ?? null,
    imageAttachments: [],
    nonImageAttachments: [],
  };
}

/** The `ticket` object of a ticket sidebar; custom fields are read by path, as in Zendesk. */
export function toZafTicket(store: HelpdeskStore, record: TicketRecord): Record<string, unknown> {
  const t = record.ticket;
  const requester = store.user(t.requester_id);
  const org = store.organization(t.organization_id);
  const assignee = store.user(t.assignee_id);
  const group = store.group(t.group_id);
  return {
    id: t.id,
    // The form's values: what the agent and apps changed, unsaved, over what is saved.
    subject: store.formProp(record, 'subject') ?? '',
    description: t.description ?? '',
    status: store.formProp(record, 'status') ?? 'new',
    priority: store.formProp(record, 'priority'),
    type: store.formProp(record, 'type'),
    tags: store.formTags(record),
    isNew: false,
    createdAt: t.created_at ?? null,
    updatedAt: t.updated_at ?? null,
    via: { channel: t.via?.channel ?? 'web' },
    externalId: null,
    requester: requester ? toZafUser(store, requester) : null,
    organization: org ? toZafOrganization(org) : null,
    assignee: {
      user: assignee ? toZafUser(store, assignee) : null,
      group: group ? { id: group.id, name: group.name } : null,
    },
    collaborators: [],
    comments: record.comments.map((c) => toZafComment(store, c)),
  };
}
