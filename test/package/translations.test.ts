import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (locale: string) => JSON.parse(readFileSync(join(ROOT, 'translations', `${locale}.json`), 'utf8')) as Record<string, unknown>;

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  const en = keys(read('en')).sort();

  it.each(readdirSync(join(ROOT, 'translations')).filter((f) => f !== 'en.json').map((f) => f.replace('.json', '')))('%s has every English key and no other', (locale) => {
    expect(keys(read(locale)).sort()).toEqual(en);
  });

  it('holds every text key the sidebar asks for', () => {
    const dir = join(ROOT, 'src/ui');
    const used = readdirSync(dir)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bt\('(ui\.[\w.]+)'/g)].map((m) => m[1] ?? ''));
    expect(used.length).toBeGreaterThan(20);
    // A plural is a key whose entry holds its forms (`one`, `other`, …).
    expect(used.filter((k) => !en.includes(k) && !en.includes(`${k}.other`))).toEqual([]);
  });
});
