import { DEFAULT_LEXICON } from './defaultLexicon';
import { DEFAULT_PROMOTION, type PromotionThresholds } from './governance/promotion';
import type { Lexicon } from './text/compileLexicon';
import type { FactorId, IssueFamily } from './types';

/** The lane rules as data: the first lane whose rule matches wins (`spec/policy.md`). */
export interface LaneRules {
  lane3: {
    /** Any of these at `high` makes Lane 3. */
    anyHigh: FactorId[];
    /** This many factors at `high` make Lane 3. */
    minHighCount: number;
    /** Any of these at `high` while another factor is at least `medium` makes Lane 3. */
    highWithAnotherMedium: FactorId[];
    /** This many factors at least `medium` make Lane 3. */
    minAtLeastMediumCount: number;
  };
  lane2: {
    /** This many factors at least `medium` make Lane 2. */
    minAtLeastMediumCount: number;
  };
}

export interface Thresholds {
  /** Renewal within this many days raises customer pressure (policy.md: 30). */
  renewalWindowDays: number;
  /** Contacts are counted over this many days (policy.md: 7). */
  contactWindowDays: number;
  /** This many contacts in the window is `medium` pressure (policy.md: a second contact). */
  contactsMedium: number;
  /** This many contacts in the window is `high` pressure (policy.md: three or more). */
  contactsHigh: number;
}

export interface Policy {
  version: string;
  lexicon: Lexicon;
  thresholds: Thresholds;
  /** Families that may be handled autonomously when every factor is low. */
  autonomyAllowlist: IssueFamily[];
  laneRules: LaneRules;
  /** Plan tiers that count as enterprise for customer pressure. */
  enterpriseTiers: string[];
  /** Contract types that mean exception terms are present. */
  negotiatedContractTypes: string[];
  /** Documents an owner may want, by concept. */
  references: Record<string, string[]>;
  /** The evidence a family needs before it earns autonomy. */
  promotion: PromotionThresholds;
  /** Lane 1 tickets drawn per family for the weekly audit. */
  auditPerFamily: number;
}

export const DEFAULT_POLICY_VERSION = 'lanes-default-1';

export const DEFAULT_POLICY: Policy = {
  version: DEFAULT_POLICY_VERSION,
  lexicon: DEFAULT_LEXICON,
  thresholds: { renewalWindowDays: 30, contactWindowDays: 7, contactsMedium: 2, contactsHigh: 3 },
  autonomyAllowlist: ['documentation', 'feature_access', 'usage_limits'],
  laneRules: {
    lane3: {
      anyHigh: ['security_identity', 'missing_context', 'customer_pressure'],
      minHighCount: 2,
      highWithAnotherMedium: ['policy_sensitivity'],
      minAtLeastMediumCount: 3,
    },
    lane2: { minAtLeastMediumCount: 1 },
  },
  enterpriseTiers: ['enterprise'],
  negotiatedContractTypes: ['negotiated'],
  references: {
    refund: ['Refund policy', 'Billing adjustments: approval limits'],
    credit: ['Service credit policy', 'Incident compensation guidelines'],
    discount: ['Pricing and discount approval matrix'],
    waiver: ['Billing adjustments: approval limits'],
    exception: ['Commercial exceptions: who may approve'],
    contract: ["The account's contract and order form"],
    entitlement_dispute: ["The account's contract and order form", 'Plan entitlements by tier'],
    plan_question: ['Plan entitlements by tier'],
    cancellation: ['Cancellation and retention playbook'],
    cancellation_threat: ['Cancellation and retention playbook'],
    legal: ['Legal and regulatory escalation procedure'],
    regulatory: ['Data protection request procedure'],
    access_recovery: ['Account recovery and identity verification procedure'],
    privilege_change: ['Admin role change verification procedure'],
    ownership: ['Account ownership transfer procedure'],
    compromise: ['Suspicious activity response procedure'],
    third_party_data: ['Data access requests for other users'],
    identity_change: ['Account recovery and identity verification procedure'],
    security_general: ['SSO and authentication configuration guide'],
    permissions_general: ['Roles and permissions guide'],
    outage: ['Incident communication guidelines'],
    deletion: ['Data deletion and retention policy'],
  },
  promotion: DEFAULT_PROMOTION,
  auditPerFamily: 5,
};
