import { describe, expect, it } from 'vitest';
import type { BundleTicket } from '../../src/helpdesk/bundle';
import { answerApiRequest, searchTickets } from '../../src/helpdesk/restApi';
import { rewriteSdkUrls, SDK_PATH } from '../../src/helpdesk/sdkBundle';
import { buildStore } from './fixture';

describe('client.request answers', () => {
  it('shows a ticket in the REST shape', () => {
    const answer = answerApiRequest(buildStore(), { url: '/api/v2/tickets/491008.json?include=users' }, 8);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      ticket: { id: 491008, subject: 'Two charges after upgrading', custom_fields: expect.arrayContaining([{ id: 9000001, value: 'billing' }]) },
      users: expect.arrayContaining([expect.objectContaining({ role: 'end-user' })]),
    });
  });

  it("lists a user's requested tickets", () => {
    const answer = answerApiRequest(buildStore(), { url: '/api/v2/users/1/tickets/requested.json' }, 8);
    const body = answer.body as { tickets: { requester_id: number }[]; count: number };
    expect(body.count).toBe(body.tickets.length);
    expect(body.tickets.every((t) => t.requester_id === 1)).toBe(true);
  });

  it('posts a comment and a field through PUT, and the audits show them', () => {
    const store = buildStore();
    const put = answerApiRequest(
      store,
      {
        url: '/api/v2/tickets/491001.json',
        type: 'PUT',
        data: JSON.stringify({ ticket: { comment: { body: 'Internal: lane 1', public: false }, custom_fields: [{ id: 9000003, value: 'lane_1' }] } }),
      },
      8,
    );
    expect(put.status).toBe(200);
    expect(store.laneOf(491001)).toBe('lane_1');
    expect(store.record(491001)?.comments.at(-1)).toMatchObject({ body: 'Internal: lane 1', public: false, author_id: 8 });
    const audits = answerApiRequest(store, { url: '/api/v2/tickets/491001/audits.json' }, 8).body as { audits: { events: { type: string }[] }[] };
    expect(audits.audits.flatMap((a) => a.events.map((e) => e.type))).toEqual(['Comment', 'Create', 'Create', 'Change', 'Comment']);
  });

  it('answers an unknown endpoint with 404', () => {
    expect(answerApiRequest(buildStore(), { url: '/api/v2/macros.json' }, 8).status).toBe(404);
  });
});

describe('search', () => {
  it.each<[string, (t: BundleTicket) => boolean]>([
    ['type:ticket requester:priya@northwind.example', (t) => t.requester_id === 1],
    ['status<solved organization:11', (t) => t.status !== 'solved' && t.status !== 'closed' && t.organization_id === 11],
    ['custom_field_9000001:billing', (t) => t.custom_fields?.some((f) => f.id === 9000001 && f.value === 'billing') === true],
  ])('%s finds exactly the matching tickets', (query, matches) => {
    const store = buildStore();
    const found = searchTickets(store, query).map((r) => r.ticket.id);
    const expected = store.tickets().filter((r) => matches(r.ticket)).map((r) => r.ticket.id);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(expected);
  });
});

describe('the SDK script tag', () => {
  it('points the CDN script at the local copy', () => {
    const html = '<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>';
    expect(rewriteSdkUrls(html)).toBe(`<script src="${SDK_PATH}"></script>`);
  });
});
