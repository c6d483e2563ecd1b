import type { Metrics } from './computeMetrics';

/** What a family must show before it earns autonomy (the article's phase 4: evidence before promotion). */
export interface PromotionThresholds {
  maxOverrideRate: number;
  maxRecontactRate: number;
  maxAuditMisses: number;
  /** Fewer tickets than this is not evidence yet. */
  minTickets: number;
}

export const DEFAULT_PROMOTION: PromotionThresholds = { maxOverrideRate: 0.05, maxRecontactRate: 0.1, maxAuditMisses: 0, minTickets: 50 };

export interface PromotionVerdict {
  family: string;
  eligible: boolean;
  /** Each check with its figure, so the verdict explains itself. */
  checks: { name: string; value: number; limit: number; passed: boolean }[];
}

/** Says, for each family, whether its evidence is under the thresholds for promotion. */
export function judgePromotion(byFamily: Readonly<Record<string, Metrics>>, t: PromotionThresholds): PromotionVerdict[] {
  return Object.entries(byFamily).map(([family, m]) => {
    const checks = [
      { name: 'tickets', value: m.tickets, limit: t.minTickets, passed: m.tickets >= t.minTickets },
      { name: 'override_rate', value: m.override_rate, limit: t.maxOverrideRate, passed: m.override_rate <= t.maxOverrideRate },
      { name: 'recontact_rate', value: m.recontact_rate, limit: t.maxRecontactRate, passed: m.recontact_rate <= t.maxRecontactRate },
      { name: 'audit_misses', value: m.audit_misses, limit: t.maxAuditMisses, passed: m.audit_misses <= t.maxAuditMisses },
    ];
    return { family, eligible: checks.every((c) => c.passed), checks };
  });
}
