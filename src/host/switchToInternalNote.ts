import type { ZafClient } from './zafClient';

/** Switches the composer to an internal note, and checks that it did; throws with the cause when it did not. */
export async function switchToInternalNote(client: ZafClient): Promise<void> {
  const set = await client.set({ 'comment.type': 'internalNote' });
  const error = set.errors?.['comment.type'];
  if (error) throw new Error(error.message ?? 'the composer refused the change');
  const r = await client.get(['comment.type']);
  if (r['comment.type'] !== 'internalNote') {
    throw new Error(r.errors?.['comment.type']?.message ?? `the composer is still a ${String(r['comment.type'] ?? 'reply of unknown type')}`);
  }
}
