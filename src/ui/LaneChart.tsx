import { useId } from 'react';
import type { Metrics } from '../policy/governance/computeMetrics';
import { LANES } from '../policy/types';
import type { Translate } from './createTranslator';
import { formatRate } from './formatRate';
import './reviewTexts';

export interface LaneChartProps {
  /** Sets the metrics of each issue family */
  byFamily: Readonly<Record<string, Metrics>>;
  /** Names a family for people */
  nameOf?: (family: string) => string;
  t: Translate;
}

/** The lane badges' colours and shapes, so that a segment never depends on colour alone. */
const LANE_STYLE = {
  1: { fill: 'var(--lanes-1-fill, #038153)', text: 'var(--lanes-on-fill, #ffffff)', symbol: '●' },
  2: { fill: 'var(--lanes-2-fill, #ad5918)', text: 'var(--lanes-on-fill, #ffffff)', symbol: '▲' },
  3: { fill: 'var(--lanes-3-fill, #cc3340)', text: 'var(--lanes-on-fill, #ffffff)', symbol: '■' },
} as const;

const LABEL_WIDTH = 150;
const BAR_WIDTH = 460;
const ROW = 30;
const BAR = 20;
/** A segment narrower than this has no room for its label; its <title> and the table still name it. */
const MIN_LABEL_WIDTH = 46;

/** Lane distribution by issue family as stacked bars, with a <title>, a legend and a table of the same figures. */
export function LaneChart({ byFamily, nameOf = (f) => f, t }: LaneChartProps) {
  const id = useId();
  const families = Object.entries(byFamily);
  const height = families.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 8;
  const laneName = (lane: 1 | 2 | 3) => t(`review.lanes.${lane}`);

  return (
    <section className="review-chart" data-testid="lane-chart">
      <h2 className="review-heading">{t('review.chart.title')}</h2>
      <ul className="review-legend">
        {LANES.map((lane) => (
          <li key={lane}>
            <span className="review-swatch" style={{ background: LANE_STYLE[lane].fill, color: LANE_STYLE[lane].text }} aria-hidden="true">{LANE_STYLE[lane].symbol}</span>
            {laneName(lane)}
          </li>
        ))}
      </ul>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
        <title id={`${id}-title`}>{t('review.chart.title')}</title>
        <desc id={`${id}-desc`}>{t('review.chart.description')}</desc>
        {families.map(([family, m], row) => {
          let x = LABEL_WIDTH;
          const y = row * ROW + 4;
          return (
            <g key={family} data-family={family}>
              <text x={LABEL_WIDTH - 8} y={y + BAR / 2} textAnchor="end" dominantBaseline="middle" fontSize="12" style={{ fill: 'var(--lanes-fg, #2f3941)' }}>{nameOf(family)}</text>
              {LANES.map((lane) => {
                const count = m.lanes[lane];
                if (count === 0 || m.tickets === 0) return null;
                const w = (count / m.tickets) * BAR_WIDTH;
                const share = formatRate(count / m.tickets);
                const style = LANE_STYLE[lane];
                const segment = (
                  <g key={lane} data-lane={lane} data-count={count}>
                    <title>{t('review.chart.segment', { lane: laneName(lane), count, total: m.tickets, share })}</title>
                    <rect x={x} y={y} width={w} height={BAR} style={{ fill: style.fill, stroke: 'var(--lanes-bg, #ffffff)' }} strokeWidth="1" />
                    {w >= MIN_LABEL_WIDTH && (
                      <text x={x + w / 2} y={y + BAR / 2} textAnchor="middle" dominantBaseline="middle" fontSize="11" style={{ fill: style.text }}>{`${style.symbol} ${share}`}</text>
                    )}
                  </g>
                );
                x += w;
                return segment;
              })}
            </g>
          );
        })}
      </svg>
      <details className="review-table-fallback">
        <summary>{t('review.chart.table')}</summary>
        <table className="review-table">
          <caption>{t('review.chart.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.rates.family')}</th>
              <th scope="col">{t('review.rates.tickets')}</th>
              {LANES.map((lane) => <th key={lane} scope="col">{laneName(lane)}</th>)}
            </tr>
          </thead>
          <tbody>
            {families.map(([family, m]) => (
              <tr key={family}>
                <th scope="row">{nameOf(family)}</th>
                <td>{m.tickets}</td>
                {LANES.map((lane) => <td key={lane}>{`${m.lanes[lane]} (${formatRate(m.tickets === 0 ? 0 : m.lanes[lane] / m.tickets)})`}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
