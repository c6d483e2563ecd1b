import { describe, expect, it } from 'vitest';
import { separatorAfter } from '../../src/host/appendToComposer';

describe('separatorAfter', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['Looking into this now.', '\n\n'],
    ['Looking into this now.\n', '\n'],
    ['Looking into this now.\n\n', ''],
  ])('puts appended text on its own paragraph after %j', (existing, separator) => {
    expect(separatorAfter(existing)).toBe(separator);
  });
});
