/**
 * Undoes the ways a word can be disguised before it is read: compatibility forms (fullwidth
 * letters, ligatures) by Unicode NFKC; invisible characters (zero-width spaces and joiners,
 * soft hyphens, word joiners, bidi controls, variation selectors) removed; letters of other
 * scripts that look Latin (Cyrillic "е", Greek "ο") folded to Latin inside words that mix
 * them with Latin letters; and letters spaced out ("r e f u n d", "r.e.f.u.n.d") joined.
 * Plain ASCII text, by far the most common, is returned as it is, unless letters are spaced out.
 */

const NON_ASCII = /[^\u0000-\u007f]/;
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;

// Letters of Cyrillic, Greek and Armenian that are drawn like Latin ones (Unicode's confusables).
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g', ո: 'n', ս: 'u', օ: 'o',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', γ: 'y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
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
  let out = text;
  if (NON_ASCII.test(out)) {
    out = out.normalize('NFKC').replace(INVISIBLE, '');
    if (LOOK_ALIKE.test(out)) out = out.replace(MIXED_WORD, foldLookAlikes);
  }
  if (MAYBE_SPACED.test(out)) out = out.replace(SPACED_OUT, (run) => (isInitials(run) ? run : run.replace(SEPARATORS, '')));
  return out;
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

/** Capital initials with dots ("U.S.A.", "E.U.") are an abbreviation, not a disguise. */
function isInitials(run: string): boolean {
  return /^(?:\p{Lu}\.)+\p{Lu}$/u.test(run);
}
