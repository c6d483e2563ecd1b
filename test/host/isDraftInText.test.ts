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

describe('isDraftInText with the rich-text editor', () => {
  it('finds the draft in the composer\'s HTML, entities and paragraphs and all', () => {
    const draft = "We can't refund the annual plan now, but we'll credit the unused months to your account.";
    expect(isDraftInText('<p>Hello,</p><p>We can&#39;t refund the annual plan now, but we&#39;ll credit the unused months to your account.</p>', draft)).toBe(true);
    expect(isDraftInText('<p>Hello, I will look into it &amp; reply today.</p>', draft)).toBe(false);
  });
});
