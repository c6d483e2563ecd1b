import { useCallback, useEffect, useState } from 'react';
import { readReviewData, type ReviewProgress } from '../host/readReviewData';
import type { ZafClient } from '../host/zafClient';
import type { MetricTicket } from '../policy/governance/computeMetrics';
import type { Settings } from '../policy/settings';

export type ReviewState =
  | { phase: 'loading'; progress: ReviewProgress }
  | { phase: 'failed'; what: string; reason: string; pages: number; tickets: number }
  | { phase: 'ready'; tickets: MetricTicket[]; pages: number };

export interface ReviewRange {
  fromMs: number;
  toMs: number;
}

/** Reads the range's tickets (again whenever the range or `attempt` changes) and follows the progress. */
export function useReviewData(client: ZafClient, settings: Settings | null, range: ReviewRange, attempt: number) {
  const [state, setState] = useState<ReviewState>({ phase: 'loading', progress: { pages: 0, tickets: 0, fraction: 0 } });

  useEffect(() => {
    if (!settings) return;
    const abort = new AbortController();
    setState({ phase: 'loading', progress: { pages: 0, tickets: 0, fraction: 0 } });
    void readReviewData(client, {
      fieldMap: settings.fieldMap,
      policy: settings.policy,
      fromMs: range.fromMs,
      toMs: range.toMs,
      nowMs: Date.now(),
      signal: abort.signal,
      onProgress: (progress) => {
        if (!abort.signal.aborted) setState({ phase: 'loading', progress });
      },
    }).then((read) => {
      if (abort.signal.aborted) return;
      setState(read.ok ? { phase: 'ready', tickets: read.tickets, pages: read.pages } : { phase: 'failed', ...read.failure, pages: read.pages, tickets: read.tickets });
    });
    return () => abort.abort();
  }, [client, settings, range.fromMs, range.toMs, attempt]);

  /** Counts a miss the audit just recorded (or took back), without reading everything again. */
  const markAuditMiss = useCallback((id: string, isMiss: boolean) => {
    setState((s) =>
      s.phase !== 'ready' ? s : { ...s, tickets: s.tickets.map((t) => (t.id === id && t.record.auditMiss !== isMiss ? { ...t, record: { ...t.record, auditMiss: isMiss } } : t)) },
    );
  }, []);

  return { state, markAuditMiss };
}
