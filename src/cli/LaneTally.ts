import { ISSUE_FAMILIES, LANES, type Evaluation, type Lane, type TicketInput } from '../policy';

const UNKNOWN = 'unknown';

/** Counts lanes by issue family and by plan tier, for `score --format table`. */
export class LaneTally {
  private readonly byFamily = new Map<string, number[]>();
  private readonly byTier = new Map<string, number[]>();

  /** Counts one scored ticket. */
  add(decision: Evaluation, input: TicketInput): void {
    const org = input.organization.available ? input.organization.value : null;
    count(this.byFamily, decision.family.value ?? UNKNOWN, decision.lane);
    count(this.byTier, org?.planTier ?? UNKNOWN, decision.lane);
  }

  /** Renders both distributions as plain-text tables. */
  render(): string {
    const familyOrder = [...ISSUE_FAMILIES, UNKNOWN] as string[];
    const families = [...this.byFamily.keys()].sort((a, b) => rank(familyOrder, a) - rank(familyOrder, b) || a.localeCompare(b));
    const tiers = [...this.byTier.keys()].sort((a, b) => Number(a === UNKNOWN) - Number(b === UNKNOWN) || a.localeCompare(b));
    return [renderTable('issue family', families, this.byFamily), '', renderTable('plan tier', tiers, this.byTier), ''].join('\n');
  }
}

function count(map: Map<string, number[]>, key: string, lane: Lane): void {
  let row = map.get(key);
  if (!row) map.set(key, (row = LANES.map(() => 0)));
  row[lane - 1] = (row[lane - 1] ?? 0) + 1;
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length - 1 : i;
}

function renderTable(title: string, keys: readonly string[], rows: ReadonlyMap<string, number[]>): string {
  const total = LANES.map((_, i) => keys.reduce((sum, k) => sum + (rows.get(k)?.[i] ?? 0), 0));
  const lines = [...keys.map((k) => [k, rows.get(k) ?? []] as const), ['total', total] as const].map(([key, counts]) => {
    const n = counts.reduce((a, b) => a + b, 0);
    return [key, String(n), ...LANES.map((_, i) => cell(counts[i] ?? 0, n))];
  });
  const header = [title, 'tickets', ...LANES.map((l) => `lane ${l}`)];
  const all = [header, ...lines];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const format = (r: readonly string[]) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c] ?? 0) : v.padStart(widths[c] ?? 0))).join('  ');
  return [`Lanes by ${title}`, format(header), ...all.slice(1).map(format)].join('\n');
}

function cell(n: number, of: number): string {
  return `${n} (${of === 0 ? '0.0' : ((100 * n) / of).toFixed(1)}%)`;
}
