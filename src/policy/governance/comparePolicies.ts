import { scoreTicket, type ScoreContext } from '../scoreTicket';
import type { Decision, FactorId, Lane, TicketInput } from '../types';

export interface Movement {
  from: Lane;
  to: Lane;
  count: number;
  byFamily: Record<string, number>;
  /** A few tickets that moved, with what changed in their factors. */
  sample: { ticketId: string; family: string | null; reasonBefore: string; reasonAfter: string; changed: { factor: FactorId; before: string; after: string; evidence: string[] }[] }[];
}

export interface PolicyComparison {
  tickets: number;
  unchanged: number;
  moved: number;
  /** Tickets that moved to a lower lane: the change grants more autonomy. */
  loosened: number;
  tightened: number;
  movements: Movement[];
}

const SAMPLE_SIZE = 3;

/** Scores every ticket under both policies and reports what would move, before a change ships. */
export function comparePolicies(inputs: Iterable<TicketInput>, before: ScoreContext, after: ScoreContext): PolicyComparison {
  const movements = new Map<string, Movement>();
  let tickets = 0;
  let unchanged = 0;
  let loosened = 0;
  for (const input of inputs) {
    tickets++;
    const a = scoreTicket(input, before);
    const b = scoreTicket(input, after);
    if (a.lane === b.lane) {
      unchanged++;
      continue;
    }
    if (b.lane < a.lane) loosened++;
    const key = `${a.lane}->${b.lane}`;
    let m = movements.get(key);
    if (!m) movements.set(key, (m = { from: a.lane, to: b.lane, count: 0, byFamily: {}, sample: [] }));
    m.count++;
    const family = b.family.value ?? 'unknown';
    m.byFamily[family] = (m.byFamily[family] ?? 0) + 1;
    if (m.sample.length < SAMPLE_SIZE) m.sample.push(describeMove(a, b));
  }
  const moved = tickets - unchanged;
  return {
    tickets,
    unchanged,
    moved,
    loosened,
    tightened: moved - loosened,
    movements: [...movements.values()].sort((x, y) => y.count - x.count),
  };
}

function describeMove(a: Decision, b: Decision): Movement['sample'][number] {
  const changed = (Object.keys(a.factors) as FactorId[])
    .filter((id) => a.factors[id].level !== b.factors[id].level)
    .map((id) => ({
      factor: id,
      before: a.factors[id].level,
      after: b.factors[id].level,
      evidence: (b.factors[id].level === 'low' ? a : b).factors[id].evidence.slice(0, 3).map((e) => `${e.detail} [${e.basis}, ${e.ref}]`),
    }));
  return { ticketId: a.ticketId, family: b.family.value, reasonBefore: a.reason, reasonAfter: b.reason, changed };
}
