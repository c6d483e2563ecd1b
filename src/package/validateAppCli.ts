import { resolve } from 'node:path';
import { validateApp } from './validateApp';

const dir = resolve(process.argv[2] ?? 'dist');
const problems = validateApp(dir);
if (problems.length === 0) {
  process.stdout.write(`${dir}: the app package passes Zendesk's app rules\n`);
} else {
  for (const p of problems) process.stdout.write(`${p.file}: ${p.message}\n`);
  process.stdout.write(`${problems.length} problem(s) in ${dir}\n`);
  process.exitCode = 1;
}
