import { foldWord } from './tokenize';

/**
 * A lexicon maps each concept to phrases. Phrase syntax, one phrase a string:
 * - words separated by spaces, matched after folding (case, accents, apostrophes);
 * - `refund*` matches any word that starts with `refund` (refunds, refunded, refunding);
 * - `account|workspace` matches either word;
 * - `~` skips up to two words (`reverse ~ charge` matches "reverse the double charge");
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
}
type Step = WordStep | GapStep;

export interface CompiledPhrase {
  concept: string;
  text: string;
  steps: readonly Step[];
  exclusion: boolean;
}

export interface CompiledLexicon {
  /** Phrases whose first word is an exact word, by that word. */
  byWord: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** Phrases whose first word is a prefix, by that prefix. */
  byPrefix: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** The prefix lengths in use, so a token is only cut where a prefix could match. */
  prefixLengths: readonly number[];
  concepts: readonly string[];
}

export class PhraseError extends Error {}

const MAX_WORD_STEPS = 8;

/** Parses one phrase; throws `PhraseError` naming what is wrong with it. */
export function compilePhrase(concept: string, text: string): CompiledPhrase {
  const exclusion = text.startsWith('!');
  const body = exclusion ? text.slice(1) : text;
  const parts = body.trim().split(/\s+/).filter((p) => p.length > 0);
  if (parts.length === 0) throw new PhraseError(`phrase "${text}" has no words`);
  const steps: Step[] = [];
  for (const part of parts) {
    if (part === '~') {
      if (steps.length === 0) throw new PhraseError(`phrase "${text}" starts with "~"; a gap needs a word before it`);
      steps.push({ kind: 'gap' });
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
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const byWord = new Map<string, CompiledPhrase[]>();
  const byPrefix = new Map<string, CompiledPhrase[]>();
  const lengths = new Set<number>();
  for (const [concept, phrases] of Object.entries(lexicon)) {
    for (const text of phrases) {
      const phrase = compilePhrase(concept, text);
      const first = phrase.steps[0];
      if (first === undefined || first.kind !== 'word') continue;
      for (const w of first.exact) push(byWord, w, phrase);
      for (const p of first.prefixes) {
        push(byPrefix, p, phrase);
        lengths.add(p.length);
      }
    }
  }
  return {
    byWord,
    byPrefix,
    prefixLengths: [...lengths].sort((a, b) => a - b),
    concepts: Object.keys(lexicon),
  };
}

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
