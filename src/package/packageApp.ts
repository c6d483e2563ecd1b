import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Zips a built app folder into the archive Zendesk uploads, paths relative to the folder. */
export function packageApp(dir: string, out: string): { files: number; bytes: number } {
  const files: Zippable = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).replaceAll('\\', '/')] = [readFileSync(path), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }];
    }
  };
  walk(dir);
  const zip = zipSync(files);
  writeFileSync(out, zip);
  return { files: Object.keys(files).length, bytes: zip.length };
}

if (process.argv[1]?.endsWith('packageApp.ts')) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const out = resolve(process.argv[3] ?? 'lanes-app.zip');
  const { files, bytes } = packageApp(dir, out);
  process.stdout.write(`${out}: ${files} files, ${bytes} bytes\n`);
}
