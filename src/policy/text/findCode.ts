/**
 * Finds the code, logs and addresses a customer pastes into a message: a fenced block of
 * config or a stack trace, an inline `breach-drill-q4`, a path like `services/refunds/`, a URL.
 * Their words are names the customer's systems use ("revoke", "refund", "kill" in a job name or
 * a log line), not words said to us, so a concept read inside them asks nothing.
 *
 * Only what looks like code counts: a fenced block whose lines are mostly code, an inline span
 * with a character prose has no use for. "Please `refund` us" or a fenced paragraph of prose is
 * read like any other sentence, so wrapping an ask in backticks does not hide it.
 */

/** The code in a text: where it stands, as character ranges [start, end). */
export interface Code {
  /** Fenced blocks: pasted config, logs, stack traces. */
  blocks: [number, number][];
  /** Inline code, paths and URLs: names. */
  names: [number, number][];
}

const NO_CODE: Code = { blocks: [], names: [] };

export function findCode(text: string): Code {
  if (!MAY_HOLD_CODE.test(text)) return NO_CODE;
  const blocks: [number, number][] = [];
  for (const m of text.matchAll(FENCED)) {
    if (looksLikeCode(m[1] ?? '')) blocks.push([m.index, m.index + m[0].length]);
  }
  const names: [number, number][] = [];
  for (const m of text.matchAll(INLINE)) {
    if (!isIn(m.index, blocks) && CODE_CHARACTER.test(m[1] ?? '')) names.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(ADDRESS)) {
    if (!isIn(m.index, blocks) && isAddress(m[0])) names.push([m.index, m.index + m[0].length]);
  }
  if (MAY_NAME.test(text)) {
    for (const m of text.matchAll(IDENTIFIER)) if (!isIn(m.index, blocks)) names.push([m.index, m.index + m[0].length]);
  }
  return blocks.length === 0 && names.length === 0 ? NO_CODE : { blocks, names };
}

/** Whether the character at `at` is inside one of `ranges`. */
export function isIn(at: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const [s, e] of ranges) if (at >= s && at < e) return true;
  return false;
}

// What a pasted log shows happened to the account is the customer's evidence, not a name:
// "role.changed from=Developer to=Admin actor=system" is a privilege change they did not make.
const EVENTS_A_LOG_SHOWS: ReadonlySet<string> = new Set(['access_recovery', 'privilege_change', 'ownership', 'compromise', 'third_party_data', 'identity_change', 'security_general', 'permissions_general', 'outage']);

/** Whether a concept read at `at` is only named by the customer's code: any concept in a name, all but what a log shows happened in a block. */
export function isNamedByCode(code: Code, at: number, concept: string): boolean {
  if (code.names.length > 0 && isIn(at, code.names)) return true;
  return code.blocks.length > 0 && !EVENTS_A_LOG_SHOWS.has(concept) && isIn(at, code.blocks);
}

// A quick test before the patterns: a backtick, a slash, an underscore or a brace.
const MAY_HOLD_CODE = /[`/\\_{]/;
const MAY_NAME = /_|\{\{|\p{Ll}\p{Lu}/u;
// A field or variable name: "Gutschrift_Betrag", "refundAmount", "{{ order.refund }}".
const IDENTIFIER = /[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+|\b\p{Ll}+(?:\p{Lu}\p{Ll}*)+\b|\{\{[^{}\n]{1,80}\}\}/gu;
const FENCED = /```[^\n]*\n([\s\S]*?)```/g;
const INLINE = /`([^`\n]{1,120})`/g;
// A URL, or words joined by slashes: "https://…", "services/refunds/", "./bin/export_refunds".
const ADDRESS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"'`]+|(?<![\p{L}\p{N}])[\p{L}\p{N}_.*$~-]*(?:\/[\p{L}\p{N}_.*$-]*)+/gu;
// "and/or", "refund/credit": a slash between two words is prose; a path says it is one.
const PATH_MARK = /^(?:\.{1,2}|~)?\/|\/$|[_.*$\d]|\/.*\/.*\/|:\/\//u;
// What code has and prose does not: punctuation joining words, digits inside a name, brackets, operators.
const CODE_CHARACTER = /[_=/\\:;{}()[\]<>$#|*]|\p{L}[-.]\p{L}|\p{L}\d|\d\p{L}|^\s*-{1,2}\p{L}/u;
/** Share of a fenced block's lines that must look like code for it to be read as code. */
const CODE_LINE_SHARE = 0.5;

/** Whether words joined by slashes are a URL or a path: a scheme, a leading or trailing slash, a file name, or four parts. */
function isAddress(run: string): boolean {
  return PATH_MARK.test(run);
}

function looksLikeCode(block: string): boolean {
  let lines = 0;
  let code = 0;
  for (const line of block.split('\n')) {
    if (line.trim() === '') continue;
    lines++;
    if (/^\s{2,}|^\s*[-#>]/.test(line) || CODE_CHARACTER.test(line)) code++;
  }
  return lines > 0 && code / lines >= CODE_LINE_SHARE;
}
