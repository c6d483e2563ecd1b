import { Alert } from '@zendeskgarden/react-notifications';
import { useEffect, useMemo, useRef } from 'react';
import type { LaneSession, ReadyView } from '../host/createLaneSession';
import { createTranslator, resolvedLanguage, type Translate } from './createTranslator';
import { DraftPanel } from './DraftPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { FactorList } from './FactorList';
import { FailClosedNotice } from './FailClosedNotice';
import { LaneBadge } from './LaneBadge';
import { MissingContext } from './MissingContext';
import { OverrideDialog } from './OverrideDialog';
import { PacketPanel } from './PacketPanel';
import { RecordPanel } from './RecordPanel';
import { useLaneSession } from './useLaneSession';

/** The ticket sidebar location: the lane, why, what is missing, the packet, the draft and overrides. */
export function TicketSidebar() {
  const { session, view } = useLaneSession();
  const t = useMemo(() => createTranslator(view.locale), [view.locale]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = root.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => session.resize(el.scrollHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [session]);

  return (
    <div ref={root} className="lanes-root" lang={resolvedLanguage(view.locale)} data-phase={view.phase}
      {...(view.phase === 'ready' ? { 'data-round-trips': view.stats.roundTrips, 'data-ready-ms': view.stats.readyMs.toFixed(1), 'data-score-ms': view.stats.scoreMs.toFixed(1) } : {})}>
      <ErrorBoundary t={t}>
        {view.phase === 'loading' ? (
          <div role="status" className="lanes-loading">
            <span>{t('ui.loading')}</span>
          </div>
        ) : (
          <SidebarView view={view} session={session} t={t} />
        )}
      </ErrorBoundary>
    </div>
  );
}

function SidebarView({ view, session, t }: { view: ReadyView; session: LaneSession; t: Translate }) {
  const { decision } = view;
  const owner = decision.suggestedOwner;
  return (
    <>
      <header className="lanes-header">
        <LaneBadge lane={view.lane} t={t} />
        {view.lane !== decision.lane && view.failure === null && (
          <div className="lanes-muted" data-testid="computed">
            {t('ui.override.computed', { lane: decision.lane, name: t(`ui.lane.names.${decision.lane}`) })}
          </div>
        )}
        <div data-testid="unit">
          <strong>{t('ui.unit.label')}</strong>: {t(`ui.unit.${decision.unit}`)}
        </div>
        <div className="lanes-reason" data-testid="reason">{decision.reason}</div>
      </header>
      {view.mode === 'observe' && view.failure === null && (
        <Alert type="warning" role="status" data-testid="observe-note">{t('ui.observe')}</Alert>
      )}
      {view.failure !== null && <FailClosedNotice cause={view.failure} t={t} />}
      {view.lateEscalation && (
        <Alert type="warning" data-testid="late-escalation">{t('ui.late', view.lateEscalation)}</Alert>
      )}
      {view.notice && (
        <Alert type={view.notice.kind === 'success' ? 'success' : 'error'} role="status" data-testid="notice">
          {t(`ui.notice.${view.notice.key}`, { detail: view.notice.detail ?? '' })}
        </Alert>
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
      <OverrideDialog
        lane={view.lane}
        isLead={view.isLead}
        override={view.override}
        ignoredChange={view.ignoredChange}
        isBusy={view.busy}
        onSave={(lane, reason) => void session.override(lane, reason)}
        t={t}
      />
      <section aria-labelledby="lanes-owner">
        <h3 id="lanes-owner" className="lanes-heading">{t('ui.owner.title')}</h3>
        <p data-testid="owner">
          {owner.groupName ?? t(`ui.owner.names.${owner.key}`)}
          {owner.keepInView.length > 0 && ` (+ ${owner.keepInView.map((k) => k.name).join(', ')})`}
        </p>
      </section>
      <MissingContext items={decision.missingContext} t={t} />
      <FactorList factors={decision.factors} t={t} />
      <PacketPanel text={view.packetText} onAddNote={() => void session.addPacketNote()} isBusy={view.busy} t={t} />
      {view.lane >= 2 && view.failure === null && (
        <RecordPanel
          outcome={view.record.outcome}
          packetRating={view.record.packetRating}
          onOutcome={(o) => void session.recordOutcome(o)}
          onRate={(r) => void session.ratePacket(r)}
          isBusy={view.busy}
          t={t}
        />
      )}
    </>
  );
}
