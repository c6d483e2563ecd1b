import { lazy, useEffect, useRef } from 'react';
import type { LaneSession, ReadyView } from '../host/createLaneSession';
import { createTranslator, resolvedLanguage, type Translate } from './createTranslator';
import { splitMissing } from './describeDecision';
import type { EvidenceContext } from './describeEvidence';
import { DraftPanel } from './DraftPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { FailClosedNotice } from './FailClosedNotice';
import { FirstScreen } from './FirstScreen';
import type { Clock } from './formatWhen';
import { isNoticeCurrent } from './isNoticeCurrent';
import { LaneOneSummary } from './LaneOneSummary';
import { LoadBoundary } from './LoadBoundary';
import { Notice } from './Notice';
import { OverrideDialog } from './OverrideDialog';
import { OwnerQuestions } from './OwnerQuestions';
import { useLaneSession } from './useLaneSession';
import { useTranslator } from './useTranslator';

const english = createTranslator('en');
// The packet, the six factors' evidence and what the owner records after an escalation sit below
// the lane and the draft: their code loads after the badge.
const PacketSection = lazy(() => import('./PacketSection').then((m) => ({ default: m.PacketSection })));
const FactorList = lazy(() => import('./FactorList').then((m) => ({ default: m.FactorList })));
const RecordPanel = lazy(() => import('./RecordPanel').then((m) => ({ default: m.RecordPanel })));

/** The ticket sidebar location: the lane, why, what to do now, what is missing, the draft, the packet and overrides. */
export function TicketSidebar() {
  const { session, view } = useLaneSession();
  const agentT = useTranslator(view.locale);
  // Until the agent's language is loaded the sidebar is still loading, in English as before the locale was known.
  const t = agentT ?? english;
  const shown = view.phase === 'ready' && agentT !== null ? view : null;
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = root.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => session.resize(el.scrollHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [session]);

  return (
    <div ref={root} className="lanes-root" lang={agentT ? resolvedLanguage(view.locale) : 'en'} data-phase={shown ? 'ready' : 'loading'}
      {...(shown ? { 'data-round-trips': shown.stats.roundTrips, 'data-ready-ms': shown.stats.readyMs.toFixed(1), 'data-score-ms': shown.stats.scoreMs.toFixed(1) } : {})}>
      <ErrorBoundary t={t}>
        {shown === null ? (
          <div role="status" className="lanes-loading">
            <span>{t('ui.loading')}</span>
          </div>
        ) : (
          <SidebarView view={shown} session={session} t={t} />
        )}
      </ErrorBoundary>
    </div>
  );
}

function SidebarView({ view, session, t }: { view: ReadyView; session: LaneSession; t: Translate }) {
  const { decision } = view;
  const clock: Clock = { locale: view.locale, timeZone: view.user?.timeZone ?? null };
  const context: EvidenceContext & { locale: string } = { t, clock, commentDates: view.commentDates, locale: view.locale };
  const notice = isNoticeCurrent(view.notice, view.lock) ? view.notice : null;
  const { questions } = splitMissing(decision.missingContext);
  return (
    <>
      <FirstScreen view={view} context={context} clock={clock} />
      {view.failure !== null && <FailClosedNotice cause={view.failure} t={t} />}
      {view.mode === 'observe' && view.failure === null && (
        <Notice type="warning" role="status" data-testid="observe-note">{t('ui.observe')}</Notice>
      )}
      {view.lateEscalation && (
        <Notice type="warning" data-testid="late-escalation">{t('ui.late', view.lateEscalation)}</Notice>
      )}
      {notice && (
        <Notice type={notice.kind === 'success' ? 'success' : 'error'} role="status" data-testid="notice">
          {t(`ui.notice.${notice.key}`, { detail: notice.detail ?? '' })}
        </Notice>
      )}
      <DraftPanel
        draft={view.draft}
        lock={view.lock}
        isSent={view.sent}
        isBusy={view.busy}
        onSend={() => void session.send()}
        onInsert={() => void session.insertDraft()}
        t={t}
      />
      {view.lane === 1 && view.failure === null ? (
        <LaneOneSummary decision={decision} t={t} />
      ) : (
        <LoadBoundary t={t}>
          <PacketSection view={view} session={session} clock={clock} t={t} />
        </LoadBoundary>
      )}
      <OwnerQuestions questions={questions} t={t} />
      <LoadBoundary t={t}>
        <FactorList factors={decision.factors} context={context} />
      </LoadBoundary>
      <OverrideDialog
        lane={view.lane}
        isLead={view.isLead}
        hasOverride={view.override !== null}
        ignoredChange={view.ignoredChange}
        isBusy={view.busy}
        onSave={(lane, reason) => void session.override(lane, reason)}
        t={t}
      />
      {view.lane >= 2 && view.failure === null && (
        <LoadBoundary t={t}>
          <RecordPanel
            outcome={view.record.outcome}
            packetRating={view.record.packetRating}
            onOutcome={(o) => void session.recordOutcome(o)}
            onRate={(r) => void session.ratePacket(r)}
            isBusy={view.busy}
            t={t}
          />
        </LoadBoundary>
      )}
    </>
  );
}
