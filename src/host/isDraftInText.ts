/** Sentences shorter than this are too common to tell a copied draft from an agent's own words. */
const MIN_SENTENCE = 40;

const normalise = (s: string): string => s.toLowerCase().replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

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
