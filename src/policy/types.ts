/**
 * The policy's own vocabulary. Everything here is plain data: the helpdesk adapter and the
 * batch reader build a `TicketInput`, the core turns it into a `Decision`.
 */

export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

export const LANES = [1, 2, 3] as const;
export type Lane = (typeof LANES)[number];

export const UNITS = ['none', 'answer', 'action', 'conversation'] as const;
export type Unit = (typeof UNITS)[number];

export const FACTOR_IDS = [
  'policy_sensitivity',
  'security_identity',
  'missing_context',
  'action_irreversibility',
  'customer_pressure',
  'multi_domain_complexity',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export const ISSUE_FAMILIES = [
  'documentation',
  'feature_access',
  'billing',
  'permissions',
  'provisioning',
  'usage_limits',
  'contract',
  'outage',
  'security',
] as const;
export type IssueFamily = (typeof ISSUE_FAMILIES)[number];

export const DOMAINS = [
  'billing',
  'permissions',
  'security',
  'outage',
  'contract',
  'feature_access',
  'provisioning',
  'usage_limits',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const OWNER_KEYS = [
  'frontline',
  'billing',
  'security',
  'customer_success',
  'incidents',
  'legal',
] as const;
export type OwnerKey = (typeof OWNER_KEYS)[number];

/** `confirmed`: read from a system of record. `inferred`: read from free text. */
export type Basis = 'confirmed' | 'inferred';

export interface Evidence {
  /** Where the fact came from. */
  source: 'field' | 'organization' | 'ticket' | 'tag' | 'text' | 'count' | 'host' | 'settings';
  /** The field, tag, message or call it came from, e.g. `organization.plan_tier`. */
  ref: string;
  /** What was found, in words an agent can check, e.g. `"refund"` or `enterprise`. */
  detail: string;
  basis: Basis;
  /** For words read from the text: the sentence they stand in, and why it counts ("asks us for it"). */
  sentence?: { text: string; why: string };
}

/** A value the helpdesk either gave us, or could not give us (and why). */
export type Known<T> = { available: true; value: T } | { available: false; reason: string };

export interface CommentInput {
  id: string;
  authorId: string | null;
  /** The author's role where known; `null` when the author could not be looked up. */
  authorRole: 'end-user' | 'agent' | 'admin' | null;
  public: boolean;
  body: string;
  createdAt: string | null;
}

export interface OrganizationInput {
  id: string;
  name: string;
  tags: string[];
  /** `null` when the field is absent or empty: that source of truth is unreadable. */
  planTier: string | null;
  contractType: string | null;
  renewalDate: string | null;
  csmOwner: string | null;
  region: string | null;
  executiveSponsor: boolean | null;
}

export interface RequesterInput {
  id: string;
  name: string | null;
  email: string | null;
  role: string | null;
}

export interface ProblemInput {
  id: string;
  status: string | null;
  subject: string | null;
}

export interface TicketInput {
  id: string;
  subject: string;
  description: string;
  /** Comments oldest first; empty when only the description is known. */
  comments: CommentInput[];
  status: string | null;
  priority: string | null;
  type: string | null;
  /** The linked problem ticket's id, for an incident. */
  problemId: string | null;
  tags: string[];
  channel: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** Custom fields read through the field map. */
  fields: {
    issueFamily: Known<string | null>;
    aiDraft: Known<string | null>;
    priorServiceCredit: Known<boolean | null>;
    lane: Known<string | null>;
    laneOverrideReason: Known<string | null>;
  };
  requester: Known<RequesterInput | null>;
  /** `value: null` means the requester has no organization (known), not that it is unreadable. */
  organization: Known<OrganizationInput | null>;
  /** The linked problem ticket, when `problemId` is set. */
  problem: Known<ProblemInput | null>;
  /** Created-at times of the requester's tickets, this one included. */
  requesterTickets: Known<{ id: string; createdAt: string }[]>;
  /** Host calls that failed outright, each with its reason. */
  failures: { source: string; reason: string }[];
}

export interface FactorResult {
  id: FactorId;
  level: Level;
  /** One line: why this level. */
  reason: string;
  evidence: Evidence[];
}

export interface MissingItem {
  /** What is missing, e.g. `organization.plan_tier`. */
  item: string;
  /** Why it matters, in one line. */
  reason: string;
  /** `decisive`: an answer would be a guess; `helpful`: it helps but does not decide; `open`: a question for the human owner. */
  weight: 'decisive' | 'helpful' | 'open';
}

export interface SuggestedOwner {
  key: OwnerKey;
  groupId: number | null;
  groupName: string | null;
  reason: string;
  /** Others who should keep the ticket in view (a CSM, another group). */
  keepInView: { kind: 'csm' | 'group'; name: string; groupId?: number }[];
}

export interface KnownFact {
  label: string;
  value: string;
  basis: Basis;
  ref: string;
}

export type CustomerFacingState =
  | 'nothing_sent'
  | 'clarifying_question_sent'
  | 'tentative_explanation_sent'
  | 'expectations_raised';

export interface Permissions {
  may: string[];
  mayNot: string[];
  /** Whether the app may send the AI draft to the customer itself. */
  canSend: boolean;
  /** Whether the AI draft may be shown and put into the composer for an agent to edit. */
  canInsertDraft: boolean;
}

export interface Packet {
  ticketId: string;
  lane: Lane;
  laneName: string;
  unit: Unit;
  triggers: { factor: FactorId; level: Level; evidence: Evidence[] }[];
  summary: string[];
  knownContext: KnownFact[];
  missingContext: MissingItem[];
  references: string[];
  suggestedOwner: SuggestedOwner;
  assistantDidNot: string[];
  /** The same, by id (`DID_NOT_IDS` of buildPacket), for a packet in another language. */
  assistantDidNotIds?: string[];
  customerFacingState: CustomerFacingState;
  policyVersion: string;
}

/** Which lane rule decided, with what it names, so that a reader can say it in any language. */
export type LaneRule =
  | { id: 'decisive_high'; factor: FactorId }
  | { id: 'high_count'; factors: FactorId[] }
  | { id: 'high_with_raised'; factor: FactorId; others: FactorId[] }
  | { id: 'raised_count'; factors: FactorId[] }
  | { id: 'raised'; factors: FactorId[] }
  | { id: 'family_unknown' }
  | { id: 'family_not_allowed'; family: IssueFamily; inferred: boolean }
  | { id: 'asks_action' }
  | { id: 'ask_unclear' }
  | { id: 'family_allowed'; family: IssueFamily; inferred: boolean }
  /** The learned reader raised the lane the rules chose (`from`): its probability and strongest words. */
  | { id: 'learned_human_lead'; from: Lane; probability: number; words: string[] }
  | { id: 'fail_closed' };

export interface Decision {
  ticketId: string;
  lane: Lane;
  laneName: string;
  unit: Unit;
  /** The lane rule that decided, in one line. */
  reason: string;
  /** The same rule as data, for a reader that says it in the agent's language. */
  rule?: LaneRule;
  factors: Record<FactorId, FactorResult>;
  family: { value: IssueFamily | null; basis: Basis };
  domains: Domain[];
  missingContext: MissingItem[];
  suggestedOwner: SuggestedOwner;
  permissions: Permissions;
  packet: Packet;
  /** Set when the ticket could not be evaluated: the lane is 3 and this says why. */
  failure: string | null;
  policyVersion: string;
}
