import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreTicket, type Lane } from '../../src/policy';
import { findQuotedNames } from '../../src/policy/text/findOwnContent';
import { normalizeText } from '../../src/policy/text/normalizeText';
import { cueOf, readSentenceRoles, type SentenceRole } from '../../src/policy/text/readSentenceRoles';
import { tokenize } from '../../src/policy/text/tokenize';
import { WordTable } from '../../src/policy/text/wordTable';
import { buildTicket, demoSettings, NOW, type TicketOverrides } from '../support/buildTicket';
import { DISGUISES, disguiseText, type DisguiseName } from '../support/disguise';

const settings = demoSettings();
const score = (o: TicketOverrides) => scoreTicket(buildTicket(o), { ...settings, nowMs: NOW });
const ask = (description: string, o: TicketOverrides = {}) => score({ subject: 'Question', description, ...o });
const cuedWords = new WordTable((norm) => ({ norm, open: true, cues: cueOf(norm) }), () => true);
const roleOf = (sentence: string): SentenceRole => {
  const tokens = tokenize(sentence, cuedWords);
  return readSentenceRoles(tokens)[0]!.role;
};

describe('normalizeText', () => {
  it.each([
    ['a zero-width space', 're\u200bfund', 'refund'],
    ['a soft hyphen', 're\u00adfund', 'refund'],
    ['bidi controls', '\u202erefund\u202c', 'refund'],
    ['a Cyrillic look-alike', 'r\u0435fund', 'refund'],
    ['fullwidth letters', '\uff52\uff45\uff46\uff55\uff4e\uff44', 'refund'],
    ['letters spaced out', 'r e f u n d', 'refund'],
    ['letters with dots', 'r.e.f.u.n.d', 'refund'],
  ])('undoes %s', (_, disguised, plain) => {
    expect(normalizeText(disguised)).toBe(plain);
  });

  it.each([
    ['initials', 'the U.S.A. office'],
    ['a list of single letters', 'options a, b and c'],
    ['real Cyrillic', 'Привет, мир'],
    ['plain ASCII', 'Please refund us.'],
  ])('leaves %s as they are', (_, text) => {
    expect(normalizeText(text)).toBe(text);
  });

  it('removes every invisible character wherever it is inserted', () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202a', '\u202c', '\u2066', '\u2069');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{1,40}$/), fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 8 }), (text, inserts) => {
        let disguised = text;
        for (const [at, mark] of inserts) {
          const i = at % (disguised.length + 1);
          disguised = disguised.slice(0, i) + mark + disguised.slice(i);
        }
        expect(normalizeText(disguised)).toBe(normalizeText(text));
      }),
    );
  });
});

describe('a disguised ticket', () => {
  const risky: [string, TicketOverrides][] = [
    ['We want a refund for the double charge on our invoice.', { family: 'billing' }],
    ['I am locked out of the admin account, please reset the 2FA.', { family: 'security' }],
    ['Unless this is fixed by Friday our lawyers will be in touch.', { family: 'feature_access' }],
    ['Can you make Sarah an admin of the workspace?', { family: 'permissions' }],
    ['We will cancel our subscription and move to a competitor.', { family: 'documentation' }],
  ];

  it('never gets a lower lane than the plain ticket', () => {
    fc.assert(
      fc.property(fc.constantFrom(...risky), fc.constantFrom(...(Object.keys(DISGUISES) as DisguiseName[])), ([text, o], name) => {
        const plain = ask(text, o).lane;
        expect(ask(disguiseText(text, name), o).lane).toBeGreaterThanOrEqual(plain);
      }),
      { numRuns: 100 },
    );
  });
});

describe('sentence roles', () => {
  it.each<[string, SentenceRole]>([
    ['How do I export a board to PDF?', 'howto'],
    ['Where can I find the audit log?', 'howto'],
    ['Is there a way to hide a column?', 'howto'],
    ['Wie kann ich eine Spalte ausblenden?', 'howto'],
    ['Can I get a refund for last month?', 'request'],
    ['How do I get a refund?', 'request'],
    ['Please remove the late fee.', 'request'],
    ['Can you bump Sarah up to admin?', 'request'],
    ['Cancel my subscription.', 'request'],
    ['Pouvez-vous annuler la facture ?', 'request'],
    ['Does the Business plan include SSO?', 'question'],
    ['When I duplicate the board, do I need to recreate the automations?', 'question'],
    ['I just want to know where the usage graph is.', 'question'],
    ['We moved our matter tracking to the new boards last week.', 'statement'],
  ])('"%s" is a %s', (sentence, role) => {
    expect(roleOf(sentence)).toBe(role);
  });
});

describe('reading the ask, not the words', () => {
  it.each<[string, string, TicketOverrides]>([
    ['a board named after a legal matter', 'Our main board is called "Litigation - Active Matters". How do I reorder its columns?', { family: 'feature_access' }],
    ['a status label', "We added a status label 'Compromised - reimage'. How do I change its colour?", { family: 'feature_access' }],
    ["the customer's own customers", "I want a chart of our customers' cancellations by month. Is there a template?", { family: 'documentation' }],
    ['the organization\'s own name', 'How do I embed a board for the customers of Credit Union Online?', { family: 'documentation', organization: { name: 'Credit Union Online Inc.' } }],
    ['a profession described', "We're a 40-attorney firm. Where can I find the keyboard shortcuts?", { family: 'documentation' }],
  ])('does not escalate %s', (_, description, o) => {
    expect(ask(description, o).lane).toBe(1);
  });

  it.each<[string, string, TicketOverrides, Lane]>([
    ['a privilege change in casual words', 'hi! can you bump Sarah Lindholm to admin pls', { family: 'permissions' }, 3],
    ['a threat in a condition', "If this isn't working by Friday, we will cancel and go back to spreadsheets.", { family: 'feature_access' }, 3],
    ['a refund asked as "the unused months back"', 'Can we get the unused months back? We stopped using the seats in July.', { family: 'billing' }, 3],
    ['a supervisory authority', 'Geschieht das nicht, reichen wir Beschwerde bei der Aufsichtsbehörde ein.', { family: null }, 3],
  ])('escalates %s', (_, description, o, lane) => {
    expect(ask(description, o).lane).toBe(lane);
  });

  it('gives Lane 2, and says why, when it cannot tell what the customer asks', () => {
    const d = ask('The sync ran at nine this morning.', { family: 'documentation' });
    expect(d.lane).toBe(2);
    expect(d.reason).toMatch(/could not tell what the customer is asking/);
  });

  it('gives Lane 2 when the customer asks us to make a change, quoting the ask', () => {
    const d = ask('Please move the roadmap board to the Marketing space.', { family: 'feature_access' });
    expect(d.lane).toBe(2);
    expect(d.factors.action_irreversibility).toMatchObject({
      level: 'medium',
      reason: 'the customer asks us to make a change',
      evidence: [{ source: 'text', ref: 'description', detail: '"Please move the roadmap board to the Marketing space"', basis: 'inferred' }],
    });
  });

  it('raises the lane for an escalation in the latest reply to a how-to', () => {
    const comments = [
      { id: '1', authorId: '77', authorRole: 'end-user' as const, public: true, body: 'How do I export a board?', createdAt: '2026-11-25T10:00:00Z' },
      { id: '2', authorId: '9', authorRole: 'agent' as const, public: true, body: 'Use the export menu.', createdAt: '2026-11-25T11:00:00Z' },
      { id: '3', authorId: '77', authorRole: 'end-user' as const, public: true, body: 'That menu is gone. We want a refund for this month, or our lawyer will be in touch.', createdAt: '2026-11-25T12:00:00Z' },
    ];
    expect(score({ comments, family: 'documentation' }).lane).toBe(3);
  });

  it('reads a very long message to its end', () => {
    const long = `${'We use the boards every day for planning. '.repeat(5000)}Please refund the last invoice.`;
    expect(long.length).toBeGreaterThan(200_000);
    expect(ask(long, { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('finds short quoted names but not quoted sentences', () => {
    expect(findQuotedNames('the "Refunds" board')).toHaveLength(1);
    expect(findQuotedNames('you wrote "we will refund you in full next week. Thanks."')).toHaveLength(0);
  });
});
