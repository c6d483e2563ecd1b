import { buildPacket } from './buildPacket';
import { decideLane, LANE_NAMES } from './decideLane';
import { raiseByLearnedReader } from './learned/raiseByLearnedReader';
import { FACTORS } from './factors';
import { rankLevel } from './factors/Factor';
import { listMissingContext, sortGaps } from './factors/missingContext';
import { LANE_PERMISSIONS, unitFor } from './permissions';
import type { Policy } from './policy';
import { DEFAULT_POLICY } from './policy';
import { readTicket, type TicketReading } from './readTicket';
import { describeIssues, type FieldMap, type SettingsResult } from './settings';
import { suggestOwner } from './suggestOwner';
import { FACTOR_IDS, type Decision, type FactorId, type FactorResult, type Level, type TicketInput } from './types';

export interface ScoreContext {
  policy: Policy;
  fieldMap: FieldMap | null;
  /** Group names by id, for the suggested owner. */
  groupNames?: ReadonlyMap<number, string>;
  /** The time to score at, in epoch milliseconds: the core never reads a clock. */
  nowMs: number;
}

/**
 * Scores one ticket: six factors, a lane, a unit, an owner, permissions and the packet.
 * Never throws: anything that goes wrong yields a Lane 3 decision that says why.
 */
export function scoreTicket(input: TicketInput, ctx: ScoreContext): Decision {
  try {
    const { evaluation, reading, factors } = evaluate(input, ctx);
    const packet = buildPacket(reading, { lane: evaluation.lane, unit: evaluation.unit, factors, missingContext: evaluation.missingContext, owner: evaluation.suggestedOwner });
    return { ...evaluation, packet };
  } catch (e) {
    return failClosed(String((input as Partial<TicketInput> | null)?.id ?? "unknown"), `the policy could not be evaluated: ${e instanceof Error ? e.message : String(e)}`, ctx.policy);
  }
}

/** A decision without its packet: what a batch needs, at a lower cost. Never throws. */
export type Evaluation = Omit<Decision, 'packet'>;

/** Scores one ticket as `scoreTicket` does, without building the escalation packet. */
export function evaluateTicket(input: TicketInput, ctx: ScoreContext): Evaluation {
  try {
    return evaluate(input, ctx).evaluation;
  } catch (e) {
    return failClosed(String((input as Partial<TicketInput> | null)?.id ?? 'unknown'), `the policy could not be evaluated: ${e instanceof Error ? e.message : String(e)}`, ctx.policy);
  }
}

/** Scores with settings that may be invalid: invalid settings fail closed, naming each problem. */
export function scoreWithSettings(input: TicketInput, settings: SettingsResult, nowMs: number, groupNames?: ReadonlyMap<number, string>): Decision {
  if (!settings.ok) return failClosed(input.id, `the app's settings are invalid: ${describeIssues(settings.issues)}`, DEFAULT_POLICY);
  return scoreTicket(input, { policy: settings.settings.policy, fieldMap: settings.settings.fieldMap, nowMs, ...(groupNames ? { groupNames } : {}) });
}

function evaluate(input: TicketInput, ctx: ScoreContext): { evaluation: Evaluation; reading: TicketReading; factors: Record<FactorId, FactorResult> } {
  if (!Number.isFinite(ctx.nowMs)) throw new Error('the evaluation time is not a valid time');
  const reading = readTicket(input, ctx.policy, ctx.nowMs);
  const factors = {} as Record<FactorId, FactorResult>;
  for (const factor of FACTORS) factors[factor.id] = factor.score(reading);
  const levels = {} as Record<FactorId, Level>;
  for (const id of FACTOR_IDS) levels[id] = factors[id].level;
  const ask = { routineQuestion: reading.asks.question || reading.asks.howto || reading.asks.thanks, action: reading.asks.action };
  const verdict = raiseByLearnedReader(decideLane(levels, ctx.policy.laneRules, reading.family, ctx.policy.autonomyAllowlist, ask), reading);
  const unit = unitFor(verdict.lane, rankLevel(factors.action_irreversibility.level) >= 1);
  const owner = suggestOwner(reading, factors, verdict.lane, ctx.fieldMap, ctx.groupNames ?? NO_GROUPS);
  const missingContext = sortGaps(listMissingContext(reading)).map(({ item, reason, weight }) => ({ item, reason, weight }));
  const evaluation: Evaluation = {
    ticketId: input.id,
    lane: verdict.lane,
    laneName: LANE_NAMES[verdict.lane],
    unit,
    reason: verdict.reason,
    rule: verdict.rule,
    factors,
    family: { value: reading.family.value, basis: reading.family.basis },
    domains: reading.domains,
    missingContext,
    suggestedOwner: owner,
    permissions: LANE_PERMISSIONS[verdict.lane],
    failure: null,
    policyVersion: ctx.policy.version,
  };
  return { evaluation, reading, factors };
}

const NO_GROUPS: ReadonlyMap<number, string> = new Map();


/** The decision when a ticket cannot be evaluated: Lane 3, with the cause in plain words. */
export function failClosed(ticketId: string, cause: string, policy: Policy = DEFAULT_POLICY): Decision {
  const factors = {} as Record<FactorId, FactorResult>;
  for (const id of FACTOR_IDS) factors[id] = { id, level: 'low', reason: 'not evaluated', evidence: [] };
  factors.missing_context = {
    id: 'missing_context',
    level: 'high',
    reason: cause,
    evidence: [{ source: 'host', ref: 'evaluation', detail: cause, basis: 'confirmed' }],
  };
  const owner = { key: 'frontline' as const, groupId: null, groupName: null, reason: 'the ticket could not be evaluated', keepInView: [] };
  const missingContext = [{ item: 'evaluation', reason: cause, weight: 'decisive' as const }];
  return {
    ticketId,
    lane: 3,
    laneName: LANE_NAMES[3],
    unit: 'conversation',
    reason: `fail closed: ${cause}`,
    rule: { id: 'fail_closed' },
    factors,
    family: { value: null, basis: 'inferred' },
    domains: [],
    missingContext,
    suggestedOwner: owner,
    permissions: LANE_PERMISSIONS[3],
    packet: {
      ticketId,
      lane: 3,
      laneName: LANE_NAMES[3],
      unit: 'conversation',
      triggers: [{ factor: 'missing_context', level: 'high', evidence: factors.missing_context.evidence }],
      summary: [`The ticket could not be evaluated: ${cause}`],
      knownContext: [],
      missingContext,
      references: [],
      suggestedOwner: owner,
      assistantDidNot: ['did not send a reply to the customer', 'withheld its draft reply'],
      assistantDidNotIds: ['reply', 'draft'],
      customerFacingState: 'nothing_sent',
      policyVersion: policy.version,
    },
    failure: cause,
    policyVersion: policy.version,
  };
}
