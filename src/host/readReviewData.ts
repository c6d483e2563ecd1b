import { addPage, createIndex, ticketInputs, type BundleProblem } from '../bundle/readBundle';
import { metricTickets } from '../bundle/readHistory';
import type { MetricTicket } from '../policy/governance/computeMetrics';
import type { Policy } from '../policy/policy';
import type { ScoreContext } from '../policy/scoreTicket';
import type { FieldMap } from '../policy/settings';
import { IncrementalPageEnvelopeSchema, PAGE_LISTS, type IncrementalTicketPage } from './IncrementalTicketPageSchema';
import { describeFailure } from './readTicket';
import type { ZafClient } from './zafClient';

/**
 * Reads the tickets the Escalation review counts, through Zendesk's cursor-based incremental
 * ticket export: it is the API Zendesk offers for reading every ticket of a period page by page,
 * and it side-loads requesters, organizations, groups and ticket metric sets, so one request per
 * page brings all the metrics need (bounces from `group_stations`, no per-ticket audit calls).
 * The export lists tickets by update time from `start_time`, so tickets are kept by creation
 * date here, and the stream is read to its end: a requester's recontact may come after the range.
 */

/** The export's largest page (Incremental Exports API: `per_page` up to 1000 for cursor-based ticket export). */
export const REVIEW_PAGE_SIZE = 1000;
const INCLUDE = 'users,organizations,groups,metric_sets';
const PAGE_URL = '/api/v2/incremental/tickets/cursor.json';
/**
 * The export allows 10 requests a minute (Incremental Exports API, "Rate limits"). Past that,
 * Zendesk answers 429 and ZAF waits as `Retry-After` asks and sends the request again
 * (Apps framework introduction, "Rate limits"), so the app does not retry a 429 itself: it shows
 * that it waits, and gives ZAF's wait room under a timeout longer than any such wait.
 */
export const EXPORT_REQUESTS_PER_MINUTE = 10;
const REQUEST_TIMEOUT_MS = 5 * 60_000;
/** When each client last asked for export pages: the limit counts every read of the minute, not one. */
const sentBy = new WeakMap<ZafClient, number[]>();
const CONVERT_CHUNK = 250;
const CHECK_CHUNK = 200;

export interface ReviewProgress {
  pages: number;
  /** Tickets created in the range, read so far. */
  tickets: number;
  /** How far through the export's time span the read is, 0 to 1. */
  fraction: number;
  /** Whether the read waits for Zendesk's rate limit before the next page. */
  waitingForRateLimit?: boolean;
}

export type ReviewRead =
  | { ok: true; tickets: MetricTicket[]; pages: number; problems: BundleProblem[] }
  | { ok: false; failure: { what: string; reason: string; forbidden?: boolean }; pages: number; tickets: number };

export interface ReadReviewOptions {
  fieldMap: FieldMap;
  policy: Policy;
  /** Tickets created from `fromMs` (inclusive) to `toMs` (exclusive). */
  fromMs: number;
  toMs: number;
  nowMs: number;
  onProgress?: (p: ReviewProgress) => void;
  /** Wait before the one retry of a failed page. */
  retryDelayMs?: number;
  /** Wait after a rate-limit reply that reached the app all the same (ZAF's own retries gave up). */
  rateLimitWaitMs?: number;
  /** The clock the rate limit is counted by; the real one by default. */
  clock?: () => number;
  signal?: AbortSignal;
}

type Json = Record<string, unknown>;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 60_000} minutes`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

type PageReply = { ok: true; page: IncrementalTicketPage } | { ok: false; reason: string; status?: number };

/** One export page, parsed; a failure is described, never thrown. */
async function requestPage(client: ZafClient, url: string): Promise<PageReply> {
  try {
    const raw = await withTimeout(client.request({ url, type: 'GET', dataType: 'json' }), REQUEST_TIMEOUT_MS, 'the request');
    const body: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    const unexpected = (issue: { path: PropertyKey[]; message: string } | undefined, prefix: PropertyKey[] = []) =>
      ({ ok: false, reason: `unexpected reply: ${issue ? `${[...prefix, ...issue.path].map(String).join('.') || '(top level)'}: ${issue.message}` : 'invalid'}` }) as const;
    const envelope = IncrementalPageEnvelopeSchema.safeParse(body);
    if (!envelope.success) return unexpected(envelope.error.issues[0]);
    // A page of 1000 tickets and their side-loads is checked a part at a time, so that the page keeps answering meanwhile.
    const page: Record<string, unknown> = { ...envelope.data };
    for (const [list, schema] of Object.entries(PAGE_LISTS)) {
      const items = envelope.data[list as keyof typeof PAGE_LISTS];
      if (items === undefined) continue;
      const checked: unknown[] = [];
      for (let i = 0; i < items.length; i += CHECK_CHUNK) {
        for (let j = i; j < Math.min(items.length, i + CHECK_CHUNK); j++) {
          const item = schema.safeParse(items[j]);
          if (!item.success) return unexpected(item.error.issues[0], [list, j]);
          checked.push(item.data);
        }
        await pause(0);
      }
      page[list] = checked;
    }
    return { ok: true, page: page as IncrementalTicketPage };
  } catch (e) {
    const status = (e as { status?: unknown } | null)?.status;
    return typeof status === 'number' ? { ok: false, reason: describeFailure(e), status } : { ok: false, reason: describeFailure(e) };
  }
}

/** How many 429 replies that reach the app one read waits out before it reports the limit as its failure. */
const MAX_RATE_LIMIT_WAITS = 3;

export function pageUrl(cursor: string | null, fromMs: number): string {
  const at = cursor === null ? `start_time=${Math.max(0, Math.floor(fromMs / 1000))}` : `cursor=${encodeURIComponent(cursor)}`;
  return `${PAGE_URL}?${at}&per_page=${REVIEW_PAGE_SIZE}&include=${INCLUDE}`;
}

/** Reassignments from ticket metrics: every group after the first is one; the batch counts the same from audits. */
const reassignments = (groupStations: number | null | undefined): number => Math.max(0, (groupStations ?? 1) - 1);

/**
 * Pages through the export, 1000 tickets a page, reporting progress and yielding to the event
 * loop between pages. A page that fails is asked for once more; if it fails again the read
 * stops and says what failed and how far it got, with no figures. A 403 (the export is
 * "Allowed for: Admins") stops at once and says so.
 */
export async function readReviewData(client: ZafClient, options: ReadReviewOptions): Promise<ReviewRead> {
  const { fromMs, toMs, nowMs, fieldMap } = options;
  const index = createIndex();
  const inRange = new Map<number, Json>();
  const stations = new Map<string, number | null | undefined>();
  let cursor: string | null = null;
  let pages = 0;
  let rateLimitWaits = 0;
  const span = Math.max(1, nowMs - fromMs);
  const clock = options.clock ?? (() => Date.now());
  const sent = sentBy.get(client) ?? [];
  sentBy.set(client, sent);
  let progress: ReviewProgress = { pages: 0, tickets: 0, fraction: 0 };
  const report = (p: ReviewProgress) => {
    progress = p;
    options.onProgress?.(p);
  };
  /** Asks for a page; past the per-minute limit the request waits in ZAF, and the page says so. */
  const ask = async (url: string): Promise<PageReply> => {
    const at = clock();
    while (sent.length > 0 && at - (sent[0] ?? at) >= 60_000) sent.shift();
    const limited = sent.length >= EXPORT_REQUESTS_PER_MINUTE;
    sent.push(at);
    if (limited) report({ ...progress, waitingForRateLimit: true });
    const reply = await requestPage(client, url);
    if (limited) report({ ...progress, waitingForRateLimit: false });
    return reply;
  };

  for (;;) {
    if (options.signal?.aborted) return { ok: false, failure: { what: 'the read', reason: 'cancelled' }, pages, tickets: inRange.size };
    const url = pageUrl(cursor, fromMs);
    let reply = await ask(url);
    // A 429 that still reaches the app: ZAF's own waits were not enough; wait a minute more.
    while (!reply.ok && reply.status === 429 && rateLimitWaits < MAX_RATE_LIMIT_WAITS && !options.signal?.aborted) {
      rateLimitWaits++;
      report({ ...progress, waitingForRateLimit: true });
      await pause(options.rateLimitWaitMs ?? 60_000);
      report({ ...progress, waitingForRateLimit: false });
      reply = await ask(url);
    }
    if (!reply.ok && reply.status === 403) {
      return { ok: false, failure: { what: `page ${pages + 1} (${url})`, reason: reply.reason, forbidden: true }, pages, tickets: inRange.size };
    }
    if (!reply.ok && reply.status !== 429) {
      await pause(options.retryDelayMs ?? 1000);
      reply = await ask(url);
    }
    if (!reply.ok) return { ok: false, failure: { what: `page ${pages + 1} (${url})`, reason: reply.reason }, pages, tickets: inRange.size };
    const page = reply.page;
    pages++;
    addPage(index, page as unknown as Json & { tickets: unknown[] }, []);
    await pause(0);
    for (const m of page.metric_sets ?? []) stations.set(String(m.ticket_id), m.group_stations);
    let lastUpdated = fromMs;
    for (const t of page.tickets) {
      if (t.status === 'deleted') continue;
      const created = Date.parse(t.created_at);
      lastUpdated = Math.max(lastUpdated, Date.parse(t.updated_at ?? t.created_at) || fromMs);
      // A ticket updated while the export runs comes again: the later copy wins.
      if (created >= fromMs && created < toMs) inRange.set(t.id, t as Json);
    }
    const done = page.end_of_stream || page.after_cursor === null || page.tickets.length === 0;
    report({ pages, tickets: inRange.size, fraction: done ? 1 : Math.min(1, Math.max(0, (lastUpdated - fromMs) / span)) });
    if (done) break;
    cursor = page.after_cursor;
    await pause(0);
  }

  // The whole stream is indexed now, so recontacts on later pages are seen, as the batch sees them.
  const ctx: ScoreContext = { policy: options.policy, fieldMap, groupNames: index.groups, nowMs };
  const prefix = fieldMap.tags?.lane_prefix ?? 'lane_';
  const all = [...inRange.values()];
  const tickets: MetricTicket[] = [];
  const problems: BundleProblem[] = [];
  for (let i = 0; i < all.length; i += CONVERT_CHUNK) {
    const chunk = { tickets: all.slice(i, i + CONVERT_CHUNK) };
    const inputs = ticketInputs(index, chunk, fieldMap, problems);
    for (const t of metricTickets(index, chunk, inputs, ctx, prefix)) tickets.push({ ...t, reassignmentsAfterEscalation: reassignments(stations.get(t.id)) });
    await pause(0);
  }
  return { ok: true, tickets, pages, problems };
}
