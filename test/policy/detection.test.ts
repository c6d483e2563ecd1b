import { describe, expect, it } from 'vitest';
import { scoreTicket, type FactorId, type Lane, type Level } from '../../src/policy';
import { buildTicket, demoSettings, NOW, type TicketOverrides } from '../support/buildTicket';

const settings = demoSettings();
const score = (o: TicketOverrides) => scoreTicket(buildTicket(o), { ...settings, nowMs: NOW });
const ask = (description: string, o: TicketOverrides = {}) => score({ subject: 'Question', description, ...o });

describe('detection across wordings', () => {
  it.each<[string, string, TicketOverrides, Lane[]]>([
    ['a how-to question', 'How do I switch the interface to dark mode?', { family: 'feature_access' }, [1]],
    ['a limits question on a confirmed plan', 'What is the storage limit for attachments on our plan?', { family: 'usage_limits' }, [1]],
    ['"money back"', 'The tool did not do what we needed. Can we get our money back for this month?', { family: null }, [2, 3]],
    ['"reverse the charge"', 'You charged us twice, please reverse the charge on our card.', { family: 'billing' }, [3]],
    ['"waive the fee"', 'Could you waive the late fee on invoice 2231?', { family: 'billing' }, [2, 3]],
    ['a hacked account', 'I think my account was hacked, there are logins I do not recognise.', { family: null }, [3]],
    ['a 2FA reset', "I lost my phone and can't get past the two-factor screen. Please disable 2FA.", { family: 'security' }, [3]],
    ['a request for admin rights', 'Please make me an admin of the workspace, our previous admin is on leave.', { family: 'permissions' }, [3]],
    ['a general roles question', 'What is the difference between the editor and viewer roles?', { family: 'permissions' }, [2]],
    ["another person's mailbox", 'My colleague left and I need access to her inbox and messages.', { family: null }, [3]],
    ['a lawyer', 'If this is not resolved I will be contacting my lawyer.', { family: 'feature_access' }, [3]],
    ['a churn threat', 'We are evaluating competitors and will not renew unless this is fixed.', { family: 'feature_access' }, [3]],
    ['clear frustration', 'I am getting really frustrated, the sync still does not work after the last fix.', {}, [2]],
    ['an outage with a compensation ask', 'Your API was down for six hours on Tuesday. What compensation will we receive?', { family: 'outage' }, [3]],
    ['an SLA claim on a negotiated contract', 'Our agreement says 99.9% uptime; we want the SLA penalty applied.', { family: 'contract', organization: { planTier: 'enterprise', contractType: 'negotiated' } }, [3]],
    ['German refund', 'Wir möchten eine Rückerstattung für die doppelt abgebuchte Rechnung.', { family: null }, [3]],
    ['French refund', 'Bonjour, nous souhaitons être remboursés pour le mois de novembre.', { family: null }, [2, 3]],
    ['Spanish refund', 'Hola, queremos un reembolso del último cobro, por favor.', { family: null }, [2, 3]],
    ['German how-to', 'Wo finde ich die Einstellungen für Benachrichtigungen?', {}, [1]],
    ['German lockout', 'Ich bin ausgesperrt und kann mich nicht anmelden.', { family: null }, [3]],
    ['a password changed by someone else', 'I got an email that my password was changed but it was not me!', { family: null }, [3]],
  ])('%s', (_, description, o, lanes) => {
    const d = ask(description, o);
    expect(lanes, d.reason).toContain(d.lane);
  });

  it('reads inflections of the same word', () => {
    for (const text of ['Please refund us.', 'We were never refunded.', 'Is the refunding done?', 'Refunds, please.']) {
      expect(ask(text, { family: null }).factors.policy_sensitivity.level, text).toBe('high');
    }
  });

  it('ignores case and punctuation', () => {
    expect(ask('MONEY-BACK!!! NOW', { family: null }).factors.policy_sensitivity.level).toBe('high');
  });

  it('does not count a concession the customer says they do not want', () => {
    const d = ask('We do not need a refund, just the invoice.', { family: 'documentation' });
    expect(d.factors.policy_sensitivity.level).toBe('medium');
    expect(d.factors.action_irreversibility.level).toBe('low');
    expect(d.packet.summary.join(' ')).toContain('do not want: refund');
  });

  it.each([
    'No refund needed, we only want to understand the charge.',
    'A refund is not necessary, please explain the invoice.',
    'Wir brauchen keine Rückerstattung, nur die Rechnung.',
    'Nous ne voulons pas de remboursement, seulement la facture.',
    'No necesitamos un reembolso, solo la factura.',
  ])('reads negation in "%s"', (text) => {
    expect(ask(text, { family: 'documentation' }).factors.policy_sensitivity.level).toBe('medium');
  });

  it('carries a negation across "or" to the next concession', () => {
    const d = ask('Not asking for any credit or discount here, I just want to know where the usage graph is.', { family: 'usage_limits' });
    expect(d.factors.policy_sensitivity.level).toBe('low');
    expect(d.lane).toBe(1);
  });

  it('reads a concession word with one missing letter', () => {
    expect(ask('hi can i get a refnd for the extra seats?', { family: null }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('any dicount for non-profits?', { family: null }).factors.policy_sensitivity.level).toBe('high');
  });

  it('does not turn an ordinary word into a typo of a risky one', () => {
    expect(ask('When we reach the monthly limit, what happens?', { family: 'usage_limits' }).lane).toBe(1);
  });

  it('does not read "contractor" as a contract', () => {
    expect(ask('How do I add a contractor as a viewer?', { family: 'documentation' }).factors.policy_sensitivity.level).toBe('low');
  });

  it('infers a routine family from how the customer talks about the product', () => {
    expect(ask('Is it possible to export a report as an Excel file?', { family: null }).family).toEqual({ value: 'feature_access', basis: 'inferred' });
    expect(ask('wher can i see the usage graph for our storage?', { family: null }).family).toEqual({ value: 'usage_limits', basis: 'inferred' });
    expect(ask('Is there a list of keyboard shortcuts in the help centre?', { family: null }).lane).toBe(1);
  });

  it('still counts a refund the customer has not received', () => {
    expect(ask('I have not received my refund yet.', { family: null }).factors.policy_sensitivity.level).toBe('high');
  });

  it('does not let a quoted earlier reply outweigh the current ask', () => {
    const description = [
      'Thanks, that worked!',
      '',
      'On Mon, 3 Nov 2026 at 10:00, Support <help@example.com> wrote:',
      '> We cannot offer a refund or a credit, but here is how to export your data.',
    ].join('\n');
    const d = ask(description);
    expect(d.lane).toBe(1);
  });

  it('does not let a signature outweigh the current ask', () => {
    const description = 'Where do I find the API docs?\n\nBest regards,\nJo\nRefunds & Credits team | Legal department\nThis email is confidential and intended only for the recipient.';
    expect(ask(description).lane).toBe(1);
  });

  it('reads the latest customer message of a thread, not the agent replies', () => {
    const d = score({
      subject: 'Export',
      description: 'How do I export?',
      comments: [
        { id: '1', authorId: '77', authorRole: 'end-user', public: true, body: 'How do I export?', createdAt: null },
        { id: '2', authorId: '9', authorRole: 'agent', public: true, body: 'We never give refunds, but here are the export steps.', createdAt: null },
        { id: '3', authorId: '77', authorRole: 'end-user', public: true, body: 'Got it, thanks.', createdAt: null },
      ],
    });
    expect(d.factors.policy_sensitivity.level).toBe('low');
    expect(d.packet.customerFacingState).toBe('tentative_explanation_sent');
  });

  it('does not read "credit card" as a service credit', () => {
    expect(ask('Which credit card types do you accept?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('medium');
  });

  it('treats an error called an exception as a technical word', () => {
    expect(ask('The importer shows an unhandled exception in the log.', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
  });

  it('reads an exception asked of us, even as "could we", as a step hard to undo, but not a question whether one exists', () => {
    const pause = ask('We close in January and February. Could we pause the subscription for those two months and pick it back up in March?', { family: 'billing' });
    expect(pause.factors.action_irreversibility.level).toBe('high');
    expect(pause.lane).toBe(3);
    expect(ask('Do you offer an extended trial for non-profits?', { family: 'billing' }).factors.action_irreversibility.level).toBe('low');
    // Read on the folded words, so a mark on a letter ("cóuld") changes nothing.
    expect(ask('We close in January. C\u006f\u0301uld we pause the subscription for two months?', { family: 'billing' }).factors.action_irreversibility.level).toBe('high');
  });

  it('reads a failure in a long sentence to its end, however widely its words are spaced', () => {
    const sentence = 'I invited our new recruiter (jamie@example.com) last week with the Recruiter role, but she did not click it in time and now it says the invite expired. Can you resend it please?';
    const spaced = sentence.replace(/ /g, '    ');
    expect(ask(spaced, { family: 'provisioning' }).factors.security_identity.level).toBe(ask(sentence, { family: 'provisioning' }).factors.security_identity.level);
  });

  it('downgrades a how-to question about roles to medium, but not a request to change them', () => {
    expect(ask('How do I change a user role?', { family: 'documentation' }).factors.security_identity.level).toBe('medium');
    expect(ask('Please change her role to admin.', { family: 'documentation' }).factors.security_identity.level).toBe('high');
  });
});

describe('account facts', () => {
  const levelOf = (o: TicketOverrides, factor: FactorId): Level => score(o).factors[factor].level;

  it('raises pressure for an enterprise tier, confirmed from the account', () => {
    const d = score({ organization: { planTier: 'enterprise' } });
    expect(d.factors.customer_pressure.level).toBe('medium');
    expect(d.factors.customer_pressure.evidence).toContainEqual({ source: 'organization', ref: 'organization.plan_tier', detail: 'enterprise', basis: 'confirmed' });
  });

  it('raises pressure for a renewal inside the window, and not outside it', () => {
    expect(levelOf({ organization: { renewalDate: '2026-12-20' } }, 'customer_pressure')).toBe('medium');
    expect(levelOf({ organization: { renewalDate: '2027-03-01' } }, 'customer_pressure')).toBe('low');
  });

  it('counts contacts from the requester: two is medium, three is high', () => {
    const tickets = (n: number) => ({ available: true as const, value: Array.from({ length: n }, (_, i) => ({ id: String(1001 + i), createdAt: '2026-11-24T10:00:00Z' })) });
    expect(levelOf({ requesterTickets: tickets(2) }, 'customer_pressure')).toBe('medium');
    expect(levelOf({ requesterTickets: tickets(3) }, 'customer_pressure')).toBe('high');
  });

  it('makes a plan question decisive when the plan tier is unreadable', () => {
    const d = score({ description: 'Does our plan include priority support?', family: 'contract', organization: { planTier: null } });
    expect(d.factors.missing_context.level).toBe('high');
    expect(d.missingContext[0]).toEqual({ item: 'organization.plan_tier', reason: 'plan tier is unreadable for a billing, contract or entitlement question', weight: 'decisive' });
    expect(d.lane).toBe(3);
  });

  it('treats a missing side-load as missing context, not as an empty value', () => {
    const d = score({ description: 'Why is our invoice higher this month?', family: 'billing', organization: { available: false, reason: 'the export has no organizations side-load' } });
    expect(d.factors.missing_context.level).toBe('high');
  });

  it('treats a failed host call as decisive missing context', () => {
    const d = score({ failures: [{ source: 'ticket.requester', reason: 'timed out' }] });
    expect(d.lane).toBe(3);
    expect(d.factors.missing_context.evidence[0]).toMatchObject({ source: 'host', ref: 'ticket.requester' });
  });

  it('needs an incident\'s status when the customer references one', () => {
    expect(levelOf({ description: 'Your platform was down all morning, is it fixed?', family: 'outage' }, 'missing_context')).toBe('high');
    expect(
      levelOf({ description: 'Your platform was down all morning, is it fixed?', family: 'outage', type: 'incident', problemId: '9', problem: { available: true, value: { id: '9', status: 'solved', subject: 'INC-1' } } }, 'missing_context'),
    ).toBe('low');
  });

  it('infers the family from the text when the field is empty, and says so', () => {
    const d = score({ description: 'Where can I download last month\'s invoice?', family: null });
    expect(d.family).toEqual({ value: 'billing', basis: 'inferred' });
    expect(d.packet.knownContext).toContainEqual({ label: 'likely issue family', value: 'billing', ref: 'ticket.issue_family', basis: 'inferred' });
  });
});
