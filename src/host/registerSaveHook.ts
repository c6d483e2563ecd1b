import { findCopiedText } from '../policy/findCopiedText';
import type { ZafClient } from './zafClient';

/** The save hook's messages, in the agent's language. */
export interface SaveMessages {
  /** The reply carries the AI draft while the ticket is still being checked. */
  checking: string;
  /** The reply carries the AI draft that the lane withholds. */
  refusal: string;
  /** The reply carries the escalation packet, which is for the team only. */
  packet: string;
  /** The reply could not be read, so it cannot be checked. */
  unreadable: (cause: string) => string;
}

export interface SaveGuard {
  /**
   * `checking` until the first evaluation is done and while a re-score runs; `ready` when the
   * lane is settled; `failed` when the ticket could not be evaluated (it is then Lane 3).
   */
  state: 'checking' | 'ready' | 'failed';
  /** Observe mode, with the lane settled: the draft is not withheld, the packet still is. */
  observe: boolean;
  /** The draft the reply must not carry: the withheld draft, or any draft until the lane is settled. */
  draft: string | null;
  /** Where to read the draft when the app has not read it yet (`ticket.customField:…`), or null. */
  draftPath: string | null;
  /** Why the draft cannot be looked for at all, e.g. settings without a field map. */
  draftUnknown: string | null;
  /** The escalation packet, which never goes into a public reply. */
  packet: string | null;
  messages: SaveMessages;
  /** Resolves when the evaluation under way is done, so that a save a moment after a change is judged on the new lane. */
  settle: () => Promise<void>;
}

/** How long the hook waits for the composer; Zendesk gives a save hook 30 s, the SDK a call 5 s. */
export const REPLY_READ_MS = 4000;
/** How long the hook waits for an evaluation under way before it judges the reply as unsettled. */
export const SETTLE_MS = 3000;

function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/**
 * Registers the `ticket.save` hook. It fails closed: until the lane is settled, and when the
 * ticket could not be evaluated, a public reply that carries the AI draft is refused; a public
 * reply never carries the packet; a reply that cannot be read in time is refused. The agent's
 * own words and internal notes go through. `guard` is read at save time. Returns the unregister function.
 */
export function registerSaveHook(client: ZafClient, guard: () => SaveGuard): () => void {
  const handler = async (): Promise<boolean> => {
    let g = guard();
    if (g.state === 'checking') {
      await withinTime(g.settle(), SETTLE_MS).catch(() => undefined);
      g = guard();
    }
    // Until the lane is settled the draft is read afresh too: it may have changed since the last read.
    const wantsDraft = g.draftPath !== null && g.state !== 'ready';
    const paths = ['comment.text', 'comment.type', ...(wantsDraft && g.draftPath ? [g.draftPath] : [])];
    let text: unknown;
    let type: unknown;
    let fresh: string | null = null;
    try {
      const r = await withinTime(client.get(paths), REPLY_READ_MS);
      const error = r.errors?.['comment.text'] ?? r.errors?.['comment.type'];
      if (error) throw new Error(error.message ?? 'the composer could not be read');
      text = r['comment.text'];
      type = r['comment.type'];
      if (typeof text !== 'string') throw new Error('the composer gave no text');
      if (wantsDraft && g.draftPath) {
        if (r.errors?.[g.draftPath]) throw new Error(`the AI draft could not be read: ${r.errors[g.draftPath]?.message ?? 'error'}`);
        const value = r[g.draftPath];
        fresh = typeof value === 'string' && value.trim() ? value : null;
      }
    } catch (e) {
      if (g.observe && g.state === 'ready') return true;
      throw new Error(g.messages.unreadable(e instanceof Error ? e.message : String(e)), { cause: e });
    }
    if (type === 'internalNote') return true;
    if (g.packet && findCopiedText(text, g.packet)) throw new Error(g.messages.packet);
    if (g.observe && g.state === 'ready') return true;
    const reply = text;
    if ([g.draft, fresh].some((d) => d !== null && findCopiedText(reply, d))) throw new Error(g.state === 'checking' ? g.messages.checking : g.messages.refusal);
    if (g.draftUnknown !== null && g.state !== 'ready') throw new Error(g.messages.unreadable(g.draftUnknown));
    return true;
  };
  client.on('ticket.save', handler);
  return () => client.off('ticket.save', handler);
}
