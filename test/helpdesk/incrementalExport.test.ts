import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../src/helpdesk/bundle';
import { answerApiRequest, RateLimiter } from '../../src/helpdesk/restApi';
import { HelpdeskStore } from '../../src/helpdesk/store';
import { DEMO_SETTINGS } from '../host/createTestClient';
import { REVIEW_ADMIN_ID, syntheticHistory } from '../support/syntheticHistory';

const history = syntheticHistory([
  { family: 'billing', lane: 3, tickets: 150, bounced: 10 },
  { family: 'documentation', lane: 1, tickets: 100 },
]);
const store = () => new HelpdeskStore(parseBundle(history), DEMO_SETTINGS, () => new Date('2026-11-26T12:00:00Z'));
const START = Date.parse('2026-10-01T00:00:00Z') / 1000;

type Page = { tickets: { id: number; generated_timestamp: number }[]; after_cursor: string; after_url: string; end_of_stream: boolean; users?: { id: number }[]; metric_sets?: { ticket_id: number; group_stations: number }[] };
/** The export is for admins only: ask as the account's admin, and fail at once on anything but 200. */
const get = (s: HelpdeskStore, url: string) => {
  const answer = answerApiRequest(s, { url }, REVIEW_ADMIN_ID);
  if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
  return answer;
};

describe('GET /api/v2/incremental/tickets/cursor.json', () => {
  it('pages by cursor in order of last change, per_page at a time, to the end of the stream', () => {
    const s = store();
    const pages: Page[] = [];
    let url = `/api/v2/incremental/tickets/cursor.json?start_time=${START}&per_page=100`;
    for (;;) {
      const page = get(s, url).body as Page;
      pages.push(page);
      if (page.end_of_stream) break;
      url = `/api/v2/incremental/tickets/cursor.json?cursor=${page.after_cursor}&per_page=100`;
    }
    expect(pages.map((p) => p.tickets.length)).toEqual([100, 100, 50]);
    const all = pages.flatMap((p) => p.tickets);
    expect(new Set(all.map((t) => t.id)).size).toBe(250);
    const order = all.map((t) => [t.generated_timestamp, t.id] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(pages[0]!.after_url).toBe(`https://lanes-demo.zendesk.com/api/v2/incremental/tickets/cursor.json?cursor=${pages[0]!.after_cursor}`);
  });

  it('starts at start_time and takes up to 1000 a page by default', () => {
    const late = Date.parse('2026-10-20T00:00:00Z') / 1000;
    const page = get(store(), `/api/v2/incremental/tickets/cursor.json?start_time=${late}`).body as Page;
    expect(page.end_of_stream).toBe(true);
    expect(page.tickets.length).toBeGreaterThan(0);
    for (const t of page.tickets) expect(t.generated_timestamp).toBeGreaterThanOrEqual(late);
    expect((get(store(), `/api/v2/incremental/tickets/cursor.json?start_time=${START}`).body as Page).tickets).toHaveLength(250);
  });

  it('side-loads requesters and metric sets, with group stations from the ticket audits', () => {
    const page = get(store(), `/api/v2/incremental/tickets/cursor.json?start_time=${START}&per_page=1000&include=users,metric_sets`).body as Page;
    expect(page.users).toHaveLength(250);
    const stations = new Map(page.metric_sets!.map((m) => [m.ticket_id, m.group_stations]));
    // Billing tickets moved once (the escalation), ten of them twice; documentation never.
    expect(stations.get(700001)).toBe(3);
    expect(stations.get(700011)).toBe(2);
    expect(stations.get(700151)).toBe(1);
  });

  it('refuses a request with neither start_time nor a valid cursor', () => {
    expect(answerApiRequest(store(), { url: '/api/v2/incremental/tickets/cursor.json' }, REVIEW_ADMIN_ID).status).toBe(400);
    expect(answerApiRequest(store(), { url: '/api/v2/incremental/tickets/cursor.json?cursor=nonsense' }, REVIEW_ADMIN_ID).status).toBe(400);
  });

  it("lists the bundle's ticket_audits among a ticket's audits", () => {
    const body = get(store(), '/api/v2/tickets/700001/audits.json').body as { audits: { events: { type: string; field_name?: string }[] }[] };
    expect(body.audits.flatMap((a) => a.events).filter((e) => e.type === 'Change' && e.field_name === 'group_id')).toHaveLength(2);
  });
});

describe('the incremental export as Zendesk guards it', () => {
  const URL = `/api/v2/incremental/tickets/cursor.json?start_time=${START}`;

  it('refuses anyone but an admin with Zendesk\'s 403', () => {
    const answer = answerApiRequest(store(), { url: URL }, 90_001);
    expect(answer).toEqual({ status: 403, body: { error: 'Forbidden', description: expect.stringContaining('You do not have access') }, events: [] });
  });

  it('answers 429 with Retry-After past its requests a minute, and again after the window', () => {
    let now = 0;
    const limiter = new RateLimiter({ requests: 10, windowMs: 60_000 }, () => now);
    const s = store();
    const ask = () => answerApiRequest(s, { url: URL }, { actorId: REVIEW_ADMIN_ID, exportLimiter: limiter });
    for (let i = 0; i < 10; i++) expect(ask().status).toBe(200);
    now = 15_000;
    expect(ask()).toMatchObject({ status: 429, headers: { 'retry-after': '45' } });
    now = 60_000;
    expect(ask().status).toBe(200);
  });
});
