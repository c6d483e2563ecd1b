import * as z from 'zod/mini';

/**
 * zod/mini words no issue itself. The app words the issues its schemas can raise, in the words
 * full zod uses ("Invalid input: expected number, received string"), so a fix names what is
 * wrong; a schema's own message, where it has one, comes first. Written here rather than loading
 * zod's English locale, which words every check zod has and weighs on the sidebar's first load.
 */
z.config({ localeError: wordIssue });

function wordIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Invalid input: expected ${show(issue.values[0])}` : `Invalid option: expected one of ${issue.values.map(show).join('|')}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      const how = issue.exact ? 'exactly ' : issue.inclusive ? (small ? '>=' : '<=') : small ? '>' : '<';
      const unit = issue.origin ? UNITS[issue.origin] : undefined;
      const what = issue.origin ?? 'value';
      return `${small ? 'Too small' : 'Too big'}: expected ${what} ${unit ? `to have ${how}${limit} ${unit}` : `to be ${how}${limit}`}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue ? `Invalid string: must match pattern ${String(issue.pattern)}` : `Invalid ${FORMATS[issue.format] ?? issue.format}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((k: string) => `"${k}"`).join(', ')}`;
    default:
      return 'Invalid input';
  }
}

const FORMATS: Record<string, string> = { datetime: 'ISO datetime', date: 'ISO date', time: 'ISO time', duration: 'ISO duration', email: 'email address', url: 'URL', uuid: 'UUID' };
const UNITS: Record<string, string> = { string: 'characters', array: 'items', set: 'items', map: 'entries', file: 'bytes' };

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : typeof value === 'bigint' ? `${value}n` : String(value);
}

/** zod's small build, the one the app's schemas use, with English issue messages. */
export { z };
