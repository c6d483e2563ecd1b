import { describe, expect, it } from 'vitest';
import { answerApiRequest } from '../../src/helpdesk/restApi';
import { buildStore } from './fixture';

const get = (store: ReturnType<typeof buildStore>, url: string) => answerApiRequest(store, { url }, 8);
const put = (store: ReturnType<typeof buildStore>, userId: number, ticket: Record<string, unknown>) =>
  answerApiRequest(store, { url: '/api/v2/tickets/491001.json', type: 'PUT', data: JSON.stringify({ ticket }) }, userId);

describe('ticket audits, in the shape of Zendesk’s Ticket Audits API', () => {
  it('record one update as one audit, with its author and every change', () => {
    const store = buildStore();
    const answer = put(store, 7, {
      custom_fields: [{ id: 9000003, value: 'lane_2' }, { id: 9000004, value: 'Approved' }],
      additional_tags: ['lane_override'],
      comment: { body: 'Lane override', public: false },
    });
    expect((answer.body as { audit: { author_id: number } }).audit.author_id).toBe(7);
    const audits = (get(store, '/api/v2/tickets/491001/audits.json').body as { audits: { author_id: number | null; events: { type: string; field_name?: string }[] }[] }).audits;
    const last = audits.at(-1)!;
    expect(last.author_id).toBe(7);
    expect(last.events.map((e) => e.field_name ?? e.type)).toEqual(['9000003', '9000004', 'tags', 'Comment']);
    expect(last.events.find((e) => e.field_name === 'tags')).toMatchObject({ value: ['lane_override'], previous_value: [] });
  });

  it('page 100 at a time, by offset or by cursor', () => {
    const store = buildStore();
    for (let i = 0; i < 120; i++) put(store, 8, { comment: { body: `note ${i}`, public: false } });
    const first = get(store, '/api/v2/tickets/491001/audits.json').body as { audits: unknown[]; next_page: string | null; count: number };
    expect(first.audits).toHaveLength(100);
    expect(first.next_page).toMatch(/\/api\/v2\/tickets\/491001\/audits\.json\?page=2&per_page=100$/);
    const second = get(store, first.next_page!).body as { audits: unknown[]; next_page: string | null };
    expect(second.audits).toHaveLength(first.count - 100);
    expect(second.next_page).toBeNull();

    const cursorFirst = get(store, '/api/v2/tickets/491001/audits.json?page[size]=100').body as { audits: unknown[]; meta: { has_more: boolean }; links: { next: string | null } };
    expect(cursorFirst).toMatchObject({ meta: { has_more: true } });
    const cursorNext = get(store, cursorFirst.links.next!).body as { audits: unknown[]; meta: { has_more: boolean } };
    expect(cursorNext).toMatchObject({ meta: { has_more: false } });
    expect(cursorFirst.audits.length + cursorNext.audits.length).toBe(first.count);
  });
});

describe('users and group memberships', () => {
  it('shows many users by id, with their roles', () => {
    const body = get(buildStore(), '/api/v2/users/show_many.json?ids=7,9,123456').body as { users: { id: number; role: string }[] };
    expect(body.users.map((u) => [u.id, u.role])).toEqual([[7, 'agent'], [9, 'admin']]);
  });

  it("lists a group's memberships and a user's", () => {
    const leads = get(buildStore(), '/api/v2/groups/106/memberships.json').body as { group_memberships: { user_id: number; group_id: number }[] };
    expect(leads.group_memberships.map((m) => m.user_id)).toEqual([7]);
    const casey = get(buildStore(), '/api/v2/users/8/group_memberships.json').body as { group_memberships: { group_id: number }[] };
    expect(casey.group_memberships.map((m) => m.group_id)).toEqual([100]);
    expect(get(buildStore(), '/api/v2/groups/999/memberships.json').status).toBe(404);
  });
});
