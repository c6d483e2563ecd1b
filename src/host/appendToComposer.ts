import type { ZafClient } from './zafClient';

/** Appends text to the agent's composer; `internalNote` switches it to an internal note first. */
export async function appendToComposer(client: ZafClient, text: string, as: 'internalNote' | 'asIs'): Promise<void> {
  if (as === 'internalNote') await client.set({ 'comment.type': 'internalNote' });
  await client.invoke('comment.appendText', text);
}
