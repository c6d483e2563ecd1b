import { describe, expect, it } from 'vitest';
import { addPage, assertBundle, createIndex, ticketInputs } from '../../src/bundle/readBundle';
import { metricTickets } from '../../src/bundle/readHistory';
import { computeMetrics, judgePromotion, DEFAULT_POLICY, sampleForAudit, isoWeek, readRecord, recordTags, type MetricsReport } from '../../src/policy';
import { demoSettings, NOW } from '../support/buildTicket';
import { syntheticHistory, type HistorySpec } from '../support/syntheticHistory';

const settings = demoSettings();

function report(specs: HistorySpec[]): MetricsReport {
  const bundle = syntheticHistory(specs);
  assertBundle(bundle);
  const index = createIndex();
  addPage(index, bundle, []);
  const inputs = ticketInputs(index, bundle, settings.fieldMap, []);
  return computeMetrics(metricTickets(index, bundle, inputs, { ...settings, nowMs: NOW }));
}

describe('metrics from a history known by construction', () => {
  const specs: HistorySpec[] = [
    { family: 'documentation', lane: 1, tickets: 40, recontacted: 4, auditMisses: 1 },
    { family: 'billing', lane: 3, tickets: 20, overridden: 5, late: 2, bounced: 4, useful: 6, notUseful: 2 },
    { family: 'contract', lane: 2, tickets: 10, overridden: 8, late: 1, bounced: 0 },
  ];
  const r = report(specs);

  it('counts tickets and lanes, recontact tickets included', () => {
    // The 4 recontacts are new Lane 2 documentation tickets.
    expect(r.tickets).toBe(74);
    expect(r.lanes).toEqual({ '1': 40, '2': 14, '3': 20 });
  });

  it('computes each rate overall', () => {
    expect(r.override_rate).toBeCloseTo(13 / 74, 4);
    expect(r.late_escalation_rate).toBeCloseTo(3 / 74, 4);
    expect(r.recontact_rate).toBeCloseTo(4 / 40, 4);
    expect(r.bounce_rate).toBeCloseTo(4 / 34, 4);
    expect(r.packet_usefulness).toBeCloseTo(6 / 8, 4);
    expect(r.audit_misses).toBe(1);
  });

  it('breaks every rate down by family, so an aggregate cannot hide one bad family', () => {
    expect(r.by_family['contract']!.override_rate).toBe(0.8);
    expect(r.by_family['billing']!.override_rate).toBe(0.25);
    expect(r.by_family['documentation']!.override_rate).toBe(0);
    expect(r.by_family['documentation']!.recontact_rate).toBe(0.1);
    expect(r.by_family['billing']!.bounce_rate).toBe(0.2);
  });

  it('says which families have earned autonomy, with the figures', () => {
    const verdicts = judgePromotion(r.by_family, { ...DEFAULT_POLICY.promotion, minTickets: 10 });
    const doc = verdicts.find((v) => v.family === 'documentation')!;
    expect(doc.eligible).toBe(false);
    expect(doc.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual(['audit_misses']);
    expect(verdicts.find((v) => v.family === 'contract')!.checks.find((c) => c.name === 'override_rate')).toEqual({ name: 'override_rate', value: 0.8, limit: 0.05, passed: false });
  });
});

describe('records', () => {
  it('reads back every record it writes', () => {
    const t = recordTags();
    const tags = [t.lane(2), t.computed(3), t.override, t.late, t.state('clarifying_question_sent'), t.outcome('lower'), t.rating('useful'), t.auditMiss, t.policy('lanes-default-1')];
    expect(readRecord(tags, 'lane_2')).toEqual({
      lane: 2,
      computedLane: 3,
      overridden: true,
      lateEscalation: true,
      autonomousReply: false,
      stateAtEscalation: 'clarifying_question_sent',
      outcome: 'lower',
      packetRating: 'useful',
      auditMiss: true,
      policyVersion: 'lanes_default_1',
    });
  });
});

describe('the weekly audit sample', () => {
  const tickets = Array.from({ length: 30 }, (_, i) => ({ id: String(1000 + i), family: i % 2 ? 'documentation' : 'feature_access' }));

  it('draws the same sample for the same seed, whatever the input order', () => {
    const a = sampleForAudit(tickets, 5, '2026-W48');
    expect(sampleForAudit([...tickets].reverse(), 5, '2026-W48')).toEqual(a);
    expect(a).toHaveLength(10);
    expect(a.filter((t) => t.family === 'documentation')).toHaveLength(5);
  });

  it('draws another sample in another week', () => {
    expect(sampleForAudit(tickets, 5, '2026-W49').map((t) => t.id)).not.toEqual(sampleForAudit(tickets, 5, '2026-W48').map((t) => t.id));
  });

  it.each([
    ['2026-11-26T12:00:00Z', '2026-W48'],
    ['2026-01-01T00:00:00Z', '2026-W01'],
    ['2027-01-01T00:00:00Z', '2026-W53'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
  ])('names the ISO week of %s', (time, week) => {
    expect(isoWeek(Date.parse(time))).toBe(week);
  });
});
