import type { LaneVerdict } from '../decideLane';
import type { TicketReading } from '../readTicket';
import { predictHumanLead, type LearnedModel } from './predictHumanLead';

/**
 * The learned reader may raise a lane, never lower one: "Make this right on the next invoice"
 * reads like tickets a human had to lead even when no rule names it. The decision says so.
 */
export function raiseByLearnedReader(verdict: LaneVerdict, reading: Pick<TicketReading, 'texts'>, model?: LearnedModel): LaneVerdict {
  if (verdict.lane === 3 || reading.texts.length === 0) return verdict;
  const learned = predictHumanLead(reading.texts, model);
  if (!learned.raises) return verdict;
  const percent = Math.round(learned.probability * 100);
  return {
    lane: 3,
    reason: `the rules chose lane ${verdict.lane}, but the wording reads like tickets a human led (learned reader, inferred, ${percent}%: ${learned.strongest.map((w) => `"${w}"`).join(', ')})`,
    rule: { id: 'learned_human_lead', from: verdict.lane, probability: learned.probability, words: learned.strongest },
  };
}
