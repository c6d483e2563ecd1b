import { describe, expect, it } from 'vitest';
import { comparePolicies, parseSettings } from '../../src/policy';
import { buildTicket, demoSettings, NOW } from '../support/buildTicket';
import { readShared } from '../support/shared';

const before = { ...demoSettings(), nowMs: NOW };
const tickets = [
  buildTicket({ id: '1', description: 'Where is the audit log?', family: 'documentation' }),
  buildTicket({ id: '2', description: 'How do I reset a setting?', family: 'provisioning' }),
  buildTicket({ id: '3', description: 'Where can I change my avatar? The avatar is the old one.', family: 'provisioning' }),
  buildTicket({ id: '4', description: 'Please refund us.', family: 'billing' }),
];

describe('comparePolicies', () => {
  it('shows which tickets a change would move, by family, with what changed', () => {
    const parsed = parseSettings({ ...readShared<object>('acceptance/settings.json'), policy: JSON.stringify({ autonomy_allowlist: ['documentation', 'feature_access', 'usage_limits', 'provisioning'] }) });
    if (!parsed.ok) throw new Error('settings');
    const after = { ...parsed.settings, nowMs: NOW };
    const c = comparePolicies(tickets, before, after);
    expect(c).toMatchObject({ tickets: 4, unchanged: 2, moved: 2, loosened: 2, tightened: 0 });
    expect(c.movements).toHaveLength(1);
    expect(c.movements[0]).toMatchObject({ from: 2, to: 1, count: 2, byFamily: { provisioning: 2 } });
    expect(c.movements[0]!.sample[0]!.reasonAfter).toMatch(/provisioning is on the autonomy allow-list/);
  });

  it('reports a tightening with the factor that rose and its evidence', () => {
    const parsed = parseSettings({ ...readShared<object>('acceptance/settings.json'), policy: JSON.stringify({ lexicon: { severe_dissatisfaction: { add: ['avatar'] } } }) });
    if (!parsed.ok) throw new Error('settings');
    const c = comparePolicies(tickets, before, { ...parsed.settings, nowMs: NOW });
    expect(c).toMatchObject({ moved: 1, tightened: 1 });
    expect(c.movements[0]!.sample[0]!.changed).toEqual([{ factor: 'customer_pressure', before: 'low', after: 'high', evidence: ['"avatar" [inferred, description]'] }]);
  });
});
