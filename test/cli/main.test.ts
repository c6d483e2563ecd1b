import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED } from '../support/shared';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = resolve(SHARED, 'acceptance/bundle.json');
const tmp = mkdtempSync(join(tmpdir(), 'lanes-main-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function lanes(...args: string[]) {
  return spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('src/cli/main.ts as a process', () => {
  it('prints ndjson on stdout and exits 0', () => {
    const run = lanes('score', BUNDLE, '--now', '2026-11-26T12:00:00Z');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(19);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ ticket_id: 482000 });
  });

  it('exits 2 when a ticket was skipped and 1 when a file is unreadable', () => {
    const skipped = join(tmp, 'skipped.json');
    writeFileSync(skipped, JSON.stringify({ tickets: [{ subject: 'no id' }, { id: 2, subject: 'How do I add a user?' }] }));
    const partial = lanes('score', skipped, '--now', '2026-11-26T12:00:00Z');
    expect(partial.status).toBe(2);
    expect(partial.stdout.trim().split('\n')).toHaveLength(1);
    expect(partial.stderr).toContain('tickets[0]: has no id');

    const missing = lanes('score', join(tmp, 'missing.json'));
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(`${join(tmp, 'missing.json')}: file not found\n`);
  });
});
