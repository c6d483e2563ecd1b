import type { Concept } from './defaultLexicon';
import { mentions, type TicketReading } from './readTicket';
import type { CustomerFacingState, FactorId, FactorResult, KnownFact, Lane, MissingItem, Packet, SuggestedOwner, Unit } from './types';
import { LANE_NAMES } from './decideLane';

const ASK_WORDS: [Concept, string][] = [
  ['refund', 'a refund'], ['credit', 'a credit'], ['discount', 'a discount'], ['waiver', 'a waived charge'],
  ['exception', 'an exception'], ['downgrade', 'a downgrade'], ['plan_change', 'a plan change'],
  ['cancellation', 'a cancellation'], ['entitlement_dispute', 'an entitlement'], ['access_recovery', 'access recovery'],
  ['privilege_change', 'a privilege change'], ['ownership', 'an ownership change'], ['deletion', 'a deletion'],
  ['compromise', 'suspicious activity'], ['third_party_data', "another person's data"], ['billing', 'billing'],
  ['outage', 'an incident'], ['legal', 'legal action'],
];

export interface PacketParts {
  lane: Lane;
  unit: Unit;
  factors: Readonly<Record<FactorId, FactorResult>>;
  missingContext: MissingItem[];
  owner: SuggestedOwner;
}

/** Builds the escalation packet: what a human receives, with facts and inferences kept apart. */
export function buildPacket(reading: TicketReading, parts: PacketParts): Packet {
  const { input } = reading;
  const triggers = Object.values(parts.factors)
    .filter((f) => f.level !== 'low')
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'high' ? -1 : 1))
    .map((f) => ({ factor: f.id, level: f.level, evidence: f.evidence }));
  const references = new Set<string>();
  for (const concept of reading.mentions.keys()) for (const r of reading.policy.references[concept] ?? []) references.add(r);
  if (input.problemId) references.add(`Problem ticket #${input.problemId}${problemSubject(reading)}`);
  const didNot = didNotIds(reading, parts.lane);
  return {
    ticketId: input.id,
    lane: parts.lane,
    laneName: LANE_NAMES[parts.lane],
    unit: parts.unit,
    triggers,
    summary: summarize(reading),
    knownContext: knownContext(reading),
    missingContext: parts.missingContext,
    references: [...references].slice(0, 8),
    suggestedOwner: parts.owner,
    assistantDidNot: didNot.map((id) => DID_NOT_TEXT[id]),
    assistantDidNotIds: didNot,
    customerFacingState: customerFacingState(reading),
    policyVersion: reading.policy.version,
  };
}

function problemSubject(reading: TicketReading): string {
  const p = reading.input.problem;
  return p.available && p.value?.subject ? `: ${p.value.subject}` : '';
}

function summarize(reading: TicketReading): string[] {
  const { input, organization: org } = reading;
  const lines: string[] = [];
  const subject = input.subject.trim().slice(0, 140);
  lines.push(subject ? `Subject: "${subject}".` : 'No subject.');
  const asks = ASK_WORDS.filter(([c]) => mentions(reading, c)).map(([, words]) => words);
  if (asks.length > 0) lines.push(`The customer's words point to ${joinWords(asks.slice(0, 4))} (inferred from the text).`);
  if (reading.declined.size > 0) lines.push(`The customer says they do not want: ${[...reading.declined].join(', ')} (inferred).`);
  const account: string[] = [];
  if (org?.planTier) account.push(`plan ${org.planTier}`);
  if (org?.contractType) account.push(`${org.contractType} contract`);
  if (reading.renewalInDays !== null && reading.renewalInDays >= 0) account.push(`renewal in ${reading.renewalInDays} days`);
  const credit = input.fields.priorServiceCredit;
  if (credit.available && credit.value === true) account.push('a service credit already issued');
  if (account.length > 0) lines.push(`Account (confirmed): ${account.join(', ')}.`);
  return lines;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function knownContext(reading: TicketReading): KnownFact[] {
  const { input, organization: org } = reading;
  const facts: KnownFact[] = [];
  const fact = (label: string, value: string, ref: string, basis: KnownFact['basis'] = 'confirmed') => facts.push({ label, value, ref, basis });
  if (org) {
    fact('organization', org.name, 'organization.name');
    if (org.planTier) fact('current plan', org.planTier, 'organization.plan_tier');
    if (org.contractType) {
      const negotiated = reading.policy.negotiatedContractTypes.includes(org.contractType);
      fact('contract metadata', negotiated ? `${org.contractType}: exception terms present` : org.contractType, 'organization.contract_type');
    }
    if (org.renewalDate) fact('renewal date', org.renewalDate, 'organization.renewal_date');
    if (org.csmOwner) fact('customer success manager', org.csmOwner, 'organization.csm_owner');
    if (org.executiveSponsor !== null) fact('executive sponsor', org.executiveSponsor ? 'yes' : 'no', 'organization.executive_sponsor');
    if (org.region) fact('region', org.region, 'organization.region');
  }
  const credit = input.fields.priorServiceCredit;
  if (credit.available && credit.value !== null) fact('prior service credit', credit.value ? 'yes' : 'no', 'ticket.prior_service_credit');
  const p = input.problem;
  if (input.problemId && p.available && p.value) {
    fact('prior incident', `#${p.value.id}${p.value.subject ? ` ${p.value.subject}` : ''} (status: ${p.value.status ?? 'unknown'})`, 'ticket.problem_id');
  }
  if (reading.family.value) {
    fact(reading.family.basis === 'confirmed' ? 'issue family' : 'likely issue family', reading.family.value, 'ticket.issue_family', reading.family.basis);
  }
  if (reading.contactsInWindow !== null) {
    fact('contacts from the requester', `${reading.contactsInWindow} in ${reading.policy.thresholds.contactWindowDays} days`, 'requester.tickets');
  }
  for (const [concept, list] of reading.mentions) {
    if (concept === 'renewal_soon' && list[0]) fact('renewal mentioned by the customer', `"${list[0].quote}"`, list[0].ref, 'inferred');
  }
  return facts;
}

/** What the assistant held back, by id (for a translated packet) with its English sentence. */
export const DID_NOT_IDS = ['refund_outcome', 'concession', 'contract_terms', 'access_change', 'incident_impact', 'account_change', 'reply', 'draft'] as const;
export type DidNotId = (typeof DID_NOT_IDS)[number];

const DID_NOT: [Concept[], DidNotId, string][] = [
  [['refund'], 'refund_outcome', 'did not quote a refund outcome'],
  [['credit', 'discount', 'waiver'], 'concession', 'did not promise a credit, discount or waiver'],
  [['exception', 'contract', 'entitlement_dispute'], 'contract_terms', 'did not interpret contract terms or approve an exception'],
  [['access_recovery', 'privilege_change', 'ownership', 'identity_change', 'compromise', 'third_party_data'], 'access_change', 'did not change access, roles or ownership, or give account-specific security steps'],
  [['outage'], 'incident_impact', 'did not confirm incident impact or cause'],
  [['deletion', 'cancellation', 'downgrade'], 'account_change', 'did not change the account or subscription'],
];

const DID_NOT_TEXT: Record<DidNotId, string> = {
  ...(Object.fromEntries(DID_NOT.map(([, id, text]) => [id, text])) as Record<Exclude<DidNotId, 'reply' | 'draft'>, string>),
  reply: 'did not send a reply to the customer',
  draft: 'withheld its draft reply',
};

function didNotIds(reading: TicketReading, lane: Lane): DidNotId[] {
  const out: DidNotId[] = DID_NOT.filter(([concepts]) => mentions(reading, ...concepts)).map(([, id]) => id);
  if (lane >= 2) out.push('reply');
  const draft = reading.input.fields.aiDraft;
  if (lane === 3 && draft.available && draft.value) out.push('draft');
  return out;
}

const COMMITMENT = /\b(we will|we'll|we have|we've|i will|i'll|approved|guarantee|refunded|credited|is on its way|will be (refunded|credited|fixed))\b/i;

/** What the customer has already seen from us before this escalation. */
export function customerFacingState(reading: TicketReading): CustomerFacingState {
  const requesterId = reading.input.requester.available ? reading.input.requester.value?.id ?? null : null;
  const replies = reading.input.comments.filter(
    (c) => c.public && (c.authorRole === 'agent' || c.authorRole === 'admin' || (c.authorRole === null && requesterId !== null && c.authorId !== requesterId)),
  );
  const last = replies[replies.length - 1];
  if (!last) return 'nothing_sent';
  if (replies.some((c) => COMMITMENT.test(c.body))) return 'expectations_raised';
  if (/\?\s*$/.test(last.body.trim()) || /\?[^.?!]*$/.test(last.body.trim().split('\n')[0] ?? '')) return 'clarifying_question_sent';
  return 'tentative_explanation_sent';
}
