import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { renderPacketText } from '../../src/policy';
import { scoreBundle } from '../support/scoreBundle';
import { readShared, SHARED } from '../support/shared';
import { createFakeIo } from './createFakeIo';

const BUNDLE = resolve(SHARED, 'acceptance/bundle.json');
const NOW = '2026-11-26T12:00:00Z';
const SETTINGS = readShared<{ field_map: string }>('acceptance/settings.json');

function run(argv: string[], files: Record<string, string> = {}) {
  const io = createFakeIo(files);
  const code = runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('explain', () => {
  it("prints the ticket's packet text", () => {
    const { decisions } = scoreBundle(readShared('acceptance/bundle.json'), SETTINGS, NOW);
    const decision = decisions.get('491284');
    if (!decision) throw new Error('491284 is not in the acceptance bundle');
    const { code, out, err } = run(['explain', BUNDLE, '491284', '--now', NOW]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(`${renderPacketText(decision.packet)}\n`);
    expect(out).toContain('Ticket ID: 491284');
    expect(out).toContain('Suggested owner:\n- Billing Specialists with CSM Dana Ruiz in view');
  });

  it('finds a ticket on a later page', () => {
    const bundle = readShared<{ tickets: unknown[] }>('acceptance/bundle.json');
    const page1 = JSON.stringify({ ...bundle, tickets: bundle.tickets.slice(0, 3) });
    const page2 = JSON.stringify({ ...bundle, tickets: bundle.tickets.slice(3) });
    const { code, out } = run(['explain', 'p1.json', 'p2.json', '491017', '--now', NOW], { 'p1.json': page1, 'p2.json': page2 });
    expect(code).toBe(0);
    expect(out).toContain('Ticket ID: 491017');
  });

  it('says so and exits 1 for an unknown ticket id', () => {
    const { code, out, err } = run(['explain', BUNDLE, '123', '--now', NOW]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`ticket 123 is not in ${BUNDLE}\n`);
  });
});

describe('bad input', () => {
  const good = JSON.stringify({ tickets: [{ id: 7, subject: 'Where do I change my avatar?' }] });

  it('names a file that does not exist, exit 1', () => {
    const { code, out, err } = run(['score', 'missing/nowhere.json']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('missing/nowhere.json: file not found\n');
  });

  it('gives the line and column of bad JSON, exit 1', () => {
    const text = '{\n  "tickets": [\n    {"id": 1, "subject": tru}\n  ]\n}';
    const { code, err } = run(['score', 'bad.json'], { 'bad.json': text });
    expect(code).toBe(1);
    expect(err).toBe('bad.json: line 3, column 26: not valid JSON: expected a value, found "t"\n');
  });

  it.each([
    ['an empty file', '', 'empty.json: is empty; expected JSON'],
    ['a trailing comma', '{"tickets": [1,]}', 'x.json: line 1, column 16: not valid JSON: expected a value, found "]"'],
    ['a cut-off file', '{"tickets": [', 'x.json: line 1, column 14: not valid JSON: expected a value, the text ends'],
  ])('reports %s', (_, text, message) => {
    const file = text === '' ? 'empty.json' : 'x.json';
    const { code, err } = run(['score', file], { [file]: text });
    expect(code).toBe(1);
    expect(err).toBe(`${message}\n`);
  });

  it('says a bundle without tickets has none, exit 1', () => {
    const { code, err } = run(['score', 'users.json'], { 'users.json': '{"users": []}' });
    expect(code).toBe(1);
    expect(err).toContain('users.json: (top level): has no "tickets" array');
  });

  it('says tickets that are not an array are not', () => {
    const { code, err } = run(['score', 't.json'], { 't.json': '{"tickets": {}}' });
    expect(code).toBe(1);
    expect(err).toBe('t.json: tickets: is not an array\n');
  });

  it('reports every unreadable page before scoring any, exit 1', () => {
    const { code, out, err } = run(['score', 'good.json', 'a.json', 'b.json'], { 'good.json': good, 'a.json': '[', 'b.json': '{}' });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n').filter((l) => l !== '').map((l) => l.split(':')[0])).toEqual(['a.json', 'b.json']);
  });

  it('skips a ticket without an id, scores the others, exit 2', () => {
    const text = JSON.stringify({ tickets: [{ id: 1, subject: 'How do I export a report?' }, { subject: 'no id here' }, { id: 3, subject: 'Where are invoices?' }] });
    const { code, out, err } = run(['score', 'b.json', '--now', NOW], { 'b.json': text });
    expect(code).toBe(2);
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as { ticket_id: number }).ticket_id)).toEqual([1, 3]);
    expect(err).toBe('b.json: tickets[1]: has no id; skipped (every ticket needs a numeric "id")\n1 item was skipped; the other tickets were scored\n');
  });

  it('skips a ticket that is not an object, exit 2', () => {
    const { code, err } = run(['score', 'b.json', '--format', 'table'], { 'b.json': '{"tickets": [42, {"id": 1}]}' });
    expect(code).toBe(2);
    expect(err).toContain('b.json: tickets[0]: is not an object; skipped');
  });

  it('reports a settings file that is not JSON, exit 1', () => {
    const { code, err } = run(['score', 'b.json', '--settings', 's.json'], { 'b.json': good, 's.json': '{"field_map": }' });
    expect(code).toBe(1);
    expect(err).toBe('s.json: line 1, column 15: not valid JSON: expected a value, found "}"\n');
  });

  it('reports a missing settings file, exit 1', () => {
    const { code, err } = run(['score', 'b.json', '--settings', 'nope.json'], { 'b.json': good });
    expect(code).toBe(1);
    expect(err).toBe('nope.json: file not found\n');
  });

  it('reports each settings issue with its path, message and fix, exit 1', () => {
    const fieldMap = JSON.parse(SETTINGS.field_map) as { groups: Record<string, unknown> };
    fieldMap.groups['billing'] = 'Billing';
    const settings = JSON.stringify({ field_map: JSON.stringify(fieldMap), mode: 'loud' });
    const { code, out, err } = run(['score', 'b.json', '--settings', 's.json'], { 'b.json': good, 's.json': settings });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      [
        's.json: invalid settings:',
        '  field_map.groups.billing: Invalid input: expected number, received string (fix: give a number here)',
        '  mode: "loud" is not a mode (fix: set mode to "enforce" (the default) or "observe")',
        '',
      ].join('\n'),
    );
  });

  it('rejects a --now that is not an ISO time', () => {
    const { code, err } = run(['score', BUNDLE, '--now', 'next tuesday']);
    expect(code).toBe(1);
    expect(err).toBe('--now: "next tuesday" is not an ISO time such as 2026-11-26T12:00:00Z\n');
  });
});

describe('the command line', () => {
  it('prints usage for --help, exit 0', () => {
    const { code, out, err } = run(['--help']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Usage:\n {2}lanes score <bundle\.json>\.\.\./);
  });

  it.each([
    [['score', 'b.json', '--verbose'], 'unknown option --verbose'],
    [['score', 'b.json', '--format=csv'], '--format must be ndjson or table, not "csv"'],
    [['score', 'b.json', '--now'], '--now needs a value'],
    [['score', 'b.json', '--now', 'x', '--now', 'y'], '--now is given twice'],
    [['score'], 'score needs at least one bundle file'],
    [['explain', 'b.json'], 'explain needs at least one bundle file and a ticket id'],
    [['explain', 'b.json', '1', '--format', 'table'], '--format applies to score, report and compare only'],
    [['rescore', 'b.json'], 'unknown command "rescore"; use score, explain, report or compare'],
    [[], 'no command given'],
  ])('rejects %j: %s', (argv, message) => {
    const { code, out, err } = run(argv);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toBe(`lanes: ${message}`);
    expect(err).toContain('Usage:');
  });

  it('accepts --option=value and flags before the files', () => {
    const a = run(['score', '--now=2026-11-26T12:00:00Z', '--format', 'table', BUNDLE]);
    const b = run(['score', BUNDLE, '--format=table', '--now', NOW]);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
  });
});
