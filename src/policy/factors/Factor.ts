import type { TicketReading } from '../readTicket';
import type { Evidence, FactorId, FactorResult, Level } from '../types';

/** One factor of the trigger matrix: it scores itself and brings its own evidence. */
export interface Factor {
  id: FactorId;
  /** Names the factor for people. */
  label: string;
  score(reading: TicketReading): FactorResult;
}

/** One reason a factor rises, with what shows it. */
export interface Signal {
  level: Exclude<Level, 'low'>;
  reason: string;
  evidence: Evidence[];
}

const RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };

/** Orders levels: `low` < `medium` < `high`. */
export function rankLevel(level: Level): number {
  return RANK[level];
}

/**
 * Turns signals into a result: the level is the highest signal's, the reason names it, and
 * the evidence is every signal's at that level first. A signal without evidence is dropped,
 * so no factor can rise without something to show for it.
 */
export function resultFromSignals(id: FactorId, signals: readonly Signal[], lowReason: string): FactorResult {
  const shown = signals.filter((s) => s.evidence.length > 0);
  if (shown.length === 0) return { id, level: 'low', reason: lowReason, evidence: [] };
  const sorted = [...shown].sort((a, b) => RANK[b.level] - RANK[a.level]);
  const top = sorted[0]!;
  const evidence: Evidence[] = [];
  for (const s of sorted) {
    for (const e of s.evidence) {
      // The same words in the subject and the message are one piece of evidence.
      const same = (x: Evidence) => (e.source === 'text' && x.source === 'text' ? x.detail.toLowerCase() === e.detail.toLowerCase() : x.ref === e.ref && x.detail === e.detail);
      if (!evidence.some(same)) evidence.push(e);
    }
  }
  const others = sorted.slice(1).filter((s) => s.level === top.level).map((s) => s.reason);
  const reason = others.length > 0 ? `${top.reason}; ${others.join('; ')}` : top.reason;
  return { id, level: top.level, reason, evidence: evidence.slice(0, 8) };
}
