import type { CompiledLexicon, CompiledPhrase } from './compileLexicon';
import { cueOf } from './readSentenceRoles';
import { startsPhrase } from './tokenize';
import { WordTable } from './wordTable';

/** A word as the reader sees it, worked out once per distinct word and lexicon. */
export interface Word {
  /** Folded: lower case, no accents, no apostrophes. */
  norm: string;
  /** Whether its first characters pass the lexicon's quick test (`mayMatter`). */
  open: boolean;
  /** The lexicon's phrases that may start at it. */
  starts: readonly CompiledPhrase[];
  /** What it can do in a sentence (`cueOf`). */
  cues: number;
}

const tables = new WeakMap<CompiledLexicon, WordTable<Word>>();

/** The words of messages read with a lexicon: its phrases and the sentence cues of each word. */
export function lexiconWords(lexicon: CompiledLexicon): WordTable<Word> {
  let table = tables.get(lexicon);
  if (!table) {
    const make = (norm: string): Word => ({ norm, open: startsPhrase(norm, 0, norm.length, lexicon.mayMatter), starts: lexicon.startsOf(norm), cues: cueOf(norm) });
    table = new WordTable(make, lexicon.mayMatter);
    tables.set(lexicon, table);
  }
  return table;
}
