import type { Concept } from '../defaultLexicon';
import { isSettled, textEvidence, type Mention, type TicketReading } from '../readTicket';
import type { Factor, Signal } from './Factor';
import { resultFromSignals } from './Factor';

const HARD_TO_UNDO: Concept[] = [
  'refund', 'credit', 'waiver', 'discount', 'downgrade', 'cancellation', 'deletion', 'ownership',
  'identity_change', 'access_recovery', 'privilege_change', 'billing_adjustment', 'third_party_data',
  // An exception or a disputed entitlement granted changes what the account is owed: a pause in
  // billing, a trial extended, minutes restored are finance-visible if they were wrong.
  'exception', 'entitlement_dispute',
];
const EASY_TO_UNDO: Concept[] = ['easy_change'];

/** Would the next step leave customer- or finance-visible cleanup if it were wrong? */
export const actionIrreversibility: Factor = {
  id: 'action_irreversibility',
  label: 'Action irreversibility',
  score(reading) {
    const signals: Signal[] = [];
    const hard = requested(reading, HARD_TO_UNDO, false);
    if (hard.length > 0) {
      signals.push({ level: 'high', reason: 'the next step (refund, credit, downgrade, deletion, access or ownership change) is hard to undo', evidence: hard });
    }
    const easy = requested(reading, EASY_TO_UNDO, true);
    if (easy.length > 0) {
      signals.push({ level: 'medium', reason: 'a state change that is easy to undo', evidence: easy });
    }
    // "Can you remove the scheduled export?": a change asked of us, even in words no list holds.
    const ask = reading.actionAsk;
    if (ask && hard.length === 0 && easy.length === 0) {
      signals.push({ level: 'medium', reason: 'the customer asks us to make a change', evidence: [{ source: 'text', ref: ask.ref, detail: `"${ask.quote}"`, basis: 'inferred' }] });
    }
    return resultFromSignals('action_irreversibility', signals, 'no state change requested');
  },
};

/** Requests, not how-to questions; with `skipPast`, "we upgraded" reports a past step, not a request. */
function requested(reading: TicketReading, concepts: readonly Concept[], skipPast: boolean) {
  const out: Mention[] = [];
  for (const c of concepts) {
    for (const m of reading.mentions.get(c) ?? []) {
      // "Is there a discount for non-profits?" asks whether one exists; no step is asked yet.
      // "One more while I have you: can I re-send her the receipt?" asks what the customer may do itself.
      // "Could we pause the subscription for two months?" asks our leave: only we can grant an exception.
      // "Serait-il envisageable de rester sur notre tranche ?", "¿habría forma de que tuvierais un detalle?": a concession asked as a possibility.
      // "Non sarebbe corretto venirci incontro?", "wouldn't it be fair to credit us?": a concession asked as only fair.
      // "Could the test runs come off the invoice?": a concession asked in the conditional, of no one named.
      const askedAsPossible = m.role === 'question' && GRANTED.has(c) && (POSSIBLE.test(m.folded) || FAIR.test(m.folded) || (CONDITIONAL_ASK.test(m.folded) && !SELF_ASKED.test(m.folded)));
      if (m.role === 'howto' || (m.role === 'question' && !askedAsPossible && !(OURS_TO_GRANT.has(c) && SELF_ASKED.test(m.folded)) && (!m.addressed || SELF_ASKED.test(m.folded)))) continue;
      // "The refund from the summer is long closed" tells of a step; "do you offer a discount?" asks whether one exists.
      // "If we ever had to cancel, could we export the history?" supposes the step; it asks none.
      if (isSettled(m) || m.hypothetical || (m.role === 'question' && asksWhetherOffered(m.folded))) continue;
      if (skipPast && /^\w+ed\b/i.test(m.quote)) continue;
      out.push(m);
    }
  }
  return out.slice(0, 3).map(textEvidence);
}

const OURS_TO_GRANT: ReadonlySet<Concept> = new Set(['exception', 'entitlement_dispute']);
// Concessions we grant or not; asked whether they are possible, they are asked for.
const GRANTED: ReadonlySet<Concept> = new Set(['refund', 'credit', 'waiver', 'discount', 'exception', 'billing_adjustment']);
const POSSIBLE = /\b(?:possible|possibility|possibilita|possibilidade|posible|posibilidad|possivel|mogelijk|mogelijkheid|moglich|moglichkeit|envisageable|any way|a way|forma de|manera de|modo di|maneira de|chance|kans|da para|luft|room|margin|marge|margen|margine|margem|spielraum|speelruimte)\b/;

const CONDITIONAL_ASK = /^\W*(?:could|would|couldnt|wouldnt|konnten|wurden|pourraient|pourrait|podrian|podria|potrebbero|potrebbe|poderiam|poderia|zouden|zou)\b/;

const FAIR = /\b(?:fair|reasonable|only right|juste|normal|correct|corretto|giusto|ragionevole|justo|razonable|correcto|razoavel|gerecht|angemessen|billig|redelijk|eerlijk|terecht)\b/;

const SELF_ASKED = /\b(?:(?:can|could|may|should) (?:i|we)|kann ich|konnen wir|puis[- ]je|pouvons[- ]nous|puedo|podemos|posso|possiamo|kan ik|kunnen we)\b/i;

// "Do you offer a startup discount?", "Haben Sie einen Rabatt für Vereine?": whether it exists, not a step.
const OFFERED = /^\W*(?:(?:hi|hello|hey|also|and|so)\W+)*(?:(?:do|does)\s+(?:you|u)\s+(?:do|offer|have|provide|give|run|sell)|is there|are there|gibt es|haben sie|bieten sie|proposez[- ]vous|offrez[- ]vous|avez[- ]vous|existe|ofrecen|ofreces|tienen|hay|voces oferecem|oferecem|bieden (?:jullie|u)|hebben (?:jullie|u)|offrite|avete)\b/i;

function asksWhetherOffered(sentence: string): boolean {
  return OFFERED.test(sentence.normalize('NFD').replace(/\p{M}/gu, ''));
}
