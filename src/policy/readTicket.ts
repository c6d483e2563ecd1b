import { TYPO_TOLERANT_CONCEPTS, type Concept } from './defaultLexicon';
import type { Policy } from './policy';
import { compileLexicon, type CompiledLexicon } from './text/compileLexicon';
import { modelWords } from './learned/modelFeatures';
import { nameWords } from './text/findOwnContent';
import { ASKS_OUR_PRICE, isBackground, readMessage, type ActionAsk, type Asks, type TextFinding, type TextReading } from './text/readMessage';
import type { SentenceRole } from './text/readSentenceRoles';
import { ISSUE_FAMILIES, type Domain, type Evidence, type IssueFamily, type OrganizationInput, type TicketInput } from './types';

/** One thing the customer said that names a concept. */
export interface Mention {
  concept: string;
  /** The words as the customer wrote them. */
  quote: string;
  /** Where: `subject`, `description` or `comment:<id>`. */
  ref: string;
  /** The sentence is a how-to question ("how do I ...", "where can I ..."). */
  howTo: boolean;
  /** What the sentence does: asks us for something, asks how, asks, or tells. */
  role: SentenceRole;
  /** The sentence speaks to us ("you", "please"). */
  addressed: boolean;
  /** The sentence announces or conditions a step ("we will", "unless", "we have informed"). */
  stepAnnounced: boolean;
  /** The sentence asks for information only ("can you tell me ..."). */
  info: boolean;
  /** The sentence sets a condition ("if ...", "unless ...", "otherwise ..."). */
  conditional: boolean;
  /** The concept stands in an if-clause about the customer's own step: "if we ever had to cancel". */
  hypothetical: boolean;
  /** The sentence's words as read, folded and one space apart: what sentence patterns are tested on. */
  folded: string;
  /** The whole sentence, as written (cut to a quotable length). */
  sentence: string;
  /** Set when the concept was read from how the sentence is built, not from a phrase: what shows it. */
  inferredBecause?: string;
}

/**
 * Everything the factors read, computed once per ticket: what the customer is asking now,
 * and the account facts from the systems of record.
 */
export type { ActionAsk, Asks };

export interface TicketReading {
  input: TicketInput;
  policy: Policy;
  nowMs: number;
  mentions: ReadonlyMap<string, readonly Mention[]>;
  /** Concepts the customer named only to say they do not want them. */
  declined: ReadonlySet<string>;
  /** What the customer's sentences do: ask a question, ask how, or ask us to do something (`action`). */
  asks: Asks;
  /** The first sentence that asks us to do something, when one does. */
  actionAsk: ActionAsk | null;
  organization: OrganizationInput | null;
  family: { value: IssueFamily | null; basis: 'confirmed' | 'inferred'; evidence: Evidence | null };
  domains: Domain[];
  domainEvidence: Evidence[];
  contactsInWindow: number | null;
  renewalInDays: number | null;
  /** The customer's messages as read (subject first), for the learned reader. */
  texts: string[];
}

const compiled = new WeakMap<object, CompiledLexicon>();

/** Compiles the policy's lexicon once per lexicon object. */
export function lexiconOf(policy: Policy): CompiledLexicon {
  let c = compiled.get(policy.lexicon);
  if (!c) {
    c = compileLexicon(policy.lexicon, TYPO_TOLERANT_CONCEPTS);
    compiled.set(policy.lexicon, c);
  }
  return c;
}

const DAY_MS = 86_400_000;

const DOMAIN_OF_CONCEPT: Partial<Record<Concept, Domain>> = {
  refund: 'billing', credit: 'billing', billing_adjustment: 'billing', discount: 'billing', waiver: 'billing', billing: 'billing',
  plan_change: 'billing', downgrade: 'billing', cancellation: 'billing',
  contract: 'contract', entitlement_dispute: 'contract',
  access_recovery: 'security', ownership: 'security', compromise: 'security', third_party_data: 'security',
  identity_change: 'security', security_general: 'security',
  privilege_change: 'permissions', permissions_general: 'permissions',
  outage: 'outage', provisioning: 'provisioning', usage_limits: 'usage_limits', feature_access: 'feature_access',
};

const DOMAIN_OF_FAMILY: Record<IssueFamily, Domain | null> = {
  documentation: null, feature_access: 'feature_access', billing: 'billing', permissions: 'permissions',
  provisioning: 'provisioning', usage_limits: 'usage_limits', contract: 'contract', outage: 'outage',
  security: 'security',
};

// When the family field is empty, the most consequential domain named decides it.
const FAMILY_BY_DOMAIN: readonly [Domain, IssueFamily][] = [
  ['security', 'security'], ['contract', 'contract'], ['billing', 'billing'], ['outage', 'outage'],
  ['permissions', 'permissions'], ['provisioning', 'provisioning'], ['usage_limits', 'usage_limits'],
  ['feature_access', 'feature_access'],
];

// With no domain named, how the customer talks about the product tells the family.
const FAMILY_BY_WORDS: readonly [Concept, IssueFamily][] = [
  ['usage_talk', 'usage_limits'], ['feature_talk', 'feature_access'], ['documentation_talk', 'documentation'],
];

/** Reads a ticket once for all factors. Pure: time comes in as `nowMs`. */
export function readTicket(input: TicketInput, policy: Policy, nowMs: number): TicketReading {
  const lexicon = lexiconOf(policy);
  const mentions = new Map<string, Mention[]>();
  const declined = new Set<string>();
  /** Concepts named only as the subject matter of a how-to: they tell the family, and raise nothing. */
  const topics = new Map<string, Topic>();
  const asks: Asks = { question: false, howto: false, action: false, thanks: false, shouting: false };
  const org = input.organization.available ? input.organization.value : null;
  const orgWords = nameWords(org?.name);
  const orgKey = orgWords.join(' ');
  const messages: { ref: string; text: string; read: TextReading }[] = [];
  for (const m of customerMessages(input)) messages.push({ ref: m.ref, text: m.text, read: readMessage(m.text, lexicon, orgKey, orgWords) });
  // The subject heads the first message: it is background to a how-to as that message's own lines are.
  let first: (typeof messages)[number] | undefined;
  for (const m of messages) if (m.ref !== 'subject') first = m;
  let actionAsk: ActionAsk | null = null;
  // "Never mind, sorted it. Thanks": when the latest message takes the ask back, what came before asks nothing now.
  const latest = messages.find((m) => m.ref !== 'subject');
  const withdrawn = latest !== undefined && takesBack(latest.read);
  // A ticket staff filed as a product question: "does the counter reset on our billing date?" asks about the product.
  const familyField = input.fields.issueFamily;
  const productFamily = familyField.available && familyField.value !== null && PRODUCT_FAMILIES.has(familyField.value);
  // With no family filed, a message that asks how to do something asks about the product as one filed so would.
  const unfiled = familyField.available && familyField.value === null;
  // "Re: the March refund" over "Thanks, that one is closed. New question: …": the subject names a settled thread.
  const settledThread = first !== undefined && REPLY_SUBJECT.test(input.subject ?? '') && opensBySettling(first.read.text);
  for (const { ref, read } of messages) {
    if (ref === 'subject' && settledThread) continue;
    // A report of an attack, a threat or someone's access stays, whatever is taken back after it.
    const earlier = withdrawn && ref !== latest.ref;
    if (!earlier) {
      if (read.actionQuote && ref !== 'subject') actionAsk ??= { quote: read.actionQuote, ref };
      asks.question ||= read.asks.question;
      asks.howto ||= read.asks.howto;
      // "Delete a test client" heads a message that asks how to: the subject names the task.
      asks.action ||= read.asks.action && !(ref === 'subject' && first?.read.howToMessage === true && first.read.asks.howto);
      asks.thanks ||= read.asks.thanks;
    }
    // "Sorry for the caps, found it": settling the ask does not unsay the anger.
    asks.shouting ||= read.asks.shouting;
    const howToMessage = ref === 'subject' ? (first?.read.howToMessage ?? false) : read.howToMessage;
    for (const found of read.findings) {
      const f = earlier && !KEPT_AFTER_WITHDRAWAL.has(found.concept) ? settledComplaint(found) : found;
      if (f === null) continue;
      // The subject is a headline: "recurring invoices on standard?" names what the how-to below asks.
      // "Change my password" heads "How do I change my own password?": over a how-to about it, the subject names its topic.
      // A subject that asks something the body does not turn into a how-to still asks it: "Refund the duplicate charge".
      const asRead = ref === 'subject' && isHeadline(f, first?.read) ? { ...f, role: 'statement' as const, addressed: false } : f;
      // "Chargeback Prevention Masterclass - drip by completion?" heads "We sell a course called Chargeback Prevention
      // Masterclass": what the body set aside as the customer's own, the subject only names.
      if (ref === 'subject' && first !== undefined && namedAsOwn(f, first)) continue;
      const background = howToMessage && isBackground(asRead);
      const ownBilling = !background && (productFamily || (unfiled && howToMessage)) && asksAboutBilledThing(f, ref === 'subject' ? (first?.read.asks ?? read.asks) : read.asks);
      if (background || ownBilling) {
        // "Where do I download last month's invoice?" raises nothing, and is still about billing.
        // "And then it goes on the invoice PDF?" in an unfiled how-to is the customer's own invoice: no billing topic.
        if (!topics.has(f.concept) && !(ownBilling && unfiled)) topics.set(f.concept, { ref, quote: f.quote });
        continue;
      }
      if (f.negated) {
        declined.add(f.concept);
        continue;
      }
      // "Can we add seats without paying for the month?" asks our leave: a request, not a how-to.
      // "Can I put a form up without a login for each receptionist?" asks how: leave is asked of a concession.
      // "Si può chiudere un occhio per questa volta?": asked of no one, a concession is asked of us too.
      const role = f.role === 'howto' && (f.permission || f.impersonal) && LEAVE_CONCEPTS.has(f.concept) ? 'request' : f.role;
      const mention: Mention = {
        concept: f.concept, quote: f.quote, ref, howTo: role === 'howto', role, addressed: f.addressed || role !== f.role,
        stepAnnounced: f.stepAnnounced, info: f.info, conditional: f.conditional, hypothetical: f.hypothetical, folded: f.folded, sentence: f.sentence,
        ...(f.inferredBecause ? { inferredBecause: f.inferredBecause } : {}),
      };
      const list = mentions.get(f.concept);
      if (list) list.push(mention);
      else mentions.set(f.concept, [mention]);
    }
  }
  for (const concept of mentions.keys()) declined.delete(concept);

  const organization = input.organization.available ? input.organization.value : null;
  const family = readFamily(input, mentions, topics, plainQuestion(asks, mentions, messages));
  const { domains, evidence: domainEvidence } = readDomains(input, family.value, family.basis, mentions, asks.action);
  return {
    input,
    policy,
    nowMs,
    mentions,
    declined,
    asks,
    actionAsk,
    organization,
    family,
    domains,
    domainEvidence,
    contactsInWindow: countContacts(input, policy, nowMs),
    renewalInDays: daysUntil(organization?.renewalDate ?? null, nowMs),
    texts: messages.filter((m) => !withdrawn || m.ref === latest.ref).map((m) => m.read.text),
  };
}

/**
 * Whether a subject's finding only heads the first message: a low-risk question or request over a
 * how-to ("recurring invoices on standard?"), or a request or question the how-to itself asks about
 * ("Change my password" over "How do I change my own password?", "refund to a customer??" over
 * "how do I do a partial refund on the job invoice?").
 */
function isHeadline(f: TextFinding, body: TextReading | undefined): boolean {
  if (f.role !== 'question' && f.role !== 'request') return false;
  if (!RISKY_HEADLINE.has(f.concept) && (f.role === 'question' || body?.asks.howto === true)) return true;
  return body !== undefined && body.findings.some((g) => g.concept === f.concept && g.role === 'howto');
}

/** Whether the body repeats the subject's words and found nothing of that concept there: it set them aside as the customer's own. */
function namedAsOwn(f: TextFinding, body: { text: string; read: TextReading }): boolean {
  // "Breach Monitor - filter by folder?" over a how-to whose "known breaches" are what the report shows: the body counted none.
  // "DPIA question - breach notification" over "if you had a breach, how would you tell us?": the body only supposes it.
  if (f.quote.length < 4 || body.read.findings.some((g) => g.concept === f.concept && !g.hypothetical && !(body.read.howToMessage && isBackground(g)))) return false;
  const quote = f.quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${quote}(?!\\p{L})`, 'iu').test(body.read.text);
}

/** Whether a message only takes back what was asked: it withdraws, and asks nothing new. */
function takesBack(read: TextReading): boolean {
  if (read.asks.action || read.asks.question || read.asks.howto) return false;
  // A short closing message that withdraws and says nothing else: "Never mind, sorted it. Thanks!"
  if (read.text.length > WITHDRAWAL_MAX_CHARS) return false;
  return read.findings.some((f) => f.concept === 'withdrawal' && !f.negated) && read.findings.every((f) => f.concept === 'withdrawal' || f.concept === 'thanks' || CLOSING_TOPICS.has(f.concept));
}
const WITHDRAWAL_MAX_CHARS = 200;
// What a closing message may name besides: "a filter was on", "the report works now".
const CLOSING_TOPICS: ReadonlySet<string> = new Set(['feature_talk', 'usage_talk', 'documentation_talk']);
/** What an earlier message still says once the ask is taken back: its anger, as frustration; nothing else. */
function settledComplaint(f: TextFinding): TextFinding | null {
  if (f.concept === 'frustration') return f;
  return f.concept === 'severe_dissatisfaction' ? { ...f, concept: 'frustration' } : null;
}
const KEPT_AFTER_WITHDRAWAL: ReadonlySet<string> = new Set(['compromise', 'legal', 'access_recovery', 'third_party_data', 'identity_change', 'ownership', 'privilege_change', 'cancellation_threat']);

/** The customer's own words: the subject, then each customer message without quotes or signature. */
function customerMessages(input: TicketInput): { ref: string; text: string }[] {
  const out: { ref: string; text: string }[] = [];
  // A problem ticket that staff opened gathers incidents: its words are the team's notes, not a customer's ask.
  if (isStaffProblem(input)) return out;
  if (input.subject) out.push({ ref: 'subject', text: input.subject });
  const requesterId = input.requester.available ? input.requester.value?.id ?? null : null;
  const fromCustomer = input.comments.filter((c) => {
    if (!c.public) return false;
    if (c.authorRole === 'end-user') return true;
    if (c.authorRole === null) return requesterId === null || c.authorId === requesterId;
    return false;
  });
  // Every message is read in full, latest first: reading is one pass over the text, so a long
  // thread costs its length and no more, and its end is never left unread.
  const messages = fromCustomer.length > 0
    ? fromCustomer.map((c) => ({ ref: `comment:${c.id}`, text: c.body }))
    : [{ ref: 'description', text: input.description }];
  for (let i = messages.length - 1; i >= 0; i--) out.push(messages[i]!);
  return out;
}

// What a subject cannot lose to the how-to under it unless the how-to asks about the same thing.
const RISKY_HEADLINE: ReadonlySet<string> = new Set([
  'refund', 'credit', 'discount', 'waiver', 'exception', 'billing_adjustment', 'entitlement_dispute', 'cancellation', 'downgrade', 'deletion',
  'legal', 'cancellation_threat', 'compromise', 'access_recovery', 'ownership', 'privilege_change', 'third_party_data', 'identity_change',
]);
const PRODUCT_FAMILIES: ReadonlySet<string> = new Set(['documentation', 'feature_access', 'usage_limits']);
// What makes a billing word about our charges: "why were we charged twice?", "the wrong amount".
// "Does each extra guest cost the same?" asks a price: that is a billing question too.
const OUR_CHARGES = /\b(?:(?:over)?charg|cost|kost|cout|cuest|cust|cobr|addebit|abgebucht|berechn|price|pricing|prix|preis|prijs|precio|preco|prezzo|tarif|fee|twice|double|doppelt|dubbel|extra|overage|refund|aparte|a parte)|\b(?:wrong amount|how much|combien|cuanto|quanto|wie ?viel|hoeveel|deux fois|dos veces|duas vezes|twee keer|due volte)\b/i;

/**
 * On a ticket filed as a product question, a billing word that is not about our charges names
 * the product's own matter ("does it sync payments back?"), unless the customer asks us for it
 * or speaks of its own bill with us. A statement counts so only beside a question.
 */
function asksAboutBilledThing(f: { concept: string; role: string; folded: string; info: boolean; addressed: boolean }, asks: Asks): boolean {
  // "I need to know: can the owner statement show each invoice as its own line?" asks to be told;
  // "Quero cobrar frete fixo de R$ 12" wants something of the customer's own, beside a how-to.
  if (f.concept !== 'billing' || (f.role === 'request' && !(f.info && ASKS_TO_KNOW.test(f.folded)) && (f.addressed || !asks.howto))) return false;
  // "A client couldn't send his invoice PDF" is background to a question; on its own it may be a want.
  if (f.role === 'statement' && !asks.question && !asks.howto) return false;
  // The sentence's words as read: a disguise ("c o s t", "cóst") changes nothing here.
  const sentence = f.folded;
  if (OUR_BILL.test(sentence) || CHARGED_US.test(sentence) || ASKS_OUR_PRICE.test(sentence)) return false;
  // "A late fee of $50 applies on the 6th", "a custom charge type on the tenant ledger": the customer's
  // own charges to its people, told or asked about beside a product question.
  if (f.role === 'statement' || (f.role === 'request' && !f.addressed) || THEIR_PAYERS.test(sentence)) return true;
  return !OUR_CHARGES.test(sentence);
}
// "I need to know", "dites-moi": a request to be told, not to be sent something.
const ASKS_TO_KNOW = /\b(?:know|tell|explain|understand|wissen|sagen|erklaren|savoir|dire|expliquer|saber|decir|explicar|dizer|weten|vertellen|uitleggen|sapere|dire|spiegare)\b/i;
// "We were charged twice", "you billed us", "nos cobraron": a charge to the customer, told.
const CHARGED_US = /\b(?:charged|billed|invoiced) (?:us|me|twice|double|two)\b|\b(?:we|i) (?:were|was|got|have been|'ve been|are being|am being|keep getting) (?:charged|billed|invoiced)|\b(?:weve|ive) been (?:charged|billed|invoiced)|\byou (?:charged|billed|invoiced)|\b(?:double|over)[- ]?charg|\b(?:nos|me) (?:han )?cobr|\b(?:uns|mir) (?:\p{L}+ )?(?:berechnet|abgebucht)|\bci (?:avete|hanno) addebitat|\bnous (?:a|avez|ont) (?:ete )?(?:factur|preleve|debit)|\bdeux fois|\bdos veces|\bduas vezes|\btwee keer|\bdue volte|\bdoppelt/iu;
// The people a customer bills: tenants, clients, buyers. "Customer" and "member" also name the customer itself.
const THEIR_PAYERS = /\b(?:tenants?|leaseholders?|residents?|clients|buyers?|shoppers?|patients?|subscribers|donors?|mieter\w*|\w*kunden|locataires?|inquilin[oia]s?|huurders?|pacientes?|alunos?|alumnos?|clienti|pazienti)(?:'s?)?\b/iu;
// "our invoice", "my subscription", "deine Rechnung": the customer's bill with us.
const OUR_BILL = /\b(?:our|my|your|unser[enms]?|mein[enms]?|ihr[enms]?|notre|nos|votre|vos|mon|ma|mes|nuestr[ao]s?|mis?|su|sus|noss[ao]s?|minhas?|meus?|sua|onze|ons|mijn|uw|jullie|nostr[aoie]|vostr[aoie]|mi[aoe]|miei)\s+(?:\p{L}+\s+)?(?:invoice|bill|billing|subscription|payment|card|renewal|plan|rechnung|abrechnung|abo|abonnement|zahlung|facture|paiement|carte|factura|suscripcion|pago|tarjeta|fatura|assinatura|pagamento|cartao|factuur|betaling|fattura|abbonamento|carta)(?!\p{L}* (?:date|day|cycle)\b)/iu;

// What asking our leave can be about: "can we add seats without paying?", "can we cancel mid-term?".
const LEAVE_CONCEPTS: ReadonlySet<string> = new Set([
  'refund', 'credit', 'discount', 'waiver', 'exception', 'entitlement_dispute', 'billing', 'billing_adjustment', 'plan_change',
  'downgrade', 'cancellation', 'contract', 'deletion', 'easy_change', 'provisioning',
]);

const STAFF_ROLES: ReadonlySet<string> = new Set(['agent', 'admin']);

/** Whether the ticket is a problem ticket opened by an agent or admin: internal, with no customer behind it. */
export function isStaffProblem(input: TicketInput): boolean {
  const role = input.requester.available ? input.requester.value?.role ?? null : null;
  return input.type === 'problem' && role !== null && STAFF_ROLES.has(role);
}

interface Topic {
  ref: string;
  quote: string;
}

function readFamily(input: TicketInput, mentions: ReadonlyMap<string, readonly Mention[]>, topics: ReadonlyMap<string, Topic>, question: Evidence | null): TicketReading['family'] {
  const field = input.fields.issueFamily;
  if (field.available && field.value !== null && (ISSUE_FAMILIES as readonly string[]).includes(field.value)) {
    return {
      value: field.value as IssueFamily,
      basis: 'confirmed',
      evidence: { source: 'field', ref: 'ticket.issue_family', detail: field.value, basis: 'confirmed' },
    };
  }
  for (const [domain, family] of FAMILY_BY_DOMAIN) {
    for (const [concept, list] of mentions) {
      if (DOMAIN_OF_CONCEPT[concept as Concept] === domain && list[0]) {
        return { value: family, basis: 'inferred', evidence: textEvidence(list[0]) };
      }
    }
  }
  if (input.type === 'incident') {
    return { value: 'outage', basis: 'inferred', evidence: { source: 'ticket', ref: 'ticket.type', detail: 'incident', basis: 'confirmed' } };
  }
  for (const [domain, family] of FAMILY_BY_DOMAIN) {
    for (const [concept, topic] of topics) {
      if (DOMAIN_OF_CONCEPT[concept as Concept] === domain) {
        return { value: family, basis: 'inferred', evidence: { source: 'text', ref: topic.ref, detail: `"${topic.quote}" (what the how-to is about)`, basis: 'inferred' } };
      }
    }
  }
  for (const [concept, family] of FAMILY_BY_WORDS) {
    const first = mentions.get(concept)?.[0];
    if (first) return { value: family, basis: 'inferred', evidence: textEvidence(first) };
  }
  if (question) return { value: 'documentation', basis: 'inferred', evidence: question };
  return { value: null, basis: 'inferred', evidence: null };
}

/**
 * "Where do I change the timezone for due dates?", "do u guys do canadian payroll?": a question
 * that names no risk, asks nothing of us and reports nothing broken asks how the product works.
 * The evidence for reading it as documentation; `null` when the ticket is anything else.
 */
function plainQuestion(asks: Asks, mentions: ReadonlyMap<string, readonly Mention[]>, messages: readonly { ref: string; read: TextReading }[]): Evidence | null {
  if (!(asks.question || asks.howto) || asks.action || asks.shouting) return null;
  for (const concept of mentions.keys()) if (concept !== 'thanks') return null;
  const body = messages.find((m) => m.ref !== 'subject');
  if (!body || messages.some((m) => reportsTrouble(m.read.text))) return null;
  return { source: 'text', ref: body.ref, detail: 'a question that names no risk, asks nothing of us and reports nothing broken', basis: 'inferred' };
}

/** Whether a text tells of something broken, gone or changed: "isn't showing since 8am", "seit gestern fehlen". */
function reportsTrouble(text: string): boolean {
  return TROUBLE.test(modelWords(text).join(' '));
}
// On folded words ("isn't" reads "isn t"): a failure, a time since when, something gone or no longer so.
const TROUBLE = new RegExp(`\\b(?:${[
  'fail\\w*', 'errors?', 'broken', 'breaks?', 'stopp?ed', 'not (?:work|show|load|sync|appear|open|send|arriv|sav|updat|display|receiv)\\w*', '(?:isn|doesn|don|didn|won|can|couldn|aren|wasn|weren) t', 'cannot', 'unable', 'down', 'missing', 'disappear\\w*', 'gone', 'no longer', 'anymore', 'since', 'suddenly', 'wrong', 'bug\\w*', 'glitch\\w*', 'crash\\w*', 'stuck', 'blank',
  'seit', 'nicht', 'kein\\w*', 'fehl\\w*', 'kaputt', 'plotzlich', 'depuis', 'plus', 'erreur\\w*', 'bug', 'panne', 'desde', 'ya no', 'falla\\w*', 'error\\w*', 'nao', 'mais', 'erro', 'falha\\w*', 'sinds', 'niet', 'meer', 'fout\\w*', 'storing', 'da (?:ieri|stamattina|oggi)', 'piu', 'errore', 'guasto', 'non (?:funziona|va|si)',
].join('|')})\\b`);

function readDomains(
  input: TicketInput,
  family: IssueFamily | null,
  basis: 'confirmed' | 'inferred',
  mentions: ReadonlyMap<string, readonly Mention[]>,
  asksAction: boolean,
): { domains: Domain[]; evidence: Evidence[] } {
  const found = new Map<Domain, Evidence>();
  const familyDomain = family ? DOMAIN_OF_FAMILY[family] : null;
  if (familyDomain && basis === 'confirmed') {
    found.set(familyDomain, { source: 'field', ref: 'ticket.issue_family', detail: family === familyDomain ? family : `${family} (${familyDomain})`, basis: 'confirmed' });
  }
  if (input.type === 'incident' || input.problemId !== null) {
    if (!found.has('outage')) {
      found.set('outage', { source: 'ticket', ref: 'ticket.type', detail: input.problemId ? `incident of problem #${input.problemId}` : 'incident', basis: 'confirmed' });
    }
  }
  // A domain counts when the customer asks about it; a word in the background story does not open one.
  for (const [concept, list] of mentions) {
    const domain = DOMAIN_OF_CONCEPT[concept as Concept];
    // "How many guests can we invite on Business?" asks one thing, a limit, whatever else it names.
    const first = list.find((m) => isAskedAbout(m) && !isOthersContract(m) && !(domain !== 'usage_limits' && domain && SUBSUMED_BY_LIMITS.has(domain) && asksAQuantity(m.folded)));
    if (domain && first && !found.has(domain)) found.set(domain, { ...textEvidence(first), detail: `${domain}: "${first.quote}"` });
  }
  // "What does the free plan include: meeting length, cloud recording?" asks one thing, what a
  // plan holds; with nothing asked of us, the features and seats it names are that one limit.
  if (!asksAction && found.has('usage_limits')) for (const d of PLAN_HOLDS) if (found.get(d)?.basis === 'inferred') found.delete(d);
  return { domains: [...found.keys()], evidence: [...found.values()] };
}

// Domains a question about a number (how many, up to what limit) is about as a usage limit.
const SUBSUMED_BY_LIMITS: ReadonlySet<Domain> = new Set(['provisioning', 'feature_access', 'permissions', 'security']);
// What a plan holds besides its limits: its features and its seats.
const PLAN_HOLDS: readonly Domain[] = ['feature_access', 'provisioning'];
const QUANTITY = /\b(how (many|much)|wie viele?|combien|cu[aá]nt[oa]s|quant[oa]s|hoeveel|quant[ie]|max(imum)?|limit\w*|up to|count(ed|s)?)\b/i;

/** Whether the sentence asks about a number: "how many guests", "is the limit per API key", "how are seats counted". */
export function asksAQuantity(sentence: string): boolean {
  // Accents folded first: in "aćcount" a word boundary before "count" is no boundary at all.
  return QUANTITY.test(sentence.normalize('NFD').replace(/\p{M}/gu, ''));
}

function countContacts(input: TicketInput, policy: Policy, nowMs: number): number | null {
  if (!input.requesterTickets.available) return null;
  // The contacts as the ticket arrived: the requester's tickets created in the window up to
  // this one's own creation. A later ticket carries the count that includes this one.
  const window = policy.thresholds.contactWindowDays * DAY_MS;
  const to = Math.min(nowMs, parseTime(input.createdAt) ?? nowMs);
  const from = to - window;
  const ids = new Set<string>([input.id]);
  for (const t of input.requesterTickets.value) {
    const at = parseTime(t.createdAt);
    if (at !== null && at >= from && at <= to) ids.add(t.id);
  }
  return ids.size;
}

function daysUntil(date: string | null, nowMs: number): number | null {
  const at = parseTime(date);
  if (at === null) return null;
  return Math.ceil((at - nowMs) / DAY_MS);
}

const times = new Map<string, number>();
/** Distinct time strings remembered: a requester's tickets are read once for each of them. */
const TIME_CACHE_LIMIT = 100_000;

/** Reads an ISO time; `null` when it is absent or not a time. */
export function parseTime(value: string | null | undefined): number | null {
  if (!value) return null;
  let ms = times.get(value);
  if (ms === undefined) {
    ms = Date.parse(value);
    if (times.size >= TIME_CACHE_LIMIT) times.clear();
    times.set(value, ms);
  }
  return Number.isFinite(ms) ? ms : null;
}

/** The evidence for one mention: always `inferred`, since it is read from free text. */
export function textEvidence(m: Mention): Evidence {
  return { source: 'text', ref: m.ref, detail: `"${m.quote}"`, basis: 'inferred', sentence: { text: m.sentence, why: whyItCounts(m) } };
}

/** Why a sentence counts, in the reader's words. */
function whyItCounts(m: Mention): string {
  if (m.inferredBecause) return `the customer ${m.inferredBecause}, in words no list holds`;
  if (m.role === 'request') return m.addressed ? 'the customer asks us for it' : 'the customer asks for it';
  if (m.role === 'question') return 'the customer asks about it';
  if (m.role === 'howto') return 'the customer asks how to do it';
  if (m.conditional && m.stepAnnounced) return 'the customer sets it as a condition';
  if (m.stepAnnounced) return 'the customer announces a step';
  if (m.addressed) return 'the customer tells us';
  return 'the customer states it';
}

/** Evidence for the first mentions of any of the concepts (those `where` keeps), at most `max`. */
export function mentionEvidence(reading: TicketReading, concepts: readonly Concept[], max = 3, where?: (m: Mention) => boolean): Evidence[] {
  const out: Evidence[] = [];
  for (const c of concepts) {
    for (const m of reading.mentions.get(c) ?? []) {
      if (out.length >= max) return out;
      if (where && !where(m)) continue;
      if (!out.some((e) => e.detail.toLowerCase() === `"${m.quote.toLowerCase()}"`)) out.push(textEvidence(m));
    }
  }
  return out;
}

/** Whether the customer named any of the concepts (and did not decline it). */
export function mentions(reading: TicketReading, ...concepts: Concept[]): boolean {
  return concepts.some((c) => (reading.mentions.get(c)?.length ?? 0) > 0);
}

/** Whether the customer asks about what the mention names: any sentence but a plain statement of the background. */
export function isAskedAbout(m: Mention): boolean {
  return m.role !== 'statement' || m.addressed || m.stepAnnounced;
}

// Contracts the customer makes with others: named by what they govern, or made "with" someone other than us.
const OTHERS_CONTRACT = /\b(?:(?:deposit|lease|rental|tenancy|employment|termination|indemnity|supply|sales|purchase|loan|rent|mutual|client|customer|member|membership|reseller|supplier|tenant|sponsorship|freelancer|contractor|venue|nda|non disclosure|service level) (?:agreements?|contracts?)|(?:agreements?|contracts?) (?:with|for) (?:a|an|the|our|their|his|her|each|every|all|new|two|three|\d+) (?!(?:\w+ )?(?:you|your|yours)\b)|(?:mietvertrag|arbeitsvertrag|kaufvertrag|pachtvertrag|liefervertrag|mietvertrage|arbeitsvertrage)\w*|(?:contrat|contrats) (?:de (?:bail|travail|location|vente)|avec (?:nos|les|un|une|le|la) (?:clients?|locataires?|salaries?|membres?|fournisseurs?))|(?:contrato|contratos) (?:de (?:arrendamiento|alquiler|trabajo|aluguel|locacao|arrendamento|trabalho|venta|venda)|con (?:nuestros|los|un|una|el|la) (?:clientes?|inquilinos?|empleados?|socios?|proveedores?)|com (?:os|as|um|uma|nossos|nossas) (?:clientes?|inquilinos?|funcionarios?|socios?|fornecedores?))|(?:contratto|contratti) (?:di (?:affitto|locazione|lavoro|vendita)|con (?:i|gli|le|un|una|il|la|nostri|nostre) (?:clienti|cliente|inquilin[oi]|dipendenti|soci|fornitori))|(?:huurcontract|arbeidscontract|koopcontract|huurovereenkomst|arbeidsovereenkomst)\w*)/;

/** Whether a contract named is one the customer makes with others, not its contract with us. */
export function isOthersContract(m: Mention): boolean {
  return m.concept === 'contract' && OTHERS_CONTRACT.test(m.folded);
}

/** Whether the sentence is aimed at us or announces a step: "you ...", "we will ...", "unless ...". */
export function isAimedAtUs(m: Mention): boolean {
  return m.role !== 'howto' && (m.addressed || m.stepAnnounced || m.role === 'request');
}

/** Whether the customer named a concept outside a how-to question. */
export function asksFor(reading: TicketReading, ...concepts: Concept[]): boolean {
  return concepts.some((c) => reading.mentions.get(c)?.some((m) => !m.howTo) ?? false);
}

// A concession reported as done: "the refund is long closed", "the credit came through".
const SETTLED = /\b(closed|resolved|settled|sorted|sorting|taken care of|went through|came through|arrived|landed|received|showed up|shows up|appeared|came back|cleared|processed|applied|done|thank|thanks|danke|merci|gracias|obrigad[oa]|grazie|dank|bedankt|verwerkt|bearbeitet|gutgeschrieben|erhalten|traite|procesado|processado|elaborato|erledigt|abgeschlossen|angekommen|regle|resolu|recu|resuelto|recibido|cerrado|resolvido|recebido|fechado|opgelost|ontvangen|afgehandeld|risolto|ricevuto|chiuso)\b/i;
// "... all squared away, no need to reply": a courtesy, not a matter still open.
const UNSETTLED = /\b(not|never|no(?! (?:need|problem|worries|action|rush|further))|yet|still|haven'?t|hasn'?t|didn'?t|nicht|nie|noch|pas|jamais|encore|aun|todavia|nunca|ainda|nao|niet|nooit|nog|non|mai|ancora)\b|n't\b/i;

// A subject that answers an earlier thread: "Re:", "AW:", "SV:", "Antw:", "R:", "RIF:", "RES:".
const REPLY_SUBJECT = /^\s*(?:re|aw|sv|antw|r|rif|res|ref)\s*:/i;
const FIRST_SENTENCE = /^[^.!?\n]*(?:[.!?\n]|$)/;

/** Whether a message opens by telling that an earlier matter is done: "Thanks, that one is closed." */
function opensBySettling(text: string): boolean {
  const opening = (FIRST_SENTENCE.exec(text)?.[0] ?? '').normalize('NFD').replace(/\p{M}/gu, '');
  return SETTLED.test(opening) && !UNSETTLED.test(opening);
}

/**
 * Whether the mention reports the concession as done, in a statement: "the refund is long closed",
 * "thank you for sorting the refund", not "we were never refunded" or "can you refund it?".
 */
export function isSettled(m: Mention): boolean {
  if (m.role !== 'statement' || m.stepAnnounced) return false;
  return SETTLED.test(m.folded) && !UNSETTLED.test(m.folded);
}
