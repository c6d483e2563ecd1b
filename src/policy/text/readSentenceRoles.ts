import type { Tokens } from './tokenize';

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
  'esigiamo', 'jaimerais', 'jexige', 'demand', 'demanding',
]);

// Two-word openings of a request, anywhere in the sentence.
const REQUEST_PAIRS = new Set([
  'can you', 'could you', 'would you', 'will you', 'can u', 'could u', 'i need', 'we need', 'i want', 'we want',
  'id like', 'wed like', 'i expect', 'we expect', 'we ask', 'i ask', 'i request', 'we request', 'we require',
  'need you', 'want you', 'im asking', 'were asking', 'id appreciate', 'wed appreciate', 'appreciate it',
  'can we', 'can i', 'could we', 'could i', 'may we', 'may i', 'would love', 'go ahead', 'make sure',
  'konnen sie', 'konnten sie', 'konnt ihr', 'kannst du', 'konntet ihr', 'ich mochte', 'wir mochten', 'ich hatte',
  'wir hatten', 'ich brauche', 'wir brauchen', 'wir benotigen', 'ich benotige', 'wir bitten', 'ich bitte', 'wir erwarten',
  'ich erwarte', 'wir fordern', 'ich fordere', 'wir wollen', 'ich will', 'pouvez vous', 'pourriez vous', 'merci de',
  'je voudrais', 'nous voudrions', 'je souhaite', 'nous souhaitons', 'nous aimerions', 'nous demandons', 'je demande',
  'nous exigeons', 'il nous', 'nous avons', 'jai besoin', 'vous pouvez', 'pueden ustedes', 'podrian ustedes', 'me gustaria',
  'nos gustaria', 'podem voces', 'poderiam voces', 'kunnen jullie', 'kunt u', 'kun je', 'zouden jullie', 'zou u',
  'ik wil', 'wij willen', 'we willen', 'ik zou', 'wij zouden', 'we zouden', 'we verzoeken', 'wij verzoeken',
  'ik verzoek', 'wij eisen', 'we eisen', 'ik eis', 'hebben nodig', 'heb nodig', 'abbiamo bisogno', 'ho bisogno',
  'potete voi', 'potreste voi',
]);
// Requests whose first word alone asks (Spanish, Portuguese, Italian drop the pronoun).
const REQUEST_OPENERS = new Set(['pueden', 'podrian', 'podria', 'podem', 'poderiam', 'poderia', 'potete', 'potreste', 'potrebbe', 'puo', 'can', 'could', 'would']);

// After "can/could/may we|I", these verbs ask for something rather than how to do it.
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
const WHERE_FIRST = new Set(['where', 'wo', 'ou', 'donde', 'onde', 'waar', 'dove']);
// "Is there a way to ..." asks how; "is there a discount" asks whether: only the first is a how-to.
const WAY_WORDS = new Set(['way', 'option', 'setting', 'shortcut', 'possibility', 'moglichkeit', 'weg', 'moyen', 'option', 'forma', 'manera', 'modo', 'jeito', 'manier', 'mogelijkheid', 'maniera']);
const EXISTENCE_PAIRS = new Set(['is there', 'are there', 'gibt es', 'y a', 'hay', 'existe', 'ha', 'is er', 'zijn er', 'ce', 'ci sono', 'c e']);
const HOWTO_PAIRS = new Set([
  'hay forma', 'ha como', 'ce modo',
  'se puede', 'si puo', 'e possivel', 'e possibile', 'est il', 'is het', 'kann man', 'kann ich', 'konnen wir', 'puis je', 'peut on',
  'puedo', 'posso', 'kan ik', 'kunnen we', 'can i', 'can we', 'do i', 'do we', 'should i', 'should we', 'what is the best', 'whats the best',
]);

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
  'you', 'your', 'yours', 'yourselves', 'u', 'ur', 'ya', 'sie', 'ihnen', 'ihr', 'euch', 'euer', 'eure', 'du', 'dich', 'dir', 'vous',
  'votre', 'vos', 'usted', 'ustedes', 'vosotros', 'voces', 'voce', 'jullie', 'uw', 'voi', 'vostro', 'vostra', 'vostri', 'vostre',
]);

// After a request's opening, these verbs ask to know something rather than for something done.
const INFO_VERBS = new Set([
  'tell', 'explain', 'show', 'clarify', 'advise', 'know', 'understand', 'confirm', 'point', 'guide', 'help', 'recommend',
  'suggest', 'share', 'send', 'check', 'look', 'let', 'describe', 'walk', 'erklaren', 'sagen', 'zeigen', 'mitteilen', 'wissen',
  'helfen', 'expliquer', 'dire', 'indiquer', 'savoir', 'aider', 'explicar', 'decir', 'indicar', 'saber', 'ayudar', 'ajudar',
  'dizer', 'uitleggen', 'vertellen', 'laten', 'weten', 'helpen', 'spiegare', 'dire', 'sapere', 'aiutare', 'indicare',
]);

const LOOKAHEAD = 5;

/** A word of a sentence: folded, with its cues (`cueOf`) worked out once. */
export interface CuedWord {
  norm: string;
  cues: number;
}

const NO_SENTENCE: SentenceReading = { role: 'statement', addressed: false, info: false, imperative: false, stepAnnounced: false, words: 0, conditional: false, permission: false };

/** Reads the role of every sentence of a message, indexed by sentence number. */
export function readSentenceRoles<W extends CuedWord>(tokens: Tokens<W>): SentenceReading[] {
  const out: SentenceReading[] = [];
  let i = 0;
  while (i < tokens.count) {
    const sentence = tokens.sentence[i]!;
    let j = i;
    while (j < tokens.count && tokens.sentence[j] === sentence) j++;
    out[sentence] = readSentence(tokens.word, i, j, endsWithQuestionMark(tokens, j - 1));
    i = j;
  }
  for (let s = 0; s < out.length; s++) out[s] ??= NO_SENTENCE;
  return out;
}

/** Reads the words `from`..`to` (exclusive) of one sentence; `asked` when it ends with a question mark. */
function readSentence(words: readonly CuedWord[], from: number, to: number, asked: boolean): SentenceReading {
  let stepAnnounced = false;
  let conditional = false;
  for (let k = from; k < to; k++) {
    const c = words[k]!.cues;
    if (c & STEP) stepAnnounced = true;
    if (c & CONDITION) conditional = true;
  }
  const reading: SentenceReading = { role: 'statement', addressed: false, info: false, imperative: false, stepAnnounced, words: to - from, conditional, permission: false };
  readRole(words, from, to, asked, reading);
  const start = firstAfterGreeting(words, from, to);
  reading.permission = reading.role === 'howto' && PERMISSION_OPENERS.has(normOf(words, start, to)) && normOf(words, start + 1, to) !== 'you';
  return reading;
}

/** The folded word `k`, or '' past the sentence's end `to`. */
function normOf(words: readonly CuedWord[], k: number, to: number): string {
  return k < to ? words[k]!.norm : '';
}

/** The first word after the greeting that may open a sentence ("Hi team, ..."), within the lookahead. */
function firstAfterGreeting(words: readonly CuedWord[], from: number, to: number): number {
  let start = from;
  while (start < to && start - from < LOOKAHEAD && GREETING.has(words[start]!.norm)) start++;
  return start;
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

// Openers that ask leave: "can we ...", "kann ich ...", "puis-je ...".
const PERMISSION_OPENERS = new Set(['can', 'could', 'may', 'kann', 'konnen', 'darf', 'durfen', 'puis', 'pouvons', 'peut', 'puedo', 'podemos', 'posso', 'podemos', 'possiamo', 'kan', 'kunnen', 'mag', 'mogen']);
const CONDITIONS = new Set(['if', 'unless', 'otherwise', 'or', 'else', 'wenn', 'falls', 'sonst', 'andernfalls', 'si', 'sinon', 'sino', 'caso', 'senao', 'se', 'altrimenti', 'als', 'indien', 'anders', 'tenzij']);

/** Sets the sentence's role, and whether it is addressed to us, asks for information or opens with a verb. */
function readRole(words: readonly CuedWord[], from: number, to: number, asked: boolean, out: SentenceReading): void {
  let addressed = false;
  let request = false;
  let cueAt = -1;
  let acquire = false;
  let know = false;
  for (let k = from; k < to; k++) {
    const c = words[k]!.cues;
    if (c === 0) continue;
    const w = words[k]!.norm;
    if (c & SECOND) addressed = true;
    if (c & KNOW) know = true;
    if (c & REQUEST) {
      request = true;
      cueAt = cueAt < 0 ? k : cueAt;
      if (c & PLEASE) addressed = true;
    }
    if (c & PAIR_FIRST && k + 1 < to && REQUEST_PAIRS.has(`${w} ${words[k + 1]!.norm}`)) {
      const next = words[k + 1]!.norm;
      // "can we / can I" asks only with a verb of getting: "can we get a refund", not "can we export".
      if ((w === 'can' || w === 'could' || w === 'may') && (next === 'we' || next === 'i')) {
        if (ACQUIRE.has(normOf(words, k + 2, to))) {
          request = true;
          acquire = true;
          cueAt = cueAt < 0 ? k : cueAt;
        }
      } else {
        request = true;
        cueAt = cueAt < 0 ? k : cueAt;
      }
    }
  }
  const start = firstAfterGreeting(words, from, to);
  const first = normOf(words, start, to);
  const second = normOf(words, start + 1, to);
  if (REQUEST_OPENERS.has(first) && SECOND_PERSON.has(second)) {
    request = true;
    cueAt = cueAt < 0 ? start : cueAt;
  }
  let info = false;
  if (request && cueAt >= 0) for (let k = cueAt; k < cueAt + 5 && k < to && !info; k++) info = INFO_VERBS.has(words[k]!.norm);
  const imperative = !request && !asked && IMPERATIVE_VERBS.has(first);
  out.addressed = addressed;
  if (isHowTo(words, start, to)) {
    // "How do I get a refund?" asks for one; "how do I export ..." asks how.
    // "Can we reduce to 25 and get the difference back?": a permission question asks for what it gets anywhere in it.
    const reach = PERMISSION_OPENERS.has(first) ? to : Math.min(to, start + LOOKAHEAD + 1);
    let getting = false;
    for (let k = start; k < reach && !getting; k++) {
      const w = words[k]!.norm;
      getting = ACQUIRE.has(w) && w !== 'be' && w !== 'have';
    }
    if (getting) {
      out.role = 'request';
      out.addressed = true;
      return;
    }
    if (!request || REQUEST_PAIRS.has(`${first} ${second}`)) {
      out.role = 'howto';
      return;
    }
  }
  // "Is it possible to have a discount?" asks for one as "can we get" does.
  if (asked && asksPossibleToGet(words, from, to)) {
    out.role = 'request';
    out.addressed = true;
  } else if (asked && QUESTION_FIRST.has(first) && !addressed && !acquire) {
    // "When I duplicate the board, do I need to recreate them?" wants to know, whatever its verbs.
    out.role = 'question';
  } else if (request || imperative) {
    out.role = 'request';
    out.addressed = addressed || imperative;
    out.info = info;
    out.imperative = imperative;
  } else if (asked || QUESTION_FIRST.has(first) || (know && hasEmbeddedQuestion(words, from, to))) {
    out.role = 'question';
  }
}

// Words that announce, condition or report a step the customer takes: "we will", "unless",
// "we have informed our lawyers", "we are considering".
const STEP_WORDS = new Set([
  'will', 'well', 'ill', 'shall', 'going', 'gonna', 'would', 'if', 'unless', 'otherwise', 'until', 'consider', 'considering',
  'file', 'filed', 'filing', 'take', 'taking', 'pursue', 'pursuing', 'seek', 'seeking', 'notify', 'notified', 'forced', 'force',
  'werden', 'werde', 'wenn', 'falls', 'sonst', 'andernfalls', 'allons', 'irons', 'sinon', 'vamos', 'iremos', 'caso', 'senao',
  'zullen', 'gaan', 'anders', 'indien', 'altrimenti', 'andremo', 'faremo', 'procederemo', 'procederemos', 'sera', 'seremos',
  // Reporting verbs as verbs only: "reports" and "contacts" are also things a customer keeps.
  'report', 'reporting', 'reported', 'inform', 'informed', 'informing', 'contact', 'contacted', 'contacting', 'consult',
  'consulted', 'consulting', 'forwarded', 'forwarding',
]);
const STEP_STEMS = ['beschwer', 'klacht', 'reclam', 'plainte', 'denuncia', 'involv', 'escalat', 'complain', 'threaten', 'einschalt', 'eingeschalt', 'saisir', 'saisi', 'denunci', 'demand', 'klag', 'aanklag', 'segnal', 'denunc'];

function isStepWord(w: string): boolean {
  return STEP_WORDS.has(w) || STEP_STEMS.some((p) => w.startsWith(p));
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

function hasEmbeddedQuestion(words: readonly CuedWord[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (!KNOW_WORDS.has(words[k]!.norm)) continue;
    if (EMBEDDED_WH.has(words[k + 1]!.norm) || EMBEDDED_WH.has(k + 2 < to ? words[k + 2]!.norm : '')) return true;
  }
  return false;
}

const POSSIBLE = new Set(['possible', 'possibile', 'posible', 'possivel', 'mogelijk', 'moglich']);

function asksPossibleToGet(words: readonly CuedWord[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!POSSIBLE.has(words[k]!.norm)) continue;
    for (let j = k + 1; j <= k + 3 && j < to; j++) {
      const w = words[j]!.norm;
      if (ACQUIRE.has(w) && w !== 'be') return true;
    }
  }
  return false;
}

function isHowTo(words: readonly CuedWord[], start: number, to: number): boolean {
  for (let k = start; k < to && k < start + LOOKAHEAD; k++) {
    if ((words[k]!.cues & HOWTO_START) === 0) continue;
    const w = words[k]!.norm;
    const two = `${w} ${normOf(words, k + 1, to)}`;
    if (EXISTENCE_PAIRS.has(two) || EXISTENCE_PAIRS.has(w)) {
      const from = EXISTENCE_PAIRS.has(two) ? k + 2 : k + 1;
      for (let j = from; j < from + 4 && j < to; j++) if (WAY_WORDS.has(words[j]!.norm)) return true;
      continue;
    }
    if (HOWTO_FIRST.has(w)) return true;
    if (WHERE_FIRST.has(w) && k + 1 < to) return true;
    if (HOWTO_PAIRS.has(two) || HOWTO_PAIRS.has(`${two} ${normOf(words, k + 2, to)}`) || HOWTO_PAIRS.has(w)) return true;
  }
  return false;
}

function endsWithQuestionMark<W>(tokens: Tokens<W>, last: number): boolean {
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
