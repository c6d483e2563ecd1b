import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLogo } from '../../src/package/makeLogos';
import { packageApp } from '../../src/package/packageApp';
import { validateApp } from '../../src/package/validateApp';

const ROOT = resolve(import.meta.dirname, '../..');
let work: string;
let built: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lanes-package-'));
  built = join(work, 'dist');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir: built, emptyOutDir: true } });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the built package with one change applied. */
function variant(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(work, 'variant-'));
  cpSync(built, dir, { recursive: true });
  change(dir);
  return dir;
}

const editJson = (dir: string, file: string, edit: (j: Record<string, any>) => void) => {
  const j = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(j);
  writeFileSync(join(dir, file), JSON.stringify(j));
};

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), base) : [join(dir, e.name).slice(base.length + 1)],
  );
}

describe('the built package', () => {
  it('is exactly what Zendesk installs: manifest, translations and assets with page, code and logos', () => {
    const files = listFiles(built).sort();
    expect(files.filter((f) => !/^assets\/.+-[\w-]{8}\.(js|css)$/.test(f))).toEqual([
      'assets/icon_nav_bar.svg',
      'assets/iframe.html',
      'assets/logo-small.png',
      'assets/logo.png',
      'assets/review.html',
      'manifest.json',
      'translations/de.json',
      'translations/en.json',
    ]);
    const html = readFileSync(join(built, 'assets/iframe.html'), 'utf8');
    expect(html).toContain('<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>');
    for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      if (!m[1]!.startsWith('https://static.zdassets.com/')) expect(m[1]).toMatch(/^\.\.?\//);
    }
  });

  it('passes the local check of Zendesk app rules', () => {
    expect(validateApp(built)).toEqual([]);
  });

  it('zips into an archive holding the same files', () => {
    const zip = join(work, 'lanes-app.zip');
    const { files } = packageApp(built, zip);
    const entries = Object.keys(unzipSync(readFileSync(zip))).sort();
    expect(entries).toEqual(listFiles(built).sort());
    expect(files).toBe(entries.length);
  });
});

describe('validateApp', () => {
  it.each([
    ['a wrong frameworkVersion', (d: string) => editJson(d, 'manifest.json', (m) => (m.frameworkVersion = '1.0')), 'manifest.json', '"frameworkVersion" must be "2.0"'],
    ['no ticket location', (d: string) => editJson(d, 'manifest.json', (m) => (m.location = {})), 'manifest.json', '"location.support" must name at least one location'],
    ['a parameter type Zendesk does not know', (d: string) => editJson(d, 'manifest.json', (m) => (m.parameters[2].type = 'dropdown')), 'manifest.json', 'parameter mode: "type" must be one of'],
    ['a secret in a plain parameter', (d: string) => editJson(d, 'manifest.json', (m) => m.parameters.push({ name: 'api_token', type: 'text' })), 'manifest.json', 'parameter api_token: looks like a secret'],
    ['a parameter without a label', (d: string) => editJson(d, 'translations/en.json', (t) => delete t.app.parameters.policy), 'translations/en.json', 'has no label for parameter "policy"'],
    ['no app description', (d: string) => editJson(d, 'translations/en.json', (t) => delete t.app.long_description), 'translations/en.json', 'has no "app.long_description"'],
    ['a logo of the wrong size', (d: string) => writeFileSync(join(d, 'assets/logo.png'), makeLogo(100)), 'assets/logo.png', 'is 100x100; it must be 320x320'],
    ['a missing small logo', (d: string) => rmSync(join(d, 'assets/logo-small.png')), 'assets/logo-small.png', 'is missing'],
    ['a nav bar location without its icon', (d: string) => rmSync(join(d, 'assets/icon_nav_bar.svg')), 'assets/icon_nav_bar.svg', 'is missing: the nav_bar location shows the app as this SVG icon'],
    ['a nav bar icon without a viewBox', (d: string) => writeFileSync(join(d, 'assets/icon_nav_bar.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>'), 'assets/icon_nav_bar.svg', 'has no viewBox'],
    [
      'a remote script besides the SDK',
      (d: string) => writeFileSync(join(d, 'assets/iframe.html'), readFileSync(join(d, 'assets/iframe.html'), 'utf8').replace('</head>', '<script src="https://cdn.example.com/x.js"></script></head>')),
      'assets/iframe.html',
      'loads a remote script (https://cdn.example.com/x.js)',
    ],
    ['an oversized file', (d: string) => writeFileSync(join(d, 'assets/big.bin'), Buffer.alloc(3 * 1024 * 1024)), 'assets/big.bin', 'over the'],
  ])('reports %s', (_, change, file, message) => {
    const problems = validateApp(variant(change));
    expect(problems).toContainEqual({ file, message: expect.stringContaining(message) });
  });
});
