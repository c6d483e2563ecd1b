import { describe, expect, it } from 'vitest';
import { isDraftInText } from '../../src/host/isDraftInText';

const DRAFT = 'We have refunded the 40 extra seats; you will see the amount on your next invoice. Thanks for your patience.';

describe('isDraftInText', () => {
  it.each([
    ['the whole draft', DRAFT, true],
    ['the draft with other spacing and case', `Hi,\n\n${DRAFT.toUpperCase().replace(/ /g, '  ')}\n\nBest`, true],
    ['one long sentence of it', 'Hello. We have refunded the 40 extra seats; you will see the amount on your next invoice.', true],
    ['only a short sentence of it', 'Thanks for your patience.', false],
    ['an agent’s own words', 'I have passed your request to our billing team, who will reply today.', false],
    ['an empty reply', '', false],
  ])('%s → %s', (_, text, expected) => {
    expect(isDraftInText(text, DRAFT)).toBe(expected);
  });
});
