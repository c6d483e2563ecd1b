import { Button } from '@zendeskgarden/react-buttons';
import { Field, Fieldset, Radio, Textarea } from '@zendeskgarden/react-forms';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LANES, type Lane } from '../policy/types';
import type { Translate } from './createTranslator';
import { GardenTheme } from './GardenTheme';

export interface OverrideFormProps {
  /** Sets the lane chosen when the form opens */
  lane: Lane;
  onClose: () => void;
  /** Saves the chosen lane with its reason; called only with a reason */
  onSave: (lane: Lane, reason: string) => void;
  t: Translate;
}

/** The override form, inline in the sidebar: a new lane and a required reason. */
export function OverrideForm({ lane, onClose, onSave, t }: OverrideFormProps) {
  const [choice, setChoice] = useState<Lane>(lane);
  const [reason, setReason] = useState('');
  const [showError, setShowError] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.scrollIntoView?.({ block: 'nearest' });
    form.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setShowError(true);
    onSave(choice, reason.trim());
  };
  return (
    <GardenTheme>
    <form ref={form} className="lanes-form" onSubmit={submit} noValidate aria-labelledby="lanes-override-title" data-testid="override-form"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h3 id="lanes-override-title" className="lanes-heading">{t('ui.override.title')}</h3>
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
      <div className="lanes-buttons">
        <Button size="small" isPrimary type="submit">{t('ui.override.save')}</Button>
        <Button size="small" isBasic onClick={onClose}>{t('ui.override.cancel')}</Button>
      </div>
    </form>
    </GardenTheme>
  );
}
