import type { MissingItem } from '../policy/types';
import type { Translate } from './createTranslator';
import { describeMissing } from './describeDecision';

export interface OwnerQuestionsProps {
  /** Sets the open questions (missing items of weight `open`) */
  questions: readonly MissingItem[];
  t: Translate;
}

/** Questions no system here can answer, for the human owner. */
export function OwnerQuestions({ questions, t }: OwnerQuestionsProps) {
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="lanes-questions" data-testid="owner-questions">
      <h3 id="lanes-questions" className="lanes-heading">{t('ui.questionsTitle')}</h3>
      <ul className="lanes-list">
        {questions.map((m, i) => <li key={`${m.item}-${i}`}>{describeMissing(m, t)}</li>)}
      </ul>
    </section>
  );
}
