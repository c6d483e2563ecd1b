import type { Concept } from '../defaultLexicon';
import { asksFor, isStaffProblem, mentions, type TicketReading } from '../readTicket';
import type { Evidence, MissingItem } from '../types';
import type { Factor, Signal } from './Factor';
import { resultFromSignals } from './Factor';

/** A gap in the sources of truth, with the evidence that it is a gap. */
export interface Gap extends MissingItem {
  evidence: Evidence[];
}

const ACCOUNT_QUESTION: Concept[] = [
  'refund', 'credit', 'discount', 'waiver', 'exception', 'billing', 'plan_change', 'downgrade', 'cancellation',
  'contract', 'entitlement_dispute', 'plan_question',
  // A person's data in an account, asked for by someone the account does not know.
  'personal_data_request',
];
const ACCESS_QUESTION: Concept[] = ['access_recovery', 'privilege_change', 'ownership', 'compromise', 'third_party_data', 'identity_change'];

/**
 * Lists what the decision would need but cannot read, most decisive first: `decisive` gaps
 * make an answer a guess, `helpful` ones would help, `open` ones are questions for the owner.
 */
export function listMissingContext(reading: TicketReading): Gap[] {
  const { input, organization: org } = reading;
  const gaps: Gap[] = [];
  const accountQuestion = mentions(reading, ...ACCOUNT_QUESTION) || reading.family.value === 'billing' || reading.family.value === 'contract';
  const accessQuestion = mentions(reading, ...ACCESS_QUESTION);
  const host = (ref: string, detail: string): Evidence => ({ source: 'host', ref, detail, basis: 'confirmed' });

  for (const f of input.failures) {
    gaps.push({ item: f.source, reason: `could not be read: ${f.reason}`, weight: 'decisive', evidence: [host(f.source, f.reason)] });
  }
  if (!input.organization.available) {
    gaps.push({
      item: 'organization',
      reason: `the account record is unavailable (${input.organization.reason})`,
      // The account behind the ticket cannot be confirmed at all: every answer about it would be a guess.
      weight: 'decisive',
      evidence: [host('organization', input.organization.reason)],
    });
  } else if (org === null) {
    // Staff who open a problem ticket belong to no customer organization, and none is missing.
    // "Can you correct my result in your system?" from a requester with no organization: a change asked of us by
    // someone no account vouches for is asked of an account nobody can name.
    if ((accountQuestion || reading.actionAsk !== null) && !isStaffProblem(input)) {
      gaps.push({
        item: 'organization',
        reason: accountQuestion
          ? 'the requester has no organization, so plan and contract cannot be confirmed for an account question'
          : 'the requester has no organization, so no account can be confirmed for the change asked',
        weight: 'decisive',
        evidence: [host('requester.organization', 'none')],
      });
    }
  } else {
    if (!org.planTier) {
      gaps.push({
        item: 'organization.plan_tier',
        reason: accountQuestion ? 'plan tier is unreadable for a billing, contract or entitlement question' : 'plan tier is unknown',
        weight: accountQuestion ? 'decisive' : 'helpful',
        evidence: [host('organization.plan_tier', 'empty or absent')],
      });
    }
    if (!org.contractType && accountQuestion) {
      gaps.push({
        item: 'organization.contract_type',
        reason: 'contract status is unreadable for a billing, contract or entitlement question',
        weight: 'decisive',
        evidence: [host('organization.contract_type', 'empty or absent')],
      });
    }
    if (!org.renewalDate && org.planTier && reading.policy.enterpriseTiers.includes(org.planTier)) {
      gaps.push({ item: 'organization.renewal_date', reason: 'renewal date unknown on an enterprise account', weight: 'helpful', evidence: [host('organization.renewal_date', 'empty or absent')] });
    }
  }
  // The family says what kind of ticket it is (a bug report is filed as outage too); only an
  // incident on record or one the customer names makes the incident's status decisive.
  const incidentRef = asksFor(reading, 'outage') || input.type === 'incident' || input.problemId !== null;
  // A problem ticket is the incident's own record: its status is known.
  if (incidentRef && input.type !== 'problem') {
    const problem = input.problem;
    const unknown = input.problemId === null
      ? 'no problem ticket is linked, so the incident status is unknown'
      : !problem.available
        ? `the linked problem ticket #${input.problemId} could not be read (${problem.reason})`
        : problem.value === null
          ? `the linked problem ticket #${input.problemId} was not found`
          : problem.value.status === null
            ? `the linked problem ticket #${input.problemId} has no status`
            : null;
    if (unknown) gaps.push({ item: 'incident status', reason: unknown, weight: 'decisive', evidence: [host('ticket.problem_id', unknown)] });
  }
  if (!input.requester.available) {
    gaps.push({
      item: 'requester',
      reason: `the requester could not be read (${input.requester.reason})`,
      weight: accessQuestion ? 'decisive' : 'helpful',
      evidence: [host('requester', input.requester.reason)],
    });
  }
  if (!input.requesterTickets.available) {
    gaps.push({ item: 'requester.recent_tickets', reason: `the requester's recent contacts could not be counted (${input.requesterTickets.reason})`, weight: 'helpful', evidence: [host('requester.tickets', input.requesterTickets.reason)] });
  }
  gaps.push(...openQuestions(reading));
  return gaps;
}

/** Questions no system here can answer, for the human owner. */
function openQuestions(reading: TicketReading): Gap[] {
  const open = (item: string, reason: string): Gap => ({ item, reason, weight: 'open', evidence: [] });
  const out: Gap[] = [];
  if (mentions(reading, 'refund', 'credit', 'discount', 'waiver', 'exception')) {
    out.push(open('concession approval', 'whether the commercial team approved a concession beyond standard policy'));
  }
  const contract = reading.organization?.contractType;
  if (contract && reading.policy.negotiatedContractTypes.includes(contract) && mentions(reading, ...ACCOUNT_QUESTION)) {
    out.push(open('contract amendments', 'whether a contract amendment changes what applies here'));
  }
  if (mentions(reading, ...ACCESS_QUESTION)) {
    out.push(open('requester authority', 'whether the requester is verified and authorised for this account change'));
  }
  return out;
}

const WEIGHT_ORDER: Record<MissingItem['weight'], number> = { decisive: 0, helpful: 1, open: 2 };

/** Orders gaps most decisive first. */
export function sortGaps<T extends MissingItem>(gaps: readonly T[]): T[] {
  return [...gaps].sort((a, b) => WEIGHT_ORDER[a.weight] - WEIGHT_ORDER[b.weight]);
}

/** Is a decisive source of truth unavailable or stale? */
export const missingContext: Factor = {
  id: 'missing_context',
  label: 'Missing context',
  score(reading) {
    const signals: Signal[] = [];
    for (const gap of listMissingContext(reading)) {
      if (gap.weight === 'open') continue;
      signals.push({ level: gap.weight === 'decisive' ? 'high' : 'medium', reason: gap.reason, evidence: gap.evidence });
    }
    return resultFromSignals('missing_context', signals, 'the decisive sources of truth were read');
  },
};
