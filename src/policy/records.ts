import type { CustomerFacingState, Lane } from './types';

/**
 * What Lanes records on a helpdesk ticket, as tags (and the lane fields of the field map), so
 * that the team's own reports and views can count it too. One place names every record; the
 * sidebar writes them and the metrics read them back.
 */

export const OUTCOMES = ['right', 'lower', 'higher'] as const;
/** A human's verdict on an escalation: right lane, should have been lower, should have been higher. */
export type Outcome = (typeof OUTCOMES)[number];

export const RATINGS = ['useful', 'not_useful'] as const;
export type PacketRating = (typeof RATINGS)[number];

export interface LaneRecord {
  /** The lane in force: the lead's override if any, else the computed lane. */
  lane: Lane | null;
  /** The lane the policy computed, when an override replaced it. */
  computedLane: Lane | null;
  overridden: boolean;
  lateEscalation: boolean;
  /** The AI draft was sent to the customer in Lane 1. */
  autonomousReply: boolean;
  stateAtEscalation: CustomerFacingState | null;
  outcome: Outcome | null;
  packetRating: PacketRating | null;
  auditMiss: boolean;
  policyVersion: string | null;
}

const STATES: readonly CustomerFacingState[] = ['nothing_sent', 'clarifying_question_sent', 'tentative_explanation_sent', 'expectations_raised'];

/** Tag names, built from one prefix so an account can keep its own namespace. */
export function recordTags(prefix = 'lane_') {
  return {
    lane: (lane: Lane) => `${prefix}${lane}`,
    computed: (lane: Lane) => `${prefix}computed_${lane}`,
    override: `${prefix}override`,
    late: `${prefix}late_escalation`,
    autonomous: `${prefix}ai_sent`,
    state: (s: CustomerFacingState) => `${prefix}state_${s}`,
    /** The start every state tag shares. */
    statePrefix: `${prefix}state_`,
    /** The start every policy tag shares. */
    policyPrefix: `${prefix}policy_`,
    outcome: (o: Outcome) => `${prefix}outcome_${o}`,
    rating: (r: PacketRating) => `${prefix}packet_${r}`,
    auditMiss: `${prefix}audit_miss`,
    policy: (version: string) => `${prefix}policy_${slug(version)}`,
  };
}

/** A tag-safe form of a policy version: lower case letters, digits and underscores. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60);
}

const LANE_VALUE = /^(?:lane_)?([123])$/;

/** Reads a lane field's value (`lane_2`, or `2`). */
export function parseLaneValue(value: unknown): Lane | null {
  const m = typeof value === 'string' ? LANE_VALUE.exec(value) : typeof value === 'number' ? LANE_VALUE.exec(String(value)) : null;
  return m ? (Number(m[1]) as Lane) : null;
}

/** The lane field's value for a lane, as the demo account's dropdown names it. */
export function laneValue(lane: Lane): string {
  return `lane_${lane}`;
}

/** Reads what Lanes recorded on a ticket from its tags and lane field. */
export function readRecord(tags: readonly string[], laneField: unknown, prefix = 'lane_'): LaneRecord {
  const t = recordTags(prefix);
  const has = new Set(tags);
  const laneFromTags = ([1, 2, 3] as const).find((l) => has.has(t.lane(l))) ?? null;
  const computed = ([1, 2, 3] as const).find((l) => has.has(t.computed(l))) ?? null;
  const policyTag = tags.find((x) => x.startsWith(`${prefix}policy_`));
  return {
    lane: parseLaneValue(laneField) ?? laneFromTags,
    computedLane: computed,
    overridden: has.has(t.override),
    lateEscalation: has.has(t.late),
    autonomousReply: has.has(t.autonomous),
    stateAtEscalation: STATES.find((s) => has.has(t.state(s))) ?? null,
    outcome: OUTCOMES.find((o) => has.has(t.outcome(o))) ?? null,
    packetRating: RATINGS.find((r) => has.has(t.rating(r))) ?? null,
    auditMiss: has.has(t.auditMiss),
    policyVersion: policyTag ? policyTag.slice(`${prefix}policy_`.length) : null,
  };
}
