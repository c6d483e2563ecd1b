/**
 * Ways a customer's text can be disguised so that a word list no longer sees its words, each
 * applied to every word of four letters or more. A reader that undoes disguises gives a
 * disguised ticket the lane of the plain one.
 */
export const DISGUISES = {
  'zero-width space': (w: string) => insertAfterSecond(w, '\u200b'),
  'soft hyphen': (w: string) => insertAfterSecond(w, '\u00ad'),
  'word joiner': (w: string) => insertAfterSecond(w, '\u2060'),
  'bidi controls': (w: string) => `\u202a${w}\u202c`,
  'Cyrillic look-alikes': (w: string) => w.replace(/[aeopcx]/g, (c) => CYRILLIC[c] ?? c),
  'Greek look-alikes': (w: string) => w.replace(/[oi]/g, (c) => (c === 'o' ? '\u03bf' : '\u03b9')),
  'fullwidth letters': (w: string) => w.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  'letters spaced out': (w: string) => [...w].join(' '),
  'combining marks': (w: string) => insertAfterSecond(w, '\u0301'),
} as const satisfies Record<string, (word: string) => string>;

export type DisguiseName = keyof typeof DISGUISES;

const CYRILLIC: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445' };

function insertAfterSecond(word: string, mark: string): string {
  return `${word.slice(0, 2)}${mark}${word.slice(2)}`;
}

/** Applies a disguise to every word of four or more letters; spaced-out words are kept apart by wider gaps. */
export function disguiseText(text: string, name: DisguiseName): string {
  const apply = DISGUISES[name];
  // Spaced-out words stay apart by a wider gap, as a person spacing them out leaves one.
  const spaced = name === 'letters spaced out' ? text.replace(/ /g, '   ') : text;
  return spaced.replace(/\p{L}{4,}/gu, apply);
}
