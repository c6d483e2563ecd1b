import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Report } from './PackageProblem';

/** A file of the package, found without following links. */
export interface PackageFile {
  path: string;
  /** The path inside the package, with forward slashes. */
  file: string;
  isSymlink: boolean;
}

/** Every file and link under dir; a link is listed, never followed. */
export function listPackageFiles(dir: string, base = dir): PackageFile[] {
  const out: PackageFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const file = relative(base, path).replaceAll('\\', '/');
    if (entry.isSymbolicLink()) out.push({ path, file, isSymlink: true });
    else if (entry.isDirectory()) out.push(...listPackageFiles(path, base));
    else if (entry.isFile()) out.push({ path, file, isSymlink: false });
  }
  return out;
}

/** validations/marketplace.rb: no_symlinks — a link anywhere in the package is refused. */
export function checkSymlinks(files: readonly PackageFile[], report: Report): void {
  for (const f of files) if (f.isSymlink) report('error', f.file, 'is a symbolic link; Zendesk refuses links in an app package: copy the file in instead', 'marketplace.rb: symlink_in_zip');
}

/** validations/mime.rb: UNSUPPORTED_MIME_TYPES, matched on the extension and on the content. */
const UNSUPPORTED = ['vnd.rar', 'rar', 'zip', 'gzip', 'pdf', 'doc', 'docx', 'avi', 'bin', 'bz', 'bz2', 'csh', 'sh', 'jar', 'mp3', 'mpeg', 'odt', 'pptx', 'ppt', 'xls', 'xlsx', '7z'];
/** Content signatures of those types, for a file whose extension does not say. */
const SIGNATURES: [string, Buffer][] = [
  ['zip', Buffer.from('504b0304', 'hex')],
  ['gzip', Buffer.from('1f8b', 'hex')],
  ['pdf', Buffer.from('%PDF-')],
  ['rar', Buffer.from('Rar!')],
  ['7z', Buffer.from('377abcaf271c', 'hex')],
  ['bz2', Buffer.from('BZh')],
  ['mpeg', Buffer.from('ID3')],
];

export function checkMimeTypes(files: readonly PackageFile[], report: Report): void {
  for (const f of files) {
    if (f.isSymlink) continue;
    const ext = extname(f.file).slice(1).toLowerCase();
    const head = readFileSync(f.path).subarray(0, 8);
    const sniffed = SIGNATURES.find(([, sig]) => head.subarray(0, sig.length).equals(sig))?.[0];
    const kind = UNSUPPORTED.includes(ext) ? ext : sniffed;
    if (kind) report('error', f.file, `is a ${kind} file, a type Zendesk does not accept in an app package`, 'mime.rb: unsupported_mime_type_detected');
  }
}

/**
 * validations/svg.rb: Zendesk cleans every SVG under assets/ and, when cleaning changes it,
 * replaces the file and warns; an embedded bitmap replaces the whole icon with a placeholder.
 * Lanes flags what that cleaning removes: scripts, event handlers, scriptable links, bitmaps.
 */
export function checkSvgs(files: readonly PackageFile[], report: Report): void {
  for (const f of files) {
    if (f.isSymlink || !/^assets\/.*\.svg$/.test(f.file)) continue;
    const svg = readFileSync(f.path, 'utf8');
    if (/<image\b/i.test(svg)) report('warning', f.file, 'embeds a bitmap; Zendesk replaces such an icon with its placeholder', 'svg.rb: bitmap_in_svg');
    else if (/<script\b|<foreignObject\b|\son\w+\s*=|javascript:/i.test(svg)) report('warning', f.file, 'holds markup Zendesk removes (scripts, event handlers or scriptable links); it rewrites the file on upload', 'svg.rb: sanitised_svg');
  }
}

/** validations/secrets.rb: SECRET_KEYWORDS in text files — a warning, since a word is not a secret. */
const SECRET_KEYWORDS = ['password', 'secret', 'secretToken', 'secret_token', 'auth_key', 'authKey', 'auth_pass', 'authPass', 'auth_user', 'AuthUser', 'api_key'];
/** validations/requests.rb: insecure http:// URLs in scripts and pages. */
const HTTP_URL = /\bhttp:\/\/[^\s"'`<>)]+/g;

export function checkTextWarnings(files: readonly PackageFile[], report: Report): void {
  for (const f of files) {
    if (f.isSymlink || !/\.(html?|xml|js|json)$/.test(f.file)) continue;
    const text = readFileSync(f.path, 'utf8');
    const word = SECRET_KEYWORDS.find((k) => text.includes(k));
    if (word) report('warning', f.file, `contains "${word}"; Zendesk warns that it may hold a secret`, 'secrets.rb: generic_secrets');
    if (/\.(html?|js)$/.test(f.file)) {
      const urls = [...new Set(text.match(HTTP_URL) ?? [])];
      if (urls.length > 0) report('warning', f.file, `names ${urls.length} http:// URL(s), e.g. ${urls[0]}; Zendesk warns of insecure requests`, 'requests.rb: insecure_http_request');
    }
  }
}

/** validations/secure_settings.rb: warnings about parameters that may hold secrets. */
export function checkSecureSettings(parameters: readonly Record<string, unknown>[], report: Report): void {
  const rule = 'secure_settings.rb';
  for (const p of parameters) {
    const name = String(p['name'] ?? '');
    if (/token|key|pwd|password/i.test(name) && (p['type'] ?? 'text') === 'text' && p['secure'] !== true) report('warning', 'manifest.json', `parameter "${name}" looks like a secret; mark it "secure": true`, `${rule}: insecure_token_parameter_in_manifest`);
    if ('default' in p && (p['secure'] === true || p['type'] === 'hidden')) report('warning', 'manifest.json', `parameter "${name}" has a default, and a secure or hidden default is not stored securely`, `${rule}: default_secure_or_hidden_parameter_in_manifest`);
    if (p['secure'] === true && !(Array.isArray(p['scopes']) && p['scopes'].length > 0)) report('warning', 'manifest.json', `secure parameter "${name}" has no "scopes"`, `${rule}: secure_parameters_with_no_scopes_in_manifest`);
  }
}

/** Whether the path is a file inside the package (not a link). */
export const isPackageFile = (dir: string, file: string): boolean => {
  try {
    return lstatSync(join(dir, file)).isFile();
  } catch {
    return false;
  }
};
