import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The path Zendesk's CDN serves the SDK at; the app origin serves the npm build there. */
export const SDK_PATH = '/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';

/** Script URLs an app page may load the SDK from, rewritten to the local copy. */
export const CDN_SDK_URL = /https?:\/\/(?:static\.zdassets\.com|assets\.zendesk\.com\/apps\/sdk)\/(?:zendesk_app_framework_sdk\/)?2\.0\/zaf_sdk(?:\.min)?\.js/g;

/** Points every CDN SDK script tag of an HTML page at the local copy. */
export function rewriteSdkUrls(html: string): string {
  return html.replace(CDN_SDK_URL, SDK_PATH);
}

/** Bundles the npm SDK as a browser script exposing `window.ZAFClient`, cached by content. */
export async function buildSdkScript(repoRoot: string): Promise<string> {
  const require = createRequire(join(repoRoot, 'package.json'));
  const sdkMain = require.resolve('zendesk_app_framework_sdk');
  const sdkLib = dirname(sdkMain);
  const sources = await Promise.all(
    ['index.js', 'client.js', 'utils.js', 'vendor/native-promise-only.js'].map((f) =>
      readFile(join(sdkLib, f), 'utf8').catch(() => ''),
    ),
  );
  const key = createHash('sha256').update(sources.join('\0')).digest('hex').slice(0, 16);
  const cacheDir = join(repoRoot, 'node_modules', '.cache', 'lanes-helpdesk');
  const cached = join(cacheDir, `zaf_sdk.${key}.js`);
  if (existsSync(cached)) return readFile(cached, 'utf8');

  const workDir = join(cacheDir, `build-${key}-${process.pid}-${Date.now()}`);
  await mkdir(workDir, { recursive: true });
  const entry = join(workDir, 'entry.js');
  await writeFile(
    entry,
    `import ZAFClient from ${JSON.stringify(sdkMain)};\nwindow.ZAFClient = ZAFClient;\n`,
  );
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: workDir,
    logLevel: 'silent',
    publicDir: false,
    build: {
      outDir: join(workDir, 'out'),
      emptyOutDir: true,
      minify: true,
      write: true,
      lib: { entry, formats: ['iife'], name: 'ZAFClientBundle', fileName: () => 'zaf_sdk.js' },
    },
  });
  const script = await readFile(join(workDir, 'out', 'zaf_sdk.js'), 'utf8');
  const tmp = `${cached}.${process.pid}.tmp`;
  await writeFile(tmp, script);
  await rename(tmp, cached);
  await rm(workDir, { recursive: true, force: true });
  return script;
}
