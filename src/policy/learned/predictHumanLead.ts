import { HASH_START, hashMore, modelWords, placeOf, STEM_LETTERS } from './modelFeatures';
import STORED from './humanLeadModel.json';
import { decodeModel, type LearnedModel } from './storedModel';

/**
 * The learned reader: a linear classifier over word, stem and word-pair features (hashed to their
 * places, `modelFeatures.ts`), trained by
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

/** Each model's weights by place, built once. */
const tables = new WeakMap<LearnedModel, Map<number, number>>();
function tableOf(model: LearnedModel): Map<number, number> {
  let table = tables.get(model);
  if (table) return table;
  if (model.places.length !== model.weights.length) throw new Error(`the learned model is damaged: ${model.places.length} places for ${model.weights.length} weights`);
  table = new Map(model.places.map((place, i) => [place, model.weights[i]!]));
  tables.set(model, table);
  return table;
}

/** The model that ships, decoded the first time it is asked for. */
let shipped: LearnedModel | null = null;
export function shippedModel(): LearnedModel {
  return (shipped ??= decodeModel(STORED));
}

const WORD_START = hashMore(HASH_START, 'w:');
const STEM_START = hashMore(HASH_START, 's:');
const PAIR_START = hashMore(HASH_START, 'b:');

/**
 * Reads the customer's texts with the learned model: the features of `modelFeatures.ts`, each
 * hashed to its place without building its name. The words that weighed most are named from the
 * customer's own text: the word, stem or pair that landed on each weighing place.
 */
export function predictHumanLead(texts: readonly string[], model: LearnedModel = shippedModel()): HumanLeadReading {
  const table = tableOf(model);
  const bits = model.bits;
  // Each place counts once, however many features land on it, as in training.
  const hits = new Map<number, string>();
  for (const text of texts) {
    const words = modelWords(text);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let place = placeOf(hashMore(WORD_START, w), bits);
      if (table.has(place) && !hits.has(place)) hits.set(place, w);
      if (w.length > STEM_LETTERS) {
        place = placeOf(hashMore(STEM_START, w, 0, STEM_LETTERS), bits);
        if (table.has(place) && !hits.has(place)) hits.set(place, `${w.slice(0, STEM_LETTERS)}…`);
      }
      const next = words[i + 1];
      if (next !== undefined) {
        place = placeOf(hashMore(hashMore(hashMore(PAIR_START, w), '_'), next), bits);
        if (table.has(place) && !hits.has(place)) hits.set(place, `${w} ${next}`);
      }
    }
  }
  let z = model.bias;
  const pushing: [number, string][] = [];
  for (const [place, said] of hits) {
    const w = table.get(place)!;
    z += w;
    if (w > 0) pushing.push([w, said]);
  }
  pushing.sort((a, b) => b[0] - a[0]);
  const probability = 1 / (1 + Math.exp(-z));
  return { probability, strongest: pushing.slice(0, STRONGEST).map(([, said]) => said), raises: probability >= model.threshold };
}
