/**
 * The features the learned reader sees in a customer's text: its words, the first five letters
 * of each longer word (a stem for seven languages without a stemmer: "cancelamos" and
 * "cancelar" share "cance"), and each pair of neighbouring words. The text comes in as the
 * reader keeps it (disguises undone, quotes and signatures dropped), so training and scoring
 * see the same features. Pure; the same code serves the training script and the browser.
 */

export const STEM_LETTERS = 5;

/** The folded words of a text: lower case, accents off, letters and digits only. */
export function modelWords(text: string): string[] {
  // ASCII text, by far the most common, has no accents to take off.
  const folded = NOT_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text;
  return folded.toLowerCase().match(WORD) ?? [];
}
const NOT_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const WORD = /[a-z0-9]+/g;

/** Adds the features of one text to `into`: `w:` a word, `s:` a stem, `b:` a pair of words. */
export function addFeatures(text: string, into: Set<string>): Set<string> {
  const words = modelWords(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    into.add(`w:${w}`);
    if (w.length > STEM_LETTERS) into.add(`s:${w.slice(0, STEM_LETTERS)}`);
    const next = words[i + 1];
    if (next !== undefined) into.add(`b:${w}_${next}`);
  }
  return into;
}

/**
 * Where a feature's weight is kept: its name hashed (32-bit FNV-1a, folded) to one of 2^bits
 * places. The model ships weights by place, not names, so it weighs little; a word the model
 * never learned may land on a learned place, one in about 2^bits / features, as hashing allows.
 * `hashMore` continues a hash over more characters, so a reader can hash "b:" + word + "_" +
 * next without building the string.
 */
export const HASH_START = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

export function hashMore(hash: number, text: string, from = 0, to = text.length): number {
  let h = hash;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
  return h;
}

/** The place of a hash among 2^bits. */
export function placeOf(hash: number, bits: number): number {
  const h = hash >>> 0;
  return ((h ^ (h >>> bits)) >>> 0) & ((1 << bits) - 1);
}

/** The place of a feature by name: `placeOf(hashMore(HASH_START, name))`. */
export function featurePlace(name: string, bits: number): number {
  return placeOf(hashMore(HASH_START, name), bits);
}
