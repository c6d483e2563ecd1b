import type { ZafClient } from './zafClient';

/** Appends text to the agent's composer, on a line of its own when the composer already holds text. */
export async function appendToComposer(client: ZafClient, text: string): Promise<void> {
  const r = await client.get(['comment.text']);
  const current = r['comment.text'];
  const error = r.errors?.['comment.text'];
  if (error) throw new Error(`the composer could not be read: ${error.message ?? 'error'}`);
  const separated = typeof current !== 'string' || current.trim() === '' || /\n\s*$/.test(current) ? text : `\n${text}`;
  await client.invoke('comment.appendText', separated);
}
