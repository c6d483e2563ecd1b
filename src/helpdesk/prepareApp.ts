import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_APP_DIR, DEFAULT_APP_PAGE, PROBE_DIR, REPO_ROOT } from './server';

export type PreparedApp = { appDir: string; appPage: string; isProbe: boolean; note?: string };

/**
 * Builds the app with `vite build` and returns the package to serve; falls back to the probe page
 * when there is no app page yet, saying so in `note`.
 */
export function prepareApp(options: { build: boolean; quiet?: boolean }): PreparedApp {
  const page = join(DEFAULT_APP_DIR, DEFAULT_APP_PAGE);
  let note: string | undefined;
  const hasViteConfig = ['vite.config.ts', 'vite.config.mts', 'vite.config.js', 'vite.config.mjs'].some((f) => existsSync(join(REPO_ROOT, f)));
  if (options.build && !hasViteConfig) note = 'no vite.config.ts yet, so the app was not built';
  else if (options.build) {
    const vite = join(REPO_ROOT, 'node_modules', '.bin', 'vite');
    const run = spawnSync(vite, ['build'], { cwd: REPO_ROOT, stdio: options.quiet ? 'pipe' : 'inherit' });
    if (run.status !== 0) note = `vite build failed (exit ${run.status ?? run.signal})`;
  }
  if (existsSync(page)) return { appDir: DEFAULT_APP_DIR, appPage: DEFAULT_APP_PAGE, isProbe: false, ...(note ? { note } : {}) };
  return {
    appDir: PROBE_DIR,
    appPage: 'index.html',
    isProbe: true,
    note: `${note ? `${note}; ` : ''}no app page at dist/${DEFAULT_APP_PAGE}: serving the helpdesk probe app instead`,
  };
}
