import type { PromotionThresholds, PromotionVerdict } from '../policy/governance/promotion';
import type { Translate } from './createTranslator';
import { formatRate } from './formatRate';
import { NO_BASES, type RateBases } from './rateBases';
import './reviewTexts';

export interface PromotionListProps {
  /** Sets each family's verdict, with its checks */
  verdicts: readonly PromotionVerdict[];
  /** Sets each family's rate bases: a rate without a base is no evidence */
  bases: Readonly<Record<string, RateBases>>;
  thresholds: PromotionThresholds;
  nameOf?: (family: string) => string;
  t: Translate;
}

/** Checks that count things rather than rates, and the one that is a minimum. */
const COUNTS = new Set(['tickets', 'audit_misses']);
const MINIMUMS = new Set(['tickets']);

/** Whether a check rests on data: a rate of nothing passes no check. */
function hasData(name: string, b: RateBases): boolean {
  if (name === 'recontact_rate') return b.lane1Known > 0;
  if (name === 'override_rate') return b.tickets > 0;
  return true;
}

/**
 * Says, for each family, whether it has earned autonomy, and which checks it fails. A family is
 * eligible only with the policy's minimum of tickets and every rate resting on data.
 */
export function PromotionList({ verdicts, bases, thresholds, nameOf = (f) => f, t }: PromotionListProps) {
  const figure = (name: string, v: number) => (COUNTS.has(name) ? String(v) : formatRate(v));
  return (
    <section data-testid="promotion">
      <h2 className="review-heading">{t('review.promotion.title')}</h2>
      <p className="review-muted">{t('review.promotion.minimum', { count: Math.max(1, thresholds.minTickets) })}</p>
      <ul className="review-verdicts">
        {verdicts.map((v) => {
          const b = bases[v.family] ?? NO_BASES;
          const minimum = Math.max(1, thresholds.minTickets);
          const failing = v.checks.filter((c) => !c.passed || !hasData(c.name, b) || (c.name === 'tickets' && c.value < minimum));
          const eligible = v.eligible && failing.length === 0;
          return (
            <li key={v.family} data-family={v.family} data-eligible={eligible}>
              <strong>{nameOf(v.family)}</strong>{' '}
              <span className={eligible ? 'review-pass' : 'review-fail'}>{eligible ? `✓ ${t('review.promotion.eligible')}` : `✗ ${t('review.promotion.notEligible')}`}</span>
              {': '}
              {failing.length === 0
                ? t('review.promotion.allPass')
                : failing
                    .map((c) =>
                      !hasData(c.name, b)
                        ? t('review.promotion.noData', { check: t(`review.promotion.checks.${c.name}`) })
                        : t(MINIMUMS.has(c.name) ? 'review.promotion.atLeast' : 'review.promotion.atMost', {
                            check: t(`review.promotion.checks.${c.name}`),
                            value: figure(c.name, c.value),
                            limit: figure(c.name, c.name === 'tickets' ? Math.max(1, c.limit) : c.limit),
                          }),
                    )
                    .join('; ')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
