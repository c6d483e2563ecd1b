/** The learned reader's model as it reads: a weight at each place its features hash to. */
export interface LearnedModel {
  /** What the model was trained on, for the record. */
  trainedOn: string;
  /** Probability at or above which the model raises a ticket to Lane 3. */
  threshold: number;
  bias: number;
  /** Features hash to one of 2^bits places (`modelFeatures.ts`, `featurePlace`). */
  bits: number;
  /** The places that carry a weight, in rising order; `weights[i]` is the weight at `places[i]`. */
  places: number[];
  weights: number[];
}

/**
 * The learned reader's weights as they ship in `humanLeadModel.json`: no feature names, only
 * the places they hash to, each written as its distance from the one before (seven bits a byte,
 * the high bit saying more follows), and each weight one signed byte of `scale`; both base64.
 * A feature costs about three bytes, so the model weighs little in the sidebar's first load.
 * `npm run train` writes this form; the reader decodes it once.
 */
export interface StoredModel {
  trainedOn: string;
  threshold: number;
  bias: number;
  bits: number;
  /** The weight of one step of a stored byte. */
  scale: number;
  /** The places, as distances from the one before (the first from 0), base64. */
  places: string;
  /** One signed byte per place, base64. */
  weights: string;
}

const STEPS = 127;
/** More places than this would make the model large, and `1 << bits` stays a positive number. */
const MAX_BITS = 24;

/** Rounds each weight to a byte of a common scale: the model that ships is the model that scores. */
export function encodeModel(model: LearnedModel): StoredModel {
  checkPlaces(model.places, model.weights.length, model.bits);
  const largest = model.weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0);
  const step = Number((largest / STEPS).toPrecision(6));
  // Weights too small to tell from nothing are nothing.
  const scale = step > 0 && Number.isFinite(step) ? step : 1;
  const bytes = Uint8Array.from(model.weights, (w) => Math.max(-STEPS, Math.min(STEPS, Math.round(w / scale))) & 0xff);
  const gaps: number[] = [];
  let previous = 0;
  for (const place of model.places) {
    let gap = place - previous;
    previous = place;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
  }
  return { trainedOn: model.trainedOn, threshold: model.threshold, bias: model.bias, bits: model.bits, scale, places: toBase64(Uint8Array.from(gaps)), weights: toBase64(bytes) };
}

/** The model as the reader uses it; refuses a stored model whose parts do not agree. */
export function decodeModel(stored: StoredModel): LearnedModel {
  if (!(stored.scale > 0)) throw new Error(`the learned model is damaged: its scale is ${String(stored.scale)}`);
  const bytes = fromBase64(stored.weights);
  const gaps = fromBase64(stored.places);
  const places: number[] = [];
  let place = 0;
  let gap = 0;
  let shift = 0;
  for (const b of gaps) {
    gap += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b & 0x80) continue;
    place += gap;
    places.push(place);
    gap = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error('the learned model is damaged: its last place is cut short');
  checkPlaces(places, bytes.length, stored.bits);
  const weights = Array.from(bytes, (b) => (b > STEPS ? b - 256 : b) * stored.scale);
  return { trainedOn: stored.trainedOn, threshold: stored.threshold, bias: stored.bias, bits: stored.bits, places, weights };
}

function checkPlaces(places: readonly number[], weights: number, bits: number): void {
  if (!Number.isInteger(bits) || bits < 1 || bits > MAX_BITS) throw new Error(`the learned model is damaged: ${String(bits)} bits is not a whole number from 1 to ${MAX_BITS}`);
  if (places.length !== weights) throw new Error(`the learned model is damaged: ${places.length} places for ${weights} weights`);
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    if (!Number.isInteger(p) || p < 0 || p >= 2 ** bits || (i > 0 && p <= places[i - 1]!)) {
      throw new Error(`the learned model is damaged: place ${String(p)} is out of order or beyond 2^${bits}`);
    }
  }
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
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
