import { isIn } from './findCode';
import { foldWord, normAt, type Tokens } from './tokenize';

/**
 * Tells the words that name the customer's own things from words that ask something of us:
 * a board called "Litigation", a status label 'Compromised', OUR customers' cancellations, the
 * orders a shop marks as refunded, or the organization's own name ("Credit Union"). A concept
 * named this way describes the customer's business or data; it is not an ask.
 */

// Things the customer builds or keeps in the product, in the languages read.
const CONTENT_NOUNS = words(`
  board boards column columns field fields label labels tag tags template templates report reports filter filters
  form forms workflow workflows automation automations dashboard dashboards pipeline pipelines stage stages category
  categories folder folders card cards list lists widget widgets spreadsheet spreadsheets sheet sheets csv formula
  formulas tab tabs button buttons knopf bouton boton botao knop pulsante dropdown dropdowns picklist checklist checklists records entries rows chart charts graph graphs
  table tables kanban macro macros trigger triggers tracker inventory orders deals leads sprint sprints calendar
  payload payloads webhook webhooks endpoint endpoints json xml schema
  repo repos repository repositories script scripts job jobs module modules microservice microservices cronjob cronjobs branch branches
  datei dateien fichier fichiers archivo archivos ficheiro ficheiros bestand bestanden
  connector connectors conector conectores connecteur connecteurs konnektor konnektoren connettore connettori
  painel paineis grafico graficos grafiek grafieken diagramm diagramme diagrama diagramas diagrammi
  metric metrics kpi kpis query queries dataset datasets
  task tasks item items subitem subitems project projects document documents page pages aufgabe aufgaben tache taches tarea tareas
  tarefa tarefas taak taken compito compiti elemento elementi
  tafel spalte spalten feld felder etikett etiketten vorlage vorlagen bericht berichte formular formulare liste listen
  tabelle tabellen auftrage datensatze
  tableau colonne colonnes champ champs etiquette etiquettes modele modeles rapport rapports formulaire formulaires
  listes commandes fiches
  tablero columna columnas campo campos etiqueta etiquetas plantilla plantillas informe informes formulario formularios
  listas pedidos registros
  quadro coluna colunas modelo modelos relatorio relatorios
  bord kolom kolommen veld velden sjabloon sjablonen rapporten formulier formulieren lijst lijsten bestellingen
  bacheca colonna colonne campi etichetta etichette modello modelli rapporto rapporti modulo moduli elenco ordini
`);

// People and organizations the customer serves: their refunds, contracts and incidents are the customer's business.
const THEIR_PEOPLE = words(`
  customers clients shoppers buyers patients students subscribers tenants residents donors readers learners callers
  policyholders borrowers investors merchants studios stores shops restaurants schools clinics branches
  kunden kundinnen patienten schuler abonnenten mieter clients adherents patients eleves abonnes locataires
  clientes pacientes alumnos estudiantes suscriptores inquilinos alunos assinantes klanten studenten abonnees huurders
  clienti pazienti studenti abbonati inquilini
`);

// Verbs of using a control: "clicking Refund", "klicke auf Erstatten" (with "auf", "on", "sur" between).
const CLICKING = words('click clicking clicked clicks press pressing pressed hit hitting tap tapping tapped select selecting klick klicke klicken klickt clique cliquer cliquant clic clicar clico cliccare clicco premere premo klik klikken klikte');
const ONTO = words('on auf sur en em su op');

// "Ik ga met de directie om tafel", "everything is on the table": a table sat at, not one the customer keeps.
const TABLES = words('tafel table');
const AT_THE_TABLE = words('om aan the');
function isMeetingTable<W extends { norm: string }>(tokens: Tokens<W>, k: number): boolean {
  return TABLES.has(normAt(tokens, k)) && k > 0 && AT_THE_TABLE.has(normAt(tokens, k - 1)) && (normAt(tokens, k - 1) !== 'the' || (k > 1 && normAt(tokens, k - 2) === 'on'));
}

function afterClicking<W extends { norm: string }>(tokens: Tokens<W>, from: number): boolean {
  let k = from - 1;
  if (k >= 0 && ONTO.has(normAt(tokens, k))) k--;
  return k >= 0 && tokens.sentence[k] === tokens.sentence[from] && CLICKING.has(normAt(tokens, k));
}

// "What day do you charge our card?": beside a charge, a card is what pays, not a card on a board.
const CARDS = words('card cards');
const PAID_BY_CARD: ReadonlySet<string> = new Set(['billing', 'refund', 'credit']);
function isPaymentCard(word: string, concept: string): boolean {
  return CARDS.has(word) && PAID_BY_CARD.has(concept);
}

function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222);
}

// Words that tie a thing to its owner or its name: "a board called ...", "marked as ...".
const NAMING = words('mark called named titled labelled labeled marked tagged heisst genannt namens appele nomme llamado llamada chamado chamada genaamd chiamato chiamata');

const OWN_WINDOW = 3;
const DATA_WINDOW = 8;
// Money words that also name the customer's records: refunds, credits and discounts in a report are data.
const DATA_CONCEPTS: ReadonlySet<string> = new Set(['refund', 'credit', 'discount', 'waiver', 'billing']);

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(foldWord));
}

// The last parts of German and Dutch compounds that name a thing kept in the product: "-datei", "-liste", "-export".
const COMPOUND_TAILS = ['datei', 'dateien', 'liste', 'listen', 'bericht', 'berichte', 'export', 'vorlage', 'tabelle', 'spalte', 'feld', 'formular', 'bestand', 'bestanden', 'lijst', 'rapport', 'overzicht', 'sjabloon', 'kolom', 'veld'];
const MIN_COMPOUND_HEAD = 5;

function endsInContentNoun(word: string): boolean {
  return COMPOUND_TAILS.some((tail) => word.length >= tail.length + MIN_COMPOUND_HEAD && word.endsWith(tail));
}

// What a customer builds and runs: a money word before one of these names it.
const SOFTWARE = words('service services microservice processing processor engine worker workers system systems api module servicio servicios servico servicos dienst dienste systeme sistema sistemi servizio servizi');
// "Servicio de reembolsos", "service des remboursements", "servizio di rimborsi".
const SOFTWARE_OF = words('de des du di dei da do dos van');

function namesSoftware<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): boolean {
  const sentence = tokens.sentence[from];
  for (let k = to + 1; k <= to + 2 && k < tokens.count && tokens.sentence[k] === sentence; k++) if (SOFTWARE.has(normAt(tokens, k))) return true;
  let k = from - 1;
  if (k >= 0 && tokens.sentence[k] === sentence && SOFTWARE_OF.has(normAt(tokens, k))) k--;
  else return false;
  if (k >= 0 && ARTICLES.has(normAt(tokens, k))) k--;
  return k >= 0 && tokens.sentence[k] === sentence && SOFTWARE.has(normAt(tokens, k));
}

/** Short quoted names in a text, as [start, end) character ranges: `"Litigation"`, `'Compromised - reimage'`. */
/** Whether quoted words read as a title: nearly every longer word starts with a capital or a digit. */
function isTitle(parts: readonly string[]): boolean {
  if (parts.length > TITLE_WORDS) return false;
  const long = parts.filter((p) => p.length > 3);
  const capitals = long.filter((p) => /^[\p{Lu}\p{N}]/u.test(p)).length;
  return long.length > 0 && capitals >= long.length - 1 && capitals / long.length >= 0.75;
}
const TITLE_WORDS = 12;

export function findQuotedNames(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!/["“”„«»‹›'‘’]/.test(text)) return out;
  const pattern = /(["“„«‹])([^"“”„«»‹›\n]{1,60})(["”“»›])|(?<![\p{L}\p{N}])['‘]([^'‘’\n]{1,60})['’](?![\p{L}\p{N}])/gu;
  for (const m of text.matchAll(pattern)) {
    const inner = m[2] ?? m[4] ?? '';
    // A name is a few words; a quoted sentence is someone's words and is read.
    // "Security Awareness 101: Phishing, Passwords & Account Takeover": a title in capitals is a name however long.
    const parts = inner.trim().split(/\s+/);
    if ((parts.length > 5 && !isTitle(parts)) || /[.!?]\s/.test(inner)) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** The organization's name as folded words, without legal forms and short words. */
export function nameWords(name: string | null | undefined): string[] {
  if (!name) return [];
  return name
    .split(/[^\p{L}\p{N}'’]+/u)
    .map(foldWord)
    .filter((w) => w.length >= 3 && !LEGAL_FORMS.has(w));
}
const LEGAL_FORMS = words('inc ltd llc llp gmbh ag plc corp co sa sas sarl srl spa bv nv the and und group holding holdings company');

/**
 * Whether the words `from`..`to` name the customer's own things: inside a short quoted name,
 * part of the organization's name, or beside a thing the customer keeps in the product or the
 * people it serves ("our Litigation board", "OUR customers' cancellations").
 */
export function isOwnContent<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number, quoted: readonly [number, number][], orgWords: readonly string[], concept = '', wanted = false): boolean {
  const at = tokens.start[from]!;
  // "They'll cancel their contracts with us": a cancellation of someone else's.
  if (THEIRS_CONCEPTS.has(concept) && holdsTheirs(tokens, from, to)) return true;
  if (isOwnConcession(tokens, from, to, concept)) return true;
  // "Our broadband went down for 20 minutes": the customer's own connection, not our service.
  if (concept === 'outage' && nearOwnInfrastructure(tokens, from)) return true;
  if (isIn(at, quoted)) return true;
  // "Going into each order and clicking Refund by hand": after a verb of clicking, a capitalised word names a control.
  if (afterClicking(tokens, from) && isCapital(tokens.text.charCodeAt(at))) return true;
  if (orgWords.length > 0 && isInName(tokens, from, to, orgWords)) return true;
  // "I want a refund of the dashboard add-on": the money is what is wanted, whatever it was paid for.
  if (DATA_CONCEPTS.has(concept) && isWanted(tokens, from)) return false;
  // "Die Rückerstattungsdatei", "de creditnotalijst": a compound that ends in a thing the customer keeps names that thing.
  if (from === to && endsInContentNoun(normAt(tokens, from))) return true;
  // "Our chargeback-processing service's tests", "el servicio de reembolsos": the customer's software is named after it.
  if (DATA_CONCEPTS.has(concept) && namesSoftware(tokens, from, to)) return true;
  if (DATA_CONCEPTS.has(concept) && disclaimsUs(tokens, from)) return true;
  const clause = tokens.clause[from];
  for (let k = Math.max(0, from - OWN_WINDOW); k <= to + OWN_WINDOW && k < tokens.count; k++) {
    if (k >= from && k <= to) continue;
    if (tokens.clause[k] !== clause) continue;
    const w = normAt(tokens, k);
    if ((CONTENT_NOUNS.has(w) && !isPaymentCard(w, concept) && !isMeetingTable(tokens, k)) || NAMING.has(w)) return true;
    if (THEIR_PEOPLE.has(w) && isOwnersPeople(tokens, k)) return true;
  }
  // "the client invoices", "patient refunds", "tenant deposits": one of the customer's people names whose they are.
  if (from > 0 && tokens.clause[from - 1] === clause && WHOSE.has(normAt(tokens, from - 1)) && !isWanted(tokens, from)) return true;
  // "A chart of refunds and write-offs by practice", "traz os estornos de cada pedido": money words
  // in the customer's data are read further out, within the sentence; an attack word never is.
  // "I want a refund of the dashboard add-on" wants the money back: only a sentence that wants nothing reads so far.
  if (DATA_CONCEPTS.has(concept) && !wanted) {
    const sentence = tokens.sentence[from];
    for (let k = Math.max(0, from - DATA_WINDOW); k <= to + DATA_WINDOW && k < tokens.count; k++) {
      if (tokens.sentence[k] === sentence && (k < from || k > to) && CONTENT_NOUNS.has(normAt(tokens, k)) && !isPaymentCard(normAt(tokens, k), concept)) return true;
    }
  }
  return false;
}

// Nouns a feature's name heads: "the Leak Alert digest".
const NAMED_THINGS = words('digest digests email emails alert alerts report reports dashboard dashboards tab tabs page pages module modules feature features score scores widget widgets list lists board boards template templates view views panel screen rapport rapports bericht berichte informe informes relatorio relatorios rapporto rapporti');

/**
 * "Can the Leak Alert email go out weekly?": a risk word inside a name in capitals that heads
 * a thing of the product names a feature, not an event.
 */
export function isTitledName<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): boolean {
  const sentence = tokens.sentence[from];
  const capital = (k: number) => k >= 0 && k < tokens.count && tokens.sentence[k] === sentence && isCapital(tokens.text.charCodeAt(tokens.start[k]!));
  const opensSentence = (k: number) => k === 0 || tokens.sentence[k - 1] !== sentence;
  if (opensSentence(from)) return false;
  for (let k = from; k <= to; k++) if (!capital(k)) return false;
  let lo = from;
  let hi = to;
  while (capital(lo - 1) && !opensSentence(lo - 1)) lo--;
  while (capital(hi + 1)) hi++;
  if (hi === lo) return false;
  // German writes every noun in capitals: only a run that heads a thing of the product is a name.
  const after = hi + 1 < tokens.count && tokens.sentence[hi + 1] === sentence ? normAt(tokens, hi + 1) : '';
  return NAMED_THINGS.has(after);
}

/**
 * "Wir wollen 10 % Rabatt geben, wenn ein Kunde 6 Flaschen kauft", "refund given to the customer":
 * a concession the customer grants its own clients, even inside a request to us.
 */
export function isOwnConcession<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number, concept: string, askedOfUs = false): boolean {
  // "Please give our client a refund" asks it of us, whoever it goes to.
  return GRANTED_CONCEPTS.has(concept) && (grantsOwn(tokens, from, to) || announcesOwnStep(tokens, from, to) || (!askedOfUs && goesToTheirPeople(tokens, from, to)));
}

/** "We're going to make it right on our side", "wir werden ihm den Betrag erstatten": the customer will do it. */
function announcesOwnStep<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): boolean {
  const sentence = tokens.sentence[from];
  // "Wij gaan ervan uit dat jullie dit rechtzetten": we expect that you will.
  for (let k = from; k <= to; k++) if (TO_US.has(normAt(tokens, k))) return false;
  for (let k = from - 1; k >= 0 && k >= from - ANNOUNCE_REACH && tokens.sentence[k] === sentence; k--) {
    const w = normAt(tokens, k);
    if (GETTING.has(w) || WANTING.has(w) || TO_US.has(w)) return false;
    const prev = k > 0 && tokens.sentence[k - 1] === sentence ? normAt(tokens, k - 1) : '';
    if (w === 'going' && prev === 'were') return true;
    // "We'll" reads as "well": the apostrophe tells them apart.
    if (w === 'well' && /['’]/.test(tokens.text.slice(tokens.start[k], tokens.end[k]))) return true;
    if (OWN_FUTURE.has(`${prev} ${w}`)) return true;
  }
  return false;
}
const ANNOUNCE_REACH = 5;
const OWN_FUTURE = new Set(['we will', 'wir werden', 'ich werde', 'nous allons', 'je vais', 'vamos a', 'voy a', 'wij gaan', 'we gaan', 'ik ga', 'we zullen', 'wij zullen']);
// Verbs of receiving or asking: "we are going to ask for a refund" wants one.
const GETTING = words('ask asking get getting receive need demand request claim expect bekommen erhalten fordern verlangen obtenir recevoir demander reclamer pedir recibir obtener reclamar receber krijgen vragen eisen ottenere chiedere ricevere pretendere');

/** Words read on each side of a concession for the one it goes to, and for a possessive and a verb of sending. */
const BENEFICIARY_REACH = 8;
const SENDING_REACH = 20;
// Words that, just before a person, make them the one something goes to: "al cliente", "aux clients", "den Kunden".
const TO_THE = words('al all ai alla alle aux au dem den ao aos');
// A preposition and an article before a person do too: "to the customer", "a los suscriptores", "aan de klant".
const TO_WORDS = words('to for a para voor aan an per pour fur');
const ARTICLES = words('the los las el la lo le les die der de het i gli o os as');
// Verbs that send or hand out: "unseren Stammkunden einen Gutschein schicken", "send our subscribers a code".
const SENDING = words(`
  send sending sent give giving offer offering hand email mail issue issuing
  schicken senden geben anbieten verschicken ausgeben envoyer donner offrir proposer enviar mandar dar ofrecer
  oferecer sturen geven bieden versturen inviare mandare dare offrire
`);
// "We want a refund", "queremos un reembolso": the customer wants the concession itself.
const WANTING = words('want wants wanted need needs expect demand request like wollen brauchen erwarten fordern voulons veux exigeons queremos quiero necesitamos exigimos quero precisamos vogliamo voglio willen eisen');

/** Whether the customer wants the concession itself: a verb of wanting just before it. */
function isWanted<W extends { norm: string }>(tokens: Tokens<W>, from: number): boolean {
  // "The partners will want to refund the fee": wanting to do it is giving it, not being given it.
  if (from > 0 && normAt(tokens, from - 1) === 'to') return false;
  for (let k = Math.max(0, from - 3); k < from; k++) if (tokens.sentence[k] === tokens.sentence[from] && WANTING.has(normAt(tokens, k))) return true;
  return false;
}

/**
 * "Is there a way to have the refund go back to the customer automatically?", "il rimborso al
 * cliente", "unseren Stammkunden einen Gutschein schicken": a concession that goes to one of the
 * customer's own people, with nothing in the sentence asking it of us or for us.
 */
function goesToTheirPeople<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): boolean {
  const sentence = tokens.sentence[from];
  // "Nous devons lui faire un avoir", "precisamos de lhe devolver o valor": a pronoun for a third person before the verb.
  for (let k = Math.max(0, from - 2); k < from; k++) if (tokens.sentence[k] === sentence && TO_A_THIRD.has(normAt(tokens, k))) return true;
  if (isWanted(tokens, from)) return false;
  // "We will refund him the 14 days", "reembolsarle": refunded to a third person.
  const after = to + 1 < tokens.count && tokens.sentence[to + 1] === sentence ? normAt(tokens, to + 1) : '';
  // "Would we ever have to refund anything to them?": given to a third person named just after.
  for (let k = to + 1; k + 1 < tokens.count && k <= to + 3 && tokens.sentence[k + 1] === sentence; k++) if (normAt(tokens, k) === 'to' && GIVEN_TO.has(normAt(tokens, k + 1))) return true;
  if (THIRD_OBJECTS.has(after) || holdsThirdObject(tokens, from, to) || /^(?:reembols|devolv|rimbors|rembours)\w*(?:le|les|gli)$/.test(normAt(tokens, from))) return true;
  if (disclaimsUs(tokens, from)) return true;
  let theirs = false;
  let possessed = false;
  let sending = false;
  for (let k = Math.max(0, from - SENDING_REACH); k <= to + SENDING_REACH && k < tokens.count; k++) {
    if (tokens.sentence[k] !== sentence) continue;
    const w = normAt(tokens, k);
    if (TO_US.has(w)) return false;
    if (SENDING.has(w)) {
      sending = true;
      // "I want to give her back 4 hours of room credits": the one it is given to follows the verb.
      if (k < from && k + 1 < tokens.count && tokens.sentence[k + 1] === sentence && GIVEN_TO.has(normAt(tokens, k + 1))) return true;
    }
    if (k === 0 || !isPersonWord(w)) continue;
    const before = normAt(tokens, k - 1);
    const near = k >= from - BENEFICIARY_REACH && k <= to + BENEFICIARY_REACH;
    if (near && (TO_THE.has(before) || (TO_WORDS.has(before) && THEIR_PEOPLE.has(w)))) theirs = true;
    // "Occasionally the partners will want to refund the fee, if a patient was in hospital": one of theirs named beside it.
    else if (near && ONE_OF_THEIRS.has(w) && INDEFINITES.has(before)) theirs = true;
    else if (near && k >= 2 && ARTICLES.has(before) && TO_WORDS.has(normAt(tokens, k - 2))) theirs = true;
    // "For existing clients we want to leave the old rate": one word between the preposition and its people.
    else if (near && k >= 2 && THEIR_PEOPLE.has(w) && TO_WORDS.has(normAt(tokens, k - 2))) theirs = true;
    // "unseren Werkstatt-Stammkunden": a possessive before the person or before a compound.
    else if (POSSESSIVES.has(before) || (k >= 2 && POSSESSIVES.has(normAt(tokens, k - 2)))) possessed = true;
  }
  return theirs || (possessed && sending);
}

/** "... refund the exam fee to learners, which is our problem, not yours": the customer says whose it is. */
function disclaimsUs<W extends { norm: string }>(tokens: Tokens<W>, from: number): boolean {
  const sentence = tokens.sentence[from];
  for (let k = from + 1; k + 1 < tokens.count && tokens.sentence[k] === sentence; k++) {
    if (normAt(tokens, k) === 'not' && (normAt(tokens, k + 1) === 'yours' || (normAt(tokens, k + 1) === 'your' && k + 2 < tokens.count && DISCLAIMED.has(normAt(tokens, k + 2))))) return true;
  }
  return false;
}

const THIRD_OBJECTS = words('him her');
const GIVEN_TO = words('him her them');
const TO_A_THIRD = words('lui leur lhe lhes ihm hem');
const DISCLAIMED = words('problem concern issue call business');
// People a money word can be named after ("client invoices"); a guest or a seat is also a kind of user we bill.
const WHOSE = words('customer client patient tenant shopper buyer kunde klant cliente paziente inquilino huurder mieter locataire');

/** "Pay her back", "keep existing clients on the old rate": the one it goes to stands inside the phrase. */
function holdsThirdObject<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): boolean {
  // "Keep existing clients on current pricing": the ones it is kept for stand inside too.
  for (let k = from + 1; k < to; k++) if (THIRD_OBJECTS.has(normAt(tokens, k)) || isPersonWord(normAt(tokens, k))) return true;
  return false;
}

/** One of the people a customer serves, or a German compound ending in one ("Stammkunden", "Neukunde"). */
function isPersonWord(w: string): boolean {
  return THEIR_PEOPLE.has(w) || ONE_OF_THEIRS.has(w) || (w.length > 7 && (w.endsWith('kunden') || w.endsWith('kunde')));
}

// Concepts whose object may be someone else's: the customer's own clients cancel their contracts too.
const THEIRS_CONCEPTS: ReadonlySet<string> = new Set(['cancellation', 'contract']);
const THIRD_POSSESSIVES = words('their his her ihre ihren ihrer seine seinen seiner leur leurs sus su seus suas dele dela deles hun zijn haar loro suoi sue');

const GRANTED_CONCEPTS: ReadonlySet<string> = new Set(['discount', 'refund', 'credit', 'exception']);
// Verbs of granting, and the words that would make us the ones granted to.
// Active forms only: "we were offered a discount" was given to the customer, by us.
const GIVING = words(`
  give giving gave given offer offering offered grant granting granted
  geben gab gewahren anbieten einraumen donner offrir accorder
  dar di dio dimos ofrecer ofreci conceder oferecer dei deu demos geven gaf gaven bieden toekennen
  dare diedi offrire concedere
`);
// "Could you give us ...", "we'd like you to offer a discount": the concession is asked of us.
const TO_US = words('us uns nous nos ons ci me mir moi mij you your sie ihnen vous usted ustedes u jij jou jullie voi lei');

function grantsOwn<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): boolean {
  const sentence = tokens.sentence[from];
  let giving = -1;
  for (let k = Math.max(0, from - 6); k <= to + 6 && k < tokens.count; k++) {
    if (tokens.sentence[k] !== sentence) continue;
    const w = normAt(tokens, k);
    if (TO_US.has(w) || PASSIVE.has(w)) return false;
    // "Go easy on the fees, given what it was for?": before anything but "to", "given" is "considering".
    if (giving < 0 && GIVING.has(w) && !(w === 'given' && (k + 1 >= tokens.count || normAt(tokens, k + 1) !== 'to'))) giving = k;
  }
  if (giving < 0) return false;
  // The customer is the one who gives: "we", "wir", "nous" among the sentence's first words
  // ("Hallo, wir wollen ..."), or just before the verb ("de korting die ik de klant gaf").
  const start = sentenceStart(tokens, from);
  for (let k = start; k < start + 3 && k < from; k++) if (WE_WORDS.has(normAt(tokens, k))) return true;
  for (let k = Math.max(start, giving - 3); k < giving; k++) if (WE_WORDS.has(normAt(tokens, k))) return true;
  // "Our driver gave a customer a refund", "refund given to the client": one of theirs gives, to one of theirs.
  const givenTo = GIVEN.has(normAt(tokens, giving));
  let ours = givenTo;
  for (let k = Math.max(start, giving - 3); k < giving && !ours; k++) if (OUR_WORDS.has(normAt(tokens, k))) ours = true;
  return ours && servesOwnPeople(tokens, giving, givenTo);
}
// The participles stand alone only before "to" and one of the customer's people.
const GIVEN = words('given granted offered');
const OUR_WORDS = words('our my unser unsere unser meine mein notre nos mon ma mes nuestro nuestra mi nosso nossa meu minha onze mijn nostro nostra mio mia');
const ONE_OF_THEIRS = words('customer client shopper buyer patient student guest tenant kunde kundin klant cliente paziente employee employees staff mitarbeiter mitarbeiterin employe employes empleado empleados funcionario funcionarios medewerker medewerkers dipendente dipendenti');

/** Whether the one given to, just after the verb, is one of the customer's own people: "gave a customer", "given to the client". */
function servesOwnPeople<W extends { norm: string }>(tokens: Tokens<W>, giving: number, needsTo: boolean): boolean {
  let k = giving + 1;
  if (needsTo) {
    if (normAt(tokens, k) !== 'to') return false;
    k++;
  }
  for (const end = k + 2; k <= end && k < tokens.count && tokens.sentence[k] === tokens.sentence[giving]; k++) {
    const w = normAt(tokens, k);
    if (ONE_OF_THEIRS.has(w) || THEIR_PEOPLE.has(w)) return true;
  }
  return false;
}
const PASSIVE = words('were was been being wurde wurden worden ete fue fueron foi foram werd werden stato stata stati');
const WE_WORDS = words('we wir nous nosotros nos wij we noi i ich je yo eu ik io');

function sentenceStart<W extends { norm: string }>(tokens: Tokens<W>, at: number): number {
  let k = at;
  while (k > 0 && tokens.sentence[k - 1] === tokens.sentence[at]) k--;
  return k;
}

const OWN_INFRASTRUCTURE = words('broadband internet wifi router network power electricity connection isp modem server servers endpoint receiver cluster database firewall vpn laptop computer printer intranet');

function nearOwnInfrastructure<W extends { norm: string }>(tokens: Tokens<W>, from: number): boolean {
  for (let k = Math.max(0, from - OWN_WINDOW); k < from; k++) {
    if (tokens.clause[k] === tokens.clause[from] && OWN_INFRASTRUCTURE.has(normAt(tokens, k)) && k > 0 && POSSESSIVES.has(normAt(tokens, k - 1))) return true;
  }
  return false;
}

function holdsTheirs<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 1); k <= to; k++) if (THIRD_POSSESSIVES.has(normAt(tokens, k))) return true;
  return false;
}

/** "our customers", "my clients", "their members": people of the customer's, not the customer. */
function isOwnersPeople<W extends { norm: string }>(tokens: Tokens<W>, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    if (POSSESSIVES.has(normAt(tokens, j))) return true;
  }
  // "Een klant kon zijn factuur niet sturen": one of the customer's own clients; "as a customer" is the customer.
  if (k > 0 && BY_WORDS.has(normAt(tokens, k - 1))) return true;
  return k > 0 && INDEFINITES.has(normAt(tokens, k - 1)) && (k < 2 || !AS_WORDS.has(normAt(tokens, k - 2)));
}
// "Opzeggingen door huurders", "cancellations by tenants": done by the customer's people.
const BY_WORDS = words('by door von par por da dai dagli pelos pelas');
const INDEFINITES = words('a an one een un une ein eine einem einer uno una um uma');
const AS_WORDS = words('as als comme como come');
const POSSESSIVES = words('our my their his her unsere unserer unseren unserem meine meiner meinen nos notre mes leurs nuestros nuestras nuestro mis sus nossos nossas nosso meus onze mijn hun nostri nostre nostro miei');

function isInName<W extends { norm: string }>(tokens: Tokens<W>, from: number, to: number, orgWords: readonly string[]): boolean {
  // Two or more of the name's words in a row, the match among them: "Credit Union", "Breach Watch".
  let lo = from;
  let hi = to;
  const inName = (k: number) => orgWords.includes(normAt(tokens, k));
  for (let k = from; k <= to; k++) if (!inName(k)) return false;
  while (lo > 0 && inName(lo - 1)) lo--;
  while (hi + 1 < tokens.count && inName(hi + 1)) hi++;
  if (hi > lo) return true;
  // A one-word name counts when the word is capitalised as a name is.
  if (orgWords.length === 1) {
    const first = tokens.text.charCodeAt(tokens.start[from]!);
    return first >= 65 && first <= 90 && from > 0 && tokens.sentence[from - 1] === tokens.sentence[from];
  }
  return false;
}

// "One of our clients is threatening to sue us", "un de nos clients menace de ...": the customer's own
// client is the one who acts, so the threat is aimed at the customer, not at us.
const OTHERS_AS_SUBJECT = new RegExp(
  [
    String.raw`^\W*(?:(?:one|some|a few|two|several) of )?(?:our|my|a|an|the) (?:own )?(?:client|customer|patient|tenant|guest|member|buyer|end user|landlord|owner|resident|leaseholder|subscriber|donor|shopper|student|parent|famil(?:y|ie)|employee|worker|driver|trainer|bartender|nurse|teacher|technician|contractor|cleaner|courier|cashier|therapist|instructor)s?\b`,
    String.raw`^\W*(?:(?:un|une|l'un|certains) (?:de )?)?(?:nos|mes) (?:client|patient|locataire|eleve|membre)s?\b`,
    String.raw`^\W*(?:uno|una|algunos) de (?:nuestros|mis|nuestras) (?:cliente|paciente|inquilino)s?\b`,
    String.raw`^\W*(?:um|uma|alguns) d?os? (?:nossos|meus) (?:cliente|paciente|inquilino)s?\b`,
    String.raw`^\W*(?:einer|eine|ein) (?:unserer|meiner) (?:kunden|klienten|patienten|mieter)\b`,
    String.raw`^\W*(?:een|één) van (?:onze|mijn) (?:klanten|cliënten|clienten|patiënten|huurders)\b`,
    String.raw`^\W*(?:uno|una) dei (?:nostri|miei) (?:clienti|pazienti|inquilini)\b`,
  ].join('|'),
  'iu',
);

/** Whether the sentence opens with someone of the customer's as its subject: their client, patient or tenant acts. */
export function isSaidOfOthers(sentence: string): boolean {
  const plain = sentence.normalize('NFD').replace(/\p{M}/gu, '');
  // "Un apprenant … menace de saisir le médiateur", "the tenant threatens to sue": a threat someone else makes.
  if (OTHERS_THREATEN.test(plain)) return true;
  // "Our customers are complaining and we will file a complaint", "… will sue you": the threat is ours, at you.
  if (!OURS_OR_AT_YOU.test(plain) && saidOfOwnPeople(sentence, plain)) return true;
  // "Their new solicitor has written to us twice saying we'll have to refund": someone else's
  // adviser or a party to the customer's own dispute acts, and the customer is the one addressed.
  // "They're disputing every deduction from their deposit": told of others, to no one of ours.
  const story = plain.replace(BACKGROUND_OPENING, '');
  if (AT_YOU.test(plain)) return false;
  // "Il nous réclame le remboursement intégral": someone else demands of the customer.
  return THIRD_PARTY_SUBJECT.test(story) || THEY_DEMAND.test(story) || (THEY_SUBJECT.test(story) && !OURS_OR_AT_YOU.test(plain) && !/\b(?:us|our|me|my)\b/iu.test(plain));
}
const THEY_DEMAND = /^\W*(?:they|he|she|il|elle|ils|elles|er|ella|ellos|ellas|ele|ela|eles|elas|hij|zij|ze|lui|lei|loro)\s+(?:\p{L}+\s+){0,2}?(?:demands?|demanded|claims?|claimed|threatens?|threatened|reclame|reclament|exige|exigent|menace|menacent|fordert|fordern|verlangt|verlangen|droht|drohen|reclama|reclaman|exigen|amenaza|amenazan|exigem|reclamam|ameaca|ameacam|eist|eisen|dreigt|dreigen|pretende|pretendono|minaccia|minacciano)\b/iu;

function saidOfOwnPeople(sentence: string, plain: string): boolean {
  if (OTHERS_AS_SUBJECT.test(sentence) || OTHERS_AS_SUBJECT.test(plain)) return true;
  // "Hi, long story but one of our patients' insurers says ...": the subject after a short opening
  // that says nothing of the customer's own ("our lawyers say we will sue you and our clients agree" does).
  const opening = OPENING.exec(plain);
  return opening !== null && !FIRST_PERSON.test(opening[1]!) && OTHERS_AS_SUBJECT.test(plain.slice(opening[0].length));
}
const OTHERS_THREATEN = /\b(?:threatens|threatening|menace de|menacent de|droht|drohen|amenaza con|amenazan con|ameaca|ameacam|dreigt|dreigen|minaccia di|minacciano di)\b/iu;
const THEY_SUBJECT = /^\W*(?:they|they're|they've|they'll|he|she|he's|she's)\b/iu;
const AT_YOU = /\b(?:you|your|yours|vous|votre|vos|ustedes|usted|jullie|jouw|uw|voi|vostr\w*|voce|voces|euch|ihnen)\b/iu;
// "Background in case it's relevant: ...", "For context, ...", "On a separate note, ...": what follows is the customer's story.
const BACKGROUND_OPENING = /^\W*(?:(?:some |a bit of |for )?(?:background|context)\b[^:,.!?]{0,40}[:,]|on a (?:separate|side|different) note,|also,|fyi,?|ps:?)\s*/iu;
const THIRD_PARTY_SUBJECT = new RegExp(
  [
    // their/his/her adviser or party: "their new solicitor", "his lawyer", "her insurer".
    String.raw`^\W*(?:their|his|her) (?:(?:new|own|former|previous|old|current) )?(?:solicitor|lawyer|attorney|counsel|advocate|accountant|insurer|bank|agent|landlord|tenant|employer|union|council)s?\b`,
    // "The tenant's solicitor", "the previous manager", "the council", "two leaseholders at ...".
    String.raw`^\W*(?:(?:hi|hello|hey)\W+)?(?:the|a|an|two|three|several|some|many) (?:(?:new|former|previous|old|outgoing|other) )?(?:tenant|leaseholder|landlord|lessee|occupant|resident|owner|seller|buyer|shopper|guest|patient|student|learner|parent|council|court|tribunal|adjudicator|bailiff|previous manager|outgoing agent|neighbour|neighbor)s?(?:'s?)?\b`,
    // The same in the other six languages: "une locataire ... me les réclame", "ein Mieter hat Widerspruch eingelegt".
    String.raw`^\W*(?:un|une|le|la|les|l|plusieurs|des|deux|trois|certains) (?:(?:ancien|ancienne|nouveau|nouvelle) )?(?:locataire|proprietaire|bailleur|coproprietaire|avocat|huissier|syndic)s?\b`,
    String.raw`^\W*(?:ein|eine|einer|der|die|zwei|drei|mehrere|einige) (?:(?:ehemalige[rn]?|neue[rn]?) )?(?:mieter|mieterin|mieterinnen|eigentumer|eigentumerin|vermieter|anwalt|anwaltin|hausverwaltung)\b`,
    String.raw`^\W*(?:un|una|el|la|los|las|varios|varias|dos|tres) (?:(?:antiguo|antigua|nuevo|nueva) )?(?:inquilin[oa]|propietari[oa]|arrendador|arrendataria|abogad[oa])s?\b`,
    String.raw`^\W*(?:um|uma|o|a|os|as|varios|varias|dois|duas|tres) (?:(?:antigo|antiga|novo|nova) )?(?:inquilin[oa]|proprietari[oa]|senhori[oa]|advogad[oa])s?\b`,
    String.raw`^\W*(?:un|una|il|la|lo|i|gli|le|alcuni|due|tre) (?:(?:ex|vecchio|nuovo|nuova) )?(?:inquilin[oaie]|proprietari[oaie]?|locatore|avvocat[oi])\b`,
    String.raw`^\W*(?:een|de|het|twee|drie|meerdere) (?:(?:oud|oude|nieuwe) )?(?:huurder|huurders|eigenaar|eigenaars|verhuurder|advocaat)\b`,
  ].join('|'),
  'iu',
);
const OURS_OR_AT_YOU = /\b(?:we|i|wir|ich|nous|je|nosotros|yo|wij|ik|noi|io|you|vous|ustedes|usted|jullie|voi|voces)\b/iu;
const OPENING = /^([^.!?]{0,40}?)\b(?:but|and|so|because|since|aber|und|mais|et|pero|y|mas|maar|ma|e)\s+/iu;
const FIRST_PERSON = /\b(?:we|i|our|us|my|wir|ich|unser\w*|nous|je|notre|nos|nosotros|yo|nuestr\w*|eu|nosso|wij|ik|onze|noi|io|nostr\w*)\b/iu;
