import { PlainButton } from './PlainButton';
import { lazy, useState } from 'react';
import type { IgnoredChange } from '../host/readOverride';
import type { Lane } from '../policy/types';
import type { Translate } from './createTranslator';
import { LoadBoundary } from './LoadBoundary';

// Only leads open the form: its code loads when it is first opened.
const OverrideForm = lazy(() => import('./OverrideForm').then((m) => ({ default: m.OverrideForm })));

export interface OverrideDialogProps {
  /** Sets the lane in force, the form's starting choice */
  lane: Lane;
  /** Shows "Override lane" when the signed-in user is a team lead */
  isLead: boolean;
  /** Says whether an override is on the ticket (it is explained beside the lane) */
  hasOverride: boolean;
  /** Sets the change of the lane by someone who is not a lead, shown as ignored */
  ignoredChange: IgnoredChange | null;
  /** Disables saving while an action runs */
  isBusy: boolean;
  /** Saves a new lane with its reason */
  onSave: (lane: Lane, reason: string) => void;
  t: Translate;
}

/** "Override lane" for leads, opening the form inline in the sidebar so nothing is clipped by the frame. */
export function OverrideDialog({ lane, isLead, hasOverride, ignoredChange, isBusy, onSave, t }: OverrideDialogProps) {
  const [isOpen, setOpen] = useState(false);
  const ignored = ignoredChange && (
    <p className="lanes-muted" data-testid="override-ignored">
      {t(hasOverride ? 'ui.override.ignoredUnderOverride' : 'ui.override.ignored', { by: ignoredChange.by })}
    </p>
  );
  if (!isLead) {
    if (!hasOverride && !ignored) return null;
    return (
      <div data-testid="override">
        {ignored}
        {hasOverride && <p className="lanes-muted">{t('ui.override.readOnly')}</p>}
      </div>
    );
  }
  return (
    <section aria-label={t('ui.override.title')} data-testid="override">
      {ignored}
      {isOpen ? (
        <LoadBoundary t={t}>
          <OverrideForm
            lane={lane}
            onClose={() => setOpen(false)}
            onSave={(l, reason) => {
              setOpen(false);
              onSave(l, reason);
            }}
            t={t}
          />
        </LoadBoundary>
      ) : (
        <PlainButton onClick={() => setOpen(true)} disabled={isBusy}>{t('ui.override.button')}</PlainButton>
      )}
    </section>
  );
}
