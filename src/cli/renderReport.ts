import { LANES, type Metrics, type PromotionThresholds, type PromotionVerdict } from '../policy';
import type { ReportJson } from './ReportJson';

/** Renders `lanes report` as plain text: overall, tables by family, tier and segment, promotion, audit sample. */
export function renderReport(r: ReportJson, thresholds: PromotionThresholds): string {
  return [
    `Lanes report: ${r.tickets} ${r.tickets === 1 ? 'ticket' : 'tickets'}, policy ${r.policy_version}, mode ${r.mode}`,
    '',
    renderOverall(r),
    '',
    renderTable('issue family', r.by_family, r),
    '',
    renderTable('plan tier', r.by_plan_tier, r),
    '',
    renderTable('segment', r.by_segment, r),
    '',
    renderPromotion(r.promotion, thresholds),
    '',
    renderAudit(r),
    '',
  ].join('\n');
}

function renderOverall(m: Metrics): string {
  const rows: [string, string][] = [
    ['lanes', LANES.map((l) => `lane ${l}: ${m.lanes[l]} (${percent(share(m.lanes[l], m.tickets))})`).join('  ')],
    ['override rate', percent(m.override_rate)],
    ['late escalation rate', percent(m.late_escalation_rate)],
    ['recontact rate', `${percent(m.recontact_rate)} of Lane 1 tickets, within 7 days`],
    ['bounce rate', `${percent(m.bounce_rate)} of escalated tickets`],
    ['packet usefulness', m.packet_usefulness === null ? 'no packet rated' : `${percent(m.packet_usefulness)} of rated packets`],
    ['audit misses', String(m.audit_misses)],
    ['outcomes', `right lane ${m.outcomes.right}, should have been lower ${m.outcomes.lower}, should have been higher ${m.outcomes.higher}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return ['Overall', ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}

const COLUMNS = ['tickets', 'lane 1', 'lane 2', 'lane 3', 'override', 'late', 'recontact', 'bounce', 'useful', 'audit misses'];

function renderTable(title: string, rows: Readonly<Record<string, Metrics>>, total: Metrics): string {
  const keys = Object.keys(rows).sort((a, b) => Number(a === 'unknown') - Number(b === 'unknown') || a.localeCompare(b));
  const line = (key: string, m: Metrics) => [
    key,
    String(m.tickets),
    ...LANES.map((l) => String(m.lanes[l])),
    percent(m.override_rate),
    percent(m.late_escalation_rate),
    percent(m.recontact_rate),
    percent(m.bounce_rate),
    m.packet_usefulness === null ? '-' : percent(m.packet_usefulness),
    String(m.audit_misses),
  ];
  const header = [title, ...COLUMNS];
  const all = [header, ...keys.map((k) => line(k, rows[k] as Metrics)), line('total', total)];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const format = (r: readonly string[]) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c] ?? 0) : v.padStart(widths[c] ?? 0))).join('  ');
  return [`By ${title}`, ...all.map(format)].join('\n');
}

function renderPromotion(verdicts: readonly PromotionVerdict[], t: PromotionThresholds): string {
  const head = `Promotion (at least ${t.minTickets} tickets, override rate at most ${percent(t.maxOverrideRate)}, recontact rate at most ${percent(t.maxRecontactRate)}, audit misses at most ${t.maxAuditMisses})`;
  if (verdicts.length === 0) return `${head}\n  no family in the export`;
  const width = Math.max(...verdicts.map((v) => v.family.length));
  return [
    head,
    ...verdicts.map((v) => {
      const failed = v.checks.filter((c) => !c.passed).map(describeCheck);
      return `  ${v.family.padEnd(width)}  ${v.eligible ? 'eligible' : `not eligible: ${failed.join('; ')}`}`;
    }),
  ].join('\n');
}

function describeCheck(c: PromotionVerdict['checks'][number]): string {
  if (c.name === 'tickets') return `${c.value} tickets, needs ${c.limit}`;
  const name = c.name.replace(/_/g, ' ');
  if (c.name.endsWith('_rate')) return `${name} ${percent(c.value)}, limit ${percent(c.limit)}`;
  return `${name} ${c.value}, limit ${c.limit}`;
}

function renderAudit(r: ReportJson): string {
  const head = `Audit sample (seed ${r.audit_seed}, up to ${r.audit_per_family} Lane 1 tickets per family)`;
  if (r.audit_sample.length === 0) return `${head}\n  no Lane 1 ticket`;
  const byFamily = new Map<string, string[]>();
  for (const t of r.audit_sample) byFamily.set(t.family, [...(byFamily.get(t.family) ?? []), String(t.ticket_id)]);
  const width = Math.max(...[...byFamily.keys()].map((f) => f.length));
  return [head, ...[...byFamily].map(([family, ids]) => `  ${family.padEnd(width)}  ${ids.join(', ')}`)].join('\n');
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function percent(rate: number): string {
  return `${(100 * rate).toFixed(1)}%`;
}
