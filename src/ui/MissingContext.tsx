import type { MissingItem } from '../policy/types';
import type { Translate } from './createTranslator';

const ORDER: Record<MissingItem['weight'], number> = { decisive: 0, helpful: 1, open: 2 };

export interface MissingContextProps {
  /** Sets the missing items, in any order */
  items: MissingItem[];
  t: Translate;
}

/** What the app could not find out, most decisive first. */
export function MissingContext({ items, t }: MissingContextProps) {
  const sorted = [...items].sort((a, b) => ORDER[a.weight] - ORDER[b.weight]);
  return (
    <section aria-labelledby="lanes-missing">
      <h3 id="lanes-missing" className="lanes-heading">{t('ui.missing.title')}</h3>
      {sorted.length === 0 ? (
        <p className="lanes-muted">{t('ui.missing.none')}</p>
      ) : (
        <ul className="lanes-list">
          {sorted.map((m, i) => (
            <li key={`${m.item}-${i}`} data-weight={m.weight}>
              <strong>{t(`ui.missing.weights.${m.weight}`)}</strong>: {m.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
