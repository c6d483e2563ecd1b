import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../src/cli/runReport';
import { runCli } from '../../src/cli/runCli';
import { readShared } from '../support/shared';
import { syntheticHistory, type HistorySpec } from '../support/syntheticHistory';
import { createFakeIo } from './createFakeIo';

const NOW = '2026-11-26T12:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'lanes-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Bundle = ReturnType<typeof syntheticHistory>;

/** Writes a history as one file and as two pages: tickets and their audits split, side-loads on different pages. */
function writeHistory(name: string, specs: HistorySpec[]): { single: string; pages: [string, string] } {
  const bundle = syntheticHistory(specs);
  const half = Math.ceil(bundle.tickets.length / 2);
  const auditsOf = (tickets: Bundle['tickets']) => Object.fromEntries(tickets.map((t) => String(t['id'])).filter((id) => id in bundle.ticket_audits).map((id) => [id, bundle.ticket_audits[id]]));
  const first = bundle.tickets.slice(0, half);
  const second = bundle.tickets.slice(half);
  const single = join(dir, `${name}.json`);
  const pages: [string, string] = [join(dir, `${name}.page-1.json`), join(dir, `${name}.page-2.json`)];
  writeFileSync(single, JSON.stringify(bundle));
  writeFileSync(pages[0], JSON.stringify({ tickets: first, users: bundle.users, groups: [], ticket_audits: auditsOf(first) }));
  writeFileSync(pages[1], JSON.stringify({ tickets: second, organizations: bundle.organizations, ticket_audits: auditsOf(second) }));
  return { single, pages };
}

/** The demo settings with a policy override, as a settings file. */
function writeSettings(name: string, policy: object): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ ...readShared<object>('acceptance/settings.json'), policy: JSON.stringify(policy) }));
  return file;
}

function run(argv: string[]) {
  const io = createFakeIo();
  const code = runCli(argv, io);
  return { code, out: io.out(), err: io.err(), reads: io.reads };
}

function reportJson(argv: string[]): ReportJson {
  const { code, out, err } = run(['report', ...argv, '--format', 'json', '--now', NOW]);
  expect(err).toBe('');
  expect(code).toBe(0);
  expect(out.endsWith('}\n')).toBe(true);
  expect(out.trim().split('\n')).toHaveLength(1);
  return JSON.parse(out) as ReportJson;
}

// The history of test/governance/metrics.test.ts, plus a family with a clean record.
const SPECS: HistorySpec[] = [
  { family: 'documentation', lane: 1, tickets: 40, recontacted: 4, auditMisses: 1 },
  { family: 'billing', lane: 3, tickets: 20, overridden: 5, late: 2, bounced: 4, useful: 6, notUseful: 2 },
  { family: 'contract', lane: 2, tickets: 10, overridden: 8, late: 1, bounced: 0 },
  { family: 'feature_access', lane: 1, tickets: 20 },
];
const history = writeHistory('history', SPECS);
const settings = writeSettings('settings.json', { version: 'acme-2026-12', promotion: { min_tickets: 10 }, audit_per_family: 3 });

describe('lanes report --format json', () => {
  const r = reportJson([history.single, '--settings', settings]);

  it('counts tickets and lanes; the 4 recontacts are new Lane 2 documentation tickets', () => {
    expect(r.tickets).toBe(94);
    expect(r.lanes).toEqual({ '1': 60, '2': 14, '3': 20 });
    expect(r.policy_version).toBe('acme-2026-12');
    expect(r.mode).toBe('enforce');
  });

  it('computes each rate as constructed', () => {
    expect(r.override_rate).toBeCloseTo(13 / 94, 4);
    expect(r.late_escalation_rate).toBeCloseTo(3 / 94, 4);
    expect(r.recontact_rate).toBeCloseTo(4 / 60, 4);
    expect(r.bounce_rate).toBeCloseTo(4 / 34, 4);
    expect(r.packet_usefulness).toBeCloseTo(6 / 8, 4);
    expect(r.audit_misses).toBe(1);
  });

  it('gives the same metrics per family, plan tier and segment', () => {
    expect(Object.keys(r.by_family)).toEqual(['billing', 'contract', 'documentation', 'feature_access']);
    expect(r.by_family['documentation']).toMatchObject({ tickets: 44, lanes: { '1': 40, '2': 4, '3': 0 }, recontact_rate: 0.1, audit_misses: 1, override_rate: 0 });
    expect(r.by_family['billing']).toMatchObject({ tickets: 20, override_rate: 0.25, late_escalation_rate: 0.1, bounce_rate: 0.2, packet_usefulness: 0.75 });
    expect(r.by_family['contract']).toMatchObject({ tickets: 10, override_rate: 0.8, late_escalation_rate: 0.1, bounce_rate: 0, packet_usefulness: null });
    expect(r.by_family['feature_access']).toMatchObject({ tickets: 20, override_rate: 0, recontact_rate: 0, audit_misses: 0 });
    expect(Object.keys(r.by_plan_tier)).toEqual(['standard']);
    expect(r.by_segment['eu']?.tickets).toBe(94);
  });

  it("judges each family's promotion with the policy's thresholds", () => {
    const failing = Object.fromEntries(r.promotion.map((v) => [v.family, v.checks.filter((c) => !c.passed).map((c) => c.name)]));
    expect(failing).toEqual({ billing: ['override_rate'], contract: ['override_rate'], documentation: ['audit_misses'], feature_access: [] });
    expect(r.promotion.find((v) => v.family === 'feature_access')?.eligible).toBe(true);
    expect(r.promotion.find((v) => v.family === 'contract')?.checks.find((c) => c.name === 'override_rate')).toEqual({ name: 'override_rate', value: 0.8, limit: 0.05, passed: false });
  });

  it('draws audit_per_family Lane 1 tickets per family, seeded by the ISO week', () => {
    expect(r.audit_seed).toBe('2026-W48');
    expect(r.audit_sample).toHaveLength(6);
    expect(r.audit_sample.filter((t) => t.family === 'documentation')).toHaveLength(3);
    expect(r.audit_sample.filter((t) => t.family === 'feature_access')).toHaveLength(3);
    // Numeric ids are written as numbers, as `score` writes them.
    for (const t of r.audit_sample) expect(typeof t.ticket_id).toBe('number');
  });

  it('counts the policy versions recorded on the tickets', () => {
    expect(r.recorded_policy_versions).toEqual({ unrecorded: 94 });
  });
});

describe('lanes report over pages', () => {
  it('reports the same as one file when the export is two pages', () => {
    expect(reportJson([...history.pages, '--settings', settings])).toEqual(reportJson([history.single, '--settings', settings]));
  });

  it('reads each page twice, one at a time: the index first, then the metrics', () => {
    const { code, reads } = run(['report', ...history.pages, '--format', 'json', '--now', NOW]);
    expect(code).toBe(0);
    expect(reads).toEqual([...history.pages, ...history.pages]);
  });
});

describe('the audit sample', () => {
  const sample = (...extra: string[]) => reportJson([history.single, '--settings', settings, ...extra]).audit_sample;

  it('is the same for the same seed, and the default seed is the ISO week of --now', () => {
    expect(sample('--audit-seed', '2026-W48')).toEqual(sample());
    expect(sample('--audit-seed', 'x')).toEqual(sample('--audit-seed', 'x'));
    expect(reportJson([...history.pages, '--settings', settings, '--audit-seed', 'x']).audit_sample).toEqual(sample('--audit-seed', 'x'));
  });

  it('is another sample for another seed', () => {
    expect(sample('--audit-seed', '2026-W49')).not.toEqual(sample('--audit-seed', '2026-W48'));
  });

  it('is drawn from Lane 1 tickets only', () => {
    const ids = sample('--audit-seed', 'any').map((t) => t.ticket_id);
    const bundle = syntheticHistory(SPECS);
    const lanes = new Map(bundle.tickets.map((t) => [t['id'], (t['tags'] as string[])[0]]));
    for (const id of ids) expect(lanes.get(id)).toBe('lane_1');
  });
});

describe('lanes report as text', () => {
  it('prints the overall figures, a table per breakdown, the verdicts and the sample', () => {
    const small = writeHistory('small', [
      { family: 'documentation', lane: 1, tickets: 4, recontacted: 1 },
      { family: 'billing', lane: 3, tickets: 2, overridden: 1, late: 1, bounced: 1, useful: 1 },
    ]);
    const smallSettings = writeSettings('small-settings.json', { version: 'acme-1', promotion: { min_tickets: 2 }, audit_per_family: 2 });
    const { code, out, err } = run(['report', small.single, '--settings', smallSettings, '--now', NOW, '--audit-seed', 'w']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatchInlineSnapshot(`
      "Lanes report: 7 tickets, policy acme-1, mode enforce

      Overall
        lanes                 lane 1: 4 (57.1%)  lane 2: 1 (14.3%)  lane 3: 2 (28.6%)
        override rate         14.3%
        late escalation rate  14.3%
        recontact rate        25.0% of Lane 1 tickets, within 7 days
        bounce rate           33.3% of escalated tickets
        packet usefulness     100.0% of rated packets
        audit misses          0
        outcomes              right lane 0, should have been lower 0, should have been higher 0

      By issue family
      issue family   tickets  lane 1  lane 2  lane 3  override   late  recontact  bounce  useful  audit misses
      billing              2       0       0       2     50.0%  50.0%       0.0%   50.0%  100.0%             0
      documentation        5       4       1       0      0.0%   0.0%      25.0%    0.0%       -             0
      total                7       4       1       2     14.3%  14.3%      25.0%   33.3%  100.0%             0

      By plan tier
      plan tier  tickets  lane 1  lane 2  lane 3  override   late  recontact  bounce  useful  audit misses
      standard         7       4       1       2     14.3%  14.3%      25.0%   33.3%  100.0%             0
      total            7       4       1       2     14.3%  14.3%      25.0%   33.3%  100.0%             0

      By segment
      segment  tickets  lane 1  lane 2  lane 3  override   late  recontact  bounce  useful  audit misses
      eu             7       4       1       2     14.3%  14.3%      25.0%   33.3%  100.0%             0
      total          7       4       1       2     14.3%  14.3%      25.0%   33.3%  100.0%             0

      Promotion (at least 2 tickets, override rate at most 5.0%, recontact rate at most 10.0%, audit misses at most 0)
        billing        not eligible: override rate 50.0%, limit 5.0%
        documentation  not eligible: recontact rate 25.0%, limit 10.0%

      Audit sample (seed w, up to 2 Lane 1 tickets per family)
        documentation  700001, 700003
      "
    `);
  });
});

describe('lanes report: bad input', () => {
  it('names a missing file and prints nothing, exit 1', () => {
    const { code, out, err } = run(['report', history.single, join(dir, 'missing.json')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`${join(dir, 'missing.json')}: file not found\n`);
  });

  it('rejects a format it does not print', () => {
    const { code, err } = run(['report', history.single, '--format', 'table']);
    expect(code).toBe(1);
    expect(err.split('\n')[0]).toBe('lanes: --format must be text or json, not "table"');
  });

  it('takes --audit-seed for report only', () => {
    const { code, err } = run(['score', history.single, '--audit-seed', 'x']);
    expect(code).toBe(1);
    expect(err.split('\n')[0]).toBe('lanes: --audit-seed applies to report only');
  });
});
