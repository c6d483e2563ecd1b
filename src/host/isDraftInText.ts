/** Sentences shorter than this are too common to tell a copied draft from an agent's own words. */
const MIN_SENTENCE = 40;

/** Reads the composer's text as words: with the rich-text editor on it is HTML, entities and all. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number.parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : (ENTITIES[e.toLowerCase()] ?? m),
  );
const normalise = (s: string): string => decodeEntities(s.replace(/<[^>]+>/g, ' ')).toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether a reply carries the draft: the whole draft, or any of its longer sentences. */
export function isDraftInText(text: string, draft: string): boolean {
  const t = normalise(text);
  const d = normalise(draft);
  if (!d || !t) return false;
  if (t.includes(d)) return true;
  return d
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .some((s) => s.length >= MIN_SENTENCE && t.includes(s));
}
