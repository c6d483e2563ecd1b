import type { Decision } from '../policy/types';
import type { Translate } from './createTranslator';
import { familyName } from './describeEvidence';

export interface LaneOneSummaryProps {
  decision: Decision;
  t: Translate;
}

/** In Lane 1 nothing is escalated: a short summary takes the packet's place. */
export function LaneOneSummary({ decision, t }: LaneOneSummaryProps) {
  const family = decision.family.value;
  return (
    <section aria-labelledby="lanes-summary" data-testid="lane1-summary">
      <h3 id="lanes-summary" className="lanes-heading">{t('ui.laneOne.title')}</h3>
      <p className="lanes-line">{family ? t('ui.laneOne.body', { family: familyName(family, t) }) : t('ui.laneOne.bodyNoFamily')}</p>
    </section>
  );
}
