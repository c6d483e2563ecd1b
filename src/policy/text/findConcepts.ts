import { matchesStep, type CompiledPhrase } from './compileLexicon';
import type { Word } from './lexiconWords';
import { normAt, type Tokens } from './tokenize';

export interface ConceptHit {
  concept: string;
  /** First and last word of the match. */
  from: number;
  to: number;
  /** The customer said they do not want this ("we do not need a refund"). */
  negated: boolean;
}


// Words that negate what follows them, in the languages the default lexicon covers.
const NEGATORS = new Set([
  'not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'nor', 'neither', 'none', 'nothing', 'nobody', 'nobodys', 'noone',
  'niemand', 'nadie', 'ninguem', 'nessuno',
  'nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals',
  'pas', 'jamais', 'aucun', 'aucune', 'ni',
  'nunca', 'ningun', 'ninguna', 'tampoco',
  'nao', 'nem', 'nenhum', 'nenhuma', 'niet', 'geen', 'nooit', 'non', 'nessun', 'nessuna',
]);

// Words that may stand between a negator and what it negates: "not asking for a refund".
const NEGATION_FILLER = new Set([
  'a', 'an', 'the', 'any', 'for', 'to', 'in', 'of', 'about', 'really', 'actually', 'longer',
  'need', 'needed', 'needs', 'want', 'wanted', 'wants', 'asking', 'ask', 'looking', 'requesting',
  'request', 'require', 'requiring', 'expect', 'expecting', 'seeking', 'interested', 'is', 'are',
  'be', 'do', 'does', 'we', 'i', 'our', 'my', 'me', 'one', 'ones',
  'ein', 'eine', 'einen', 'brauchen', 'brauche', 'wollen', 'will', 'mochten', 'wir', 'ich', 'um',
  'de', 'd', 'un', 'une', 'besoin', 'voulons', 'veux', 'demandons', 'nous', 'je', 'avons', 'ai',
  'el', 'la', 'una', 'uno', 'necesitamos', 'necesito', 'queremos', 'quiero', 'pedimos', 'solicitamos', 'estamos',
  'estou', 'quero', 'precisamos', 'preciso', 'vamos', 'um', 'uma', 'o', 'os', 'as', 'vogliamo', 'voglio', 'abbiamo', 'ho', 'il', 'di',
  'willen', 'wil', 'hebben', 'heb', 'wij', 'ik', 'een', 'het', 'stiamo', 'sto',
]);
const BEFORE_NEGATION_WINDOW = 5;

// "... a refund is not needed": a negator and a need-word shortly after the match.
const AFTER_NEGATION_WINDOW = 4;
const NEED_WORDS = new Set(['needed', 'necessary', 'required', 'wanted', 'notig', 'necessaire', 'necesario', 'necesaria', 'nodig', 'besoin', 'necesitamos', 'necesito', 'precisamos', 'preciso', 'serve']);
const NEEDING_FIRST = new Set(['brauchen', 'brauche', 'benotigen', 'benotige', 'wollen', 'mochten']);
const SELF_NEGATING = new Set(['unnecessary', 'unneeded', 'unnotig', 'innecesario']);

/**
 * Finds every concept the text names, with negation marked. Linear in the words: a hostile
 * message of a megabyte costs its length, so every message can be read to its end.
 */
export function findConcepts(tokens: Tokens<Word>): ConceptHit[] {
  const hits: ConceptHit[] = [];
  // Words an exception phrase covers, per concept: "credit card" keeps "credit" from counting.
  let excluded: Map<string, Set<number>> | null = null;
  for (let i = 0; i < tokens.count; i++) {
    if (!tokens.open[i]) continue;
    const starts = tokens.word[i]!.starts;
    const firstHere = hits.length;
    for (let k = 0; k < starts.length; k++) {
      const phrase = starts[k]!;
      const end = matchSteps(phrase, 1, tokens, i + 1, tokens.sentence[i]!);
      if (end < 0) continue;
      if (phrase.exclusion) {
        excluded ??= new Map();
        let words = excluded.get(phrase.concept);
        if (!words) excluded.set(phrase.concept, (words = new Set()));
        for (let w = i; w <= end; w++) words.add(w);
      } else {
        let seen = false;
        for (let h = firstHere; h < hits.length && !seen; h++) seen = hits[h]!.concept === phrase.concept;
        if (!seen) hits.push({ concept: phrase.concept, from: i, to: end, negated: isNegated(tokens, i, end) });
      }
    }
  }
  const cover = excluded;
  const kept = cover === null ? hits : hits.filter((h) => !overlaps(cover.get(h.concept), h.from, h.to));
  carryNegation(kept, tokens);
  return kept;
}

const IF_WORDS = new Set(['if', 'unless', 'wenn', 'falls', 'indien', 'tenzij']);
// "Si", "se" and "als" are "if" only before a subject or a "not": "si no", "se non", "als jullie"; else "so", "oneself", "as".
const IF_BEFORE = new Map<string, ReadonlySet<string>>([
  ['si', new Set(['no', 'vous', 'on', 'nous', 'ustedes', 'vosotros', 'usted', 'tu', 'il', 'elle', 'ce'])],
  ['se', new Set(['non', 'nao', 'voi', 'voces', 'lei'])],
  ['als', new Set(['jullie', 'u', 'je', 'we', 'wij', 'ze', 'het', 'er', 'dat', 'dit'])],
]);
const IF_REACH = 8;

function inIfClause(tokens: Tokens<Word>, from: number): boolean {
  const clause = tokens.clause[from];
  for (let k = from - 1; k >= 0 && from - k <= IF_REACH && tokens.clause[k] === clause; k--) {
    const w = normAt(tokens, k);
    if (IF_WORDS.has(w) || (k + 1 < from && IF_BEFORE.get(w)?.has(normAt(tokens, k + 1)))) return true;
  }
  return false;
}

function overlaps(words: ReadonlySet<number> | undefined, from: number, to: number): boolean {
  if (!words) return false;
  for (let w = from; w <= to; w++) if (words.has(w)) return true;
  return false;
}

const NOBODY = new Set(['nobody', 'nobodys', 'noone', 'niemand', 'nadie', 'ninguem', 'nessuno']);

// What a negation must deny to carry across a coordinated verb: "no need to explain or refund".
const NEGATED_WANTS = new Set(['need', 'needed', 'want', 'asking', 'require', 'expecting', 'expect', 'brauchen', 'besoin', 'necesitamos', 'necesito']);

const CONJUNCTIONS = new Set(['or', 'nor', 'and', 'oder', 'und', 'noch', 'ou', 'et', 'ni', 'o', 'y']);

/** "Not asking for any credit or discount": a negation carries across "or" / "and" to the next concept. */
function carryNegation(hits: ConceptHit[], tokens: Tokens<Word>): void {
  if (!hits.some((h) => h.negated)) return;
  const negatedEnds = new Set<number>();
  for (const h of hits) if (h.negated) negatedEnds.add(h.to);
  // Hits are in text order, so a negation carried to one hit can carry on to the next.
  for (const h of hits) {
    if (h.negated) continue;
    let i = h.from - 1;
    while (i >= 0 && tokens.clause[i] === tokens.clause[h.from] && NEGATION_FILLER.has(normAt(tokens, i))) i--;
    if (i < 0 || tokens.clause[i] !== tokens.clause[h.from] || !CONJUNCTIONS.has(normAt(tokens, i))) continue;
    const before = i - 1;
    if (negatedEnds.has(before) && tokens.clause[before] === tokens.clause[h.from]) {
      h.negated = true;
      negatedEnds.add(h.to);
    }
  }
}

/** Matches the phrase's steps from `stepIndex` on, at word `at`; returns the last word matched, or -1. */
function matchSteps(phrase: CompiledPhrase, stepIndex: number, tokens: Tokens<Word>, at: number, sentence: number): number {
  const step = phrase.steps[stepIndex];
  if (step === undefined) return at - 1;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max; skip++) {
      const end = matchSteps(phrase, stepIndex + 1, tokens, at + skip, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (at >= tokens.count || tokens.sentence[at] !== sentence || !matchesStep(step, normAt(tokens, at))) return -1;
  return matchSteps(phrase, stepIndex + 1, tokens, at + 1, sentence);
}

function isNegated(tokens: Tokens<Word>, from: number, to: number): boolean {
  // "Wenn Sie uns keinen Rabatt geben, …": a "not" inside an if-clause sets a condition; it declines nothing.
  if (inIfClause(tokens, from)) return false;
  const clause = tokens.clause[from];
  // "We were never refunded" complains that something did not happen; it declines nothing.
  const reportsPast = normAt(tokens, from).endsWith('ed');
  // "No need to explain or refund anything": past "explain or", the negation must be of a need.
  // "How do we roll the certificate over without locking our dispatchers out?": a step to avoid.
  if (from > 0 && tokens.clause[from - 1] === clause && normAt(tokens, from - 1) === 'without' && normAt(tokens, from).endsWith('ing')) return true;
  let coordinated = false;
  for (let i = from - 1; i >= 0 && from - i <= BEFORE_NEGATION_WINDOW + (coordinated ? 2 : 0); i--) {
    if (tokens.clause[i] !== clause) break;
    const norm = normAt(tokens, i);
    // "Nobody is locked out" says it happened to no one; "we were never refunded" says it did not happen.
    if (reportsPast && !NOBODY.has(norm)) {
      if (NEGATORS.has(norm) || !NEGATION_FILLER.has(norm)) break;
      continue;
    }
    if (NEGATORS.has(norm)) return !coordinated || NEGATED_WANTS.has(normAt(tokens, i + 1));
    if (!coordinated && CONJUNCTIONS.has(norm) && i > 0 && tokens.clause[i - 1] === clause) {
      coordinated = true;
      i--;
      continue;
    }
    if (!NEGATION_FILLER.has(norm)) break;
  }
  let sawNegator = false;
  let sawNeed = false;
  const endClause = tokens.clause[to];
  for (let i = to + 1; i < tokens.count && i - to <= AFTER_NEGATION_WINDOW; i++) {
    if (tokens.clause[i] !== endClause) break;
    const norm = normAt(tokens, i);
    if (SELF_NEGATING.has(norm)) return true;
    if (NEGATORS.has(norm)) {
      // "Eine Erstattung brauchen wir nicht": the German need comes first, its negation after.
      if (sawNeed) return true;
      sawNegator = true;
    } else if (sawNegator && NEED_WORDS.has(norm)) return true;
    else if (NEEDING_FIRST.has(norm)) sawNeed = true;
  }
  return false;
}
