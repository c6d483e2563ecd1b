import { addPage, assertBundle, createIndex, ticketInputs, type BundleProblem } from '../../src/bundle/readBundle';
import { parseSettings, scoreTicket, type Decision } from '../../src/policy';

/** Scores every ticket of one parsed bundle with the given settings, at `now`. */
export function scoreBundle(bundle: unknown, rawSettings: unknown, now: string): { decisions: Map<string, Decision>; problems: BundleProblem[] } {
  const settings = parseSettings(rawSettings);
  if (!settings.ok) throw new Error(JSON.stringify(settings.issues));
  assertBundle(bundle);
  const index = createIndex();
  const problems: BundleProblem[] = [];
  addPage(index, bundle, problems);
  const decisions = new Map<string, Decision>();
  for (const input of ticketInputs(index, bundle, settings.settings.fieldMap, problems)) {
    decisions.set(input.id, scoreTicket(input, { policy: settings.settings.policy, fieldMap: settings.settings.fieldMap, groupNames: index.groups, nowMs: Date.parse(now) }));
  }
  return { decisions, problems };
}
