import type { Metrics } from '../policy/governance/computeMetrics';
import type { Translate } from './createTranslator';
import { formatRate } from './formatRate';

export interface RateTableProps {
  /** Sets the metrics of each issue family */
  byFamily: Readonly<Record<string, Metrics>>;
  /** Sets the metrics over every family */
  overall: Metrics;
  t: Translate;
}

/** The figures of each row, in column order; each says how it is shown. */
const COLUMNS = [
  { metric: 'override_rate', label: 'review.rates.override', show: (m: Metrics) => formatRate(m.override_rate) },
  { metric: 'late_escalation_rate', label: 'review.rates.late', show: (m: Metrics) => formatRate(m.late_escalation_rate) },
  { metric: 'recontact_rate', label: 'review.rates.recontact', show: (m: Metrics) => formatRate(m.recontact_rate) },
  { metric: 'bounce_rate', label: 'review.rates.bounce', show: (m: Metrics) => formatRate(m.bounce_rate) },
  { metric: 'packet_usefulness', label: 'review.rates.useful', show: (m: Metrics) => (m.packet_usefulness === null ? null : formatRate(m.packet_usefulness)) },
  { metric: 'audit_misses', label: 'review.rates.misses', show: (m: Metrics) => String(m.audit_misses) },
] as const;

/** Every rate per family and overall, so that an aggregate cannot hide one bad family. */
export function RateTable({ byFamily, overall, t }: RateTableProps) {
  const row = (key: string, label: string, m: Metrics, isTotal: boolean) => (
    <tr key={key} data-family={key} className={isTotal ? 'review-total' : undefined}>
      <th scope="row">{label}</th>
      <td data-metric="tickets" data-value={m.tickets}>{m.tickets}</td>
      {COLUMNS.map((c) => {
        const shown = c.show(m);
        return (
          <td key={c.metric} data-metric={c.metric} data-value={String(m[c.metric])}>
            {shown ?? <span className="review-muted">{t('review.rates.none')}</span>}
          </td>
        );
      })}
    </tr>
  );
  return (
    <section data-testid="rate-table">
      <h2 className="review-heading">{t('review.rates.title')}</h2>
      <div className="review-scroll">
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{t('review.rates.family')}</th>
              <th scope="col">{t('review.rates.tickets')}</th>
              {COLUMNS.map((c) => <th key={c.metric} scope="col">{t(c.label)}</th>)}
            </tr>
          </thead>
          <tbody>
            {Object.entries(byFamily).map(([family, m]) => row(family, family, m, false))}
          </tbody>
          <tfoot>{row('__overall', t('review.rates.overall'), overall, true)}</tfoot>
        </table>
      </div>
    </section>
  );
}
