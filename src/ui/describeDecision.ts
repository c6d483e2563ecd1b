import type { Decision, FactorId, MissingItem, SuggestedOwner } from '../policy/types';
import type { Translate } from './createTranslator';
import { describeEvidence, describeRef, familyName, type EvidenceContext } from './describeEvidence';

/** A list in the agent's language: "A, B and C" / "A, B und C". */
export function joinList(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export const factorName = (id: FactorId, t: Translate): string => t(`ui.factors.names.${id}`);

/** The first evidence of a factor, as a sentence; null when it has none. */
export function leadEvidence(decision: Decision, id: FactorId, ctx: EvidenceContext): string | null {
  const e = decision.factors[id]?.evidence[0];
  return e ? describeEvidence(e, ctx) : null;
}

/**
 * Why the policy chose its lane, in one sentence that names the decisive factor and its
 * evidence. Built from the rule as data, never from the core's English reason.
 */
export function describeWhy(decision: Decision, ctx: EvidenceContext & { locale: string }): string {
  const { t, locale } = ctx;
  const rule = decision.rule;
  const names = (ids: readonly FactorId[]) => joinList(ids.map((id) => factorName(id, t)), locale);
  const withEvidence = (sentence: string, id: FactorId | undefined) => {
    const evidence = id ? leadEvidence(decision, id, ctx) : null;
    return evidence ? t('ui.why.withEvidence', { sentence, evidence }) : t('ui.why.plain', { sentence });
  };
  if (!rule) return t('ui.why.unknown', { lane: decision.lane });
  switch (rule.id) {
    case 'decisive_high':
      return withEvidence(t('ui.why.decisive_high', { factor: factorName(rule.factor, t) }), rule.factor);
    case 'high_count':
      return withEvidence(t('ui.why.high_count', { factors: names(rule.factors), count: rule.factors.length }), rule.factors[0]);
    case 'high_with_raised':
      return withEvidence(t('ui.why.high_with_raised', { factor: factorName(rule.factor, t), others: names(rule.others), count: rule.others.length }), rule.factor);
    case 'raised_count':
      return withEvidence(t('ui.why.raised_count', { factors: names(rule.factors), count: rule.factors.length }), rule.factors[0]);
    case 'raised':
      return withEvidence(t('ui.why.raised', { factors: names(rule.factors), count: rule.factors.length }), rule.factors[0]);
    case 'family_unknown':
      return t('ui.why.family_unknown');
    case 'family_not_allowed':
      return t(rule.inferred ? 'ui.why.family_not_allowed_inferred' : 'ui.why.family_not_allowed', { family: familyName(rule.family, t) });
    case 'asks_action':
      return t('ui.why.asks_action');
    case 'ask_unclear':
      return t('ui.why.ask_unclear');
    case 'family_allowed':
      return t(rule.inferred ? 'ui.why.family_allowed_inferred' : 'ui.why.family_allowed', { family: familyName(rule.family, t) });
    case 'learned_human_lead':
      return t('ui.why.learned_human_lead', { percent: Math.round(rule.probability * 100), words: joinList(rule.words.map((w) => `“${w}”`), locale) });
    case 'fail_closed':
      return t('ui.why.fail_closed');
  }
}

/** The owner group in the agent's words: its name in the helpdesk, else the policy's name for it. */
export function ownerName(owner: SuggestedOwner, t: Translate): string {
  return owner.groupName ?? t(`ui.owner.names.${owner.key}`);
}

/** Who else should keep the ticket in view: the CSM by name, another group by its name. */
export function keepInViewNames(owner: SuggestedOwner, t: Translate): string[] {
  return owner.keepInView.map((k) => {
    if (k.kind === 'csm') return t('ui.owner.csm', { name: k.name });
    const key = `ui.owner.names.${k.name}`;
    const known = t(key);
    return known === key ? k.name : known;
  });
}

/** A missing item in people's words, from its id; a source that failed to answer by its name. */
export function describeMissing(m: MissingItem, t: Translate): string {
  const key = `ui.missingItems.${m.item.replace(/[^a-z_]+/gi, '_')}`;
  const text = t(key);
  if (text !== key) return text;
  return t('ui.missingItems.unreadable', { what: describeRef(m.item, t) });
}

/** The gaps that bear on the lane (decisive first), apart from the questions for the owner. */
export function splitMissing(items: readonly MissingItem[]): { gaps: MissingItem[]; questions: MissingItem[] } {
  const order = { decisive: 0, helpful: 1, open: 2 } as const;
  const sorted = [...items].sort((a, b) => order[a.weight] - order[b.weight]);
  return { gaps: sorted.filter((m) => m.weight !== 'open'), questions: sorted.filter((m) => m.weight === 'open') };
}
