import type { MetricTicket } from '../policy/governance/computeMetrics';

/** What each rate is a share of; a rate whose base is zero has no data. */
export interface RateBases {
  tickets: number;
  /** Lane 1 tickets whose recontact is known (the recontact rate's base). */
  lane1Known: number;
  /** Lane 2 and 3 tickets (the bounce rate's base). */
  escalated: number;
  /** Tickets whose packet was rated (packet usefulness's base). */
  rated: number;
}

const EMPTY: RateBases = { tickets: 0, lane1Known: 0, escalated: 0, rated: 0 };

/** Counts each rate's base per group, grouping as `computeMetrics` does (a missing key is `unknown`). */
export function countRateBases(tickets: readonly MetricTicket[], keyOf: (t: MetricTicket) => string | null): Record<string, RateBases> {
  const out: Record<string, RateBases> = {};
  for (const t of tickets) {
    const k = keyOf(t) ?? 'unknown';
    const b = (out[k] ??= { ...EMPTY });
    b.tickets++;
    if (t.lane === 1 && t.recontactWithin7Days !== null) b.lane1Known++;
    if (t.lane >= 2) b.escalated++;
    if (t.record.packetRating) b.rated++;
  }
  return out;
}

/** The bases over every ticket. */
export function countAllBases(tickets: readonly MetricTicket[]): RateBases {
  return countRateBases(tickets, () => 'all')['all'] ?? { ...EMPTY };
}

export const NO_BASES: RateBases = EMPTY;
