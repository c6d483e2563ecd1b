import { Button } from '@zendeskgarden/react-buttons';
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

/**
 * The AI draft and what may be done with it. The buttons follow `lock` only: Lane 1 sends,
 * Lane 2 inserts for an agent to edit, Lane 3 withholds the draft entirely.
 */
export function DraftPanel({ draft, lock, isSent, isBusy, onSend, onInsert, t }: DraftPanelProps) {
  const sendReason = lock.send.reason && t(`ui.draft.locked.${lock.send.reason}`);
  const showInsert = lock.insert.reason !== 'lane3' && lock.insert.reason !== 'failed';
  return (
    <section aria-labelledby="lanes-draft">
      <h3 id="lanes-draft" className="lanes-heading">{t('ui.draft.title')}</h3>
      {lock.showDraft && draft !== null && (
        <pre className="lanes-draft" data-testid="draft-text" tabIndex={0}>{draft}</pre>
      )}
      <div className="lanes-buttons">
        <Button size="small" isPrimary onClick={onSend} disabled={!lock.send.enabled || isBusy} aria-describedby={sendReason ? 'lanes-send-reason' : undefined}>
          {t('ui.draft.send')}
        </Button>
        {showInsert && (
          <Button size="small" onClick={onInsert} disabled={!lock.insert.enabled || isBusy}>
            {t('ui.draft.insert')}
          </Button>
        )}
      </div>
      {isSent && <p role="status" className="lanes-muted">{t('ui.draft.sent')}</p>}
      {sendReason && !isSent && (
        <p id="lanes-send-reason" className="lanes-muted" data-testid="send-reason">{sendReason}</p>
      )}
    </section>
  );
}
