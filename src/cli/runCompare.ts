import { comparePolicies, parseSettings, type Movement, type Policy, type PolicyComparison, type ScoreContext, type TicketInput } from '../policy';
import { EXIT, type CliIo, type ExitCode } from './CliIo';
import { DEMO_SETTINGS } from './demoSettings';
import { InputError } from './InputError';
import { PageReader } from './PageReader';
import type { ReportFormat } from './parseArgs';
import { readJsonFile } from './readJsonFile';
import { readRunOptions, type RunOptions } from './readRunOptions';
import { reportError } from './reportError';
import { ticketIdValue } from './ticketIdValue';

/** What `compare --format json` prints. */
export interface ComparisonJson {
  old_policy: { file: string; version: string };
  new_policy: { file: string; version: string };
  tickets: number;
  unchanged: number;
  moved: number;
  loosened: number;
  tightened: number;
  movements: {
    from: Movement['from'];
    to: Movement['to'];
    count: number;
    by_family: Record<string, number>;
    sample: {
      ticket_id: number | string;
      family: string | null;
      reason_before: string;
      reason_after: string;
      changed: { factor: string; before: string; after: string; evidence: string[] }[];
    }[];
  }[];
}

/** `lanes compare`: what a policy change would do to the tickets of an export, before it ships. */
export function runCompare(oldPath: string, newPath: string, files: readonly string[], options: RunOptions & { format?: ReportFormat }, io: CliIo): ExitCode {
  try {
    const { settings, nowMs } = readRunOptions(options, io);
    const base = options.settings === undefined ? DEMO_SETTINGS : (readJsonFile(options.settings, io) as Record<string, unknown>);
    const before = readPolicy(oldPath, base, io);
    const after = readPolicy(newPath, base, io);
    const reader = new PageReader(files, io);
    for (const e of reader.fatal) reportError(e, io);
    if (reader.fatal.length > 0) return EXIT.fatal;

    const { fieldMap } = settings;
    const context = (policy: Policy): ScoreContext => ({ policy, fieldMap, groupNames: reader.index.groups, nowMs });
    // One page at a time; only the page's tickets outlive the page's reading.
    const pageInputs = (file: string): TicketInput[] => reader.read(file, fieldMap).inputs;
    function* inputs(): Generator<TicketInput> {
      for (const file of files) yield* pageInputs(file);
    }
    const comparison = comparePolicies(inputs(), context(before), context(after));
    const json = toJson(comparison, { file: oldPath, version: before.version }, { file: newPath, version: after.version });
    io.stdout(options.format === 'json' ? `${JSON.stringify(json)}\n` : renderComparison(json));
    if (reader.skipped > 0) {
      io.stderr(`${reader.skipped} ${reader.skipped === 1 ? 'item was' : 'items were'} skipped; the other tickets were compared\n`);
      return EXIT.skipped;
    }
    return EXIT.ok;
  } catch (e) {
    return reportError(e, io);
  }
}

/**
 * Reads a policy file: the JSON of the `policy` setting, checked as the app checks it; `{}` is
 * the default policy. Throws `InputError` naming the file, each wrong path and its fix.
 */
function readPolicy(path: string, base: Record<string, unknown>, io: CliIo): Policy {
  const value = readJsonFile(path, io);
  const parsed = parseSettings({ ...base, policy: typeof value === 'string' ? value : JSON.stringify(value) });
  if (parsed.ok) return parsed.settings.policy;
  throw new InputError(path, null, `invalid policy:\n${parsed.issues.map((i) => `  ${i.path}: ${i.message} (fix: ${i.fix})`).join('\n')}`);
}

function toJson(c: PolicyComparison, oldPolicy: ComparisonJson['old_policy'], newPolicy: ComparisonJson['new_policy']): ComparisonJson {
  return {
    old_policy: oldPolicy,
    new_policy: newPolicy,
    tickets: c.tickets,
    unchanged: c.unchanged,
    moved: c.moved,
    loosened: c.loosened,
    tightened: c.tightened,
    movements: c.movements.map((m) => ({
      from: m.from,
      to: m.to,
      count: m.count,
      by_family: Object.fromEntries(Object.entries(m.byFamily).sort(([a, x], [b, y]) => y - x || a.localeCompare(b))),
      sample: m.sample.map((s) => ({ ticket_id: ticketIdValue(s.ticketId), family: s.family, reason_before: s.reasonBefore, reason_after: s.reasonAfter, changed: s.changed })),
    })),
  };
}

function renderComparison(c: ComparisonJson): string {
  const lines = [
    `Policy change: ${c.old_policy.version} (${c.old_policy.file}) -> ${c.new_policy.version} (${c.new_policy.file}), ${c.tickets} ${c.tickets === 1 ? 'ticket' : 'tickets'}`,
    `  unchanged  ${c.unchanged}`,
    `  moved      ${c.moved} (loosened ${c.loosened}, tightened ${c.tightened})`,
  ];
  if (c.movements.length === 0) lines.push('', 'No ticket changes lanes.');
  for (const m of c.movements) {
    lines.push('', `Lane ${m.from} -> Lane ${m.to}: ${m.count} ${m.count === 1 ? 'ticket' : 'tickets'} (${m.to < m.from ? 'loosened' : 'tightened'})`);
    lines.push(`  by family: ${Object.entries(m.by_family).map(([f, n]) => `${f} ${n}`).join(', ')}`);
    for (const s of m.sample) {
      lines.push(`  ticket ${s.ticket_id} (${s.family ?? 'unknown'})`, `    before: ${s.reason_before}`, `    after:  ${s.reason_after}`);
      for (const ch of s.changed) lines.push(`    ${ch.factor}: ${ch.before} -> ${ch.after}${ch.evidence.length > 0 ? `; ${ch.evidence.join('; ')}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
