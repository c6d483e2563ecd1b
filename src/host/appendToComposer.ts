import type { ZafClient } from './zafClient';

/** The gap put between what the agent has already typed and the appended text. */
export const COMPOSER_GAP = '\n\n';

/** What goes before appended text so it starts on its own paragraph: nothing in an empty composer. */
export function separatorAfter(existing: string): string {
  if (existing.trim() === '') return '';
  if (existing.endsWith(COMPOSER_GAP)) return '';
  return existing.endsWith('\n') ? '\n' : COMPOSER_GAP;
}

/** Appends text to the agent's composer, as a paragraph of its own when the composer already holds text. */
export async function appendToComposer(client: ZafClient, text: string): Promise<void> {
  const r = await client.get(['comment.text']);
  const current = r['comment.text'];
  const error = r.errors?.['comment.text'];
  if (error) throw new Error(`the composer could not be read: ${error.message ?? 'error'}`);
  await client.invoke('comment.appendText', `${typeof current === 'string' ? separatorAfter(current) : ''}${text}`);
}
