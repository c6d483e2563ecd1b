import type { ReadyView } from '../host/createLaneSession';
import { describeMissing, describeWhy, joinList, keepInViewNames, ownerName, splitMissing } from './describeDecision';
import type { EvidenceContext } from './describeEvidence';
import type { Clock } from './formatWhen';
import { LaneBadge } from './LaneBadge';
import { OverrideNote } from './OverrideNote';

export interface FirstScreenProps {
  view: ReadyView;
  context: EvidenceContext & { locale: string };
  clock: Clock;
}

/** What the agent may do now, in the lane in force. */
function nowKey(view: ReadyView): string {
  if (view.failure !== null) return 'ui.now.failed';
  const hasDraft = view.draft !== null;
  if (view.lane === 1) return view.sent ? 'ui.now.lane1Sent' : hasDraft ? 'ui.now.lane1' : 'ui.now.lane1NoDraft';
  if (view.lane === 2) return hasDraft || view.mode === 'observe' ? 'ui.now.lane2' : 'ui.now.lane2NoDraft';
  return 'ui.now.lane3';
}

/**
 * The sidebar's first screen, read in five seconds: which lane and why (one sentence naming the
 * decisive factor and its evidence), what the agent may do now and with whom, and what is missing.
 */
export function FirstScreen({ view, context, clock }: FirstScreenProps) {
  const { t } = context;
  const { decision } = view;
  const why = describeWhy(decision, context);
  const owner = decision.suggestedOwner;
  const inView = keepInViewNames(owner, t);
  const { gaps, questions } = splitMissing(decision.missingContext);
  return (
    <header className="lanes-first" data-testid="first-screen">
      <LaneBadge lane={view.lane} t={t} />
      {view.lane >= 2 && (
        <div className="lanes-muted" data-testid="unit">{t('ui.unit.line', { unit: t(`ui.unit.${view.lane === decision.lane ? decision.unit : view.lane === 3 ? 'conversation' : 'answer'}`) })}</div>
      )}
      {view.override ? (
        <OverrideNote override={view.override} computed={{ lane: decision.lane, why }} clock={clock} t={t} />
      ) : view.lane !== decision.lane && view.failure === null ? (
        <div>
          <span className="lanes-label">{t('ui.first.why')}</span>
          <p className="lanes-line" data-testid="computed">
            {t('ui.computedBy', { lane: t('ui.lane.badge', { lane: decision.lane, name: t(`ui.lane.names.${decision.lane}`) }), why })}
          </p>
        </div>
      ) : (
        <div>
          <span className="lanes-label">{t('ui.first.why')}</span>
          <p className="lanes-line" data-testid="reason">{why}</p>
        </div>
      )}
      <div data-testid="now">
        <span className="lanes-label">{t('ui.first.now')}</span>
        <p className="lanes-line">{t(nowKey(view))}</p>
        {view.mode === 'observe' && view.failure === null && <p className="lanes-line lanes-muted">{t('ui.now.observe')}</p>}
        <p className="lanes-line" data-testid="owner">
          <strong>{t('ui.now.owner', { owner: ownerName(owner, t) })}</strong>
          {inView.length > 0 && <> · {t('ui.now.inView', { names: joinList(inView, context.locale) })}</>}
        </p>
      </div>
      <div data-testid="missing">
        <span className="lanes-label">{t('ui.first.missing')}</span>
        {gaps.length === 0 ? (
          <p className="lanes-line">{t('ui.first.nothingMissing')}</p>
        ) : (
          <ul className="lanes-list">
            {gaps.map((m, i) => (
              <li key={`${m.item}-${i}`} data-weight={m.weight} className="lanes-line">
                {describeMissing(m, t)} <span className="lanes-basis">({t(`ui.missing.weights.${m.weight}`)})</span>
              </li>
            ))}
          </ul>
        )}
        {questions.length > 0 && <p className="lanes-line lanes-muted">{t('ui.first.questions', { count: questions.length })}</p>}
      </div>
    </header>
  );
}
