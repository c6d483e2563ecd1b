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

/** The bases over every ticket and by one grouping (a missing key is `unknown`, as in `computeMetrics`), in one pass. */
export function countBases(tickets: readonly MetricTicket[], keyOf: (t: MetricTicket) => string | null): { all: RateBases; by: Record<string, RateBases> } {
  const all = { ...EMPTY };
  const by: Record<string, RateBases> = {};
  for (const t of tickets) {
    add(all, t);
    add((by[keyOf(t) ?? 'unknown'] ??= { ...EMPTY }), t);
  }
  return { all, by };
}

function add(b: RateBases, t: MetricTicket): void {
  b.tickets++;
  if (t.lane === 1 && t.recontactWithin7Days !== null) b.lane1Known++;
  if (t.lane >= 2) b.escalated++;
  if (t.record.packetRating) b.rated++;
}

export const NO_BASES: RateBases = EMPTY;
