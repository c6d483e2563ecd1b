import { readReplyWords } from './readReplyWords';

/** How much of an original text a reply carries. */
export interface CopiedText {
  /** Share of the original's words that the reply carries in runs of `RUN` words or more (0..1). */
  share: number;
  /** The longest stretch of the original the reply carries, in words. */
  longestRun: number;
}

/** Runs of this many words are compared: shorter ones ("thank you for") are common to any reply. */
const RUN = 3;
/** A reply that carries a third of the original carries it: half a draft is still the draft. */
const MIN_SHARE = 1 / 3;
/** ...as long as that third is at least this many words, so a short greeting in common does not count. */
const MIN_WORDS = 5;
/** A stretch this long is the original's, however long the original is (a paragraph of the packet). */
const LONG_RUN = 10;

/**
 * Whether `reply` carries `original` (a withheld draft, the escalation packet), after light
 * edits: rich text, spacing, punctuation, case, accents and invisible characters do not matter
 * (`readReplyWords`); a changed word, a cut or surrounding text of the agent's own do not hide
 * the rest, because the two are compared by overlapping runs of words. An agent's own reply,
 * which shares only common phrases with the original, is not a copy. Returns null when it is not.
 */
export function findCopiedText(reply: string, original: string): CopiedText | null {
  const source = readReplyWords(original);
  const target = readReplyWords(reply);
  if (source.length === 0 || target.length === 0) return null;
  if (source.length < MIN_WORDS) {
    // Too short to compare in runs: only the whole of it, word for word, is a copy.
    const whole = ` ${source.join(' ')} `;
    return ` ${target.join(' ')} `.includes(whole) ? { share: 1, longestRun: source.length } : null;
  }
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= target.length; i++) runs.add(target.slice(i, i + RUN).join(' '));
  const covered = new Array<boolean>(source.length).fill(false);
  for (let i = 0; i + RUN <= source.length; i++) {
    if (runs.has(source.slice(i, i + RUN).join(' '))) covered.fill(true, i, i + RUN);
  }
  let count = 0;
  let run = 0;
  let longestRun = 0;
  for (const c of covered) {
    run = c ? run + 1 : 0;
    if (c) count++;
    if (run > longestRun) longestRun = run;
  }
  const share = count / source.length;
  const carried = (share >= MIN_SHARE && count >= MIN_WORDS) || longestRun >= LONG_RUN;
  return carried ? { share, longestRun } : null;
}
