import { ISSUE_FAMILIES } from '../policy/types';
import type { HelpdeskStore } from './store';

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** Everything the ticket page shows, as JSON for the page's script. */
export function buildTicketView(store: HelpdeskStore, ticketId: number, userId: number) {
  const record = store.record(ticketId);
  if (!record) return undefined;
  const t = record.ticket;
  const requester = store.user(t.requester_id);
  const org = store.organization(t.organization_id);
  const me = store.user(userId);
  // The form: the saved ticket with the agent's and apps' unsaved edits, minus fields an app hid.
  const field = (id: number | undefined) =>
    id === undefined || !store.isOnForm(ticketId, id) ? null : { id, value: store.formFieldValue(ticketId, id), hidden: record.form.hiddenFields.has(`custom_field_${id}`) };
  return {
    ticket: {
      id: t.id,
      subject: store.formProp(record, 'subject') ?? '',
      status: store.formProp(record, 'status') ?? 'new',
      priority: store.formProp(record, 'priority'),
      type: store.formProp(record, 'type'),
      tags: store.formTags(record),
      createdAt: t.created_at ?? null,
      channel: t.via?.channel ?? 'web',
      group: store.group(t.group_id)?.name ?? null,
    },
    requester: requester
      ? { id: requester.id, name: requester.name, email: requester.email ?? null, role: requester.role ?? 'end-user' }
      : null,
    organization: org ? { id: org.id, name: org.name, tags: org.tags ?? [], fields: org.organization_fields ?? {} } : null,
    comments: record.comments.map((c) => {
      const author = store.user(c.author_id);
      return {
        id: c.id,
        authorName: author?.name ?? `User ${c.author_id ?? '?'}`,
        authorIsStaff: author?.role === 'agent' || author?.role === 'admin',
        public: c.public ?? true,
        body: c.body ?? '',
        createdAt: c.created_at ?? null,
      };
    }),
    draft: record.draft,
    issueFamily: field(store.issueFamilyFieldId),
    lane: field(store.laneFieldId),
    aiDraft: field(store.aiDraftFieldId),
    /** Whether the form holds edits that Submit would save. */
    unsaved: store.hasStagedEdits(record),
    issueFamilies: ISSUE_FAMILIES,
    priorities: PRIORITIES,
    customFields: (t.custom_fields ?? []).map((f) => ({ id: f.id, value: f.value ?? null })),
    currentUser: me
      ? { id: me.id, name: me.name, role: me.role ?? 'agent', groups: store.groupsOf(me.id).map((g) => g.name) }
      : { id: userId, name: `User ${userId}`, role: 'agent', groups: [] },
    staff: store.staff().map((u) => ({ id: u.id, name: u.name, role: u.role ?? 'agent' })),
  };
}

export type TicketView = NonNullable<ReturnType<typeof buildTicketView>>;
