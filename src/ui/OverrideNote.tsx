import type { Lane } from '../policy/types';
import type { Translate } from './createTranslator';
import { formatDateTime, type Clock } from './formatWhen';

export interface OverrideNoteProps {
  /** Sets the override in force */
  override: { lane: Lane; by: string | null; at: string | null; reason: string };
  /** Sets the lane the policy computed, and why, in one sentence */
  computed: { lane: Lane; why: string };
  clock: Clock;
  t: Translate;
}

/** Where the lane is: who overrode it, when, why, and what the policy computed instead. */
export function OverrideNote({ override, computed, clock, t }: OverrideNoteProps) {
  const when = formatDateTime(override.at, clock);
  const by = override.by ?? t('ui.override.unknownAuthor');
  return (
    <div className="lanes-override" data-testid="override-summary">
      <div>{when ? t('ui.override.summaryAt', { lane: override.lane, by, when }) : t('ui.override.summary', { lane: override.lane, by })}</div>
      {override.reason && <div>{t('ui.override.why', { reason: override.reason })}</div>}
      <div className="lanes-muted" data-testid="computed">
        {t('ui.computedBy', { lane: t('ui.lane.badge', { lane: computed.lane, name: t(`ui.lane.names.${computed.lane}`) }), why: computed.why })}
      </div>
    </div>
  );
}
