import type { Concept } from '../defaultLexicon';
import { isAskedAbout, isOthersContract, isSettled, mentionEvidence, mentions, type TicketReading } from '../readTicket';
import type { Evidence } from '../types';
import type { Factor, Signal } from './Factor';
import { resultFromSignals } from './Factor';

const CONCESSIONS: Concept[] = ['refund', 'credit', 'discount', 'waiver', 'exception', 'entitlement_dispute'];
const COMMERCIAL: Concept[] = ['billing', 'plan_change', 'downgrade', 'cancellation', 'contract', 'plan_question', 'discount', 'refund', 'credit', 'waiver'];
const BILLING_RULES: Concept[] = ['billing', 'plan_change', 'downgrade', 'cancellation', 'contract'];

/** Could the answer create, deny or reinterpret a concession or entitlement? */
export const policySensitivity: Factor = {
  id: 'policy_sensitivity',
  label: 'Policy sensitivity',
  score(reading) {
    const signals: Signal[] = [];
    // "We were never refunded" claims one; "the refund from the summer is long closed" tells of one settled.
    const concessions = mentionEvidence(reading, CONCESSIONS, 3, (m) => !isSettled(m));
    if (concessions.length > 0) {
      signals.push({ level: 'high', reason: 'asks for a concession, exception or contractual entitlement', evidence: concessions });
    }
    const negotiated = negotiatedEvidence(reading);
    // "With our licence, how many mailboxes can we protect?" on negotiated terms asks what the contract grants.
    const licenceQuestion = (reading.mentions.get('provisioning') ?? []).some((m) => m.role === 'question');
    if (negotiated && (mentions(reading, ...COMMERCIAL) || licenceQuestion)) {
      signals.push({
        level: 'high',
        reason: 'negotiated contract terms and the question touches price, billing or entitlements',
        evidence: [negotiated, ...mentionEvidence(reading, COMMERCIAL, 2)],
      });
    }
    const priorCredit = reading.input.fields.priorServiceCredit;
    if (priorCredit.available && priorCredit.value === true && mentions(reading, ...COMMERCIAL)) {
      signals.push({
        level: 'high',
        reason: 'a service credit was already issued on this matter',
        evidence: [{ source: 'field', ref: 'ticket.prior_service_credit', detail: 'yes', basis: 'confirmed' }, ...mentionEvidence(reading, COMMERCIAL, 2)],
      });
    }
    // "Thanks, the refund landed this morning": a settled matter asks no billing judgement.
    // "We moved our supply agreement onto a template": a contract told of is the customer's own paperwork; one asked about counts.
    // "A lease agreement with my tenant", "a supply contract with a wholesaler": the customer's own paperwork with others.
    const rules = mentionEvidence(reading, BILLING_RULES, 3, (m) => !isSettled(m) && !m.hypothetical && (m.concept !== 'contract' || (isAskedAbout(m) && !isOthersContract(m))));
    if (rules.length > 0) {
      signals.push({ level: 'medium', reason: 'the answer depends on billing or pricing rules', evidence: rules });
    }
    const family = reading.family;
    if (family.basis === 'confirmed' && family.evidence && (family.value === 'billing' || family.value === 'contract')) {
      signals.push({ level: 'medium', reason: `a ${family.value} ticket`, evidence: [family.evidence] });
    }
    return resultFromSignals('policy_sensitivity', signals, 'no billing, pricing or entitlement judgement needed');
  },
};

function negotiatedEvidence(reading: TicketReading): Evidence | null {
  const contract = reading.organization?.contractType;
  if (!contract || !reading.policy.negotiatedContractTypes.includes(contract)) return null;
  return { source: 'organization', ref: 'organization.contract_type', detail: `${contract} (exception terms present)`, basis: 'confirmed' };
}

