import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ComparisonJson } from '../../src/cli/runCompare';
import { runCli } from '../../src/cli/runCli';
import { syntheticHistory } from '../support/syntheticHistory';
import { createFakeIo } from './createFakeIo';

const NOW = '2026-11-26T12:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'lanes-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, data: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

// Every ticket says "Where can I find the settings page?": all factors low, so the computed
// lane follows the autonomy allow-list (documentation on it, provisioning and billing not).
const bundle = syntheticHistory([
  { family: 'documentation', lane: 1, tickets: 6 },
  { family: 'provisioning', lane: 2, tickets: 5 },
  { family: 'billing', lane: 3, tickets: 2 },
]);
const single = write('history.json', bundle);
const pages = [write('page-1.json', { ...bundle, tickets: bundle.tickets.slice(0, 7) }), write('page-2.json', { tickets: bundle.tickets.slice(7) })];
const DEFAULT = write('default.json', '{}');
const LOOSER = write('looser.json', { version: 'looser-1', autonomy_allowlist: ['documentation', 'feature_access', 'usage_limits', 'provisioning'] });
// One contact in 7 days is pressure enough: every ticket rises.
const TIGHTER = write('tighter.json', { version: 'tighter-1', thresholds: { contacts_medium: 1, contacts_high: 1 } });

function run(argv: string[]) {
  const io = createFakeIo();
  const code = runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

function compareJson(...argv: string[]): ComparisonJson {
  const { code, out, err } = run(['compare', ...argv, '--format', 'json', '--now', NOW]);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as ComparisonJson;
}

describe('lanes compare', () => {
  it('shows a loosening: provisioning added to the allow-list moves its tickets from Lane 2 to Lane 1', () => {
    const c = compareJson(DEFAULT, LOOSER, single);
    expect(c).toMatchObject({
      old_policy: { file: DEFAULT, version: 'lanes-default-1' },
      new_policy: { file: LOOSER, version: 'looser-1' },
      tickets: 13,
      unchanged: 8,
      moved: 5,
      loosened: 5,
      tightened: 0,
    });
    expect(c.movements).toHaveLength(1);
    const m = c.movements[0]!;
    expect(m).toMatchObject({ from: 2, to: 1, count: 5, by_family: { provisioning: 5 } });
    expect(m.sample).toHaveLength(3);
    expect(m.sample[0]).toEqual({
      ticket_id: 700_007,
      family: 'provisioning',
      reason_before: 'every factor is low, but provisioning is not on the autonomy allow-list',
      reason_after: 'every factor is low and provisioning is on the autonomy allow-list',
      changed: [],
    });
  });

  it('shows a tightening: tickets move up, with the factor that rose and its evidence', () => {
    const c = compareJson(DEFAULT, TIGHTER, single);
    expect(c).toMatchObject({ tickets: 13, moved: 13, loosened: 0, tightened: 13 });
    expect(c.movements.map((m) => [m.from, m.to, m.count, m.by_family])).toEqual([
      [2, 3, 7, { provisioning: 5, billing: 2 }],
      [1, 3, 6, { documentation: 6 }],
    ]);
    expect(c.movements[1]!.sample[0]!.changed).toEqual([{ factor: 'customer_pressure', before: 'low', after: 'high', evidence: ['1 tickets in 7 days [confirmed, requester.tickets]'] }]);
  });

  it('shows nothing moving between a policy and itself', () => {
    expect(compareJson(LOOSER, LOOSER, single)).toMatchObject({ tickets: 13, unchanged: 13, moved: 0, movements: [] });
  });

  it('compares the same over two pages as over one file', () => {
    expect(compareJson(DEFAULT, TIGHTER, ...pages)).toEqual(compareJson(DEFAULT, TIGHTER, single));
  });

  it('prints text by default', () => {
    const { code, out } = run(['compare', DEFAULT, LOOSER, single, '--now', NOW]);
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 7)).toEqual([
      `Policy change: lanes-default-1 (${DEFAULT}) -> looser-1 (${LOOSER}), 13 tickets`,
      '  unchanged  8',
      '  moved      5 (loosened 5, tightened 0)',
      '',
      'Lane 2 -> Lane 1: 5 tickets (loosened)',
      '  by family: provisioning 5',
      '  ticket 700007 (provisioning)',
    ]);
    expect(run(['compare', DEFAULT, TIGHTER, single, '--now', NOW]).out).toContain('    customer_pressure: low -> high; 1 tickets in 7 days [confirmed, requester.tickets]\n');
  });
});

describe('lanes compare: bad policy files', () => {
  it('names the file, the path and the fix of an invalid policy, exit 1', () => {
    const bad = write('bad.json', { autonomy_allowlist: ['documentation', 'gardening'], thresholds: { contacts_high: 0 } });
    const { code, out, err } = run(['compare', DEFAULT, bad, single, '--now', NOW]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toBe(`${bad}: invalid policy:`);
    expect(err).toMatch(/^ {2}policy\.autonomy_allowlist\.1: .+ \(fix: use one of: .*documentation.*\)$/m);
    expect(err).toMatch(/^ {2}policy\.thresholds\.contacts_high: .+ \(fix: give a value of at least 1\)$/m);
  });

  it('names an unknown key and how to fix it', () => {
    const typo = write('typo.json', { autonomy_alowlist: ['documentation'] });
    const { code, err } = run(['compare', typo, DEFAULT, single]);
    expect(code).toBe(1);
    expect(err).toContain(`${typo}: invalid policy:\n  policy: `);
    expect(err).toContain('(fix: remove or correct "autonomy_alowlist"; the allowed keys are listed in the README)');
  });

  it('gives the line and column of a policy file that is not JSON', () => {
    const broken = write('broken.json', '{\n  "version": "x",\n}');
    const { code, err } = run(['compare', DEFAULT, broken, single]);
    expect(code).toBe(1);
    expect(err).toBe(`${broken}: line 3, column 1: not valid JSON: expected a double-quoted property name, found "}"\n`);
  });

  it('names a policy file that does not exist', () => {
    const { code, err } = run(['compare', join(dir, 'nowhere.json'), DEFAULT, single]);
    expect(code).toBe(1);
    expect(err).toBe(`${join(dir, 'nowhere.json')}: file not found\n`);
  });

  it('needs two policies and a bundle', () => {
    const { code, err } = run(['compare', DEFAULT, LOOSER]);
    expect(code).toBe(1);
    expect(err.split('\n')[0]).toBe('lanes: compare needs an old policy file, a new policy file and at least one bundle file');
  });
});
