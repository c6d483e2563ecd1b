import { describe, expect, it } from 'vitest';
import { decideLane, DEFAULT_POLICY, FACTOR_IDS, type FactorId, type Level } from '../../src/policy';

const low = Object.fromEntries(FACTOR_IDS.map((id) => [id, 'low'])) as Record<FactorId, Level>;
const levels = (changes: Partial<Record<FactorId, Level>>) => ({ ...low, ...changes });
const documentation = { value: 'documentation' as const, basis: 'confirmed' as const };
const decide = (changes: Partial<Record<FactorId, Level>>, family: { value: 'documentation' | 'billing' | null; basis: 'confirmed' | 'inferred' } = documentation) =>
  decideLane(levels(changes), DEFAULT_POLICY.laneRules, family, DEFAULT_POLICY.autonomyAllowlist).lane;

describe('decideLane', () => {
  it.each<[string, Partial<Record<FactorId, Level>>, 1 | 2 | 3]>([
    ['every factor low', {}, 1],
    ['one medium', { customer_pressure: 'medium' }, 2],
    ['two mediums', { customer_pressure: 'medium', policy_sensitivity: 'medium' }, 2],
    ['three mediums', { customer_pressure: 'medium', policy_sensitivity: 'medium', multi_domain_complexity: 'medium' }, 3],
    ['security high alone', { security_identity: 'high' }, 3],
    ['missing context high alone', { missing_context: 'high' }, 3],
    ['customer pressure high alone', { customer_pressure: 'high' }, 3],
    ['policy high alone', { policy_sensitivity: 'high' }, 2],
    ['irreversibility high alone', { action_irreversibility: 'high' }, 2],
    ['multi-domain high alone', { multi_domain_complexity: 'high' }, 2],
    ['policy high with another medium', { policy_sensitivity: 'high', customer_pressure: 'medium' }, 3],
    ['irreversibility high with another medium', { action_irreversibility: 'high', customer_pressure: 'medium' }, 2],
    ['two highs', { action_irreversibility: 'high', multi_domain_complexity: 'high' }, 3],
  ])('%s gives lane %s', (_, changes, lane) => {
    expect(decide(changes)).toBe(lane);
  });

  it('keeps a low ticket out of Lane 1 when its family has not earned autonomy', () => {
    expect(decide({}, { value: 'billing', basis: 'confirmed' })).toBe(2);
  });

  it('keeps a low ticket out of Lane 1 when its family is unknown', () => {
    expect(decide({}, { value: null, basis: 'inferred' })).toBe(2);
  });

  it('says which rule decided', () => {
    const verdict = decideLane(levels({ security_identity: 'high' }), DEFAULT_POLICY.laneRules, documentation, DEFAULT_POLICY.autonomyAllowlist);
    expect(verdict).toEqual({ lane: 3, reason: 'security_identity is high', rule: { id: 'decisive_high', factor: 'security_identity' } });
  });

  it.each([
    [{ policy_sensitivity: 'medium' as const }, { id: 'raised', factors: ['policy_sensitivity'] }],
    [{ policy_sensitivity: 'high' as const, customer_pressure: 'medium' as const }, { id: 'high_with_raised', factor: 'policy_sensitivity', others: ['customer_pressure'] }],
    [{}, { id: 'family_allowed', family: 'documentation', inferred: false }],
  ])('names the rule as data beside its English reason: %j', (changes, rule) => {
    expect(decideLane(levels(changes), DEFAULT_POLICY.laneRules, documentation, DEFAULT_POLICY.autonomyAllowlist).rule).toEqual(rule);
  });

  it('follows lane rules given as data', () => {
    const rules = { ...DEFAULT_POLICY.laneRules, lane3: { ...DEFAULT_POLICY.laneRules.lane3, anyHigh: [...DEFAULT_POLICY.laneRules.lane3.anyHigh, 'action_irreversibility' as const] } };
    expect(decideLane(levels({ action_irreversibility: 'high' }), rules, documentation, DEFAULT_POLICY.autonomyAllowlist).lane).toBe(3);
  });
});
