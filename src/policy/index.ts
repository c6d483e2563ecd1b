/** The policy core: pure, imports nothing but itself and zod. */
export * from './types';
export { DEFAULT_POLICY, DEFAULT_POLICY_VERSION, type Policy, type LaneRules, type Thresholds } from './policy';
export { parseSettings, describeIssues, hashText, type Settings, type SettingsResult, type SettingsIssue, type FieldMap, type Mode } from './settings';
export { scoreTicket, evaluateTicket, scoreWithSettings, failClosed, type ScoreContext, type Evaluation } from './scoreTicket';
export { decideLane, LANE_NAMES } from './decideLane';
export { LANE_PERMISSIONS } from './permissions';
export { renderPacketText } from './renderPacketText';
export { FACTORS } from './factors';
export { rankLevel } from './factors/Factor';
export { readRecord, recordTags, parseLaneValue, laneValue, slug, OUTCOMES, RATINGS, type LaneRecord, type Outcome, type PacketRating } from './records';
export { computeMetrics, BOUNCE_REASSIGNMENTS, type Metrics, type MetricsReport, type MetricTicket } from './governance/computeMetrics';
export { judgePromotion, DEFAULT_PROMOTION, type PromotionThresholds, type PromotionVerdict } from './governance/promotion';
export { sampleForAudit, isoWeek } from './governance/sampleForAudit';
export { comparePolicies, type PolicyComparison, type Movement } from './governance/comparePolicies';
