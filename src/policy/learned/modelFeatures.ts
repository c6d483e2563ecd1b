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

/** A feature as a reader would say it: "refund", "next invoice", "cance…". */
export function describeFeature(feature: string): string {
  const body = feature.slice(2);
  if (feature.startsWith('b:')) return body.replace('_', ' ');
  if (feature.startsWith('s:')) return `${body}…`;
  return body;
}
