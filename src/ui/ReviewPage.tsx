import { Button } from '@zendeskgarden/react-buttons';
import { Field, Fieldset, Input } from '@zendeskgarden/react-forms';
import { Progress } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { recordAuditMiss, undoAuditMiss } from '../host/recordAuditMiss';
import { fillFrame } from '../host/resizeFrame';
import { routeToTicket } from '../host/routeToTicket';
import { readReviewSettings, type ReviewSetup } from '../host/readReviewSettings';
import { computeMetrics, type MetricTicket } from '../policy/governance/computeMetrics';
import { judgePromotion } from '../policy/governance/promotion';
import { isoWeek, sampleForAudit } from '../policy/governance/sampleForAudit';
import { describeIssues, type Settings } from '../policy/settings';
import { AuditSample } from './AuditSample';
import { useClient } from './ClientProvider';
import { GardenTheme } from './GardenTheme';
import { resolvedLanguage, type Translate } from './createTranslator';
import { LaneChart } from './LaneChart';
import { familyName } from './describeEvidence';
import { PromotionList } from './PromotionList';
import { countBases } from './rateBases';
import { RateTable } from './RateTable';
import { useHostRead } from './useHostRead';
import { useReviewData, type ReviewRange } from './useReviewData';
import { useTranslator } from './useTranslator';
import './review.css';
import './reviewTexts';

const DAY_MS = 86_400_000;
/** The default range: the last 30 days, today included. */
const DEFAULT_DAYS = 30;

const dateText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayStart = (text: string) => Date.parse(`${text}T00:00:00Z`);

function defaultRange(nowMs: number): { from: string; to: string } {
  const today = dateText(nowMs);
  return { from: dateText(dayStart(today) - (DEFAULT_DAYS - 1) * DAY_MS), to: today };
}

/** The nav bar location, "Escalation review": the policy's metrics for a date range, the promotion verdicts and the weekly audit. */
export function ReviewPage() {
  return (
    <GardenTheme>
      <ReviewView />
    </GardenTheme>
  );
}

function ReviewView() {
  const client = useClient();
  const setup: ReviewSetup | null = useHostRead(client, readReviewSettings);
  const t = useTranslator(setup?.locale ?? 'en');
  // The nav bar page fills the frame Zendesk gives it, the whole height, and scrolls inside: no table is cut.
  useEffect(() => fillFrame(client), [client]);

  if (setup === null || t === null) return <div className="review-root" data-phase="starting" />;
  return (
    <div className="review-root" lang={resolvedLanguage(setup.locale)}>
      <h1 className="review-title">{t('review.title')}</h1>
      {setup.access !== 'admin' ? (
        // The figures come from an export Zendesk allows admins only: others get a sentence, never a 403.
        <p data-phase="access" data-access={setup.access} data-testid="review-access">{t(`review.access.${setup.access}`)}</p>
      ) : setup.settings.ok ? (
        <Review settings={setup.settings.settings} t={t} />
      ) : (
        <div data-phase="settings">
          <Alert type="error" role="alert">
            <Alert.Title>{t('review.settings.title')}</Alert.Title>
            <div data-testid="settings-problem">{t('review.settings.body', { issues: describeIssues(setup.settings.issues) })}</div>
          </Alert>
        </div>
      )}
    </div>
  );
}

function Review({ settings, t }: { settings: Settings; t: Translate }) {
  const client = useClient();
  const [nowMs] = useState(() => Date.now());
  const [draft, setDraft] = useState(() => defaultRange(nowMs));
  const [range, setRange] = useState<ReviewRange & { from: string; to: string }>(() => {
    const r = defaultRange(nowMs);
    return { ...r, fromMs: dayStart(r.from), toMs: dayStart(r.to) + DAY_MS };
  });
  const [attempt, setAttempt] = useState(0);
  const { state, markAuditMiss } = useReviewData(client, settings, range, attempt);
  const invalid = !draft.from || !draft.to || draft.from > draft.to;

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!invalid) setRange({ ...draft, fromMs: dayStart(draft.from), toMs: dayStart(draft.to) + DAY_MS });
  };

  return (
    <div data-phase={state.phase}>
      <form className="review-range" onSubmit={apply}>
        <Fieldset>
          <Fieldset.Legend>{t('review.range.legend')}</Fieldset.Legend>
          <div className="review-range-fields">
            <Field>
              <Field.Label>{t('review.range.from')}</Field.Label>
              <Input type="date" name="from" value={draft.from} max={draft.to} onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))} />
            </Field>
            <Field>
              <Field.Label>{t('review.range.to')}</Field.Label>
              <Input type="date" name="to" value={draft.to} min={draft.from} onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))} />
            </Field>
            <Button type="submit" disabled={invalid}>{t('review.range.load')}</Button>
          </div>
          {invalid && <div role="alert" className="review-error">{t('review.range.invalid')}</div>}
        </Fieldset>
      </form>

      {state.phase === 'loading' && (
        <div role="status" className="review-progress" data-testid="review-progress" data-pages={state.progress.pages} data-tickets={state.progress.tickets} data-waiting={String(state.progress.waitingForRateLimit === true)}>
          <Progress value={Math.round(state.progress.fraction * 100)} aria-label={t('review.progress')} />
          <span>{t('review.loading', { pages: t('review.count.pages', { count: state.progress.pages }), tickets: t('review.count.tickets', { count: state.progress.tickets }) })}</span>
          {state.progress.waitingForRateLimit && <span data-testid="review-waiting">{t('review.waiting')}</span>}
        </div>
      )}
      {state.phase === 'failed' && state.forbidden && (
        <p data-testid="review-forbidden">{t('review.access.lead')}</p>
      )}
      {state.phase === 'failed' && !state.forbidden && (
        <Alert type="error" role="alert" data-testid="review-failed">
          <Alert.Title>{t('review.failed.title')}</Alert.Title>
          <div>{t('review.failed.body', { what: state.what, reason: state.reason })}</div>
          <div>{t('review.failed.counted', { pages: t('review.count.pages', { count: state.pages }), tickets: t('review.count.tickets', { count: state.tickets }) })}</div>
          <Button size="small" onClick={() => setAttempt((a) => a + 1)}>{t('review.failed.retry')}</Button>
        </Alert>
      )}
      {state.phase === 'ready' && (
        <Figures
          tickets={state.tickets}
          pages={state.pages}
          range={range}
          settings={settings}
          seed={isoWeek(nowMs)}
          onMiss={async (id) => {
            const r = await recordAuditMiss(client, settings.fieldMap, id);
            if (r.ok) markAuditMiss(id, true);
            return r;
          }}
          onUndo={async (id) => {
            const r = await undoAuditMiss(client, settings.fieldMap, id);
            if (r.ok) markAuditMiss(id, false);
            return r;
          }}
          onOpen={(id) => void routeToTicket(client, id).catch(() => undefined)}
          t={t}
        />
      )}
    </div>
  );
}

interface FiguresProps {
  tickets: readonly MetricTicket[];
  pages: number;
  range: { from: string; to: string };
  settings: Settings;
  seed: string;
  onMiss: Parameters<typeof AuditSample>[0]['onMiss'];
  onUndo: Parameters<typeof AuditSample>[0]['onUndo'];
  onOpen: Parameters<typeof AuditSample>[0]['onOpen'];
  t: Translate;
}

function Figures({ tickets, pages, range, settings, seed, onMiss, onUndo, onOpen, t }: FiguresProps) {
  const { policy } = settings;
  const metrics = useMemo(() => computeMetrics(tickets), [tickets]);
  const verdicts = useMemo(() => judgePromotion(metrics.by_family, policy.promotion), [metrics, policy]);
  const sampleIds = useMemo(() => sampleForAudit(tickets.filter((x) => x.lane === 1), policy.auditPerFamily, seed).map((x) => x.id), [tickets, policy, seed]);
  // The sample is drawn once per read; a recorded miss updates its ticket, not the draw.
  const byId = useMemo(() => new Map(tickets.map((x) => [x.id, x])), [tickets]);
  const sample = sampleIds.flatMap((id) => byId.get(id) ?? []);
  const family = useMemo(() => countBases(tickets, (x) => x.family), [tickets]);
  const bases = { all: family.all, family: family.by };
  const nameGroup = (g: string) => (g === 'unknown' ? t('review.unknown') : g);
  const nameFamily = (f: string) => (f === 'unknown' ? t('review.unknown') : familyName(f, t));
  return (
    <div data-testid="review-figures" data-tickets={metrics.tickets}>
      <p className="review-summary">{t('review.summary', { tickets: t('review.count.tickets', { count: metrics.tickets }), from: range.from, to: range.to, pages: t('review.count.pages', { count: pages }), version: policy.version, mode: t(`review.modes.${settings.mode}`) })}</p>
      {metrics.tickets === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        <>
          <LaneChart byFamily={metrics.by_family} nameOf={nameFamily} t={t} />
          <RateTable testId="rate-table" title={t('review.rates.title')} groupLabel={t('review.rates.family')} byGroup={metrics.by_family} bases={bases.family} overall={metrics} overallBases={bases.all} overallLabel={t('review.rates.overall')} nameOf={nameFamily} t={t} />
          <PromotionList verdicts={verdicts} bases={bases.family} thresholds={policy.promotion} nameOf={nameFamily} t={t} />
          <Breakdowns summary={t('review.rates.breakdowns')}>
            {() => (
              <>
                <RateTable testId="rate-table-tier" title={t('review.rates.byTier')} groupLabel={t('review.rates.tier')} byGroup={metrics.by_plan_tier} bases={countBases(tickets, (x) => x.planTier).by} overall={metrics} overallBases={bases.all} overallLabel={t('review.rates.overallTickets')} nameOf={nameGroup} t={t} />
                <RateTable testId="rate-table-segment" title={t('review.rates.bySegment')} groupLabel={t('review.rates.segment')} byGroup={metrics.by_segment} bases={countBases(tickets, (x) => x.segment).by} overall={metrics} overallBases={bases.all} overallLabel={t('review.rates.overallTickets')} nameOf={nameGroup} t={t} />
              </>
            )}
          </Breakdowns>
        </>
      )}
      <AuditSample sample={sample} seed={seed} perFamily={policy.auditPerFamily} onMiss={onMiss} onUndo={onUndo} onOpen={onOpen} nameOf={nameFamily} t={t} />
    </div>
  );
}

/** A folded section whose content is built only once it is opened, so the figures paint without waiting for it. */
function Breakdowns({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details className="review-breakdowns" data-testid="breakdowns" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {isOpen && children()}
    </details>
  );
}
