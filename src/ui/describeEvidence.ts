import type { Evidence } from '../policy/types';
import type { Translate } from './createTranslator';
import { formatDay, type Clock } from './formatWhen';

export interface EvidenceContext {
  t: Translate;
  clock: Clock;
  /** When each comment was written, by comment id. */
  commentDates: Readonly<Record<string, string | null>>;
}

const DATE = /\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?/;
const numbers = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number);
/** The value before an explanation in brackets, e.g. `negotiated` of "negotiated (exception terms present)". */
const leadingValue = (text: string): string => text.replace(/\s*\(.*$/, '').trim();

/** Where a quote was found, in people's words: "in the subject", "in the customer's message of 24 Nov". */
export function describeTextSource(ref: string, ctx: EvidenceContext): string {
  const { t } = ctx;
  if (ref === 'subject') return t('ui.evidence.where.subject');
  if (ref === 'description') return t('ui.evidence.where.description');
  const comment = /^comment:(.+)$/.exec(ref);
  if (comment) {
    const day = formatDay(ctx.commentDates[comment[1] ?? ''] ?? null, ctx.clock);
    return day ? t('ui.evidence.where.messageOf', { day }) : t('ui.evidence.where.message');
  }
  return t('ui.evidence.where.words');
}

/** An issue family in the agent's words, e.g. "Billing"; an unknown one as it is recorded. */
export function familyName(family: string, t: Translate): string {
  const key = `ui.families.${family}`;
  const text = t(key);
  return text === key ? family : text;
}

/**
 * One piece of evidence as a sentence an agent can check, from its source and reference. Only
 * a quote of the customer and a value of a system of record are shown as found; the English
 * detail the core writes beside them is not.
 */
export function describeEvidence(e: Evidence, ctx: EvidenceContext): string {
  const { t } = ctx;
  const detail = e.detail ?? '';
  switch (e.source) {
    case 'text': {
      // A domain's evidence names its domain first: `security: "locked out"`.
      const domain = /^([a-z_]+): "(.*)"$/.exec(detail);
      if (domain) return t('ui.evidence.quoteDomain', { quote: domain[2] ?? '', where: describeTextSource(e.ref, ctx), domain: familyName(domain[1] ?? '', t) });
      return t('ui.evidence.quote', { quote: detail.replace(/^"|"$/g, ''), where: describeTextSource(e.ref, ctx) });
    }
    case 'count': {
      const [count = 0, days = 0] = numbers(detail);
      return t('ui.evidence.contacts', { count, days });
    }
    case 'organization':
    case 'field':
    case 'ticket':
      return describeRecord(e, ctx);
    case 'host':
      return t('ui.evidence.unreadable', { what: describeRef(e.ref, t) });
    default:
      return t('ui.evidence.recorded', { what: describeRef(e.ref, t) });
  }
}

function describeRecord(e: Evidence, ctx: EvidenceContext): string {
  const { t } = ctx;
  const detail = e.detail ?? '';
  switch (e.ref) {
    case 'organization.plan_tier':
      return t('ui.evidence.planTier', { tier: leadingValue(detail) });
    case 'organization.contract_type':
      return t('ui.evidence.contract', { contract: leadingValue(detail) });
    case 'organization.executive_sponsor':
      return t('ui.evidence.sponsor');
    case 'organization.renewal_date': {
      const day = formatDay(DATE.exec(detail)?.[0] ?? null, ctx.clock);
      const days = numbers(detail.replace(DATE, ''))[0];
      return day && days !== undefined ? t('ui.evidence.renewal', { day, count: days }) : t('ui.evidence.renewalSoon');
    }
    case 'ticket.prior_service_credit':
      return t('ui.evidence.priorCredit');
    case 'ticket.issue_family':
      return t('ui.evidence.family', { family: familyName(leadingValue(detail), t) });
    case 'ticket.type': {
      const problem = /#(\d+)/.exec(detail)?.[1];
      return problem ? t('ui.evidence.incidentOf', { problem }) : t('ui.evidence.incident');
    }
    default:
      return t('ui.evidence.recorded', { what: describeRef(e.ref, t) });
  }
}

/** A source of truth by name: "the account record", "the plan tier"; a reference without a name is "a record". */
export function describeRef(ref: string, t: Translate): string {
  const key = `ui.evidence.refs.${ref.replace(/[^a-z_]+/gi, '_')}`;
  const text = t(key);
  return text === key ? t('ui.evidence.refs.other') : text;
}

/** Whether evidence is a quote of the customer's own words, shown in quotation marks. */
export const isQuote = (e: Evidence): boolean => e.source === 'text';
