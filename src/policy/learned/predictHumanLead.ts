import { addFeatures, describeFeature } from './modelFeatures';
import MODEL from './humanLeadModel.json';

/**
 * The learned reader: a linear classifier over word, stem and word-pair features, trained by
 * `npm run train` on the project's develop sets (never on the sets it reports) to tell which
 * tickets the labels put in Lane 3. It never lowers a lane: when it is confident and the lane
 * rules chose a lower lane, the ticket is raised to a human lead, and the decision says that a
 * learned model read it, with the words that weighed most. Its evidence is always `inferred`.
 */

export interface LearnedModel {
  /** What the model was trained on, for the record. */
  trainedOn: string;
  /** Probability at or above which the model raises a ticket to Lane 3. */
  threshold: number;
  bias: number;
  /** Feature names, space-separated; `weights[i]` is the weight of the i-th. */
  features: string;
  weights: number[];
}

export interface HumanLeadReading {
  probability: number;
  /** The features present that pushed most towards Lane 3, as words. */
  strongest: string[];
  raises: boolean;
}

const STRONGEST = 4;

/** Each model's weights by feature, built once. */
const tables = new WeakMap<LearnedModel, Map<string, number>>();
function weightsOf(model: LearnedModel): Map<string, number> {
  let table = tables.get(model);
  if (table) return table;
  const names = model.features.split(' ');
  if (names.length !== model.weights.length) throw new Error(`the learned model is damaged: ${names.length} features for ${model.weights.length} weights`);
  table = new Map(names.map((name, i) => [name, model.weights[i]!]));
  tables.set(model, table);
  return table;
}

/** Reads the customer's texts with the learned model. */
export function predictHumanLead(texts: readonly string[], model: LearnedModel = MODEL as LearnedModel): HumanLeadReading {
  const weights = weightsOf(model);
  const features = new Set<string>();
  for (const text of texts) addFeatures(text, features);
  let z = model.bias;
  const pushing: [string, number][] = [];
  for (const f of features) {
    const w = weights.get(f);
    if (w === undefined) continue;
    z += w;
    if (w > 0) pushing.push([f, w]);
  }
  pushing.sort((a, b) => b[1] - a[1]);
  const probability = 1 / (1 + Math.exp(-z));
  return { probability, strongest: pushing.slice(0, STRONGEST).map(([f]) => describeFeature(f)), raises: probability >= model.threshold };
}
