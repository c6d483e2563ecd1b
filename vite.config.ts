import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { translationPart } from './build/translationPart';

const root = import.meta.dirname;

/** Adds the files Zendesk's package holds besides the page: manifest, requirements, translations and logos. */
function zendeskPackage(): Plugin {
  return {
    name: 'lanes-zendesk-package',
    apply: 'build',
    generateBundle() {
      const emit = (fileName: string, path: string) => this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(root, path)) });
      emit('manifest.json', 'manifest.json');
      for (const file of readdirSync(resolve(root, 'translations')).filter((f) => f.endsWith('.json'))) {
        emit(`translations/${file}`, `translations/${file}`);
      }
      emit('assets/logo.png', 'assets/logo.png');
      emit('assets/logo-small.png', 'assets/logo-small.png');
      emit('assets/icon_nav_bar.svg', 'assets/icon_nav_bar.svg');
      emit('requirements.json', 'requirements.json');
    },
  };
}

export default defineConfig({
  root,
  // Zendesk serves the package from a CDN path: every URL in the page must be relative.
  base: './',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [translationPart(), zendeskPackage()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2020',
    sourcemap: false,
    reportCompressedSize: false,
    // The browsers Zendesk supports preload modules themselves; the polyfill would only weigh on the first load.
    modulePreload: { polyfill: false },
    // One page per location: the ticket sidebar and the nav bar's Escalation review.
    rollupOptions: { input: { iframe: resolve(root, 'assets/iframe.html'), review: resolve(root, 'assets/review.html') } },
  },
});
