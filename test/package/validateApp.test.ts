import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLogo } from '../../src/package/makeLogos';
import { packageApp } from '../../src/package/packageApp';
import { errorsOf, validateApp } from '../../src/package/validateApp';

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
      'requirements.json',
      'translations/de.json',
      'translations/en.json',
    ]);
    const html = readFileSync(join(built, 'assets/iframe.html'), 'utf8');
    expect(html).toContain('<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>');
    for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      if (!m[1]!.startsWith('https://static.zdassets.com/')) expect(m[1]).toMatch(/^\.\.?\//);
    }
  });

  it('passes the checks Lanes knows of Zendesk app rules, with only warnings Zendesk itself would give', () => {
    const problems = validateApp(built);
    expect(errorsOf(problems)).toEqual([]);
    expect(problems.filter((p) => p.rule.startsWith('lanes:'))).toEqual([]);
  });

  it('zips into an archive holding the same files', () => {
    const zip = join(work, 'lanes-app.zip');
    const { files } = packageApp(built, zip);
    const entries = Object.keys(unzipSync(readFileSync(zip))).sort();
    expect(entries).toEqual(listFiles(built).sort());
    expect(files).toBe(entries.length);
  });
});

const html = (d: string, edit: (h: string) => string) => writeFileSync(join(d, 'assets/iframe.html'), edit(readFileSync(join(d, 'assets/iframe.html'), 'utf8')));
const setManifestText = (d: string, edit: (text: string) => string) => writeFileSync(join(d, 'manifest.json'), edit(readFileSync(join(d, 'manifest.json'), 'utf8')));
const location = (d: string, edit: (sidebar: Record<string, any>, m: Record<string, any>) => void) => editJson(d, 'manifest.json', (m) => edit(m.location.support.ticket_sidebar, m));

describe('validateApp: what Zendesk refuses', () => {
  it.each([
    ['an http:// location URL', (d: string) => location(d, (l) => (l.url = 'http://example.com/app.html')), 'invalid_location_uri'],
    ['an unknown location name', (d: string) => editJson(d, 'manifest.json', (m) => (m.location.support.ticket_sidebarr = m.location.support.ticket_sidebar)), 'invalid_location'],
    ['a parameter named name', (d: string) => editJson(d, 'manifest.json', (m) => m.parameters.push({ name: 'name', type: 'text' })), 'name_as_parameter_name'],
    ['a hidden parameter marked required', (d: string) => editJson(d, 'manifest.json', (m) => m.parameters.push({ name: 'token_hint', type: 'hidden', required: true })), 'invalid_hidden_parameter'],
    ['a parameter of type password', (d: string) => editJson(d, 'manifest.json', (m) => m.parameters.push({ name: 'api_secret', type: 'password', secure: true })), 'invalid_type_parameter'],
    ['a parameter of an unknown type', (d: string) => editJson(d, 'manifest.json', (m) => (m.parameters[2].type = 'dropdown')), 'invalid_type_parameter'],
    ['the default locale EN_us', (d: string) => editJson(d, 'manifest.json', (m) => (m.defaultLocale = 'EN_us')), 'invalid_default_locale'],
    ['flexible "yes"', (d: string) => location(d, (l) => (l.flexible = 'yes')), 'invalid_location_flexible_type'],
    ['domainWhitelist as a string', (d: string) => editJson(d, 'manifest.json', (m) => (m.domainWhitelist = 'api.example.com')), 'unacceptable_array_of_strings'],
    ['an invalid author URL', (d: string) => editJson(d, 'manifest.json', (m) => (m.author.url = 'not a url')), 'invalid_url'],
    ['frameworkVersion 1.0', (d: string) => editJson(d, 'manifest.json', (m) => (m.frameworkVersion = '1.0')), 'invalid_version'],
    ['a location file that does not exist', (d: string) => location(d, (l) => (l.url = 'assets/missing.html')), 'invalid_location_uri'],
    ['duplicate manifest keys', (d: string) => setManifestText(d, (t) => t.replace('"version":', '"version": "0.0.1", "version":')), 'duplicate_manifest_keys'],
    ['no translation file for the default locale', (d: string) => rmSync(join(d, 'translations/en.json')), 'missing_translation_file'],
    ['a .zip in assets/', (d: string) => writeFileSync(join(d, 'assets/extra.zip'), Buffer.from('504b030414000000', 'hex')), 'unsupported_mime_type_detected'],
    ['a symlink in assets/', (d: string) => symlinkSync(join(d, 'assets/logo.png'), join(d, 'assets/linked.png')), 'symlink_in_zip'],
    ['no location at all', (d: string) => editJson(d, 'manifest.json', (m) => (m.location = {})), 'manifest_keys.missing'],
    ['a requirements.json of an unknown type', (d: string) => editJson(d, 'requirements.json', (r) => (r.ticket_feilds = {})), 'invalid_requirements_types'],
    ['a requirement without a title', (d: string) => editJson(d, 'requirements.json', (r) => delete r.ticket_fields.lanes_ai_draft.title), 'missing_required_fields'],
    ['a translation parameter without a label', (d: string) => editJson(d, 'translations/de.json', (t) => (t.app.parameters.policy = { helpText: 'x' })), 'translation.missing_required_key_on_leaf'],
  ])('refuses %s, as Zendesk does', (_, change, rule) => {
    const errors = errorsOf(validateApp(variant(change)));
    expect(errors.map((e) => e.rule.split(': ')[1])).toContain(rule);
  });
});

describe('validateApp: what Zendesk accepts', () => {
  it.each([
    ['README.md and LICENSE beside the manifest', (d: string) => (writeFileSync(join(d, 'README.md'), '# Lanes\n'), writeFileSync(join(d, 'LICENSE'), 'MIT\n'))],
    ['a valid requirements.json (the built one)', () => undefined],
    ['a checkbox parameter', (d: string) => editJson(d, 'manifest.json', (m) => m.parameters.push({ name: 'show_hints', type: 'checkbox', default: true }))],
    ['a manifest of a public app with a whole listing', (d: string) => editJson(d, 'manifest.json', (m) => (m.private = false))],
  ])('accepts %s', (_, change) => {
    expect(errorsOf(validateApp(variant(change)))).toEqual([]);
  });
});

describe('validateApp: warnings', () => {
  it.each([
    ['a secret in a plain parameter', (d: string) => editJson(d, 'manifest.json', (m) => m.parameters.push({ name: 'api_token', type: 'text' })), 'manifest.json', 'looks like a secret'],
    ['a parameter without a label', (d: string) => editJson(d, 'translations/en.json', (t) => delete t.app.parameters.policy), 'translations/en.json', 'has no label for parameter "policy"'],
    ['no app description', (d: string) => editJson(d, 'translations/en.json', (t) => delete t.app.long_description), 'translations/en.json', 'has no "app.long_description"'],
    ['a logo of the wrong size', (d: string) => writeFileSync(join(d, 'assets/logo.png'), makeLogo(100)), 'assets/logo.png', 'is 100x100; it must be 320x320'],
    ['a missing small logo', (d: string) => rmSync(join(d, 'assets/logo-small.png')), 'assets/logo-small.png', 'is missing'],
    ['a nav bar location without its icon', (d: string) => rmSync(join(d, 'assets/icon_nav_bar.svg')), 'assets/icon_nav_bar.svg', 'is missing: the nav_bar location shows the app as this SVG icon'],
    ['a nav bar icon without a viewBox', (d: string) => writeFileSync(join(d, 'assets/icon_nav_bar.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>'), 'assets/icon_nav_bar.svg', 'has no viewBox'],
    ['an SVG with a script', (d: string) => writeFileSync(join(d, 'assets/icon_nav_bar.svg'), '<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>'), 'assets/icon_nav_bar.svg', 'holds markup Zendesk removes'],
    ['a remote script besides the SDK', (d: string) => html(d, (h) => h.replace('</head>', '<script src="https://cdn.example.com/x.js"></script></head>')), 'assets/iframe.html', 'loads a remote script (https://cdn.example.com/x.js)'],
    ['an oversized file', (d: string) => writeFileSync(join(d, 'assets/big.txt'), Buffer.alloc(3 * 1024 * 1024)), 'assets/big.txt', 'over the'],
  ])('warns of %s without refusing the package', (_, change, file, message) => {
    const problems = validateApp(variant(change));
    expect(problems).toContainEqual(expect.objectContaining({ level: 'warning', file, message: expect.stringContaining(message) }));
    expect(errorsOf(problems)).toEqual([]);
  });
});
