import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreTicket, type Lane } from '../../src/policy';
import { findQuotedNames } from '../../src/policy/text/findOwnContent';
import { normalizeText } from '../../src/policy/text/normalizeText';
import { readSentenceRoles, type SentenceRole } from '../../src/policy/text/readSentenceRoles';
import { tokenize } from '../../src/policy/text/tokenize';
import { buildTicket, demoSettings, NOW, type TicketOverrides } from '../support/buildTicket';
import { DISGUISES, disguiseText, type DisguiseName } from '../support/disguise';

const settings = demoSettings();
const score = (o: TicketOverrides) => scoreTicket(buildTicket(o), { ...settings, nowMs: NOW });
const ask = (description: string, o: TicketOverrides = {}) => score({ subject: 'Question', description, ...o });
const roleOf = (sentence: string): SentenceRole => {
  const tokens = tokenize(sentence, (raw) => ({ norm: raw.toLowerCase() }), () => true);
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
    ['Do I need a second date column for that?', 'howto'],
    ['Can an automation copy the card to another board?', 'howto'],
    ['Is that possible with a formula column?', 'howto'],
    ['When a form is submitted, I want the item moved to the Intake group.', 'howto'],
    ['When can you refund the second charge?', 'request'],
    ['Can we get the setup fee waived?', 'request'],
    ['Potete attivarla per il nostro account?', 'request'],
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
    ['a signature with a title', 'How do I pin a board to the sidebar?\n\nMarta Ruiz\nCredit Controller, Halden Refund Services', { family: 'documentation' }],
    ['an automation for the customer\'s own cancellations', 'When a member cancels, I want the card moved automatically to the Leavers column. Can an automation also notify Dana?', { family: 'feature_access' }],
    ['authorities the customer works with', 'I would like a timeline coloured by regulator, one bar per submission. How do I add a second date?', { family: 'documentation' }],
    ['passwords in the customer\'s own story', 'Our engineers rotate the router passwords of every site each quarter. How do I make a recurring item every 90 days?', { family: 'feature_access' }],
  ])('does not escalate %s', (_, description, o) => {
    expect(ask(description, o).lane).toBe(1);
  });

  it.each<[string, string, TicketOverrides, Lane]>([
    ['a privilege change in casual words', 'hi! can you bump Sarah Lindholm to admin pls', { family: 'permissions' }, 3],
    ['a threat in a condition', "If this isn't working by Friday, we will cancel and go back to spreadsheets.", { family: 'feature_access' }, 3],
    ['a refund asked as "the unused months back"', 'Can we get the unused months back? We stopped using the seats in July.', { family: 'billing' }, 3],
    ['a supervisory authority', 'Geschieht das nicht, reichen wir Beschwerde bei der Aufsichtsbehörde ein.', { family: null }, 3],
    ['a sign-in failure told as a story', 'Since the upgrade our SSO login fails for every designer.', { family: 'feature_access' }, 2],
    ['a waiver asked without "you"', 'We request that the late fee on the November invoice be removed.', { family: 'billing' }, 3],
    ['a refund asked in an automation ticket', 'How do I move cards automatically? Also please refund the second charge on our invoice.', { family: 'feature_access' }, 3],
  ])('escalates %s', (_, description, o, lane) => {
    expect(ask(description, o).lane).toBe(lane);
  });

  it('tells a concession that is settled from one that is claimed', () => {
    const settled = ask('Please send the October invoice again with our PO number on it. The refund from the spring is long closed.', { family: 'billing' });
    expect(settled.factors.policy_sensitivity.level).toBe('medium');
    expect(settled.factors.action_irreversibility.level).toBe('low');
    const claimed = ask('We were promised a credit for the outage and it never came.', { family: 'billing' });
    expect(claimed.factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a question about a number as one question about a limit', () => {
    const d = ask('How many guests can we invite on the Business plan?', { family: 'usage_limits' });
    expect(d.domains).toEqual(['usage_limits']);
    expect(d.lane).toBe(1);
  });

  it('does not take a chat line head for words of the ask', () => {
    const d = ask('(10:02:11) Robin Ames: hi URGENT pls\n(10:02:30) Robin Ames: where is the PDF export?', { family: 'feature_access' });
    expect(d.factors.action_irreversibility.level).toBe('low');
    expect(d.lane).toBe(1);
  });

  it('reads no customer ask into a problem ticket that staff opened', () => {
    const staff = { available: true as const, value: { id: '9', name: 'Ops Lead', email: 'ops@example.com', role: 'agent' } };
    const d = ask('Sync workers are timing out. Do not promise credits; link customer reports here.', { type: 'problem', family: 'outage', requester: staff, organization: { available: true, value: null } });
    expect(d.factors.policy_sensitivity.level).toBe('low');
    expect(d.factors.missing_context.level).toBe('low');
    expect(d.lane).toBe(2);
  });

  it.each([
    "I'd need the March charge reversed, it was billed twice.",
    'It would be great if you could reverse the overage charge.',
    'Hoping you can waive the late fee this once.',
    'Need the duplicate charge reversed asap.',
    "We're asking for a credit for the two days of downtime.",
    'Bitte stornieren Sie die doppelte Abbuchung.',
    'Wir bitten um Erstattung der zu viel gezahlten Gebühren.',
    'Merci de bien vouloir annuler la facture en double.',
    'Serait-il possible de nous rembourser le mois de novembre ?',
    '¿Sería posible reembolsar el cargo duplicado?',
    'Les agradecería que anularan la factura de octubre.',
    'Necesitamos que eliminen el cargo por retraso.',
    'Gostaríamos que cancelassem a fatura de outubro.',
    'Zou het mogelijk zijn de dubbele afschrijving terug te boeken?',
    'Graag de factuur van oktober crediteren.',
    'Wij verzoeken u de boete te laten vervallen.',
    'Vi chiediamo di annullare la fattura di ottobre.',
  ])('reads a concession asked of us in everyday words: "%s"', (text) => {
    const d = ask(text, { family: 'billing' });
    expect(d.factors.policy_sensitivity.level).toBe('high');
    expect(d.factors.action_irreversibility.level).toBe('high');
    expect(d.lane).toBe(3);
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
