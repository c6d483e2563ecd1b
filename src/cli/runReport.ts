import { metricTickets } from '../bundle/readHistory';
import { computeMetrics, isoWeek, judgePromotion, type MetricTicket, type ScoreContext } from '../policy';
import { AuditDraw } from './AuditDraw';
import { EXIT, type CliIo, type ExitCode } from './CliIo';
import { PageReader } from './PageReader';
import type { ReportFormat } from './parseArgs';
import { readRunOptions, type RunOptions } from './readRunOptions';
import { renderReport } from './renderReport';
import type { ReportJson } from './ReportJson';
import { reportError } from './reportError';
import { ticketIdValue } from './ticketIdValue';

export type { ReportJson } from './ReportJson';

export interface ReportOptions extends RunOptions {
  format?: ReportFormat;
  /** Seed of the audit sample; the ISO week of the scoring time when absent. */
  auditSeed?: string;
}


const UNRECORDED = 'unrecorded';

/** `lanes report`: the policy's metrics from an export, as text or one JSON object. */
export function runReport(files: readonly string[], options: ReportOptions, io: CliIo): ExitCode {
  try {
    const { settings, nowMs } = readRunOptions(options, io);
    const reader = new PageReader(files, io);
    for (const e of reader.fatal) reportError(e, io);
    if (reader.fatal.length > 0) return EXIT.fatal;

    const { policy, fieldMap } = settings;
    const ctx: ScoreContext = { policy, fieldMap, groupNames: reader.index.groups, nowMs };
    const lanePrefix = fieldMap.tags?.lane_prefix ?? 'lane_';
    const audit = new AuditDraw(policy.auditPerFamily, options.auditSeed ?? isoWeek(nowMs));
    const versions = new Map<string, number>();
    // One page's tickets at a time: the metrics keep running counts, the audit a bounded draw.
    const pageTickets = (file: string): MetricTicket[] => {
      const { page, inputs } = reader.read(file, fieldMap);
      return metricTickets(reader.index, page, inputs, ctx, lanePrefix);
    };
    function* tickets(): Generator<MetricTicket> {
      for (const file of files) {
        for (const t of pageTickets(file)) {
          audit.add(t);
          const version = t.record.policyVersion ?? UNRECORDED;
          versions.set(version, (versions.get(version) ?? 0) + 1);
          yield t;
        }
      }
    }
    const metrics = computeMetrics(tickets());
    const report: ReportJson = {
      policy_version: policy.version,
      mode: settings.mode,
      ...metrics,
      promotion: judgePromotion(metrics.by_family, policy.promotion),
      audit_seed: audit.seed,
      audit_per_family: audit.perFamily,
      audit_sample: audit.sample().map((t) => ({ ticket_id: ticketIdValue(t.id), family: t.family ?? 'unknown' })),
      recorded_policy_versions: Object.fromEntries([...versions].sort(([a], [b]) => a.localeCompare(b))),
    };
    io.stdout(options.format === 'json' ? `${JSON.stringify(report)}\n` : renderReport(report, policy.promotion));
    if (reader.skipped > 0) {
      io.stderr(`${reader.skipped} ${reader.skipped === 1 ? 'item was' : 'items were'} skipped; the report counts the other tickets\n`);
      return EXIT.skipped;
    }
    return EXIT.ok;
  } catch (e) {
    return reportError(e, io);
  }
}
