import type { Metrics, PromotionVerdict } from '../policy';

/** What `report --format json` prints: the metrics, the promotion verdicts and the audit sample. */
export interface ReportJson extends Metrics {
  policy_version: string;
  mode: string;
  by_family: Record<string, Metrics>;
  by_plan_tier: Record<string, Metrics>;
  by_segment: Record<string, Metrics>;
  promotion: PromotionVerdict[];
  audit_seed: string;
  audit_per_family: number;
  audit_sample: { ticket_id: number | string; family: string }[];
  /** Tickets by the policy version recorded on them (`unrecorded` when none is). */
  recorded_policy_versions: Record<string, number>;
}
