import { foldWord } from './tokenize';

/**
 * A lexicon maps each concept to phrases. Phrase syntax, one phrase a string:
 * - words separated by spaces, matched after folding (case, accents, apostrophes);
 * - `refund*` matches any word that starts with `refund` (refunds, refunded, refunding);
 * - `account|workspace` matches either word; an alternative is one word, so "do not" beside
 *   "dont" is a phrase of its own (`dont ~ charge`, `do not ~ charge`);
 * - `~` skips up to two words (`reverse ~ charge` matches "reverse the double charge");
 * - `~~` skips up to six words (`get ~ difference ~~ back` matches "get the difference for the remaining 9 months back");
 * - a phrase that starts with `!` is an exception: where it matches, the concept does not
 *   (`!credit card*` keeps "credit card" from reading as a service credit).
 */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

interface WordStep {
  kind: 'word';
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}
interface GapStep {
  kind: 'gap';
  /** How many words it may skip. */
  max: number;
}
type Step = WordStep | GapStep;

export interface CompiledPhrase {
  concept: string;
  text: string;
  steps: readonly Step[];
  exclusion: boolean;
}

export interface CompiledLexicon {
  /** The phrases that may start at a folded word; the caller keeps the answer (`lexiconWords`). */
  startsOf(norm: string): readonly CompiledPhrase[];
  /** Whether a word with these first three characters (lower case, 0 past its end) could start a phrase or shape a clause. */
  mayMatter(c0: number, c1: number, c2: number): boolean;
}

const NO_PHRASES: readonly CompiledPhrase[] = [];

export class PhraseError extends Error {}

/** Words `~` and `~~` may skip. */
const SHORT_GAP = 2;
const LONG_GAP = 6;

const MAX_WORD_STEPS = 8;

/** Parses one phrase; throws `PhraseError` naming what is wrong with it. */
export function compilePhrase(concept: string, text: string): CompiledPhrase {
  const exclusion = text.startsWith('!');
  const body = exclusion ? text.slice(1) : text;
  const parts = body.trim().split(/\s+/).filter((p) => p.length > 0);
  if (parts.length === 0) throw new PhraseError(`phrase "${text}" has no words`);
  const steps: Step[] = [];
  for (const part of parts) {
    if (part === '~' || part === '~~') {
      if (steps.length === 0) throw new PhraseError(`phrase "${text}" starts with "${part}"; a gap needs a word before it`);
      steps.push({ kind: 'gap', max: part === '~' ? SHORT_GAP : LONG_GAP });
      continue;
    }
    const exact = new Set<string>();
    const prefixes: string[] = [];
    for (const alt of part.split('|')) {
      if (alt.length === 0) throw new PhraseError(`phrase "${text}" has an empty alternative in "${part}"`);
      if (alt.endsWith('*')) {
        const stem = foldWord(alt.slice(0, -1));
        if (stem.length < 2) throw new PhraseError(`phrase "${text}": "${alt}" is too short a prefix; give at least two letters before "*"`);
        prefixes.push(stem);
      } else {
        exact.add(foldWord(alt));
      }
    }
    steps.push({ kind: 'word', exact, prefixes });
  }
  if (steps[steps.length - 1]?.kind === 'gap') throw new PhraseError(`phrase "${text}" ends with "~"; a gap needs a word after it`);
  if (steps.filter((s) => s.kind === 'word').length > MAX_WORD_STEPS) {
    throw new PhraseError(`phrase "${text}" has more than ${MAX_WORD_STEPS} words; split it into shorter phrases`);
  }
  return { concept, text, steps, exclusion };
}

/** Compiles a whole lexicon into lookup tables keyed by each phrase's first word. */
export function compileLexicon(lexicon: Lexicon, typoTolerant: readonly string[] = []): CompiledLexicon {
  const byWord = new Map<string, CompiledPhrase[]>();
  const byPrefix = new Map<string, CompiledPhrase[]>();
  const lengths = new Set<number>();
  // Each phrase is parsed once; the typo and anchor tables read the parsed phrases.
  const compiled = new Map<string, CompiledPhrase[]>();
  for (const [concept, phrases] of Object.entries(lexicon)) compiled.set(concept, phrases.map((text) => compilePhrase(concept, text)));
  for (const phrases of compiled.values()) {
    for (const phrase of phrases) {
      const first = phrase.steps[0];
      if (first === undefined || first.kind !== 'word') continue;
      for (const w of first.exact) push(byWord, w, phrase);
      for (const p of first.prefixes) {
        push(byPrefix, p, phrase);
        lengths.add(p.length);
      }
    }
  }
  const prefixLengths = [...lengths].sort((a, b) => a - b);
  const typos = typoIndex(lexicon, compiled, typoTolerant, byWord, byPrefix);
  const typoLengths = [...new Set([...typos.keys()].map((k) => k.length))].sort((a, b) => a - b);
  const corrected = (norm: string): readonly CompiledPhrase[] | undefined => {
    for (const len of typoLengths) {
      if (len > norm.length) break;
      const fix = typos.get(norm.slice(0, len));
      if (fix && (fix.isPrefix || len === norm.length)) return (fix.isPrefix ? byPrefix : byWord).get(fix.word);
    }
    return undefined;
  };
  const startsOf = (norm: string): readonly CompiledPhrase[] => {
    let starts: CompiledPhrase[] | null = null;
    const add = (list: readonly CompiledPhrase[] | undefined) => {
      if (list) starts = starts ? [...starts, ...list] : [...list];
    };
    add(byWord.get(norm));
    for (const len of prefixLengths) {
      if (len > norm.length) break;
      add(byPrefix.get(norm.slice(0, len)));
    }
    if (starts === null && norm.length >= MIN_TYPO_LENGTH) add(corrected(norm));
    return starts ?? NO_PHRASES;
  };
  // A word is looked up only when its first three characters could begin a phrase's first word.
  const firstChars = new Uint8Array(1 << 21);
  const key = (c0: number, c1: number, c2: number) => (c0 << 14) | (c1 << 7) | c2;
  const mark = (word: string, isPrefix: boolean) => {
    const c = [0, 1, 2].map((i) => (i < word.length ? word.charCodeAt(i) : 0));
    if (c.some((x) => x >= 0x80)) return;
    const [c0, c1, c2] = c as [number, number, number];
    if (word.length >= 3 || !isPrefix) firstChars[key(c0, c1, c2)] = 1;
    else if (word.length === 2) for (let x = 0; x < 0x80; x++) firstChars[key(c0, c1, x)] = 1;
    else for (let x = 0; x < 0x80; x++) for (let y = 0; y < 0x80; y++) firstChars[key(c0, x, y)] = 1;
  };
  for (const w of byWord.keys()) mark(w, false);
  for (const p of byPrefix.keys()) mark(p, true);
  for (const w of ALWAYS_LOOKED_UP) mark(w, false);
  for (const t of typos.keys()) mark(t, true);
  const mayMatter = (c0: number, c1: number, c2: number) => firstChars[key(c0, c1, c2)] === 1;
  return { startsOf, mayMatter };
}

/** Typos are read only in words this long, and only as one missing inner letter: "refnd" for "refund". */
const MIN_TYPO_LENGTH = 5;

/**
 * Maps each one-letter-short spelling of the typo-tolerant concepts' first words to the word.
 * A spelling that is a lexicon word itself, or short for two words, is left out.
 */
function typoIndex(
  lexicon: Lexicon,
  compiled: ReadonlyMap<string, readonly CompiledPhrase[]>,
  concepts: readonly string[],
  byWord: ReadonlyMap<string, unknown>,
  byPrefix: ReadonlyMap<string, unknown>,
): Map<string, { word: string; isPrefix: boolean }> {
  const found = new Map<string, { word: string; isPrefix: boolean } | null>();
  for (const concept of concepts) {
    for (const phrase of compiled.get(concept) ?? (lexicon[concept] ?? []).map((text) => compilePhrase(concept, text))) {
      // "kulant ~ sein", "argent ~~ revenir": a phrase of several words would read "klant" or "agent", words of their own.
      if (phrase.exclusion || phrase.steps.length !== 1) continue;
      const first = phrase.steps[0];
      if (!first || first.kind !== 'word') continue;
      const words = [...[...first.exact].map((w) => ({ word: w, isPrefix: false })), ...first.prefixes.map((p) => ({ word: p, isPrefix: true }))];
      for (const w of words) {
        if (w.word.length <= MIN_TYPO_LENGTH || !/^[a-z]+$/.test(w.word)) continue;
        // Interior letters only: a dropped first or last letter too often makes another word ("breach" → "reach").
        for (let i = 1; i < w.word.length - 1; i++) {
          const variant = w.word.slice(0, i) + w.word.slice(i + 1);
          if (byWord.has(variant) || byPrefix.has(variant)) continue;
          const seen = found.get(variant);
          found.set(variant, seen === undefined || (seen && seen.word === w.word) ? w : null);
        }
      }
    }
  }
  const out = new Map<string, { word: string; isPrefix: boolean }>();
  for (const [k, v] of found) if (v) out.set(k, v);
  return out;
}

/** Words that end a clause, so that negation and questions read right. */
const ALWAYS_LOOKED_UP = ['but', 'just', 'only', 'instead', 'however', 'aber', 'sondern', 'mais', 'pero', 'sino'];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a folded word satisfies one word step. */
export function matchesStep(step: WordStep, word: string): boolean {
  if (step.exact.has(word)) return true;
  for (const p of step.prefixes) if (word.startsWith(p)) return true;
  return false;
}
