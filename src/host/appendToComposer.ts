import type { ZafClient } from './zafClient';

/** The gap put between what the agent has already typed and the appended text. */
export const COMPOSER_GAP = '\n\n';

/** What goes before appended text so it starts on its own paragraph: nothing in an empty composer. */
export function separatorAfter(existing: string): string {
  if (existing.trim() === '') return '';
  if (existing.endsWith(COMPOSER_GAP)) return '';
  return existing.endsWith('\n') ? '\n' : COMPOSER_GAP;
}

/**
 * Appends text to the agent's composer, as a paragraph of its own after what the agent typed;
 * `internalNote` switches it to an internal note first.
 */
export async function appendToComposer(client: ZafClient, text: string, as: 'internalNote' | 'asIs'): Promise<void> {
  if (as === 'internalNote') await client.set({ 'comment.type': 'internalNote' });
  let separator = COMPOSER_GAP;
  try {
    const r = await client.get(['comment.text']);
    if (typeof r['comment.text'] === 'string') separator = separatorAfter(r['comment.text']);
  } catch {
    // Unread, the composer may hold the agent's text: a blank line keeps the two apart either way.
  }
  await client.invoke('comment.appendText', `${separator}${text}`);
}
