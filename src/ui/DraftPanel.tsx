import { PlainButton } from './PlainButton';
import type { SendLock } from '../host/sendLock';
import type { Translate } from './createTranslator';

export interface DraftPanelProps {
  /** Sets the draft text; null when there is none or the lane withholds it */
  draft: string | null;
  /** Sets what the lane allows, from `sendLock` */
  lock: SendLock;
  /** Marks the draft as already sent */
  isSent: boolean;
  /** Disables the buttons while an action runs */
  isBusy: boolean;
  onSend: () => void;
  onInsert: () => void;
  t: Translate;
}

type DraftState = 'none' | 'send' | 'review' | 'withheld' | 'failed' | 'sent';

/** What is true of the draft: there is none, it may be sent, it is to be reviewed, or the lane withholds it. */
export function draftState(lock: SendLock, hasDraft: boolean, isSent: boolean): DraftState {
  if (isSent) return 'sent';
  if (lock.send.reason === 'failed') return 'failed';
  if (lock.insert.reason === 'lane3') return 'withheld';
  if (!hasDraft || lock.insert.reason === 'no_draft') return 'none';
  return lock.send.enabled ? 'send' : 'review';
}

/**
 * The AI draft and what may be done with it. Only the buttons that apply are shown: Lane 1
 * sends or inserts, Lane 2 inserts for an agent to edit, Lane 3 withholds the draft entirely.
 */
export function DraftPanel({ draft, lock, isSent, isBusy, onSend, onInsert, t }: DraftPanelProps) {
  const state = draftState(lock, lock.showDraft && draft !== null, isSent);
  return (
    <section aria-labelledby="lanes-draft" data-testid="draft" data-state={state}>
      <h3 id="lanes-draft" className="lanes-heading">{t('ui.draft.title')}</h3>
      <p className="lanes-line" data-testid="draft-state">{state === 'sent' ? t('ui.draft.sent') : t(`ui.draftState.${state}`)}</p>
      {lock.showDraft && draft !== null && (
        <pre className="lanes-draft" data-testid="draft-text" tabIndex={0}>{draft}</pre>
      )}
      {(state === 'send' || state === 'review') && (
        <div className="lanes-buttons">
          {lock.send.enabled && (
            <PlainButton isPrimary onClick={onSend} disabled={isBusy}>{t('ui.draft.send')}</PlainButton>
          )}
          {lock.insert.enabled && (
            <PlainButton isPrimary={!lock.send.enabled} onClick={onInsert} disabled={isBusy}>{t('ui.draft.insert')}</PlainButton>
          )}
        </div>
      )}
    </section>
  );
}
