import { Button } from '@zendeskgarden/react-buttons';
import { useState } from 'react';
import type { AuditMissResult } from '../host/recordAuditMiss';
import type { MetricTicket } from '../policy/governance/computeMetrics';
import type { Translate } from './createTranslator';

export interface AuditSampleProps {
  /** Sets the drawn Lane 1 tickets */
  sample: readonly MetricTicket[];
  /** Sets the seed the sample was drawn with, e.g. the ISO week */
  seed: string;
  perFamily: number;
  /** Records "should have escalated" on a ticket */
  onMiss: (ticketId: string) => Promise<AuditMissResult>;
  t: Translate;
}

type Status = { kind: 'saving' } | { kind: 'recorded' } | { kind: 'failed'; reason: string };

/** The weekly audit: the drawn tickets, each with a one-click "Should have escalated". */
export function AuditSample({ sample, seed, perFamily, onMiss, t }: AuditSampleProps) {
  const [status, setStatus] = useState<Record<string, Status>>({});
  const record = (id: string) => {
    setStatus((s) => ({ ...s, [id]: { kind: 'saving' } }));
    void onMiss(id).then((r) => setStatus((s) => ({ ...s, [id]: r.ok ? { kind: 'recorded' } : { kind: 'failed', reason: r.reason } })));
  };
  return (
    <section data-testid="audit-sample">
      <h2 className="review-heading">{t('review.audit.title', { seed })}</h2>
      <p className="review-muted">{t('review.audit.intro', { count: perFamily })}</p>
      {sample.length === 0 ? (
        <p>{t('review.audit.none')}</p>
      ) : (
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{t('review.audit.ticket')}</th>
              <th scope="col">{t('review.audit.family')}</th>
              <th scope="col">{t('review.audit.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {sample.map((ticket) => {
              const s = status[ticket.id] ?? (ticket.record.auditMiss ? { kind: 'recorded' } : undefined);
              return (
                <tr key={ticket.id} data-ticket-id={ticket.id}>
                  <td>#{ticket.id}</td>
                  <td>{ticket.family ?? 'unknown'}</td>
                  <td>
                    {s?.kind === 'recorded' ? (
                      <span role="status" className="review-fail">✗ {t('review.audit.recorded')}</span>
                    ) : (
                      <>
                        <Button size="small" disabled={s?.kind === 'saving'} onClick={() => record(ticket.id)}>
                          {s?.kind === 'saving' ? t('review.audit.saving') : t('review.audit.action')}
                        </Button>
                        {s?.kind === 'failed' && <div role="alert" className="review-error">{t('review.audit.failed', { reason: s.reason })}</div>}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
