import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { Translate } from './createTranslator';
import { LaneBadge } from './LaneBadge';

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
      <Alert type="error" role="alert">
        <Alert.Title>{t('ui.failed.title')}</Alert.Title>
        <div data-testid="fail-cause">{t('ui.failed.body', { cause })}</div>
        <div>{t('ui.failed.lane')}</div>
      </Alert>
      {showLockedSend && (
        <Button size="small" isPrimary disabled>{t('ui.draft.send')}</Button>
      )}
    </div>
  );
}
