import { normalizeText } from './text/normalizeText';

/**
 * The words of a reply as a person reads them, whatever form the composer hands it over in:
 * rich-text HTML decoded (tags, `<br>`, entities), disguises undone as the text reader undoes
 * them (`normalizeText`: compatibility forms, invisible characters, look-alike letters, spaced-out
 * letters), case and accents folded. Two texts that read the same give the same words.
 */

/** Named entities a rich-text editor writes; any other named entity reads as a space. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '-', mdash: '-', lsquo: "'", rsquo: "'", sbquo: "'", ldquo: '"', rdquo: '"', bdquo: '"',
  hellip: '...', euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™',
  shy: '', zwj: '', zwnj: '', lrm: '', rlm: '', middot: '·', bull: '•', laquo: '"', raquo: '"',
};

/** Elements that end a line or a block of text. */
const BREAK = /<\s*(?:br|\/p|\/div|\/li|\/h[1-6]|\/tr|\/blockquote|hr)\b[^>]*>/gi;
/** A tag, as an editor writes one; a lone `<` in plain text is left alone. */
const TAG = /<\/?[a-z][^>]*>|<!--[\s\S]*?-->/gi;
const HIDDEN_BLOCK = /<\s*(script|style)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));?/gi;
/** Format characters (zero-width spaces and joiners, soft hyphens, direction marks, BOM) and combining marks. */
const INVISIBLE = /[\p{Cf}\p{M}]/gu;
const WORD = /[\p{L}\p{N}]+/gu;

function decodeEntity(match: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (dec !== undefined || hex !== undefined) {
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  if (name === undefined) return match;
  return ENTITIES[name.toLowerCase()] ?? ' ';
}

/** Decodes rich text into plain text: blocks and breaks as new lines, tags removed, entities decoded. */
export function decodeRichText(text: string): string {
  return text.replace(HIDDEN_BLOCK, ' ').replace(BREAK, '\n').replace(TAG, ' ').replace(ENTITY, decodeEntity);
}

/** The reply's words, folded: `"Refunded&nbsp;the <b>40</b> seats"` and `"refunded the 40 seats"` read alike. */
export function readReplyWords(text: string): string[] {
  const plain = normalizeText(decodeRichText(text)).normalize('NFKD').replace(INVISIBLE, '').toLowerCase();
  return plain.match(WORD) ?? [];
}
