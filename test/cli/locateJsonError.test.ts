import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumnAt, locateJsonError } from '../../src/cli/locateJsonError';

describe('locateJsonError', () => {
  it('finds nothing wrong in any valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonError(text)).toBeNull();
      }),
    );
  });

  it('finds an error wherever JSON.parse rejects the text', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', '"', '\n', 'x'), (text, at, insert) => {
        const cut = at % (text.length + 1);
        const broken = text.slice(0, cut) + insert + text.slice(cut);
        let valid = true;
        try {
          JSON.parse(broken);
        } catch {
          valid = false;
        }
        expect(locateJsonError(broken) === null).toBe(valid);
      }),
    );
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'expected a double-quoted property name, found "}"'],
    ['[1 2]', 1, 4, "expected ',' or ']', found \"2\""],
    ['{\n "a": "line\nbreak"}', 2, 12, 'a control character (such as a line break) inside a string; escape it'],
    ['{"a": 1} {}', 1, 10, 'expected the end of the text after the value, found "{"'],
    ['"\\x"', 1, 2, 'a bad escape in a string'],
  ])('places the error in %j at line %i, column %i', (text, line, column, message) => {
    expect(locateJsonError(text)).toEqual({ offset: expect.any(Number) as number, line, column, message });
  });

  it('survives deep nesting', () => {
    expect(locateJsonError('['.repeat(100_000))?.message).toBe('expected a value, the text ends');
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
