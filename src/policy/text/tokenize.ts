/**
 * The words of a message, folded for matching, with their places in the original text and
 * the clause and sentence each is in. Kept as parallel arrays: a ticket has hundreds of
 * words and a batch has hundreds of thousands of tickets.
 */
export interface Tokens<W> {
  text: string;
  count: number;
  /** Each word as the word source keeps it; only the first `count` entries are this text's. */
  word: W[];
  /** Whether a phrase may start at each word: its first characters passed the lexicon's `mayMatter`. */
  open: boolean[];
  start: number[];
  end: number[];
  /** Negation never crosses a clause. */
  clause: number[];
  sentence: number[];
  /** The text's ASCII letters, and how many of them are capitals. */
  letters: number;
  capitals: number;
}

const MARKS = /[\u0300-\u036f]/g;
const ASCII_WORD = /^[a-z0-9]+$/;

/** Folds one word: lower case, no accents, no apostrophes (`Rückerstattung` → `ruckerstattung`, `don't` → `dont`). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(/ß/g, 'ss').replace(/['’]/g, '');
}

// French and Italian words that elide before a vowel; English contractions ("don't", "we're") stay one word.
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'un', 'quest', 'quell', 'nessun', 'tutt']);
const MAX_ELISION = 6;

const CLAUSE_WORDS = new Set(['but', 'just', 'only', 'instead', 'however', 'aber', 'sondern', 'mais', 'pero', 'sino']);

/** Letters, digits and `_`: "billed_amount" is one identifier, not the word "billed". */
function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  // Punctuation, symbols and surrogate halves (emoji) are not letters.
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff)) return false;
  if ((c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff20) || c === 0xfeff || c === 0xfffd || c === 0xffff) return false;
  return true;
}

const APOSTROPHES = new Set([39, 0x2019]);
const SENTENCE_ENDS = new Set([46, 33, 63, 59, 10, 161, 191]); // . ! ? ; newline, and ¡ ¿ that open one
const CLAUSE_ENDS = new Set([44, 58, 40, 41]); // , : ( )
const DASHES = new Set([45, 0x2013, 0x2014]);

// What each ASCII character is to the tokenizer, as bit flags in one table.
const LETTER = 1;
const SENTENCE_END = 2;
const CLAUSE_END = 4;
const DASH = 8;
const APOSTROPHE = 16;
const ASCII_CLASS = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  ASCII_CLASS[c] = (isLetterOrDigit(c) ? LETTER : 0) | (SENTENCE_ENDS.has(c) ? SENTENCE_END : 0) | (CLAUSE_ENDS.has(c) ? CLAUSE_END : 0) | (DASHES.has(c) ? DASH : 0) | (APOSTROPHES.has(c) ? APOSTROPHE : 0);
}

/** What a character is to the tokenizer (`LETTER`, `SENTENCE_END` ...). */
function classOf(c: number): number {
  if (c < 0x80) return ASCII_CLASS[c]!;
  return (isLetterOrDigit(c) ? LETTER : 0) | (SENTENCE_ENDS.has(c) ? SENTENCE_END : 0) | (DASHES.has(c) ? DASH : 0) | (APOSTROPHES.has(c) ? APOSTROPHE : 0);
}

/** The hash of a folded word, one character at a time from `WORD_HASH_SEED` (FNV-1a). */
export const WORD_HASH_SEED = 0x811c9dc5;
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Tells, from a word's first three characters (lower case, 0 past its end), whether it may matter. */
export type FirstChars = (c0: number, c1: number, c2: number) => boolean;

/** A word as the tokenizer needs it. */
export interface TokenWord {
  /** Folded: lower case, no accents, no apostrophes. */
  norm: string;
  /** Whether a phrase may start at the word as folded: `startsPhrase` of its folded form. */
  open: boolean;
}

/** Where the tokenizer finds each word, kept once by its folded form. */
export interface WordSource<W> {
  /** The word written as the ASCII characters `text[from, to)`, whose folded form has this hash (`hashStep`) and length. */
  at(text: string, from: number, to: number, hash: number, length: number): W;
  /** The word of a folded form. */
  of(norm: string): W;
  /** Whether a phrase may start at a word with these first characters. */
  mayMatter: FirstChars;
}

/**
 * Splits text into words in one pass over its characters, each word found in `words` once. A
 * phrase may start only at a word whose first three characters `mayMatter` lets through.
 */
export function tokenize<W extends TokenWord>(text: string, words: WordSource<W>, reuse?: Tokens<W>): Tokens<W> {
  // A batch tokenizes millions of messages: reusing one set of arrays spares the collector.
  const out: Tokens<W> = reuse ?? { text, count: 0, word: [], open: [], start: [], end: [], clause: [], sentence: [], letters: 0, capitals: 0 };
  out.text = text;
  out.count = 0;
  let letters = 0;
  let capitals = 0;
  let clause = 0;
  let sentence = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if ((cls & LETTER) === 0) {
      // "mira.lang@example.org", "v2.3": a point inside a word ends no sentence.
      if (cls & SENTENCE_END && !(c === 46 && i > 0 && i + 1 < n && classOf(text.charCodeAt(i + 1)) & LETTER && classOf(text.charCodeAt(i - 1)) & LETTER) && !(c === 46 && endsAbbreviation(out, i))) {
        sentence++;
        clause++;
      } else if (cls & CLAUSE_END || (cls & DASH && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32)) {
        clause++;
      }
      i++;
      continue;
    }
    const s = i;
    // An ASCII word's folded form is its letters in lower case without apostrophes: hashed as they are read.
    let ascii = c < 0x80;
    let h = hashStep(WORD_HASH_SEED, lowerCode(c));
    let length = 1;
    // Every ASCII letter of a text is in a word: counted here for `isShouting`.
    if (c >= 65 && c <= 90) capitals++;
    if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      const dc = classOf(d);
      if (dc & LETTER) {
        if (d >= 0x80) ascii = false;
        else {
          h = hashStep(h, lowerCode(d));
          if (d >= 65 && d <= 90) capitals++;
          if ((d | 32) >= 97 && (d | 32) <= 122) letters++;
        }
        length++;
        i++;
      } else if (dc & APOSTROPHE && i + 1 < n && classOf(text.charCodeAt(i + 1)) & LETTER) {
        // "l'abonnement", "dell'account": an elided article or preposition is a word of its own.
        // "déll'aḿministratore": the elision is known by its folded letters, whatever marks it carries.
        if (i - s <= MAX_ELISION + 2 && ELISIONS.has(foldWord(text.slice(s, i)))) break;
        const e = text.charCodeAt(i + 1);
        if (d >= 0x80 || e >= 0x80) ascii = false;
        else h = hashStep(h, lowerCode(e));
        if (e >= 65 && e <= 90) capitals++;
        if ((e | 32) >= 97 && (e | 32) <= 122) letters++;
        length++;
        i += 2;
      } else break;
    }
    const w = ascii ? words.at(text, s, i, h, length) : words.of(foldWord(text.slice(s, i)));
    // An ASCII word opens as its folded form does ("we're" as "were"); another is tried as written.
    const open = ascii ? w.open : startsPhrase(text, s, i, words.mayMatter);
    if (open && CLAUSE_WORDS.has(w.norm)) clause++;
    const k = out.count++;
    out.word[k] = w;
    out.open[k] = open;
    out.start[k] = s;
    out.end[k] = i;
    out.clause[k] = clause;
    out.sentence[k] = sentence;
  }
  out.letters = letters;
  out.capitals = capitals;
  return out;
}

// "Mrs. Feld", "Dr. Weber", "e.g. the export": a point after these ends no sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'sra', 'srta', 'mme', 'mlle', 'hr', 'fr', 'nr', 'vs', 'ca', 'approx']);

/** Whether the point at `at` closes an abbreviation that ends the word just read. */
function endsAbbreviation<W extends TokenWord>(out: Tokens<W>, at: number): boolean {
  const k = out.count - 1;
  if (k < 0 || out.end[k] !== at) return false;
  const w = out.word[k]!.norm;
  if (ABBREVIATIONS.has(w)) return true;
  // "mr. J. Koster": a capital letter alone is an initial.
  const first = out.text.charCodeAt(out.start[k]!);
  if (out.end[k]! - out.start[k]! === 1 && first >= 65 && first <= 90) return true;
  // "e.g.", "i.e.": two one-letter words with a point inside.
  return k > 0 && out.end[k] - out.start[k]! === 1 && (w === 'g' || w === 'e') && out.word[k - 1]!.norm === (w === 'g' ? 'e' : 'i') && out.start[k]! - out.end[k - 1]! === 1;
}

/** Whether a phrase may start at the word `text[from, to)`, from its first three characters as written. */
export function startsPhrase(text: string, from: number, to: number, mayMatter: FirstChars): boolean {
  const c0 = lowerCode(text.charCodeAt(from));
  const c1 = to - from > 1 ? lowerCode(text.charCodeAt(from + 1)) : 0;
  const c2 = to - from > 2 ? lowerCode(text.charCodeAt(from + 2)) : 0;
  return c0 >= 0x80 || c1 >= 0x80 || c2 >= 0x80 || mayMatter(c0, c1, c2);
}

function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The folded form of word `i`. */
export function normAt<W extends { norm: string }>(tokens: Tokens<W>, i: number): string {
  return tokens.word[i]!.norm;
}
