/** The learned reader's model as it reads: a weight for each feature named. */
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

/**
 * The learned reader's weights as they ship in `humanLeadModel.json`: each weight one signed
 * byte of `scale` (base64), so 700 features cost the sidebar's first load under 4 KB.
 * `npm run train` writes this form; the reader decodes it once.
 */
export interface StoredModel {
  trainedOn: string;
  threshold: number;
  bias: number;
  /** The weight of one step of a stored byte. */
  scale: number;
  /** Feature names, space-separated, in the order of the bytes. */
  features: string;
  /** One signed byte per feature, base64. */
  weights: string;
}

const STEPS = 127;

/** Rounds each weight to a byte of a common scale: the model that ships is the model that scores. */
export function encodeModel(model: LearnedModel): StoredModel {
  const largest = model.weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0);
  const step = Number((largest / STEPS).toPrecision(6));
  // Weights too small to tell from nothing are nothing.
  const scale = step > 0 && Number.isFinite(step) ? step : 1;
  const bytes = Uint8Array.from(model.weights, (w) => Math.max(-STEPS, Math.min(STEPS, Math.round(w / scale))) & 0xff);
  return { trainedOn: model.trainedOn, threshold: model.threshold, bias: model.bias, scale, features: model.features, weights: toBase64(bytes) };
}

/** The model as the reader uses it; refuses a stored model whose parts do not agree. */
export function decodeModel(stored: StoredModel): LearnedModel {
  const bytes = fromBase64(stored.weights);
  const names = stored.features === '' ? 0 : stored.features.split(' ').length;
  if (bytes.length !== names) throw new Error(`the learned model is damaged: ${names} features for ${bytes.length} weights`);
  if (!(stored.scale > 0)) throw new Error(`the learned model is damaged: its scale is ${String(stored.scale)}`);
  const weights = Array.from(bytes, (b) => (b > STEPS ? b - 256 : b) * stored.scale);
  return { trainedOn: stored.trainedOn, threshold: stored.threshold, bias: stored.bias, features: stored.features, weights };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Written out rather than `btoa`/`Buffer`: the same code runs in the browser, in Node and in training.
function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? ALPHABET[n & 63]! : '=');
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of clean) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) throw new Error(`the learned model is damaged: "${c}" is not base64`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
