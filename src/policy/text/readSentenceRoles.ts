import { isIn } from './findCode';
import { normAt, type Tokens } from './tokenize';

/**
 * What a sentence does, read from how it is built rather than from its topic:
 * - `request`: asks us for something ("please ...", "can you ...", "we want ...", "how do I get ...");
 * - `howto`: asks how to do something oneself ("how do I ...", "where can I ...", "is there a way to ...");
 * - `question`: any other question ("does the plan include ...?", "what is ...?");
 * - `statement`: tells something (background, a report, a complaint).
 * English, German, French, Spanish, Portuguese, Dutch and Italian.
 */
export type SentenceRole = 'request' | 'howto' | 'question' | 'statement';

export interface SentenceReading {
  role: SentenceRole;
  /** The sentence speaks to us: second person, "please", "can you". */
  addressed: boolean;
  /** A request for information only: "can you tell me ...", "please explain ...". */
  info: boolean;
  /** The sentence opens with a verb, as an instruction does: "Cancel my subscription." */
  imperative: boolean;
  /** The sentence announces or conditions a step: "we will ...", "unless ...", "we have informed ...". */
  stepAnnounced: boolean;
  /** How many words the sentence has. */
  words: number;
  /** The sentence sets a condition: "if ...", "unless ...", "otherwise ...". */
  conditional: boolean;
  /** A how-to that asks leave rather than the way: "can we add seats without paying?". */
  permission: boolean;
  /** A how-to asked of no one in particular: "si può chiudere un occhio?", "kann man das stornieren?". */
  impersonal: boolean;
}

// Words that speak to us and ask, wherever they stand.
const PLEASE_WORDS = new Set([
  'please', 'pls', 'plz', 'kindly', 'bitte', 'svp', 'veuillez', 'graag', 'alstublieft', 'alsjeblieft', 'aub',
  'favor', 'favore', 'piacere',
]);
// Words that make a sentence a request wherever they stand.
const REQUEST_WORDS = new Set([
  ...PLEASE_WORDS, 'quiero', 'queremos', 'quisiera', 'quisieramos', 'necesito', 'necesitamos',
  'solicito', 'solicitamos', 'pedimos', 'exigimos', 'exijo', 'quero', 'gostaria', 'gostariamos', 'preciso',
  'precisamos', 'peco', 'vorrei', 'vorremmo', 'vogliamo', 'voglio', 'chiedo', 'chiediamo', 'pretendiamo', 'pretendo',
  'esigiamo', 'aimerais', 'aimerions', 'exige', 'demand', 'demanding', 'pido', 'ruego', 'rogamos', 'demandons', 'prie', 'prions',
  'richiedo', 'richiediamo', 'agradeceria', 'agradeceriamos', 'souhaiterais', 'souhaiterions', 'gradirei', 'gradiremmo',
]);

// Two-word openings of a request, anywhere in the sentence.
const REQUEST_PAIRS = new Set([
  'can you', 'could you', 'would you', 'will you', 'can u', 'could u', 'i need', 'we need', 'i want', 'we want',
  'id like', 'wed like', 'i expect', 'we expect', 'we ask', 'i ask', 'i request', 'we request', 'we require',
  'need you', 'want you', 'im asking', 'were asking', 'id appreciate', 'wed appreciate', 'appreciate it',
  'can we', 'can i', 'could we', 'could i', 'may we', 'may i', 'would love', 'would like', 'would appreciate', 'go ahead', 'make sure',
  'id need', 'wed need', 'id want', 'wed want', 'id love', 'wed love', 'id prefer', 'wed prefer',
  'je souhaiterais', 'nous souhaiterions', 'vi chiedo', 'vi chiediamo',
  'konnen sie', 'konnten sie', 'konnt ihr', 'kannst du', 'konntet ihr', 'ich mochte', 'wir mochten', 'ich hatte',
  'wir hatten', 'ich brauche', 'wir brauchen', 'wir benotigen', 'ich benotige', 'wir bitten', 'ich bitte', 'wir erwarten',
  'ich erwarte', 'wir fordern', 'ich fordere', 'wir wollen', 'ich will', 'pouvez vous', 'pourriez vous', 'merci de',
  'je voudrais', 'nous voudrions', 'je souhaite', 'nous souhaitons', 'nous aimerions', 'nous demandons', 'je demande',
  'nous exigeons', 'nous faut', 'ai besoin', 'avons besoin', 'vous pouvez', 'pueden ustedes', 'podrian ustedes', 'me gustaria',
  'nos gustaria', 'podem voces', 'poderiam voces', 'kunnen jullie', 'kunt u', 'kun je', 'zouden jullie', 'zou u',
  'ik wil', 'wij willen', 'we willen', 'ik zou', 'wij zouden', 'we zouden', 'we verzoeken', 'wij verzoeken',
  'ik verzoek', 'wij eisen', 'we eisen', 'ik eis', 'hebben nodig', 'heb nodig', 'abbiamo bisogno', 'ho bisogno',
  'potete voi', 'potreste voi',
]);
// Adverbs that may stand inside a polite wish ("we'd just like", "I'd really appreciate"), and the wishes they may stand before.
const SOFT_ADVERBS = new Set(['just', 'really', 'simply', 'only', 'actually', 'kindly', 'truly', 'honestly', 'ideally', 'definitely', 'still']);
const POLITE_WISHES = new Set(['like', 'love', 'appreciate', 'prefer']);
// Requests whose first word alone asks (Spanish, Portuguese, Italian drop the pronoun).
const REQUEST_OPENERS = new Set(['pueden', 'podrian', 'podria', 'podem', 'poderiam', 'poderia', 'potete', 'potreste', 'potrebbe', 'puo', 'can', 'could', 'would']);

const SUBORDINATORS = new Set(['when', 'wenn', 'quand', 'cuando', 'quando', 'wanneer', 'als', 'si', 'se', 'since', 'while', 'once']);
// What the product sends: "get a warning", "receive a notification".
const PRODUCT_OUTPUTS = new Set(['warning', 'warnings', 'notification', 'notifications', 'alert', 'alerts', 'email', 'emails', 'reminder', 'reminders', 'message', 'messages', 'report', 'reports', 'preview', 'copy', 'link', 'export', 'list', 'overview', 'summary', 'digest', 'ping', 'text', 'texts', 'sms', 'push', 'update', 'updates']);
const OBJECT_PRONOUNS = new Set(['me', 'nos', 'mi', 'ci', 'nous', 'moi']);
const OBJECT_CLITICS = new Set(['lo', 'la', 'los', 'las', 'le', 'les', 'li', 'ne']);
const DUTCH_MODALS = new Set(['kun', 'kan', 'wil', 'zou', 'mag', 'moet']);
const HOPE_WORDS = new Set(['if', 'hope', 'hoping', 'wonder', 'wondering', 'wondered']);
const EACH_WORDS = new Set(['each', 'every', 'all', 'cada', 'todos', 'todas', 'chaque', 'tous', 'toutes', 'jeder', 'jede', 'jedes', 'alle', 'ogni', 'tutti', 'tutte', 'elke', 'iedere']);
const THAT_WORDS = new Set(['que', 'che', 'dass', 'dat']);
const NEED_OPENERS = new Set(['need', 'needs', 'want', 'wanted', 'requesting']);
// After "want to" / "need to", verbs of looking or learning: the customer does them.
// "Want to ping our finance Slack", "want to avoid breaking the release": what the customer builds or means to spare itself.
const SELF_VIEW = new Set(['see', 'know', 'find', 'check', 'understand', 'learn', 'figure', 'confirm', 'view', 'look', 'read', 'track', 'export', 'download', 'print', 'ping', 'avoid', 'notify', 'alert', 'automate', 'build', 'schedule', 'configure', 'connect', 'integrate', 'sync', 'test', 'try', 'plan', 'prepare']);
// The conditional that opens a polite request: "would it be possible", "seria possível", "wäre es möglich".
const FAVOUR_OPENERS = new Set(['would', 'seria', 'serait', 'ware', 'zou', 'sarebbe']);
const FAVOUR_LEAD = 3;
const FAVOUR_REACH = 9;

/**
 * A question that asks a favour of us in the conditional: "would it be possible to move us ...",
 * "sería posible reembolsar ...". What the product can do ("would it be possible to export a
 * board?") is a how-to, and "is it possible ...?" in the present asks whether.
 */
function asksAFavour(words: readonly string[], start: number): boolean {
  // "Bei unserer Größe wäre ein besserer Tarif möglich?": a short phrase of circumstance may come first.
  let opener = -1;
  for (let k = start; k < words.length && k <= start + FAVOUR_LEAD && opener < 0; k++) if (FAVOUR_OPENERS.has(words[k]!)) opener = k;
  if (opener < 0) return false;
  let possibleAt = -1;
  for (let k = opener; k < words.length && k <= opener + FAVOUR_REACH; k++) if (POSSIBLE.has(words[k]!)) possibleAt = k;
  if (possibleAt < 0) return false;
  for (let k = possibleAt + 1; k < words.length; k++) if (PRODUCT_SUBJECTS.has(words[k]!)) return false;
  return true;
}

// Verbs that ask of someone: after "we" or "I" they make a request to us.
const ASKING_VERBS = new Set(['ask', 'asking', 'request', 'requesting', 'require', 'expect', 'demand', 'chiedo', 'chiediamo', 'bitten', 'bitte', 'fordern', 'fordere', 'erwarten', 'erwarte', 'demandons', 'demande', 'exigeons', 'verzoeken', 'verzoek', 'eisen', 'eis']);
// Second-person verbs that open a request without a pronoun: "Potete attivarla?", "¿Pueden revisar ...?".
const YOU_IN_VERB = new Set(['potete', 'potreste', 'pueden', 'podrian', 'podeis', 'podriais', 'podem', 'poderiam', 'pourriez', 'pouvez', 'conseguem', 'conseguiriam', 'consiguen', 'riuscite']);
// ... or after one: "Vocês conseguem mandar …?", "Vous pouvez …?".
const YOU_SUBJECTS = new Set(['voces', 'vous', 'ustedes', 'vosotros', 'voi']);

// After "can/could/may we|I", these verbs ask for something rather than how to do it.
const NOUN_MARKERS = new Set(['un', 'l', 'le', 'cet', 'mon', 'notre', 'votre', 'chaque', 'leur', 'son', 'ce', 'd']);
const ACQUIRE = new Set([
  'get', 'have', 'receive', 'obtain', 'claim', 'request', 'apply', 'ask', 'expect', 'be', 'bekommen', 'erhalten', 'obtenir',
  'recevoir', 'avoir', 'obtener', 'recibir', 'tener', 'receber', 'ter', 'krijgen', 'ontvangen', 'ottenere', 'ricevere', 'avere',
]);

const GREETING = new Set([
  'hi', 'hello', 'hey', 'dear', 'team', 'there', 'all', 'folks', 'support', 'quick', 'question', 'also', 'and', 'so', 'ok',
  'okay', 'btw', 'one', 'more', 'then', 'but', 'hallo', 'guten', 'tag', 'liebes', 'bonjour', 'salut', 'hola', 'buenos',
  'dias', 'ola', 'oi', 'bom', 'dia', 'hoi', 'goedemorgen', 'beste', 'ciao', 'buongiorno', 'salve', 'gentile',
  '1', '2', '3', '4', '5', 'a', 'b', 'first', 'second', 'finally', 'lastly', 'und', 'et', 'y', 'e', 'en',
]);

// How-to openings: the customer asks how to do something.
const HOWTO_FIRST = new Set(['how', 'wie', 'comment', 'como', 'hoe', 'come']);
const WHERE_FIRST = new Set(['where', 'wheres', 'wo', 'ou', 'donde', 'onde', 'waar', 'dove']);
// "Is there a way to ..." asks how; "is there a discount" asks whether: only the first is a how-to.
const WAY_WORDS = new Set(['way', 'option', 'setting', 'shortcut', 'possibility', 'moglichkeit', 'weg', 'moyen', 'option', 'forma', 'manera', 'modo', 'jeito', 'manier', 'mogelijkheid', 'maniera']);
const EXISTENCE_PAIRS = new Set(['is there', 'are there', 'gibt es', 'y a', 'hay', 'existe', 'ha', 'is er', 'zijn er', 'ce', 'ci sono', 'c e']);
const HOWTO_PAIRS = new Set([
  'hay forma', 'ha como', 'ce modo',
  'se puede', 'se pueden', 'si puo', 'si possono', 'se pode', 'se podem', 'pode se', 'podem se', 'e possivel', 'e possibile', 'est il', 'is het', 'kann man', 'kann ich', 'konnen wir', 'puis je', 'peut on', 'on peut', 'nous pouvons', 'je peux',
  'puedo', 'posso', 'kan ik', 'kunnen we', 'can i', 'can we', 'do i', 'do we', 'should i', 'should we', 'what is the best', 'whats the best',
]);

// Asked with a question mark, these ask how the customer should do it: "je dois faire un avoir ?".
const ASKED_HOWTO_PAIRS = new Set(['je dois', 'dois je', 'je peux', 'muss ich', 'mussen wir', 'sollen wir', 'soll ich', 'debo', 'tengo que', 'devo', 'moet ik', 'moeten we', 'devo fare', 'preciso']);

const QUESTION_FIRST = new Set([
  'what', 'whats', 'which', 'when', 'why', 'who', 'whom', 'whose', 'is', 'are', 'am', 'was', 'were', 'do', 'does', 'did', 'can',
  'could', 'would', 'will', 'should', 'shall', 'may', 'might', 'has', 'have', 'was', 'welche', 'welcher', 'welches', 'wann',
  'warum', 'wieso', 'weshalb', 'ist', 'sind', 'kann', 'konnen', 'hat', 'haben', 'gibt', 'quel', 'quelle', 'quels', 'quelles',
  'quand', 'pourquoi', 'est', 'existe', 'peut', 'que', 'qual', 'quais', 'cual', 'cuales', 'cuando', 'cuanto', 'cuantos',
  'quanto', 'quando', 'porque', 'por', 'hay', 'wat', 'wanneer', 'welke', 'waarom', 'zijn', 'kan', 'kun', 'kunnen', 'heeft',
  'hebben', 'cosa', 'quale', 'quali', 'perche', 'ce', 'was', 'how', 'where', 'wie', 'wo', 'comment', 'ou', 'donde', 'onde',
  'waar', 'dove', 'como', 'hoe', 'come', 'does', 'qu', 'quanti', 'quante', 'hoeveel', 'wieviel', 'wieviele', 'combien',
]);

const SECOND_PERSON = new Set([
  'you', 'your', 'yours', 'yourselves', 'u', 'ur', 'sie', 'ihnen', 'ihr', 'euch', 'euer', 'eure', 'du', 'dich', 'dir', 'vous',
  'votre', 'vos', 'usted', 'ustedes', 'vosotros', 'vuestra', 'vuestro', 'vuestras', 'vuestros', 'vi', 'jij', 'jou', 'jouw', 'voces', 'voce', 'jullie', 'uw', 'voi', 'vostro', 'vostra', 'vostri', 'vostre',
]);

// After a request's opening, these verbs ask to know something rather than for something done.
const CONTROL_NOUNS = new Set(['button', 'buttons', 'option', 'options', 'menu', 'tab', 'icon', 'link', 'screen', 'page', 'field', 'column', 'flow', 'feature', 'setting', 'settings', 'policy', 'policies', 'rules', 'permission', 'permissions', 'window', 'report', 'reports', 'knop', 'knopf', 'bouton', 'boton', 'botao', 'pulsante']);

/** "Kindly do the needful" alone is a courtesy; with more words the sentence asks what they say. */
const COURTESY_WORDS = 5;
// What a request that opens with it asks to be given: a pointer, not a change.
const INFO_NOUNS = new Set(['link', 'links', 'docs', 'documentation', 'guide', 'instructions', 'steps', 'details', 'info', 'information', 'pointer', 'pointers', 'example', 'examples']);
const INFO_VERBS = new Set([
  'tell', 'explain', 'show', 'clarify', 'advise', 'know', 'understand', 'confirm', 'point', 'guide', 'help', 'recommend',
  'suggest', 'share', 'send', 'check', 'look', 'let', 'describe', 'walk', 'erklaren', 'sagen', 'zeigen', 'mitteilen', 'wissen',
  'helfen', 'expliquer', 'dire', 'indiquer', 'savoir', 'aider', 'explicar', 'decir', 'indicar', 'saber', 'ayudar', 'ajudar',
  'dizer', 'uitleggen', 'vertellen', 'laten', 'weten', 'helpen', 'spiegare', 'dire', 'sapere', 'aiutare', 'indicare',
  'comprendre', 'entender', 'comprender', 'compreender', 'perceber', 'capire', 'verstehen', 'begrijpen', 'snappen',
  'mandarmi', 'mandarci', 'inviarmi', 'inviarci', 'enviarme', 'enviarnos', 'mandarme', 'envoyer', 'schicken', 'senden', 'sturen', 'toesturen',
  // "Please see the message below", "find attached": a pointer to what follows.
  'see', 'read', 'note', 'find', 'refer',
]);

const POINTED_AT_US = new Set(['me', 'us', 'to', 'out', 'in']);
const GOT_TO_DO = new Set(['it', 'this', 'that', 'them', 'these', 'those']);
// "Potete indicarmi la guida?", "¿Podéis explicarnos …?": an asking verb with its pronoun attached.
const ATTACHED_PRONOUNS = ['mi', 'ci', 'me', 'nos', 'le', 'lo', 'la'];
/** "Pouvez-vous nous envoyer un export global de notre compte ?": the account's data, sent, is a hand-over to prepare, not a pointer. */
function sendsData(words: readonly string[], at: number): boolean {
  if (!SENDING_VERBS.has(words[at]!)) return false;
  for (let k = at + 1; k <= at + 5 && k < words.length; k++) if (DATA_NOUNS.has(words[k]!)) return true;
  return false;
}
const SENDING_VERBS = new Set(['send', 'envoyer', 'enviar', 'schicken', 'senden', 'zusenden', 'sturen', 'opsturen', 'toesturen', 'inviare', 'mandare', 'mandar']);
const DATA_NOUNS = new Set(['export', 'exports', 'copy', 'backup', 'dump', 'archive', 'data', 'everything', 'plates', 'photos', 'photo', 'footage', 'recordings', 'records', 'logs', 'copie', 'sauvegarde', 'donnees', 'exportation', 'kopie', 'daten', 'sicherung', 'exportacion', 'copia', 'datos', 'exportacao', 'dados', 'gegevens', 'esportazione', 'dati', 'tout', 'alles', 'todo', 'tudo', 'tutto']);

function isInfoVerb(word: string): boolean {
  if (INFO_VERBS.has(word)) return true;
  for (const p of ATTACHED_PRONOUNS) {
    if (word.length > p.length + 4 && word.endsWith(p)) {
      const stem = word.slice(0, -p.length);
      if (INFO_VERBS.has(stem) || INFO_VERBS.has(`${stem}e`)) return true;
    }
  }
  return false;
}

const LOOKAHEAD = 5;
const CUE_NEGATORS = new Set(['no', 'not', 'dont', 'nao', 'non', 'niet', 'nicht', 'ne']);

/** Reads the role of every sentence of a message, indexed by sentence number. */
export function readSentenceRoles<W extends CuedWord>(tokens: Tokens<W>, quoted: readonly (readonly [number, number])[] = []): SentenceReading[] {
  const out: SentenceReading[] = [];
  let i = 0;
  while (i < tokens.count) {
    const sentence = tokens.sentence[i]!;
    let j = i;
    while (j < tokens.count && tokens.sentence[j] === sentence) j++;
    out[sentence] = readSentence(tokens, i, j, quoted);
    i = j;
  }
  for (let s = 0; s < out.length; s++) out[s] ??= { role: 'statement', addressed: false, info: false, imperative: false, stepAnnounced: false, words: 0, conditional: false, permission: false, impersonal: false };
  return out;
}

/** The words and cues of the sentence being read; reused, since a batch reads millions of sentences. */
const sentenceWords: string[] = [];
const sentenceCues: number[] = [];

function readSentence<W extends CuedWord>(tokens: Tokens<W>, from: number, to: number, quoted: readonly (readonly [number, number])[]): SentenceReading {
  const words = sentenceWords;
  const cues = sentenceCues;
  const n = to - from;
  let stepAnnounced = false;
  let conditional = false;
  for (let k = 0; k < n; k++) {
    const word = tokens.word[from + k]!;
    // "Can I add an 'other - please specify' box?": a quoted name asks nothing, whatever its words.
    const c = quoted.length > 0 && isIn(tokens.start[from + k]!, quoted) ? 0 : word.cues;
    words[k] = word.norm;
    cues[k] = c;
    if (c & STEP && !isWish(tokens, from + k, to) && !isNounUse(tokens, from + k, from) && !isHedge(tokens, from + k, to)) stepAnnounced = true;
    if (c & CONDITION) conditional = true;
  }
  if (words.length !== n) {
    words.length = n;
    cues.length = n;
  }
  const reading = readRole(tokens, words, cues, from, to) as SentenceReading;
  let start = 0;
  while (start < n && start < LOOKAHEAD && GREETING.has(words[start]!)) start++;
  reading.stepAnnounced = stepAnnounced;
  reading.words = n;
  reading.conditional = conditional;
  reading.permission = reading.role === 'howto' && asksLeave(words[start] ?? '', words[start + 1] ?? '');
  reading.impersonal = reading.role === 'howto' && asksImpersonally(words[start] ?? '', words[start + 1] ?? '');
  return reading;
}

// What each word can do in a sentence, as bit flags: one lookup a word, remembered.
const SECOND = 1;
const REQUEST = 2;
const PLEASE = 4;
const PAIR_FIRST = 8;
const STEP = 16;
const CONDITION = 32;
const KNOW = 64;
const HOWTO_START = 128;
let howtoStarts: ReadonlySet<string> | null = null;
let pairFirsts: ReadonlySet<string> | null = null;

/** What a folded word can do in a sentence, as bit flags; the caller keeps the answer (`lexiconWords`). */
export function cueOf(w: string): number {
  pairFirsts ??= new Set([...REQUEST_PAIRS].map((p) => p.split(' ')[0]!));
  let c = 0;
  if (SECOND_PERSON.has(w)) c |= SECOND;
  if (REQUEST_WORDS.has(w)) c |= REQUEST;
  if (PLEASE_WORDS.has(w)) c |= PLEASE;
  if (pairFirsts.has(w)) c |= PAIR_FIRST;
  if (isStepWord(w)) c |= STEP;
  if (CONDITIONS.has(w)) c |= CONDITION;
  if (KNOW_WORDS.has(w)) c |= KNOW;
  howtoStarts ??= new Set([...HOWTO_FIRST, ...WHERE_FIRST, ...[...HOWTO_PAIRS, ...EXISTENCE_PAIRS].map((p) => p.split(' ')[0]!)]);
  if (howtoStarts.has(w)) c |= HOWTO_START;
  return c;
}

/** Whether a word speaks to the reader: a pronoun ("you", "Sie", "jullie") or a verb with "you" in it ("potete", "podem"). */
export function speaksToUs(word: CuedWord): boolean {
  return (word.cues & SECOND) !== 0 || YOU_IN_VERB.has(word.norm);
}

/** A word of a sentence: folded, with its cues (`cueOf`) worked out once. */
export interface CuedWord {
  norm: string;
  cues: number;
}

// Before "I need" / "we want", these make a question of it: "do I need ...?", "should we want ...?".
const AUXILIARIES = new Set(['do', 'does', 'did', 'should', 'dont', 'doesnt']);

// Who asks leave: "can we", "can I", "kann ich", "puis-je"; Spanish, Portuguese and Italian say it in the verb.
const FIRST_PERSON = new Set(['we', 'i', 'ich', 'wir', 'je', 'nous', 'on', 'ik', 'wij', 'yo', 'nosotros', 'eu', 'nos', 'io', 'noi']);
const LEAVE_IN_VERB = new Set(['puedo', 'podemos', 'posso', 'possiamo', 'pouvons', 'puis']);

/** "Can we add seats without paying?" asks our leave; "can an automation create ...?" asks what the product does. */
function asksLeave(first: string, second: string): boolean {
  if (LEAVE_IN_VERB.has(first)) return true;
  // "On peut réduire l'abonnement ?": the French subject comes first.
  if ((first === 'on' && second === 'peut') || (first === 'nous' && second === 'pouvons') || (first === 'je' && second === 'peux')) return true;
  return PERMISSION_OPENERS.has(first) && FIRST_PERSON.has(second);
}

// "Si può chiudere un occhio?", "¿Se puede dejar a cero?", "Kann man das stornieren?": asked of no one in particular.
function asksImpersonally(first: string, second: string): boolean {
  return (first === 'si' && (second === 'puo' || second === 'potrebbe' || second === 'possono' || second === 'potrebbero')) || (first === 'se' && IMPERSONAL_CAN.has(second)) || ((first === 'kann' || first === 'konnte') && second === 'man') || (first === 'pode' && second === 'se');
}
const IMPERSONAL_CAN = new Set(['puede', 'pueden', 'podria', 'podrian', 'pode', 'podem', 'poderia']);
// Openers that ask leave: "can we ...", "kann ich ...", "puis-je ...".
const PERMISSION_OPENERS = new Set(['can', 'could', 'may', 'kann', 'konnen', 'darf', 'durfen', 'puis', 'pouvons', 'peut', 'puedo', 'podemos', 'posso', 'podemos', 'possiamo', 'kan', 'kunnen', 'mag', 'mogen']);
const CONDITIONS = new Set(['if', 'unless', 'otherwise', 'or', 'else', 'wenn', 'falls', 'sonst', 'andernfalls', 'si', 'sinon', 'sino', 'caso', 'senao', 'se', 'altrimenti', 'als', 'indien', 'anders', 'tenzij']);

function readRole<W extends CuedWord>(tokens: Tokens<W>, words: readonly string[], cues: readonly number[], from: number, to: number): Omit<SentenceReading, 'stepAnnounced' | 'words' | 'conditional' | 'permission' | 'impersonal'> {
  const asked = endsWithQuestionMark(tokens, to - 1);
  let addressed = false;
  let request = false;
  let cueAt = -1;
  let acquire = false;
  let know = false;
  for (let k = 0; k < words.length; k++) {
    const c = cues[k]!;
    if (c === 0) continue;
    const w = words[k]!;
    // German "sie" is "they"; only "Sie" (past a sentence's first word) is "you".
    // "Sie will die Kaution zurück": before a verb in the singular, "Sie" is "she".
    // French "du" is "of the": the German "du" stands beside a verb in "-st" ("kannst du", "du hast").
    if (c & SECOND && !(w === 'sie' && ((k > 0 && startsLowerCase(tokens, from + k)) || SHE_VERBS.has(words[k + 1] ?? ''))) && !(w === 'du' && !isGermanYou(words, k))) addressed = true;
    if (c & KNOW) know = true;
    // "No quiero que se corte": a want denied that something happen asks nothing ("I don't want to be charged" still asks).
    if (c & REQUEST && k > 0 && CUE_NEGATORS.has(words[k - 1]!) && THAT_WORDS.has(words[k + 1] ?? '')) continue;
    // "É preciso emitir nota de crédito?" asks what must be done: "it is needed", not "I need".
    if (w === 'preciso' && words[k - 1] === 'e') continue;
    // "Saldo a favor dele", "a favore del cliente": in someone's favour, not "please".
    if (c & PLEASE && (w === 'favor' || w === 'favore') && IN_FAVOUR.has(words[k - 1] ?? '')) continue;
    if (c & REQUEST) {
      request = true;
      cueAt = cueAt < 0 ? k : cueAt;
      // "Onze collega wil graag de agenda op papier": after "wil", "graag" is "would like", not "please".
      if (c & PLEASE && !(w === 'graag' && GLADLY_AFTER.has(words[k - 1] ?? ''))) addressed = true;
    }
    const next = words[k + 1];
    // "Hoping you can waive the fee", "it would be great if you could reverse it".
    if (c & SECOND && (next === 'can' || next === 'could' || next === 'would') && HOPE_WORDS.has(words[k - 1] ?? '')) {
      request = true;
      addressed = true;
      cueAt = cueAt < 0 ? k : cueAt;
    }
    // "Necesitamos que eliminen el cargo", "vorrei che annullaste": wanting that someone does it.
    // "Vorremmo che i nostri dipendenti entrassero ...": after an article, someone else is the subject.
    if (c & REQUEST && next !== undefined && THAT_WORDS.has(next) && !ARTICLES.has(words[k + 2] ?? '') && !EACH_WORDS.has(words[k + 2] ?? '')) addressed = true;
    // "Do I need a timeline column?" asks whether, not for something; "we expect about 9,000 deliveries" forecasts.
    // "We'd just like what we paid back", "I'd really appreciate": an adverb may stand inside a polite wish.
    const paired = c & PAIR_FIRST && SOFT_ADVERBS.has(next ?? '') && POLITE_WISHES.has(words[k + 2] ?? '') ? words[k + 2] : next;
    const after = paired === next ? k + 2 : k + 3;
    if (c & PAIR_FIRST && paired !== undefined && REQUEST_PAIRS.has(`${w} ${paired}`) && !AUXILIARIES.has(words[k - 1] ?? '') && !(paired === 'expect' && forecasts(words[after] ?? ''))) {
      // "can we / can I" asks only with a verb of getting: "can we get a refund", not "can we export".
      if ((w === 'can' || w === 'could' || w === 'may') && (paired === 'we' || paired === 'i')) {
        if (ACQUIRE.has(words[after] ?? '')) {
          request = true;
          acquire = true;
          cueAt = cueAt < 0 ? k : cueAt;
        }
      } else {
        request = true;
        cueAt = cueAt < 0 ? k : cueAt;
        // "We request that the late fee be removed": asking is done of someone, and that is us.
        // "Kun je mij admin maken?": Dutch "je" after a modal is "you" (before a verb it is French "I").
        if (ASKING_VERBS.has(paired) || (paired === 'je' && DUTCH_MODALS.has(w))) addressed = true;
      }
    }
  }
  let start = 0;
  // "É possível …?": the Portuguese "é" folds to the "e" that means "and"; before "possível" it is the verb.
  while (start < words.length && start < LOOKAHEAD && GREETING.has(words[start]!) && !HOWTO_PAIRS.has(`${words[start]} ${words[start + 1] ?? ''}`)) start++;
  // "We're migrating ..." opens with "we are", not the question word "were".
  const first = CONTRACTION_LOOKALIKES.has(words[start] ?? '') && isContraction(tokens, from + start) ? '' : (words[start] ?? '');
  const second = words[start + 1] ?? '';
  // "Merci de bien vouloir ...", "Need the charge reversed asap": the opening asks.
  // "Want to see who edited the invoice": the customer means to look, and asks nothing done.
  const selfView = second === 'to' && SELF_VIEW.has(words[start + 2] ?? '');
  if ((first === 'merci' && second === 'de') || (NEED_OPENERS.has(first) && !selfView)) {
    request = true;
    addressed = true;
    cueAt = cueAt < 0 ? start : cueAt;
  }
  // "Would it be possible to move us to monthly billing?", "¿Sería posible reembolsar ...?": a polite request.
  // "Any chance you could skip it this time?": a chance that we do it asks us to.
  if (asked && (asksAFavour(words, start) || asksAChance(words, start))) return { role: 'request', addressed: true, info: false, imperative: false };
  // "Sería justo que nos lo descontarais", "es wäre schön, wenn ihr …": a wish that we do it asks us to.
  if (!request && wishesUsToDo(words, start)) return { role: 'request', addressed: true, info: false, imperative: false };
  // "Wir gehen davon aus, dass Sie uns den Monat nicht berechnen": what we are counted on to do is asked of us.
  if (!request && !asked && hasPairBeforeYou(words, start, EXPECTING)) return { role: 'request', addressed: true, info: false, imperative: false };
  // "Zouden die uren voor ons als halve uren kunnen tellen?": a favour asked in the conditional, for us.
  if (asked && !request && CONDITIONAL_MODALS.has(first) && hasPair(words, start + 1, FOR_US)) return { role: 'request', addressed: true, info: false, imperative: false };
  // "¿Me podéis devolver el rol?": the second-person verb may follow a pronoun.
  // "¿Nos lo podéis devolver?": two pronouns before it. "Se paghiamo in anticipo ci fate uno sconto?": anywhere in it.
  // "¿Le podéis dar a Nacho …?": a pronoun for someone else may open it too.
  const pronouns = (OBJECT_PRONOUNS.has(first) && (YOU_IN_VERB.has(second) || (OBJECT_CLITICS.has(second) && YOU_IN_VERB.has(words[start + 2] ?? '')))) || (OBJECT_CLITICS.has(first) && YOU_IN_VERB.has(second));
  // "Vocês conseguem mandar …?", "Vous pouvez …?": the pronoun may come before the verb.
  if ((REQUEST_OPENERS.has(first) && SECOND_PERSON.has(second)) || YOU_IN_VERB.has(first) || (YOU_SUBJECTS.has(first) && YOU_IN_VERB.has(second)) || pronouns || asksUsInVerb(words, start)) {
    addressed = true;
    request = true;
    cueAt = cueAt < 0 ? start : cueAt;
  }
  // "Como o dinheiro voltou aos doadores, vocês podem devolver essas taxas?", "Visto che paghiamo un
  // piano che non abbiamo più, potete restituirci la differenza?", "È in prova: potete attivarla?":
  // after a clause that tells why or what, the ask.
  if (asked && !request) {
    const ask = lastClauseStart(tokens, from, to, start);
    if (ask > start && opensWithYou(words, ask)) {
      let told = false;
      for (let k = ask; k < ask + 5 && k < words.length && !told; k++) told = isInfoVerb(words[k]!);
      return { role: 'request', addressed: true, info: told, imperative: false };
    }
  }
  // "Can someone there check it?", "could somebody on your side look?": someone of ours asked to do it.
  if (!request && asksSomeoneOfUs(words, start)) {
    request = true;
    addressed = true;
    cueAt = start;
  }
  // "Could you let our contractor see the board?" lets someone in; only "let me/us know" asks to know.
  let info = false;
  if (request && cueAt >= 0) {
    // "Could you re-send the invite?" acts: sending again is a change, sending us something is not.
    // "Could you point me to the docs?" asks to be told; "could you point my login at my own address?" moves it.
    for (let k = cueAt; k < cueAt + 5 && k < words.length && !info; k++) info = isInfoVerb(words[k]!) && (words[k] !== 'let' || words[k + 2] === 'know') && (words[k] !== 'point' || POINTED_AT_US.has(words[k + 1] ?? '')) && words[k - 1] !== 're' && !sendsData(words, k);
  }
  // "Can you look at the scores and change them?": looking is the way to a change asked after it.
  if (info && changesAfterLooking(words, cueAt)) info = false;
  // "What I need from you is how to end the lease mid-month": asking to be told how.
  if (request && cueAt >= 0 && !info) for (let k = cueAt + 1; k + 1 < words.length && !info; k++) info = HOWTO_FIRST.has(words[k]!) && HOW_FOLLOWERS.has(words[k + 1]!);
  // "Link to the payload docs please", "Please do the needful": asking to be pointed somewhere, or a courtesy.
  if (request && (INFO_NOUNS.has(first) || (words.length <= COURTESY_WORDS && words.includes('needful')))) info = true;
  // "Refund button greyed out", "Cancel option missing": the verb names a control of the product.
  const imperative = !request && !asked && IMPERATIVE_VERBS.has(first) && !CONTROL_NOUNS.has(second);
  // "Can an automation create subitems?", "When HR sets the status, I want the item moved": how the
  // product should behave, asked or wished for, is a how-to about the customer's own workflow.
  // "Vorrei programmare i prezzi scontati per i saldi", "I'd like to set up a voucher": the customer means to do it.
  if (!addressed && (asksCapability(words, start, asked) || asksNamedCapability(tokens, words, from, start, asked) || (request && (wishesWorkflow(words) || wishesToDoItself(words, cueAt))))) return { role: 'howto', addressed, info: false, imperative: false };
  // "J'ai envoyé une facture avec le mauvais montant, comment je l'annule ?": the question the
  // mark ends may open after a comma, when the sentence first tells what happened.
  const lastClause = asked ? lastClauseStart(tokens, from, to, start + LOOKAHEAD) : -1;
  // "Je dois faire un avoir ?" asks what the customer must do: a how-to, whatever it names.
  if (asked && !addressed && (ASKED_HOWTO_PAIRS.has(`${first} ${second}`) || ASKED_HOWTO_PAIRS.has(first))) return { role: 'howto', addressed, info: false, imperative: false };
  const howAt = isHowTo(words, cues, start, asked) ? start : asksHowAfterComma(words, lastClause) ? lastClause : -1;
  // "Como a gente faz??", "what do we do now?": a plea for help with what the message tells, not a how-to.
  if (howAt >= 0 && isBarePlea(words, start)) return { role: 'question', addressed, info: false, imperative: false };
  // "Is there any way you could make the test data vanish?": a way asked of us is a request.
  if (howAt >= 0 && asksWayOfUs(words, howAt)) return { role: 'request', addressed: true, info: false, imperative: false };
  if (howAt >= 0) {
    // "How do I get a refund?" asks for one; "how do I export ..." asks how.
    // "Can we reduce to 25 and get the difference back?": a permission question asks for what it gets anywhere in it.
    const reach = PERMISSION_OPENERS.has(first) ? words.length : howAt + LOOKAHEAD + 1;
    // "Can I set a limit and get a warning?" gets what the product sends, and asks how.
    let getting = false;
    for (let k = howAt; k < reach && k < words.length && !getting; k++) {
      const w = words[k]!;
      // "Where do I get an API key?" asks where to find it.
      if (WHERE_FIRST.has(w)) break;
      // "How do I get that out of the system?" asks how to export it; "how do I get it to show the QR code?" how to make it do so.
      if (w === 'get' && (words[k + 2] === 'out' || words[k + 3] === 'out' || (GOT_TO_DO.has(words[k + 1] ?? '') && words[k + 2] === 'to'))) continue;
      // "Kann man Verbrauchswerte (wir bekommen die Ablesewerte als CSV) importieren?": a clause of its own tells what the customer gets.
      if (k - 1 > howAt + 2 && FIRST_PERSON.has(words[k - 1]!)) continue;
      // "Kann ich einstellen, dass sie nur E-Mails bekommen?": what someone gets in a clause that follows is how the product behaves.
      if (hasThatBefore(words, howAt, k)) continue;
      // "Comment créer un avoir partiel ?": after an article, "avoir" is a credit note the customer makes.
      getting = ACQUIRE.has(w) && w !== 'be' && w !== 'have' && !(w === 'avoir' && NOUN_MARKERS.has(words[k - 1] ?? '')) && !PRODUCT_OUTPUTS.has(words[k + 1] ?? '') && !PRODUCT_OUTPUTS.has(words[k + 2] ?? '') && !isNamedThing(words, k);
    }
    // "If we cancel halfway through, do we get a refund?" asks what would happen: a question.
    if (getting && howAt === lastClause && opensOnCondition(cues, start, howAt)) return { role: 'question', addressed, info: false, imperative: false };
    if (getting) return { role: 'request', addressed: true, info: false, imperative: false };
    if (!request || REQUEST_PAIRS.has(`${first} ${second}`)) return { role: 'howto', addressed, info: false, imperative: false };
  }
  // "Is it possible to have a discount?" asks for one as "can we get" does.
  if (asked && asksPossibleToGet(words)) return { role: 'request', addressed: true, info: false, imperative: false };
  // "When I duplicate the board, do I need to recreate them?" wants to know, whatever its verbs.
  if (asked && QUESTION_FIRST.has(first) && !addressed && !acquire) return { role: 'question', addressed, info: false, imperative: false };
  if (request || imperative) return { role: 'request', addressed: addressed || imperative, info, imperative };
  // "When a tenant has paid, the card moves." opens a clause, not a question: without "?" it tells.
  // "Would have been nice if that was written somewhere": without a question mark, a modal past remarks.
  const remark = second === 'have' && MODALS_OF_REMARK.has(first);
  if (asked || (QUESTION_FIRST.has(first) && !SUBORDINATORS.has(first) && !remark) || (know && hasEmbeddedQuestion(words))) return { role: 'question', addressed, info: false, imperative: false };
  return { role: 'statement', addressed, info: false, imperative: false };
}

// Words after which an embedded "where" or "how" still asks: "I can't find where", "je ne sais pas comment".
const FINDING = new Set(['find', 'finde', 'found', 'know', 'weiss', 'trouve', 'sais', 'encuentro', 'se', 'acho', 'sei', 'vind', 'weet', 'trovo', 'so', 'nicht', 'not', 'pas', 'no', 'nao', 'niet', 'non', 'idea', 'sure', 'ahnung', 'unclear']);

// After "how", these make it a how-to: "how to", "how do I", "how we can".
const HOW_FOLLOWERS = new Set(['to', 'do', 'does', 'can', 'i', 'we', 'man', 'faire', 'hacer', 'fazer', 'fare', 'je', 'on']);

function isGermanYou(words: readonly string[], k: number): boolean {
  return (words[k - 1] ?? '').endsWith('st') || (words[k + 1] ?? '').endsWith('st');
}

// Second-person verbs that ask after a pronoun for us: "ci fate", "nos hacéis", "nous faites".
const YOU_DO = new Set([...YOU_IN_VERB, 'fate', 'date', 'fareste', 'dareste', 'haceis', 'dais', 'hariais', 'dariais', 'fazem', 'dao', 'fariam', 'dariam', 'faites', 'donnez', 'feriez', 'donneriez', 'mandate', 'inviate']);
// "Pasadme al plan gratis", "mandatemi la fattura": an imperative with its pronoun attached.
const IMPERATIVE_WITH_PRONOUN = /^\p{L}{2,}(?:ad|ed|id)(?:me|nos|melo|noslo|le|les)$|^\p{L}{2,}(?:ate|ete|ite)(?:mi|ci|celo|melo)$/u;

/** "Se paghiamo in anticipo ci fate uno sconto?", "pasadme al plan gratis": asked of us in the verb. */
function asksUsInVerb(words: readonly string[], start: number): boolean {
  if (IMPERATIVE_WITH_PRONOUN.test(words[start] ?? '')) return true;
  for (let k = start; k + 1 < words.length; k++) {
    if (OBJECT_PRONOUNS.has(words[k]!) && YOU_DO.has(words[k + 1]!) && !(words[k] === 'me' && words[k + 1] === 'date')) return true;
  }
  return false;
}

// German verbs in the third person singular: after them "Sie" is "she", not the polite "you".
const SHE_VERBS = new Set(['will', 'hat', 'ist', 'war', 'meint', 'sagt', 'kann', 'muss', 'soll', 'mochte', 'droht', 'verlangt', 'fordert', 'behauptet', 'wohnt', 'zieht', 'zahlt', 'bekommt', 'schreibt', 'ruft']);

const FORECAST_WORDS = new Set(['about', 'around', 'roughly', 'approximately', 'over', 'under', 'more', 'fewer', 'less', 'up', 'some', 'growth', 'volumes']);
function forecasts(w: string): boolean {
  return FORECAST_WORDS.has(w) || /^\d/.test(w);
}

const YOU_WORDS = new Set(['you', 'u', 'yall', 'jullie', 'vous', 'ustedes', 'voces', 'voi', 'sie', 'ihr']);
const YOU_MODALS = new Set(['could', 'can', 'would', 'might', 'guys', 'pourriez', 'pouvez', 'podrian', 'pueden', 'poderiam', 'podem', 'potreste', 'potete', 'konnen', 'konnten', 'kunnen', 'zouden']);

/** "Is there a way you could ...", "hay forma de que ustedes pueden ...": the way is one we take. */
function asksWayOfUs(words: readonly string[], howAt: number): boolean {
  for (let k = howAt + 2; k + 1 < words.length && k <= howAt + 6; k++) if (YOU_WORDS.has(words[k]!) && YOU_MODALS.has(words[k + 1]!)) return true;
  // "¿Cómo nos lo vais a compensar?", "Comment allez-vous nous dédommager ?": how we are going to do it.
  for (let k = howAt + 1; k < words.length && k <= howAt + 4; k++) {
    const w = words[k]!;
    if (w === 'vais' || w === 'andrete' || YOU_GOING.has(`${w} ${words[k + 1] ?? ''}`)) return true;
  }
  return false;
}
/** "Any chance you could …", "is there a chance u can …": a chance asked that we do something. */
function asksAChance(words: readonly string[], start: number): boolean {
  for (let k = start; k < words.length && k < start + 4; k++) {
    if (!CHANCE_WORDS.has(words[k]!)) continue;
    const you = words[k + 1] === 'that' ? k + 2 : k + 1;
    return YOU_WORDS.has(words[you] ?? '') && (YOU_MODALS.has(words[you + 1] ?? '') || YOU_MODALS.has(words[you + 2] ?? ''));
  }
  return false;
}
const CHANCE_WORDS = new Set(['chance', 'chances', 'possibility', 'kans']);

// "It would be fair if you …", "seria bom se vocês …", "het zou fijn zijn als jullie …": a wish whose subject is us.
const WOULD_BE = new Set(['would', 'estaria', 'seria', 'serait', 'ware', 'waere', 'zou', 'sarebbe', 'seems', 'sembra', 'parece', 'semble', 'scheint', 'lijkt']);
const GOOD_WORDS = new Set([
  'good', 'great', 'nice', 'helpful', 'fair', 'bien', 'bueno', 'genial', 'justo', 'bom', 'otimo', 'legal', 'justo', 'bon', 'super',
  'juste', 'chouette', 'schon', 'gut', 'toll', 'fair', 'nett', 'gerecht', 'fijn', 'mooi', 'prettig', 'netjes', 'terecht', 'bello',
  'gentile', 'giusto', 'utile', 'ottimo', 'corretto', 'correcto', 'correto', 'correct', 'reasonable', 'redelijk', 'angemessen', 'razonable',
  'razoavel', 'ragionevole',
]);
// "… che la parte non usata ci venga restituita": "us" may come late in the clause.
const US_REACH = 8;
const US_CLITICS = new Set(['nos', 'ci', 'nous']);
const WISH_LINKS = new Set(['if', 'that', 'que', 'si', 'se', 'wenn', 'falls', 'dass', 'als', 'indien', 'dat', 'che']);
const US_OBJECTS = new Set(['us', 'nos', 'nous', 'uns', 'ons', 'ci']);

function wishesUsToDo(words: readonly string[], start: number): boolean {
  for (let k = start; k < words.length; k++) {
    if (!WOULD_BE.has(words[k]!)) continue;
    let good = -1;
    for (let g = k + 1; g <= k + 3 && g < words.length && good < 0; g++) if (GOOD_WORDS.has(words[g]!)) good = g;
    let link = -1;
    for (let l = good + 1; good >= 0 && l <= good + 2 && l < words.length && link < 0; l++) if (WISH_LINKS.has(words[l]!)) link = l;
    for (let y = link + 1; link >= 0 && y <= link + US_REACH && y < words.length; y++) if (y <= link + 2 ? SECOND_PERSON.has(words[y]!) || US_OBJECTS.has(words[y]!) : US_CLITICS.has(words[y]!)) return true;
  }
  return false;
}

// Modals that open a question in the conditional, and "for us" after them.
const CONDITIONAL_MODALS = new Set(['could', 'would', 'zouden', 'zou', 'konnten', 'wurden', 'pourraient', 'pourrait', 'podrian', 'podria', 'potrebbero', 'potrebbe', 'poderiam', 'poderia']);
const FOR_US = new Set(['for us', 'voor ons', 'fur uns', 'pour nous', 'para nosotros', 'per noi', 'para nos']);

// "We assume you …", "wir gehen davon aus, dass Sie …", "damos por hecho que …", "diamo per scontato che …".
const EXPECTING = new Set(['we assume', 'i assume', 'we trust', 'i trust', 'davon aus', 'ervan uit', 'du principe', 'por hecho', 'por sentado', 'do principio', 'per scontato', 'contamos con', 'contiamo che', 'ci aspettiamo', 'esperamos que']);

const YOU_CONTRACTED = new Set(['youll', 'youd', 'youre', 'youve']);

/** A pair of `pairs`, then within four words "you". */
function hasPairBeforeYou(words: readonly string[], from: number, pairs: ReadonlySet<string>): boolean {
  for (let k = from; k + 1 < words.length; k++) {
    if (!pairs.has(`${words[k]} ${words[k + 1]}`)) continue;
    for (let y = k + 2; y < words.length && y <= k + 5; y++) if (SECOND_PERSON.has(words[y]!) || YOU_CONTRACTED.has(words[y]!)) return true;
  }
  return false;
}

function hasPair(words: readonly string[], from: number, pairs: ReadonlySet<string>): boolean {
  for (let k = from; k + 1 < words.length; k++) if (pairs.has(`${words[k]} ${words[k + 1]}`)) return true;
  return false;
}

const YOU_GOING = new Set(['allez vous', 'werden sie', 'gaan jullie', 'vao voces', 'will you', 'are you']);

const THAT_CLAUSE = new Set(['that', 'dass', 'que', 'che', 'dat', 'so']);
function hasThatBefore(words: readonly string[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (THAT_CLAUSE.has(words[k]!)) return true;
  return false;
}

// Verbs of getting that are nouns too, and the words that make them one: "a maintenance request", the "Request a call back" button.
const NOUN_TOO = new Set(['request', 'claim', 'ask']);

function isNamedThing(words: readonly string[], k: number): boolean {
  return NOUN_TOO.has(words[k]!) && (DETERMINERS.has(words[k - 1] ?? '') || DETERMINERS.has(words[k - 2] ?? ''));
}

// Words that announce, condition or report a step the customer takes: "we will", "unless",
const MODALS_OF_REMARK = new Set(['would', 'could', 'should', 'might']);

// A how-to of these words alone names nothing to do.
const PLEA_WORDS = new Set([
  'how', 'what', 'do', 'does', 'we', 'i', 'it', 'this', 'that', 'now', 'should', 'can', 'then', 'so', 'ok', 'help',
  'wie', 'was', 'sollen', 'soll', 'machen', 'wir', 'ich', 'jetzt', 'nun', 'tun', 'das', 'comment', 'que', 'quoi', 'faire', 'fait', 'on', 'nous',
  'faisons', 'maintenant', 'como', 'hacemos', 'hago', 'hacer', 'ahora', 'a', 'gente', 'faz', 'fazemos', 'faco', 'fazer', 'agora', 'e', 'hoe', 'wat', 'doen', 'moeten',
  'we', 'ik', 'nu', 'cosa', 'facciamo', 'faccio', 'fare', 'come', 'adesso', 'ora',
]);
const PLEA_MAX_WORDS = 5;

function isBarePlea(words: readonly string[], start: number): boolean {
  if (words.length - start > PLEA_MAX_WORDS) return false;
  for (let k = start; k < words.length; k++) if (!PLEA_WORDS.has(words[k]!)) return false;
  return true;
}

// "we have informed our lawyers", "we are considering".
const STEP_WORDS = new Set([
  'will', 'well', 'ill', 'shall', 'going', 'gonna', 'would', 'if', 'unless', 'otherwise', 'until', 'consider', 'considering',
  'file', 'filed', 'filing', 'take', 'taking', 'pursue', 'pursuing', 'seek', 'seeking', 'notify', 'notified', 'forced', 'force',
  'werden', 'werde', 'wenn', 'falls', 'sonst', 'andernfalls', 'allons', 'irons', 'sinon', 'vamos', 'iremos', 'caso', 'senao',
  'zullen', 'gaan', 'anders', 'indien', 'altrimenti', 'andremo', 'faremo', 'procederemo', 'procederemos', 'sera', 'seremos',
  // Reporting verbs as verbs only: "reports" and "contacts" are also things a customer keeps.
  'report', 'reporting', 'reported', 'inform', 'informed', 'informing', 'contact', 'contacted', 'contacting', 'consult',
  'consulted', 'consulting', 'forwarded', 'forwarding', 'gemeld', 'gemeldet', 'ingediend', 'eingereicht', 'signale', 'depose', 'denunciado', 'presentado',
]);
const STEP_STEMS = ['reconsider', 'evaluat', 'explor', 'etudi', 'regardon', 'consider', 'looking', 'bekijk', 'estudi', 'mirand', 'studi', 'prufen', 'uberleg', 'envisag', 'evalu', 'valut', 'avali', 'overweg', 'beschwer', 'klacht', 'reclam', 'plainte', 'denuncia', 'involv', 'escalat', 'complain', 'threaten', 'einschalt', 'eingeschalt', 'saisir', 'saisi', 'denunci', 'klag', 'aanklag', 'segnal', 'denunc', 'meld'];

// Words after which Dutch "graag" is "gladly": "wil graag", "zou graag", "zeer graag".
const IN_FAVOUR = new Set(['a', 'em', 'en', 'in', 'del', 'al']);
const GLADLY_AFTER = new Set(['wil', 'wilt', 'willen', 'wilde', 'wilden', 'zou', 'zouden', 'zeer']);

// "I would like a timeline" wishes; "we would have to involve our lawyers" announces a step.
const WISH_AFTER = new Set(['like', 'love', 'appreciate', 'prefer', 'welcome', 'want', 'need']);

// "When I run the sales report": after a determiner, "report" and "contact" are things, not steps.
const NOUN_OR_VERB = new Set(['report', 'contact', 'file', 'complaint']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'my', 'your', 'their', 'his', 'her', 'its', 'every', 'each', 'any', 'no', 'one', 'weekly', 'monthly', 'daily', 'sales', 'main', 'new', 'same']);

// "Report of all invoices", "the report showing refunds": the words after a noun.
const AFTER_NOUN = new Set(['of', 'for', 'on', 'showing', 'shows', 'show', 'that', 'from', 'is', 'was', 'with']);

function isNounUse<W extends CuedWord>(tokens: Tokens<W>, k: number, from: number): boolean {
  if (!NOUN_OR_VERB.has(normAt(tokens, k))) return false;
  return (k > from && DETERMINERS.has(normAt(tokens, k - 1))) || (k + 1 < tokens.count && AFTER_NOUN.has(normAt(tokens, k + 1)));
}

// "If that matters", "if needed", "if possible": a hedge, not a condition set on us.
const HEDGES = new Set(['so', 'yes', 'needed', 'necessary', 'possible', 'relevant', 'applicable', 'required', 'helpful', 'any', 'not']);
const HEDGE_AFTER_IT = new Set(['matters', 'helps', 'counts', 'is', 'makes']);

function isHedge<W extends CuedWord>(tokens: Tokens<W>, k: number, to: number): boolean {
  if (normAt(tokens, k) !== 'if' || k + 1 >= to) return false;
  const next = normAt(tokens, k + 1);
  if (HEDGES.has(next) && (next !== 'not' || k + 2 >= to)) return true;
  return (next === 'that' || next === 'it' || next === 'this') && k + 2 < to && HEDGE_AFTER_IT.has(normAt(tokens, k + 2)) && (normAt(tokens, k + 2) !== 'is' || (k + 3 < to && (normAt(tokens, k + 3) === 'relevant' || normAt(tokens, k + 3) === 'helpful')));
}

function isWish<W extends CuedWord>(tokens: Tokens<W>, k: number, to: number): boolean {
  return k + 1 < to && normAt(tokens, k) === 'would' && WISH_AFTER.has(normAt(tokens, k + 1));
}

// Future tense, first person plural: "cancelaremos", "mudaremos", "annulerons", "disdiremo".
const FUTURE_WE = /(?:aremos|eremos|iremos|aremo|eremo|iremo|erons|irons)$/;

function isStepWord(w: string): boolean {
  return STEP_WORDS.has(w) || STEP_STEMS.some((p) => w.startsWith(p)) || (w.length >= 7 && FUTURE_WE.test(w));
}

// Verbs that open an instruction to us: "Cancel my subscription.", "Refund the last charge."
const IMPERATIVE_VERBS = new Set([
  'cancel', 'refund', 'delete', 'remove', 'close', 'reset', 'disable', 'enable', 'add', 'change', 'transfer', 'give', 'grant',
  'make', 'restore', 'reverse', 'waive', 'credit', 'downgrade', 'upgrade', 'unlock', 'revoke', 'reactivate', 'deactivate',
  'resend', 'send', 'issue', 'stop', 'update', 'switch', 'turn', 'extend', 'apply', 'process', 'fix', 'set', 'proceed',
  'procedete', 'procedi', 'proceda', 'procedan', 'procedez', 'prossigam', 'prossiga',
  'kundigen', 'loschen', 'entfernen', 'erstatten', 'storniert', 'stornieren', 'annulez', 'supprimez', 'remboursez', 'cancelen',
  'cancelad', 'eliminad', 'borrad', 'cancele', 'cancelem', 'exclua', 'verwijder', 'annuleer', 'annullate', 'cancellate', 'rimborsate',
]);

// "I just want to know where the graph is", "wondering whether ...": a question inside a statement.
const KNOW_WORDS = new Set(['know', 'wondering', 'wonder', 'sure', 'tell', 'understand', 'curious', 'idea', 'clarify', 'confirm', 'wissen', 'frage', 'savoir', 'demande', 'saber', 'pregunto', 'weten', 'vraag', 'sapere', 'chiedo', 'capire', 'entender']);
const EMBEDDED_WH = new Set(['how', 'where', 'what', 'whether', 'if', 'which', 'when', 'why', 'wie', 'wo', 'ob', 'was', 'comment', 'ou', 'si', 'como', 'donde', 'hoe', 'waar', 'of', 'come', 'dove', 'se', 'onde']);

function hasEmbeddedQuestion(words: readonly string[]): boolean {
  for (let k = 0; k + 1 < words.length; k++) {
    if (!KNOW_WORDS.has(words[k]!)) continue;
    if (EMBEDDED_WH.has(words[k + 1]!) || EMBEDDED_WH.has(words[k + 2] ?? '')) return true;
  }
  return false;
}

const POSSIBLE = new Set(['possible', 'possibile', 'posible', 'possivel', 'mogelijk', 'moglich']);

function asksPossibleToGet(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (!POSSIBLE.has(words[k]!)) continue;
    for (let j = k + 1; j <= k + 3 && j < words.length; j++) {
      const w = words[j]!;
      if (ACQUIRE.has(w) && w !== 'be') return true;
    }
  }
  return false;
}

// Things of the product a customer sets up to do work for them, in the languages read.
const PRODUCT_SUBJECTS = new Set([
  'automation', 'automations', 'rule', 'rules', 'recipe', 'recipes', 'formula', 'formulas', 'workflow', 'workflows', 'integration',
  'integrations', 'view', 'views', 'board', 'boards', 'column', 'columns', 'template', 'templates', 'form', 'forms', 'dashboard',
  'dashboards', 'report', 'reports', 'filter', 'filters', 'trigger', 'triggers', 'widget', 'widgets', 'field', 'fields', 'webhook',
  'webhooks', 'script', 'scripts', 'app', 'api', 'zap', 'import', 'export', 'timeline', 'calendar', 'gantt', 'checklist', 'subitems',
  'automatisierung', 'automatisierungen', 'regel', 'regeln', 'ansicht', 'vorlage', 'formular', 'spalte', 'automatisation',
  'automatisations', 'regle', 'regles', 'recette', 'vue', 'modele', 'formulaire', 'colonne', 'automatizacion', 'automatizaciones',
  'regla', 'reglas', 'vista', 'plantilla', 'formulario', 'columna', 'automacao', 'automacoes', 'regra', 'regras', 'modelo',
  'coluna', 'automatisering', 'automatiseringen', 'weergave', 'sjabloon', 'formulier', 'kolom', 'automazione', 'automazioni',
  'regola', 'regole', 'modello', 'modulo', 'colonna',
]);
const CAPABILITY_OPENERS = new Set(['can', 'could', 'will', 'would', 'does', 'do', 'is', 'kann', 'konnen', 'peut', 'peuvent', 'puede', 'pueden', 'pode', 'podem', 'kan', 'kunnen', 'puo', 'possono', 'ist', 'est']);
const ARTICLES = new Set(['a', 'an', 'the', 'one', 'this', 'that', 'my', 'our', 'eine', 'ein', 'die', 'der', 'das', 'une', 'un', 'la', 'le', 'les', 'una', 'uno', 'el', 'los', 'las', 'um', 'uma', 'o', 'os', 'as', 'een', 'de', 'het', 'il', 'lo', 'mijn', 'onze', 'notre', 'nuestra', 'nuestro', 'unsere',
  // "Quiero que esos alumnos se puedan matricular": a demonstrative opens someone else's clause too.
  'these', 'those', 'esos', 'esas', 'estos', 'estas', 'esses', 'essas', 'estes', 'ces', 'cette', 'diese', 'dieser', 'deze', 'questi', 'queste', 'quei', 'quelle', 'nuestros', 'nuestras', 'nossos', 'nossas', 'nostri', 'nostre']);
const WHEN_WORDS = new Set(['when', 'whenever', 'once', 'wenn', 'sobald', 'quand', 'lorsque', 'lorsqu', 'cuando', 'quando', 'wanneer', 'zodra']);
const AUTOMATIC = new Set(['automatically', 'automatic', 'auto', 'automatisch', 'automatique', 'automatiquement', 'automaticamente', 'automatico', 'automatica', 'automatisiert']);

/** "Can an automation create ...?", "Is that possible with a formula column?": what the product can do. */
const CONFIGURED = new Set(['issued', 'sent', 'generated', 'printed', 'created', 'set', 'configured', 'setup', 'changed', 'made', 'turned', 'switched', 'customised', 'customized', 'adjusted', 'limited', 'restricted', 'hidden', 'shown', 'displayed', 'exported', 'imported', 'synced', 'scheduled', 'automated']);

function asksCapability(words: readonly string[], start: number, asked: boolean): boolean {
  if (!asked) return false;
  const first = words[start] ?? '';
  if (CAPABILITY_OPENERS.has(first)) {
    let k = start + 1;
    if (ARTICLES.has(words[k] ?? '')) k++;
    if (PRODUCT_SUBJECTS.has(words[k] ?? '')) return true;
  }
  // "Can the terminals be set to require a PIN?": whether something of the product can be configured.
  if (CAPABILITY_OPENERS.has(first)) {
    for (let k = start + 2; k + 1 < words.length && k <= start + 6; k++) if (words[k] === 'be' && CONFIGURED.has(words[k + 1]!)) return true;
  }
  let possible = false;
  let product = false;
  for (const w of words) {
    if (POSSIBLE.has(w)) possible = true;
    else if (PRODUCT_SUBJECTS.has(w) || AUTOMATIC.has(w)) product = true;
  }
  return possible && product;
}

/** "When HR sets the status, I want Gridwell to create subitems automatically": a wish for how the product behaves. */
/** Whether the verb the wish opens on is one the customer does in the product: "I'd like to schedule ...", "vorrei impostare ...". */
function wishesToDoItself(words: readonly string[], cueAt: number): boolean {
  if (cueAt < 0) return false;
  for (let k = cueAt + 1; k <= cueAt + 3 && k < words.length; k++) {
    const w = words[k]!;
    if (SELF_DO.has(w)) return true;
    if (w === 'set' && words[k + 1] === 'up') return true;
  }
  // "Wir möchten für unsere Mitarbeiter einen eigenen Tarif anlegen": in German and Dutch the verb closes the clause.
  for (let k = cueAt + 4; k <= cueAt + VERB_FINAL_REACH && k < words.length; k++) if (SELF_DO_LAST.has(words[k]!)) return true;
  // "I need a chart of shrink per store", "vorrei un grafico a barre": a thing of the customer's own to build.
  for (let k = cueAt + 1; k <= cueAt + 4 && k < words.length; k++) if (ARTEFACTS.has(words[k]!)) return true;
  return false;
}
// What a customer builds in the product for itself.
const ARTEFACTS = new Set([
  'chart', 'charts', 'graph', 'graphs', 'dashboard', 'dashboards', 'pivot', 'widget', 'widgets', 'visualization', 'visualisation',
  'grafico', 'grafici', 'graficos', 'diagramm', 'diagramme', 'diagrama', 'diagramma', 'tableau', 'painel', 'panel', 'cuadro', 'grafiek',
]);
// Verbs of building something in the product oneself.
const SELF_DO = new Set([
  'schedule', 'configure', 'create', 'build', 'automate', 'import', 'export', 'program', 'setup',
  'einrichten', 'planen', 'erstellen', 'anlegen', 'automatisieren', 'importieren', 'exportieren',
  'programmer', 'configurer', 'creer', 'automatiser', 'importer', 'exporter', 'parametrer',
  'programar', 'configurar', 'crear', 'automatizar', 'importar', 'exportar', 'criar',
  'instellen', 'inplannen', 'aanmaken', 'automatiseren', 'importeren', 'exporteren',
  'programmare', 'impostare', 'configurare', 'creare', 'automatizzare', 'importare', 'esportare',
]);

const VERB_FINAL_REACH = 12;
const SELF_DO_LAST = new Set(['einrichten', 'planen', 'erstellen', 'anlegen', 'automatisieren', 'importieren', 'exportieren', 'instellen', 'inplannen', 'aanmaken', 'automatiseren', 'importeren', 'exporteren']);

function wishesWorkflow(words: readonly string[]): boolean {
  let when = false;
  let product = false;
  for (const w of words) {
    if (WHEN_WORDS.has(w)) when = true;
    else if (AUTOMATIC.has(w) || PRODUCT_SUBJECTS.has(w)) product = true;
  }
  return when && product;
}

const CANNOT_BEFORE = new Set(['no', 'nao', 'non', 'ne', 'not']);
const STANDING_AFTER_HOW = new Set(['about', 'fica', 'ficam', 'queda', 'quedan', 'sta', 'stanno', 'staat']);
const QUANTITY_AFTER_HOW = new Set(['many', 'much', 'long', 'often', 'big', 'large', 'soon', 'far', 'viele', 'viel', 'lange', 'oft']);

/** Whether a condition ("if", "wenn", "si") stands before the clause at `to`. */
function opensOnCondition(cues: readonly number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (cues[k]! & CONDITION) return true;
  return false;
}

// After "how" or "where" at a last clause, the words that make it ask how the customer does something.
const HOW_MODALS = new Set(['do', 'can', 'could', 'should', 'would', 'i', 'we', 'je', 'on', 'ich', 'man', 'kann', 'puedo', 'podemos', 'lo', 'la', 'le', 'l', 'posso', 'possiamo', 'kan', 'kunnen', 'moet', 'devo', 'dois', 'faccio', 'hago', 'faco']);

/** "…, comment je l'annule ?", "…, how do I fix it?" — not "…, where is my refund?", which asks after something owed. */
function asksHowAfterComma(words: readonly string[], at: number): boolean {
  if (at < 0) return false;
  const w = words[at] ?? '';
  return (HOWTO_FIRST.has(w) || WHERE_FIRST.has(w)) && HOW_MODALS.has(words[at + 1] ?? '');
}

/** Whether the clause at `at` opens by asking us: "vocês podem", "potete", "can you", "pouvez-vous". */
function opensWithYou(words: readonly string[], at: number): boolean {
  const first = words[at] ?? '';
  const second = words[at + 1] ?? '';
  return YOU_IN_VERB.has(first) || (REQUEST_OPENERS.has(first) && SECOND_PERSON.has(second)) || (YOU_SUBJECTS.has(first) && YOU_IN_VERB.has(second));
}

const AND_THEN = new Set(['and', 'or', 'then', 'und', 'oder', 'et', 'ou', 'puis', 'y', 'o', 'e', 'en', 'of', 'dann', 'ensuite', 'luego', 'depois', 'dan', 'poi']);
const CHANGE_VERBS = new Set([
  'change', 'fix', 'correct', 'update', 'remove', 'delete', 'cancel', 'refund', 'reset', 'restore', 'adjust', 'reverse', 'undo', 'amend', 'revert',
  'andern', 'korrigieren', 'loschen', 'entfernen', 'stornieren', 'changer', 'corriger', 'supprimer', 'modifier', 'annuler', 'rembourser',
  'cambiar', 'corregir', 'eliminar', 'borrar', 'anular', 'reembolsar', 'mudar', 'corrigir', 'apagar', 'alterar', 'cancelar',
  'wijzigen', 'aanpassen', 'verwijderen', 'corrigeren', 'annuleren', 'cambiare', 'correggere', 'modificare', 'annullare', 'rimborsare',
]);

const LOOK_REACH = 16;

/** "Could you check the invoice and correct it?": a change, or data sent, joined after the verb of looking. */
function changesAfterLooking(words: readonly string[], cueAt: number): boolean {
  // "… and send me the footage": data handed over after the look.
  for (let k = cueAt + 1; k + 1 < words.length && k <= cueAt + LOOK_REACH; k++) if (AND_THEN.has(words[k]!) && (CHANGE_VERBS.has(words[k + 1]!) || sendsData(words, k + 1))) return true;
  return false;
}

const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'anybody']);
const OVER_THERE = new Set(['there', 'over']);

function asksSomeoneOfUs(words: readonly string[], start: number): boolean {
  if (!REQUEST_OPENERS.has(words[start] ?? '') || !SOMEONE.has(words[start + 1] ?? '')) return false;
  for (let k = start + 2; k < words.length && k <= start + 4; k++) if (OVER_THERE.has(words[k]!) || SECOND_PERSON.has(words[k]!)) return true;
  return false;
}

/** Where the sentence's last clause starts, when that is past `after`; -1 otherwise. */
function lastClauseStart<W extends CuedWord>(tokens: Tokens<W>, from: number, to: number, after: number): number {
  const clause = tokens.clause[to - 1];
  let k = to - 1;
  while (k > from && tokens.clause[k - 1] === clause) k--;
  return k - from > after ? k - from : -1;
}

// "Still couldn't find the tip option": not finding a place in the product asks where it is.
const CANT = new Set(['cant', 'couldnt', 'cannot']);
const FIND = new Set(['find', 'see', 'locate', 'spot']);
const PRODUCT_PLACES = new Set(['where', 'how', 'option', 'options', 'setting', 'settings', 'button', 'menu', 'page', 'tab', 'toggle', 'field', 'feature', 'template', 'switch', 'checkbox']);

function cannotFind(words: readonly string[], start: number): boolean {
  for (let k = start; k < words.length && k < start + LOOKAHEAD; k++) {
    if (!CANT.has(words[k]!) || !FIND.has(words[k + 1] ?? '')) continue;
    for (let j = k + 2; j < words.length && j <= k + 5; j++) if (PRODUCT_PLACES.has(words[j]!)) return true;
  }
  return false;
}

function asksHowSomeoneDid(words: readonly string[], how: number): boolean {
  const verb = words[how + 1] ?? '';
  if (!OTHER_ACTORS.has(words[how + 2] ?? '') && !OTHER_ACTORS.has(verb)) return false;
  if (verb === 'did' || verb === 'come') return true;
  for (let k = how + 2; k <= how + 4 && k < words.length; k++) if (STILL.has(words[k]!)) return true;
  return false;
}
const OTHER_ACTORS = new Set(['he', 'she', 'they', 'someone', 'somebody', 'anyone', 'anybody', 'er', 'jemand', 'il', 'elle', 'ils', 'quelqu', 'el', 'ella', 'alguien', 'ele', 'ela', 'alguem', 'hij', 'zij', 'iemand', 'lui', 'lei', 'qualcuno']);
const STILL = new Set(['still', 'noch', 'encore', 'toujours', 'todavia', 'aun', 'sigue', 'ainda', 'continua', 'nog', 'ancora']);

function isHowTo(words: readonly string[], cues: readonly number[], start: number, asked: boolean): boolean {
  if (cannotFind(words, start)) return true;
  for (let k = start; k < words.length && k < start + LOOKAHEAD; k++) {
    const w = words[k]!;
    const c = cues[k]!;
    if ((c & HOWTO_START) === 0) continue;
    // "Second payroll in a row where the accrual was wrong.": without a question mark, a later "where" relates.
    // "Ich finde nicht, wo man das ändert." still asks where: after a verb of finding or knowing it does.
    if (k > start && !asked && (WHERE_FIRST.has(w) || HOWTO_FIRST.has(w)) && !FINDING.has(words[k - 1]!) && !FINDING.has(words[k - 2] ?? '')) continue;
    // "Kunnen jullie uitzoeken hoe hij nog kon inloggen?": a later "how" before someone else asks what happened.
    if (k > start && HOWTO_FIRST.has(w) && !HOW_FOLLOWERS.has(words[k + 1] ?? '')) continue;
    // "No puedo entrar", "ik kan niet inloggen": what the customer cannot do is a report, not a how-to.
    if (k > 0 && CANNOT_BEFORE.has(words[k - 1]!)) continue;
    const two = `${w} ${words[k + 1] ?? ''}`;
    if (EXISTENCE_PAIRS.has(two) || EXISTENCE_PAIRS.has(w)) {
      const at = EXISTENCE_PAIRS.has(two) ? k + 2 : k + 1;
      for (let j = at; j < at + 6 && j < words.length; j++) if (WAY_WORDS.has(words[j]!)) return true;
      continue;
    }
    // "How many guests can we invite?" asks how many, not how to.
    if (HOWTO_FIRST.has(w) && QUANTITY_AFTER_HOW.has(words[k + 1] ?? '')) return false;
    // "E como fica a fatura?", "how about the credits?": how a matter stands, not how to do something.
    if (HOWTO_FIRST.has(w) && STANDING_AFTER_HOW.has(words[k + 1] ?? '')) return false;
    // "How is he still getting in?", "how did someone get into it?": how someone else came to do it asks what happened.
    if (HOWTO_FIRST.has(w) && asksHowSomeoneDid(words, k)) return false;
    if (HOWTO_FIRST.has(w)) return true;
    if (WHERE_FIRST.has(w) && k + 1 < words.length) return true;
    if (HOWTO_PAIRS.has(two) || HOWTO_PAIRS.has(`${two} ${words[k + 2] ?? ''}`) || HOWTO_PAIRS.has(w)) return true;
  }
  return false;
}

// Contractions that fold to another word: "we're" → "were", "it's" → "its", "I'd" → "id".
const CONTRACTION_LOOKALIKES = new Set(['were', 'its', 'id', 'ill', 'wed', 'well', 'hell', 'shell', 'shed']);

function isContraction<W extends CuedWord>(tokens: Tokens<W>, k: number): boolean {
  const text = tokens.text;
  for (let c = tokens.start[k]!; c < tokens.end[k]!; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 39 || ch === 0x2019) return true;
  }
  return false;
}

// Verbs that get something for the one named: "can Sarah get a refund?" asks for her, not what the product does.
const NAMED_ACQUIRE = new Set([...ACQUIRE, 'keep', 'stay']);
// "Can …", "does …": "is the product down?" asks how the product is, not what it can do.
const NAMED_CAPABILITY_OPENERS = new Set(['can', 'could', 'does', 'kann', 'peut', 'puede', 'pode', 'kan', 'puo']);

/** "Can Bookly take the fee itself?", "does Bookly work out the amount?": what a named product does, asked. */
function asksNamedCapability<W extends CuedWord>(tokens: Tokens<W>, words: readonly string[], from: number, start: number, asked: boolean): boolean {
  if (!asked || !NAMED_CAPABILITY_OPENERS.has(words[start] ?? '') || start + 2 >= words.length) return false;
  const name = words[start + 1]!;
  if (FIRST_PERSON.has(name) || SECOND_PERSON.has(name) || YOU_WORDS.has(name) || startsLowerCase(tokens, from + start + 1)) return false;
  return !NAMED_ACQUIRE.has(words[start + 2]!) && !SECOND_PERSON.has(words[start + 2]!);
}

function startsLowerCase<W extends CuedWord>(tokens: Tokens<W>, k: number): boolean {
  const c = tokens.text.charCodeAt(tokens.start[k]!);
  return c >= 97 && c <= 122;
}

function endsWithQuestionMark<W extends CuedWord>(tokens: Tokens<W>, last: number): boolean {
  const text = tokens.text;
  for (let c = tokens.end[last]!; c < text.length; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 63 || ch === 0xff1f || ch === 0x061f) return true; // ? and its fullwidth and Arabic forms
    if (ch === 46 || ch === 33 || ch === 10 || ch === 59) return false;
    if (ch >= 0x30 && ch <= 0x39) return false;
    if ((ch | 32) >= 97 && (ch | 32) <= 122) return false;
  }
  return false;
}
