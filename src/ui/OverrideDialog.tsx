import { Button } from '@zendeskgarden/react-buttons';
import { lazy, Suspense, useState } from 'react';
import type { Lane } from '../policy/types';
import type { Translate } from './createTranslator';

// Only leads open the form: its code loads when it is first opened.
const OverrideForm = lazy(() => import('./OverrideForm').then((m) => ({ default: m.OverrideForm })));

export interface OverrideDialogProps {
  /** Sets the lane in force, the form's starting choice */
  lane: Lane;
  /** Shows "Override lane" when the signed-in user is a team lead */
  isLead: boolean;
  /** Says whether an override is on the ticket (it is explained beside the lane) */
  hasOverride: boolean;
  /** Disables saving while an action runs */
  isBusy: boolean;
  /** Saves a new lane with its reason */
  onSave: (lane: Lane, reason: string) => void;
  t: Translate;
}

/** "Override lane" for leads, opening the form inline in the sidebar so nothing is clipped by the frame. */
export function OverrideDialog({ lane, isLead, hasOverride, isBusy, onSave, t }: OverrideDialogProps) {
  const [isOpen, setOpen] = useState(false);
  if (!isLead) {
    return hasOverride ? <p className="lanes-muted" data-testid="override">{t('ui.override.readOnly')}</p> : null;
  }
  return (
    <section aria-label={t('ui.override.title')} data-testid="override">
      {isOpen ? (
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
      ) : (
        <Button size="small" onClick={() => setOpen(true)} disabled={isBusy}>{t('ui.override.button')}</Button>
      )}
    </section>
  );
}
