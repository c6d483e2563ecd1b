export const FORMATS = ['ndjson', 'table'] as const;
export type Format = (typeof FORMATS)[number];

/** Formats of `report` and `compare`. */
export const REPORT_FORMATS = ['text', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type Command =
  | { kind: 'help' }
  | { kind: 'score'; files: string[]; settings?: string; now?: string; format: Format }
  | { kind: 'explain'; files: string[]; ticketId: string; settings?: string; now?: string }
  | { kind: 'report'; files: string[]; settings?: string; now?: string; format: ReportFormat; auditSeed?: string }
  | { kind: 'compare'; oldPolicy: string; newPolicy: string; files: string[]; settings?: string; now?: string; format: ReportFormat };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; error: string };

const VALUE_OPTIONS = ['--settings', '--now', '--format', '--audit-seed'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const isValueOption = (s: string): s is ValueOption => (VALUE_OPTIONS as readonly string[]).includes(s);

/** Parses the command line after the program name. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const values: Partial<Record<ValueOption, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { ok: true, command: { kind: 'help' } };
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!isValueOption(name)) return { ok: false, error: `unknown option ${name}` };
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return { ok: false, error: `${name} needs a value` };
    if (values[name] !== undefined) return { ok: false, error: `${name} is given twice` };
    values[name] = value;
  }

  const [kind, ...rest] = positional;
  const common = { ...(values['--settings'] !== undefined ? { settings: values['--settings'] } : {}), ...(values['--now'] !== undefined ? { now: values['--now'] } : {}) };
  if (kind === undefined) return { ok: false, error: 'no command given' };
  if (values['--audit-seed'] !== undefined && kind !== 'report') return { ok: false, error: '--audit-seed applies to report only' };
  if (kind === 'score') {
    const format = values['--format'] ?? 'ndjson';
    if (!(FORMATS as readonly string[]).includes(format)) return { ok: false, error: `--format must be ndjson or table, not "${format}"` };
    if (rest.length === 0) return { ok: false, error: 'score needs at least one bundle file' };
    return { ok: true, command: { kind: 'score', files: rest, format: format as Format, ...common } };
  }
  if (kind === 'explain') {
    if (values['--format'] !== undefined) return { ok: false, error: '--format applies to score, report and compare only' };
    const ticketId = rest.pop();
    if (ticketId === undefined || rest.length === 0) return { ok: false, error: 'explain needs at least one bundle file and a ticket id' };
    return { ok: true, command: { kind: 'explain', files: rest, ticketId: ticketId.trim(), ...common } };
  }
  if (kind === 'report' || kind === 'compare') {
    const format = values['--format'] ?? 'text';
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) return { ok: false, error: `--format must be text or json, not "${format}"` };
    if (kind === 'report') {
      if (rest.length === 0) return { ok: false, error: 'report needs at least one bundle file' };
      const seed = values['--audit-seed'];
      return { ok: true, command: { kind: 'report', files: rest, format: format as ReportFormat, ...common, ...(seed !== undefined ? { auditSeed: seed } : {}) } };
    }
    const [oldPolicy, newPolicy, ...files] = rest;
    if (oldPolicy === undefined || newPolicy === undefined || files.length === 0) return { ok: false, error: 'compare needs an old policy file, a new policy file and at least one bundle file' };
    return { ok: true, command: { kind: 'compare', oldPolicy, newPolicy, files, format: format as ReportFormat, ...common } };
  }
  return { ok: false, error: `unknown command "${kind}"; use score, explain, report or compare` };
}
