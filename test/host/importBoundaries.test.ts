import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** Each source file's imports, resolved to the top folder under src/ they land in. */
function importsOf(layer: string): { file: string; target: string }[] {
  return filesUnder(join(SRC, layer)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]/g)].map((m) => ({
      file: relative(SRC, file),
      target: relative(SRC, resolve(file, '..', m[1] ?? '')).split(/[\\/]/)[0] ?? '',
    })),
  );
}

describe('imports flow one way: ui → host → policy', () => {
  it('host imports nothing from ui', () => {
    expect(importsOf('host').filter((i) => i.target === 'ui' || i.target === 'main.tsx')).toEqual([]);
  });

  it('ui reaches the helpdesk only through host: no SDK global outside zafClient', () => {
    const offenders = [...filesUnder(join(SRC, 'ui')), ...filesUnder(join(SRC, 'host'))]
      .filter((f) => !f.endsWith('zafClient.ts') && /ZAFClient/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('ui calls no SDK method itself', () => {
    const offenders = filesUnder(join(SRC, 'ui'))
      .filter((f) => /\bclient\.(get|set|invoke|request|on|context|metadata)\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('policy imports neither host nor ui', () => {
    expect(importsOf('policy').filter((i) => i.target === 'host' || i.target === 'ui')).toEqual([]);
  });
});
