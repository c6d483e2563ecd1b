import { Button } from '@zendeskgarden/react-buttons';
import { useState } from 'react';
import type { AuditMissResult } from '../host/recordAuditMiss';
import type { MetricTicket } from '../policy/governance/computeMetrics';
import type { Translate } from './createTranslator';
import './reviewTexts';

export interface AuditSampleProps {
  /** Sets the drawn Lane 1 tickets */
  sample: readonly MetricTicket[];
  /** Sets the seed the sample was drawn with, e.g. the ISO week */
  seed: string;
  perFamily: number;
  /** Records "should have escalated" on a ticket */
  onMiss: (ticketId: string) => Promise<AuditMissResult>;
  /** Takes a recorded miss back */
  onUndo: (ticketId: string) => Promise<AuditMissResult>;
  /** Opens a ticket in the helpdesk */
  onOpen: (ticketId: string) => void;
  nameOf?: (family: string) => string;
  t: Translate;
}

type Status = { kind: 'confirming' } | { kind: 'saving' } | { kind: 'recorded' } | { kind: 'undoing' } | { kind: 'open' } | { kind: 'failed'; reason: string; recorded: boolean };

/** The weekly audit: the drawn tickets, each a link to the ticket, with "Should have escalated" asked before it is recorded, and undo. */
export function AuditSample({ sample, seed, perFamily, onMiss, onUndo, onOpen, nameOf = (f) => f, t }: AuditSampleProps) {
  const [status, setStatus] = useState<Record<string, Status>>({});
  const set = (id: string, s: Status) => setStatus((all) => ({ ...all, [id]: s }));
  const record = (id: string) => {
    set(id, { kind: 'saving' });
    void onMiss(id).then((r) => set(id, r.ok ? { kind: 'recorded' } : { kind: 'failed', reason: r.reason, recorded: false }));
  };
  const undo = (id: string) => {
    set(id, { kind: 'undoing' });
    void onUndo(id).then((r) => set(id, r.ok ? { kind: 'open' } : { kind: 'failed', reason: r.reason, recorded: true }));
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
              const s = status[ticket.id] ?? (ticket.record.auditMiss ? { kind: 'recorded' } : { kind: 'open' });
              const recorded = s.kind === 'recorded' || s.kind === 'undoing' || (s.kind === 'failed' && s.recorded);
              return (
                <tr key={ticket.id} data-ticket-id={ticket.id} data-state={s.kind}>
                  <td>
                    <a href={`/agent/tickets/${encodeURIComponent(ticket.id)}`} onClick={(e) => { e.preventDefault(); onOpen(ticket.id); }} data-testid="audit-link">
                      {t('review.audit.open', { id: ticket.id })}
                    </a>
                  </td>
                  <td>{ticket.family ? nameOf(ticket.family) : t('review.unknown')}</td>
                  <td>
                    {recorded ? (
                      <span className="review-verdict">
                        <span role="status" className="review-fail">✗ {t('review.audit.recorded')}</span>{' '}
                        <Button size="small" isBasic disabled={s.kind === 'undoing'} onClick={() => undo(ticket.id)}>{t('review.audit.undo')}</Button>
                      </span>
                    ) : s.kind === 'confirming' ? (
                      <span className="review-verdict" role="group" aria-label={t('review.audit.confirm', { id: ticket.id })}>
                        <span>{t('review.audit.confirm', { id: ticket.id })}</span>{' '}
                        <Button size="small" isDanger onClick={() => record(ticket.id)}>{t('review.audit.confirmYes')}</Button>{' '}
                        <Button size="small" isBasic onClick={() => set(ticket.id, { kind: 'open' })}>{t('review.audit.confirmNo')}</Button>
                      </span>
                    ) : (
                      <Button size="small" disabled={s.kind === 'saving'} onClick={() => set(ticket.id, { kind: 'confirming' })}>
                        {s.kind === 'saving' ? t('review.audit.saving') : t('review.audit.action')}
                      </Button>
                    )}
                    {s.kind === 'failed' && <div role="alert" className="review-error">{t('review.audit.failed', { reason: s.reason })}</div>}
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
