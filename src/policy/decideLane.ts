import { rankLevel } from './factors/Factor';
import type { LaneRules } from './policy';
import type { FactorId, IssueFamily, Lane, LaneRule, Level } from './types';

export type { LaneRule };

export const LANE_NAMES: Record<Lane, string> = {
  1: 'Autonomous resolution',
  2: 'Assisted response',
  3: 'Human-owned escalation',
};

export interface LaneVerdict {
  lane: Lane;
  /** The rule that decided, in one line. */
  reason: string;
  rule: LaneRule;
}

/**
 * What the reader recognised the customer to ask. Autonomy is earned positively: Lane 1 needs a
 * routine question (how to, where is, does it support, what does my plan include) and nothing
 * asking us to act. Without it, a ticket with every factor low is Lane 2 and says why.
 */
export interface AskReading {
  /** A routine question or a request for information was recognised. */
  routineQuestion: boolean;
  /** The customer asks us to do something. */
  action: boolean;
}

const ROUTINE: AskReading = { routineQuestion: true, action: false };

/** Applies the lane rules to the factor levels: the first rule that matches wins. */
export function decideLane(
  levels: Readonly<Record<FactorId, Level>>,
  rules: LaneRules,
  family: { value: IssueFamily | null; basis: 'confirmed' | 'inferred' },
  allowlist: readonly IssueFamily[],
  ask: AskReading = ROUTINE,
): LaneVerdict {
  const entries = Object.entries(levels) as [FactorId, Level][];
  const high = entries.filter(([, l]) => l === 'high').map(([id]) => id);
  const raised = entries.filter(([, l]) => rankLevel(l) >= 1).map(([id]) => id);
  const { lane3, lane2 } = rules;

  const decisiveHigh = high.find((id) => lane3.anyHigh.includes(id));
  if (decisiveHigh) return { lane: 3, reason: `${decisiveHigh} is high`, rule: { id: 'decisive_high', factor: decisiveHigh } };
  if (high.length >= lane3.minHighCount) return { lane: 3, reason: `${high.length} factors are high: ${high.join(', ')}`, rule: { id: 'high_count', factors: high } };
  const withMedium = high.find((id) => lane3.highWithAnotherMedium.includes(id) && raised.some((r) => r !== id));
  if (withMedium) {
    const others = raised.filter((r) => r !== withMedium);
    return { lane: 3, reason: `${withMedium} is high and ${others.join(', ')} ${raised.length > 2 ? 'are' : 'is'} raised too`, rule: { id: 'high_with_raised', factor: withMedium, others } };
  }
  if (raised.length >= lane3.minAtLeastMediumCount) return { lane: 3, reason: `${raised.length} factors are at least medium: ${raised.join(', ')}`, rule: { id: 'raised_count', factors: raised } };
  // Lane 1 requires every factor low whatever the rules say (spec/policy.md); settings refuse a larger lane 2 count.
  if (raised.length >= Math.min(lane2.minAtLeastMediumCount, 1)) return { lane: 2, reason: `${raised.join(', ')} ${raised.length > 1 ? 'are' : 'is'} raised: a human sends`, rule: { id: 'raised', factors: raised } };
  if (family.value === null) return { lane: 2, reason: 'every factor is low, but the issue family is unknown: autonomy is earned per family', rule: { id: 'family_unknown' } };
  const isInferred = family.basis === 'inferred';
  const inferred = isInferred ? ' (inferred)' : '';
  if (!allowlist.includes(family.value)) {
    return { lane: 2, reason: `every factor is low, but ${family.value}${inferred} is not on the autonomy allow-list`, rule: { id: 'family_not_allowed', family: family.value, inferred: isInferred } };
  }
  if (ask.action) return { lane: 2, reason: 'every factor is low, but the customer asks us to make a change: a human checks it', rule: { id: 'asks_action' } };
  if (!ask.routineQuestion) return { lane: 2, reason: 'every factor is low, but could not tell what the customer is asking', rule: { id: 'ask_unclear' } };
  return { lane: 1, reason: `every factor is low and ${family.value}${inferred} is on the autonomy allow-list`, rule: { id: 'family_allowed', family: family.value, inferred: isInferred } };
}
