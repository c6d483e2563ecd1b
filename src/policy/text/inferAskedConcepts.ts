import type { ConceptHit } from './findConcepts';
import type { SentenceReading } from './readSentenceRoles';
import { normAt, type Tokens } from './tokenize';

/**
 * Reads what a change asked of us is about when no phrase names it: "can you just zero that
 * line and resend?" asks to waive a charge, "please put the November invoice on our new
 * address" asks for a billing adjustment, "can you add lena@example.com to our workspace?"
 * asks to grant someone access. A sentence counts when it asks us to act (a request that
 * speaks to us and is not only for information); what it is about comes from the concepts
 * found in it and from its verbs.
 */

/** A concept read from how a sentence is built, at the words that show it. */
export interface InferredHit extends ConceptHit {
  /** Why the concept was read: the verb and the object that show it. */
  because: string;
}

// Concepts that name something billed: a change asked to one of them is a change to what was billed.
const BILLED = new Set(['billing']);
// Concepts whose own phrase already says what the change is.
const NAMED = new Set(['waiver', 'refund', 'credit', 'discount', 'billing_adjustment', 'easy_change', 'downgrade', 'cancellation']);

// Verbs that take something off a bill: asked of us, they ask for a concession.
const REDUCING = words(`
  remove zero drop delete cancel void reverse lower reduce strike knock cut waive scrap take
  entfernen streichen stornieren loschen senken erlassen
  supprimer retirer annuler baisser reduire enlever
  eliminar quitar anular bajar reducir suprimir
  remover tirar retirar cancelar reduzir baixar excluir
  verwijderen schrappen annuleren verlagen
  rimuovere togliere eliminare annullare ridurre abbassare stornare
`);

// Verbs that rewrite what was billed: asked of us, they ask for a billing adjustment.
const ALTERING = words(`
  correct amend reissue adjust fix redo regenerate backdate recalculate prorate split merge move change rewrite
  korrigieren berichtigen andern anpassen
  corriger modifier refaire rectifier
  corregir modificar rehacer rectificar
  corrigir alterar refazer retificar
  corrigeren aanpassen wijzigen
  correggere modificare rifare rettificare
`);

// Verbs that let a person in: asked of us with the person's address, they grant access.
const GRANTING = words(`
  add invite give grant include let onboard
  hinzufugen einladen geben freischalten
  ajouter inviter donner
  agregar anadir invitar dar
  adicionar convidar incluir
  toevoegen uitnodigen geven
  aggiungere invitare dare
`);

// Lines of a bill: "that line", "the onboarding item".
const LINE_WORDS = words('line lines item items entry entries position posten ligne lignes linea lineas linha linhas regel regels riga righe voce voci');

// What a billing contact is made of.
const CONTACT_WORDS = words('email mail address contact recipient recipients cc mailbox phone adresse adresa direccion correo endereco adres indirizzo destinatario destinataire empfanger');

// Where a person is let in: "to our workspace", "zum Team", "à l'espace".
const PLACES = words(`
  workspace workspaces account team teams board boards space spaces organization organisation org project projects group channel
  arbeitsbereich konto teams bereich espace compte equipe espacio cuenta equipo espaco conta werkruimte spazio squadra gruppo
`);

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Concepts asked of us in the sentences that ask us to act, beyond those a phrase named. */
export function inferAskedConcepts<W extends { norm: string }>(
  tokens: Tokens<W>,
  roles: readonly SentenceReading[],
  hits: readonly ConceptHit[],
  minWords: number,
): InferredHit[] {
  const out: InferredHit[] = [];
  let i = 0;
  while (i < tokens.count) {
    const sentence = tokens.sentence[i]!;
    let j = i;
    while (j < tokens.count && tokens.sentence[j] === sentence) j++;
    const role = roles[sentence];
    if (role && role.role === 'request' && role.addressed && !role.info && role.words >= minWords) {
      out.push(...inferInSentence(tokens, i, j - 1, hits));
    }
    i = j;
  }
  return out;
}

function inferInSentence<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number, hits: readonly ConceptHit[]): InferredHit[] {
  const here = hits.filter((h) => h.from >= from && h.to <= to && !h.negated);
  const out: InferredHit[] = [];
  // "The invoice has a 'Premium onboarding' line. Can you zero that line?": the line is a billed one.
  const line = hits.some((h) => BILLED.has(h.concept)) ? findWord(tokens, from, to, LINE_WORDS) : -1;
  const billedHit = here.find((h) => BILLED.has(h.concept));
  const billed = billedHit ?? (line >= 0 ? { from: line, to: line } : null);
  // "Please change the billing email to finance@…" changes who receives the bill: an easy change, not the bill.
  if (billed && !here.some((h) => NAMED.has(h.concept)) && findWord(tokens, from, to, CONTACT_WORDS) < 0) {
    const object = normAt(tokens, billed.from);
    const reducing = findWord(tokens, from, to, REDUCING);
    const altering = reducing >= 0 ? -1 : findWord(tokens, from, to, ALTERING);
    if (reducing >= 0) out.push({ concept: 'waiver', from: Math.min(reducing, billed.from), to: Math.max(reducing, billed.to), negated: false, because: `asks us to ${normAt(tokens, reducing)} a charge (${object})` });
    else if (altering >= 0) out.push({ concept: 'billing_adjustment', from: Math.min(altering, billed.from), to: Math.max(altering, billed.to), negated: false, because: `asks us to ${normAt(tokens, altering)} what is billed (${object})` });
  }
  // "Add ap@example.com as a CC on invoice emails" adds a billing contact, not a member.
  if (!billedHit && !here.some((h) => h.concept === 'privilege_change' || h.concept === 'access_object')) {
    const granting = findWord(tokens, from, to, GRANTING);
    if (granting >= 0 && findWord(tokens, from, to, PLACES) >= 0 && hasAddress(tokens, from, to)) {
      out.push({ concept: 'access_object', from: granting, to: granting, negated: false, because: `asks us to ${normAt(tokens, granting)} a person by address` });
    }
  }
  return out;
}

function findWord<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number, set: ReadonlySet<string>): number {
  for (let k = from; k <= to; k++) {
    const w = normAt(tokens, k);
    // "the reverse charge procedure" is a tax rule, not a charge to reverse.
    if (w === 'reverse' && k < to && normAt(tokens, k + 1) === 'charge') continue;
    if (set.has(w)) return k;
  }
  return -1;
}

/** Whether the sentence holds a mail address: "lena.fischer@example.com". */
function hasAddress<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): boolean {
  const text = tokens.text;
  for (let c = tokens.start[from]!; c < tokens.end[to]!; c++) if (text.charCodeAt(c) === 64) return true;
  return false;
}
