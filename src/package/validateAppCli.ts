import { resolve } from 'node:path';
import { errorsOf, validateApp } from './validateApp';

const dir = resolve(process.argv[2] ?? 'dist');
const problems = validateApp(dir);
for (const p of problems) process.stdout.write(`${p.level}: ${p.file}: ${p.message} [${p.rule}]\n`);
const errors = errorsOf(problems).length;
if (errors === 0) {
  process.stdout.write(`${dir}: passes the checks Lanes knows of Zendesk's app rules (${problems.length} warning(s))\n`);
} else {
  process.stdout.write(`${dir}: ${errors} error(s), ${problems.length - errors} warning(s)\n`);
  process.exitCode = 1;
}
