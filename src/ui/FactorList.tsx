import { FACTOR_IDS, type Decision, type Level } from '../policy/types';
import { describeEvidence, type EvidenceContext } from './describeEvidence';

const LEVEL_MARK: Record<Level, string> = { low: '○', medium: '◐', high: '●' };
const RANK: Record<Level, number> = { high: 0, medium: 1, low: 2 };

export interface FactorListProps {
  /** Sets the factors shown, from the decision */
  factors: Decision['factors'];
  /** Sets how evidence is worded */
  context: EvidenceContext;
}

/** The six factors: the raised ones open with their evidence, the low ones folded under one line. */
export function FactorList({ factors, context }: FactorListProps) {
  const { t } = context;
  const all = FACTOR_IDS.map((id) => factors[id]).filter((f) => f !== undefined);
  const raised = all.filter((f) => f.level !== 'low').sort((a, b) => RANK[a.level] - RANK[b.level]);
  const low = all.filter((f) => f.level === 'low');
  const head = (f: (typeof all)[number]) => (
    <div>
      <strong>{t(`ui.factors.names.${f.id}`)}</strong>: <span aria-hidden="true">{LEVEL_MARK[f.level]}</span> {t(`ui.factors.levels.${f.level}`)}
    </div>
  );
  return (
    <section aria-labelledby="lanes-factors">
      <h3 id="lanes-factors" className="lanes-heading">{t('ui.factors.title')}</h3>
      <ul className="lanes-list">
        {raised.map((f) => (
          <li key={f.id} data-factor={f.id} data-level={f.level}>
            {head(f)}
            {f.evidence.length > 0 && (
              <ul className="lanes-evidence">
                {f.evidence.map((e, i) => (
                  <li key={i} data-basis={e.basis}>
                    {describeEvidence(e, context)} <span className="lanes-basis">({t(`ui.factors.basis.${e.basis}`)})</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {low.length > 0 && (
        <details className="lanes-details" data-testid="low-factors">
          <summary>{t(raised.length === 0 ? 'ui.factorsAllLow' : 'ui.factorsMore', { count: low.length })}</summary>
          <ul className="lanes-list">
            {low.map((f) => {
              const note = t(`ui.factorLow.${f.id}`);
              return (
                <li key={f.id} data-factor={f.id} data-level={f.level}>
                  {head(f)}
                  {note !== `ui.factorLow.${f.id}` && <div className="lanes-muted">{note}</div>}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
