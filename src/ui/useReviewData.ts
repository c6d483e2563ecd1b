import { useCallback, useEffect, useState } from 'react';
import { readReviewData, type ReviewProgress } from '../host/readReviewData';
import type { ZafClient } from '../host/zafClient';
import type { MetricTicket } from '../policy/governance/computeMetrics';
import type { Settings } from '../policy/settings';

export type ReviewState =
  | { phase: 'loading'; progress: ReviewProgress }
  | { phase: 'failed'; what: string; reason: string; forbidden: boolean; pages: number; tickets: number }
  | { phase: 'ready'; tickets: MetricTicket[]; pages: number };

export interface ReviewRange {
  fromMs: number;
  toMs: number;
}

const STARTING: ReviewState = { phase: 'loading', progress: { pages: 0, tickets: 0, fraction: 0 } };

/** Reads the range's tickets (again whenever the range or `attempt` changes) and follows the progress. */
export function useReviewData(client: ZafClient, settings: Settings | null, range: ReviewRange, attempt: number) {
  const key = `${range.fromMs}:${range.toMs}:${attempt}`;
  // Each read keeps its state under its own key: a new range starts from "loading" without a reset in the effect.
  const [read, setRead] = useState<{ key: string; state: ReviewState }>({ key, state: STARTING });
  const state = read.key === key ? read.state : STARTING;

  useEffect(() => {
    if (!settings) return;
    const abort = new AbortController();
    const set = (next: ReviewState) => {
      if (!abort.signal.aborted) setRead({ key, state: next });
    };
    void readReviewData(client, {
      fieldMap: settings.fieldMap,
      policy: settings.policy,
      fromMs: range.fromMs,
      toMs: range.toMs,
      nowMs: Date.now(),
      signal: abort.signal,
      onProgress: (progress) => set({ phase: 'loading', progress }),
    }).then((r) => {
      set(r.ok ? { phase: 'ready', tickets: r.tickets, pages: r.pages } : { phase: 'failed', what: r.failure.what, reason: r.failure.reason, forbidden: r.failure.forbidden === true, pages: r.pages, tickets: r.tickets });
    });
    return () => abort.abort();
  }, [client, settings, range.fromMs, range.toMs, key]);

  /** Counts a miss the audit just recorded (or took back), without reading everything again. */
  const markAuditMiss = useCallback((id: string, isMiss: boolean) => {
    setRead((r) =>
      r.state.phase !== 'ready' ? r : { ...r, state: { ...r.state, tickets: r.state.tickets.map((t) => (t.id === id && t.record.auditMiss !== isMiss ? { ...t, record: { ...t.record, auditMiss: isMiss } } : t)) } },
    );
  }, []);

  return { state, markAuditMiss };
}
