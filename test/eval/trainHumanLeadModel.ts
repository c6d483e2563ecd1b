/**
 * `npm run train`: learns the learned reader's weights (`src/policy/learned/humanLeadModel.json`)
 * from the develop sets only, never from a set the evaluation reports. Reproducible: the same
 * sets give the same file.
 *
 * A logistic regression over word, stem and word-pair features (`modelFeatures.ts`) predicts
 * whether the labels put a ticket in Lane 3. It is trained on every feature, then only the
 * FEATURES_KEPT features that carry most weight across the tickets (weight times the number of
 * tickets that have it) are shipped, as the places their names hash to and one byte of weight
 * each (`storedModel.ts`), so the sidebar's first load stays small. Its threshold is chosen by
 * cross-validation over whole sets, scored by place as the reader scores: each fold
 * holds out sets another writer wrote, as an unseen set would be, and the threshold is the lowest
 * at which the raises made on held-out sets are right at least PRECISION_GOAL of the time.
 *
 *   npm run train                                       learn from every develop set
 *   npm run train -- --without own/develop-e,own/develop-f   leave sets out, to score the model on them
 *   npm run train -- --features 1200                    keep more features, to see what cross-validation says
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/CliIo';
import { scorePages } from '../../src/cli/scorePages';
import { evaluateTicket, parseSettings } from '../../src/policy';
import { addFeatures, featurePlace } from '../../src/policy/learned/modelFeatures';
import type { LearnedModel } from '../../src/policy/learned/predictHumanLead';
import { decodeModel, encodeModel, type StoredModel } from '../../src/policy/learned/storedModel';
import { readTicket } from '../../src/policy/readTicket';
import { listSets } from './listLabelledSets';

const OUT = join(import.meta.dirname, '../../src/policy/learned/humanLeadModel.json');
const EPOCHS = 60;
const LEARNING_RATE = 0.5;
const L2 = 1e-3;
const FOLDS = 5;
const PRECISION_GOAL = 0.9;
const FEATURES_KEPT = 550;
const SEED = 20261202;
// Features hash to one of 2^20 places: with 700 features, a word the model never learned lands on a learned place about once in 1,500.
const BITS = 20;

interface Row {
  set: string;
  features: string[];
  /** The places the features hash to, each once: what the reader sees. */
  places: number[];
  laneThree: boolean;
}

/** A small deterministic generator (mulberry32): the same seed, the same model. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

// The sets carry their own "now"; the batch reader's clock is never asked.
const io: CliIo = { readFile: (path) => readFileSync(path, 'utf8'), stdout: () => {}, stderr: () => {}, nowMs: () => { throw new Error('training reads no clock'); } };

function readRows(without: ReadonlySet<string>): { rows: Row[]; summary: string } {
  const rows: Row[] = [];
  const names: string[] = [];
  for (const set of listSets().filter((s) => s.tunable && !without.has(s.name))) {
    const parsed = parseSettings(set.settings);
    if (!parsed.ok) throw new Error(`${set.name}: settings are invalid`);
    const before = rows.length;
    const outcome = scorePages(
      [set.bundle],
      {
        settings: parsed.settings,
        nowMs: Date.parse(set.now),
        score: (input, ctx) => {
          const label = set.labels.get(input.id);
          if (label) {
            const features = new Set<string>();
            for (const text of readTicket(input, ctx.policy, ctx.nowMs).texts) addFeatures(text, features);
            rows.push({ set: set.name, features: [...features], places: [...new Set([...features].map((f) => featurePlace(f, BITS)))], laneThree: Math.min(...label.lanes) === 3 });
          }
          return evaluateTicket(input, ctx);
        },
      },
      io,
      { ticket: () => {} },
    );
    if (outcome.fatal.length > 0) throw new Error(`${set.name}: ${outcome.fatal.map((e) => e.message).join('; ')}`);
    names.push(`${set.name} (${rows.length - before})`);
  }
  return { rows, summary: names.join(', ') };
}

interface Weights {
  bias: number;
  weights: Map<string, number>;
}

function train(rows: readonly Row[], seed: number): Weights {
  const weights = new Map<string, number>();
  let bias = 0;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, random(seed + epoch));
    for (const i of order) {
      const row = rows[i]!;
      let z = bias;
      for (const f of row.features) z += weights.get(f) ?? 0;
      const gradient = sigmoid(z) - (row.laneThree ? 1 : 0);
      const step = LEARNING_RATE / Math.sqrt(Math.max(1, row.features.length));
      for (const f of row.features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - step * gradient - LEARNING_RATE * L2 * w);
      }
      bias -= LEARNING_RATE * gradient * 0.1;
    }
  }
  return { bias, weights };
}

/**
 * Keeps the `count` features that weigh most across the tickets: a weight times the number of
 * training tickets that have the feature, so a strong word seen once does not crowd out a
 * steady one seen in hundreds. Weights are rounded as they ship.
 */
function prune(model: Weights, count: number, rows: readonly Row[]): LearnedModel {
  const seen = new Map<string, number>();
  for (const row of rows) for (const f of row.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const weight = ([f, w]: [string, number]) => Math.abs(w) * (seen.get(f) ?? 0);
  const kept = [...model.weights].sort((a, b) => weight(b) - weight(a) || (a[0] < b[0] ? -1 : 1)).slice(0, count);
  // Two kept features on one place share it: their weights add up, as the reader would count them.
  const byPlace = new Map<number, number>();
  for (const [f, w] of kept) {
    const place = featurePlace(f, BITS);
    byPlace.set(place, (byPlace.get(place) ?? 0) + w);
  }
  const places = [...byPlace.keys()].sort((a, b) => a - b);
  const stored = encodeModel({ trainedOn: '', threshold: 1, bias: Math.round(model.bias * 1000) / 1000, bits: BITS, places, weights: places.map((p) => byPlace.get(p)!) });
  return decodeModel(stored);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
}

/** The probability as the reader computes it: by place, so a held-out word that lands on a learned place counts too. */
function probability(model: LearnedModel, row: Row): number {
  const weight = weightsOf(model);
  let z = model.bias;
  for (const p of row.places) z += weight.get(p) ?? 0;
  return sigmoid(z);
}

const weightTables = new WeakMap<LearnedModel, Map<number, number>>();
function weightsOf(model: LearnedModel): Map<number, number> {
  let table = weightTables.get(model);
  if (!table) weightTables.set(model, (table = new Map(model.places.map((p, i) => [p, model.weights[i]!]))));
  return table;
}

/** Each develop set's fold: whole sets are held out together, in an order fixed by the seed. */
function foldsBySet(rows: readonly Row[]): number[] {
  const sets = shuffle([...new Set(rows.map((r) => r.set))].sort(), random(SEED));
  const fold = new Map(sets.map((name, i) => [name, i % FOLDS]));
  return rows.map((r) => fold.get(r.set)!);
}

/** Trains on every develop set but `without`; the model as it ships, and what cross-validation says of it. */
export function trainModel(without: ReadonlySet<string>, kept = FEATURES_KEPT): { model: StoredModel; lines: string[] } {
  const { rows, summary } = readRows(without);
  const sets = new Set(rows.map((r) => r.set)).size;
  const folds = foldsBySet(rows);
  const heldOut: number[] = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = rows.filter((_, i) => folds[i] !== fold);
    const model = prune(train(training, SEED + fold), kept, training);
    rows.forEach((row, i) => {
      if (folds[i] === fold) heldOut[i] = probability(model, row);
    });
  }
  const positives = rows.filter((r) => r.laneThree).length;
  let threshold = 1;
  let chosen = { raised: 0, right: 0 };
  // Thresholds 0.10, 0.15, … 0.95, each exactly the value that ships.
  for (let step = 2; step < 20; step++) {
    const t = step / 20;
    const raised = heldOut.filter((p) => p >= t).length;
    const right = heldOut.filter((p, i) => p >= t && rows[i]!.laneThree).length;
    if (raised > 0 && right / raised >= PRECISION_GOAL) {
      threshold = t;
      chosen = { raised, right };
      break;
    }
  }
  const model = prune(train(rows, SEED), kept, rows);
  // The record the model ships with stays short: it counts against the sidebar's first load. The sets are printed.
  const out = encodeModel({ ...model, trainedOn: `${rows.length} develop tickets (${positives} in Lane 3) from ${sets} sets`, threshold });
  const lines = [
    `trained on ${rows.length} develop tickets, ${positives} of them Lane 3; ${kept} features kept`,
    `sets: ${summary}`,
    `threshold ${threshold}: in five-fold cross-validation over whole sets it raises ${chosen.raised} held-out tickets, ${chosen.right} of them Lane 3 (${chosen.raised ? ((100 * chosen.right) / chosen.raised).toFixed(1) : '-'}% precision, ${((100 * chosen.right) / positives).toFixed(1)}% of Lane 3 found)`,
  ];
  return { model: out, lines };
}

/** `--without own/develop-e,own/develop-f` leaves sets out, to see how the model does on them. */
function main(argv: readonly string[]): void {
  const at = argv.indexOf('--without');
  const without = new Set(at >= 0 ? (argv[at + 1] ?? '').split(',').filter(Boolean) : []);
  const featuresAt = argv.indexOf('--features');
  const kept = featuresAt >= 0 ? Number(argv[featuresAt + 1]) : FEATURES_KEPT;
  if (!Number.isInteger(kept) || kept < 1) throw new Error(`--features needs a whole number of features to keep, e.g. --features 700 (got "${argv[featuresAt + 1] ?? ''}")`);
  const { model, lines } = trainModel(without, kept);
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  for (const line of lines) console.log(line);
  console.log(`wrote ${OUT}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main(process.argv.slice(2));
