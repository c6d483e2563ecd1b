/**
 * Undoes the ways a word can be disguised before it is read: compatibility forms (fullwidth
 * letters, ligatures) by Unicode NFKC; invisible characters (zero-width spaces and joiners,
 * soft hyphens, word joiners, bidi controls, variation selectors) removed; letters of other
 * scripts that look Latin (Cyrillic "е", Greek "ο") folded to Latin inside words that mix
 * them with Latin letters; and letters spaced out ("r e f u n d", "r.e.f.u.n.d") joined.
 * Plain ASCII text, by far the most common, is returned as it is, unless letters are spaced out.
 */

const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;

// Letters of Cyrillic, Greek and Armenian that are drawn like Latin ones (Unicode's confusables).
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g', ո: 'n', ս: 'u', օ: 'o',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', γ: 'y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const STRAY_MARK = /([A-Za-z])\p{Mn}+/gu;
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'u');
const MIXED_WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;

// Four or more single letters, each followed by one space, dot, hyphen or underscore: "r e f u n d".
const SPACED_OUT = /(?<![\p{L}\p{N}])\p{L}(?:[ ._\-]\p{L}(?![\p{L}\p{N}])){3,}/gu;
// A quick test before the costlier pattern: two single letters separated as above.
const MAYBE_SPACED = /(?:^|[^\p{L}\p{N}])\p{L}[ ._\-]\p{L}[ ._\-]\p{L}[ ._\-]\p{L}(?![\p{L}\p{N}])/u;
const SEPARATORS = /[ ._\-]/g;

/** Returns the text as a reader should see it, whatever disguise it wore. */
export function normalizeText(text: string): string {
  const plain = readAscii(text);
  if (plain === ASCII) return text;
  if (plain === ASCII_SPACED) return text.replace(SPACED_OUT, joinSpacedOut);
  // A mark NFKC could not compose onto a Latin letter ("Th\u0301anks") is a disguise, not a letter of any language read here.
  let out = text.normalize('NFKC').replace(INVISIBLE, '').replace(STRAY_MARK, '$1');
  if (LOOK_ALIKE.test(out)) out = out.replace(MIXED_WORD, foldLookAlikes);
  if (MAYBE_SPACED.test(out)) out = out.replace(SPACED_OUT, joinSpacedOut);
  return out;
}

const ASCII = 0;
const ASCII_SPACED = 1;
const NOT_ASCII = 2;

/**
 * One pass over a text: whether it is all ASCII and, if so, whether `MAYBE_SPACED` matches it
 * (four single letters, each after the first behind one separator).
 */
function readAscii(text: string): number {
  let spaced = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return NOT_ASCII;
    // A letter, a separator, a letter, a separator: the start of a spaced-out run, perhaps.
    if (!spaced && isSeparator(c) && isSeparator(text.charCodeAt(i + 2)) && i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) spaced = isSpacedRun(text, i - 1);
  }
  return spaced ? ASCII_SPACED : ASCII;
}

/** Whether the letters at `at`, `at + 2`, `at + 4` and `at + 6` stand alone, one separator apart. */
function isSpacedRun(text: string, at: number): boolean {
  if (at > 0 && isAsciiLetterOrDigit(text.charCodeAt(at - 1))) return false;
  for (let k = 1; k <= 3; k++) {
    if (!isSeparator(text.charCodeAt(at + 2 * k - 1)) || !isAsciiLetter(text.charCodeAt(at + 2 * k))) return false;
  }
  return !isAsciiLetterOrDigit(text.charCodeAt(at + 7));
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 46 || c === 95 || c === 45; // space . _ -
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/** Folds the look-alike letters of a word that also has Latin ones; a word all in one other script is left alone. */
function foldLookAlikes(word: string): string {
  if (!LOOK_ALIKE.test(word)) return word;
  let latin = false;
  let other = false;
  for (const ch of word) {
    if (LOOK_ALIKES[ch] !== undefined) continue;
    if (LATIN.test(ch)) latin = true;
    else other = true;
  }
  // "rеfund" mixes scripts; "МОРЕ" with only look-alikes is folded too, "рефунд" is real Cyrillic.
  if (!latin && other) return word;
  let out = '';
  for (const ch of word) out += LOOK_ALIKES[ch] ?? ch;
  return out;
}

/**
 * Joins a run of spaced-out letters by its own separator: "r e f u n d" → "refund". Another
 * separator inside the run still parts two words ("B u s i n e s s-T a r i f" → "Business Tarif").
 */
function joinSpacedOut(run: string): string {
  if (isInitials(run)) return run;
  const counts = new Map<string, number>();
  for (const sep of run.match(SEPARATORS) ?? []) counts.set(sep, (counts.get(sep) ?? 0) + 1);
  let usual = ' ';
  let most = 0;
  for (const [sep, n] of counts) if (n > most) [usual, most] = [sep, n];
  return run.replace(SEPARATORS, (sep) => (sep === usual ? '' : ' '));
}

/** Capital initials with dots ("U.S.A.", "E.U.") are an abbreviation, not a disguise. */
function isInitials(run: string): boolean {
  return /^(?:\p{Lu}\.)+\p{Lu}$/u.test(run);
}
