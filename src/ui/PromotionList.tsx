import type { PromotionVerdict } from '../policy/governance/promotion';
import type { Translate } from './createTranslator';
import { formatRate } from './formatRate';

export interface PromotionListProps {
  /** Sets each family's verdict, with its checks */
  verdicts: readonly PromotionVerdict[];
  t: Translate;
}

/** Checks that count things rather than rates, and the one that is a minimum. */
const COUNTS = new Set(['tickets', 'audit_misses']);
const MINIMUMS = new Set(['tickets']);

/** Says, for each family, whether it has earned autonomy, and which checks it fails. */
export function PromotionList({ verdicts, t }: PromotionListProps) {
  const figure = (name: string, v: number) => (COUNTS.has(name) ? String(v) : formatRate(v));
  return (
    <section data-testid="promotion">
      <h2 className="review-heading">{t('review.promotion.title')}</h2>
      <ul className="review-verdicts">
        {verdicts.map((v) => {
          const failing = v.checks.filter((c) => !c.passed);
          return (
            <li key={v.family} data-family={v.family} data-eligible={v.eligible}>
              <strong>{v.family}</strong>{' '}
              <span className={v.eligible ? 'review-pass' : 'review-fail'}>{v.eligible ? `✓ ${t('review.promotion.eligible')}` : `✗ ${t('review.promotion.notEligible')}`}</span>
              {': '}
              {failing.length === 0
                ? t('review.promotion.allPass')
                : failing
                    .map((c) =>
                      t(MINIMUMS.has(c.name) ? 'review.promotion.atLeast' : 'review.promotion.atMost', {
                        check: t(`review.promotion.checks.${c.name}`),
                        value: figure(c.name, c.value),
                        limit: figure(c.name, c.limit),
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
