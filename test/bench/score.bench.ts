/**
 * `npm run bench`: scoring throughput, the cost of scoring relative to `JSON.parse`, peak
 * memory for one page against ten, and `lanes report` over the same 100,000 tickets.
 * Prints figures; asserts nothing.
 *
 * Each measured case runs in its own child process (this file with `--worker`), so one case's
 * heap does not inflate another's figures and peak RSS is the child's own.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addPage, assertBundle, createIndex, ticketInputs, type BundleProblem } from '../../src/bundle/readBundle';
import type { CliIo } from '../../src/cli/CliIo';
import { DEMO_SETTINGS } from '../../src/cli/demoSettings';
import { runReport } from '../../src/cli/runReport';
import { runScore } from '../../src/cli/runScore';
import { evaluateTicket, parseSettings } from '../../src/policy';
import { SHARED } from '../support/shared';

const CORPUS = resolve(SHARED, 'corpus/kaggle-support-tickets.bundle.json');
const NOW = '2026-11-26T12:00:00Z';
const SYNTHETIC_COPIES = 12;
const PAGES = 10;
const SELF = fileURLToPath(import.meta.url);

type Json = Record<string, unknown>;

interface SpeedResult {
  tickets: number;
  bytes: number;
  parseMs: number;
  scoreMs: number;
  indexMs: number;
  inputsMs: number;
  decideMs: number;
  lanes: Record<string, number>;
}

interface MemoryResult {
  tickets: number;
  exitCode: number;
  outputBytes: number;
  maxRssMb: number;
  heapPeakMb: number;
  /** With `--expose-gc`: the largest heap left after a full GC at a page boundary. */
  liveAtPageMb: number | null;
  seconds: number;
}

// ---------------------------------------------------------------- workers (child processes)

/**
 * Best of `rounds`: JSON.parse alone, then everything after it (index, inputs, scoring), as
 * `lanes score` does it. Each round gets its own copy of the lexicon, so the core's caches
 * (compiled lexicon, messages already read) start cold, as in a fresh run.
 */
function measureSpeed(file: string, rounds: number): SpeedResult {
  const text = readFileSync(file, 'utf8');
  const parsed = parseSettings(DEMO_SETTINGS);
  if (!parsed.ok) throw new Error('the demo settings are invalid');
  const { fieldMap, policy } = parsed.settings;
  const nowMs = Date.parse(NOW);
  let best: SpeedResult | null = null;
  let bestParse = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const data: unknown = JSON.parse(text);
    const t1 = performance.now();
    assertBundle(data);
    const index = createIndex();
    const problems: BundleProblem[] = [];
    addPage(index, data, problems);
    const t2 = performance.now();
    const inputs = ticketInputs(index, data, fieldMap, problems);
    const t3 = performance.now();
    const lanes: Record<string, number> = { '1': 0, '2': 0, '3': 0 };
    const ctx = { policy: { ...policy, lexicon: { ...policy.lexicon } }, fieldMap, groupNames: index.groups, nowMs };
    for (const input of inputs) {
      const lane = String(evaluateTicket(input, ctx).lane);
      lanes[lane] = (lanes[lane] ?? 0) + 1;
    }
    const t4 = performance.now();
    bestParse = Math.min(bestParse, t1 - t0);
    if (!best || t4 - t1 < best.scoreMs) {
      best = { tickets: inputs.length, bytes: Buffer.byteLength(text), parseMs: 0, scoreMs: t4 - t1, indexMs: t2 - t1, inputsMs: t3 - t2, decideMs: t4 - t3, lanes };
    }
  }
  if (!best) throw new Error('no rounds');
  return { ...best, parseMs: bestParse };
}

/**
 * Runs `lanes score` (ndjson) or `lanes report` (json) in-process on the given pages, output
 * discarded, sampling the heap.
 */
function measureMemory(command: 'score' | 'report', files: string[]): MemoryResult {
  let heapPeak = 0;
  let liveAtPage: number | null = null;
  const gc = (globalThis as { gc?: () => void }).gc;
  let outputBytes = 0;
  let tickets = 0;
  const sample = () => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };
  const io: CliIo = {
    readFile: (path) => {
      sample();
      if (gc) {
        gc();
        liveAtPage = Math.max(liveAtPage ?? 0, process.memoryUsage().heapUsed);
      }
      const text = readFileSync(path, 'utf8');
      sample();
      return text;
    },
    // The command flushes every 1,000 lines and after each page: a sample point each time.
    stdout: (text) => {
      outputBytes += text.length;
      if (command === 'report') tickets = (JSON.parse(text) as { tickets: number }).tickets;
      else for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) tickets++;
      sample();
    },
    stderr: () => {},
    nowMs: () => Date.parse(NOW),
  };
  const t0 = performance.now();
  const exitCode = command === 'report' ? runReport(files, { now: NOW, format: 'json' }, io) : runScore(files, { now: NOW, format: 'ndjson' }, io);
  const seconds = (performance.now() - t0) / 1000;
  sample();
  return { tickets, exitCode, outputBytes, maxRssMb: process.resourceUsage().maxRSS / 1024, heapPeakMb: heapPeak / 2 ** 20, liveAtPageMb: liveAtPage === null ? null : liveAtPage / 2 ** 20, seconds };
}

function runWorker(args: string[]): void {
  const [mode, ...rest] = args;
  let result: unknown;
  if (mode === 'speed') result = measureSpeed(rest[0] ?? '', Number(rest[1] ?? 3));
  else if (mode === 'memory') result = measureMemory('score', rest);
  else if (mode === 'report') result = measureMemory('report', rest);
  else if (mode === 'baseline') result = { maxRssMb: process.resourceUsage().maxRSS / 1024 };
  else throw new Error(`unknown worker mode ${String(mode)}`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function inChild<T>(args: string[], nodeFlags: string[] = []): T {
  const child = spawnSync(process.execPath, [...nodeFlags, ...process.execArgv, SELF, '--worker', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`worker ${args.join(' ')} exited with ${String(child.status)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? 'null') as T;
}

// ---------------------------------------------------------------- synthesis

/**
 * Writes `copies` shifted copies of the corpus as one bundle and as `pages` pages. Ids are
 * offset per copy; requesters are shared across copies (about three tickets each, spread over
 * pages) so contact counts cross pages; dates shift by copy; each description gets its own
 * reference line, so no copy is a message the core has already read.
 */
function synthesize(dir: string, copies: number, pages: number): { single: string; pageFiles: string[]; tickets: number } {
  const corpus = JSON.parse(readFileSync(CORPUS, 'utf8')) as Json & { tickets: Json[]; users?: Json[] };
  const base = corpus.tickets;
  const users = new Map<string, Json>();
  for (const u of corpus.users ?? []) users.set(String(u['id']), u);
  const userTemplates = [...users.values()];
  const total = base.length * copies;
  const requesterCount = Math.max(1, Math.floor(total / 3));
  const DAY = 86_400_000;

  const tickets: Json[] = [];
  for (let c = 0; c < copies; c++) {
    base.forEach((t, i) => {
      const n = c * base.length + i;
      const requester = 5_000_000 + ((i * 7 + c * 977) % requesterCount);
      const shift = c * 9 * DAY + (i % 48) * 3_600_000;
      const created = new Date(Date.parse(String(t['created_at'])) + shift).toISOString().replace('.000', '');
      tickets.push({
        ...t,
        id: Number(t['id']) + c * 1_000_000,
        requester_id: requester,
        submitter_id: requester,
        created_at: created,
        updated_at: created,
        description: `${String(t['description'] ?? '')}\n\nRef. ${String(n + 1).padStart(6, '0')}`,
        ...(n % 5 === 0 ? { priority: ['low', 'normal', 'high', 'urgent'][n % 4] } : {}),
      });
    });
  }
  const userFor = (id: number): Json => {
    const template = userTemplates[id % Math.max(1, userTemplates.length)] ?? {};
    return { ...template, id, email: `user${id}@example.com` };
  };

  const writeBundle = (file: string, list: Json[]) => {
    const fd = openSync(file, 'w');
    try {
      writeSync(fd, '{"tickets":[\n');
      const ids = new Set<number>();
      list.forEach((t, i) => {
        writeSync(fd, (i > 0 ? ',\n' : '') + JSON.stringify(t));
        ids.add(Number(t['requester_id']));
      });
      writeSync(fd, '\n],"users":[\n');
      let first = true;
      for (const id of ids) {
        writeSync(fd, (first ? '' : ',\n') + JSON.stringify(userFor(id)));
        first = false;
      }
      writeSync(fd, '\n]}\n');
    } finally {
      closeSync(fd);
    }
  };

  const single = join(dir, 'synthetic.bundle.json');
  writeBundle(single, tickets);
  const pageFiles: string[] = [];
  const size = Math.ceil(tickets.length / pages);
  for (let p = 0; p < pages; p++) {
    const file = join(dir, `synthetic.page-${String(p + 1).padStart(2, '0')}.json`);
    writeBundle(file, tickets.slice(p * size, (p + 1) * size));
    pageFiles.push(file);
  }
  return { single, pageFiles, tickets: tickets.length };
}

// ---------------------------------------------------------------- report

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function printSpeed(label: string, r: SpeedResult): void {
  const perSecond = r.tickets / (r.scoreMs / 1000);
  const endToEnd = r.tickets / ((r.scoreMs + r.parseMs) / 1000);
  const lanes = Object.entries(r.lanes).map(([lane, n]) => `lane ${lane}: ${n} (${fmt((100 * n) / r.tickets)}%)`).join(', ');
  process.stdout.write(
    [
      `${label}: ${r.tickets.toLocaleString('en-US')} tickets, ${fmt(r.bytes / 2 ** 20)} MiB`,
      `  JSON.parse (best):             ${fmt(r.parseMs)} ms`,
      `  scoring after parse (best):    ${fmt(r.scoreMs)} ms  (index ${fmt(r.indexMs)}, inputs ${fmt(r.inputsMs)}, decisions ${fmt(r.decideMs)})`,
      `  tickets scored per second:     ${fmt(perSecond, 0)}  (${fmt(endToEnd, 0)} including JSON.parse)`,
      `  ratio scoring / JSON.parse:    ${fmt(r.scoreMs / r.parseMs, 2)}  (goal: at most 2.00)`,
      `  ${lanes}`,
      '',
    ].join('\n'),
  );
}

function printMemory(label: string, r: MemoryResult): void {
  const live = r.liveAtPageMb === null ? '' : `  live heap at page boundaries ${fmt(r.liveAtPageMb).padStart(6)} MiB`;
  process.stdout.write(
    `  ${label.padEnd(34)} ${r.tickets.toLocaleString('en-US').padStart(8)} tickets  peak RSS ${fmt(r.maxRssMb).padStart(7)} MiB  heap peak ${fmt(r.heapPeakMb).padStart(7)} MiB${live}  ${fmt(r.seconds)} s  exit ${r.exitCode}\n`,
  );
}

/** Wall time of a whole process, best of `rounds`. */
function timeProcess(argv: string[], rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
    const ms = performance.now() - t0;
    if (child.status !== 0 && child.status !== 2) throw new Error(`${argv.join(' ')} exited with ${String(child.status)}`);
    best = Math.min(best, ms);
  }
  return best;
}

/** The whole `lanes score` process against a process that only reads and parses the same file. */
function printProcessRatio(label: string, file: string): void {
  const lanes = timeProcess([...process.execArgv, resolve(ROOT, 'src/cli/main.ts'), 'score', file, '--now', NOW], 3);
  const parseOnly = timeProcess(['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`], 3);
  const loaderOnly = timeProcess([...process.execArgv, '-e', '0'], 3);
  process.stdout.write(
    [
      `${label}: whole processes, best of 3`,
      `  lanes score (ndjson to /dev/null):  ${fmt(lanes)} ms`,
      `  a process that only parses it:      ${fmt(parseOnly)} ms`,
      `  ratio:                              ${fmt(lanes / parseOnly, 2)}  (goal: at most 2.50; starting node with the TypeScript loader alone takes ${fmt(loaderOnly)} ms)`,
      '',
    ].join('\n'),
  );
}

const ROOT = resolve(import.meta.dirname, '../..');

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'lanes-bench-'));
  try {
    process.stdout.write(`lanes bench (node ${process.version}); each case in its own process\n\n`);
    printSpeed('kaggle corpus', inChild<SpeedResult>(['speed', CORPUS, '5']));

    const synthetic = synthesize(dir, SYNTHETIC_COPIES, PAGES);
    printSpeed('synthetic bundle', inChild<SpeedResult>(['speed', synthetic.single, '3']));
    printProcessRatio('synthetic bundle', synthetic.single);

    process.stdout.write('Peak memory of `lanes score` (ndjson, output discarded):\n');
    printMemory('baseline (modules loaded, no work)', { tickets: 0, exitCode: 0, outputBytes: 0, heapPeakMb: 0, liveAtPageMb: null, seconds: 0, ...inChild<{ maxRssMb: number }>(['baseline']) });
    printMemory('kaggle corpus, 1 page', inChild<MemoryResult>(['memory', CORPUS]));
    const firstPage = synthetic.pageFiles[0];
    if (firstPage) printMemory('synthetic, 1 page (a tenth)', inChild<MemoryResult>(['memory', firstPage]));
    printMemory(`synthetic, ${PAGES} pages in one run`, inChild<MemoryResult>(['memory', ...synthetic.pageFiles]));
    printMemory('synthetic, all in 1 file', inChild<MemoryResult>(['memory', synthetic.single]));

    // V8 collects lazily, so peak RSS includes pages already dropped; a forced GC at each page
    // boundary shows what the run actually keeps: the cross-page index plus one page.
    process.stdout.write('Same runs with a full GC before each page is read (node --expose-gc):\n');
    if (firstPage) printMemory('synthetic, 1 page (a tenth)', inChild<MemoryResult>(['memory', firstPage], ['--expose-gc']));
    printMemory(`synthetic, ${PAGES} pages in one run`, inChild<MemoryResult>(['memory', ...synthetic.pageFiles], ['--expose-gc']));

    // The synthetic tickets carry no lane records, so the report scores every one of them (with
    // its packet, as the metrics' fallback does): the heaviest case for the report.
    process.stdout.write('`lanes report` (json) over the synthetic history: seconds and peak memory:\n');
    printMemory(`synthetic, ${PAGES} pages in one run`, inChild<MemoryResult>(['report', ...synthetic.pageFiles]));
    printMemory('synthetic, all in 1 file', inChild<MemoryResult>(['report', synthetic.single]));
    printMemory(`synthetic, ${PAGES} pages, GC per page`, inChild<MemoryResult>(['report', ...synthetic.pageFiles], ['--expose-gc']));
  } finally {
    // BENCH_KEEP=1 keeps the synthetic pages for profiling.
    if (process.env['BENCH_KEEP'] === '1') process.stdout.write(`\nsynthetic bundles kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const workerAt = process.argv.indexOf('--worker');
if (workerAt !== -1) runWorker(process.argv.slice(workerAt + 1));
else main();
