import type { Metrics } from '../policy/governance/computeMetrics';
import type { Translate } from './createTranslator';
import { formatRate } from './formatRate';
import { NO_BASES, type RateBases } from './rateBases';
import './reviewTexts';

export interface RateTableProps {
  /** Sets the heading, e.g. "Rates by issue family" */
  title: string;
  /** Sets the first column's heading, e.g. "Issue family" */
  groupLabel: string;
  /** Sets the metrics of each group */
  byGroup: Readonly<Record<string, Metrics>>;
  /** Sets each group's rate bases, so a rate without one shows "no data" */
  bases: Readonly<Record<string, RateBases>>;
  /** Sets the metrics over every group */
  overall: Metrics;
  overallBases: RateBases;
  /** Sets the total row's label, e.g. "All families" */
  overallLabel: string;
  /** Names a group for people, e.g. an issue family in the agent's language */
  nameOf?: (group: string) => string;
  testId: string;
  t: Translate;
}

/** The figures of each row, in column order; each says how it is shown and what it is a share of. */
const COLUMNS = [
  { metric: 'override_rate', label: 'review.rates.override', base: (b: RateBases) => b.tickets, show: (m: Metrics) => formatRate(m.override_rate) },
  { metric: 'late_escalation_rate', label: 'review.rates.late', base: (b: RateBases) => b.tickets, show: (m: Metrics) => formatRate(m.late_escalation_rate) },
  { metric: 'recontact_rate', label: 'review.rates.recontact', base: (b: RateBases) => b.lane1Known, show: (m: Metrics) => formatRate(m.recontact_rate) },
  { metric: 'bounce_rate', label: 'review.rates.bounce', base: (b: RateBases) => b.escalated, show: (m: Metrics) => formatRate(m.bounce_rate) },
  { metric: 'packet_usefulness', label: 'review.rates.useful', base: (b: RateBases) => b.rated, show: (m: Metrics) => (m.packet_usefulness === null ? null : formatRate(m.packet_usefulness)) },
  { metric: 'audit_misses', label: 'review.rates.misses', base: () => 1, show: (m: Metrics) => String(m.audit_misses) },
] as const;

/** Every rate per group and overall, so that an aggregate cannot hide one bad group; "no data" where a rate has no base. */
export function RateTable({ title, groupLabel, byGroup, bases, overall, overallBases, overallLabel, nameOf = (g) => g, testId, t }: RateTableProps) {
  const row = (key: string, label: string, m: Metrics, b: RateBases, isTotal: boolean) => (
    <tr key={key} data-family={key} className={isTotal ? 'review-total' : undefined}>
      <th scope="row">{label}</th>
      <td data-metric="tickets" data-value={m.tickets}>{m.tickets}</td>
      {COLUMNS.map((c) => {
        const shown = c.base(b) === 0 ? null : c.show(m);
        return (
          <td key={c.metric} data-metric={c.metric} data-value={shown === null ? 'none' : String(m[c.metric])}>
            {shown ?? <span className="review-muted">{t('review.rates.none')}</span>}
          </td>
        );
      })}
    </tr>
  );
  return (
    <section data-testid={testId}>
      <h2 className="review-heading">{title}</h2>
      <div className="review-scroll">
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{groupLabel}</th>
              <th scope="col">{t('review.rates.tickets')}</th>
              {COLUMNS.map((c) => <th key={c.metric} scope="col">{t(c.label)}</th>)}
            </tr>
          </thead>
          <tbody>
            {Object.entries(byGroup).map(([group, m]) => row(group, nameOf(group), m, bases[group] ?? NO_BASES, false))}
          </tbody>
          <tfoot>{row('__overall', overallLabel, overall, overallBases, true)}</tfoot>
        </table>
      </div>
    </section>
  );
}
