import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readShared } from './support/shared';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}
const layer = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!;
const files = sourceFiles(SRC);

describe('the layout keeps its boundaries', () => {
  it('keeps the policy core pure: it imports only itself and zod', () => {
    for (const file of files.filter((f) => layer(f) === 'policy')) {
      for (const spec of importsOf(file)) {
        const target = resolveImport(file, spec);
        if (target === null) expect(spec, relative(ROOT, file)).toMatch(/^zod(\/mini)?$/);
        else expect(layer(target), `${relative(ROOT, file)} imports ${spec}`).toBe('policy');
      }
      const text = readFileSync(file, 'utf8');
      expect(text, `${relative(ROOT, file)} reads a clock, randomness or the browser`).not.toMatch(/Date\.now|new Date\(\)|Math\.random|\bwindow\.|\bdocument\./);
    }
  });

  it('lets imports flow one way: ui → host → policy', () => {
    const allowed: Record<string, string[]> = {
      policy: ['policy'],
      bundle: ['policy', 'bundle'],
      host: ['policy', 'bundle', 'host'],
      ui: ['policy', 'host', 'ui'],
      cli: ['policy', 'bundle', 'cli'],
    };
    for (const file of files) {
      const from = layer(file);
      const may = allowed[from];
      if (!may) continue;
      for (const spec of importsOf(file)) {
        const target = resolveImport(file, spec);
        if (target && target.startsWith(SRC)) expect(may, `${relative(ROOT, file)} imports ${spec}`).toContain(layer(target));
      }
    }
  });

  it('has no circular imports', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).map((s) => resolveImport(f, s)).filter((t): t is string => t !== null)]));
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') throw new Error(`circular import: ${[...path, file].map((p) => relative(ROOT, p)).join(' → ')}`);
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
  });

  it('never special-cases a fixture: no acceptance ticket id or sentence appears in the app', () => {
    const bundle = readShared<{ tickets: { id: number; subject: string; description: string }[] }>('acceptance/bundle.json');
    const app = files.filter((f) => ['policy', 'bundle', 'host', 'ui', 'cli'].includes(layer(f)));
    const texts = app.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')] as const);
    for (const t of bundle.tickets) {
      const sentence = t.description.split(/(?<=[.?!])\s/)[0]!;
      for (const [name, text] of texts) {
        expect(text.includes(String(t.id)), `${name} names ticket ${t.id}`).toBe(false);
        expect(text.includes(t.subject), `${name} holds the subject of ${t.id}`).toBe(false);
        expect(text.includes(sentence), `${name} holds a sentence of ${t.id}`).toBe(false);
      }
    }
  });
});
