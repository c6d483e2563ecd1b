import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One way the package breaks Zendesk's app rules, and how to fix it. */
export interface PackageProblem {
  file: string;
  message: string;
}

/** Parameter types the App Framework accepts in manifest.json. */
export const PARAMETER_TYPES = ['text', 'password', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'] as const;
/** The only remote script a page may load: the App Framework SDK from Zendesk's CDN. */
export const SDK_URL = /^https:\/\/static\.zdassets\.com\/zendesk_app_framework_sdk\/2\.\d+\/zaf_sdk(\.min)?\.js$/;
/** The logos Zendesk asks for, with their sizes. */
export const LOGOS = { 'assets/logo.png': 320, 'assets/logo-small.png': 128 } as const;
/** A conservative size limit for any one file and for the whole package. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_PACKAGE_BYTES = 5 * 1024 * 1024;
/** Translation keys the marketplace listing reads. */
export const REQUIRED_APP_KEYS = ['name', 'short_description', 'long_description', 'installation_instructions'] as const;
const SECRET_NAME = /(token|secret|password|passwd|api[_-]?key|private[_-]?key|credential)/i;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function readJson(dir: string, file: string, problems: PackageProblem[]): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push({ file, message: 'is missing' });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (e) {
    problems.push({ file, message: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` });
    return undefined;
  }
}

/** Width and height of a PNG, or null when the file is not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature || data.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

/** Locations that show the app as an icon; each needs `assets/icon_<location>.svg`. */
export const ICON_LOCATIONS = ['nav_bar', 'top_bar', 'ticket_editor'] as const;

function checkIcon(location: string, dir: string, problems: PackageProblem[]): void {
  const file = `assets/icon_${location}.svg`;
  const path = join(dir, file);
  if (!existsSync(path)) return void problems.push({ file, message: `is missing: the ${location} location shows the app as this SVG icon` });
  const svg = readFileSync(path, 'utf8');
  if (!/<svg\b/i.test(svg)) problems.push({ file, message: 'is not an SVG' });
  else if (!/\bviewBox\s*=/.test(svg)) problems.push({ file, message: 'has no viewBox attribute; Zendesk scales the icon to 18x18 from it' });
}

function checkManifest(m: unknown, dir: string, problems: PackageProblem[]): { parameters: Json[]; defaultLocale: string; pages: string[] } {
  const file = 'manifest.json';
  const bad = (message: string) => problems.push({ file, message });
  const none = { parameters: [], defaultLocale: 'en', pages: [] };
  if (!isObject(m)) {
    if (m !== undefined) bad('must be a JSON object');
    return none;
  }
  if (typeof m['name'] !== 'string' || !m['name']) bad('"name" must be a non-empty string');
  const author = m['author'];
  if (!isObject(author) || typeof author['name'] !== 'string' || typeof author['email'] !== 'string') bad('"author" must be an object with "name" and "email"');
  if (m['frameworkVersion'] !== '2.0') bad(`"frameworkVersion" must be "2.0" (found ${JSON.stringify(m['frameworkVersion'])})`);
  if (m['version'] !== undefined && typeof m['version'] !== 'string') bad('"version" must be a string');
  const defaultLocale = typeof m['defaultLocale'] === 'string' ? m['defaultLocale'] : '';
  if (!defaultLocale) bad('"defaultLocale" must name a locale, e.g. "en"');

  const pages: string[] = [];
  const location = m['location'];
  const support = isObject(location) ? location['support'] : undefined;
  if (!isObject(support) || Object.keys(support).length === 0) bad('"location.support" must name at least one location, e.g. "ticket_sidebar"');
  else {
    for (const [name, value] of Object.entries(support)) {
      const url = typeof value === 'string' ? value : isObject(value) ? value['url'] : undefined;
      if (typeof url !== 'string') {
        bad(`location "${name}" has no "url"`);
        continue;
      }
      if ((ICON_LOCATIONS as readonly string[]).includes(name)) checkIcon(name, dir, problems);
      if (/^https?:\/\//.test(url)) continue;
      pages.push(url);
      if (!existsSync(join(dir, url))) bad(`location "${name}" points at ${url}, which is not in the package`);
    }
  }

  const raw = m['parameters'];
  if (raw !== undefined && !Array.isArray(raw)) bad('"parameters" must be an array');
  const parameters = Array.isArray(raw) ? raw.filter(isObject) : [];
  const seen = new Set<string>();
  parameters.forEach((p, i) => {
    const name = typeof p['name'] === 'string' ? p['name'] : '';
    const where = `parameter ${name || `#${i + 1}`}`;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) bad(`${where}: "name" must be letters, digits and underscores`);
    if (seen.has(name)) bad(`${where}: the name is used twice`);
    seen.add(name);
    const type = p['type'];
    if (!(PARAMETER_TYPES as readonly unknown[]).includes(type)) bad(`${where}: "type" must be one of ${PARAMETER_TYPES.join(', ')} (found ${JSON.stringify(type)})`);
    for (const flag of ['required', 'secure'] as const) {
      if (p[flag] !== undefined && typeof p[flag] !== 'boolean') bad(`${where}: "${flag}" must be true or false`);
    }
    const d = p['default'];
    if (d !== undefined) {
      const ok = type === 'checkbox' ? typeof d === 'boolean' : type === 'number' ? typeof d === 'number' : typeof d === 'string';
      if (!ok) bad(`${where}: the default does not match the type ${String(type)}`);
    }
    const secure = p['secure'] === true;
    if (!secure && (SECRET_NAME.test(name) || type === 'password')) bad(`${where}: looks like a secret; mark it "secure": true so that it never reaches the browser`);
    if (secure && d !== undefined) bad(`${where}: a secure parameter cannot have a default, because the manifest is not secret`);
  });
  return { parameters, defaultLocale: defaultLocale || 'en', pages };
}

function lookup(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split('.')) node = isObject(node) ? node[part] : undefined;
  return node;
}

/**
 * Checks a built app folder against Zendesk's published app rules, locally: the upload check
 * (`zcli apps:validate`) needs an account. Returns every problem found; none means it passes.
 */
export function validateApp(dir: string): PackageProblem[] {
  const problems: PackageProblem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [{ file: dir, message: 'is not a folder; run npm run build first' }];
  const { parameters, defaultLocale, pages } = checkManifest(readJson(dir, 'manifest.json', problems), dir, problems);

  const translationsDir = join(dir, 'translations');
  const locales = existsSync(translationsDir) ? readdirSync(translationsDir).filter((f) => f.endsWith('.json')) : [];
  if (!locales.includes(`${defaultLocale}.json`)) problems.push({ file: `translations/${defaultLocale}.json`, message: 'is missing: the default locale needs a translation file' });
  for (const f of locales) {
    const file = `translations/${f}`;
    const t = readJson(dir, file, problems);
    if (t === undefined) continue;
    const isDefault = f === `${defaultLocale}.json`;
    for (const key of REQUIRED_APP_KEYS) {
      const v = lookup(t, `app.${key}`);
      if (isDefault && (typeof v !== 'string' || !v.trim())) problems.push({ file, message: `has no "app.${key}"` });
    }
    for (const p of parameters) {
      const label = lookup(t, `app.parameters.${String(p['name'])}.label`);
      if (isDefault && (typeof label !== 'string' || !label.trim())) problems.push({ file, message: `has no label for parameter "${String(p['name'])}" (app.parameters.${String(p['name'])}.label)` });
    }
  }

  for (const [file, size] of Object.entries(LOGOS)) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      problems.push({ file, message: `is missing: Zendesk asks for a ${size}x${size} PNG` });
      continue;
    }
    const dims = pngSize(readFileSync(path));
    if (!dims) problems.push({ file, message: 'is not a PNG' });
    else if (dims.width !== size || dims.height !== size) problems.push({ file, message: `is ${dims.width}x${dims.height}; it must be ${size}x${size}` });
  }

  const files = listFiles(dir);
  let total = 0;
  for (const path of files) {
    const file = relative(dir, path);
    const bytes = statSync(path).size;
    total += bytes;
    if (bytes > MAX_FILE_BYTES) problems.push({ file, message: `is ${bytes} bytes, over the ${MAX_FILE_BYTES}-byte limit for one file` });
    if (!/^(manifest\.json|translations\/[^/]+\.json|assets\/.+)$/.test(file.replaceAll('\\', '/'))) {
      problems.push({ file, message: 'is outside assets/ and translations/; Zendesk packages hold only manifest.json, translations/ and assets/' });
    }
  }
  if (total > MAX_PACKAGE_BYTES) problems.push({ file: '(package)', message: `is ${total} bytes, over the ${MAX_PACKAGE_BYTES}-byte limit` });

  for (const path of files.filter((f) => f.endsWith('.html'))) {
    const file = relative(dir, path);
    const html = readFileSync(path, 'utf8');
    for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) {
      const src = m[1] ?? '';
      const remote = /^(https?:)?\/\//i.test(src);
      if (remote && !SDK_URL.test(src)) problems.push({ file, message: `loads a remote script (${src}); only the App Framework SDK may come from outside the package` });
      if (!remote && src.startsWith('/')) problems.push({ file, message: `loads ${src} by an absolute path; Zendesk serves the package from a CDN path, so use a relative URL` });
    }
    if (!pages.includes(file.replaceAll('\\', '/')) && file.startsWith('assets/')) continue;
    if (!/<script\b[^>]*\bsrc\s*=\s*["'][^"']*zaf_sdk(\.min)?\.js["']/i.test(html)) problems.push({ file, message: 'does not load the App Framework SDK' });
  }
  return problems;
}
