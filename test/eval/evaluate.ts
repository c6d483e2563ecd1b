/**
 * `npm run eval`: scores every labelled set the project has, as `lanes score` scores a batch,
 * and prints how the lanes and factor levels agree with the labels. It prints figures and
 * asserts nothing.
 *
 *   npm run eval                      every set, figures only
 *   npm run eval -- --misses develop  also list each disagreement in the develop part
 *   npm run eval -- --json            one JSON object instead of the tables
 *   npm run eval -- --no-disguise     skip scoring disguised variants of every ticket
 *
 * The labelled corpus is split by ticket id (`corpusSplit.json`): detection is tuned on the
 * develop part only, and the report part says how it does on tickets it was not tuned on. So
 * `--misses` lists disagreements of develop sets and of sets without a split, never of the
 * report part.
 */
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/CliIo';
import { scorePages } from '../../src/cli/scorePages';
import { evaluateTicket, FACTOR_IDS, parseSettings, rankLevel, type Evaluation, type FactorId, type Lane } from '../../src/policy';
import { DISGUISES, disguiseText, type DisguiseName } from '../support/disguise';
import { listSets, type LabelledSet } from './listLabelledSets';

interface FactorCounts {
  /** Raised (medium or high) in both, in the label only, in the score only. */
  tp: number;
  fn: number;
  fp: number;
  /** Same level. */
  same: number;
  /** Scored below the label's level, and above it. */
  below: number;
  above: number;
  labelled: number;
}

interface SetResult {
  name: string;
  tickets: number;
  exact: number;
  unsafe: number;
  lane3AsLane1: number;
  over: number;
  /** confusion[expected lowest lane][scored lane] */
  confusion: number[][];
  factors: Record<FactorId, FactorCounts>;
  misses: string[];
}

/** Virtual files: a disguised bundle is scored as `lanes score` scores a file, without writing one. */
const virtualFiles = new Map<string, string>();

const io: CliIo = {
  readFile: (path) => virtualFiles.get(path) ?? readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: () => {},
  nowMs: () => Date.now(),
};

function scoreFile(set: LabelledSet, file: string): Map<string, Evaluation> {
  const parsed = parseSettings(set.settings);
  if (!parsed.ok) throw new Error(`${set.name}: settings are invalid`);
  const decisions = new Map<string, Evaluation>();
  const outcome = scorePages([file], { settings: parsed.settings, nowMs: Date.parse(set.now), score: evaluateTicket }, io, {
    ticket: ({ decision }) => {
      if (set.labels.has(decision.ticketId)) decisions.set(decision.ticketId, decision);
    },
  });
  if (outcome.fatal.length > 0) throw new Error(`${set.name}: ${outcome.fatal.map((e) => e.message).join('; ')}`);
  return decisions;
}

interface DisguiseResult {
  name: DisguiseName;
  variants: number;
  lower: number;
  higher: number;
  /** The tickets whose disguised variant came out lower: each one is a hole in the reader. */
  lowerIds: string[];
}

/** Scores every ticket of every set again under each disguise and counts lanes that move. */
function scoreDisguises(sets: readonly LabelledSet[]): DisguiseResult[] {
  const results: DisguiseResult[] = [];
  for (const name of Object.keys(DISGUISES) as DisguiseName[]) {
    const r: DisguiseResult = { name, variants: 0, lower: 0, higher: 0, lowerIds: [] };
    for (const set of sets) {
      const plain = scoreFile(set, set.bundle);
      const bundle = JSON.parse(readFileSync(set.bundle, 'utf8')) as { tickets: Record<string, unknown>[]; comments?: Record<string, Record<string, unknown>[]> };
      for (const t of bundle.tickets) {
        if (typeof t['subject'] === 'string') t['subject'] = disguiseText(t['subject'], name);
        if (typeof t['description'] === 'string') t['description'] = disguiseText(t['description'], name);
      }
      for (const list of Object.values(bundle.comments ?? {})) {
        for (const c of list) if (typeof c['body'] === 'string') c['body'] = disguiseText(c['body'], name);
      }
      const path = `${set.bundle}#${name}`;
      virtualFiles.set(path, JSON.stringify(bundle));
      const disguised = scoreFile(set, path);
      virtualFiles.delete(path);
      for (const [id, d] of plain) {
        const v = disguised.get(id);
        r.variants++;
        if (!v || v.lane < d.lane) {
          r.lower++;
          r.lowerIds.push(`${id} (${d.lane} → ${v?.lane ?? 'none'})`);
        }
        else if (v.lane > d.lane) r.higher++;
      }
    }
    results.push(r);
  }
  return results;
}

function scoreSet(set: LabelledSet): SetResult {
  const decisions = scoreFile(set, set.bundle);
  const factors = Object.fromEntries(FACTOR_IDS.map((id) => [id, { tp: 0, fn: 0, fp: 0, same: 0, below: 0, above: 0, labelled: 0 }])) as Record<FactorId, FactorCounts>;
  const result: SetResult = { name: set.name, tickets: 0, exact: 0, unsafe: 0, lane3AsLane1: 0, over: 0, confusion: [[0, 0, 0], [0, 0, 0], [0, 0, 0]], factors, misses: [] };
  for (const [id, label] of set.labels) {
    const d = decisions.get(id);
    result.tickets++;
    const lane: Lane = d?.lane ?? 3;
    const lowest = Math.min(...label.lanes);
    const highest = Math.max(...label.lanes);
    result.confusion[lowest - 1]![lane - 1]!++;
    const exact = label.lanes.includes(lane);
    if (exact) result.exact++;
    if (lane < lowest) result.unsafe++;
    if (lowest === 3 && lane === 1) result.lane3AsLane1++;
    if (lane > highest) result.over++;
    const wrongFactors: string[] = [];
    for (const f of FACTOR_IDS) {
      const want = label.factors?.[f];
      if (!want || !d) continue;
      const got = d.factors[f].level;
      const c = result.factors[f];
      c.labelled++;
      if (got === want) c.same++;
      else if (rankLevel(got) < rankLevel(want)) c.below++;
      else c.above++;
      if (got !== want) wrongFactors.push(`${f} ${got} (label ${want})`);
      const w = rankLevel(want) > 0;
      const g = rankLevel(got) > 0;
      if (w && g) c.tp++;
      else if (w) c.fn++;
      else if (g) c.fp++;
    }
    if (set.tunable && (!exact || wrongFactors.length > 0)) {
      const head = `${id}: lane ${lane}${exact ? '' : ` (label ${label.lanes.join('/')})`}`;
      result.misses.push(`${head}\n    ${wrongFactors.join('\n    ')}\n    why: ${label.why ?? ''}\n    scored: ${d?.reason ?? 'not scored'}`);
    }
  }
  return result;
}

const pct = (n: number, of: number) => (of === 0 ? '   -  ' : `${((100 * n) / of).toFixed(1).padStart(5)}%`);

function sum(results: readonly SetResult[], name: string): SetResult {
  const factors = Object.fromEntries(FACTOR_IDS.map((id) => [id, { tp: 0, fn: 0, fp: 0, same: 0, below: 0, above: 0, labelled: 0 }])) as Record<FactorId, FactorCounts>;
  const total: SetResult = { name, tickets: 0, exact: 0, unsafe: 0, lane3AsLane1: 0, over: 0, confusion: [[0, 0, 0], [0, 0, 0], [0, 0, 0]], factors, misses: [] };
  for (const r of results) {
    total.tickets += r.tickets;
    total.exact += r.exact;
    total.unsafe += r.unsafe;
    total.lane3AsLane1 += r.lane3AsLane1;
    total.over += r.over;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) total.confusion[i]![j]! += r.confusion[i]![j]!;
    for (const f of FACTOR_IDS) for (const k of ['tp', 'fn', 'fp', 'same', 'below', 'above', 'labelled'] as const) total.factors[f][k] += r.factors[f][k];
  }
  return total;
}

function renderTable(results: readonly SetResult[]): string {
  const lines = [`${'set'.padEnd(32)} ${'tickets'.padStart(7)} ${'exact'.padStart(7)} ${'unsafe'.padStart(7)} ${'3 as 1'.padStart(7)} ${'over'.padStart(7)}`];
  for (const r of results) {
    lines.push(`${r.name.padEnd(32)} ${String(r.tickets).padStart(7)} ${pct(r.exact, r.tickets).padStart(7)} ${`${r.unsafe}`.padStart(7)} ${`${r.lane3AsLane1}`.padStart(7)} ${`${r.over}`.padStart(7)}`);
  }
  return lines.join('\n');
}

function renderDetail(r: SetResult): string {
  const lines = [`${r.name}: ${r.exact} of ${r.tickets} exact (${pct(r.exact, r.tickets).trim()}), ${r.unsafe} below their lowest lane (${pct(r.unsafe, r.tickets).trim()}), ${r.lane3AsLane1} Lane 3 as Lane 1, ${r.over} over-escalated`];
  lines.push('  labelled (lowest) \\ scored   lane 1  lane 2  lane 3');
  r.confusion.forEach((row, i) => lines.push(`  lane ${i + 1}                     ${row.map((n) => String(n).padStart(6)).join('  ')}`));
  lines.push('  factor                     raised: precision  recall   same level   below  above');
  for (const f of FACTOR_IDS) {
    const c = r.factors[f];
    lines.push(`  ${f.padEnd(26)} ${pct(c.tp, c.tp + c.fp).padStart(17)} ${pct(c.tp, c.tp + c.fn).padStart(7)} ${pct(c.same, c.labelled).padStart(12)} ${String(c.below).padStart(7)} ${String(c.above).padStart(6)}`);
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  const json = argv.includes('--json');
  const missesAt = argv.indexOf('--misses');
  const showMisses = missesAt >= 0 ? (argv[missesAt + 1] ?? 'develop') : null;
  const sets = listSets();
  const results = sets.map(scoreSet);
  // Each set once: the corpus parts' halves share a bundle.
  const bundles = [...new Map(sets.map((set) => [set.bundle, { ...set, labels: new Map([...sets.filter((o) => o.bundle === set.bundle).flatMap((o) => [...o.labels])]) }])).values()];
  const disguises = argv.includes('--no-disguise') ? [] : scoreDisguises(bundles);
  const develop = sum(results.filter((r) => r.name.endsWith('/develop')), 'corpus develop part');
  const report = sum(results.filter((r) => r.name.endsWith('/report')), 'corpus report part');
  const tunable = new Set(sets.filter((set) => set.tunable).map((set) => set.name));
  const developed = sum(results.filter((r) => tunable.has(r.name)), 'every develop set');
  const unseen = sum(results.filter((r) => !tunable.has(r.name)), 'every report set');
  const all = sum(results, 'every set');
  const totals = [develop, report, developed, unseen, all];
  if (json) {
    process.stdout.write(`${JSON.stringify({ sets: [...results, ...totals].map(({ misses: _, ...r }) => r), disguises }, null, 1)}\n`);
    return;
  }
  const out = [renderTable([...results, ...totals]), '', renderDetail(report), '', renderDetail(unseen), '', renderDetail(develop), '', renderDetail(developed)];
  if (disguises.length > 0) {
    out.push('', 'disguised variants (every word of 4+ letters disguised), lanes against the plain ticket:');
    for (const d of disguises) out.push(`  ${d.name.padEnd(22)} ${String(d.variants).padStart(5)} variants, ${d.lower} lower, ${d.higher} higher${d.lowerIds.length > 0 ? ` (lower: ${d.lowerIds.slice(0, 5).join(', ')})` : ''}`);
  }
  if (showMisses) {
    for (const r of results) {
      if (!r.name.includes(showMisses) || r.misses.length === 0) continue;
      out.push('', `disagreements in ${r.name}:`, ...r.misses.map((m) => `  ${m}`));
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2));

