import { isDraftInText } from './isDraftInText';
import type { ZafClient } from './zafClient';

export interface SaveGuard {
  /** The withheld draft the reply must not carry, or null when nothing is withheld. */
  withheldDraft: string | null;
  /** The message an agent sees when the save is refused. */
  refusal: string;
  /** The message when the composer cannot be read while a draft is withheld. */
  unreadable: (cause: string) => string;
}

/**
 * Registers the `ticket.save` hook that refuses a public reply carrying a withheld draft.
 * `guard` is read at save time, so a lane that changed since is honoured. Returns the unregister function.
 */
export function registerSaveHook(client: ZafClient, guard: () => SaveGuard): () => void {
  const handler = async (): Promise<boolean> => {
    const g = guard();
    if (g.withheldDraft === null) return true;
    let text: unknown;
    let type: unknown;
    try {
      const r = await client.get(['comment.text', 'comment.type']);
      text = r['comment.text'];
      type = r['comment.type'];
      const error = r.errors?.['comment.text'] ?? r.errors?.['comment.type'];
      if (error) throw new Error(error.message ?? 'the composer could not be read');
    } catch (e) {
      throw new Error(g.unreadable(e instanceof Error ? e.message : String(e)), { cause: e });
    }
    if (type === 'internalNote') return true;
    if (typeof text === 'string' && isDraftInText(text, g.withheldDraft)) throw new Error(g.refusal);
    return true;
  };
  client.on('ticket.save', handler);
  return () => client.off('ticket.save', handler);
}
