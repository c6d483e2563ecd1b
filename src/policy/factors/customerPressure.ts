import type { Concept } from '../defaultLexicon';
import { asksAQuantity, isAimedAtUs, mentionEvidence, type Mention } from '../readTicket';
import type { Evidence } from '../types';
import { isSaidOfOthers } from '../text/findOwnContent';
import type { Factor, Signal } from './Factor';
import { resultFromSignals } from './Factor';

// A threat is one when it is aimed at us: "we're a 40-attorney firm" describes the customer,
// "our lawyers will be in touch" threatens. Dissatisfaction is about us by its nature.
const THREATS: Concept[] = ['legal', 'cancellation_threat'];
const DISSATISFACTION: Concept[] = ['severe_dissatisfaction'];
const COMPLAINT: Concept[] = ['legal', 'cancellation_threat', 'severe_dissatisfaction', 'frustration', 'repeat_contact', 'repeat_contact_many'];
const STRAIN: Concept[] = ['frustration', 'repeat_contact', 'renewal_soon'];
const AIMED: Concept[] = ['regulatory'];
const notHowTo = (m: Mention) => m.role !== 'howto';
// "How many times does it retry?" asks a number; "how many times do I have to ask?" complains.
const complains = (m: Mention) => notHowTo(m) && !(m.role === 'question' && asksAQuantity(m.folded) && !CONTACTING.test(m.folded));
const CONTACTING = /\b(?:ask|tell|told|writ|wrote|call|e?mail|explain|contact|remind|chas|repeat|say|said|frag|schreib|geschrieben|anruf|demand|ecri|appel|pregunt|pedi|escrib|llam|pergunt|escrev|liga|vrag|schrijf|schreef|bel|chied|chiest|scriv|chiam)\w*/;
// "I'd like a timeline coloured by regulator" asks for a view, not a step: a threat speaks to us or announces one.
// "One of our clients is threatening to sue us": the customer's own client threatens the customer.
// "Si esto no está resuelto el lunes, cancelamos": leaving, set as a condition.
function threatens(m: Mention): boolean {
  if (m.role === 'howto' || m.hypothetical || isSaidOfOthers(m.sentence)) return false;
  if (m.concept === 'cancellation_threat' && MOVES_PLAN.test(m.folded)) return false;
  // "Nous sommes douze avocats et nous allons recruter": the firm's own lawyers, beside a step of another kind.
  // "Vorremmo che i nostri avvocati vedessero solo le loro pratiche": asked of us, they are still the firm's own.
  if (m.concept === 'legal' && !m.conditional && LAWYERS.test(lastWord(m.quote)) && !LEGAL_STEP.test(m.folded) && !LAWYER_STEP.test(m.folded)) return false;
  if (m.addressed || m.stepAnnounced) return true;
  if (m.concept === 'legal') return takesLegalStep(m.folded) || CONDITION_AFTER_COLON.test(m.sentence);
  // "Wij verlengen het contract niet": not renewing, told in the present, is the step announced.
  if (m.concept === 'cancellation_threat') return m.conditional || (m.role === 'statement' && (weighsLeaving(m.folded) || (WE_TELL.test(m.folded) && NOT_RENEWING.test(m.folded)) || HARD_TO_JUSTIFY.test(m.folded)));
  return false;
}

/** The last word of a quote, accents off: "nostro legale" → "legale". */
function lastWord(quote: string): string {
  return quote.normalize('NFD').replace(/\p{M}/gu, '').trim().split(/\s+/).pop() ?? '';
}

/** "Se non annullate gli interessi, la questione passa al nostro avvocato", "we've passed this to our legal team". */
function takesLegalStep(folded: string): boolean {
  return OPENS_ON_CONDITION.test(folded) || (WE_TELL.test(folded) && LEGAL_STEP.test(folded));
}

/** Told, not asked: "nos estamos replanteando seguir", "ci stiamo guardando intorno", "hemos pedido presupuestos a otros". */
function weighsLeaving(folded: string): boolean {
  const ours = WE_TELL.test(folded) || OUR_BOARD.test(folded);
  return (ours && (RECONSIDERING.test(folded) || WONDERING.test(folded))) || WE_ARE_DOING.test(folded) || (SEEKING_OFFERS.test(folded) && (WE_DID.test(folded) || OUR_BOARD.test(folded)));
}
// "It is hard to justify staying": staying, weighed by the customer, whoever the sentence names.
const HARD_TO_JUSTIFY = /\b(?:justify|justifier|justificar|giustificare|rechtfertigen|verantwoorden|rechtvaardigen)\b/;
const NOT_RENEWING = /\b(?:niet|nicht|not|nao|no|non|pas)\b.*\b(?:verleng|verlanger|renew|renov|rinnov|renouvel)\w*|\b(?:verleng|verlanger|renew|renov|rinnov|renouvel)\w*\b.*\b(?:niet|nicht|not|pas)\b/;
// "A direção pediu propostas a outros fornecedores", "our board wants me to": those who decide on the customer's side.
const OUR_BOARD = /\b(?:board|management|directors|partners|diretoria|direcao|directoria|direccion|junta|direction|associes|vorstand|geschaftsfuhrung|geschaftsleitung|directie|bestuur|direzione|consiglio|soci|socios)\b/;
// "Les associés se demandent s'il faut continuer": wondering whether to stay.
const WONDERING = /\b(?:wonder\w*|asking ourselves|se demand\w*|fragen sich|vragen zich|si chiedono|nos preguntamos|se preguntan|se perguntam|nos perguntamos)\b/;
// "We overwegen over te stappen van Standard naar Business": moving between our plans is no threat to leave.
const MOVES_PLAN = /\b(?:from|van|von|de|da|desde|do) (?:the |our |het |ons |onze |dem |unserem |le |notre |el |nuestro |o |nosso |il |nostro )?(?:free|basic|starter|standard|pro|plus|growth|team|business|premium|enterprise)\b.*\b(?:to|naar|zu|auf|a|al|au|para|pro|per)\b/;
// "Sinceramente, nos estamos replanteando seguir con vosotros": the customer itself weighs staying.
// ("We're thinking of switching it on" weighs nothing: only reconsidering is told so.)
const RECONSIDERING = /\b(?:reconsider\w*|replante\w*|repensando|reconsiderando|heroverweg\w*|riconsider\w*|uberdenken|bon choix|right choice|richtige wahl|juiste keuze|scelta giusta|eleccion correcta|escolha certa)\b/;
// "Hemos pedido presupuestos a otros": the customer itself has asked others for terms.
const SEEKING_OFFERS = /\b(?:price up|pricing up|priced up|quotes?|offers?|proposals?|ofertas?|presupuestos?|propuestas?|cotizacion|cotizaciones|angebote?|devis|offres?|propositions?|offertes?|preventiv[io]|proposte|propostas?|orcamentos?|cotacao|cotacoes)\b/;
// "Para el año que viene hemos pedido …": a first-person verb anywhere, the pronoun dropped.
const WE_DID = /\b(?:we|weve|i|ive|me|wir|ich|mir|mich|nous|je|moi|wij|ik|mij|noi|mi|hemos|he|temos|tenho|avons|ai|hebben|heb|abbiamo|ho|habe|haben)\b/;
// "Ci stiamo guardando intorno", "we're looking at other vendors": the customer is at it now.
const WE_ARE_DOING = /\b(?:were|we are|we re|stiamo|estamos|wir sind|nous sommes|zijn we|we zijn|wij zijn|sto|estoy|estou|im|i am)\b/;
const WE_TELL = /^\W*(?:\p{L}+\W+){0,3}(?:we|were|weve|wed|i|im|ive|id|nos|nosotros|wir|ich|nous|je|wij|ik|noi|io|stiamo|estamos|estoy|our|unsere?|notre|nuestr[ao]|noss[ao]|onze|nostr[ao])\b/iu;
// Verbs of a legal step the customer has taken, is taking or has coming: "wir haben die Sache unserer Anwältin
// übergeben", "our legal team is reviewing the contract", "expect a letter from our solicitor".
const LEGAL_STEP = /\b(?:handed|passed|forwarded|referred|escalated|sent|given|turned|engaged|instructed|retained|hired|consulted|contacted|ubergeben|weitergeleitet|weitergegeben|eingeschaltet|beauftragt|kontaktiert|transmis|confie|contacte|consulte|trasladado|remitido|entregado|contactado|consultado|encaminhado|entregue|passado|doorgestuurd|overgedragen|ingeschakeld|gecontacteerd|inoltrato|affidato|passato|contattato|consultato|reviewing|revisando|analizando|analisando|pruft|examine|examinent|bekijkt|esaminando|valutando|looking|schaut|kijkt|regarde|mirando|olhando|guardando|expect|expecting)\b/;
// The people of the law named, and what they may be set to do: "our lawyers will be in touch", "je saisis mon avocat".
const LAWYERS = /^(?:lawyers?|attorneys?|solicitors?|counsel|legale|legali|avocats?|abogad[oa]s?|avvocat[oi]|advogad[oa]s?|advocaten|advocaat|anwalt|anwalte|anwaltin|rechtsanwalt\w*)$/i;
const LAWYER_STEP = /\b(?:touch|hear|contact\w*|write|writing|letter|send|sue|court|action|saisi\w*|kontakt\w*|schreiben|brief|carta|lettre|lettera|demand\w*|klage|verklag\w*|tribunal|tribunale|rechter|gericht|ubergeb\w*|einschalt\w*|beauftrag\w*|confi\w*|affid\w*|entreg\w*|overdrag\w*|inschakel\w*|pass(?:e|es|ons|ez|o|iamo|amos|eren|eer|a)?|involve\w*|engage\w*|instruct\w*)\b/;
// "Sia chiaro: se ci arriva una multa, passiamo agli avvocati": the condition opens after a colon.
const CONDITION_AFTER_COLON = /[:;]\s*(?:if|unless|se|si|wenn|falls|als|indien|tenzij)\b/i;
const OPENS_ON_CONDITION = /^\W*(?:if|unless|otherwise|se|si|wenn|falls|sonst|andernfalls|als|indien|tenzij|anders|caso|a defaut|faute de quoi|de lo contrario|caso contrario|altrimenti)\b/i;

/** How much relationship pressure is on this ticket? */
export const customerPressure: Factor = {
  id: 'customer_pressure',
  label: 'Customer pressure',
  score(reading) {
    const { policy, organization: org } = reading;
    const signals: Signal[] = [];
    const threats = [
      ...mentionEvidence(reading, THREATS, 3, threatens),
      ...mentionEvidence(reading, DISSATISFACTION, 2, notHowTo),
      // "If you don't refund it this week, we will cancel": a cancellation set as a condition is a threat.
      // "Als dit niet opgelost wordt, zeggen we ons abonnement op": a condition told, not asked ("if we cancel, what happens?").
      // "Si un jour on devait résilier, on pourrait exporter l'historique ?" supposes a step: no threat.
      ...mentionEvidence(reading, ['cancellation'], 1, (m) => m.conditional && !m.hypothetical && (m.stepAnnounced || m.role === 'statement') && m.role !== 'howto' && m.role !== 'question'),
    ];
    if (threats.length > 0) {
      signals.push({ level: 'high', reason: 'a legal, regulatory or cancellation threat, or severe dissatisfaction', evidence: threats });
    }
    const many = mentionEvidence(reading, ['repeat_contact_many'], 3, complains);
    if (many.length > 0) signals.push({ level: 'high', reason: 'the customer says they have written several times', evidence: many });

    const count = reading.contactsInWindow;
    if (count !== null && count >= policy.thresholds.contactsMedium) {
      const level = count >= policy.thresholds.contactsHigh ? 'high' : 'medium';
      signals.push({
        level,
        reason: `${count} contacts from the requester in ${policy.thresholds.contactWindowDays} days`,
        evidence: [{ source: 'count', ref: 'requester.tickets', detail: `${count} tickets in ${policy.thresholds.contactWindowDays} days`, basis: 'confirmed' }],
      });
    }
    const sponsor: Evidence | null = org?.executiveSponsor === true
      ? { source: 'organization', ref: 'organization.executive_sponsor', detail: 'an executive follows this account', basis: 'confirmed' }
      : null;
    if (sponsor) {
      // "The boards have been slow all week" on an account an executive follows is a complaint too.
      const complaint = [...mentionEvidence(reading, COMPLAINT, 2, notHowTo), ...mentionEvidence(reading, ['outage'], 1, (m) => m.role === 'statement' || m.role === 'question')];
      if (complaint.length > 0) signals.push({ level: 'high', reason: 'a complaint on an account with an executive sponsor', evidence: [sponsor, ...complaint] });
      else signals.push({ level: 'medium', reason: 'an executive sponsor follows the account', evidence: [sponsor] });
    }
    if (org?.planTier && policy.enterpriseTiers.includes(org.planTier)) {
      signals.push({ level: 'medium', reason: 'enterprise tier', evidence: [{ source: 'organization', ref: 'organization.plan_tier', detail: org.planTier, basis: 'confirmed' }] });
    }
    const days = reading.renewalInDays;
    if (days !== null && days >= 0 && days <= policy.thresholds.renewalWindowDays) {
      signals.push({
        level: 'medium',
        reason: `renewal in ${days} days`,
        evidence: [{ source: 'organization', ref: 'organization.renewal_date', detail: `${org?.renewalDate ?? ''} (in ${days} days)`, basis: 'confirmed' }],
      });
    }
    const strain = [...mentionEvidence(reading, STRAIN, 3, complains), ...mentionEvidence(reading, AIMED, 2, isAimedAtUs)];
    // An executive named beside a complaint is pressure; "our CTO asked me to set this up" is not.
    const complaint = mentionEvidence(reading, COMPLAINT, 1, notHowTo);
    if (complaint.length > 0) strain.push(...mentionEvidence(reading, ['executive'], 1, notHowTo));
    if (reading.asks.shouting) {
      strain.push({ source: 'text', ref: 'customer messages', detail: 'written in capitals', basis: 'inferred' });
    }
    if (strain.length > 0) {
      signals.push({ level: 'medium', reason: 'frustration, a repeat contact, executive attention or a renewal in the customer\'s words', evidence: strain });
    }
    return resultFromSignals('customer_pressure', signals, 'no relationship pressure found');
  },
};
