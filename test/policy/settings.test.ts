import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parseSettings, scoreWithSettings } from '../../src/policy';
import { buildTicket, NOW } from '../support/buildTicket';
import { readShared } from '../support/shared';

const demo = readShared<{ field_map: string }>('acceptance/settings.json');
const fieldMap = JSON.parse(demo.field_map) as Record<string, unknown>;

describe('parseSettings', () => {
  it('reads the demo account settings with the default policy', () => {
    const r = parseSettings(demo);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.settings.fieldMap.ticket.lane).toBe(9000003);
      expect(r.settings.policy).toBe(DEFAULT_POLICY);
      expect(r.settings.mode).toBe('enforce');
    }
  });

  it('takes the ticket field ids the installation created in place of the field map\'s', () => {
    const { ticket: _ticket, ...withoutTicket } = fieldMap;
    const ids = { issue_family: 11, ai_draft: 12, lane: 13, lane_override_reason: 14, prior_service_credit: 15 };
    const r = parseSettings({ field_map: JSON.stringify(withoutTicket) }, ids);
    expect(r.ok && r.settings.fieldMap.ticket).toEqual(ids);
    const mixed = parseSettings(demo, { lane: 13 });
    expect(mixed.ok && mixed.settings.fieldMap.ticket).toMatchObject({ lane: 13, issue_family: 9000001 });
    expect(parseSettings({ field_map: JSON.stringify(withoutTicket) }).ok).toBe(false);
  });

  it.each([
    [true, 'observe'],
    ['true', 'observe'],
    [false, 'enforce'],
    [undefined, 'enforce'],
  ])('reads the observe_mode checkbox %s as %s', (observe, mode) => {
    const r = parseSettings({ ...demo, observe_mode: observe });
    expect(r.ok && r.settings.mode).toBe(mode);
  });

  it('refuses an observe_mode that is not a checkbox value', () => {
    const r = parseSettings({ ...demo, observe_mode: 'sometimes' });
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'observe_mode', message: '"sometimes" is not a checkbox value', fix: 'check or uncheck Observe mode (true or false)' }]);
  });

  it('accepts the field map as an object as well as JSON text', () => {
    expect(parseSettings({ field_map: fieldMap }).ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, { path: string; fix: RegExp }]>([
    ['a missing field map', {}, { path: 'field_map', fix: /set field_map/ }],
    ['a field map that is not JSON', { field_map: '{"ticket": ' }, { path: 'field_map', fix: /correct the JSON/ }],
    ['a field id that is text', { field_map: { ...fieldMap, ticket: { ...(fieldMap['ticket'] as object), lane: 'lane' } } }, { path: 'field_map.ticket.lane', fix: /give a number/ }],
    ['a group left out', { field_map: { ...fieldMap, groups: { frontline: 100 } } }, { path: 'field_map.groups.billing', fix: /give a number/ }],
    ['an unknown policy key', { ...demo, policy: '{"treshold": 3}' }, { path: 'policy', fix: /remove or correct "treshold"/ }],
    ['a family that does not exist', { ...demo, policy: '{"autonomy_allowlist": ["docs"]}' }, { path: 'policy.autonomy_allowlist.0', fix: /use one of: documentation/ }],
    ['a broken phrase', { ...demo, policy: '{"lexicon": {"refund": ["~ money"]}}' }, { path: 'policy.lexicon.refund.0', fix: /rewrite the phrase/ }],
    ['contact thresholds the wrong way round', { ...demo, policy: '{"thresholds": {"contacts_medium": 4, "contacts_high": 3}}' }, { path: 'policy.thresholds.contacts_high', fix: /at least contacts_medium/ }],
    ['an unknown mode', { ...demo, mode: 'relaxed' }, { path: 'mode', fix: /"enforce"/ }],
    ['a lane 2 rule that lets raised factors reach Lane 1', { ...demo, policy: '{"lane_rules": {"lane2": {"min_at_least_medium_count": 3}}}' }, { path: 'policy.lane_rules.lane2.min_at_least_medium_count', fix: /set it to 1/ }],
    ['a lane 3 rule that can never fire', { ...demo, policy: '{"lane_rules": {"lane3": {"min_high_count": 1000}}}' }, { path: 'policy.lane_rules.lane3.min_high_count', fix: /at most 6/ }],
    ['an override tag named like a lane tag', { field_map: { ...fieldMap, tags: { override: 'lane_1' } } }, { path: 'field_map.tags.override', fix: /"lane_override"/ }],
    ['an override tag named like a policy tag', { field_map: { ...fieldMap, tags: { lane_prefix: 'ln_', override: 'ln_policy_x' } } }, { path: 'field_map.tags.override', fix: /"ln_override"/ }],
    ['a misspelled concept in the lexicon', { ...demo, policy: '{"lexicon": {"refunds": ["money back"]}}' }, { path: 'policy.lexicon.refunds', fix: /concepts of the default lexicon: .*refund/ }],
    ['the key constructor in the lexicon', { ...demo, policy: '{"lexicon": {"constructor": {"add": ["x"]}}}' }, { path: 'policy.lexicon.constructor', fix: /concepts of the default lexicon/ }],
    ['the key __proto__ in the lexicon', { ...demo, policy: '{"lexicon": {"__proto__": ["x"]}}' }, { path: 'policy.lexicon.__proto__', fix: /remove "__proto__"/ }],
    ['a concept left without phrases', { ...demo, policy: '{"lexicon": {"legal": []}}' }, { path: 'policy.lexicon.legal', fix: /at least one phrase/ }],
    ['references for an unknown concept', { ...demo, policy: '{"references": {"refnd": ["Refund policy"]}}' }, { path: 'policy.references.refnd', fix: /concepts of the default lexicon/ }],
  ])('names the path and the fix for %s', (_, raw, want) => {
    const r = parseSettings(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const issue = r.issues.find((i) => i.path === want.path);
      expect(issue, JSON.stringify(r.issues)).toBeDefined();
      expect(issue!.fix).toMatch(want.fix);
    }
  });

  it('applies a policy override and versions it by content', () => {
    const r = parseSettings({ ...demo, policy: JSON.stringify({ autonomy_allowlist: ['documentation'], thresholds: { renewal_window_days: 60 }, lexicon: { refund: { add: ['give ~ back ~ money'] } } }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.policy.autonomyAllowlist).toEqual(['documentation']);
    expect(r.settings.policy.thresholds.renewalWindowDays).toBe(60);
    expect(r.settings.policy.lexicon['refund']).toContain('give ~ back ~ money');
    expect(r.settings.policy.version).toMatch(/^lanes-default-1\+[0-9a-f]{8}$/);
    const d = scoreWithSettings(buildTicket({ description: 'Please give us back our money.', family: null }), r, NOW);
    expect(d.factors.policy_sensitivity.level).toBe('high');
  });

  it('fails closed on invalid settings instead of scoring with half a policy', () => {
    const d = scoreWithSettings(buildTicket(), parseSettings({ ...demo, policy: '{"thresholds": {"renewal_window_days": -1}}' }), NOW);
    expect(d.lane).toBe(3);
    expect(d.permissions.canSend).toBe(false);
    expect(d.failure).toMatch(/policy\.thresholds\.renewal_window_days/);
  });
});

describe('keys named like built-in properties', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('are reported, never thrown: %s', (key) => {
    for (const policy of [`{"lexicon": {"${key}": ["x"]}}`, `{"references": {"${key}": ["x"]}}`, `{"${key}": 1}`, `{"lane_rules": {"${key}": {}}}`]) {
      const r = parseSettings({ ...demo, policy });
      expect(r.ok, policy).toBe(false);
    }
    const map = JSON.stringify({ ...fieldMap, [key]: 1, ticket: { ...(fieldMap['ticket'] as object), [key]: 5 } });
    expect(() => parseSettings({ field_map: map })).not.toThrow();
  });
});

describe('an empty policy override', () => {
  it('is the default policy under its own version', () => {
    const r = parseSettings({ ...demo, policy: '{}' });
    expect(r.ok && r.settings.policy).toBe(DEFAULT_POLICY);
  });
});
