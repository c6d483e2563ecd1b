import { findCode, isNamedByCode } from './findCode';
import { findConcepts, type ConceptHit } from './findConcepts';
import { findQuotedNames, isOwnConcession, isOwnContent, isSaidOfOthers, isTitledName } from './findOwnContent';
import { inferAskedConcepts, inferUnknownActs, type InferredHit } from './inferAskedConcepts';
import { normalizeText } from './normalizeText';
import { readSentenceRoles, speaksToUs, type SentenceReading, type SentenceRole } from './readSentenceRoles';
import { stripQuotedText } from './stripQuotedText';
import { normAt, tokenize, type Tokens } from './tokenize';
import type { CompiledLexicon } from './compileLexicon';
import { lexiconWords, type Word } from './lexiconWords';

/**
 * Reads one customer message: undoes disguises, keeps the customer's own words, reads each
 * sentence's role and each concept it names, and sets aside what names the customer's own
 * things. `readTicket` puts the messages of a ticket together.
 */

/** What the customer's sentences ask, over every message. */
export interface Asks {
  /** A question or a request for information: "does our plan include ...?", "can you tell me ...". */
  question: boolean;
  /** How to do something oneself. */
  howto: boolean;
  /** Something done by us: "please turn on ...", "can you move ...". */
  action: boolean;
  /** Thanks or a confirmation that something worked: a closing message. */
  thanks: boolean;
  /** A message written in capitals: shouting. */
  shouting: boolean;
}

/** A sentence that asks us to do something, where it stands. */
export interface ActionAsk {
  quote: string;
  ref: string;
}

export interface TextFinding {
  concept: string;
  quote: string;
  role: SentenceRole;
  addressed: boolean;
  stepAnnounced: boolean;
  info: boolean;
  conditional: boolean;
  permission: boolean;
  /** A how-to asked of no one in particular: "si può chiudere un occhio?". */
  impersonal: boolean;
  negated: boolean;
  sentence: string;
  /** The concept stands in a clause that supposes the customer does it: "if we ever had to cancel". */
  hypothetical: boolean;
  /** The sentence's words as read (folded, one space apart): what patterns over the sentence are tested on, whatever its disguise. */
  folded: string;
  /** For a concept read from how the sentence is built rather than from a phrase: what shows it. */
  inferredBecause?: string;
}

export interface TextReading {
  findings: readonly TextFinding[];
  asks: Asks;
  /** The first sentence that asks us to do something. */
  actionQuote: string | null;
  /** The message asks how to do something and asks nothing of us: its risk words are the customer's subject matter. */
  howToMessage: boolean;
  /** The customer's own words as read: disguises undone, quotes and signature dropped. */
  text: string;
}

// Complaints are about us whatever the customer asks; these always count.
const COMPLAINTS: ReadonlySet<string> = new Set(['frustration', 'severe_dissatisfaction', 'repeat_contact', 'repeat_contact_many', 'renewal_soon']);
// Concepts that name the account itself (our subscription, its plan, someone's access): asking how is still about the account.
const ACCOUNT_CONCEPTS: ReadonlySet<string> = new Set([
  'plan_change', 'downgrade', 'cancellation', 'plan_question', 'access_recovery', 'privilege_change', 'ownership',
  'third_party_data', 'identity_change', 'security_general', 'permissions_general', 'access_object', 'easy_change',
  'provisioning', 'usage_limits', 'feature_access',
]);

/**
 * In a message that asks how to do something, a risk word in a plain statement ("we track
 * our clients' chargebacks") or in the how-to itself ("how do I filter refunded orders") is
 * the customer's subject matter, not an ask: "a risk word inside a how-to about the
 * customer's own data does not raise a factor".
 */
export function isBackground(f: TextFinding): boolean {
  if (COMPLAINTS.has(f.concept) || TOPIC_CONCEPTS.has(f.concept)) return false;
  // "Personne chez nous n'a créé ce compte": something done in the account that no one on the customer's side did is never its subject matter.
  if (f.concept === 'compromise' && f.inferredBecause !== undefined) return false;
  // "We send every customer our Refund & Cancellation Policy before we take the deposit": in a
  // how-to, a concession the customer tells it makes is its own business with its own clients;
  // "we would be glad if we could talk about the unit price" wishes it of us, and still counts.
  if (f.role === 'statement') return !f.addressed && (!f.stepAnnounced || (OWN_DEALINGS.has(f.concept) && !f.conditional));
  // "Wir möchten Stammkunden 10 % Rabatt geben", "queremos oferecer um desconto aos sócios": a
  // concession the customer wishes to give, beside a how-to, is one it gives its own people.
  if (f.role === 'request' && !f.addressed && OWN_DEALINGS.has(f.concept) && OWN_GIVING.test(f.folded)) return true;
  // "Does the refund cancel his enrollment automatically?", "do they get locked out of it?": how the product behaves.
  if (f.role === 'question' && !f.addressed && ABOUT_THE_PRODUCT.has(f.concept) && asksHowItBehaves(f)) return true;
  // "Can we add seats without paying for the month?" asks our leave: the concession counts.
  // "Is it possible to extend the contract at the current price?": only we can make an exception.
  // "Is there a way to add 10 temp seats, and what does that cost?": a price asked is our price.
  // "Si può chiudere un occhio per questa volta?": a concession asked of no one is asked of us.
  if (f.role === 'howto') return !f.permission && !(f.impersonal && OWN_DEALINGS.has(f.concept)) && !ACCOUNT_CONCEPTS.has(f.concept) && !OURS_TO_GRANT.has(f.concept) && !(f.concept === 'billing' && ASKS_OUR_PRICE.test(f.folded));
  return false;
}

const OWN_DEALINGS: ReadonlySet<string> = new Set(['refund', 'credit', 'discount', 'waiver', 'billing_adjustment']);
// Verbs of giving a concession to someone: tested on a sentence's folded words.
const OWN_GIVING = /\b(?:offer|offering|give|giving|grant|granting|offrire|offrir|donner|accorder|ofrecer|dar|oferecer|conceder|anbieten|geben|gewahren|aanbieden|geven|bieden|dare|concedere)\b/;

// "How do you count an active learner for billing?" asks how we bill, not how the customer does something.
// Tested on a sentence's folded words: lower case, no accents, no apostrophes.
export const ASKS_OUR_PRICE = /\b(?:what (?:does|would|will|do) (?:that|it|this|they) cost|how much (?:does|would|will|do|is|are)|what(?: is|s) the (?:price|cost)|combien (?:ca|cela) coute|cuanto cuesta|quanto custa|quanto costa|was kostet|wat kost|how (?:do|does|did|would|will) (?:you|they) (?:count|calculate|charge|bill|work out|determine|compute)|comment (?:vous )?(?:calculez|comptez|facturez)|wie (?:berechnen|zahlen) sie|como (?:calculan|cuentan|cobran|facturais|calculais)|como (?:voces )?(?:calculam|contam|cobram)|hoe (?:berekenen|tellen) jullie|come (?:calcolate|contate|fatturate)|how (?:is|are|will|would) (?:\w+ ){1,4}(?:billed|charged|counted|calculated|invoiced)|wie (?:wird|werden) (?:\w+ ){1,4}(?:abgerechnet|berechnet|gezahlt|in rechnung gestellt)|comment (?:est|sont|sera) (?:\w+ ){0,4}(?:factur|calcul|compt)\w*|como se (?:factura|cobra|calcula|cuenta)|como (?:e|sao|sera) (?:\w+ ){0,4}(?:cobrad|calculad|faturad|contad)\w*|como se (?:cobra|calcula|fatura|conta)|hoe (?:wordt|worden) (?:\w+ ){0,4}(?:gefactureerd|berekend|geteld|afgerekend)|come (?:viene|vengono|verra) (?:\w+ ){0,4}(?:fatturat|calcolat|contat|addebitat)\w*)\b/i;

// Concepts a how-to message may ask about as the product's behaviour.
const ABOUT_THE_PRODUCT: ReadonlySet<string> = new Set(['refund', 'credit', 'discount', 'waiver', 'billing', 'access_recovery']);
// "Does the refund ...", "do they get ...", "are learners ...": the concept or the customer's people as the question's subject.
const BEHAVES = /^\W*(?:(?:and|also|so|but|ok|sweet|thanks|great)\W+)*(?:does|do|did|is|are|will|would|can|could|should)\s+(?:(?:the|a|an|this|that|each|every|any)\s+)?(?:(?:\p{L}+\s+)?(?:refunds?|credits?|discounts?|vouchers?|codes?|charges?|payments?|invoices?)|they|he|she|someone|learners?|students?|customers?|clients?|users?|members?|guests?|tenants?|patients?|employees?|buyers?)\b/iu;

function asksHowItBehaves(f: TextFinding): boolean {
  return BEHAVES.test(f.folded) || WHAT_HAPPENS.test(f.folded) || BEHAVES.test(f.folded.replace(/^.*?\b(?:if|when|once|after)\b[^,?]*,\s*/iu, ''));
}
// "Wat gebeurt er met iemand die het nog niet heeft ingesteld, wordt die buitengesloten?": what the product does.
const WHAT_HAPPENS = /\b(?:what happens|what will happen|wat gebeurt|was passiert|was geschieht|que se passe|qu est ce qui se passe|que pasa|que sucede|que ocurre|o que acontece|cosa succede|che succede|cosa accade)\b/;

// What only we can grant: asked how, it is still asked of us.
const OURS_TO_GRANT: ReadonlySet<string> = new Set(['exception', 'entitlement_dispute']);

// Concepts that only tell what the ticket is about carry no risk: naming them beside a board or a
// report is still what the ticket is about.
const TOPIC_CONCEPTS: ReadonlySet<string> = new Set(['usage_talk', 'feature_talk', 'documentation_talk', 'usage_limits', 'feature_access', 'thanks']);

const CLOSING_MESSAGE_WORDS = 25;
const MAX_MENTIONS_PER_CONCEPT = 12;

/** Whether the message's questions are about the product ("is there a template for ...?") and name no risk. */
// What a customer tells of its own money beside a product question: refunds, credits and discounts it gives (a charge told may be ours).
const OWN_MONEY: ReadonlySet<string> = new Set(['refund', 'credit', 'discount', 'waiver', 'billing_adjustment']);

/** Whether every question the message asks is about how the product works: none speaks to us, none names a risk. */
function asksOnlyHowItWorks(roles: readonly SentenceReading[], findings: readonly TextFinding[]): boolean {
  let asked = false;
  for (const r of roles) {
    if (r.role !== 'question') continue;
    if (r.addressed) return false;
    asked = true;
  }
  return asked && !findings.some((f) => f.role === 'question' && !TOPIC_CONCEPTS.has(f.concept) && !PRODUCT_TOPICS.has(f.concept));
}

function asksAboutProduct(findings: readonly TextFinding[]): boolean {
  let product = false;
  for (const f of findings) {
    if (f.role !== 'question') continue;
    if (PRODUCT_TOPICS.has(f.concept)) product = true;
    else if (!TOPIC_CONCEPTS.has(f.concept)) return false;
  }
  return product;
}
const PRODUCT_TOPICS: ReadonlySet<string> = new Set(['feature_talk', 'documentation_talk', 'usage_talk']);

/** "hi URGENT pls" asks nothing in particular; an action asked of us takes a few words. */
const MIN_ACTION_WORDS = 4;

const NO_ASKS: Asks = { question: false, howto: false, action: false, thanks: false, shouting: false };
/** Messages remembered per lexicon: helpdesks repeat templates, macros and auto-replies. */
const TEXT_CACHE_LIMIT = 20_000;
const textCaches = new WeakMap<CompiledLexicon, Map<string, TextReading>>();

/** The token arrays every message is read into in turn; nothing keeps them past `readText`. */
const scratch: Tokens<Word> = { text: '', count: 0, word: [], open: [], start: [], end: [], clause: [], sentence: [], letters: 0, capitals: 0 };

/**
 * Reads one message: undoes disguises, drops quoted replies and the signature, then reads each
 * sentence's role and each concept it names. A concept that names the customer's own things
 * (a quoted name, the organization's name, a board or their customers' records) is set aside
 * unless the sentence asks it of us.
 */
export function readMessage(raw: string, lexicon: CompiledLexicon, orgKey: string, orgWords: readonly string[]): TextReading {
  let cache = textCaches.get(lexicon);
  if (!cache) textCaches.set(lexicon, (cache = new Map()));
  const key = orgKey.length > 0 ? `${orgKey}\u0000${raw}` : raw;
  const known = cache.get(key);
  if (known) return known;
  const text = stripQuotedText(normalizeText(raw));
  const tokens = tokenize(text, lexiconWords(lexicon), scratch);
  const quoted = findQuotedNames(text);
  const code = findCode(text);
  const roles = readSentenceRoles(tokens, code.names.length + code.blocks.length > 0 ? [...quoted, ...code.blocks, ...code.names] : quoted);
  const asks: Asks = { question: false, howto: false, action: false, thanks: false, shouting: isShouting(tokens) };
  let actionAt = -1;
  const spans = sentenceSpans(tokens, roles.length);
  for (let sentence = 0; sentence < roles.length; sentence++) {
    const r = roles[sentence]!;
    if (r.role === 'question' || (r.role === 'request' && r.info)) asks.question = true;
    else if (r.role === 'howto') asks.howto = true;
    // "What I need from you guys:" over a list of how-tos asks what the list asks.
    else if (r.role === 'request' && r.addressed && r.words >= MIN_ACTION_WORDS && !isLeadIn(tokens, roles, spans, sentence) && !isWishAskedHow(tokens, roles, spans, sentence) && !onlyWishesNoRepeat(tokens, spans, sentence)) {
      asks.action = true;
      if (actionAt < 0) actionAt = sentence;
    }
  }
  let actionQuote: string | null = null;
  if (actionAt >= 0) {
    let first = 0;
    while (first < tokens.count && tokens.sentence[first] !== actionAt) first++;
    actionQuote = sentenceText(tokens, first);
  }
  let findings: TextFinding[] = [];
  // A message that names nothing has no findings either way; the anchor scan is asked only of one that does.
  const found = findConcepts(tokens);
  // Only a sentence that asks, or asks us what someone did, can ask it in words no list holds.
  // "We'd like to stay on the rate we joined at": a wish to no one in particular may still ask for a price.
  const asked = asks.action || asks.question || roles.some((r) => r.role === 'request') ? inferAskedConcepts(tokens, roles, found, MIN_ACTION_WORDS) : [];
  const unknownActs = inferUnknownActs(tokens, roles);
  const inferred = unknownActs.length > 0 ? [...asked, ...unknownActs] : asked;
  const hits: (ConceptHit | InferredHit)[] = inferred.length > 0 ? [...found, ...inferred] : found;
  if (hits.length > 0) {
    // Only a short message is a closing one; nearly every message ends with thanks.
    if (tokens.count <= CLOSING_MESSAGE_WORDS && hits.some((h) => h.concept === 'thanks')) asks.thanks = true;
    const kept = new Map<string, number>();
    const ownConcessions = new Set<string>();
    const planQuestions = sentencesAskingPlan(hits, tokens, roles);
    const planSentences = hits.some((h) => PLAN_CONCEPTS.has(h.concept)) ? new Set(hits.filter((h) => PLAN_CONCEPTS.has(h.concept)).map((h) => tokens.sentence[h.from]!)) : null;
    // "Our own server went down (nothing to do with you)": the outage is the customer's own.
    const ownOutage = hits.some((h) => h.concept === 'outage') && NOT_YOURS.test(text.normalize('NFD').replace(MARKS, ''));
    for (const hit of hits) {
      if (ownOutage && hit.concept === 'outage') continue;
      // "Does the standard plan include recurring invoices?": what is billed is the feature asked about.
      if (hit.concept === 'billing' && planQuestions !== null && planQuestions.has(tokens.sentence[hit.from]!)) continue;
      // "Thinking of upgrading: is the difference mostly SSO?": beside a choice of plan, SSO is what a plan includes.
      if (hit.concept === 'security_general' && planSentences !== null && namesPlanFeature(roles[tokens.sentence[hit.from]!]!, planSentences.has(tokens.sentence[hit.from]!))) continue;
      // A few mentions of a concept are evidence enough; a run of thousands is bounded here.
      // "We renamed `breach-drill-q4`", a job in pasted config, a path: the customer's systems name it.
      if (isNamedByCode(code, tokens.start[hit.from]!, hit.concept)) continue;
      // "Can the Leak Alert email go out weekly?": a feature named in capitals, not an attack.
      if (NAMED_RISKS.has(hit.concept) && isTitledName(tokens, hit.from, hit.to)) continue;
      const count = kept.get(hit.concept) ?? 0;
      if (count >= MAX_MENTIONS_PER_CONCEPT) continue;
      kept.set(hit.concept, count + 1);
      const sentence = roles[tokens.sentence[hit.from]!]!;
      const askedOfUs = sentence.role === 'request' && sentence.addressed;
      // "Wir wollen 10 % Rabatt geben, wenn ein Kunde 6 Flaschen kauft. Muss der Verkäufer den Rabatt eintippen?":
      // once a concession is the customer's own, the message's later words for it are that one, unless asked of us.
      if (!askedOfUs && OWN_DEALINGS.has(hit.concept) && ownConcessions.has(hit.concept)) continue;
      if (askedOfUs ? isOwnConcession(tokens, hit.from, hit.to, hit.concept, true) : !TOPIC_CONCEPTS.has(hit.concept) && isOwnContent(tokens, hit.from, hit.to, quoted, orgWords, hit.concept, sentence.role === 'request')) {
        if (!askedOfUs) ownConcessions.add(hit.concept);
        continue;
      }
      // "The directors are threatening to report them to the Ombudsman": someone else reported, not us.
      if (hit.concept === 'legal' && REPORTS_OTHERS.test(text.slice(tokens.start[Math.max(0, hit.from - 3)], tokens.end[hit.to]))) continue;
      // "Their solicitor has written to us twice saying we'll have to refund": told of someone else's dispute with the customer.
      if (!askedOfUs && sentence.role !== 'question' && OTHERS_MATTERS.has(hit.concept) && isSaidOfOthers(sentenceOpening(tokens, hit.from))) continue;
      findings.push({
        concept: hit.concept,
        quote: text.slice(tokens.start[hit.from], tokens.end[hit.to]),
        role: sentence.role,
        addressed: sentence.addressed,
        stepAnnounced: sentence.stepAnnounced,
        // A concept read from the sentence's verbs is an act asked of us, whatever the verb asks to be told.
        info: 'because' in hit ? false : sentence.info,
        conditional: sentence.conditional,
        permission: sentence.permission,
        impersonal: sentence.impersonal,
        negated: hit.negated,
        hypothetical: supposesOwnStep(tokens, hit.from) || (SUPPOSABLE_EVENTS.has(hit.concept) && supposesEvent(tokens, hit.from)),
        sentence: sentenceText(tokens, hit.from),
        folded: sentenceWords(tokens, hit.from),
        ...('because' in hit ? { inferredBecause: hit.because } : {}),
      });
    }
  }
  // A message that asks how to do something, or asks about a product feature, and asks nothing
  // of us: the risk words of its plain statements are the customer's subject matter.
  const howToMessage = !asks.action && (asks.howto || asksAboutProduct(findings));
  // "We give members a discount for paying yearly. Can the reminder mention it?": when
  // the message only asks how the product works, the money it tells of is the customer's own dealings.
  if (!howToMessage && !asks.action && asksOnlyHowItWorks(roles, findings)) findings = findings.filter((f) => !(f.role === 'statement' && !f.addressed && !f.stepAnnounced && OWN_MONEY.has(f.concept)));
  const asksNothing = findings.length === 0 && !asks.question && !asks.howto && !asks.action && !asks.thanks && !asks.shouting;
  const reading: TextReading = asksNothing ? { findings: [], asks: NO_ASKS, actionQuote: null, howToMessage: false, text } : { findings, asks, actionQuote, howToMessage, text };
  if (cache.size >= TEXT_CACHE_LIMIT) cache.clear();
  cache.set(key, reading);
  return reading;
}

const PLAN_CONCEPTS: ReadonlySet<string> = new Set(['plan_question', 'plan_change']);

/** Each sentence's first and last word, found in one pass: `[first, last]`, or `[-1, -1]` for a sentence without words. */
function sentenceSpans(tokens: Tokens<Word>, sentences: number): Int32Array {
  const spans = new Int32Array(sentences * 2).fill(-1);
  for (let k = 0; k < tokens.count; k++) {
    const s = tokens.sentence[k]!;
    if (spans[2 * s]! < 0) spans[2 * s] = k;
    spans[2 * s + 1] = k;
  }
  return spans;
}

/**
 * "That's ours to deal with, but I'd like it not to happen again", "queremos que no vuelva a
 * pasar": a wish that something never recurs asks no step of us by itself.
 */
function onlyWishesNoRepeat(tokens: Tokens<Word>, spans: Int32Array, sentence: number): boolean {
  const from = spans[2 * sentence]!;
  if (from < 0) return false;
  const words = sentenceWords(tokens, from);
  return NOT_AGAIN.test(words) && !ALSO_ASKS.test(words);
}
const NOT_AGAIN = /\b(?:(?:not|never) (?:to )?(?:happen|occur)s? again|doesnt happen again|no vuelva a (?:pasar|ocurrir|suceder)|nao volte a (?:acontecer|ocorrer)|ne se reproduise (?:plus|pas)|nicht (?:wieder|noch einmal|nochmal) (?:vorkommt|passiert)|niet (?:meer|weer|nog eens) (?:gebeurt|voorkomt)|non (?:succeda|ricapiti|si ripeta) piu)\b/;
// "Refund it and make sure it doesn't happen again" asks a step besides.
const ALSO_ASKS = /\b(?:and|y|e|et|und|en) (?:please |bitte )?(?:refund|credit|cancel|delete|remove|fix|restore|reembols|devolv|annul|rembours|erstatt|storn|loesch|losch|verwijder|elimin|cancell|rimbors)\w*/;

/** Whether a sentence ends in a colon and the next asks how to or asks a question: it only introduces what follows. */
function isLeadIn(tokens: Tokens<Word>, roles: readonly SentenceReading[], spans: Int32Array, sentence: number): boolean {
  const next = roles[sentence + 1];
  if (!next || (next.role !== 'howto' && next.role !== 'question')) return false;
  const last = spans[2 * sentence + 1]!;
  if (last < 0) return false;
  return COLON_AFTER.test(tokens.text.slice(tokens.end[last], tokens.end[last]! + 4));
}
const COLON_AFTER = /^[^\p{L}\p{N}\n]*:/u;

/**
 * "Vorrei che il widget mostri 'esaurito' dopo 20 pass. Si può impostare?": a wish for how the
 * product should behave, followed by a question of how or whether, asks that question. A wish
 * that speaks to us ("I'd like you to close it") or commands stays a request.
 */
function isWishAskedHow(tokens: Tokens<Word>, roles: readonly SentenceReading[], spans: Int32Array, sentence: number): boolean {
  const r = roles[sentence]!;
  const next = roles[sentence + 1];
  if (r.imperative || !next || (next.role !== 'howto' && next.role !== 'question')) return false;
  const first = spans[2 * sentence]!;
  const last = spans[2 * sentence + 1]!;
  for (let k = first; k >= 0 && k <= last; k++) if (speaksToUs(tokens.word[k]!)) return false;
  return true;
}

// The customer clears us of a fault: "nothing to do with you", "not you guys", "nicht bei euch", "pas chez vous".
const NOT_YOURS = /\b(?:nothing to do with (?:you|your)|not (?:on )?your (?:side|end|fault)|not you guys|not your fault|nicht bei (?:euch|ihnen)|nicht (?:eure|ihre) schuld|pas chez vous|pas (?:de )?votre faute|pas de votre cote|no (?:es )?(?:culpa )?(?:vuestra|de ustedes)|nada que ver con (?:vosotros|ustedes)|nao (?:e )?(?:culpa )?(?:de voces|vossa)|nada a ver com voces|niet bij jullie|niet (?:aan )?jullie schuld|non (?:e )?(?:colpa )?(?:vostra|da voi|vostro)|niente a che fare con voi)\b/i;
const MARKS = /\p{M}/gu;
// Risk words that name features as often as events: "Leak Alert", "Security Center". (An authority's name
// in capitals, "Autoriteit Persoonsgegevens", is the authority itself.)
const NAMED_RISKS: ReadonlySet<string> = new Set(['compromise', 'security_general']);
const REPORTS_OTHERS = /\breport(?:s|ed|ing)? (?:them|him|her)\b/i;

// What a party to the customer's own dispute may do or ask of the customer: a refund, a threat, anger, letters.
const OTHERS_MATTERS: ReadonlySet<string> = new Set(['billing', 'refund', 'credit', 'discount', 'waiver', 'legal', 'regulatory', 'repeat_contact', 'repeat_contact_many', 'frustration', 'severe_dissatisfaction']);

/**
 * Whether a sentence only asks about something, or names it beside the plan it weighs ("we are
 * looking at Enterprise because we need SSO"): not a how-to to set it up, a request to change it,
 * or a report that it fails.
 */
function namesPlanFeature(sentence: SentenceReading, namesPlan: boolean): boolean {
  return sentence.role === 'question' || (sentence.role === 'request' && sentence.info) || (namesPlan && sentence.role === 'statement' && !sentence.addressed);
}

/** The sentences that ask what a plan includes ("does the business plan include ...?"), or null when none does. */
function sentencesAskingPlan(hits: readonly ConceptHit[], tokens: Tokens<Word>, roles: readonly SentenceReading[]): Set<number> | null {
  let out: Set<number> | null = null;
  for (const hit of hits) {
    if (hit.concept !== 'plan_question') continue;
    const sentence = tokens.sentence[hit.from]!;
    const role = roles[sentence]!.role;
    if (role === 'question' || role === 'howto') (out ??= new Set()).add(sentence);
  }
  return out;
}

/** Letters a message needs before its capitals say anything, and the share of capitals that is shouting. */
const SHOUT_MIN_LETTERS = 40;
const SHOUT_SHARE = 0.7;

/** Whether most of a message's letters, or of one of its sentences, are capitals: "THE APP LOGS ME OUT EVERY TIME". */
function isShouting(tokens: Tokens<Word>): boolean {
  if (tokens.capitals < SHOUT_MIN_LETTERS * SHOUT_SHARE) return false;
  if (tokens.capitals / tokens.letters >= SHOUT_SHARE) return true;
  // "WHY CAN'T I FIND THE PREVIEW ANYWHERE. ive clicked every menu": one sentence shouted is shouting.
  let letters = 0;
  let capitals = 0;
  for (let k = 0; k < tokens.count; k++) {
    if (k > 0 && tokens.sentence[k] !== tokens.sentence[k - 1]) {
      if (letters >= SHOUT_MIN_LETTERS && capitals / letters >= SHOUT_SHARE) return true;
      letters = 0;
      capitals = 0;
    }
    for (let i = tokens.start[k]!; i < tokens.end[k]!; i++) {
      const c = tokens.text.charCodeAt(i);
      if (c >= 65 && c <= 90) capitals++;
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    }
  }
  return letters >= SHOUT_MIN_LETTERS && capitals / letters >= SHOUT_SHARE;
}

const MAX_QUOTE_CHARS = 160;
/** Words read on each side of a match for its sentence: a quote, not the whole of a hostile run-on. */
const QUOTE_REACH = 30;

// "Si un jour on devait résilier", "if we ever cancel": the customer supposes a step of its own.
const IF_WORDS: ReadonlySet<string> = new Set(['if', 'wenn', 'falls', 'si', 'se', 'als', 'indien', 'caso']);
// First person plural in the verb, after "se"/"si": future and past subjunctives.
const WE_IN_VERB = /^\p{L}{3,}(?:armos|ermos|irmos|assemos|essemos|issemos|assimo|essimo|issimo|asemos|esemos|aramos|eramos|ieramos|iesemos)$/u;
const WE_SUBJECTS: ReadonlySet<string> = new Set(['we', 'i', 'on', 'nous', 'je', 'wir', 'ich', 'nosotros', 'yo', 'wij', 'ik', 'eu', 'nos', 'noi', 'io']);
const SUPPOSE_REACH = 3;
// Words that open the main clause after an if-clause written without a comma.
const MAIN_CLAUSE: ReadonlySet<string> = new Set(['will', 'ill', 'well', 'wed', 'id', 'would', 'shall', 'gonna', 'werden', 'werde', 'dann', 'alors', 'entonces', 'entao', 'dan', 'allora']);

/** Whether the word at `at` stands in an if-clause whose subject is the customer: a step supposed, not one set as a threat. */
function supposesOwnStep(tokens: Tokens<Word>, at: number): boolean {
  const clause = tokens.clause[at];
  for (let k = at - 1; k >= 0 && tokens.clause[k] === clause; k--) {
    const w = normAt(tokens, k);
    // "If I can't get an export by Friday I'll be recommending we look for another platform": the main clause has begun.
    if (MAIN_CLAUSE.has(w) || (w === 'then' && (k === 0 || normAt(tokens, k - 1) !== 'and'))) return false;
    if (!IF_WORDS.has(w)) continue;
    for (let j = k + 1; j <= k + SUPPOSE_REACH && j <= at; j++) if (WE_SUBJECTS.has(normAt(tokens, j))) return true;
    // "Se um dia cancelarmos", "se un giorno disdicessimo", "si algún día cancelásemos": the subject is in the verb.
    for (let j = k + 1; j <= at + 1 && j < tokens.count && tokens.clause[j] === clause; j++) if (WE_IN_VERB.test(normAt(tokens, j))) return true;
    return false;
  }
  return false;
}

// Events a customer may only suppose: "if you had a breach, how would you tell us?".
const SUPPOSABLE_EVENTS: ReadonlySet<string> = new Set(['compromise']);
// "Hypothetically", "in theory": the sentence supposes what it tells.
const SUPPOSING: ReadonlySet<string> = new Set('hypothetically hypothetical hypothetisch hypothetiquement hypothetique hipoteticamente hipotetico ipoteticamente ipotetico theoretically theoretisch theoriquement teoricamente'.split(' '));
// Words that open a supposed case, as "if" does: "in the event of", "in a real leak scenario", "im Falle".
const SUPPOSED_CASES: ReadonlySet<string> = new Set('event scenario falle cas caso geval'.split(' '));
// What a supposed event is asked about: what would happen, who would do what.
const WOULD: ReadonlySet<string> = new Set('wed youd theyd would wurde wurden wurdet serait seraient seria serian seriam sarebbe sarebbero zou zouden'.split(' '));

/**
 * Whether the sentence only supposes the event at `at`: it says "hypothetically", or the event
 * follows an "if" and the sentence asks what would happen then.
 */
function supposesEvent(tokens: Tokens<Word>, at: number): boolean {
  const sentence = tokens.sentence[at];
  let from = at;
  while (from > 0 && tokens.sentence[from - 1] === sentence) from--;
  let supposed = false;
  let would = false;
  for (let k = from; k < tokens.count && tokens.sentence[k] === sentence; k++) {
    const w = normAt(tokens, k);
    if (SUPPOSING.has(w)) return true;
    // "If you had a breach", "in the event of a breach", "in a real leak scenario".
    if (k <= at + 1 && (IF_WORDS.has(w) || SUPPOSED_CASES.has(w))) supposed = true;
    if (WOULD.has(w)) would = true;
  }
  return supposed && would;
}

/** Words read from a sentence's start for who speaks in it. */
const OPENING_REACH = 60;

/** The sentence of word `at` from its first word, as written: who acts in it is named there. */
function sentenceOpening(tokens: Tokens<Word>, at: number): string {
  const sentence = tokens.sentence[at];
  let from = at;
  while (from > 0 && tokens.sentence[from - 1] === sentence) from--;
  let to = at;
  while (to + 1 < tokens.count && to + 1 < from + OPENING_REACH && tokens.sentence[to + 1] === sentence) to++;
  return tokens.text.slice(tokens.start[from], tokens.end[to]);
}

/** The first and last word of the sentence around word `at`, within a quotable reach of it. */
function quoteSpan(tokens: Tokens<Word>, at: number): [number, number] {
  const sentence = tokens.sentence[at];
  let from = at;
  let to = at;
  while (from > 0 && at - from < QUOTE_REACH && tokens.sentence[from - 1] === sentence) from--;
  while (to + 1 < tokens.count && to - at < QUOTE_REACH && tokens.sentence[to + 1] === sentence) to++;
  return [from, to];
}

/** The folded words of the sentence around word `at`, one space apart. */
function sentenceWords(tokens: Tokens<Word>, at: number): string {
  const [from, to] = quoteSpan(tokens, at);
  let out = normAt(tokens, from);
  for (let k = from + 1; k <= to; k++) out += ` ${normAt(tokens, k)}`;
  return out;
}

/** The words of the sentence around word `at`, as written, cut to a quotable length. */
function sentenceText(tokens: Tokens<Word>, at: number): string {
  const [from, to] = quoteSpan(tokens, at);
  const text = tokens.text.slice(tokens.start[from], tokens.end[to]);
  return text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS)}…` : text;
}

