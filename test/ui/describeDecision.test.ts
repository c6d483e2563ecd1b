import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/policy/types';
import { createTranslator } from '../../src/ui/createTranslator';
import { describeEvidence } from '../../src/ui/describeEvidence';
import { formatDateTime, formatDay } from '../../src/ui/formatWhen';
import { loadTranslations } from '../../src/ui/loadTranslations';
// The review page's plurals are read as the review page reads them: with its texts loaded.
import '../../src/ui/reviewTexts';

await loadTranslations('de');

const en = createTranslator('en-GB');
const de = createTranslator('de');
const clock = { locale: 'en-GB', timeZone: 'Europe/Berlin' };
const ctx = { t: en, clock, commentDates: { '4910030': '2026-11-24T09:30:00Z' } };
const deCtx = { t: de, clock: { locale: 'de', timeZone: 'Europe/Berlin' }, commentDates: ctx.commentDates };
const ev = (e: Partial<Evidence> & Pick<Evidence, 'source' | 'ref' | 'detail'>): Evidence => ({ basis: 'confirmed', ...e });

describe('describeEvidence', () => {
  it.each<[Evidence, string, string]>([
    [ev({ source: 'text', ref: 'comment:4910030', detail: '"refund"', basis: 'inferred' }), '“refund” in the customer\'s message of 24 Nov', '„refund“ in der Nachricht des Kunden vom 24. Nov.'],
    [ev({ source: 'text', ref: 'subject', detail: 'security: "locked out"', basis: 'inferred' }), '“locked out” in the subject (security)', '„locked out“ im Betreff (Sicherheit)'],
    [ev({ source: 'count', ref: 'requester.tickets', detail: '1 tickets in 7 days' }), '1 contact from this requester in 7 days', '1 Kontakt dieser anfragenden Person in 7 Tagen'],
    [ev({ source: 'organization', ref: 'organization.renewal_date', detail: '2026-12-10 (in 9 days)' }), 'renewal on 10 Dec, in 9 days', 'Verlängerung am 10. Dez., in 9 Tagen'],
    [ev({ source: 'organization', ref: 'organization.contract_type', detail: 'negotiated (exception terms present)' }), 'a negotiated contract with exception terms in the account record', 'ein Vertrag vom Typ negotiated mit Sonderbedingungen im Kundenkonto'],
    [ev({ source: 'host', ref: 'organization.plan_tier', detail: 'empty or absent' }), 'the plan tier could not be read', 'der Tarif konnte nicht gelesen werden'],
    [ev({ source: 'host', ref: 'some.new_path', detail: 'failed' }), 'a record the policy needs could not be read', 'ein benötigter Datensatz konnte nicht gelesen werden'],
  ])('words %j for people', (e, english, german) => {
    expect(describeEvidence(e, ctx)).toBe(english);
    expect(describeEvidence(e, deCtx)).toBe(german);
  });

  it('never shows a raw comment reference, even when the comment has no date', () => {
    expect(describeEvidence(ev({ source: 'text', ref: 'comment:999', detail: '"refund"' }), ctx)).toBe('“refund” in a message from the customer');
  });
});

describe('formatWhen', () => {
  it('names a moment in the agent\'s language and time zone', () => {
    expect(formatDay('2026-11-30T23:30:00Z', clock)).toBe('1 Dec');
    expect(formatDateTime('2026-11-30T23:30:00Z', { locale: 'de', timeZone: 'Europe/Berlin' })).toBe('1. Dez. 2026, 00:30');
    expect(formatDay('not a time', clock)).toBeNull();
  });
});

describe('createTranslator plurals', () => {
  it('picks the form by the language\'s plural rules', () => {
    expect(en('review.count.pages', { count: 1 })).toBe('1 page');
    expect(en('review.count.pages', { count: 2 })).toBe('2 pages');
    expect(de('review.count.tickets', { count: 1 })).toBe('1 Ticket');
    expect(de('review.count.pages', { count: 0 })).toBe('0 Seiten');
  });
});
