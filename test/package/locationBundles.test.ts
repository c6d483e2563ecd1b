import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let work: string;
let assets: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lanes-locations-'));
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir: join(work, 'dist'), emptyOutDir: true } });
  assets = join(work, 'dist', 'assets');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The code a page runs before any lazy chunk: its module scripts and what they import statically. */
function firstLoad(page: string): { files: string[]; code: string } {
  const html = readFileSync(join(assets, page), 'utf8');
  const queue = [...html.matchAll(/<script type="module"[^>]*src="\.\.\/assets\/([^"]+)"/g)].map((m) => m[1]!);
  const files: string[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    const code = readFileSync(join(assets, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(m[1]!);
  }
  return { files, code: files.map((f) => readFileSync(join(assets, f), 'utf8')).join('\n') };
}

/** Text only the review page's code holds: the export it pages through. */
const REVIEW_MARK = 'incremental/tickets/cursor.json';

describe('one page per location', () => {
  it("keeps the review page's code out of the sidebar's first load", () => {
    const sidebar = firstLoad('iframe.html');
    expect(sidebar.files.length).toBeGreaterThan(0);
    expect(sidebar.code).not.toContain(REVIEW_MARK);
    const lazy = readdirSync(assets).filter((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes(REVIEW_MARK));
    expect(lazy).toHaveLength(1);
    expect(lazy[0]).toMatch(/^ReviewPage-/);
  });

  it('gives the nav bar its own page, which loads the SDK and the app', () => {
    const html = readFileSync(join(assets, 'review.html'), 'utf8');
    expect(html).toContain('<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>');
    expect(firstLoad('review.html').files).toEqual(firstLoad('iframe.html').files);
    const manifest = JSON.parse(readFileSync(join(work, 'dist', 'manifest.json'), 'utf8')) as { location: { support: Record<string, { url: string }> } };
    expect(manifest.location.support['nav_bar']).toEqual({ url: 'assets/review.html' });
    expect(readFileSync(join(assets, 'icon_nav_bar.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 18 18"/);
  });
});

describe('translations in the sidebar', () => {
  it('loads English with the page and every other language as a chunk of its own', () => {
    const sidebar = firstLoad('iframe.html');
    expect(sidebar.code).toContain('Assisted response');
    expect(sidebar.code).not.toContain('Unterstützte Antwort');
    const german = readdirSync(assets).filter((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('Unterstützte Antwort'));
    expect(german).toEqual([expect.stringMatching(/^de-/)]);
  });
});
