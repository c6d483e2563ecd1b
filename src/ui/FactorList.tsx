import { FACTOR_IDS, type Decision, type Level } from '../policy/types';
import type { Translate } from './createTranslator';

const LEVEL_MARK: Record<Level, string> = { low: '○', medium: '◐', high: '●' };

export interface FactorListProps {
  /** Sets the factors shown, from the decision */
  factors: Decision['factors'];
  t: Translate;
}

/** The six factors, each with its level, reason and evidence marked confirmed or inferred. */
export function FactorList({ factors, t }: FactorListProps) {
  return (
    <section aria-labelledby="lanes-factors">
      <h3 id="lanes-factors" className="lanes-heading">{t('ui.factors.title')}</h3>
      <ul className="lanes-list">
        {FACTOR_IDS.map((id) => {
          const f = factors[id];
          return (
            <li key={id} data-factor={id} data-level={f.level}>
              <div>
                <strong>{t(`ui.factors.names.${id}`)}</strong>: <span aria-hidden="true">{LEVEL_MARK[f.level]}</span> {t(`ui.factors.levels.${f.level}`)}
              </div>
              {f.level !== 'low' && <div className="lanes-muted">{f.reason}</div>}
              {f.evidence.length > 0 && f.level !== 'low' && (
                <ul className="lanes-evidence">
                  {f.evidence.map((e, i) => (
                    <li key={i} data-basis={e.basis}>
                      {e.detail} <span className="lanes-muted">({e.ref}, {t(`ui.factors.basis.${e.basis}`)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
