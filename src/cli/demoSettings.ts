/**
 * The demo account's settings (`spec/demo-instance.md`), used when `--settings` is not given.
 * A real account names its fields and groups differently: pass its settings with `--settings`.
 */
export const DEMO_SETTINGS = {
  field_map:
    '{"ticket": {"issue_family": 9000001, "ai_draft": 9000002, "lane": 9000003, "lane_override_reason": 9000004, "prior_service_credit": 9000005}, "organization": {"plan_tier": "plan_tier", "contract_type": "contract_type", "renewal_date": "renewal_date", "csm_owner": "csm_owner", "region": "region", "executive_sponsor": "executive_sponsor"}, "groups": {"frontline": 100, "billing": 101, "security": 102, "customer_success": 103, "incidents": 104, "legal": 105}, "lead_group_ids": [106]}',
} as const;
