import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * `import review from '../translations/en.json?part=review'`: one top-level part of a JSON file
 * as a module of its own. The review page's texts then load with the review page, not with the
 * sidebar's first screen, while `translations/en.json` stays the one file Zendesk reads.
 */
export function translationPart(): Plugin {
  const PREFIX = '\0lanes-json-part:';
  return {
    name: 'lanes-translation-part',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = /^(.+\.json)\?part=(\w+)$/.exec(source);
      if (!match) return null;
      const file = await this.resolve(match[1]!, importer, { skipSelf: true });
      if (!file) throw new Error(`${source}: no such JSON file from ${importer ?? 'the project root'}`);
      return `${PREFIX}${file.id}?${match[2]!}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const at = id.lastIndexOf('?');
      const file = id.slice(PREFIX.length, at);
      const key = id.slice(at + 1);
      this.addWatchFile(file);
      const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (!(key in data)) throw new Error(`${file} has no top-level "${key}": the import asks for a part it does not hold`);
      return `export default ${JSON.stringify(data[key])};`;
    },
  };
}
