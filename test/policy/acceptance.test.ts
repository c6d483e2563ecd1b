import { describe, expect, it } from 'vitest';
import type { FactorId, Level } from '../../src/policy';
import { scoreBundle } from '../support/scoreBundle';
import { readShared } from '../support/shared';

interface Expected {
  lanes: number[];
  factors?: Partial<Record<FactorId, Level>>;
  fired?: FactorId[];
  unit?: string;
  owner_group_id?: number;
  why: string;
}

const expected = readShared<{ now: string; expected: Record<string, Expected> }>('acceptance/expected.json');
const { decisions, problems } = scoreBundle(readShared('acceptance/bundle.json'), readShared('acceptance/settings.json'), expected.now);
const cases = Object.entries(expected.expected);

describe('the source article\'s cases', () => {
  it('reads every ticket of the bundle', () => {
    expect(problems).toEqual([]);
    for (const [id] of cases) expect(decisions.has(id)).toBe(true);
  });

  it.each(cases)('ticket %s gets its expected lane, levels, triggers and owner', (id, want) => {
    const d = decisions.get(id)!;
    expect(want.lanes, `${want.why} (${d.reason})`).toContain(d.lane);
    for (const [factor, level] of Object.entries(want.factors ?? {})) {
      expect(d.factors[factor as FactorId].level, `${factor}: ${want.why}`).toBe(level);
    }
    for (const factor of want.fired ?? []) expect(d.factors[factor].level).not.toBe('low');
    if (want.unit) expect(d.unit).toBe(want.unit);
    if (want.owner_group_id) expect(d.suggestedOwner.groupId).toBe(want.owner_group_id);
  });

  it('raises no factor without evidence', () => {
    for (const d of decisions.values()) {
      for (const f of Object.values(d.factors)) if (f.level !== 'low') expect(f.evidence.length, `${d.ticketId} ${f.id}`).toBeGreaterThan(0);
    }
  });
});
