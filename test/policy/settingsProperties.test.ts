import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideLane, FACTOR_IDS, ISSUE_FAMILIES, parseSettings, rankLevel, scoreWithSettings, type FactorId, type Level } from '../../src/policy';
import { buildTicket, NOW } from '../support/buildTicket';
import { readShared } from '../support/shared';

const demo = readShared<{ field_map: string }>('acceptance/settings.json');

/** Any lane rules, in range or not, including counts a rule could never reach. */
const count = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: 10 }) }, { weight: 1, arbitrary: fc.constant(1000) });
const factors = fc.subarray([...FACTOR_IDS]);
const laneRules = fc.record(
  {
    lane3: fc.record({ any_high: factors, min_high_count: count, high_with_another_medium: factors, min_at_least_medium_count: count }, { requiredKeys: [] }),
    lane2: fc.record({ min_at_least_medium_count: count }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
const policy = fc.record(
  { lane_rules: laneRules, autonomy_allowlist: fc.subarray([...ISSUE_FAMILIES]), thresholds: fc.record({ contacts_medium: count, contacts_high: count }, { requiredKeys: [] }) },
  { requiredKeys: [] },
);
/** Factor levels with at least one factor raised. */
const raisedLevels = fc
  .tuple(fc.array(fc.constantFrom<Level>('low', 'medium', 'high'), { minLength: FACTOR_IDS.length, maxLength: FACTOR_IDS.length }), fc.nat(FACTOR_IDS.length - 1), fc.constantFrom<Level>('medium', 'high'))
  .map(([levels, at, raised]) => Object.fromEntries(FACTOR_IDS.map((id, i) => [id, i === at ? raised : levels[i]])) as Record<FactorId, Level>);

describe('what holds for every valid setting', () => {
  it('never makes a ticket with a raised factor Lane 1, even in an allow-listed family', () => {
    fc.assert(
      fc.property(policy, raisedLevels, fc.constantFrom(...ISSUE_FAMILIES), (override, levels, family) => {
        const r = parseSettings({ ...demo, policy: JSON.stringify(override) });
        fc.pre(r.ok);
        if (!r.ok) return;
        const allowlist = [...r.settings.policy.autonomyAllowlist, family];
        expect(decideLane(levels, r.settings.policy.laneRules, { value: family, basis: 'confirmed' }, allowlist).lane).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });

  it('never scores a ticket with a raised factor as Lane 1', () => {
    const words = ['refund', 'lawyer', 'locked out', 'admin', 'outage', 'invoice', 'please', 'export', 'contract', 'third time', 'where is', 'the report', 'cancel'];
    fc.assert(
      fc.property(
        policy,
        fc.array(fc.constantFrom(...words), { maxLength: 12 }),
        fc.constantFrom(...ISSUE_FAMILIES),
        fc.constantFrom('standard', 'enterprise'),
        fc.constantFrom('2026-12-05', '2027-06-01'),
        (override, text, family, planTier, renewalDate) => {
          const r = parseSettings({ ...demo, policy: JSON.stringify({ ...override, autonomy_allowlist: [...ISSUE_FAMILIES] }) });
          fc.pre(r.ok);
          const d = scoreWithSettings(buildTicket({ description: text.join(' '), family, organization: { planTier, renewalDate } }), r, NOW);
          if (Object.values(d.factors).some((f) => rankLevel(f.level) >= 1)) expect(d.lane).toBeGreaterThanOrEqual(2);
        },
      ),
      // Each custom policy compiles its own lexicon, so this property runs fewer cases.
      { numRuns: 40 },
    );
  }, 60_000);
});
