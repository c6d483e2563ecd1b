import { Button } from '@zendeskgarden/react-buttons';
import { Field, Fieldset, Radio, Textarea } from '@zendeskgarden/react-forms';
import { Modal } from '@zendeskgarden/react-modals';
import { useState, type FormEvent } from 'react';
import type { Override } from '../host/readOverride';
import { LANES, type Lane } from '../policy/types';
import type { Translate } from './createTranslator';

export interface OverrideDialogProps {
  /** Sets the lane in force, the dialog's starting choice */
  lane: Lane;
  /** Shows "Override lane" when the signed-in user is a team lead */
  isLead: boolean;
  /** Sets the override already on the ticket, shown read-only */
  override: Override | null;
  /** Disables saving while an action runs */
  isBusy: boolean;
  /** Saves a new lane with its reason */
  onSave: (lane: Lane, reason: string) => void;
  t: Translate;
}

/** Who overrode and why, for everyone; the override dialog, for leads only. */
export function OverrideDialog({ lane, isLead, override, isBusy, onSave, t }: OverrideDialogProps) {
  const [isOpen, setOpen] = useState(false);
  const [choice, setChoice] = useState<Lane>(lane);
  const [reason, setReason] = useState('');
  const [showError, setShowError] = useState(false);

  const open = () => {
    setChoice(lane);
    setReason('');
    setShowError(false);
    setOpen(true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setShowError(true);
    setOpen(false);
    onSave(choice, reason.trim());
  };

  return (
    <section aria-label={t('ui.override.title')} data-testid="override">
      {override && (
        <div className="lanes-override" data-testid="override-summary">
          <div>{t('ui.override.summary', { lane: override.lane, by: override.by ?? t('ui.override.unknownAuthor') })}{override.at ? ` (${override.at})` : ''}</div>
          {override.reason && <div>{t('ui.override.why', { reason: override.reason })}</div>}
        </div>
      )}
      {isLead ? (
        <Button size="small" onClick={open} disabled={isBusy}>{t('ui.override.button')}</Button>
      ) : (
        override && <p className="lanes-muted">{t('ui.override.readOnly')}</p>
      )}
      {isOpen && (
        <Modal onClose={() => setOpen(false)} isAnimated={false} aria-label={t('ui.override.title')}>
          <form onSubmit={submit}>
            <Modal.Header tag="h2">{t('ui.override.title')}</Modal.Header>
            <Modal.Body>
              <Fieldset>
                <Fieldset.Legend>{t('ui.override.lane')}</Fieldset.Legend>
                {LANES.map((l) => (
                  <Field key={l}>
                    <Radio name="lanes-override-lane" value={String(l)} checked={choice === l} onChange={() => setChoice(l)}>
                      <Field.Label>{t('ui.lane.badge', { lane: l, name: t(`ui.lane.names.${l}`) })}</Field.Label>
                    </Radio>
                  </Field>
                ))}
              </Fieldset>
              <Field>
                <Field.Label>{t('ui.override.reason')}</Field.Label>
                <Field.Hint>{t('ui.override.reasonHint')}</Field.Hint>
                <Textarea
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  {...(showError ? { validation: 'error' as const } : {})}
                  minRows={3}
                  required
                  aria-required="true"
                />
                {showError && <Field.Message validation="error">{t('ui.override.reasonRequired')}</Field.Message>}
              </Field>
            </Modal.Body>
            <Modal.Footer>
              <Modal.FooterItem>
                <Button isBasic onClick={() => setOpen(false)}>{t('ui.override.cancel')}</Button>
              </Modal.FooterItem>
              <Modal.FooterItem>
                <Button isPrimary type="submit">{t('ui.override.save')}</Button>
              </Modal.FooterItem>
            </Modal.Footer>
            <Modal.Close aria-label={t('ui.override.close')} />
          </form>
        </Modal>
      )}
    </section>
  );
}
