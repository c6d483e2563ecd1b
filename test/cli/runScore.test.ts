import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScore } from '../../src/cli/runScore';
import { toNdjsonRecord, type NdjsonRecord } from '../../src/cli/toNdjsonRecord';
import { FACTOR_IDS } from '../../src/policy';
import { scoreBundle } from '../support/scoreBundle';
import { readShared, SHARED } from '../support/shared';
import { createFakeIo } from './createFakeIo';

const BUNDLE = resolve(SHARED, 'acceptance/bundle.json');
const NOW = '2026-11-26T12:00:00Z';

type Json = Record<string, unknown>;
interface Expected {
  expected: Record<string, { lanes: number[]; owner_group_id?: number }>;
}

function scoreLines(files: string[], options: Parameters<typeof runScore>[1] = { now: NOW }) {
  const io = createFakeIo();
  const code = runScore(files, options, io);
  const lines = io.out().split('\n').filter((l) => l !== '');
  return { code, io, records: lines.map((l) => JSON.parse(l) as NdjsonRecord) };
}

const tmp = mkdtempSync(join(tmpdir(), 'lanes-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('score --format ndjson', () => {
  const { code, io, records } = scoreLines([BUNDLE]);

  it('prints one line per ticket and exits 0', () => {
    expect(code).toBe(0);
    expect(io.err()).toBe('');
    const bundle = readShared<{ tickets: { id: number }[] }>('acceptance/bundle.json');
    expect(records.map((r) => r.ticket_id)).toEqual(bundle.tickets.map((t) => t.id));
  });

  it('writes exactly the documented keys, numeric ids as numbers', () => {
    for (const r of records) {
      expect(Object.keys(r)).toEqual(['ticket_id', 'lane', 'unit', 'factors', 'missing_context', 'suggested_owner']);
      expect(typeof r.ticket_id).toBe('number');
      expect([1, 2, 3]).toContain(r.lane);
      expect(['none', 'answer', 'action', 'conversation']).toContain(r.unit);
      expect(Object.keys(r.factors)).toEqual([...FACTOR_IDS]);
      for (const f of Object.values(r.factors)) {
        expect(Object.keys(f)).toEqual(['level', 'evidence']);
        for (const e of f.evidence) {
          // Words read from the text also name their sentence and why it counts.
          const keys = e.source === 'text' ? ['basis', 'detail', 'ref', 'sentence', 'source'] : ['basis', 'detail', 'ref', 'source'];
          expect(Object.keys(e).sort()).toEqual(keys);
        }
      }
      for (const m of r.missing_context) expect(Object.keys(m)).toEqual(['item', 'reason', 'weight']);
      expect(Object.keys(r.suggested_owner)).toEqual(['group_id', 'group_name', 'key', 'reason', 'keep_in_view']);
    }
  });

  it('matches the core decisions for every ticket', () => {
    const { decisions } = scoreBundle(readShared('acceptance/bundle.json'), readShared('acceptance/settings.json'), NOW);
    expect(records).toEqual([...decisions.values()].map((d) => JSON.parse(JSON.stringify(toNdjsonRecord(d))) as unknown));
  });

  it('gives each acceptance ticket a lane in its expected set and the expected owner group', () => {
    const { expected } = readShared<Expected>('acceptance/expected.json');
    const byId = new Map(records.map((r) => [String(r.ticket_id), r]));
    for (const [id, want] of Object.entries(expected)) {
      const got = byId.get(id);
      expect(got, id).toBeDefined();
      expect(want.lanes, id).toContain(got?.lane);
      if (want.owner_group_id !== undefined) expect(got?.suggested_owner.group_id, id).toBe(want.owner_group_id);
    }
  });

  it('writes the CSM to keep in view with snake_case keys', () => {
    const packetExample = records.find((r) => r.ticket_id === 491284);
    expect(packetExample?.suggested_owner.keep_in_view).toContainEqual({ kind: 'csm', name: 'Dana Ruiz' });
  });

  it('keeps a non-numeric ticket id as a string', () => {
    const io = createFakeIo({ 'ids.json': JSON.stringify({ tickets: [{ id: 'ABC-1', subject: 'Where is the export button?' }] }) });
    expect(runScore(['ids.json'], { now: NOW }, io)).toBe(0);
    expect((JSON.parse(io.out()) as NdjsonRecord).ticket_id).toBe('ABC-1');
  });
});

describe('score --format table', () => {
  it('prints the lane distribution by issue family and by plan tier', () => {
    const io = createFakeIo();
    expect(runScore([BUNDLE], { now: NOW, format: 'table' }, io)).toBe(0);
    expect(io.out()).toMatchInlineSnapshot(`
      "Lanes by issue family
      issue family    tickets      lane 1     lane 2      lane 3
      documentation         4   2 (50.0%)  2 (50.0%)    0 (0.0%)
      feature_access        2   1 (50.0%)   0 (0.0%)   1 (50.0%)
      billing               4    0 (0.0%)  2 (50.0%)   2 (50.0%)
      permissions           1    0 (0.0%)   0 (0.0%)  1 (100.0%)
      usage_limits          1  1 (100.0%)   0 (0.0%)    0 (0.0%)
      contract              2    0 (0.0%)   0 (0.0%)  2 (100.0%)
      outage                3    0 (0.0%)  1 (33.3%)   2 (66.7%)
      security              2    0 (0.0%)  1 (50.0%)   1 (50.0%)
      total                19   4 (21.1%)  6 (31.6%)   9 (47.4%)

      Lanes by plan tier
      plan tier   tickets     lane 1     lane 2      lane 3
      business          1   0 (0.0%)   0 (0.0%)  1 (100.0%)
      enterprise        6   0 (0.0%)  1 (16.7%)   5 (83.3%)
      standard         10  4 (40.0%)  4 (40.0%)   2 (20.0%)
      unknown           2   0 (0.0%)  1 (50.0%)   1 (50.0%)
      total            19  4 (21.1%)  6 (31.6%)   9 (47.4%)
      "
    `);
  });

  it('counts a ticket without family or organization as unknown', () => {
    const io = createFakeIo({ 'plain.json': JSON.stringify({ tickets: [{ id: 1, subject: 'hello' }] }) });
    runScore(['plain.json'], { now: NOW, format: 'table' }, io);
    expect(io.out()).toMatchInlineSnapshot(`
      "Lanes by issue family
      issue family  tickets    lane 1      lane 2    lane 3
      unknown             1  0 (0.0%)  1 (100.0%)  0 (0.0%)
      total               1  0 (0.0%)  1 (100.0%)  0 (0.0%)

      Lanes by plan tier
      plan tier  tickets    lane 1      lane 2    lane 3
      unknown          1  0 (0.0%)  1 (100.0%)  0 (0.0%)
      total            1  0 (0.0%)  1 (100.0%)  0 (0.0%)
      "
    `);
  });
});

describe('several pages of one export', () => {
  // Page 1: the tickets before 491010 with the users; page 2: the rest with organizations,
  // groups and memberships. Requester 2's two tickets (491009, 491010) straddle the pages,
  // and incidents on page 2 link to the problem ticket on page 1.
  const bundle = readShared<Json & { tickets: Json[]; comments: Record<string, unknown> }>('acceptance/bundle.json');
  const at = bundle.tickets.findIndex((t) => t['id'] === 491010);
  const first = bundle.tickets.slice(0, at);
  const rest = bundle.tickets.slice(at);
  const commentsOf = (tickets: Json[]) => Object.fromEntries(tickets.map((t) => [String(t['id']), bundle.comments[String(t['id'])]]).filter(([, c]) => c !== undefined));
  const page1 = join(tmp, 'page-1.json');
  const page2 = join(tmp, 'page-2.json');
  writeFileSync(page1, JSON.stringify({ tickets: first, users: bundle['users'], comments: commentsOf(first) }));
  writeFileSync(page2, JSON.stringify({ tickets: rest, organizations: bundle['organizations'], groups: bundle['groups'], group_memberships: bundle['group_memberships'], comments: commentsOf(rest) }));

  it('splits requester 2 across the pages (so the next tests mean something)', () => {
    expect(first.map((t) => t['id'])).toContain(491009);
    expect(rest.map((t) => t['id'])).toContain(491010);
  });

  it('gives the same results as the single file', () => {
    const single = scoreLines([BUNDLE]);
    const paged = scoreLines([page1, page2]);
    expect(paged.code).toBe(0);
    expect(paged.records).toEqual(single.records);
  });

  it("counts a requester's contacts across pages", () => {
    const paged = scoreLines([page1, page2]);
    const pressure = paged.records.find((r) => r.ticket_id === 491009)?.factors['customer_pressure'];
    expect(pressure?.evidence).toContainEqual(expect.objectContaining({ ref: 'requester.tickets', detail: expect.stringMatching(/^2 tickets/) }));
  });

  it('reads every page for the index, then each page again to score it', () => {
    const io = createFakeIo();
    runScore([page1, page2], { now: NOW }, io);
    expect(io.reads).toEqual([page1, page2, page1, page2]);
  });

  it('reads a single file once', () => {
    const io = createFakeIo();
    runScore([page1], { now: NOW }, io);
    expect(io.reads).toEqual([page1]);
  });

  it('sees a side-load that no page carries as missing, not empty', () => {
    const alone = scoreLines([page1]).records.find((r) => r.ticket_id === 491001);
    const together = scoreLines([page1, page2]).records.find((r) => r.ticket_id === 491001);
    expect(alone?.missing_context).toContainEqual(expect.objectContaining({ item: 'organization', reason: expect.stringContaining('no organizations side-load') }));
    expect(together?.missing_context.map((m) => m.item)).not.toContain('organization');
  });
});

describe('--now', () => {
  const renewalEvidence = (now: string) =>
    scoreLines([BUNDLE], { now }).records
      .find((r) => r.ticket_id === 491284)
      ?.factors['customer_pressure']?.evidence.filter((e) => e.ref === 'organization.renewal_date');

  it('puts a renewal three weeks away inside the renewal window', () => {
    expect(renewalEvidence(NOW)).toEqual([expect.objectContaining({ detail: '2026-12-17 (in 21 days)', basis: 'confirmed' })]);
  });

  it('leaves a renewal half a year away outside it', () => {
    expect(renewalEvidence('2026-06-01T00:00:00Z')).toEqual([]);
  });

  it('defaults to the current time from the IO', () => {
    const io = createFakeIo({}, '2026-06-01T00:00:00Z');
    runScore([BUNDLE], {}, io);
    expect(io.out()).toBe(scoreLines([BUNDLE], { now: '2026-06-01T00:00:00Z' }).io.out());
  });
});

describe('the demo settings', () => {
  it('are the documented default: the same results as the acceptance settings file', () => {
    const withFile = scoreLines([BUNDLE], { now: NOW, settings: resolve(SHARED, 'acceptance/settings.json') });
    expect(withFile.records).toEqual(scoreLines([BUNDLE]).records);
    expect(readFileSync(resolve(SHARED, 'acceptance/settings.json'), 'utf8')).toContain('"lead_group_ids\\": [106]');
  });
});
