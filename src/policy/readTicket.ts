import { TYPO_TOLERANT_CONCEPTS, type Concept } from './defaultLexicon';
import type { Policy } from './policy';
import { compileLexicon, type CompiledLexicon, type WordInfo } from './text/compileLexicon';
import { findConcepts } from './text/findConcepts';
import { stripQuotedText } from './text/stripQuotedText';
import { normAt, tokenize, type Tokens } from './text/tokenize';
import { ISSUE_FAMILIES, type Domain, type Evidence, type IssueFamily, type OrganizationInput, type TicketInput } from './types';

/** One thing the customer said that names a concept. */
export interface Mention {
  concept: string;
  /** The words as the customer wrote them. */
  quote: string;
  /** Where: `subject`, `description` or `comment:<id>`. */
  ref: string;
  /** The sentence is a how-to question ("how do I ...", "where can I ..."). */
  howTo: boolean;
}

/**
 * Everything the factors read, computed once per ticket: what the customer is asking now,
 * and the account facts from the systems of record.
 */
export interface TicketReading {
  input: TicketInput;
  policy: Policy;
  nowMs: number;
  mentions: ReadonlyMap<string, readonly Mention[]>;
  /** Concepts the customer named only to say they do not want them. */
  declined: ReadonlySet<string>;
  organization: OrganizationInput | null;
  family: { value: IssueFamily | null; basis: 'confirmed' | 'inferred'; evidence: Evidence | null };
  domains: Domain[];
  domainEvidence: Evidence[];
  contactsInWindow: number | null;
  renewalInDays: number | null;
}

const compiled = new WeakMap<object, CompiledLexicon>();

/** Compiles the policy's lexicon once per lexicon object. */
export function lexiconOf(policy: Policy): CompiledLexicon {
  let c = compiled.get(policy.lexicon);
  if (!c) {
    c = compileLexicon(policy.lexicon, TYPO_TOLERANT_CONCEPTS);
    compiled.set(policy.lexicon, c);
  }
  return c;
}

/** Texts longer than this are read in part: enough to find the ask, bounded for hostile input. */
export const MAX_TEXT_CHARS = 20_000;
const MAX_MESSAGES = 30;
const DAY_MS = 86_400_000;
const HOW_TO_LOOKAHEAD = 4;
const HOW_TO_STARTS = new Set(['how', 'where', 'wie', 'wo', 'comment', 'ou', 'como', 'donde']);
// "Can I get a refund?" is a request, so "can I" does not make a how-to question.
const HOW_TO_PAIRS = new Set(['is there', 'do i', 'am i', 'is it', 'gibt es', 'y a t', 'hay']);

const DOMAIN_OF_CONCEPT: Partial<Record<Concept, Domain>> = {
  refund: 'billing', credit: 'billing', discount: 'billing', waiver: 'billing', billing: 'billing',
  plan_change: 'billing', downgrade: 'billing', cancellation: 'billing',
  contract: 'contract', entitlement_dispute: 'contract',
  access_recovery: 'security', ownership: 'security', compromise: 'security', third_party_data: 'security',
  identity_change: 'security', security_general: 'security',
  privilege_change: 'permissions', permissions_general: 'permissions',
  outage: 'outage', provisioning: 'provisioning', usage_limits: 'usage_limits', feature_access: 'feature_access',
};

const DOMAIN_OF_FAMILY: Record<IssueFamily, Domain | null> = {
  documentation: null, feature_access: 'feature_access', billing: 'billing', permissions: 'permissions',
  provisioning: 'provisioning', usage_limits: 'usage_limits', contract: 'contract', outage: 'outage',
  security: 'security',
};

// When the family field is empty, the most consequential domain named decides it.
const FAMILY_BY_DOMAIN: readonly [Domain, IssueFamily][] = [
  ['security', 'security'], ['contract', 'contract'], ['billing', 'billing'], ['outage', 'outage'],
  ['permissions', 'permissions'], ['provisioning', 'provisioning'], ['usage_limits', 'usage_limits'],
  ['feature_access', 'feature_access'],
];

// With no domain named, how the customer talks about the product tells the family.
const FAMILY_BY_WORDS: readonly [Concept, IssueFamily][] = [
  ['usage_talk', 'usage_limits'], ['feature_talk', 'feature_access'], ['documentation_talk', 'documentation'],
];

/** Reads a ticket once for all factors. Pure: time comes in as `nowMs`. */
export function readTicket(input: TicketInput, policy: Policy, nowMs: number): TicketReading {
  const lexicon = lexiconOf(policy);
  const mentions = new Map<string, Mention[]>();
  const declined = new Set<string>();
  for (const { ref, text } of customerMessages(input)) {
    for (const f of readText(text, lexicon)) {
      if (f.negated) {
        declined.add(f.concept);
        continue;
      }
      const mention: Mention = { concept: f.concept, quote: f.quote, ref, howTo: f.howTo };
      const list = mentions.get(f.concept);
      if (list) list.push(mention);
      else mentions.set(f.concept, [mention]);
    }
  }
  for (const concept of mentions.keys()) declined.delete(concept);

  const organization = input.organization.available ? input.organization.value : null;
  const family = readFamily(input, mentions);
  const { domains, evidence: domainEvidence } = readDomains(input, family.value, family.basis, mentions);
  return {
    input,
    policy,
    nowMs,
    mentions,
    declined,
    organization,
    family,
    domains,
    domainEvidence,
    contactsInWindow: countContacts(input, policy, nowMs),
    renewalInDays: daysUntil(organization?.renewalDate ?? null, nowMs),
  };
}

interface TextFinding {
  concept: string;
  quote: string;
  howTo: boolean;
  negated: boolean;
}

const NO_FINDINGS: readonly TextFinding[] = [];
/** Messages remembered per lexicon: helpdesks repeat templates, macros and auto-replies. */
const TEXT_CACHE_LIMIT = 20_000;
const textCaches = new WeakMap<CompiledLexicon, Map<string, readonly TextFinding[]>>();

/** The token arrays every message is read into in turn; nothing keeps them past `readText`. */
const scratch: Tokens<WordInfo> = { text: '', count: 0, word: [], start: [], end: [], clause: [], sentence: [] };

/** What one message names, without its quoted replies and signature. */
function readText(raw: string, lexicon: CompiledLexicon): readonly TextFinding[] {
  let cache = textCaches.get(lexicon);
  if (!cache) textCaches.set(lexicon, (cache = new Map()));
  if (!lexicon.mayName(raw)) return NO_FINDINGS;
  const known = cache.get(raw);
  if (known) return known;
  const text = stripQuotedText(raw);
  const tokens = tokenize(text, lexicon.lookup, lexicon.mayMatter, scratch);
  const hits = findConcepts(tokens);
  let findings = NO_FINDINGS;
  if (hits.length > 0) {
    const howTo = howToSentences(tokens);
    findings = hits.map((hit) => ({
      concept: hit.concept,
      quote: text.slice(tokens.start[hit.from], tokens.end[hit.to]),
      howTo: howTo.has(tokens.sentence[hit.from]!),
      negated: hit.negated,
    }));
  }
  if (cache.size >= TEXT_CACHE_LIMIT) cache.clear();
  cache.set(raw, findings);
  return findings;
}

/** The customer's own words: the subject, then each customer message without quotes or signature. */
function customerMessages(input: TicketInput): { ref: string; text: string }[] {
  const out: { ref: string; text: string }[] = [];
  if (input.subject) out.push({ ref: 'subject', text: input.subject.slice(0, 500) });
  const requesterId = input.requester.available ? input.requester.value?.id ?? null : null;
  const fromCustomer = input.comments.filter((c) => {
    if (!c.public) return false;
    if (c.authorRole === 'end-user') return true;
    if (c.authorRole === null) return requesterId === null || c.authorId === requesterId;
    return false;
  });
  const messages = fromCustomer.length > 0
    ? fromCustomer.slice(-MAX_MESSAGES).map((c) => ({ ref: `comment:${c.id}`, text: c.body }))
    : [{ ref: 'description', text: input.description }];
  let budget = MAX_TEXT_CHARS;
  for (const m of messages.reverse()) {
    if (budget <= 0) break;
    const text = m.text.length > budget ? m.text.slice(0, budget) : m.text;
    budget -= text.length;
    out.push({ ref: m.ref, text });
  }
  return out;
}

function howToSentences(tokens: Tokens<WordInfo>): Set<number> {
  const out = new Set<number>();
  let sentence = -1;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.sentence[i] === sentence) continue;
    sentence = tokens.sentence[i]!;
    // Greetings come first ("Hi team, where can I ..."): look at the sentence's opening words.
    for (let j = i; j < i + HOW_TO_LOOKAHEAD && j < tokens.count && tokens.sentence[j] === sentence; j++) {
      const word = normAt(tokens, j);
      const pair = j + 1 < tokens.count && tokens.sentence[j + 1] === sentence ? `${word} ${normAt(tokens, j + 1)}` : '';
      if (HOW_TO_STARTS.has(word) || HOW_TO_PAIRS.has(pair)) {
        out.add(sentence);
        break;
      }
    }
  }
  return out;
}

function readFamily(input: TicketInput, mentions: ReadonlyMap<string, readonly Mention[]>): TicketReading['family'] {
  const field = input.fields.issueFamily;
  if (field.available && field.value !== null && (ISSUE_FAMILIES as readonly string[]).includes(field.value)) {
    return {
      value: field.value as IssueFamily,
      basis: 'confirmed',
      evidence: { source: 'field', ref: 'ticket.issue_family', detail: field.value, basis: 'confirmed' },
    };
  }
  for (const [domain, family] of FAMILY_BY_DOMAIN) {
    for (const [concept, list] of mentions) {
      if (DOMAIN_OF_CONCEPT[concept as Concept] === domain && list[0]) {
        return { value: family, basis: 'inferred', evidence: textEvidence(list[0]) };
      }
    }
  }
  if (input.type === 'incident') {
    return { value: 'outage', basis: 'inferred', evidence: { source: 'ticket', ref: 'ticket.type', detail: 'incident', basis: 'confirmed' } };
  }
  for (const [concept, family] of FAMILY_BY_WORDS) {
    const first = mentions.get(concept)?.[0];
    if (first) return { value: family, basis: 'inferred', evidence: textEvidence(first) };
  }
  return { value: null, basis: 'inferred', evidence: null };
}

function readDomains(
  input: TicketInput,
  family: IssueFamily | null,
  basis: 'confirmed' | 'inferred',
  mentions: ReadonlyMap<string, readonly Mention[]>,
): { domains: Domain[]; evidence: Evidence[] } {
  const found = new Map<Domain, Evidence>();
  const familyDomain = family ? DOMAIN_OF_FAMILY[family] : null;
  if (familyDomain && basis === 'confirmed') {
    found.set(familyDomain, { source: 'field', ref: 'ticket.issue_family', detail: family === familyDomain ? family : `${family} (${familyDomain})`, basis: 'confirmed' });
  }
  if (input.type === 'incident' || input.problemId !== null) {
    if (!found.has('outage')) {
      found.set('outage', { source: 'ticket', ref: 'ticket.type', detail: input.problemId ? `incident of problem #${input.problemId}` : 'incident', basis: 'confirmed' });
    }
  }
  for (const [concept, list] of mentions) {
    const domain = DOMAIN_OF_CONCEPT[concept as Concept];
    const first = list[0];
    if (domain && first && !found.has(domain)) found.set(domain, { ...textEvidence(first), detail: `${domain}: "${first.quote}"` });
  }
  return { domains: [...found.keys()], evidence: [...found.values()] };
}

function countContacts(input: TicketInput, policy: Policy, nowMs: number): number | null {
  if (!input.requesterTickets.available) return null;
  const window = policy.thresholds.contactWindowDays * DAY_MS;
  const anchor = parseTime(input.createdAt) ?? nowMs;
  const from = anchor - window;
  const to = Math.min(nowMs, anchor + window);
  const ids = new Set<string>([input.id]);
  for (const t of input.requesterTickets.value) {
    const at = parseTime(t.createdAt);
    if (at !== null && at >= from && at <= to) ids.add(t.id);
  }
  return ids.size;
}

function daysUntil(date: string | null, nowMs: number): number | null {
  const at = parseTime(date);
  if (at === null) return null;
  return Math.ceil((at - nowMs) / DAY_MS);
}

const times = new Map<string, number>();
/** Distinct time strings remembered: a requester's tickets are read once for each of them. */
const TIME_CACHE_LIMIT = 100_000;

/** Reads an ISO time; `null` when it is absent or not a time. */
export function parseTime(value: string | null | undefined): number | null {
  if (!value) return null;
  let ms = times.get(value);
  if (ms === undefined) {
    ms = Date.parse(value);
    if (times.size >= TIME_CACHE_LIMIT) times.clear();
    times.set(value, ms);
  }
  return Number.isFinite(ms) ? ms : null;
}

/** The evidence for one mention: always `inferred`, since it is read from free text. */
export function textEvidence(m: Mention): Evidence {
  return { source: 'text', ref: m.ref, detail: `"${m.quote}"`, basis: 'inferred' };
}

/** Evidence for the first mentions of any of the concepts, at most `max`. */
export function mentionEvidence(reading: TicketReading, concepts: readonly Concept[], max = 3): Evidence[] {
  const out: Evidence[] = [];
  for (const c of concepts) {
    for (const m of reading.mentions.get(c) ?? []) {
      if (out.length >= max) return out;
      if (!out.some((e) => e.detail.toLowerCase() === `"${m.quote.toLowerCase()}"`)) out.push(textEvidence(m));
    }
  }
  return out;
}

/** Whether the customer named any of the concepts (and did not decline it). */
export function mentions(reading: TicketReading, ...concepts: Concept[]): boolean {
  return concepts.some((c) => (reading.mentions.get(c)?.length ?? 0) > 0);
}

/** Whether the customer named a concept outside a how-to question. */
export function asksFor(reading: TicketReading, ...concepts: Concept[]): boolean {
  return concepts.some((c) => reading.mentions.get(c)?.some((m) => !m.howTo) ?? false);
}
