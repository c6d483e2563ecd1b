import { matchesStep, type CompiledLexicon, type CompiledPhrase } from './compileLexicon';
import type { Token } from './tokenize';

export interface ConceptHit {
  concept: string;
  /** First and last token of the match. */
  from: number;
  to: number;
  /** The customer said they do not want this ("we do not need a refund"). */
  negated: boolean;
}

const MAX_GAP = 2;

// Words that negate what follows them, in the languages the default lexicon covers.
const NEGATORS = new Set([
  'not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'nor', 'neither', 'none', 'nothing',
  'nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals',
  'pas', 'jamais', 'aucun', 'aucune', 'ni',
  'nunca', 'ningun', 'ninguna', 'tampoco',
]);

// Words that may stand between a negator and what it negates: "not asking for a refund".
const NEGATION_FILLER = new Set([
  'a', 'an', 'the', 'any', 'for', 'to', 'in', 'of', 'about', 'really', 'actually', 'longer',
  'need', 'needed', 'needs', 'want', 'wanted', 'wants', 'asking', 'ask', 'looking', 'requesting',
  'request', 'require', 'requiring', 'expect', 'expecting', 'seeking', 'interested', 'is', 'are',
  'be', 'do', 'does', 'we', 'i', 'any', 'our', 'my', 'me',
  'ein', 'eine', 'einen', 'brauchen', 'brauche', 'wollen', 'will', 'mochten', 'wir', 'ich', 'um',
  'de', 'd', 'un', 'une', 'besoin', 'voulons', 'veux', 'demandons', 'nous', 'je', 'avons', 'ai',
  'el', 'la', 'una', 'uno', 'necesitamos', 'necesito', 'queremos', 'quiero', 'pedimos', 'solicitamos',
]);

// "... a refund is not needed": a negator and a need-word shortly after the match.
const AFTER_NEGATION_WINDOW = 4;
const NEED_WORDS = new Set(['needed', 'necessary', 'required', 'wanted', 'notig', 'necessaire', 'necesario', 'necesaria']);
const SELF_NEGATING = new Set(['unnecessary', 'unneeded', 'unnotig', 'innecesario']);

/** Finds every concept the text names, with negation marked. */
export function findConcepts(tokens: readonly Token[], lexicon: CompiledLexicon): ConceptHit[] {
  const hits: ConceptHit[] = [];
  const exclusions: ConceptHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.norm;
    const exact = lexicon.byWord.get(word);
    if (exact) tryPhrases(exact, tokens, i, hits, exclusions);
    for (const len of lexicon.prefixLengths) {
      if (len > word.length) break;
      const byPrefix = lexicon.byPrefix.get(word.slice(0, len));
      if (byPrefix) tryPhrases(byPrefix, tokens, i, hits, exclusions);
    }
  }
  if (exclusions.length === 0) return hits;
  return hits.filter(
    (h) => !exclusions.some((x) => x.concept === h.concept && x.from <= h.to && h.from <= x.to),
  );
}

function tryPhrases(
  phrases: readonly CompiledPhrase[],
  tokens: readonly Token[],
  at: number,
  hits: ConceptHit[],
  exclusions: ConceptHit[],
): void {
  for (const phrase of phrases) {
    const end = matchFrom(phrase, tokens, at);
    if (end < 0) continue;
    if (phrase.exclusion) {
      exclusions.push({ concept: phrase.concept, from: at, to: end, negated: false });
    } else if (!hits.some((h) => h.concept === phrase.concept && h.from === at)) {
      hits.push({ concept: phrase.concept, from: at, to: end, negated: isNegated(tokens, at, end) });
    }
  }
}

/** Returns the index of the last token matched, or -1. */
function matchFrom(phrase: CompiledPhrase, tokens: readonly Token[], at: number): number {
  return matchSteps(phrase, 0, tokens, at, tokens[at]!.sentence);
}

function matchSteps(phrase: CompiledPhrase, stepIndex: number, tokens: readonly Token[], at: number, sentence: number): number {
  const step = phrase.steps[stepIndex];
  if (step === undefined) return at - 1;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      const end = matchSteps(phrase, stepIndex + 1, tokens, at + skip, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[at];
  if (token === undefined || token.sentence !== sentence || !matchesStep(step, token.norm)) return -1;
  return matchSteps(phrase, stepIndex + 1, tokens, at + 1, sentence);
}

function isNegated(tokens: readonly Token[], from: number, to: number): boolean {
  const clause = tokens[from]!.clause;
  // "We were never refunded" complains that something did not happen; it declines nothing.
  const reportsPast = tokens[from]!.norm.endsWith('ed');
  for (let i = from - 1; i >= 0 && from - i <= 5 && !reportsPast; i--) {
    const t = tokens[i]!;
    if (t.clause !== clause) break;
    if (NEGATORS.has(t.norm)) return true;
    if (!NEGATION_FILLER.has(t.norm)) break;
  }
  let sawNegator = false;
  for (let i = to + 1; i < tokens.length && i - to <= AFTER_NEGATION_WINDOW; i++) {
    const t = tokens[i]!;
    if (t.clause !== tokens[to]!.clause) break;
    if (SELF_NEGATING.has(t.norm)) return true;
    if (NEGATORS.has(t.norm)) sawNegator = true;
    else if (sawNegator && NEED_WORDS.has(t.norm)) return true;
  }
  return false;
}
