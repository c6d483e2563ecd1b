import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreTicket, type FactorId, type Lane } from '../../src/policy';
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
/** Public messages by the requester, an hour apart, oldest first. */
const customerThread = (...bodies: string[]) =>
  bodies.map((body, i) => ({ id: String(i + 1), authorId: '77', authorRole: 'end-user' as const, public: true, body, createdAt: `2026-11-25T${String(10 + i).padStart(2, '0')}:00:00Z` }));
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
    ['Mi socio ya no está en la empresa. ¿Cómo podemos hacer para que todo quede a mi nombre?', { family: 'permissions' }],
    ['Il proprietario è andato via. Come facciamo a riprendere il controllo?', { family: 'permissions' }],
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
    ['How do I get it to show the next booking and the QR code?', 'howto'],
    ['Vocês conseguem mandar direto para o contato deles?', 'request'],
    ['Le podéis dar a Nacho lo mismo que tengo yo?', 'request'],
  ])('"%s" is a %s', (sentence, role) => {
    expect(roleOf(sentence)).toBe(role);
  });

  it('reads a request for a pointer, with its pronoun attached or not, as asking to be told', () => {
    const infoOf = (sentence: string) => readSentenceRoles(tokenize(sentence, cuedWords))[0]!.info;
    expect(infoOf('Potete indicarmi la guida per la traduzione della pagina?')).toBe(true);
    expect(infoOf('Please see the message below from one of our donors.')).toBe(true);
    expect(infoOf('Could you point my login at my own address?')).toBe(false);
    expect(infoOf('Could you point me to the docs?')).toBe(true);
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

  it.each<[string, string]>([
    ['a colon that introduces how-to questions', "Our client is disputing our fee and wants a full refund under our guarantee; our director handles that.\n\nWhat I need from you guys:\n- how do I mark the placement as fallen through?\n- can I log the history as a note?"],
    ['a wish for how the product behaves, asked how', 'Vorrei che il widget mostri "esaurito" dopo 20 pass venduti per lo stesso giorno. Si può impostare un tetto per sede?'],
    ['software named after refunds', "Our chargeback-processing service's integration tests need a real Postgres. How do I run service containers next to the job?"],
    ['a service named after refunds, in Spanish', 'El servicio de reembolsos está en su propia carpeta. ¿Cómo hago que el job solo se ejecute cuando cambia?'],
    ['the customer\'s own agreement, told of', "We've moved our standard supply agreement onto a template. How do I show only the matching termination clause, with a dropdown the sender fills in?"],
    ['a refund file named in a German compound', 'Unser Erstattungs-Export erzeugt jede Nacht die Rückerstattungsdatei für unsere Kunden. Wie stelle ich die Zeitzone des Zeitplans ein?'],
    ['debt collection and credit cards, in Italian', 'Siamo una società di recupero crediti e conserviamo i dati delle carte di credito aziendali. Come si crea un modello di nota sicura?'],
    ['a lockout to avoid', "Our IdP signing certificate expires on December 18. What's the cleanest way to roll it over without locking our dispatchers out?"],
    ['a colleague who would like something, in Dutch', 'Onze oudere collega wil graag elke vrijdag de agenda van de volgende week op papier. Kan ik de agenda per behandelaar afdrukken?'],
    ['monthly gifts on the free plan', 'We are on your free plan. Can we take recurring (monthly) gifts on free, or is that on paid plans only?'],
    ['a question about a number of times', 'If our webhook receiver is down during a deploy, does it retry the events? How many times and for how long?'],
  ])('asks nothing of us in %s', (_, description) => {
    const d = ask(description, { family: 'feature_access' });
    expect(d.factors.action_irreversibility.level).toBe('low');
    expect(d.factors.customer_pressure.level).toBe('low');
    expect(d.lane).toBe(1);
  });

  it.each<[string, string, Lane]>([
    ['a colon that introduces a request', 'What I need from you:\nplease delete every recording from last week.', 2],
    ['a wish spoken to us, then a question', 'I would like you to close the second workspace. Is that possible?', 2],
    ['an ask in a verb with "you" in it, then a how-to', 'Podem passar a conta para mim e dar-me os acessos que ela tinha? Posso enviar a ata da reunião?', 2],
    ['a complaint about being asked again', 'How many times do I have to ask you for the invoice copy?', 2],
  ])('still reads an ask in %s', (_, description, lane) => {
    expect(ask(description, { family: 'feature_access' }).lane).toBeGreaterThanOrEqual(lane);
  });

  it('reads the customer\'s own invoice in an unfiled how-to as no billing question, and a charge of ours as one', () => {
    const own = ask('how do i make the app ask the customer to sign on the screen when the tech finishes the job? and then it goes on the invoice pdf?', { family: null });
    expect(own.factors.policy_sensitivity.level).toBe('low');
    expect(own.lane).toBe(1);
    const ours = ask('How do I download our invoice? You charged us twice this month.', { family: null });
    expect(ours.factors.policy_sensitivity.level).not.toBe('low');
  });

  it('reads a plain question with no family as documentation, and a report of trouble as unknown', () => {
    const plain = ask('where do i change the timezone for due dates? everything shows 5 hrs off on my new laptop', { family: null });
    expect(plain.family).toEqual(expect.objectContaining({ value: 'documentation', basis: 'inferred' }));
    expect(plain.lane).toBe(1);
    const broken = ask('The chat bubble is not showing on our website since 20 minutes ago. Is it down or is it us?', { family: null });
    expect(broken.lane).toBe(2);
    const german = ask('Seit gestern tauchen neue Buchungen nicht mehr in Outlook auf. Liegt das an euch?', { family: null });
    expect(german.lane).toBe(2);
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

  it('reads what a plan holds, its features and seats beside its limits, as one domain unless something is asked of us', () => {
    const plan = ask('We are on the free plan. What is the free limit on meeting length, and is the recording feature included or only on paid plans?', { family: 'usage_limits' });
    expect(plan.domains).toEqual(['usage_limits']);
    expect(plan.factors.multi_domain_complexity.level).toBe('low');
    const asked = ask('We hit the free limit on meeting length. Please add two more licences to our account and turn on the recording feature.', { family: 'usage_limits' });
    expect(asked.domains.length).toBeGreaterThan(1);
  });

  it.each([
    ['Portuguese', 'Como o dinheiro voltou inteiro para os doadores, vocês podem devolver essas taxas de processamento também?'],
    ['Italian', 'Visto che per i mesi da dicembre ad agosto paghiamo un piano che non abbiamo più, potete restituirci la differenza sulla carta?'],
  ])('reads the ask after a clause of why (%s)', (_, description) => {
    const d = ask(description, { family: 'billing' });
    expect(d.factors.policy_sensitivity.level).toBe('high');
    expect(d.lane).toBe(3);
  });

  it('still reads a contract asked about', () => {
    expect(ask('Does our contract with you let us leave in January without paying the remaining months?', { family: 'feature_access' }).factors.policy_sensitivity.level).not.toBe('low');
  });

  it('reads later words for a concession the customer gives as that one, unless asked of us', () => {
    const own = ask('Wir wollen ab Dezember 10 % Rabatt geben, wenn ein Kunde 6 Flaschen kauft. Geht das automatisch an der Kasse, oder muss der Verkäufer den Rabatt jedes Mal eintippen?', { family: 'feature_access' });
    expect(own.factors.policy_sensitivity.level).toBe('low');
    expect(own.lane).toBe(1);
    const asked = ask('We want to give our members 10% off in December. Could you also give us a discount on our own plan?', { family: 'feature_access' });
    expect(asked.factors.policy_sensitivity.level).toBe('high');
  });

  it.each([
    ['French', "Serait-il envisageable de rester sur notre tranche actuelle jusqu'à l'assemblée générale ?"],
    ['Spanish', '¿Habría forma de que tuvierais un detalle con nosotros esta vez con la factura?'],
  ])('reads a concession asked as a possibility as a step that is hard to undo (%s)', (_, description) => {
    const d = ask(description, { family: 'billing' });
    expect(d.factors.action_irreversibility.level).toBe('high');
    expect(d.lane).toBe(3);
  });

  it('reads "given what it was for" as considering, not as the customer giving', () => {
    const d = ask('We were hoping you might go easy on the fees for that day, given what it was for.', { family: 'billing' });
    expect(d.factors.policy_sensitivity.level).toBe('high');
  });

  it.each([
    ['"ainda não" as not yet', 'Ainda não configurei o portal dos membros. Como faço para ativar?', 'customer_pressure'],
    ['"ancora non" as not yet', 'Non abbiamo ancora non attivato il modulo. Dove si trova?', 'customer_pressure'],
    ['a control panel ("pannello")', 'Nel pannello di controllo non trovo l\'opzione per i promemoria. Dove si trova?', 'multi_domain_complexity'],
  ])('reads %s as no strain', (_, description, factor) => {
    expect(ask(description, { family: 'feature_access' }).factors[factor as FactorId].level).toBe('low');
  });

  it('still reads "ainda não funciona" as frustration and "en panne" as an outage', () => {
    expect(ask('O sync ainda não funciona, já é o terceiro dia.', { family: 'feature_access' }).factors.customer_pressure.level).not.toBe('low');
    expect(ask('Le site est en panne depuis ce matin, que se passe-t-il ?', { family: null }).domains).toContain('outage');
  });

  it('reads "entra" as the Italian verb, and Microsoft Entra ID as single sign-on', () => {
    expect(ask("Vorremmo che chi entra nel webinar debba accettare l'avviso. Si può impostare?", { family: 'feature_access' }).factors.security_identity.level).toBe('low');
    expect(ask('Our Entra ID login stopped working for everyone this morning.', { family: 'security' }).factors.security_identity.level).not.toBe('low');
  });

  it.each([
    ['Portuguese', 'Meu celular foi roubado e sou a única administradora. Como faço para recuperar o acesso?'],
    ['Italian', 'Il proprietario dell\'organizzazione è andato via. Come facciamo a riprendere il controllo?'],
  ])('reads a how-to that asks to get back into an account as account recovery (%s)', (_, description) => {
    const d = ask(description, { family: 'security' });
    expect(d.factors.security_identity.level).toBe('high');
    expect(d.lane).toBe(3);
  });

  it('reads a change of role the customer will make itself as a how-to, and one it cannot make as asked of us', () => {
    const own = ask("The role I gave our receptionist lets her open clinical notes. How do I set up a role without them? I'll change her role myself once I know what to tick.", { family: 'permissions' });
    expect(own.factors.security_identity.level).toBe('medium');
    const cannot = ask("Julien has left. He is still administrateur de notre compte and I cannot remove his rights myself. Pouvez-vous faire en sorte qu'il n'ait plus la main sur le compte ?", { family: 'permissions' });
    expect(cannot.factors.security_identity.level).toBe('high');
  });

  it('reads a how-to about a credential the customer sets itself as self-service', () => {
    expect(ask('Where do I change my password? I am signed in on the web app.', { family: 'documentation' }).lane).toBe(1);
    expect(ask('How do I create an API key for our integration?', { family: 'documentation' }).factors.security_identity.level).toBe('low');
    expect(ask('How do I change my password? Every time I try it fails with an error.', { family: 'documentation' }).factors.security_identity.level).not.toBe('low');
  });

  it('reads a breach the customer only supposes as no breach, and one it suspects as one', () => {
    const supposed = score({ subject: 'DPIA question - breach notification', description: 'Hypothetically, if you had a breach, how quickly would you tell us? A link to the documentation is enough.', family: 'documentation' });
    expect(supposed.factors.security_identity.level).toBe('low');
    const drill = ask('In a real leak scenario we would want to rotate every secret from a script. Is there an API endpoint for that?', { family: 'documentation' });
    expect(drill.factors.security_identity.level).toBe('low');
    const suspected = ask('We think our account was compromised last night: there are logins from an address we do not know.', { family: 'security' });
    expect(suspected.factors.security_identity.level).toBe('high');
  });

  it('reads a review site as a threat only when the customer will post there', () => {
    expect(ask("Jobs we published since Sunday aren't showing up on LinkedIn. Anything on your side?", { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(ask('If this is not fixed today I will post about it on LinkedIn.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask("Next I'm writing a review on Capterra.", { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
  });

  it('reads "what happens to someone who ..." in a how-to as a question of how the product behaves', () => {
    const d = ask('Hoi, hoe zet ik tweestapsverificatie verplicht voor alle beheerders? En wat gebeurt er met iemand die het nog niet heeft ingesteld, wordt die buitengesloten of krijgt die een melding?', { family: 'security' });
    expect(d.factors.security_identity.level).toBe('medium');
    expect(d.lane).toBe(2);
    const told = ask('Ik ben buitengesloten van het beheerdersaccount. Kunnen jullie de tweestapsverificatie resetten?', { family: 'security' });
    expect(told.factors.security_identity.level).toBe('high');
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

  // Each case names the levels it must reach; a case that names none must raise nothing.
  it.each<[string, string, Record<string, string>]>([
  // access asks
  ['Could you add Jess Moreno as an admin on our account?', 'permissions', { security_identity: 'high' }],
  ['Please give my colleague access to the billing settings.', 'permissions', { security_identity: 'high' }],
  ['Make Omar the account owner, I am leaving the company on Friday.', 'permissions', { security_identity: 'high' }],
  ['I lost my phone and cannot get past the two-factor prompt anymore.', 'security', { security_identity: 'high' }],
  ['Someone changed the email address on my account and it was not me.', 'security', { security_identity: 'high' }],
  ['We think a former employee is still logging in to our workspace.', 'security', { security_identity: 'high' }],
  ['Please send me the login history of our user daniel@ourfirm.com.', 'security', { security_identity: 'high' }],
  ['Remove John Park from our workspace today, he was let go this morning.', 'permissions', { security_identity: 'high' }],
  ['Can you reset MFA for our designer? She got a new phone.', 'security', { security_identity: 'high' }],
  ['Bitte machen Sie Frau Keller zur Administratorin unseres Kontos.', 'permissions', { security_identity: 'high' }],
  ["Pourriez-vous transférer la propriété de l'espace à mon associé ?", 'permissions', { security_identity: 'high' }],
  ['No puedo entrar a mi cuenta desde que cambié de teléfono, ¿pueden desactivar el doble factor?', 'security', { security_identity: 'high' }],
  ['Perdi o acesso à conta de administrador, podem me ajudar a recuperar?', 'security', { security_identity: 'high' }],
  ['Kunnen jullie mijn collega beheerdersrechten geven?', 'permissions', { security_identity: 'high' }],
  ['Potete rendere Marco proprietario dello spazio di lavoro?', 'permissions', { security_identity: 'high' }],
  // threats
  ["If this isn't sorted this week we'll take our business elsewhere.", 'feature_access', { customer_pressure: 'high' }],
  ['We are now evaluating other vendors because of this.', 'feature_access', { customer_pressure: 'high' }],
  ['This is going to our legal team tomorrow.', 'billing', { customer_pressure: 'high' }],
  ['We will dispute the charge with our bank if it is not refunded.', 'billing', { customer_pressure: 'high' }],
  ['I will be filing a formal complaint about this.', 'billing', { customer_pressure: 'high' }],
  ['Honestly we are reconsidering the renewal after this month.', 'feature_access', { customer_pressure: 'high' }],
  ['Wir prüfen bereits andere Anbieter.', 'feature_access', { customer_pressure: 'high' }],
  ['Sans réponse sous 48 heures, nous saisirons notre avocat.', 'billing', { customer_pressure: 'high' }],
  ['Si no se soluciona, cancelaremos la suscripción.', 'feature_access', { customer_pressure: 'high' }],
  ['Se não resolverem, vamos mudar para outra ferramenta.', 'feature_access', { customer_pressure: 'high' }],
  // frustration
  ['This is the third email I have sent about the sync.', 'feature_access', { customer_pressure: 'high' }],
  ['Nobody has answered my last two messages about the export.', 'feature_access', { customer_pressure: 'medium' }],
  ['We are still waiting for the fix you promised last week.', 'feature_access', { customer_pressure: 'medium' }],
  ['We are losing patience with these sync failures.', 'feature_access', { customer_pressure: 'medium' }],
  ['Ich warte seit zwei Wochen auf eine Antwort.', 'feature_access', { customer_pressure: 'medium' }],
  // not asks
  ['We process refunds for our customers on a board. How do I add a column for the refund amount?', 'feature_access', {}],
  ["Our 'Chargebacks' column gets too long. Can I collapse it?", 'feature_access', {}],
  ['How do I make an automation that emails our clients when their subscription is cancelled?', 'feature_access', {}],
  ['Our legal team tracks litigation deadlines on boards. Where do I find the calendar view?', 'documentation', {}],
  ['I am the account owner. How do I add a column to a board?', 'documentation', {}],
  ['Where is the admin panel?', 'documentation', {}],
  ['Wie lege ich eine Vorlage für Rückerstattungen unserer Kunden an?', 'feature_access', {}],
  ['Comment exporter la liste des remboursements de nos clients ?', 'feature_access', {}],
  ["Two of our clients told us they'll cancel their contracts with us if an order ships late. Can one automation send two reminders?", 'feature_access', {}],
  ['For the third time this month the reminder arrived late. How do I make it arrive a day before?', 'feature_access', { customer_pressure: 'medium' }],
  ['This is the third time I am writing about the missing export.', 'feature_access', { customer_pressure: 'high' }],
  ['Thanks, the refund landed this morning. Where do I change the week start in the calendar?', 'documentation', {}],
  ['How do I change the owner of a task? They all defaulted to me.', 'feature_access', {}],
  ['Is the API limit per key or per workspace on our plan?', 'usage_limits', {}],
  ['Sales promised us unlimited guests when we signed, now we are capped at 50.', 'contract', { policy_sensitivity: 'high' }],
  ['Our order form says SSO is included, but the invoice charges it as an add-on.', 'contract', { policy_sensitivity: 'high' }],
  ['We were told the price would stay the same for three years.', 'contract', { policy_sensitivity: 'high' }],
  ['Can you confirm how much notice we need to give before the renewal?', 'contract', { policy_sensitivity: 'medium' }],
  ['What would Business cost us for 40 seats compared to Standard?', 'billing', { policy_sensitivity: 'medium' }],
  ['Why did our invoice go up this month?', 'billing', { policy_sensitivity: 'medium' }],
  ['Please change the billing email to finance@example.com.', 'billing', { action_irreversibility: 'medium' }],
  ['Please add five seats to our subscription.', 'provisioning', { action_irreversibility: 'medium' }],
  ['Can you resend the invitation to our new designer?', 'provisioning', { action_irreversibility: 'medium' }],
  ['Please turn on the beta for our workspace.', 'feature_access', { action_irreversibility: 'medium' }],
  ['After three days of downtime we expect something back on this invoice.', 'outage', { policy_sensitivity: 'high' }],
  ['Given the outage last week, what are you going to do about our bill?', 'outage', { policy_sensitivity: 'high' }],
  ['The SLA says 99.9% and you were down for a day. We want the service credits we are owed.', 'outage', { policy_sensitivity: 'high', action_irreversibility: 'high' }],
  ['Can we pause the subscription for two months while the team is on leave?', 'billing', { policy_sensitivity: 'high' }],
  ['Could we pay the annual invoice in three instalments instead?', 'billing', { policy_sensitivity: 'high' }],
  ['We need an extension on the payment deadline until January.', 'billing', { policy_sensitivity: 'high' }],
  ['Please extend our trial by two more weeks.', 'billing', { policy_sensitivity: 'high' }],
  ['Can you match the price Asana offered us?', 'billing', { policy_sensitivity: 'high' }],
  ['Our CEO is furious about this and wants a call today.', 'feature_access', { customer_pressure: 'high' }],
  ['I will escalate this to your management.', 'feature_access', { customer_pressure: 'medium' }],
  ['We are going to post about this on LinkedIn.', 'feature_access', { customer_pressure: 'high' }],
  ['Our legal department will review the contract terms you broke.', 'contract', { customer_pressure: 'high' }],
  ['This is a breach of our DPA and we will inform the authorities.', 'security', { customer_pressure: 'high' }],
  ['We will not renew in March unless this is fixed.', 'feature_access', { customer_pressure: 'high' }],
  ['Wenn das nicht bis Freitag behoben ist, kündigen wir den Vertrag.', 'feature_access', { customer_pressure: 'high' }],
  ['Si ce n\'est pas réglé cette semaine, nous résilierons notre abonnement.', 'feature_access', { customer_pressure: 'high' }],
  ['Se continuar assim vamos cancelar o contrato.', 'feature_access', { customer_pressure: 'high' }],
  ['Als dit niet snel opgelost wordt, zeggen we ons abonnement op.', 'feature_access', { customer_pressure: 'high' }],
  ['Se non risolvete entro venerdì, disdiremo il contratto.', 'feature_access', { customer_pressure: 'high' }],
  ['Please delete all of our data and close the account.', 'billing', { action_irreversibility: 'high' }],
  ['Restore the board we deleted yesterday, please.', 'feature_access', { action_irreversibility: 'high' }],
  ['Merge our two workspaces into one.', 'provisioning', { action_irreversibility: 'high' }],
  ])('reads "%s" (%s) as it is meant', (text, family, want) => {
    const d = ask(text, { family });
    for (const f of Object.values(d.factors)) {
      const expected = want[f.id] ?? (Object.keys(want).length === 0 ? 'low' : undefined);
      if (expected !== undefined) expect(f.level, f.id).toBe(expected);
    }
  });

  it.each([
    'Why does the sync keep failing every single night?',
    'Honestly this is really disappointing for a paid product.',
    'We pay for the Business plan and expect the exports to work.',
    'I am not happy with how long this is taking.',
    'The service has been very poor lately.',
    'We expected much better from you.',
    'Das ist wirklich ärgerlich, die Synchronisation fällt ständig aus.',
    'Nous sommes très mécontents du service ces dernières semaines.',
    'Estamos muito insatisfeitos com o suporte.',
    'We zijn erg ontevreden over de snelheid van het bord.',
    'Siamo molto insoddisfatti, la sincronizzazione non funziona da giorni.',
    'This keeps happening and it is costing us hours every week.',
    'Not impressed, the same bug is back after your update.',
  ])('reads frustration in everyday words: "%s"', (text) => {
    expect(ask(text, { family: 'feature_access' }).factors.customer_pressure.level).toBe('medium');
  });

  it('reads a problem reported on an account an executive follows as a complaint', () => {
    const d = ask('Our team saw the app crawling for forty minutes last night. Could someone tell us what happened?', { family: 'outage', organization: { executiveSponsor: true } });
    expect(d.factors.customer_pressure.level).toBe('high');
    expect(d.factors.missing_context.level).toBe('high');
  });

  it('reads a waiver or an access grant from how the ask is built, and says so', () => {
    const waiver = ask("The invoice has a 'Premium onboarding' line. Can you just zero that line and resend it?", { family: 'billing' });
    expect(waiver.factors.policy_sensitivity.level).toBe('high');
    expect(waiver.factors.policy_sensitivity.evidence[0]?.sentence?.why).toMatch(/zero a charge.*in words no list holds/);
    const grant = ask('Can you add mira.lang@example.org to our workspace? She starts today.', { family: 'permissions' });
    expect(grant.factors.security_identity.level).toBe('high');
    const contact = ask('Can you add ap@example.org as a CC on all invoice emails?', { family: 'billing' });
    expect(contact.factors.security_identity.level).toBe('low');
    const tax = ask('Your invoice shows German VAT although we expect the reverse charge procedure. Can you check why?', { family: 'billing' });
    expect(tax.factors.policy_sensitivity.level).toBe('medium');
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

  it('reads a request for a pointer, or a courtesy alone, as asking to be told', () => {
    expect(ask('Link to the webhook payload docs please, we are building an integration.', { family: 'documentation' }).lane).toBe(1);
    expect(ask('Kindly guide me through the restore of our server. Please do the needful.', { family: 'documentation' }).lane).toBe(1);
    expect(ask('Please do the needful and move the roadmap board to the Marketing space.', { family: 'feature_access' }).factors.action_irreversibility.level).toBe('medium');
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

  it('reads a how-to about invoices as billing that raises nothing', () => {
    for (const text of ["I can't find where to change the currency symbol on invoices.", 'Ich finde nicht, wo man das Datumsformat auf den Rechnungen ändert.', 'Does the standard plan include recurring invoices? If yes, where do I set it up?']) {
      const d = ask(text, { family: 'feature_access' });
      expect(d.factors.policy_sensitivity.level).toBe('low');
      expect(d.lane).toBe(1);
    }
    expect(ask('Where can I download last month\'s invoice?', { family: null }).family).toEqual({ value: 'billing', basis: 'inferred' });
    // The charge itself asked about still needs billing rules.
    expect(ask('Why were we charged twice on the November invoice?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('medium');
  });

  it('reads a question that opens after a comma, and what the customer must do', () => {
    const d = ask("J'ai envoyé une facture à un client avec le mauvais montant, comment je l'annule ? Je dois faire un avoir ?", { family: 'documentation' });
    expect(d.factors.policy_sensitivity.level).toBe('low');
    expect(roleOf("Since we are customers for years, is it possible to have a discount on the new seats?")).toBe('request');
  });

  it('ends the message at a mail disclaimer, so its "please delete it" asks nothing', () => {
    const d = ask('Can the receivables report filter by tag?\n\nDaniel Reyes\nOffice Manager\n\nCONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you are not the intended recipient, please delete it.', { family: 'documentation' });
    expect(d.factors.security_identity.level).toBe('low');
    expect(d.factors.action_irreversibility.level).toBe('low');
  });

  it('reads "no need to explain or refund anything" as declining the refund', () => {
    const d = ask("The proration line is from when we added Jake, I get that and it's fine, no need to explain or refund anything. Where do I download the invoices as PDF?", { family: 'documentation' });
    expect(d.factors.policy_sensitivity.level).toBe('low');
  });

  it('reads another person\'s records handed over, and "which user deleted it", as data access', () => {
    expect(ask('Please send me a copy of all messages from Tom since July, his internal notes included.', { family: 'feature_access' }).factors.security_identity.level).toBe('high');
    expect(ask('Pouvez-vous supprimer son compte et me transférer toutes ses conversations ?', { family: 'feature_access' }).factors.security_identity.level).toBe('high');
    expect(ask('Our developer lost the API key. Can you just send it to his personal gmail (liam.dev@example.com)?', { family: 'feature_access' }).factors.security_identity.level).toBe('high');
    expect(ask('Our inbox vanished. Can you tell me which user deleted it and when?', { family: 'feature_access' }).factors.security_identity.level).toBe('high');
    // Looking oneself is a how-to, not a handover.
    expect(ask('Where do I find the audit log? Want to see who edited the invoice yesterday.', { family: 'documentation' }).factors.security_identity.level).toBe('low');
  });

  it('drops what came before when the latest message takes the ask back, keeping the anger as frustration', () => {
    const comments = customerThread('Your reports are broken, this is ridiculous. Fix it.', 'Never mind, sorted it, a filter was on. Thanks!');
    const settled = score({ comments, family: 'documentation' });
    expect(settled.factors.customer_pressure.level).toBe('medium');
    expect(settled.factors.action_irreversibility.level).toBe('low');
    expect(settled.lane).toBe(2);
    const calm = customerThread('The export button does nothing. Please fix it.', 'Found it, a filter was on. Thanks!');
    expect(score({ comments: calm, family: 'documentation' }).lane).toBe(1);
    const caps = customerThread('WHY CANT I FIND THE PREVIEW ANYWHERE, IT IS DECEMBER. ive clicked every menu', 'ok found it. sorry for the caps');
    expect(score({ comments: caps, family: 'documentation' }).factors.customer_pressure.level).toBe('medium');
    const remark = customerThread('This is getting ridiculous. The variants still do not show on the register.', 'They were not in the layout. Added them and they show now. Would have been nice if that was written somewhere.');
    expect(score({ comments: remark, family: 'feature_access' }).factors.customer_pressure.level).toBe('medium');
    // A reply that takes one thing back and asks another is read in full.
    const asksMore = [comments[0]!, { ...comments[1]!, body: 'Never mind the filter. Can you refund this month?' }];
    expect(score({ comments: asksMore, family: 'documentation' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('does not count a threat made by the customer\'s own client, nor "nobody is locked out"', () => {
    expect(ask("One of our clients is threatening to sue us over a missed message. Not your fault. How can I set up an automatic reply after hours?", { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(ask('Our lawyers will be in touch if this is not fixed by Friday.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask("SAML error: audience mismatch. Nobody is locked out, we still use passwords, just want SSO working.", { family: 'security' }).factors.security_identity.level).toBe('medium');
  });

  it.each([
    ['not finding a setting', "still couldn't find the tip option in payment settings", 'howto'],
    ['a want denied', 'no quiero que se corte a mitad', 'statement'],
  ])('reads %s: "%s"', (_, sentence, role) => {
    expect(roleOf(sentence)).toBe(role);
  });

  it('tells "the sales report" and "if that matters" from a step announced', () => {
    const steps = (sentence: string) => readSentenceRoles(tokenize(sentence, cuedWords))[0]!.stepAnnounced;
    expect(steps('when I run the sales report it includes refunded orders')).toBe(false);
    expect(steps('we record them as credit notes if that matters')).toBe(false);
    expect(steps('we will report this to the regulator')).toBe(true);
    expect(steps('if this is not fixed we go elsewhere')).toBe(true);
  });

  it('reads a payment withheld until a line is removed as a concession asked', () => {
    for (const text of ["We won't pay the December invoice until the 40 EUR overage is removed.", 'Nous ne réglerons pas la facture tant que ces 40 € n\'auront pas été retirés.']) {
      expect(ask(text, { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    }
  });

  it('reads a discount the customer gives its own clients, and its own broadband going down, as its own matters', () => {
    expect(ask('Hallo, wir wollen ab Dezember 10% Rabatt geben, wenn ein Kunde 6 Flaschen kauft. Geht das automatisch an der Kasse?', { family: 'feature_access' }).factors.action_irreversibility.level).toBe('low');
    expect(ask('Can you give us a 10% discount on the renewal?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Our broadband went down for 20 minutes on Saturday. How long can the tills keep trading offline?', { family: 'documentation' }).factors.missing_context.level).toBe('low');
  });

  it('treats an organization absent from the export as decisive, whatever is asked', () => {
    const d = ask('Since this morning SSO fails with an InResponseTo mismatch. Can you check?', { family: 'security', organization: { available: false, reason: 'organization 7199 is not in the export' } });
    expect(d.factors.missing_context.level).toBe('high');
    expect(d.lane).toBe(3);
  });

  it('reads product credits, a competitor\'s feature and a discount the customer gives as no concession and no threat', () => {
    expect(ask("If we don't use all our SMS credits in December, do they roll over? Not asking for anything back.", { family: 'usage_limits' }).factors.policy_sensitivity.level).not.toBe('high');
    expect(ask('How do I make the app ask for a signature? Saw a competitor do it, pretty sure you have it somewhere.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(ask('Hoe zet ik een offerte om naar een werkbon? En neemt hij de korting die ik de klant gaf mee?', { family: 'documentation' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('We would like you to give us a 10% discount on the renewal.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask("We're evaluating a competitor before renewal unless the price comes down.", { family: 'billing' }).factors.customer_pressure.level).toBe('high');
  });

  it('reads who makes a threat after a short opening, and German "sie" as "they"', () => {
    expect(ask("Hi, long story but one of our patients' insurance company says they are going to sue the practice. How do I restore a folder from 60 days ago?", { family: 'documentation' }).factors.customer_pressure.level).toBe('low');
    expect(ask('Our lawyers say we will sue you and our clients agree.', { family: 'documentation' }).factors.customer_pressure.level).toBe('high');
    expect(roleOf('gibt es die Möglichkeit, Backups zu speichern, damit sie nicht gelöscht werden?')).toBe('howto');
  });

  it('reads a roles question, device data deleted from the account and an invite sent again for what they are', () => {
    expect(ask('Can you make Priya an admin on our account?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    const devices = ask("We're closing the Perth office. Please delete the backup data of its 12 devices from our account.", { family: 'provisioning' });
    expect(devices.factors.action_irreversibility.level).toBe('high');
    expect(devices.factors.security_identity.level).toBe('low');
    expect(ask('The invitation to our new colleague expired. Could you re-send it please?', { family: 'provisioning' }).factors.action_irreversibility.level).toBe('medium');
  });

  it('reads a billing word in a product question as the product\'s matter, unless it asks about our charges', () => {
    expect(ask('Where do I see the automation counter? Does it reset on the 1st or on our billing date?', { family: 'usage_limits' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Is that a setting or a paid thing? Where do I turn off the footer?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Where do I see usage? And why were we charged twice this month?', { family: 'usage_limits' }).factors.policy_sensitivity.level).toBe('medium');
    expect(ask('If we go over the cap, does each extra guest cost the same as a full user? How do guests work?', { family: 'usage_limits' }).factors.policy_sensitivity.level).toBe('medium');
  });

  it('reads a billing word beside a product question as the product\'s matter, unless it is the customer\'s bill with us', () => {
    expect(ask('A client could not send his invoice PDF of 30 MB. What is the largest attachment you accept?', { family: 'usage_limits' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Do card payments still work offline on the registers? How long can they trade offline?', { family: 'documentation' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Your invoice shows 12 users. What is the user limit on our plan?', { family: 'usage_limits' }).factors.policy_sensitivity.level).toBe('medium');
    expect(ask('Please send the invoice again. Where do I see it?', { family: 'documentation' }).factors.policy_sensitivity.level).toBe('medium');
  });

  it('reads a price asked in the conditional in five languages', () => {
    for (const text of ['¿Y cuánto más nos costaría al mes para 5 usuarios?', 'Combien cela nous coûterait-il par mois ?', 'Quanto ci costerebbe al mese il piano Business?', 'Quanto custaria por mês o plano Business?', '¿Eso se cobra aparte en la próxima factura?']) {
      expect(ask(text, { family: 'feature_access' }).factors.policy_sensitivity.level, text).toBe('medium');
    }
  });

  it('reads SSO asked about beside a choice of plan as what a plan includes, not as a security question', () => {
    const weighing = ask('We are thinking of upgrading to Enterprise. Is the difference mostly SSO? What would it cost for 25 users?', { family: 'feature_access' });
    expect(weighing.factors.security_identity.level).toBe('low');
    expect(weighing.factors.policy_sensitivity.level).toBe('medium');
    expect(ask('We are thinking of upgrading to Enterprise. Our SSO stopped working this morning.', { family: 'feature_access' }).factors.security_identity.level).toBe('medium');
    expect(ask('Is SSO included in our plan? How do I set up SSO with Okta?', { family: 'feature_access' }).factors.security_identity.level).toBe('medium');
  });

  it('reads a refund one of the customer\'s people gave one of its own clients as its own business', () => {
    expect(score({ subject: 'Add a note to a trip (refund given to customer)', description: 'Our driver gave a customer a $40 refund on the spot for a late delivery. Can I add a note to that trip so the office sees why?', family: 'feature_access' }).lane).toBe(1);
    expect(score({ subject: 'Refund button greyed out on register', description: 'My cashier could not open the return. Is there a time limit on returns in the register?', family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Our account manager gave a 10% discount on the renewal and it is missing from the invoice.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Please give our client a refund for the double booking fee.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads an elided article as a word of its own', () => {
    expect(ask("Bonjour, nous voulons annuler l'abonnement à la fin du mois.", { family: 'billing' }).factors.action_irreversibility.level).toBe('high');
    expect(ask("Vorremmo disdire l'abbonamento dell'azienda.", { family: 'billing' }).factors.action_irreversibility.level).toBe('high');
    expect(ask("On peut réduire l'abonnement tout de suite ou on est engagés jusqu'à fin janvier ?", { family: 'contract' }).factors.customer_pressure.level).toBe('low');
  });

  it('reads a bare "how do we do it?" after a lockout as a plea, not a how-to', () => {
    expect(ask('A única admin da conta saiu da empresa e agora ninguém consegue entrar. Como a gente faz??', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    expect(ask('Nobody can get in since our only admin left. What do we do now?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
  });

  it('reads account takeover, hand-over and threats said in plain words', () => {
    expect(ask('did someone get into my account?? my password got changed and i didnt ask for that', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('Mein Vater hat das Konto angelegt. Können Sie das bitte auf mich umschreiben?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    expect(ask('honestly we are looking at other tools. give me one good reason not to switch', { family: 'outage' }).factors.customer_pressure.level).toBe('high');
    expect(ask('if this year is wrong too im filing a complaint with the state labor department against you guys', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask('o vosso comercial disse que os primeiros 3 meses eram oferta. quero isso devolvido', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Mi sembra il minimo che questa cifra me la scaliate dal prossimo rinnovo.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads concessions, an exception and a closing asked in plain words', () => {
    expect(ask("November's bill came in at $1,940. Is there anything you can do about the overage part? Even half would help.", { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask("I'd like this made right on the next invoice, those minutes shouldn't be ours to pay for.", { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Could we have another couple of weeks on the trial before we decide?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask("Vi chiedo di chiudere l'account al 31 dicembre e di non addebitarci dicembre.", { family: 'billing' }).factors.action_irreversibility.level).toBe('high');
  });

  it('reads people\'s contact details handed to the requester as another person\'s data', () => {
    expect(ask("Could you send me a spreadsheet of the patients I've treated this year with their phone numbers and emails?", { family: 'feature_access' }).factors.security_identity.level).toBe('high');
    expect(ask('How do I export our customers with their emails to a CSV?', { family: 'feature_access' }).factors.security_identity.level).toBe('low');
  });

  it('reads risk words in pasted code, paths and job names as names, but not an ask in backticks or a privilege change a log shows', () => {
    const fenced = 'Our nightly job builds the refund file for the bank:\n\n```yaml\nrefunds-export:\n  schedule: "0 2 * * *"\n  script: ./bin/export_refunds --delete-after\n```\nIs the schedule read in UTC?';
    expect(ask(fenced, { family: 'feature_access' }).lane).toBe(1);
    expect(ask('We want to rename the pipeline `breach-drill-q4` to `breach-drill`. Does the run history carry over?', { family: 'feature_access' }).lane).toBe(1);
    expect(ask('The job should only run when services/refunds/ changes. Is `rules: changes` the right key?', { family: 'feature_access' }).lane).toBe(1);
    expect(ask('Im Mailing steht bei Gutschrift_Betrag 12.5 statt 12,50. Ist das ein Fehler bei euch?', { family: 'feature_access' }).lane).toBe(1);
    expect(ask('Please `refund` the overage from last month.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('```\nplease refund the overage from last month\n```', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    const log = 'Nobody on our side did this, what does it mean?\n\n```\n2026-12-07T04:51:33Z role.changed target=mhughes from=Developer to=Admin actor=system:scim\n```';
    expect(ask(log, { family: 'documentation' }).factors.security_identity.level).toBe('high');
  });

  it('reads access, a second factor, a login and an account\'s name moved to someone, asked in plain words', () => {
    const high = (text: string, family: string) => expect(ask(text, { family }).factors.security_identity.level, text).toBe('high');
    high('Could you add Dana Whitfield (dana.whitfield@example.com) to the Finance vault? She starts Monday.', 'permissions');
    high('hola! ¿le podéis dar a Nacho (nacho@example.es) lo mismo que tengo yo? me voy de baja la semana que viene', 'permissions');
    high('Could you point my login at my own address (chris.consulting@gmail.com) so I keep the client folders I am in?', 'security');
    high('hey guys can you switch off the 2-step thing for Marta? she dropped her phone in the harbour', 'security');
    high('Unser Konto läuft noch auf Herrn Brenner, er ist im Ruhestand. Das muss jetzt auf uns laufen. Was brauchen Sie dafür?', 'permissions');
    high('Queremos que a conta passe para o nome da nova diretora. Como procedemos?', 'permissions');
    expect(ask('Could you point me to the docs for vault sharing?', { family: 'documentation' }).factors.security_identity.level).not.toBe('high');
  });

  it('reads a concession asked as a gesture, or a charge asked away, as a concession', () => {
    expect(ask('Les licences n\'ont jamais été attribuées. Pourriez-vous faire un geste sur cette facture ?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('12 of those seats never had anyone in them. Can we just not pay for those 12 going forward?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('No empezamos a usarlo hasta el día 15. ¿Podríais cobrarnos solo la segunda quincena?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a bill taken down, money coming back, a supplier changed, a notice of default and what an ex-colleague did, asked in plain words', () => {
    const level = (text: string, family: string, factor: FactorId) => ask(text, { family }).factors[factor].level;
    expect(level("Vous avez facturé 540 enveloppes au lieu de 180. Est-ce que vous pouvez déduire les 360 enveloppes en trop de la facture de décembre ?", 'billing', 'policy_sensitivity')).toBe('high');
    expect(level('Se nos fue la mano con los envíos, lo sabemos, pero ¿nos podéis echar un cable con la factura?', 'billing', 'policy_sensitivity')).toBe('high');
    expect(level('Die extra verzendingen staan nu als overschrijding op de factuur. Kunnen jullie daar iets in betekenen?', 'billing', 'policy_sensitivity')).toBe('high');
    expect(level('Six seats sat there unused since September; can the money for those seats come back to us?', 'billing', 'policy_sensitivity')).toBe('high');
    expect(level('Sono due settimane che il DKIM non è valido. Se entro venerdì non si risolve, cambiamo fornitore.', 'feature_access', 'customer_pressure')).toBe('high');
    expect(level('Hierbij stellen wij u formeel in gebreke en verzoeken wij u te bevestigen dat u de schade zult vergoeden.', 'contract', 'customer_pressure')).toBe('high');
    expect(level("Un'ex agente ha mandato proposte di notte. Potete dirci da dove si è collegata e cos'altro ha fatto nel nostro account?", 'security', 'security_identity')).toBe('high');
    expect(level("Salve, potreste aggiornare l'email del titolare dell'account con la mia (valeria@example.it)?", 'permissions', 'security_identity')).toBe('high');
  });

  it('reads, in a how-to, the refunds the customer tells it makes as its own business, but not a wish it makes of us', () => {
    expect(ask('Hello - we send every customer who books a package our Refund & Cancellation Policy to sign before we take the deposit. Is there a help article on making checkboxes required?', { family: 'documentation' }).lane).toBe(1);
    const wish = 'We are adding 60 vehicles. We would be glad if we could talk about the unit price before we order. How do we add the vehicles in bulk?';
    expect(ask(wish, { family: 'billing', organization: { contractType: 'negotiated' } }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a person with no organization asking for the data an account holds of them, and access to a door, as identity matters', () => {
    const noOrg = { available: true as const, value: null };
    const subject = ask("J'ai postulé chez une entreprise via votre plateforme. Pourriez-vous m'envoyer l'ensemble des informations que vous avez sur moi ?", { family: null, organization: noOrg });
    expect(subject.factors.security_identity.level).toBe('high');
    expect(subject.lane).toBe(3);
    expect(ask('Please cancel my monthly gift of $25 to the animal rescue, my bank statement shows your name.', { family: null, organization: noOrg }).lane).toBe(3);
    expect(ask('Our cleaner forgot her fob. Could you unlock the door for her remotely at 7?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    const list = 'Our sponsor asked for the list of participants with name and email. Vocês conseguem mandar direto para o contato deles, marketing@example.com?';
    expect(ask(list, { family: 'feature_access' }).factors.security_identity.level).toBe('high');
  });

  it('reads the old band kept, fees given back and a lawyer instructed, asked in plain words', () => {
    expect(ask("Nous venons de dépasser notre tranche de contacts. Serait-il envisageable de rester sur notre tranche actuelle jusqu'à l'AG ?", { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('As taxas de processamento dessas doações não voltaram para nós. Vocês podem devolver essas taxas também?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('The bank closed the dispute in our favour, but the $15 dispute fee is still gone. Surely that should come back to us too?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Abbiamo dato mandato al nostro legale di valutare i danni di immagine subiti.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
  });

  it('reads a contact repeated to us as pressure, but not something else that happened twice', () => {
    expect(ask('The donor paid us twice by cheque. How do I mark one gift as refunded?', { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(ask('Die Spenderin hat sich schon bei uns gemeldet. Wie markiere ich die Lastschrift als zurückgegeben?', { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(ask("I've contacted you twice already and the export still fails.", { family: 'feature_access' }).factors.customer_pressure.level).not.toBe('low');
  });

  it('reads a question about the seats an account has left, from someone with no organization, as an account question', () => {
    const noOrg = { available: true as const, value: null };
    expect(ask('hiya, are there any spare seats on our account or do i need to buy more?', { family: 'usage_limits', organization: noOrg }).lane).toBe(3);
  });

  it('reads the customer\'s own incident tooling as its own', () => {
    expect(ask('Is there an API endpoint to download the raw log of a failed job? We want our incident bot to attach it to the alert.', { family: 'documentation' }).lane).toBe(1);
  });

  it('reads a risky subject over a how-to about the same thing as its headline', () => {
    expect(score({ subject: 'refund to a customer??', description: 'One of our customers disputes a callout fee and we agreed to give him $85 back. How do I do a partial refund against the job invoice in the app?', family: 'documentation' }).factors.policy_sensitivity.level).toBe('low');
    expect(score({ subject: 'Refund?', description: 'How do I get my money back for the unused months?', family: 'documentation' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a legal step set as a condition, an early termination and a disaster', () => {
    expect(ask('Per due giorni di ritardo è assurdo. Se non annullate gli interessi, la questione passa al nostro avvocato.', { family: 'billing' }).factors.customer_pressure.level).toBe('high');
    expect(ask('If our lawyer asks for it, where do I download the DPA?', { family: 'contract' }).factors.customer_pressure.level).toBe('low');
    expect(ask('Wir möchten den Vertrag vorzeitig zum Jahresende beenden. Haben wir ein Sonderkündigungsrecht?', { family: 'contract' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('After the update nobody can clock in. This is a disaster, what did you change?', { family: 'feature_access' }).factors.customer_pressure.level).toBe('medium');
  });

  it('keeps a real ask that looks like an exception: a hack on the account, a charge not wanted, a confidential threat', () => {
    expect(ask('There was a hack on our account last night. Can you check who logged in?', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask("How do I cancel? I don't want to be charged for next month.", { family: 'billing' }).factors.policy_sensitivity.level).toBe('medium');
    expect(ask("We removed two seats last week and I don't want to be charged for them.", { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('This is confidential and intended for your legal team: we will sue you if the data is not returned by Friday.', { family: 'contract' }).factors.customer_pressure.level).toBe('high');
  });

  it('keeps asks that only look withdrawn, disclaimed, owned by others or asked how', () => {
    expect(score({ comments: customerThread('Our account was hacked last night and someone changed the owner.', 'Never mind, sorted it.'), family: 'security' }).lane).toBe(3);
    expect(score({ comments: customerThread('Refund this month or we go to our lawyers.', 'Your sales team continues to disregard what was agreed.'), family: 'billing' }).lane).toBe(3);
    expect(ask('Our confidential client list was emailed to an external recipient by a former employee. Please lock his account today.', { family: 'security' }).lane).toBe(3);
    expect(ask('I paid for 12 seats but we only use 10, where is my refund?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(score({ subject: 'Refund the duplicate charge', description: 'How do I download the invoice?', family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Our customers are complaining and we will file a complaint with the regulator.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask('Could Sarah get admin rights on our workspace?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    expect(ask('We were offered a 20% discount at renewal but the invoice does not show it. Please apply it.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask("We're still not getting any credit for the outage?", { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a concession that goes to one of the customer\'s own people as its own business', () => {
    expect(ask('Is there a way to have the refund go back to the customer automatically when I cancel the order?', { family: 'documentation' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Queremos mandar a los suscriptores de la newsletter un código de descuento del 15 %. ¿Hay manera de generar códigos únicos?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Wir wollen unseren Werkstatt-Stammkunden einen 10-€-Gutschein schicken, der nicht mit anderen Rabatten kombinierbar ist. Wo stelle ich das ein?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Il rimborso al cliente parte in automatico quando segno il reso come ricevuto?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask("I've been going into each order and clicking Refund by hand. Is there a way to do several at once?", { family: 'documentation' }).factors.policy_sensitivity.level).toBe('low');
    // The customer wants the concession, or asks it of us: it counts.
    expect(ask('Our customers are angry about the outage and we want a refund for November.', { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Can you give us a discount so we can pass it on to our customers?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a dispute told of someone else, against the customer, as its own story', () => {
    const story = 'Background so you know: our tenants left on the 15th. Their new solicitor has written to us twice saying we\'ll have to refund the full deposit "or face proceedings". Can I attach check-out photos to the lease record?';
    const read = ask(story, { family: 'feature_access' });
    expect(read.factors.policy_sensitivity.level).toBe('low');
    expect(read.factors.customer_pressure.level).toBe('low');
    expect(ask('One of our owners is suspicious because the address changed and she thought the statement was a scam. Where do I change the logo?', { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    // Aimed at us, it counts.
    expect(ask('Their lawyer says your export lost the records, and you will hear from them.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask('We have written to you twice about this and nothing happened.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('medium');
  });

  it('reads the customer\'s own charges to its people beside a product question as the product\'s matter', () => {
    expect(ask('Our lease template says a late fee of $50 applies on the 6th. Does the late fee automation support a grace period?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Does the tenant ledger treat the bond as a liability, or do I set it up as a custom charge type?', { family: 'documentation' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('We were charged twice this month. Does the late fee automation support a grace period?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('medium');
  });

  it('reads a charge asked back in words no list holds as a refund', () => {
    expect(ask('El 20 de noviembre nos pasasteis el cargo del año completo. ¿Nos lo podéis devolver? No hemos entrado desde entonces.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('You charged our card for the whole year in December. Can you put it back on the card?', { family: 'billing' }).factors.action_irreversibility.level).toBe('high');
    expect(ask('Can you put the report back on the dashboard?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
  });

  it('reads a price hold, a promise to honour and what is owed as asked of us, even asked how', () => {
    expect(ask('Is het mogelijk om het huidige contract met zes maanden te verlengen tegen de huidige prijs, zonder nieuwe minimale looptijd?', { family: 'contract' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask("Votre directeur commercial nous avait assuré par écrit que le tarif serait maintenu. J'attends que l'engagement pris soit respecté.", { family: 'contract' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask("We will move the whole engineering org over in Q1 unless you can keep us on this year's rates.", { family: 'contract' }).factors.customer_pressure.level).toBe('high');
    expect(ask('The feedback has been broadly positive, with a few exceptions I will spare you. Can tenants attach photos?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
  });

  it('reads a takeover feared, a forwarded payment change and data asked about a person', () => {
    expect(ask('Is this actually from you?? Our AP clerk paid the invoice to the new account below. If this is fake, has anyone got into our account?', { family: 'billing' }).factors.security_identity.level).toBe('high');
    expect(ask('I need the appointment history and phone number on file for a patient of the clinic, Ms. Fry. Please reply to this address.', {}).factors.security_identity.level).toBe('high');
    expect(ask('Their IT lead needs a full export of the clinic\'s patients and appointment history by Friday. Please send it directly to Ron.', { family: 'feature_access' }).factors.security_identity.level).toBe('high');
    expect(ask('I need a full export of our patients and their appointment history. Please send it to me.', { family: 'feature_access' }).factors.security_identity.level).toBe('low');
  });

  it('reads repeat contacts, escalation and leaving in more of the seven languages', () => {
    expect(ask('Ik heb die screenshot vorige week al gestuurd, twee keer. Ik ben er helemaal klaar mee, anders zoek ik het hogerop.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask('Os lo digo claro: si esto no está resuelto el lunes, cancelamos y volvemos a nuestro programa anterior.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask("I'd rather not ask the son to pay twice. How do I split one bank line across two tenancies?", { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
  });

  it('reads what the customer means to do itself as a how-to, not a change asked of us', () => {
    expect(ask('Can I attach those photos to the lease record itself (not just to a maintenance request)?', { family: 'feature_access' }).factors.action_irreversibility.level).toBe('low');
    expect(ask('Can we hide the "Request a call back" button in the portal?', { family: 'feature_access' }).factors.action_irreversibility.level).toBe('low');
    expect(ask('Vorrei programmare i prezzi scontati per i saldi invernali. Come si chiama il menu?', { family: 'documentation' }).lane).toBe(1);
    expect(ask('What I need from you is how to end the lease mid-month so the rent is prorated.', { family: 'feature_access' }).factors.action_irreversibility.level).toBe('low');
    expect(ask('Can we request a refund for the unused seats?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads "Sie" before a verb in the singular as "she", and a forwarded message as someone else\'s', () => {
    expect(roleOf('Sie will jetzt die Kaution samt Zinsen zurück.')).toBe('statement');
    expect(ask('Bonjour, est-ce qu\'on peut exporter le relevé en PDF ?\n\n-------- Message transféré --------\nDe : Étude Fabre <contact@example.fr>\nMerci de nous transmettre le décompte, faute de quoi nous saisirons le juge.', { family: 'documentation' }).lane).toBe(1);
  });

  it('reads "Mrs." and "e.g." as no end of a sentence, and French "du" as no "you"', () => {
    expect(ask('One of our owners, Mrs. Feld, is suspicious because the address changed and she thought the statement was a scam. Where do I change the logo?', { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(roleOf('Le dossier du client est complet.')).toBe('statement');
    expect(ask("Une locataire me réclame ses quittances, mais c'est une autre histoire et nous avons un avocat pour ça. Est-il possible d'envoyer les quittances automatiquement ?", { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
  });

  it('reads a property owner as no owner of the account', () => {
    expect(ask('We are about to sign a management agreement with a new owner who has 26 units. What is the unit limit on Standard?', { family: 'usage_limits' }).factors.security_identity.level).toBe('low');
    expect(ask("C'è un modo per archiviare il contratto? Il proprietario vuole rimettere l'appartamento sul mercato.", { family: 'feature_access' }).factors.security_identity.level).toBe('low');
    expect(ask('Please make Anna the new owner of our account, I am leaving the company.', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    expect(ask('Il proprietario dell\'account ha lasciato l\'azienda. Potete trasferirlo a me?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
  });

  it('reads being fed up as frustration, and a price comparison as no discount', () => {
    expect(ask("I'm getting pretty fed up with this. For the third month in a row the statement header is wrong.", { family: 'feature_access' }).factors.customer_pressure.level).toBe('medium');
    expect(ask('Our accountant asked whether it would work out cheaper to pay annually, and by how much. Could you tell me the price difference?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('medium');
    expect(ask('Can you make it cheaper for us? Otherwise the renewal will not get approved.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads money words in the customer\'s own data and someone else reported as no ask', () => {
    expect(ask('Our billing team wants one dashboard showing patient refunds and insurance write-offs by location. Which connector do we need?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Il nostro studio segue pratiche di recupero crediti. Vorrei un grafico a barre con il numero di pratiche per fase.', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('The outgoing agent is slow and the directors are threatening to report them to the Property Ombudsman. Can I add 32 units myself?', { family: 'provisioning' }).factors.customer_pressure.level).toBe('low');
    expect(ask('I want a refund of the dashboard add-on we bought by mistake.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a refund, a waiver and a discount asked in chat-style words', () => {
    expect(ask("hey so we've been paying for 60 people all year but only had 40 since march. can u sort that out for the months we overpaid??", { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('hola, en octubre no hicimos nóminas, pero nos cobrasteis igual ¿me podéis devolver lo de ese mes? gracias', { family: 'billing' }).factors.action_irreversibility.level).toBe('high');
    expect(ask('Bonjour, on voit deux prélèvements de 189 € en novembre. Vous pouvez faire le nécessaire svp ?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('pasadme al plan gratis ya, que solo quedamos 3. y diciembre que no me lo cobréis', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('ciao! se paghiamo tutto il 2027 in anticipo ci fate uno sconticino?', { family: 'billing' }).factors.action_irreversibility.level).toBe('high');
    expect(ask('Is er voor ons tweede jaar iets aan de prijs te doen? Al is het maar een paar maanden tegen een lager tarief.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Esos dos meses nos gustaría recuperarlos, ¿lo podéis mirar?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    // Putting right something that is no charge asks no refund.
    expect(ask('The report shows two rows for every order. Can you fix it?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
  });

  it('reads a hand-over, a takeover of the account and a lockout asked in plain words', () => {
    expect(ask('hey, friday is my last day here. can you make jess (jess@example.com) the main account person instead of me?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    expect(ask('Hallo, Kollege Tobias ist krank. Könnt ihr mir seine letzten 3 Lohnabrechnungen schicken? Er ist einverstanden.', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('our ceo wants the payslips for the whole leadership team. he is not a user. can you just email him a pdf bundle?', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('la nostra collega ha perso il telefono con l\'app di autenticazione e non riesce più a entrare. potete farla entrare voi?', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('Zijn advocaat, mr. J. Koster, vraagt om alle ritgegevens van zijn cliënt. Zouden jullie die gegevens rechtstreeks naar het kantoor van mr. Koster kunnen sturen?', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('Peter is in oktober vertrokken. Kunnen jullie uitzoeken hoe hij nog kon inloggen en wat hij verder allemaal heeft gedaan?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    expect(ask("I used to run dispatch there until last month. I'd like a copy of the route history I built up. Can you send me an export?", {}).factors.security_identity.level).toBe('high');
    // Sent to the requester, or an app that works, is no hand-over.
    expect(ask('Hi, SMS codes are late for everyone in the office. Authenticator app users are fine. Is something up?', { family: 'security' }).factors.security_identity.level).toBe('medium');
    expect(ask('please make finance@example.com the billing contact instead of me', { family: 'billing' }).factors.security_identity.level).toBe('low');
  });

  it('reads leaving, an escalation after silence and frustration in more words', () => {
    expect(ask("if the state tax calc is wrong on the dec 15 run like it was in nov, we're moving to gusto. not joking.", { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask("We're moving to the annual plan next month. How do I update the card?", { family: 'billing' }).factors.customer_pressure.level).toBe('low');
    expect(ask('Still nothing. This is pretty poor for a simple question, honestly.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('medium');
    expect(ask('A ver si alguien me puede ayudar, porque ya estoy harto. ¿Hay algún ajuste para que las ventanas sean obligatorias?', { family: 'feature_access' }).factors.customer_pressure.level).toBe('medium');
  });

  it('reads a question about how we bill as a billing question, even asked how', () => {
    expect(ask('Got it. Our invoice says 418 active learners. How do you count an active learner for billing?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('medium');
    expect(ask('Und wie wird das dann abgerechnet, zählen die Lernenden beider Akademien auf einer Rechnung?', { family: 'provisioning' }).factors.policy_sensitivity.level).toBe('medium');
    expect(ask('Is there a way to add like 10 temp seats just for june and what does that cost?', { family: 'usage_limits' }).factors.policy_sensitivity.level).toBe('medium');
    expect(ask('How do I set the price of a product in the shop?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
  });

  it('reads a question mark that opens a Spanish question and a relative "where" as what they are', () => {
    expect(roleOf('Hi, second payroll in a row where the accrual was calculated wrong.')).toBe('statement');
    expect(ask("is it normal that in the Team tab employees can see each other's salary? one of our tutors sent me a screenshot of everyone's pay", { family: 'permissions' }).factors.security_identity.level).not.toBe('low');
  });

  it('reads a cancellation the customer only supposes as no threat and no step', () => {
    const supposed = ask("Quelle est la limite d'arrêts par tournée ? (Si un jour on devait résilier, je suppose qu'on pourrait exporter l'historique. Mais ce n'est pas d'actualité.)", { family: 'usage_limits' });
    expect(supposed.factors.customer_pressure.level).toBe('low');
    expect(supposed.factors.action_irreversibility.level).toBe('low');
    expect(ask("If you don't fix the export by Monday we cancel.", { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask("If I can't get a working export before Friday I'll be recommending to our directors that we look for another platform.", { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(score({ subject: 'refund if we cancel mid-year?', description: 'If we go annual and then need to cancel halfway through, do we get a refund for the months we do not use? Not cancelling, just asking.', family: 'billing' }).factors.customer_pressure.level).toBe('low');
  });

  it('reads a demand made of the customer by its own client as its own dispute', () => {
    expect(ask("Un de nos clients conteste la livraison. Il nous réclame le remboursement intégral et menace de retenir nos factures. Est-ce qu'on peut exporter la preuve de livraison en PDF ?", { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Hi, a parent asked us to refund a lesson pack her son bought. How do I do a full refund? And does the refund cancel his enrollment automatically?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask("If it's not back by Friday we'll have to refund the exam fee to learners who miss their slot, which is our problem not yours.", { family: 'outage' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('They promised us a refund for the outage and nothing came.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a quoted name, a retry count and a forecast as asking nothing', () => {
    expect(ask("How do I make the field required, and can I add an 'other - please specify' text box?", { family: 'feature_access' }).factors.action_irreversibility.level).toBe('low');
    expect(ask('Are webhooks retried if our endpoint returns a 5xx, and how many times?', { family: 'documentation' }).factors.customer_pressure.level).toBe('low');
    expect(ask('How many SMS does our Business plan include? We expect about 9,000 deliveries in December.', { family: 'usage_limits' }).lane).toBe(1);
    expect(ask('How many times do I have to ask? The export is still broken.', { family: 'feature_access' }).factors.customer_pressure.level).not.toBe('low');
  });

  it('reads a promotion missed and a legal department weighing steps against us', () => {
    expect(ask('Your newsletter said merchants get 30% off with code BF30. I forgot to enter the code and got charged the full price. Could you apply it now?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Il nostro ufficio legale sta valutando i presupposti per tutelarsi nei vostri confronti per i danni subiti.', { family: 'outage' }).factors.customer_pressure.level).toBe('high');
  });

  it('reads a subject that names what the body sets aside as the customer\'s own', () => {
    expect(score({ subject: 'Chargeback Prevention Masterclass - drip by completion?', description: 'We sell a course called Chargeback Prevention Masterclass. Is drip-by-completion possible?', family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(score({ subject: 'Vorzeitige Kündigung', description: 'Wir möchten den Vertrag vorzeitig beenden. Haben wir ein Sonderkündigungsrecht?', family: 'contract' }).factors.action_irreversibility.level).toBe('high');
  });

  it('reads the customer\'s own prices, discount codes, lawyer\'s advice and admin panel as no ask', () => {
    expect(ask('Quero cobrar frete fixo de R$ 12 para Grande São Paulo. Como faço essa faixa de CEP nas regras de envio?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Onze stagiaire moet kortingscodes kunnen aanmaken, maar mag de uitbetalingen niet zien. Welke rechten moet ik aanvinken?', { family: 'permissions' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Unser Anwalt hat uns erklärt, dass Impressum und AGB im Footer stehen müssen, sonst droht eine Abmahnung. Wie bekomme ich die Seiten in den Footer?', { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(ask('Können Sie uns den Vertrag zustellen oder ist das irgendwo im Admin abrufbar?', { family: 'contract' }).factors.security_identity.level).toBe('low');
    // Aimed at us, or asked of us, they still count.
    expect(ask('Our lawyer says we will sue you if the data is not back by Friday.', { family: 'outage' }).factors.customer_pressure.level).toBe('high');
    expect(ask('Please make Tom an admin on our account.', { family: 'permissions' }).factors.security_identity.level).toBe('high');
  });

  it('reads a chart or dashboard the customer wants of its own data as a how-to', () => {
    expect(ask('Hello, I need a chart of shrink (damaged, expired, stolen) as a % of sales per store. When I divide in a calculated field it sums. What am I doing wrong?', { family: 'feature_access' }).factors.security_identity.level).toBe('low');
    expect(ask('I need a refund for the dashboard add-on, we never used it.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a price question, an elision and a settled matter the same under a disguise', () => {
    const price = 'Is there a way to add 10 temp seats and what does that cost?';
    for (const name of ['letters spaced out', 'combining marks'] as DisguiseName[]) {
      expect(ask(disguiseText(price, name), { family: 'usage_limits' }).factors.policy_sensitivity.level, name).toBe('medium');
      expect(ask(disguiseText("Vorrei che l'account passasse a me e che la sua email non fosse più quella dell'amministratore.", name), { family: 'permissions' }).factors.security_identity.level, name).toBe('high');
    }
    expect(ask("Thanks for sorting out the double charge, the credit came through and that's all squared away, no need to reply on that. Can one floor plan have two rooms?", { family: 'feature_access' }).lane).toBe(1);
  });

  it('reads leaked tokens, a lost owner and concessions in engineering slang', () => {
    expect(ask("one of our devs pushed a .env to a public github repo. contains a token. need you to tell us whether anything used it between 09:12 and 09:55", { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('nessuno di noi ha il ruolo di proprietario dell\'organizzazione. Come facciamo a riprendere il controllo?', { family: 'permissions' }).factors.security_identity.level).not.toBe('low');
    expect(ask("it ran every minute all weekend, ~61k minutes. our bad, obviously. can you guys eat most of that?", { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('No nos parece justo que eso cuente para nuestro consumo del mes; ¿lo podéis dejar a cero?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('¿Habría forma de que tuvierais un detalle con nosotros esta vez?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Queremos passar já para o Standard e que acertem connosco a diferença dos meses que faltam.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Bitte sorgen Sie dafür, dass künftig ich für das Konto zuständig bin.', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    expect(ask('Is there any way you could make all of that test stuff vanish on your end?', { family: 'feature_access' }).factors.action_irreversibility.level).toBe('high');
    expect(ask('Als dit volgende week niet is opgelost, zijn we weg.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    // A detail is no favour, and a token rotated on schedule is no leak.
    expect(ask('Un detalle: ¿dónde cambio el logo de la factura?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
  });

  it('reads a refund an insurer pays and one the practice gives a patient as no ask of us', () => {
    expect(ask("Mes patients me demandent une facture pour se faire rembourser par leur mutuelle. Est-ce que l'application peut générer une facture après chaque séance ?", { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Occasionally the partners will want to refund the fee, for example if a patient was in hospital. Where do I do that from our side?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Estamos a rever os nossos procedimentos. No plano Standard, quantos fisioterapeutas podemos ter?', { family: 'usage_limits' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Kann ich bei einzelnen Patienten einstellen, dass sie nur noch E-Mail-Erinnerungen bekommen?', { family: 'feature_access' }).factors.action_irreversibility.level).toBe('low');
    expect(ask('Se isso nunca foi necessário, queremos reaver esse valor.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a fee asked away in an idiom, a price held and a charge asked not to be made', () => {
    expect(ask('Ci avete addebitato la mora di 30 € sul pagamento di ottobre. Si può chiudere un occhio stavolta?', { family: 'billing' }).lane).toBe(3);
    expect(ask('Could you turn a blind eye to the late fee this one time?', { family: 'billing' }).lane).toBe(3);
    expect(ask('Podríais mantenernos las condiciones actuales? Quiero decir, ¿nos mantendríais el precio de este año tras la renovación?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Zwei Räume waren den ganzen Monat gesperrt. Könnten Sie in Erwägung ziehen, uns die beiden nicht zu berechnen?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('De scanner stond drie weken stil. Zou het niet redelijk zijn om ons tegemoet te komen voor die weken?', { family: 'billing' }).factors.action_irreversibility.level).toBe('high');
    // Asked how to do it oneself, the same impersonal opener asks nothing of us.
    expect(ask("Kann man einzelne Berichte vom automatischen Löschen ausnehmen?", { family: 'feature_access' }).factors.action_irreversibility.level).toBe('low');
  });

  it('reads a claim reserved, a data authority and someone still getting in as high', () => {
    expect(ask('Sollte das bis Freitag nicht behoben sein, behalten wir uns vor, den Schaden bei Ihnen geltend zu machen.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask("Sans réponse d'ici lundi, nous saisirons l'Autorité de protection des données.", { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask('I removed her account on Monday. How is she still getting in, and can you lock her out for good?', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('Mijn moeder woont in een van jullie locaties. Welke gegevens over haar hebben jullie, en wie kan erbij?', { family: null }).factors.security_identity.level).toBe('high');
  });

  it("reads a threat someone else makes, a table sat at and the customer's own make-good as no ask of us", () => {
    expect(ask('Een cursist is het oneens met zijn cijfer en dreigt naar de geschillencommissie te stappen. Kan hij het beoordelingsformulier zelf inzien?', { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(ask("We'll make it right on our side: I want to give him back two hours of desk credits. How do I add credits to a member's balance?", { family: 'feature_access' }).lane).toBe(1);
    expect(ask('Als de export vrijdag nog niet werkt, ga ik met het team om tafel om naar andere aanbieders te kijken.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask('Is there a known issue with the calendar sync on Android?', { family: 'feature_access' }).factors.missing_context.level).toBe('low');
    expect(ask('Your colleague said on the phone that the sync failure is a known issue. Any update?', { family: 'outage' }).factors.missing_context.level).toBe('high');
  });

  it("reads another person's data asked away, a fee given up and a way we are going to make good", () => {
    expect(ask('Meu filho saiu da escola em julho. Podem apagar tudo que vocês têm sobre ele?', { family: null }).factors.security_identity.level).toBe('high');
    expect(ask('Un ancien formateur nous demande que tout ce qui le concerne soit effacé. Vous pouvez le faire de votre côté ?', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('Veio uma multa de atraso na fatura de outubro. Vocês podem abrir mão dessa multa?', { family: 'billing' }).lane).toBe(3);
    expect(ask('La plataforma estuvo caída toda la mañana del examen. ¿Cómo nos lo vais a compensar?', { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Llevamos meses con el mismo fallo y nos estamos replanteando seguir con vosotros. Decidnos algo.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask('Ik ben nieuw als docent. Zit de rapportfunctie in het abonnement van onze school?', { family: 'feature_access', organization: { available: true, value: null } }).factors.missing_context.level).toBe('high');
  });

  it("reads reconsidering, a colleague's mail, a token that still works and a send nobody made as high, and a relative 'who' as none", () => {
    expect(ask('Ehrlich gesagt überdenken wir gerade, ob wir bei euch bleiben. Drei Monate ohne Lösung.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask("We're thinking of switching the reminders on next month. Where is the setting?", { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(ask('Für eine interne Prüfung brauchen wir alle Nachrichten, die unser Mitarbeiter Herr B. verschickt hat. Bitte senden Sie uns einen Export.', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask("We removed the contractor last week but his deploy key still works. What else did it touch?", { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('Ontem saiu uma newsletter da nossa conta que ninguém criou. Quem entrou?', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('The learners who logged in this morning cannot see the banner. Am I missing a setting?', { family: 'feature_access' }).factors.security_identity.level).toBe('low');
  });

  it('reads a hold for unusual activity, a supervisor of banks, a fee hoped away and an account moved to someone else', () => {
    expect(ask('Mi cuenta aparece bloqueada por seguridad. Si mañana sigue así, presentaré una queja ante el Banco de España.', { family: null }).lane).toBe(3);
    expect(ask('Er staat een afschrijving van € 12 op die ik niet herken. Kunnen jullie de pas vervangen?', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('The card expired and a £40 late charge came on top. Given it was our first time, I would hope that can go.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Können Sie uns bei der Gebühr kulant sein?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('I sold the shop. Can you move the subscription into his account from March?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    // A Dutch customer ("klant") is no German goodwill ("kulant").
    expect(ask('Hoe zet ik een klant op inactief zonder zijn facturen te verliezen?', { family: 'feature_access' }).factors.policy_sensitivity.level).toBe('low');
  });

  it('reads a chance asked of us, a charge asked not to be made and a legal step already taken', () => {
    expect(ask('Our launch party will go over the message quota. Any chance you could not bill the extra messages this once?', { family: 'usage_limits' }).lane).toBe(3);
    expect(ask('Any chance you have a guide for the quota page?', { family: 'usage_limits' }).lane).toBe(1);
    expect(ask('We closed the second office in March. We would just like what we paid for the rest of the year back.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Das Modul fällt seit Tagen aus. Ich habe die Sache inzwischen unserer Rechtsanwältin übergeben.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    // A lawyer who is a user of the product is no legal step.
    expect(ask('Our lawyer cannot find the export button. Where is it?', { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(ask('Kunnen jullie hem ook een account geven in onze werkruimte? Hij werkt niet bij ons.', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    expect(ask('Can you add two seats to our workspace and send them the invites?', { family: 'permissions' }).factors.security_identity.level).not.toBe('high');
  });

  it('reads a kinder price, who pays after an outage and a portal called a maze', () => {
    expect(ask('Vamos dobrar o número de utilizadores. Conseguem fazer-nos um preço mais em conta?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Der Import stand zwei Tage still und wir mussten Aushilfen bezahlen. Wer kommt dafür eigentlich auf?', { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Who pays the SMS fees when a patient replies, us or the patient?', { family: 'feature_access' }).factors.policy_sensitivity.level).not.toBe('high');
    expect(ask('Honestly your admin area is a maze. Where do I change the currency?', { family: 'feature_access' }).factors.customer_pressure.level).toBe('medium');
  });

  it('reads leaving said sideways, part of a fee asked away and another person erased or let in', () => {
    expect(ask('As etiquetas continuam a falhar. Se não ficar resolvido até sexta, vamos ter de rever a parceria com vocês.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask('Für nächstes Jahr haben wir Angebote von zwei anderen Anbietern eingeholt. Die Ladezeiten sind so nicht tragbar.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask("We're thinking of switching on the reminders next month. Where is the setting?", { family: 'feature_access' }).factors.customer_pressure.level).toBe('low');
    expect(ask("Nos équipes n'ont presque pas utilisé l'outil en janvier. Est-ce qu'on pourrait ne payer qu'une partie de l'abonnement ce mois-ci ?", { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Onze oud-collega is uit dienst. Kunnen jullie zijn profiel met alle gegevens definitief wissen?', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask("Pourriez-vous me donner accès à son espace ? Elle a quitté l'entreprise.", { family: 'permissions' }).factors.security_identity.level).toBe('high');
    // Erasing one's own things erases no other person's.
    expect(ask('How do I wipe my own profile picture?', { family: 'feature_access' }).factors.security_identity.level).toBe('low');
  });

  it('reads room on the price asked as possible, how a matter stands, and a letter from counsel coming', () => {
    expect(ask('Die Saison war schwach. Ist beim Preis für die zwei Standorte noch Luft nach unten?', { family: 'billing' }).lane).toBe(3);
    expect(ask('Ficámos fechados o mês inteiro. Dá para nos devolverem a mensalidade de março?', { family: 'billing' }).lane).toBe(3);
    expect(ask('O painel esteve em baixo quatro horas. E como fica a mensalidade deste mês? Não me parece justo pagar por inteiro.', { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('How do I export the list of failed payments?', { family: 'feature_access' }).lane).toBe(1);
    expect(ask("None of the alerts reached us. Our general counsel is collecting the logs and I'd expect a letter from her office.", { family: 'outage' }).factors.customer_pressure.level).toBe('high');
  });

  it("reads a concession the customer gives, beside a question of how the product works, as the customer's own", () => {
    expect(ask('Members who pay yearly get a discount of two months from us. Can the renewal reminder mention it automatically?', { family: 'feature_access' }).lane).toBe(1);
    // Said of us, or asked of us, it still counts.
    expect(ask('You refunded only half of it. Does the report show partial refunds?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Members who pay yearly get a discount of two months from us. Can you give us the same discount?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it("reads another person's records asked for in a pronoun, a threat after a colon and a board that asks for quotes", () => {
    expect(ask("Ma fille a passé l'examen en mai et elle a besoin de son relevé de notes. Pouvez-vous me l'envoyer à cette adresse ?", { family: null }).factors.security_identity.level).toBe('high');
    expect(ask('Tre dei nostri tirocinanti hanno fatto la prova. Potete inviarmi i loro risultati?', { family: null }).factors.security_identity.level).toBe('high');
    expect(ask("Le fatture sono partite in ritardo. E sia chiaro: se arriva una multa, ci vedremo nelle sedi opportune.", { family: 'outage' }).factors.customer_pressure.level).toBe('high');
    expect(ask('La junta directiva me ha pedido que pida presupuesto a otras plataformas antes de fin de mes.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    // A record of one's own, sent to oneself, is no other person's.
    expect(ask('I passed the exam in May. Can you send me my certificate again?', { family: 'documentation' }).factors.security_identity.level).not.toBe('high');
  });

  it('reads a change asked by a requester no organization vouches for as missing the account', () => {
    const noOrg = { organization: { available: true, value: null } } as const;
    expect(ask('I sat the exam through your platform. Please change question 12 on my paper to correct, the model answer was wrong.', { family: null, ...noOrg }).factors.missing_context.level).toBe('high');
    expect(ask('Where do I find the exam timetable?', { family: 'documentation', ...noOrg }).factors.missing_context.level).toBe('low');
  });

  it('reads a wish that we do it, a favour asked for us and an ask after a colon as requests', () => {
    expect(ask('Der Export lief zwei Tage nicht. Es wäre fair, wenn ihr uns das auf der nächsten Rechnung ausgleicht.', { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Het dashboard lag een ochtend plat, dus het zou netjes zijn als jullie ons daarvoor compenseren op de factuur.', { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
    // A wish for how the product looks asks nothing of us.
    expect(ask('Es wäre schön, wenn das Dashboard einen dunklen Modus hätte. Wo stelle ich die Farben ein?', { family: 'feature_access' }).lane).toBe(1);
    expect(ask('De nieuwe kalender staat nog in bèta: kunnen jullie hem voor ons account aanzetten?', { family: 'feature_access' }).lane).not.toBe(1);
    expect(ask('Our driver Tomasz left in May. Could somebody over there email me his timesheets from April?', { family: null }).factors.security_identity.level).toBe('high');
  });

  it('reads units asked not to count, or to count for less, on what is billed as an exception', () => {
    expect(ask('Our invoice counts every seat. Eleven of those seats were interns who never logged in. Would it be possible for those eleven not to count this quarter?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('We betalen het volle tarief voor elke deelnemer. Zouden de deelnemers die maar één dag komen voor ons als halve deelnemer kunnen meetellen?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    // Counting asked about, not asked to be lessened, is a question of how we bill.
    expect(ask('How do you count an active seat on the invoice?', { family: 'billing' }).factors.policy_sensitivity.level).not.toBe('high');
  });

  it('reads something done in the account that no one on the customer side did as suspicious activity', () => {
    expect(ask('Tres usuarios nuevos aparecieron anoche en el panel. Nadie del equipo los ha creado. ¿Cómo veo desde qué IP se conectaron?', { family: 'security' }).factors.security_identity.level).toBe('high');
    expect(ask('Our shop tablet was stolen from the counter last night. Please sign it out of every session.', { family: 'security' }).factors.security_identity.level).toBe('high');
    // Nobody asking for it yet is no one's act.
    expect(ask("No one has asked for it yet, but how would I delete a member's history?", { family: 'documentation' }).factors.security_identity.level).not.toBe('high');
  });

  it("reads a reply subject as a settled thread when the message opens by settling it", () => {
    expect(ask('Thanks, that one is closed now. New question: where do I change the logo on the booking page?', { subject: 'Re: the refund for March', family: 'feature_access' }).lane).toBe(1);
    // Settling nothing, the subject still names the matter.
    expect(ask('Any news on this? It has been a week.', { subject: 'Re: the refund for March', family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a step down a plan, a count gone down, and a charge we are counted on not to take', () => {
    // A plan change only weighed is no change asked, and it still is no plain how-to.
    expect(ask('If we moved from Pro down to Starter next month, which reports would we lose?', { family: 'feature_access' }).lane).toBe(2);
    expect(ask("We're down to 40 staff after the merger. Where do I deactivate the ones who left?", { family: 'permissions' }).factors.missing_context.level).toBe('low');
    expect(ask('Die Kasse war zwei Tage gestört. Wir gehen davon aus, dass Sie uns für März nicht den vollen Betrag berechnen.', { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads a look asked as the way to a change as the change', () => {
    const noOrg = { organization: { available: true, value: null } } as const;
    expect(ask('My trainer marked my essay 4 of 10. Can you check the marking and correct it in your system?', { family: null, ...noOrg }).factors.missing_context.level).toBe('high');
    // Looking alone asks to be told.
    expect(ask('Can you check whether the export finished?', { family: 'documentation' }).lane).toBe(1);
  });

  it("reads a missing letter only in a word that is a phrase of its own, so another language's words stay themselves", () => {
    expect(ask('We were charged twice, please refnd the second payment.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    // "Reise" (a journey) and "beachten" (to mind) are words, not "remise" or "breach".
    expect(ask('Die Kasse zeigt den Preis falsch an. Welche Preise sollen wir auf der Reise-Seite zeigen?', { family: 'feature_access' }).factors.policy_sensitivity.level).not.toBe('high');
    expect(ask('Bitte beachten Sie, dass unsere Filiale umzieht. Wo ändere ich die Adresse?', { family: 'feature_access' }).factors.security_identity.level).toBe('low');
  });

  it('reads a concession the German order declines after it, "brauchen wir nicht"', () => {
    expect(ask('Das Webinar ist gestern abgebrochen. Eine Gutschrift brauchen wir nicht, es war kostenlos. War das ein Fehler bei Ihnen?', { family: 'outage' }).factors.policy_sensitivity.level).toBe('low');
    expect(ask('Das Webinar ist gestern abgebrochen. Eine Gutschrift brauchen wir trotzdem.', { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads another price asked for, and a price asked to be kept, as an exception', () => {
    expect(ask('Vanaf april betalen we € 4 per gebruiker meer. Kunnen jullie ons het oude tarief laten houden tot de zomer?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Wir sind jetzt dreimal so groß wie beim Start. Mit dieser Größe wäre doch ein niedrigerer Preis pro Nutzer möglich?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask("Your new pricing starts in May. We signed up on the founders' rate and we'd like to stay on it for another year.", { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    // Asking to understand a price difference asks for no other price.
    expect(ask("J'aimerais comprendre la différence de prix entre rester en Pro et passer en Business.", { family: 'billing' }).factors.policy_sensitivity.level).toBe('medium');
  });

  it('reads leaving weighed by the people who decide, and a fair wish or a trust that we make it good', () => {
    expect(ask("C'est la troisième panne ce mois-ci. Notre direction se demande si vous êtes toujours le bon choix pour nous.", { family: 'outage' }).factors.customer_pressure.level).toBe('high');
    expect(ask('The board has asked me to price up other tools before we renew.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask('Il sistema era fermo tre giorni. Ci sembra giusto che il canone di quei giorni ci venga scalato dalla fattura.', { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask("The reminders failed all week and the partners noticed. I trust you'll do the right thing on our next invoice.", { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
    // A board of the product's own is no one deciding.
    expect(ask('Can I still move cards to another board after the sprint closes?', { family: 'feature_access' }).lane).toBe(1);
  });

  it("reads an account taken over by someone else and another person's booking asked for", () => {
    expect(ask('Ich verkaufe das Geschäft. Frau Lenz soll ab Mai das Konto übernehmen, ich brauche dann keinen Zugang mehr.', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    expect(ask('My sister stayed at a hotel that uses your system last week. Please send me her reservation with the room number.', { family: null }).factors.security_identity.level).toBe('high');
  });

  it('reads what a named product can do as a how-to, and a charge asked off the bill in the conditional as a concession', () => {
    expect(ask('Guests who cancel late pay a fee to us. Can Roomdesk take that fee automatically from the card on file?', { family: 'feature_access' }).lane).toBe(1);
    // Someone named getting something is asked for them.
    expect(ask('Can Marta get a refund for the second seat?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('Our test run created 400 fake sessions on the October statement. Could those sessions come off the invoice?', { family: 'billing' }).lane).toBe(3);
    expect(ask("The portal was down the whole first week, so I expect we are not paying for that week.", { family: 'outage' }).factors.policy_sensitivity.level).toBe('high');
  });

  it('reads the authority told of us, set after a colon, as a threat', () => {
    expect(ask('Die Löschfristen greifen nicht. Ganz offen: Wenn das ein Fehler bei Ihnen ist, werden wir das der Aufsichtsbehörde so melden.', { family: 'security' }).factors.customer_pressure.level).toBe('high');
  });

  it('reads a look asked as the way to data sent as the hand-over', () => {
    const noOrg = { organization: { available: true, value: null } } as const;
    expect(ask('A van scraped my bike outside the depot on Friday. Could you check which vans were out at 5pm and send me the footage?', { family: null, ...noOrg }).lane).toBe(3);
  });

  it("reads a firm's own lawyers as its staff, and a lawyer set to act as a threat", () => {
    expect(ask('Somos 12 abogados en el plan Business y vamos a ser 15 en marzo. ¿Cuánto costaría el plan Enterprise por usuario?', { family: 'billing' }).factors.customer_pressure.level).not.toBe('high');
    expect(ask('Wenn das bis Freitag nicht geklärt ist, übergebe ich die Sache unserem Anwalt.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
    expect(ask('This is the third wrong invoice. Our lawyers will be in touch.', { family: 'billing' }).factors.customer_pressure.level).toBe('high');
  });

  it("reads a question of what another person's login did as asking for their activity", () => {
    expect(ask('Our former bookkeeper left on Friday. Can you tell us whether his account downloaded any reports last week?', { family: 'security' }).factors.security_identity.level).toBe('high');
  });

  it("reads a contract the customer makes with others as its own paperwork", () => {
    expect(ask('We need a lease agreement signed by both tenants before the keys go out. How do I set two signers in parallel?', { family: 'feature_access' }).lane).toBe(1);
    expect(ask('Hemos preparado un contrato de alquiler con dos inquilinos. ¿Cómo añado un segundo firmante?', { family: 'feature_access' }).lane).toBe(1);
    // Its contract with us still asks a contract question.
    expect(ask('Our contract with you renews in March. Can we move the renewal date?', { family: 'contract' }).factors.policy_sensitivity.level).not.toBe('low');
  });

  it('reads a concession the customer wishes to give its own people, beside a how-to, as its own', () => {
    expect(ask('Vorremmo dare uno sconto del 15% agli iscritti entro marzo. Come si imposta un codice con scadenza?', { family: 'feature_access' }).lane).toBe(1);
    // Wished for itself, it is asked of us.
    expect(ask('Vorremmo uno sconto del 15% sul rinnovo. Come si imposta un codice con scadenza?', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask('É possível mudar o logótipo do portal? Não encontro a opção.', { family: 'feature_access' }).lane).toBe(1);
  });

  it('reads a risk word in a feature name that heads a thing of the product as the feature', () => {
    expect(ask('Can I change how often the Breach Alert email goes out? Daily is too much.', { family: 'feature_access' }).factors.security_identity.level).toBe('low');
    // A breach told of, capitals or not, is still one.
    expect(ask('We think we had a Data Breach last night: someone exported our contacts.', { family: 'security' }).factors.security_identity.level).toBe('high');
  });

  it('reads not renewing as a threat in each language, and a step supposed in the verb or after "als" as none', () => {
    for (const text of ['Não vamos renovar a assinatura em março.', 'Non rinnoveremo il contratto a gennaio.', 'Wij verlengen het abonnement niet meer.', 'Nous ne renouvellerons pas notre abonnement.', 'Wir werden den Vertrag nicht verlängern.']) {
      expect(ask(text, { family: 'feature_access' }).factors.customer_pressure.level, text).toBe('high');
    }
    expect(ask('Só para planejamento, não estamos pensando em sair: se algum dia cancelarmos, por quanto tempo guardam os dados?', { family: 'documentation' }).factors.customer_pressure.level).not.toBe('high');
    expect(ask('Wat is de opzegtermijn als we niet automatisch willen verlengen?', { family: 'contract' }).factors.customer_pressure.level).not.toBe('high');
  });

  it('reads the same powers as the asker given to someone named before as an access grant', () => {
    expect(ask('Da lunedì la nuova direttrice, anna.riva@example.com, deve avere gli stessi poteri che ho io. Potete abilitarla voi da lunedì?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
  });

  it("reads a 'not' inside an if-clause as a condition set, not a concession declined", () => {
    expect(ask('Unser Vertrag läuft im März aus. Wenn Sie uns beim Preis nicht entgegenkommen, wird die Entscheidung einfach.', { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    expect(ask("Als jullie ons niet tegemoetkomen met een korting, stappen we over.", { family: 'billing' }).factors.policy_sensitivity.level).toBe('high');
    // A "not" outside any condition still declines.
    expect(ask('Einen Rabatt wollen wir nicht, nur die richtige Rechnung.', { family: 'billing' }).factors.policy_sensitivity.level).not.toBe('high');
  });

  it("reads someone given another person's access, and staying that is hard to justify", () => {
    expect(ask('Tom runs the Leith desk while Ana is on leave. Could you give him the same setup as her until May, please?', { family: 'permissions' }).factors.security_identity.level).toBe('high');
    expect(ask('A rival keeps calling to say they would bring us across at no cost. I keep saying no, though it is hard to justify now.', { family: 'feature_access' }).factors.customer_pressure.level).toBe('high');
  });
});
