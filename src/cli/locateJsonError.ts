/** Where a JSON text first goes wrong: offset, 1-based line and column, and what was expected. */
export interface JsonErrorPlace {
  offset: number;
  line: number;
  column: number;
  message: string;
}

/** Converts a character offset into a 1-based line and column. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Finds the first syntax error in a JSON text, for messages when `JSON.parse` gives no
 * position. Returns `null` for valid JSON. Iterative, so deep nesting cannot overflow.
 */
export function locateJsonError(text: string): JsonErrorPlace | null {
  let i = 0;
  const fail = (message: string): JsonErrorPlace => ({ offset: i, ...lineColumnAt(text, i), message });
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const found = () => (i < text.length ? `found ${JSON.stringify(text[i])}` : 'the text ends');
  // Containers still open: '{' or '['.
  const stack: string[] = [];
  type State = 'value' | 'after-value' | 'key';
  let state: State = 'value';

  for (;;) {
    skipSpace();
    if (state === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = 'after-value';
        } else state = c === '{' ? 'key' : 'value';
        continue;
      }
      if (c === '"') {
        const err = skipString();
        if (err) return err;
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m) return fail(`expected a number, ${found()}`);
        i += m[0].length;
      } else {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (!word) return fail(`expected a value, ${found()}`);
        i += word.length;
      }
      state = 'after-value';
      continue;
    }
    if (state === 'key') {
      if (text[i] !== '"') return fail(`expected a double-quoted property name, ${found()}`);
      const err = skipString();
      if (err) return err;
      skipSpace();
      if (text[i] !== ':') return fail(`expected ':' after a property name, ${found()}`);
      i++;
      state = 'value';
      continue;
    }
    // after-value
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (i < text.length) return fail(`expected the end of the text after the value, ${found()}`);
      return null;
    }
    const close = top === '{' ? '}' : ']';
    if (text[i] === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
    } else if (text[i] === close) {
      i++;
      stack.pop();
    } else return fail(`expected ',' or '${close}', ${found()}`);
  }

  function skipString(): JsonErrorPlace | null {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return fail('a control character (such as a line break) inside a string; escape it');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('a bad \\u escape in a string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail('a bad escape in a string');
      } else i++;
    }
    return fail('a string that is never closed');
  }
}
