import { describeFeature, modelWords, STEM_LETTERS } from './modelFeatures';
import STORED from './humanLeadModel.json';
import { decodeModel, type LearnedModel } from './storedModel';

/**
 * The learned reader: a linear classifier over word, stem and word-pair features, trained by
 * `npm run train` on the project's develop sets (never on the sets it reports) to tell which
 * tickets the labels put in Lane 3. It never lowers a lane: when it is confident and the lane
 * rules chose a lower lane, the ticket is raised to a human lead, and the decision says that a
 * learned model read it, with the words that weighed most. Its evidence is always `inferred`.
 */

export type { LearnedModel };

export interface HumanLeadReading {
  probability: number;
  /** The features present that pushed most towards Lane 3, as words. */
  strongest: string[];
  raises: boolean;
}

const STRONGEST = 4;

/** A model's features split by kind, so that reading a text builds no feature names. */
interface Table {
  words: Map<string, number>;
  stems: Map<string, number>;
  pairs: Map<string, Map<string, number>>;
  names: string[];
  weights: readonly number[];
}

/** Each model's table, built once. */
const tables = new WeakMap<LearnedModel, Table>();
function tableOf(model: LearnedModel): Table {
  let table = tables.get(model);
  if (table) return table;
  const names = model.features.split(' ');
  if (names.length !== model.weights.length) throw new Error(`the learned model is damaged: ${names.length} features for ${model.weights.length} weights`);
  table = { words: new Map(), stems: new Map(), pairs: new Map(), names, weights: model.weights };
  names.forEach((name, i) => {
    const body = name.slice(2);
    if (name.startsWith('w:')) table!.words.set(body, i);
    else if (name.startsWith('s:')) table!.stems.set(body, i);
    else if (name.startsWith('b:')) {
      const cut = body.indexOf('_');
      const first = body.slice(0, cut);
      let next = table!.pairs.get(first);
      if (!next) table!.pairs.set(first, (next = new Map()));
      next.set(body.slice(cut + 1), i);
    } else throw new Error(`the learned model is damaged: feature "${name}" is of no known kind`);
  });
  tables.set(model, table);
  return table;
}

/** The model that ships, decoded the first time it is asked for. */
let shipped: LearnedModel | null = null;
export function shippedModel(): LearnedModel {
  return (shipped ??= decodeModel(STORED));
}

/** Reads the customer's texts with the learned model: the features of `modelFeatures.ts`, looked up without building their names. */
export function predictHumanLead(texts: readonly string[], model: LearnedModel = shippedModel()): HumanLeadReading {
  const table = tableOf(model);
  const hits = new Set<number>();
  for (const text of texts) {
    const words = modelWords(text);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const word = table.words.get(w);
      if (word !== undefined) hits.add(word);
      if (w.length > STEM_LETTERS) {
        const stem = table.stems.get(w.slice(0, STEM_LETTERS));
        if (stem !== undefined) hits.add(stem);
      }
      const next = words[i + 1];
      if (next !== undefined) {
        const pair = table.pairs.get(w)?.get(next);
        if (pair !== undefined) hits.add(pair);
      }
    }
  }
  let z = model.bias;
  const pushing: number[] = [];
  for (const i of hits) {
    const w = table.weights[i]!;
    z += w;
    if (w > 0) pushing.push(i);
  }
  pushing.sort((a, b) => table.weights[b]! - table.weights[a]!);
  const probability = 1 / (1 + Math.exp(-z));
  return { probability, strongest: pushing.slice(0, STRONGEST).map((i) => describeFeature(table.names[i]!)), raises: probability >= model.threshold };
}
