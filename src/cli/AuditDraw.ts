import { sampleForAudit, type MetricTicket } from '../policy';

type Candidate = Pick<MetricTicket, 'id' | 'family'>;

const TRIM_AT = 4096;

/**
 * Draws the weekly audit sample while tickets stream past, in bounded memory. The draw's order
 * is fixed by the seed and does not depend on input order, so the sample of the kept sample
 * plus new tickets is the sample of everything seen: only `perFamily` tickets per family and
 * a few thousand pending ones are ever held.
 */
export class AuditDraw {
  private kept: Candidate[] = [];
  private pending = 0;

  constructor(
    readonly perFamily: number,
    readonly seed: string,
  ) {}

  /** Considers one ticket; only Lane 1 tickets are audited. */
  add(t: MetricTicket): void {
    if (t.lane !== 1) return;
    this.kept.push({ id: t.id, family: t.family });
    if (++this.pending >= TRIM_AT) this.trim();
  }

  /** The sample: up to `perFamily` Lane 1 tickets per family, families in name order. */
  sample(): Candidate[] {
    this.trim();
    return [...this.kept];
  }

  private trim(): void {
    this.kept = sampleForAudit(this.kept, this.perFamily, this.seed);
    this.pending = 0;
  }
}
