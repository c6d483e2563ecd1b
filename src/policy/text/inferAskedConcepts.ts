import type { ConceptHit } from './findConcepts';
import type { SentenceReading } from './readSentenceRoles';
import { normAt, type Tokens } from './tokenize';

/**
 * Reads what a change asked of us is about when no phrase names it: "can you just zero that
 * line and resend?" asks to waive a charge, "please put the November invoice on our new
 * address" asks for a billing adjustment, "can you add lena@example.com to our workspace?"
 * asks to grant someone access, "please send me all messages from Tom" hands over another
 * person's data, and "can you tell me which user deleted it?" asks what someone else did. A
 * sentence counts when it asks something of us (a request that speaks to us; for hand-overs and
 * "who did it", also one that asks to be sent or told); what it is about comes from the concepts
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
  remove zero drop delete cancel void reverse lower reduce strike knock cut waive scrap take skip forgive overlook
  entfernen streichen stornieren loschen senken erlassen
  supprimer retirer annuler baisser reduire enlever
  eliminar quitar anular bajar reducir suprimir
  remover tirar retirar cancelar reduzir baixar excluir
  verwijderen schrappen annuleren verlagen halen afhalen
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

// Verbs of letting someone in that carry a pronoun or an ending: "abilitarla", "habilitarle", "freischalten", "autorizzarlo".
const GRANTING_STEMS = ['abilit', 'habilit', 'freischalt', 'autorizz', 'autoriz', 'autoris', 'berechtig'];

// Verbs that erase records.
const ERASING = words('delete erase wipe remove purge loschen entfernen wissen verwijderen supprimer effacer borrar eliminar apagar excluir cancellare eliminare');

// Access itself, granted: "donner accès", "Zugang geben".
const ACCESS_WORDS = words('access acces accesso acceso acesso zugang zugriff toegang rights rechten rechte droits derechos direitos diritti');

// Lines of a bill: "that line", "the onboarding item".
const LINE_WORDS = words('line lines item items entry entries position posten ligne lignes linea lineas linha linhas regel regels riga righe voce voci');

// What a billing contact is made of.
const CONTACT_WORDS = words('email mail address contact recipient recipients cc mailbox phone adresse adresa direccion correo endereco adres indirizzo destinatario destinataire empfanger');

// Where a person is let in: "to our workspace", "zum Team", "à l'espace".
const PLACES = words(`
  workspace workspaces account team teams board boards space spaces organization organisation org project projects group channel
  vault vaults folder folders collection collections repo repository environment site
  arbeitsbereich konto teams bereich espace compte equipe espacio cuenta equipo espaco conta werkruimte spazio squadra gruppo
  tresor ordner coffre dossier boveda carpeta cofre pasta kluis map cassaforte cartella
`);

// "Give Nacho the same as I have": the rights of the one asking, handed to someone else.
const SAME = words('same mismo misma dasselbe dieselben gleichen memes meme mesmo mesma mesmos hetzelfde dezelfde stesso stessi stessa');

// What a person signs in with.
const LOGIN_WORDS = words('login logins username sign signin anmeldung konto connexion identifiant acceso usuario acesso utilizador inlog gebruikersnaam accesso utente');
// Verbs that move a login elsewhere.
const MOVING = words('point move switch change transfer put set update umstellen andern ubertragen verschieben changer transferer basculer deplacer cambiar pasar transferir mover mudar alterar passar trocar wijzigen overzetten verplaatsen cambiare spostare trasferire passare');

// Verbs that hand something over: asked of us with another person's records, they hand over that person's data.
const HANDING = words(`
  send forward transfer give copy export hand share move email mail
  schicken senden weiterleiten ubertragen ubergeben geben kopieren exportieren
  envoyer transferer transmettre donner copier exporter
  enviar transferir pasar reenviar dar copiar exportar mandar encaminhar
  sturen doorsturen overdragen overzetten geven kopieren exporteren
  inviare trasferire girare inoltrare dare copiare esportare
`);

// A person's records: what handing over another person's data hands over.
const RECORDS = words(`
  messages message conversations conversation chats chat emails mails notes history data files inbox calls recordings threads tickets
  storico accessi accesos acessos zugriffe logins anmeldungen
  scores results grades marks transcript transcripts certificate certificates releve punteggi risultati voti notas resultados calificaciones noten ergebnisse zeugnis cijfers resultaten
  correspondence mailbox registrations registrants attendees list lists lista listas liste listen lijst lijsten elenco
  export exports report reports sales orders invoices contacts documents activity logs profiles timesheets timesheet bookings appointments transactions statements
  reservation reservations booking reserva reservas reservering reserveringen prenotazione prenotazioni buchung buchungen
  passport passports scans pasaporte pasaportes passaporte passaportes passeport passeports reisepass ausweis paspoort paspoorten passaporto passaporti
  payslips payslip paystubs paystub payroll salaries salary lohnabrechnung lohnabrechnungen gehaltsabrechnung gehaltsabrechnungen
  bulletins fiches nominas nomina recibos holerites contracheques loonstroken loonstrook cedolini buste
  nachrichten gesprache daten verlauf notizen dateien postfach
  conversations messages notes donnees fichiers historique
  mensajes conversaciones datos notas archivos historial correos
  mensagens conversas dados notas arquivos historico
  berichten gesprekken gegevens notities bestanden
  messaggi conversazioni dati note file cronologia
`);

// Words that make the records someone else's: "his notes", "ses conversations", "seine Nachrichten".
const THIRD_PERSON = words('his her hers ses son sa leur leurs seine seiner seinen ihre ihren ihrer sus su dele dela seus suas zijn haar suoi sue suo sua loro');
// "All messages from Tom": a preposition before a name.
const FROM_WORDS = words('from of by von van de di da del des du');

// The people an account serves or employs, and the details of theirs that identify them.
const PEOPLE = words(`
  patients clients customers employees staff students members tenants guests candidates people ppl team colleagues
  attendees registrants participants donors applicants visitors subscribers participantes partecipanti teilnehmer teilnehmende
  deelnemers inscritos inscrits iscritti candidatos candidats kandidaten candidati
  patienten kunden mitarbeiter mitarbeitenden patients employes salaries eleves pacientes clientes empleados alumnos
  funcionarios colaboradores pazienti clienti dipendenti studenti klanten medewerkers leerlingen
`);
const PERSONAL_DETAILS = words(`
  phone phones numbers addresses emails birthdays birthdates contacts
  telefonnummern adressen geburtstage telephones adresses courriels telefonos direcciones correos
  telefones enderecos contatos telefoni indirizzi contatti telefoonnummers adressen
`);

// A private mailbox: the account's data sent there leaves the organization.
const PRIVATE_MAIL = words('personal private privat privada privado personnel personnelle prive persoonlijk prive pessoal personale privato privata gmail hotmail yahoo outlook icloud gmx');

// What lets someone in: sent to an address, it hands over access.
const CREDENTIALS = words('key keys token tokens password passwords credential credentials login logins secret passwort zugangsdaten schlussel cle identifiants contrasena credenciales clave senha credenciais chave wachtwoord inloggegevens sleutel credenziali chiave');

// "Which user deleted it?", "who changed the rules?": asked of us, it asks what another person did.
const WHO_WORDS = words('who which wer welcher welche qui quel quelle quien quem wie chi quale');
const DONE_VERBS = words(`
  deleted removed changed edited exported downloaded accessed viewed opened did moved archived
  geloscht entfernt geandert bearbeitet exportiert
  supprime modifie exporte
  borro elimino cambio edito exporto
  apagou excluiu alterou editou exportou
  verwijderd gewijzigd aangepast geexporteerd
  eliminato cancellato modificato esportato
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
  let previousStart = 0;
  let earlierStart = 0;
  while (i < tokens.count) {
    const sentence = tokens.sentence[i]!;
    let j = i;
    while (j < tokens.count && tokens.sentence[j] === sentence) j++;
    const role = roles[sentence];
    // "Kunnen we op het oude tarief blijven?", "we'd like to stay on the rate we joined at": a price of our own asked for.
    if (role && role.role === 'request' && !role.info && role.words >= minWords && !hits.some((h) => h.from >= i && h.to < j && (NAMED.has(h.concept) || h.concept === 'exception'))) {
      const price = asksOtherPrice(tokens, earlierStart, i, j - 1);
      if (price) out.push(price);
    }
    if (role && role.role === 'request' && role.addressed && role.words >= minWords) {
      if (!role.info) out.push(...inferInSentence(tokens, i, j - 1, hits, previousStart));
      // "On voit deux prélèvements de 189 €. Vous pouvez faire le nécessaire ?": putting right a charge taken twice pays one back.
      if (!role.info) {
        const fix = asksToPutRight(tokens, previousStart, i, j - 1, hits);
        if (fix) out.push(fix);
      }
      // "Please send me a copy of all his messages" asks for something sent: it hands data over.
      // "O que preciso é saber como exportar o histórico" asks to be told how, and hands nothing over.
      const handed = role.info && findWord(tokens, i, j - 1, HOW_WORDS) >= 0 ? null : handsOver(tokens, i, j - 1, hits, previousStart, earlierStart);
      if (handed) out.push(handed);
    }
    if (role && role.addressed && (role.info || role.role === 'question')) {
      const who = askedWhoDid(tokens, i, j - 1) ?? askedWhatTheyDid(tokens, i, j - 1);
      if (who) out.push(who);
    }
    earlierStart = previousStart;
    previousStart = i;
    i = j;
  }
  return out;
}

function inferInSentence<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number, hits: readonly ConceptHit[], previousStart: number): InferredHit[] {
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
  // "Any chance you could not bill the overage this once?": a charge we are asked not to make is waived.
  const spared = here.some((h) => NAMED.has(h.concept)) ? null : hits.find((h) => h.from >= from && h.to <= to && h.negated && BILLED.has(h.concept) && isSparedCharge(tokens, h.from));
  if (spared && findWord(tokens, from, to, TWICE) < 0) out.push({ concept: 'waiver', from: spared.from - 1, to: spared.to, negated: false, because: `asks us not to ${normAt(tokens, spared.from)} it` });
  // "El 20 de noviembre nos pasasteis el cargo. ¿Nos lo podéis devolver?": a charge given back is a refund.
  // "Potete restituirci la differenza?": so is a sum of money, whatever was said of the bill.
  if ((hits.some((h) => BILLED.has(h.concept)) || findWord(tokens, from, to, SUMS) >= 0) && !here.some((h) => NAMED.has(h.concept))) {
    const back = findGivingBack(tokens, from, to);
    if (back >= 0) out.push({ concept: 'refund', from: back, to: back, negated: false, because: `asks us to give back what was charged (${normAt(tokens, back)})` });
  }
  // "Could the interns not count this quarter?", "als halve deelnemer meetellen": what is billed, counted less.
  // "We betalen het volle tarief. Kunnen zij voor de helft meetellen?": paying, told just before, is billing.
  const paid = hits.some((h) => BILLED.has(h.concept)) || findWord(tokens, previousStart, to, PAYING) >= 0;
  if (paid && !here.some((h) => NAMED.has(h.concept) || h.concept === 'exception')) {
    const counted = countedLess(tokens, from, to);
    if (counted >= 0) out.push({ concept: 'exception', from: counted, to: counted, negated: false, because: `asks us to count less of what is billed (${normAt(tokens, counted)})` });
  }
  // "Sería justo que nos lo descontarais de la factura": made good for, on the bill.
  if ((hits.some((h) => BILLED.has(h.concept)) || findWord(tokens, from, to, SUMS) >= 0) && !here.some((h) => NAMED.has(h.concept))) {
    // "I trust you'll do the right thing on our next invoice": made good, said by implication.
    const making = Math.max(findStem(tokens, from, to, MAKING_GOOD_STEMS), findPair(tokens, from, to, 'right', 'thing'));
    if (making >= 0) out.push({ concept: 'credit', from: making, to: making, negated: false, because: `asks us to make good for it (${normAt(tokens, making)})` });
  }
  // "Add ap@example.com as a CC on invoice emails" adds a billing contact, not a member.
  if (!billedHit && !here.some((h) => h.concept === 'privilege_change' || h.concept === 'access_object')) {
    // "Potete abilitarlo voi?": the verb may carry its pronoun.
    const granting = Math.max(findWord(tokens, from, to, GRANTING), findStem(tokens, from, to, GRANTING_STEMS));
    // "… con gli stessi poteri che ho io. Potete abilitarlo voi da lunedì?": the same powers as the asker's, given to someone named before.
    const samePowers = granting >= 0 && findWord(tokens, previousStart, to, SAME) >= 0 && hasAddress(tokens, previousStart, to);
    if (granting >= 0 && (samePowers || ((findWord(tokens, from, to, PLACES) >= 0 || findWord(tokens, from, to, SAME) >= 0) && hasAddress(tokens, from, to)))) {
      out.push({ concept: 'access_object', from: granting, to: granting, negated: false, because: `asks us to ${normAt(tokens, granting)} a person by address` });
    } else if (granting >= 0 && findWord(tokens, from, to, ACCESS_WORDS) >= 0 && someoneElses(tokens, from, to)) {
      // "Pouvez-vous me donner accès à son espace ?": access to someone else's account or things.
      out.push({ concept: 'access_object', from: granting, to: granting, negated: false, because: `asks us to ${normAt(tokens, granting)} access to someone else's account` });
    } else if (granting >= 0 && findWord(tokens, from, to, PLACES) >= 0 && findWord(tokens, from, to, ONE_OTHER) >= 0) {
      // "Kunnen jullie hem een account geven?": an account given to someone else.
      out.push({ concept: 'access_object', from: granting, to: granting, negated: false, because: `asks us to ${normAt(tokens, granting)} someone else an account` });
    }
  }
  // "Could you set him up like her?", "… quello che vedo io. Potete dargli lo stesso profilo?": someone given another's access.
  const person = Math.max(findWord(tokens, from, to, THIRD_PERSON), findWord(tokens, from, to, ONE_OTHER));
  if (person >= 0 && !here.some((h) => h.concept === 'privilege_change' || h.concept === 'access_object')) {
    const like = Math.max(findLikeSomeone(tokens, from, to), findLikeSomeone(tokens, previousStart, from - 1));
    if (like >= 0) out.push({ concept: 'access_object', from: person, to: person, negated: false, because: "asks us to give someone the same access as another person's" });
  }
  // "Kunnen jullie zijn profiel wissen?": another person's records deleted.
  if (!here.some((h) => h.concept === 'third_party_data')) {
    const erasing = findWord(tokens, from, to, ERASING);
    if (erasing >= 0 && someoneElses(tokens, from, to) && findRecords(tokens, from, to) >= 0) {
      out.push({ concept: 'third_party_data', from: erasing, to: erasing, negated: false, because: `asks us to ${normAt(tokens, erasing)} another person's records` });
    }
  }
  // "Could you point my login at my own address (chris@gmail.com)?": a login moved to another address changes who it is.
  if (!here.some((h) => h.concept === 'identity_change') && hasAddress(tokens, from, to)) {
    const login = findWord(tokens, from, to, LOGIN_WORDS);
    const moving = login >= 0 ? findWord(tokens, from, to, MOVING) : -1;
    if (moving >= 0) out.push({ concept: 'identity_change', from: Math.min(moving, login), to: Math.max(moving, login), negated: false, because: `asks us to ${normAt(tokens, moving)} a ${normAt(tokens, login)} to another address` });
  }
  return out;
}

// What is paid, what makes it another price than the one billed, and keeping a price.
const PRICE_WORDS = words(`
  price prices pricing rate rates fee fees amount tariff tarif tarifs tarief tarieven tarifa tarifas tariffa tariffe preis preise prix
  precio precios preco precos prijs prijzen prezzo prezzi bedrag betrag montant importe cuota mensalidade canone
`);
const OTHER_PRICE = words(`
  old oude alten alte alter ancien ancienne anciens antiguo antigua antigo antiga vecchio vecchia vecchi better besser bessere besseren
  besserer meilleur meilleure mejor melhor beter betere migliore lower niedriger niedrigeren lagere launch original ursprunglichen
  oorspronkelijke originale previous vorherigen precedent anterior vorige precedente
`);
const KEEPING = words(`
  keep stay remain carry continue hold behalten bleiben beibehalten garder rester conserver maintenir mantener quedarnos seguir manter
  ficar continuar houden behouden blijven staan mantenere restare rimanere
`);

/** A price asked other than billed, or asked to be kept: the price may be named in the two sentences before. */
function asksOtherPrice<W extends { norm: string }>(tokens: Tokens<W>, earlierStart: number, from: number, to: number): InferredHit | null {
  const price = findWord(tokens, from, to, PRICE_WORDS);
  const other = price >= 0 ? findWord(tokens, from, to, OTHER_PRICE) : -1;
  if (other >= 0) return { concept: 'exception', from: Math.min(price, other), to: Math.max(price, other), negated: false, because: `asks us for another price than the one billed (${normAt(tokens, other)} ${normAt(tokens, price)})` };
  const keeping = findWord(tokens, from, to, KEEPING);
  if (keeping >= 0 && (price >= 0 || (earlierStart < from && findWord(tokens, earlierStart, from - 1, PRICE_WORDS) >= 0))) {
    return { concept: 'exception', from: keeping, to: keeping, negated: false, because: `asks us to keep a price (${normAt(tokens, keeping)})` };
  }
  return null;
}

// Counting what is billed, and the words that count it less: "not count", "count as half", "pause the count".
const COUNTING = words(`
  count counted counting counts mitzahlen mitgezahlt anrechnen angerechnet compter comptabiliser comptabilises
  contar contabilizar contabilizados contare conteggio conteggiare conteggiati meetellen tellen meerekenen
`);
const PAYING = words('pay paid paying zahlen bezahlen payer payons payez pagar pagamos pagare paghiamo betalen betaald');
const COUNTED_LESS = words(`
  not dont nicht nie pas non no nao niet half halb halbe halben halve moitie demi mitad medio media metade meio meta mezzo
  pause pausa pausieren pauzeren freeze einfrieren geler congelar congelare bevriezen
`);

function countedLess<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    if (!COUNTING.has(normAt(tokens, k))) continue;
    for (let m = Math.max(from, k - 4); m <= Math.min(to, k + 2); m++) if (COUNTED_LESS.has(normAt(tokens, m))) return k;
  }
  return -1;
}

// Verbs that make good for a loss: "compensate", "dédommager", "entschädigen", "vergoeden", "risarcire".
const MAKING_GOOD_STEMS = ['compens', 'ausgleich', 'goedmak', 'dedommag', 'entschadig', 'vergoed', 'risarc', 'ristor', 'resarc', 'ressarc', 'indemni', 'indenniz'];

// "Like him", "as me", "wie ich", "comme lui", "como yo", "zoals ik", "che vedo io": the same as another person.
const LIKE_SOMEONE = new Set(['like him', 'like her', 'like me', 'as me', 'as him', 'as her', 'wie ich', 'wie er', 'wie sie', 'comme moi', 'comme lui', 'como yo', 'como el', 'como eu', 'como ele', 'zoals ik', 'zoals hij', 'come me', 'come lui', 'vedo io', 'ho io']);

function findLikeSomeone<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): number {
  for (let k = from; k < to; k++) if (LIKE_SOMEONE.has(`${normAt(tokens, k)} ${normAt(tokens, k + 1)}`)) return k;
  return -1;
}

function findPair<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number, first: string, second: string): number {
  for (let k = from; k < to; k++) if (normAt(tokens, k) === first && normAt(tokens, k + 1) === second) return k;
  return -1;
}

function findStem<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number, stems: readonly string[]): number {
  for (let k = from; k <= to; k++) {
    const w = normAt(tokens, k);
    if (stems.some((s) => w.startsWith(s))) return k;
  }
  return -1;
}

// Verbs that bill, and the negations that may stand right before them: "not bill", "nicht berechnen", "ne pas facturer".
const BILLING_VERBS = words('bill charge invoice berechnen abrechnen fakturieren abbuchen belasten facturer facturez cobrar cobrarnos cobrarnoslo faturar cobrarem factureren aanrekenen fatturare addebitare addebitarci');
const NOT_BEFORE = words('not dont nicht pas niet non nao');
// In English "no charge" is a noun; before a Romance verb "no" negates it: "no cobrarnos".
const ENGLISH_NOUNS = words('bill charge invoice');

/** Whether a negated billing word is a charge asked not to be made: a negation, then the verb. */
function isSparedCharge<W extends { norm: string }>(tokens: Tokens<W>, at: number): boolean {
  if (at === 0) return false;
  const verb = normAt(tokens, at);
  const before = normAt(tokens, at - 1);
  if (!BILLING_VERBS.has(verb)) return false;
  if (NOT_BEFORE.has(before) || (before === 'no' && !ENGLISH_NOUNS.has(verb))) return true;
  // "… dass Sie uns für März nicht den vollen Betrag berechnen": the German verb comes last, after its object.
  if (!GERMAN_LAST.has(verb)) return false;
  for (let k = at - 2; k >= 0 && k >= at - 5; k--) if (normAt(tokens, k) === 'nicht') return true;
  return false;
}
const GERMAN_LAST = words('berechnen abrechnen fakturieren abbuchen belasten');

// Verbs and phrases that ask us to put something right without saying how.
const PUTTING_RIGHT = words('sort fix handle resolve geradeziehen richtigstellen necessaire regulariser arreglar arreglarlo solucionar resolver regularizar sistemare sistemarlo regolarizzare regelen oplossen rechtzetten erledigen klaren korrigieren');
// Words that tell a charge was taken more than once, or too much.
const TWICE = words('twice double doubled duplicate duplicated two both side deux doubles doublon dos duplicado duplicados ambos ambas zweimal doppelt doppelte zwei beide duas duplicada duplicadas twee dubbel dubbele allebei due doppio doppia doppi entrambi x2 2x overpaid overcharged instead statt anstatt');

/** "We were charged twice in November. Can you sort it out?": asked to put right a charge taken twice, which pays one back. */
function asksToPutRight<W extends { norm: string }>(tokens: Tokens<W>, previousStart: number, from: number, to: number, hits: readonly ConceptHit[]): InferredHit | null {
  if (hits.some((h) => h.from >= from && h.to <= to && NAMED.has(h.concept))) return null;
  const fixing = findWord(tokens, from, to, PUTTING_RIGHT);
  if (fixing < 0) return null;
  if (!hits.some((h) => BILLED.has(h.concept) && h.from >= previousStart && h.to <= to)) return null;
  if (findWord(tokens, previousStart, to, TWICE) < 0) return null;
  return { concept: 'refund', from: fixing, to: fixing, negated: false, because: `asks us to put right a charge taken twice ("${normAt(tokens, fixing)}")` };
}

// Sums of money a sentence can ask back: "the difference", "das Geld", "o valor".
const SUMS = words('difference money amount sum balance differenz geld betrag summe argent montant somme diferencia dinero importe suma diferenca dinheiro valor quantia verschil bedrag differenza soldi importo somma');

// Verbs that give back, with or without their pronouns attached: "devolvérnoslo", "zurückerstatten", "restituirci".
const GIVING_BACK_STEMS = ['devolv', 'devuelv', 'restitu', 'zuruckgeb', 'zuruckerstatt', 'zuruckzahl', 'erstatt', 'teruggeef', 'teruggeven', 'terugstort', 'terugbetal'];
const GIVING_BACK = words('rendre rendez rendiez');
// "Can you put it back on the card?", "pay the money back": an English verb with "back" after its object.
const BACK_VERBS = words('give put pay send');

/** Where a sentence asks for something given back, or -1. */
function findGivingBack<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    const w = normAt(tokens, k);
    if (GIVING_BACK.has(w) || GIVING_BACK_STEMS.some((p) => w.startsWith(p))) return k;
    if (!BACK_VERBS.has(w)) continue;
    for (let j = k + 1; j <= to && j <= k + 4; j++) {
      if (normAt(tokens, j) === 'back' && normAt(tokens, j + 1) !== 'to') return k;
    }
  }
  return -1;
}

/** "Please send me a copy of all messages from Tom", "transférer toutes ses conversations", a key sent to a gmail address. */
function handsOver<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number, hits: readonly ConceptHit[], previousStart: number, earlierStart: number): InferredHit | null {
  if (hits.some((h) => h.from >= from && h.to <= to && h.concept === 'third_party_data')) return null;
  const handing = findHanding(tokens, from, to);
  if (handing < 0) return null;
  // "Könnt ihr mir seine letzten 3 Lohnabrechnungen schicken?": in German the verb comes last.
  const records = findWord(tokens, from, to, RECORDS);
  if (records >= 0 && someoneElses(tokens, from, to)) {
    return { concept: 'third_party_data', from: handing, to: records, negated: false, because: `asks us to ${normAt(tokens, handing)} another person's ${normAt(tokens, records)}` };
  }
  // "Could you send me a spreadsheet of the patients I've treated, with their phone numbers?": people's details handed over.
  const people = findWord(tokens, handing + 1, to, PEOPLE);
  if (people >= 0 && findWord(tokens, people + 1, to, PERSONAL_DETAILS) >= 0) {
    return { concept: 'third_party_data', from: handing, to: people, negated: false, because: `asks us to ${normAt(tokens, handing)} the details of ${normAt(tokens, people)}` };
  }
  // "Their IT lead needs a full export of the clinic's patients. Please send it directly to Ron": people's records, sent to someone else.
  // "Our CEO wants the payslips for the whole leadership team. He's not a user. Can you email him a bundle?"
  const someonesRecords = earlierStart < from && (findWord(tokens, earlierStart, from - 1, PEOPLE) >= 0 || someoneElses(tokens, earlierStart, from - 1)) && findRecords(tokens, earlierStart, from - 1) >= 0;
  if (someonesRecords && sentToSomeoneNamed(tokens, handing, to)) {
    return { concept: 'third_party_data', from: handing, to: handing, negated: false, because: `asks us to ${normAt(tokens, handing)} people's records to someone else` };
  }
  // "Elle veut son dossier. Vous pouvez me l'envoyer ?": the records the sentence before named as someone else's.
  if (previousStart < from && findWord(tokens, Math.max(from, handing - 2), Math.min(to, handing + 2), IT_WORDS) >= 0 && findRecords(tokens, previousStart, from - 1) >= 0 && someoneElses(tokens, previousStart, from - 1)) {
    return { concept: 'third_party_data', from: handing, to: handing, negated: false, because: `asks us to ${normAt(tokens, handing)} another person's records named before` };
  }
  // "He lost the API key. Can you send it to his gmail?": a credential sent to an address lets someone in.
  if (hasAddress(tokens, from, to) && findWord(tokens, previousStart, to, CREDENTIALS) >= 0) {
    return { concept: 'access_object', from: handing, to: handing, negated: false, because: `asks us to ${normAt(tokens, handing)} a credential to an address` };
  }
  // "¿Podéis pasarme a mi correo personal la copia de seguridad?": the account's data sent to a private address.
  if (hasAddress(tokens, from, to) && findWord(tokens, from, to, PRIVATE_MAIL) >= 0) {
    return { concept: 'third_party_data', from: handing, to: handing, negated: false, because: `asks us to ${normAt(tokens, handing)} the account's data to a private address` };
  }
  return null;
}

// The pronouns that stand for what the sentence before named: "send it", "me l'envoyer", "mandármelo".
const IT_WORDS = words('it them l le la les lo los las ihn sie es het ze li');

// "Pasarme", "mandarci", "envoyez-moi": a handing verb with its pronoun attached.
const CLITICS = ['nos', 'me', 'mi', 'ci', 'lo', 'la'];

function findHanding<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    const w = normAt(tokens, k);
    if (HANDING.has(w)) return k;
    // "Inviarmi", "mandarci": the Italian infinitive drops its last "e" before the pronoun.
    for (const c of CLITICS) if (w.length > c.length + 3 && w.endsWith(c) && (HANDING.has(w.slice(0, -c.length)) || HANDING.has(`${w.slice(0, -c.length)}e`))) return k;
  }
  return -1;
}

/** Whether the words name another person's things: a third-person possessive, or "from Tom". */
function someoneElses<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = normAt(tokens, k);
    if (THIRD_PERSON.has(w)) return true;
    if (FROM_WORDS.has(w) && k < to && startsName(tokens, k + 1) && !startsCapitalised(tokens, k)) return true;
  }
  return false;
}

/** Records, or a compound ending in them: "ritgegevens", "Fahrdaten". */
function findRecords<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    const w = normAt(tokens, k);
    if (RECORDS.has(w) || RECORD_ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e))) return k;
  }
  return -1;
}
const RECORD_ENDINGS = ['gegevens', 'daten', 'historie', 'verlauf', 'donnees', 'datos', 'dados', 'dati', 'profiel', 'profil', 'profile'];

/** "Send it directly to Ron", "naar het kantoor van mr. Koster", "to lena@example.com": the one it goes to is named, not "me" or "us". */
function sentToSomeoneNamed<W extends { norm: string }>(tokens: Tokens<W>, handing: number, to: number): boolean {
  if (hasAddress(tokens, handing, to)) return true;
  const from = Math.max(0, handing - 8);
  for (let k = from; k < to; k++) {
    if (!RECIPIENT_PREPOSITIONS.has(normAt(tokens, k))) continue;
    for (let j = k + 1; j <= k + 4 && j <= to; j++) {
      const w = normAt(tokens, j);
      if (OUR_SIDE.has(w)) break;
      if (TITLES.has(w) || (startsCapitalised(tokens, j) && j === k + 1 && !ARTICLE_TOO.has(normAt(tokens, k)))) return true;
    }
  }
  // "Can you just email him a pdf bundle?": sent to a third person.
  return handing + 1 <= to && THIRD_RECIPIENTS.has(normAt(tokens, handing + 1));
}
const RECIPIENT_PREPOSITIONS = words('to an a aan naar zu zum zur au aux al alla para');
// "a PDF", "an Excel file": English articles before a capital name no one.
const ARTICLE_TOO = words('a an');
// Titles that name a person: "mr. Koster", "Frau Weber", "Maître Durand".
const TITLES = words('mr mrs ms dr herr herrn frau maitre me avv avvocato dott sr sra senor senora lawyer attorney solicitor advocaat anwalt avocat abogado advogado');
const THIRD_RECIPIENTS = words('him her them ihm ihr lui loro hem haar');
// One other person: "give him an account" ("send them invites" seats the customer's own staff).
const ONE_OTHER = words('him her ihm lui hem');
const OUR_SIDE = words('me us i uns mir mij ons nous moi');

const HOW_WORDS = words('how wie comment como hoe come');

/** A name as written: a capital and then small letters ("Tom", not "ETA"). */
function startsName<W extends { norm: string }>(tokens: Tokens<W>, k: number): boolean {
  const second = tokens.text.charCodeAt(tokens.start[k]! + 1);
  return startsCapitalised(tokens, k) && !(second >= 65 && second <= 90);
}

function startsCapitalised<W extends { norm: string }>(tokens: Tokens<W>, k: number): boolean {
  const c = tokens.text.charCodeAt(tokens.start[k]!);
  return c >= 65 && c <= 90;
}

/** "Can you tell me which user deleted it and when?": asks us what another person did. */
function askedWhoDid<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): InferredHit | null {
  for (let k = from; k <= to; k++) {
    if (!WHO_WORDS.has(normAt(tokens, k))) continue;
    for (let j = k + 1; j <= to && j <= k + 3; j++) {
      if (DONE_VERBS.has(normAt(tokens, j))) return { concept: 'third_party_data', from: k, to: j, negated: false, because: `asks us who ${normAt(tokens, j)} something` };
    }
  }
  return null;
}

// Who did nothing: "nobody", "none of us", "personne", "niemand", "nadie", "ninguém", "nessuno".
const NOBODY = words('nobody noone personne niemand keiner nadie ninguem nessuno');
const ARTICLE_BEFORE_PERSON = words('une la cette chaque toute seule');
// What was done in the account: created, added, changed, requested, set up.
const MADE_VERBS = words(`
  created made added changed installed registered requested sent invited authorised authorized approved
  erstellt angelegt hinzugefugt geandert angefordert installiert eingerichtet eingeladen
  cree creee crees creees ajoute ajoutee ajoutes modifie modifiee demande demandee demandes installe envoye invite
  creado creada creados creadas creo anadido anadio cambiado pedido solicitado solicitados instalado enviado invitado
  criou criado criada criados criadas adicionou adicionado alterou alterado pediu solicitou solicitado instalou enviou
  aangemaakt gemaakt toegevoegd gewijzigd aangevraagd geinstalleerd verstuurd uitgenodigd
  creato creata creati create aggiunto aggiunta modificato richiesto richiesti installato inviato invitato
`);
const DID_THAT = words('that this it das dat ca cela eso isso questo');
const NOBODY_REACH = 7;

/**
 * Acts the customer tells of that no one on their side did: "Personne chez nous n'a créé ce compte",
 * "none of us added it". Read in every message, whatever it asks: a how-to that reports keys no one
 * made reports suspicious activity.
 */
export function inferUnknownActs<W extends { norm: string }>(tokens: Tokens<W>, roles: readonly SentenceReading[]): InferredHit[] {
  const out: InferredHit[] = [];
  let i = 0;
  while (i < tokens.count) {
    const sentence = tokens.sentence[i]!;
    let j = i;
    while (j < tokens.count && tokens.sentence[j] === sentence) j++;
    if (roles[sentence]?.role !== 'howto') {
      const unknown = toldNobodyDid(tokens, i, j - 1);
      if (unknown) out.push(unknown);
    }
    i = j;
  }
  return out;
}

function toldNobodyDid<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): InferredHit | null {
  for (let k = from; k <= to; k++) {
    const w = normAt(tokens, k);
    const nobody = (NOBODY.has(w) && !(w === 'personne' && k > from && ARTICLE_BEFORE_PERSON.has(normAt(tokens, k - 1))))
      || (w === 'no' && k < to && normAt(tokens, k + 1) === 'one')
      || (w === 'none' && k + 2 <= to && normAt(tokens, k + 1) === 'of' && normAt(tokens, k + 2) === 'us');
    if (!nobody) continue;
    for (let j = k + 1; j <= to && j <= k + NOBODY_REACH; j++) {
      const v = normAt(tokens, j);
      if (MADE_VERBS.has(v) || (v === 'did' && j < to && DID_THAT.has(normAt(tokens, j + 1)))) {
        return { concept: 'compromise', from: k, to: j, negated: false, because: `tells of something done in the account (${v}) that no one on their side did` };
      }
    }
  }
  return null;
}

// What a login did: "whether his account downloaded anything", "ce que son compte a téléchargé".
const ACTIVITY_VERBS = words('ran run exported downloaded accessed viewed opened did sent forwarded copied deleted changed');
const ACCOUNT_NOUNS = words('login account user profile session konto benutzer compte utilisateur cuenta usuario conta utilizador account gebruiker utente');

/** "Can you tell us whether his account downloaded any reports?": asked of us, it asks what another person did. */
function askedWhatTheyDid<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): InferredHit | null {
  for (let k = from; k < to; k++) {
    if (!THIRD_PERSON.has(normAt(tokens, k)) || !ACCOUNT_NOUNS.has(normAt(tokens, k + 1))) continue;
    for (let j = k + 2; j <= to && j <= k + 4; j++) {
      if (ACTIVITY_VERBS.has(normAt(tokens, j))) return { concept: 'third_party_data', from: k, to: j, negated: false, because: `asks us what another person's ${normAt(tokens, k + 1)} did (${normAt(tokens, j)})` };
    }
  }
  return null;
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
