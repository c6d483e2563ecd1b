/** A word of a message, folded for matching, with its place in the original text. */
export interface Token {
  /** Lower case, accents removed, apostrophes dropped: `Rückerstattung` → `ruckerstattung`, `don't` → `dont`. */
  norm: string;
  start: number;
  end: number;
  /** Index of the clause the token is in; negation never crosses a clause. */
  clause: number;
  /** Index of the sentence the token is in. */
  sentence: number;
}

const WORD = /([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|[.!?;:,()\n]|\s[-–—]\s/gu;
const SENTENCE_END = new Set(['.', '!', '?', '\n', ';']);
const CLAUSE_WORDS = new Set(['but', 'just', 'only', 'instead', 'however', 'aber', 'sondern', 'mais', 'pero', 'sino']);
const MARKS = /[\u0300-\u036f]/g;
const ASCII_WORD = /^[a-z0-9]+$/;

const foldCache = new Map<string, string>();

/** Folds one word: lower case, no accents, no apostrophes. */
export function foldWord(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  let folded = word.toLowerCase();
  if (!ASCII_WORD.test(folded)) {
    folded = folded.normalize('NFD').replace(MARKS, '').replace(/ß/g, 'ss').replace(/['’]/g, '');
  }
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

/** Splits text into folded words, tracking clause and sentence boundaries. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let sentence = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[1];
    if (raw === undefined) {
      clause++;
      if (SENTENCE_END.has(m[0])) sentence++;
      continue;
    }
    const norm = foldWord(raw);
    if (CLAUSE_WORDS.has(norm)) clause++;
    tokens.push({ norm, start: m.index, end: m.index + raw.length, clause, sentence });
  }
  return tokens;
}
