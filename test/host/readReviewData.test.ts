import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../src/helpdesk/bundle';
import { HelpdeskStore } from '../../src/helpdesk/store';
import { readReviewData, type ReadReviewOptions, type ReviewProgress } from '../../src/host/readReviewData';
import type { ZafClient, ZafRequestOptions } from '../../src/host/zafClient';
import { computeMetrics, DEFAULT_POLICY, parseSettings, type FieldMap } from '../../src/policy';
import { REVIEW_SPECS, reportOn } from '../support/reviewHistory';
import { REVIEW_ADMIN_ID, syntheticHistory } from '../support/syntheticHistory';
import { createTestClient, DEMO_SETTINGS } from './createTestClient';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const OCTOBER = { fromMs: Date.parse('2026-10-01T00:00:00Z'), toMs: Date.parse('2026-11-01T00:00:00Z') };
const settings = parseSettings(DEMO_SETTINGS);
if (!settings.ok) throw new Error('the demo settings do not parse');
const fieldMap: FieldMap = settings.settings.fieldMap;

const bundle = syntheticHistory(REVIEW_SPECS);
const report = reportOn(bundle);

/** A client answered by the local helpdesk over the synthetic history; `fault` may replace any answer. */
function setup(fault?: (url: string, attempt: number) => unknown) {
  const store = new HelpdeskStore(parseBundle(bundle), DEMO_SETTINGS, () => new Date(NOW));
  const base = createTestClient({ ticketId: 0, store, user: REVIEW_ADMIN_ID }).client;
  const urls: string[] = [];
  const attempts = new Map<string, number>();
  const client: ZafClient = {
    ...base,
    request: async (o: ZafRequestOptions) => {
      urls.push(o.url);
      const attempt = (attempts.get(o.url) ?? 0) + 1;
      attempts.set(o.url, attempt);
      const replaced = fault?.(o.url, attempt);
      if (replaced instanceof Error) throw replaced;
      if (replaced !== undefined) return replaced;
      return base.request(o);
    },
  };
  return { client, urls, store };
}

const options = (extra: Partial<ReadReviewOptions> = {}): ReadReviewOptions => ({ fieldMap, policy: DEFAULT_POLICY, nowMs: NOW, retryDelayMs: 1, ...OCTOBER, ...extra });

describe('readReviewData', () => {
  it('pages through the incremental export 1000 tickets at a time, following after_cursor', async () => {
    const { client, urls } = setup();
    const read = await readReviewData(client, options());
    expect(read.ok).toBe(true);
    expect(bundle.tickets).toHaveLength(94);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toBe(`/api/v2/incremental/tickets/cursor.json?start_time=${OCTOBER.fromMs / 1000}&per_page=1000&include=users,organizations,groups,metric_sets`);

    const large = syntheticHistory([{ family: 'documentation', lane: 1, tickets: 2500 }]);
    const store = new HelpdeskStore(parseBundle(large), DEMO_SETTINGS);
    const seen: string[] = [];
    const replies: { after_cursor: string; end_of_stream: boolean; tickets: unknown[] }[] = [];
    const base = createTestClient({ ticketId: 0, store, user: REVIEW_ADMIN_ID }).client;
    const paged = await readReviewData({ ...base, request: async (o) => (seen.push(o.url), replies.push((await base.request(o)) as never), replies.at(-1)) }, options());
    expect(paged.ok && paged.tickets.length).toBe(2500);
    expect(replies.map((r) => [r.tickets.length, r.end_of_stream])).toEqual([[1000, false], [1000, false], [500, true]]);
    expect(seen[1]).toContain(`?cursor=${encodeURIComponent(replies[0]!.after_cursor)}&per_page=1000`);
    expect(seen[2]).toContain(`?cursor=${encodeURIComponent(replies[1]!.after_cursor)}&per_page=1000`);
  });

  it('gives the metrics the batch report gives on the same history', async () => {
    const read = await readReviewData(setup().client, options());
    if (!read.ok) throw new Error(read.failure.reason);
    const { by_plan_tier: _t, by_segment: _s, ...metrics } = computeMetrics(read.tickets);
    const { by_plan_tier: _rt, by_segment: _rs, ...batch } = report;
    expect(metrics).toEqual(Object.fromEntries(Object.keys(metrics).map((k) => [k, batch[k as keyof typeof batch]])));
    expect(metrics.by_family['billing']).toMatchObject({ tickets: 20, override_rate: 0.25, bounce_rate: 0.2, packet_usefulness: 0.75 });
    expect(metrics.by_family['documentation']).toMatchObject({ tickets: 44, recontact_rate: 0.1, audit_misses: 1 });
  });

  it('counts tickets created in the range, and still sees a recontact created after it', async () => {
    // Documentation tickets are created on days 0–19 of October; recontacts three days later.
    const range = { fromMs: Date.parse('2026-10-01T00:00:00Z'), toMs: Date.parse('2026-10-02T00:00:00Z') };
    const read = await readReviewData(setup().client, options(range));
    if (!read.ok) throw new Error(read.failure.reason);
    const created = bundle.tickets.filter((t) => String(t['created_at']).startsWith('2026-10-01'));
    expect(read.tickets.map((t) => t.id).sort()).toEqual(created.map((t) => String(t['id'])).sort());
    const first = read.tickets.find((t) => t.id === '700001');
    expect(first?.recontactWithin7Days).toBe(true);
  });

  it('reports progress after every page, and yields to the event loop between pages', async () => {
    const large = syntheticHistory([{ family: 'documentation', lane: 1, tickets: 2500 }]);
    const base = createTestClient({ ticketId: 0, store: new HelpdeskStore(parseBundle(large), DEMO_SETTINGS), user: REVIEW_ADMIN_ID }).client;
    const progress: ReviewProgress[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const read = await readReviewData(base, options({ onProgress: (p) => progress.push(p) }));
    clearInterval(timer);
    expect(read.ok).toBe(true);
    expect(progress.map((p) => [p.pages, p.tickets])).toEqual([[1, 1000], [2, 2000], [3, 2500]]);
    expect(progress.at(-1)?.fraction).toBe(1);
    for (const p of progress) expect(p.fraction).toBeGreaterThanOrEqual(0);
    // The requests answer in microtasks: only the yields between pages let a timer run.
    expect(ticks).toBeGreaterThanOrEqual(2);
  });

  it('asks for a failed page once more and goes on when the retry succeeds', async () => {
    const { client, urls } = setup((_, attempt) => (attempt === 1 ? Object.assign(new Error('HTTP 503'), {}) : undefined));
    const read = await readReviewData(client, options());
    expect(read.ok).toBe(true);
    expect(urls).toHaveLength(2);
    expect(urls[1]).toBe(urls[0]);
  });

  it('leaves a 429 to ZAF, and waits a minute more only when one still reaches the app', async () => {
    const limited = () => Object.assign(new Error('HTTP 429 Too Many Requests'), { status: 429 });
    const { client, urls } = setup((_, attempt) => (attempt <= 2 ? limited() : undefined));
    const progress: ReviewProgress[] = [];
    const read = await readReviewData(client, options({ rateLimitWaitMs: 1, onProgress: (p) => progress.push(p) }));
    expect(read.ok).toBe(true);
    expect(urls).toHaveLength(3);
    expect(progress.filter((p) => p.waitingForRateLimit)).toHaveLength(2);
    expect(progress.at(-1)).toMatchObject({ pages: 1, fraction: 1 });
  });

  it('says it waits for the rate limit when a page would be the eleventh request of the minute', async () => {
    const large = syntheticHistory([{ family: 'documentation', lane: 1, tickets: 12_500 }]);
    const base = createTestClient({ ticketId: 0, store: new HelpdeskStore(parseBundle(large), DEMO_SETTINGS), user: REVIEW_ADMIN_ID }).client;
    const progress: ReviewProgress[] = [];
    const read = await readReviewData(base, options({ clock: () => NOW, onProgress: (p) => progress.push(p) }));
    expect(read.ok && read.pages).toBe(13);
    const waits = progress.map((p, i) => [i, p.waitingForRateLimit]).filter(([, w]) => w === true).map(([i]) => progress[i as number]!.pages);
    // Pages 11, 12 and 13 are asked for past ten requests in one minute (the clock stands still).
    expect(waits).toEqual([10, 11, 12]);
  });

  it('stops at once when Zendesk refuses the export to a user who is not an admin, and says so', async () => {
    const store = new HelpdeskStore(parseBundle(bundle), DEMO_SETTINGS, () => new Date(NOW));
    const agent = createTestClient({ ticketId: 0, store, user: 90_001 }).client;
    const read = await readReviewData(agent, options());
    expect(read).toEqual({ ok: false, failure: { what: expect.stringContaining('page 1'), reason: 'HTTP 403 error', forbidden: true }, pages: 0, tickets: 0 });
  });

  it('stops after a failed retry and says what failed and how far it got, with no tickets', async () => {
    const large = syntheticHistory([{ family: 'documentation', lane: 1, tickets: 2500 }]);
    const base = createTestClient({ ticketId: 0, store: new HelpdeskStore(parseBundle(large), DEMO_SETTINGS), user: REVIEW_ADMIN_ID }).client;
    const urls: string[] = [];
    const client: ZafClient = {
      ...base,
      request: async (o) => {
        urls.push(o.url);
        if (o.url.includes('cursor=') && urls.filter((u) => u.includes('cursor=')).length > 1) throw { status: 500, statusText: 'Internal Server Error' };
        return base.request(o);
      },
    };
    const read = await readReviewData(client, options());
    expect(read).toEqual({ ok: false, failure: { what: expect.stringMatching(/^page 3 \(\/api\/v2\/incremental\/tickets\/cursor\.json\?cursor=/), reason: 'HTTP 500 Internal Server Error' }, pages: 2, tickets: 2000 });
    expect(urls).toHaveLength(4);
    expect(urls[3]).toBe(urls[2]);
  });

  it('rejects a page whose shape is not the export, naming the field', async () => {
    const { client } = setup((url) => (url.includes('start_time') ? { tickets: [{ id: 'x', created_at: '2026-10-01', tags: [] }], after_cursor: null, end_of_stream: true } : undefined));
    const read = await readReviewData(client, options());
    expect(read).toEqual({ ok: false, failure: { what: expect.stringContaining('page 1'), reason: 'unexpected reply: tickets.0.id: Invalid input: expected number, received string' }, pages: 0, tickets: 0 });
  });

  it('reads a reply given as JSON text, as the SDK may pass it', async () => {
    const base = setup();
    const client: ZafClient = { ...base.client, request: async (o) => JSON.stringify(await base.client.request(o)) };
    const read = await readReviewData(client, options());
    expect(read.ok && read.tickets).toHaveLength(94);
  });
});
