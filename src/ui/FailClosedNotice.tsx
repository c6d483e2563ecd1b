import { PlainButton } from './PlainButton';
import type { Translate } from './createTranslator';
import { LaneBadge } from './LaneBadge';
import { Notice } from './Notice';

export interface FailClosedNoticeProps {
  /** Sets the cause, in plain words */
  cause: string;
  t: Translate;
  /** Shows Lane 3 and a locked "Send" where nothing else of the sidebar can render */
  showLockedSend?: boolean;
}

/** Says why the ticket could not be evaluated, and that it is treated as Lane 3. */
export function FailClosedNotice({ cause, t, showLockedSend = false }: FailClosedNoticeProps) {
  return (
    <div data-testid="fail-closed">
      {showLockedSend && <LaneBadge lane={3} t={t} />}
      <Notice type="error" role="alert" title={t('ui.failed.title')}>
        <div data-testid="fail-cause">{t('ui.failed.body', { cause })}</div>
        <div>{t('ui.failed.lane')}</div>
      </Notice>
      {showLockedSend && (
        <PlainButton isPrimary disabled>{t('ui.draft.send')}</PlainButton>
      )}
    </div>
  );
}
