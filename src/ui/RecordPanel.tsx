import { PlainButton } from './PlainButton';
import { OUTCOMES, RATINGS, type Outcome, type PacketRating } from '../policy/records';
import type { Translate } from './createTranslator';

export interface RecordPanelProps {
  /** Sets the verdict already recorded on the ticket, if any */
  outcome: Outcome | null;
  /** Sets the packet rating already recorded on the ticket, if any */
  packetRating: PacketRating | null;
  /** Records the verdict on the escalation */
  onOutcome: (outcome: Outcome) => void;
  /** Records whether the packet helped */
  onRate: (rating: PacketRating) => void;
  /** Disables the buttons while an action runs */
  isBusy: boolean;
  t: Translate;
}

/** Lets the human owner say whether the lane was right and whether the packet helped: the evidence the policy is tuned by. */
export function RecordPanel({ outcome, packetRating, onOutcome, onRate, isBusy, t }: RecordPanelProps) {
  return (
    <section aria-labelledby="lanes-record">
      <h3 id="lanes-record" className="lanes-heading">{t('ui.record.title')}</h3>
      <p className="lanes-muted">{t('ui.record.outcomeQuestion')}</p>
      <div className="lanes-buttons" role="group" aria-label={t('ui.record.outcomeQuestion')}>
        {OUTCOMES.map((o) => (
          <PlainButton key={o} isPrimary={outcome === o} aria-pressed={outcome === o} disabled={isBusy} onClick={() => onOutcome(o)}>
            {t(`ui.record.outcome.${o}`)}
          </PlainButton>
        ))}
      </div>
      <p className="lanes-muted">{t('ui.record.ratingQuestion')}</p>
      <div className="lanes-buttons" role="group" aria-label={t('ui.record.ratingQuestion')}>
        {RATINGS.map((r) => (
          <PlainButton key={r} isPrimary={packetRating === r} aria-pressed={packetRating === r} disabled={isBusy} onClick={() => onRate(r)}>
            {t(`ui.record.rating.${r}`)}
          </PlainButton>
        ))}
      </div>
    </section>
  );
}
