import type { LaneRecord } from '../records';
import type { Lane } from '../types';

/** One ticket as the metrics see it: its records plus what the history says happened next. */
export interface MetricTicket {
  id: string;
  family: string | null;
  planTier: string | null;
  segment: string | null;
  /** The lane in force (override or computed). */
  lane: Lane;
  record: LaneRecord;
  /** For a ticket handled in Lane 1: did the requester come back within 7 days? `null` when unknown. */
  recontactWithin7Days: boolean | null;
  /** Group changes after the ticket was escalated; two or more is a bounce. */
  reassignmentsAfterEscalation: number;
}

export interface Metrics {
  tickets: number;
  lanes: Record<'1' | '2' | '3', number>;
  override_rate: number;
  late_escalation_rate: number;
  /** Of tickets handled in Lane 1, the share whose requester came back within 7 days. */
  recontact_rate: number;
  /** Of escalated tickets (Lane 2 or 3), the share reassigned to another group again. */
  bounce_rate: number;
  /** Of rated packets, the share rated useful; `null` when none was rated. */
  packet_usefulness: number | null;
  audit_misses: number;
  outcomes: { right: number; lower: number; higher: number };
}

export interface MetricsReport extends Metrics {
  by_family: Record<string, Metrics>;
  by_plan_tier: Record<string, Metrics>;
  by_segment: Record<string, Metrics>;
}

/** Bounces start at the second reassignment: the first routing is the escalation itself. */
export const BOUNCE_REASSIGNMENTS = 2;

/** Computes the policy's metrics, overall and by family, plan tier and segment. */
export function computeMetrics(tickets: Iterable<MetricTicket>): MetricsReport {
  const all = new Tally();
  const byFamily = new Map<string, Tally>();
  const byTier = new Map<string, Tally>();
  const bySegment = new Map<string, Tally>();
  const into = (map: Map<string, Tally>, key: string | null) => {
    const k = key ?? 'unknown';
    let t = map.get(k);
    if (!t) map.set(k, (t = new Tally()));
    return t;
  };
  for (const t of tickets) {
    all.add(t);
    into(byFamily, t.family).add(t);
    into(byTier, t.planTier).add(t);
    into(bySegment, t.segment).add(t);
  }
  const report = (map: Map<string, Tally>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, t.metrics()]));
  return { ...all.metrics(), by_family: report(byFamily), by_plan_tier: report(byTier), by_segment: report(bySegment) };
}

/** Running counts; constant memory whatever the number of tickets. */
class Tally {
  tickets = 0;
  lanes = { '1': 0, '2': 0, '3': 0 };
  overridden = 0;
  late = 0;
  handledLane1 = 0;
  recontacted = 0;
  escalated = 0;
  bounced = 0;
  rated = 0;
  useful = 0;
  auditMisses = 0;
  outcomes = { right: 0, lower: 0, higher: 0 };

  add(t: MetricTicket): void {
    this.tickets++;
    this.lanes[String(t.lane) as '1' | '2' | '3']++;
    if (t.record.overridden) this.overridden++;
    if (t.record.lateEscalation) this.late++;
    if (t.lane === 1 && t.recontactWithin7Days !== null) {
      this.handledLane1++;
      if (t.recontactWithin7Days) this.recontacted++;
    }
    if (t.lane >= 2) {
      this.escalated++;
      if (t.reassignmentsAfterEscalation >= BOUNCE_REASSIGNMENTS) this.bounced++;
    }
    if (t.record.packetRating) {
      this.rated++;
      if (t.record.packetRating === 'useful') this.useful++;
    }
    if (t.record.auditMiss) this.auditMisses++;
    if (t.record.outcome) this.outcomes[t.record.outcome]++;
  }

  metrics(): Metrics {
    return {
      tickets: this.tickets,
      lanes: { ...this.lanes },
      override_rate: rate(this.overridden, this.tickets),
      late_escalation_rate: rate(this.late, this.tickets),
      recontact_rate: rate(this.recontacted, this.handledLane1),
      bounce_rate: rate(this.bounced, this.escalated),
      packet_usefulness: this.rated === 0 ? null : rate(this.useful, this.rated),
      audit_misses: this.auditMisses,
      outcomes: { ...this.outcomes },
    };
  }
}

function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}
