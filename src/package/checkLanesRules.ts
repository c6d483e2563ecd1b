import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPackageFile, type PackageFile } from './checkFiles';
import { isObject, type Json, type Report } from './PackageProblem';

/**
 * What Lanes asks of its package beyond Zendesk's upload check, as warnings: the logos and
 * icons Zendesk shows (its app listing asks for them), the SDK on every location page, no
 * other remote script, labels for every setting, and sizes that upload quickly.
 */
export const LOGOS = { 'assets/logo.png': 320, 'assets/logo-small.png': 128 } as const;
/** package.rb: LOCATIONS_WITH_ICONS_PER_PRODUCT for support. */
export const ICON_LOCATIONS = ['top_bar', 'nav_bar', 'system_top_bar', 'ticket_editor'] as const;
export const SDK_URL = /^https:\/\/static\.zdassets\.com\/zendesk_app_framework_sdk\/2\.\d+\/zaf_sdk(\.min)?\.js$/;
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_PACKAGE_BYTES = 5 * 1024 * 1024;
const RULE = 'lanes';

/** Width and height of a PNG, or null when the file is not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | null {
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || data.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const lookup = (tree: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), tree);

export function checkLanesRules(dir: string, files: readonly PackageFile[], facts: { pages: string[]; locations: { product: string; name: string }[]; parameters: Json[]; defaultLocale: string | null }, report: Report): void {
  const warn = (file: string, message: string, rule: string) => report('warning', file, message, `${RULE}: ${rule}`);
  for (const [file, size] of Object.entries(LOGOS)) {
    if (!isPackageFile(dir, file)) {
      warn(file, `is missing: Zendesk shows a ${size}x${size} PNG for the app`, 'logo');
      continue;
    }
    const dims = pngSize(readFileSync(join(dir, file)));
    if (!dims) warn(file, 'is not a PNG', 'logo');
    else if (dims.width !== size || dims.height !== size) warn(file, `is ${dims.width}x${dims.height}; it must be ${size}x${size}`, 'logo');
  }
  for (const { product, name } of facts.locations) {
    if (product !== 'support' || !(ICON_LOCATIONS as readonly string[]).includes(name)) continue;
    const file = `assets/icon_${name}.svg`;
    if (!isPackageFile(dir, file)) {
      warn(file, `is missing: the ${name} location shows the app as this SVG icon`, 'icon');
      continue;
    }
    const svg = readFileSync(join(dir, file), 'utf8');
    if (!/<svg\b/i.test(svg)) warn(file, 'is not an SVG', 'icon');
    else if (!/\bviewBox\s*=/.test(svg)) warn(file, 'has no viewBox attribute; Zendesk scales the icon to 18x18 from it', 'icon');
  }

  const locale = facts.defaultLocale ?? 'en';
  const localeFile = `translations/${locale}.json`;
  if (isPackageFile(dir, localeFile)) {
    let t: unknown;
    try {
      t = JSON.parse(readFileSync(join(dir, localeFile), 'utf8'));
    } catch {
      t = undefined;
    }
    for (const key of ['name', 'short_description', 'long_description', 'installation_instructions']) {
      const v = lookup(t, `app.${key}`);
      if (typeof v !== 'string' || !v.trim()) warn(localeFile, `has no "app.${key}"`, 'listing');
    }
    for (const p of facts.parameters) {
      const name = String(p['name']);
      const label = lookup(t, `app.parameters.${name}.label`);
      const help = lookup(t, `app.parameters.${name}.helpText`);
      if (typeof label !== 'string' || !label.trim()) warn(localeFile, `has no label for parameter "${name}" (app.parameters.${name}.label)`, 'setting label');
      if (typeof help !== 'string' || !help.trim()) warn(localeFile, `has no help text for parameter "${name}" (app.parameters.${name}.helpText)`, 'setting help');
    }
  }

  let total = 0;
  for (const f of files) {
    if (f.isSymlink) continue;
    const bytes = readFileSync(f.path).length;
    total += bytes;
    if (bytes > MAX_FILE_BYTES) warn(f.file, `is ${bytes} bytes, over the ${MAX_FILE_BYTES}-byte limit for one file`, 'size');
  }
  if (total > MAX_PACKAGE_BYTES) warn('(package)', `is ${total} bytes, over the ${MAX_PACKAGE_BYTES}-byte limit`, 'size');

  for (const f of files) {
    if (f.isSymlink || !f.file.endsWith('.html')) continue;
    const html = readFileSync(f.path, 'utf8');
    for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) {
      const src = m[1] ?? '';
      const remote = /^(https?:)?\/\//i.test(src);
      if (remote && !SDK_URL.test(src)) warn(f.file, `loads a remote script (${src}); only the App Framework SDK should come from outside the package`, 'scripts');
      if (!remote && src.startsWith('/')) warn(f.file, `loads ${src} by an absolute path; Zendesk serves the package from a CDN path, so use a relative URL`, 'scripts');
    }
    if (facts.pages.includes(f.file) && !/<script\b[^>]*\bsrc\s*=\s*["'][^"']*zaf_sdk(\.min)?\.js["']/i.test(html)) warn(f.file, 'does not load the App Framework SDK', 'scripts');
  }
}
