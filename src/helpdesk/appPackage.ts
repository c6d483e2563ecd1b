import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppSettings } from './bundle';

/** What the helpdesk reads of the app package's manifest.json, when it has one. */
export type AppManifest = { name: string; version: string; secureParameters: string[]; defaults: AppSettings };

/** Reads name, version, secure parameters and default settings from `<appDir>/manifest.json`. */
export function readManifest(appDir: string): AppManifest {
  const path = join(appDir, 'manifest.json');
  const fallback: AppManifest = { name: 'Lanes', version: '0.0.0', secureParameters: [], defaults: {} };
  if (!existsSync(path)) return fallback;
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as {
      name?: unknown;
      version?: unknown;
      parameters?: { name?: unknown; secure?: unknown; default?: unknown }[];
    };
    const params = Array.isArray(m.parameters) ? m.parameters : [];
    const defaults: AppSettings = {};
    for (const p of params) if (typeof p.name === 'string' && p.default !== undefined && p.secure !== true) defaults[p.name] = p.default;
    return {
      name: typeof m.name === 'string' ? m.name : fallback.name,
      version: typeof m.version === 'string' ? m.version : fallback.version,
      secureParameters: params.filter((p) => p.secure === true && typeof p.name === 'string').map((p) => String(p.name)),
      defaults,
    };
  } catch {
    return fallback;
  }
}

/** The settings the app may see: secure ones stay on the server, as in Zendesk. */
export function publicSettings(settings: AppSettings, secureKeys: readonly string[]): AppSettings {
  const out: AppSettings = {};
  for (const [key, value] of Object.entries(settings)) if (!secureKeys.includes(key)) out[key] = value;
  return out;
}

/** The page the manifest names for the `nav_bar` location, e.g. `assets/review.html`; null when none. */
export function navBarPage(appDir: string): string | null {
  try {
    const m = JSON.parse(readFileSync(join(appDir, 'manifest.json'), 'utf8')) as { location?: { support?: Record<string, unknown> } };
    const entry = m.location?.support?.['nav_bar'];
    const url = typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? (entry as { url?: unknown }).url : undefined;
    return typeof url === 'string' && !/^https?:/.test(url) ? url.replace(/^\/+/, '') : null;
  } catch {
    return null;
  }
}
