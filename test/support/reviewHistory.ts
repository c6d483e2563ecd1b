import type { ReportJson } from '../../src/cli/runReport';
import { runCli } from '../../src/cli/runCli';
import { createFakeIo } from '../cli/createFakeIo';
import { syntheticHistory, type HistorySpec } from './syntheticHistory';

/** The review page's history: every family's figures known by construction (tickets created in October 2026). */
export const REVIEW_SPECS: HistorySpec[] = [
  { family: 'documentation', lane: 1, tickets: 40, recontacted: 4, auditMisses: 1 },
  { family: 'billing', lane: 3, tickets: 20, overridden: 5, late: 2, bounced: 4, useful: 6, notUseful: 2 },
  { family: 'contract', lane: 2, tickets: 10, overridden: 8, late: 1 },
  { family: 'feature_access', lane: 1, tickets: 20 },
];

/** The same shape a hundred times larger: 10,220 tickets once the recontacts are added. */
export const LARGE_REVIEW_SPECS: HistorySpec[] = [
  { family: 'documentation', lane: 1, tickets: 4000, recontacted: 400, auditMisses: 3 },
  { family: 'billing', lane: 3, tickets: 2000, overridden: 500, late: 200, bounced: 400, useful: 600, notUseful: 200 },
  { family: 'contract', lane: 2, tickets: 1000, overridden: 800, late: 100, bounced: 50 },
  { family: 'feature_access', lane: 1, tickets: 2000, recontacted: 100 },
  { family: 'permissions', lane: 2, tickets: 820, overridden: 41 },
];

/** The override rate of each family, as the specs construct it (recontacts are Lane 2 tickets of the same family, never overridden). */
export function constructedOverrideRates(specs: readonly HistorySpec[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of specs) {
    const tickets = s.tickets + (s.recontacted ?? 0);
    out[s.family] = Math.round(((s.overridden ?? 0) / tickets) * 10_000) / 10_000;
  }
  return out;
}

/** Runs `lanes report --format json` in-process on a bundle. */
export function reportOn(bundle: ReturnType<typeof syntheticHistory>, now = '2026-11-26T12:00:00Z'): ReportJson {
  const io = createFakeIo({ '/virtual/bundle.json': JSON.stringify(bundle) }, now);
  const code = runCli(['report', '/virtual/bundle.json', '--format', 'json', '--now', now], io);
  if (code !== 0) throw new Error(`lanes report exited ${code}: ${io.err()}`);
  return JSON.parse(io.out()) as ReportJson;
}
