import { Button } from '@zendeskgarden/react-buttons';
import { lazy, Suspense, useState } from 'react';
import type { IgnoredChange, Override } from '../host/readOverride';
import type { Lane } from '../policy/types';
import type { Translate } from './createTranslator';

// Only leads open the dialog: its modal and form code load when it is first opened.
const OverrideForm = lazy(() => import('./OverrideForm').then((m) => ({ default: m.OverrideForm })));

export interface OverrideDialogProps {
  /** Sets the lane in force, the dialog's starting choice */
  lane: Lane;
  /** Shows "Override lane" when the signed-in user is a team lead */
  isLead: boolean;
  /** Sets the override already on the ticket, shown read-only */
  override: Override | null;
  /** Sets the change of the lane by someone who is not a lead, shown as ignored */
  ignoredChange: IgnoredChange | null;
  /** Disables saving while an action runs */
  isBusy: boolean;
  /** Saves a new lane with its reason */
  onSave: (lane: Lane, reason: string) => void;
  t: Translate;
}

/** Who overrode and why, for everyone; the override dialog, for leads only. */
export function OverrideDialog({ lane, isLead, override, ignoredChange, isBusy, onSave, t }: OverrideDialogProps) {
  const [isOpen, setOpen] = useState(false);
  return (
    <section aria-label={t('ui.override.title')} data-testid="override">
      {override && (
        <div className="lanes-override" data-testid="override-summary">
          <div>{t('ui.override.summary', { lane: override.lane, by: override.by || t('ui.override.unknownAuthor') })}{override.at ? ` (${override.at})` : ''}</div>
          {override.reason && <div>{t('ui.override.why', { reason: override.reason })}</div>}
        </div>
      )}
      {ignoredChange && (
        <p className="lanes-muted" data-testid="override-ignored">
          {t(override ? 'ui.override.ignoredUnderOverride' : 'ui.override.ignored', { by: ignoredChange.by })}
        </p>
      )}
      {isLead ? (
        <Button size="small" onClick={() => setOpen(true)} disabled={isBusy}>{t('ui.override.button')}</Button>
      ) : (
        override && <p className="lanes-muted">{t('ui.override.readOnly')}</p>
      )}
      {isOpen && (
        <Suspense fallback={null}>
          <OverrideForm
            lane={lane}
            onClose={() => setOpen(false)}
            onSave={(l, reason) => {
              setOpen(false);
              onSave(l, reason);
            }}
            t={t}
          />
        </Suspense>
      )}
    </section>
  );
}
