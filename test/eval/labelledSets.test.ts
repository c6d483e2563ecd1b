import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The project's own labelled sets stay consistent with the lane rules of policy.md: each set's
 * labels are checked by `sets/check_set.py` (lanes from levels, evidence quoted verbatim from the
 * requester's own words, record facts, id ranges).
 */
const SETS = join(import.meta.dirname, 'sets');
const names = readdirSync(SETS).filter((n) => statSync(join(SETS, n)).isDirectory());

describe('the labelled sets', () => {
  it.each(names)('%s passes its label check', (name) => {
    const out = execFileSync('python3', [join(SETS, 'check_set.py'), join(SETS, name)], { encoding: 'utf8' });
    expect(out).toMatch(/^OK$/m);
  });

  it.each(names)('%s says whether it is for developing or reporting', (name) => {
    const marker = JSON.parse(readFileSync(join(SETS, name, 'set.json'), 'utf8')) as { use?: string };
    expect(['develop', 'report']).toContain(marker.use);
  });
});
