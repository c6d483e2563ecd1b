import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPage, createIndex, ticketInputs } from '../../src/bundle/readBundle';
import { decideLane, DEFAULT_POLICY, evaluateTicket, FACTOR_IDS, LEVELS, rankLevel, renderPacketText, scoreTicket, type FactorId, type Level, type TicketInput } from '../../src/policy';
import { buildTicket, demoSettings, NOW } from '../support/buildTicket';

const settings = demoSettings();
const score = (t: TicketInput) => scoreTicket(t, { ...settings, nowMs: NOW });

const words = ['refund', 'invoice', 'locked out', 'admin', 'lawyer', 'outage', 'credit', 'not', 'no', 'please', 'how do I', 'export',
  'contract', 'exception', 'seats', '2FA', 'hacked', 'downgrade', 'unacceptable', 'second time', 'Rückerstattung', 'remboursement', '>', '\n', '--', '.', '?'];
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(' ')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
const known = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof(value.map((v) => ({ available: true as const, value: v })), fc.constant({ available: false as const, reason: 'failed' }));
const org = fc.record({
  planTier: fc.constantFrom(null, 'free', 'standard', 'business', 'enterprise'),
  contractType: fc.constantFrom(null, 'standard', 'negotiated'),
  renewalDate: fc.constantFrom(null, '2026-12-01', '2027-05-01', 'not a date'),
  csmOwner: fc.constantFrom(null, 'Dana'),
  executiveSponsor: fc.constantFrom(null, true, false),
});
const ticket: fc.Arbitrary<TicketInput> = fc
  .record({
    subject: text,
    description: text,
    family: fc.constantFrom(null, 'documentation', 'billing', 'security', 'outage', 'contract', 'feature_access', 'nonsense'),
    draft: fc.constantFrom(null, 'We refunded you.'),
    priorCredit: fc.constantFrom(null, true, false),
    type: fc.constantFrom(null, 'incident', 'problem', 'question'),
    problemId: fc.constantFrom(null, '9'),
    organization: fc.oneof(org, known(fc.constant(null))),
    requesterTickets: known(fc.array(fc.record({ id: fc.constantFrom('1', '2', '3'), createdAt: fc.constantFrom('2026-11-24T00:00:00Z', 'bad') }), { maxLength: 4 })),
    failures: fc.array(fc.record({ source: fc.constantFrom('ticket', 'currentUser'), reason: fc.constant('timed out') }), { maxLength: 1 }),
    comments: fc.array(
      fc.record({ id: fc.string({ maxLength: 3 }), authorId: fc.constantFrom(null, '77', '9'), authorRole: fc.constantFrom(null, 'end-user', 'agent', 'admin'), public: fc.boolean(), body: text, createdAt: fc.constant(null) }),
      { maxLength: 3 },
    ),
  })
  .map((o) => buildTicket(o as Parameters<typeof buildTicket>[0]));

const levels = fc.record(Object.fromEntries(FACTOR_IDS.map((id) => [id, fc.constantFrom(...LEVELS)])) as Record<FactorId, fc.Arbitrary<Level>>);
const family = fc.record({ value: fc.constantFrom(null, 'documentation', 'billing', 'usage_limits' as const), basis: fc.constantFrom('confirmed' as const, 'inferred' as const) });

describe('what holds for every ticket', () => {
  it('gives exactly one lane, and the packet agrees with it', () => {
    fc.assert(
      fc.property(ticket, (t) => {
        const d = score(t);
        expect([1, 2, 3]).toContain(d.lane);
        expect(d.packet.lane).toBe(d.lane);
        expect(d.permissions.canSend).toBe(d.lane === 1);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same input', () => {
    fc.assert(
      fc.property(ticket, (t) => {
        expect(score(structuredClone(t))).toEqual(score(t));
      }),
      { numRuns: 150 },
    );
  });

  it('evaluates without the packet exactly as it scores with it', () => {
    fc.assert(
      fc.property(ticket, (t) => {
        const { packet: _packet, ...rest } = score(t);
        expect(evaluateTicket(t, { ...settings, nowMs: NOW })).toEqual(rest);
      }),
      { numRuns: 100 },
    );
  });

  it('never lowers the lane when any factor rises', () => {
    fc.assert(
      fc.property(levels, fc.constantFrom(...FACTOR_IDS), family, (ls, factor, fam) => {
        const before = decideLane(ls, DEFAULT_POLICY.laneRules, fam, DEFAULT_POLICY.autonomyAllowlist).lane;
        for (const higher of LEVELS.filter((l) => rankLevel(l) > rankLevel(ls[factor]))) {
          const after = decideLane({ ...ls, [factor]: higher }, DEFAULT_POLICY.laneRules, fam, DEFAULT_POLICY.autonomyAllowlist).lane;
          expect(after).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never raises a factor without evidence', () => {
    fc.assert(
      fc.property(ticket, (t) => {
        for (const f of Object.values(score(t).factors)) if (f.level !== 'low') expect(f.evidence.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never presents an inference as confirmed', () => {
    fc.assert(
      fc.property(ticket, (t) => {
        const d = score(t);
        const evidence = [...Object.values(d.factors).flatMap((f) => f.evidence), ...d.packet.triggers.flatMap((x) => x.evidence)];
        for (const e of evidence) if (e.source === 'text') expect(e.basis).toBe('inferred');
        for (const fact of d.packet.knownContext) if (fact.value.startsWith('"')) expect(fact.basis).toBe('inferred');
        if (d.family.basis === 'inferred' && d.family.value) expect(renderPacketText(d.packet)).not.toContain(`issue family: ${d.family.value} (confirmed)`);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on hostile input: it fails closed instead', () => {
    const hostile: unknown[] = [
      { ...buildTicket(), description: 'refund '.repeat(200_000) },
      { ...buildTicket(), subject: '\u0000\uffff\ud800'.repeat(1000) },
      { ...buildTicket(), comments: 'not a list' },
      { ...buildTicket(), fields: null },
      { id: '5' },
      null,
    ];
    for (const h of hostile) {
      const d = scoreTicket(h as TicketInput, { ...settings, nowMs: NOW });
      expect([1, 2, 3]).toContain(d.lane);
      if (d.failure) expect(d.lane).toBe(3);
    }
    const broken = scoreTicket({ ...buildTicket(), comments: 'not a list' } as unknown as TicketInput, { ...settings, nowMs: NOW });
    expect(broken.lane).toBe(3);
    expect(broken.failure).toMatch(/could not be evaluated/);
  });

  it('fails closed when the time to score at is not a time', () => {
    const d = scoreTicket(buildTicket(), { ...settings, nowMs: Number.NaN });
    expect(d.lane).toBe(3);
    expect(d.failure).toMatch(/not a valid time/);
  });

  it('reads any JSON as a bundle page without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 6 }), { maxLength: 5 }), fc.jsonValue({ maxDepth: 4 }), (tickets, sideload) => {
        const page = { tickets, users: sideload, organizations: sideload, comments: sideload };
        const index = createIndex();
        const problems: { place: string; message: string }[] = [];
        addPage(index, page, problems);
        for (const input of ticketInputs(index, page, settings.fieldMap, problems)) expect([1, 2, 3]).toContain(score(input).lane);
      }),
      { numRuns: 200 },
    );
  });
});
