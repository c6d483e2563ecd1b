import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCopiedText } from '../../src/policy/findCopiedText';
import { readReplyWords } from '../../src/policy/readReplyWords';

const DRAFT = 'We have refunded the 40 extra seats; you will see the amount on your card within 5 days.';
const PACKET = [
  'Escalation Packet',
  'Ticket ID: 491002',
  'Lane 3 · Human-owned escalation',
  'Why: policy_sensitivity is high and customer_pressure is raised too',
  'Suggested owner: Billing Specialists',
  'The customer asks for a refund of 40 seats bought by mistake on an annual plan.',
].join('\n');

describe('readReplyWords', () => {
  it('reads rich text, entities, no-break and zero-width spaces, case and accents as plain words', () => {
    expect(readReplyWords('<p>We&#39;ve&nbsp;re\u200Bfunded <b>€40</b> &amp; more<br>Thanks&#x21; Café</p>')).toEqual(['we', 've', 'refunded', '40', 'more', 'thanks', 'cafe']);
    expect(readReplyWords('a < b and c > d')).toEqual(['a', 'b', 'and', 'c', 'd']);
    expect(readReplyWords('')).toEqual([]);
  });
});

describe('findCopiedText', () => {
  it.each([
    ['the whole draft', DRAFT],
    ['its final period dropped', DRAFT.slice(0, -1)],
    ['one word changed', DRAFT.replace('refunded', 'returned')],
    ['its punctuation changed', DRAFT.replace(';', ' -').replace('.', '!')],
    ['its first half only', 'We have refunded the 40 extra seats'],
    ['its second half only', 'you will see the amount on your card within 5 days'],
    ['as rich-text HTML with entities', `<p>Hi Ana,</p><p>${DRAFT.replace(/ /g, '&nbsp;').replace(';', '&#59;')}</p>`],
    ['with no-break spaces', DRAFT.replace(/ /g, '\u00A0')],
    ['with zero-width spaces inside words', DRAFT.replace(/e/g, 'e\u200B')],
    ['in upper case', DRAFT.toUpperCase()],
    ['with look-alike letters of other scripts', DRAFT.replace(/e/g, 'е').replace(/o/g, 'ο')],
    ['inside a longer reply', `Hi Ana,\n\nThanks for your message and sorry for the trouble with the order. ${DRAFT} If there is anything else, just reply here and I will help.\n\nBest,\nCasey`],
  ])('catches the draft: %s', (_, reply) => {
    expect(findCopiedText(reply, DRAFT)).not.toBeNull();
  });

  it.each([
    ['an agent’s holding reply', 'Thanks, I have passed this to our billing specialists.'],
    ['a holding reply on the same subject', 'Hi Ana, thanks for reaching out about the extra seats. Our billing team will look into your card charge and reply today.'],
    ['a reply that shares a short phrase', 'You will see an update from us soon.'],
    ['an empty reply', ''],
    ['a reply of markup only', '<p><br></p>'],
  ])('lets through %s', (_, reply) => {
    expect(findCopiedText(reply, DRAFT)).toBeNull();
  });

  it('catches a paragraph of the packet in a reply, but not the customer’s own subject', () => {
    expect(findCopiedText('Update: policy_sensitivity is high and customer_pressure is raised too. Suggested owner: Billing Specialists', PACKET)).not.toBeNull();
    expect(findCopiedText('Hi Ana, about your refund: our billing specialists will reply today.', PACKET)).toBeNull();
  });

  it('reports how much of the original the reply carries', () => {
    expect(findCopiedText(DRAFT, DRAFT)).toEqual({ share: 1, longestRun: 18 });
    expect(findCopiedText('We have refunded the 40 extra seats', DRAFT)).toEqual({ share: 7 / 18, longestRun: 7 });
  });

  it('compares a draft shorter than a run word for word', () => {
    expect(findCopiedText('Sure, yes: see Help > What’s new', 'Yes: see Help')).not.toBeNull();
    expect(findCopiedText('Yes, please see the help page', 'Yes: see Help')).toBeNull();
  });
});

// Drafts and replies drawn from a support vocabulary; the agent's own words come from another part of it.
const FUNCTION_WORDS = ['the', 'you', 'your', 'we', 'to', 'and', 'a', 'of', 'on', 'in', 'is', 'for', 'it'];
const DRAFT_WORDS = ['refunded', 'seats', 'invoice', 'card', 'amount', 'days', 'plan', 'charge', 'credit', 'account', 'billing', 'annual', 'monthly', 'prorated', 'extra', 'see', 'will', 'have', '40', '5'];
const AGENT_WORDS = ['thanks', 'passed', 'specialists', 'colleague', 'looking', 'into', 'shortly', 'patience', 'team', 'update', 'soon', 'sorry', 'trouble', 'hear', 'reply', 'today', 'back', 'question', 'message', 'asked'];
const word = (pool: string[]) => fc.constantFrom(...pool, ...FUNCTION_WORDS);
const draftArb = fc.array(word(DRAFT_WORDS), { minLength: 8, maxLength: 80 });
const agentText = (maxLength: number) => fc.array(word(AGENT_WORDS), { maxLength }).map((w) => w.join(' '));
const PUNCTUATION = [' ', ', ', '; ', '. ', ' - ', '\u00A0', ' \u200B', '&nbsp;', '<br>', '</p><p>'];

/** Writes words out with the given separators, as a person or an editor might. */
const spell = (words: string[], seps: string[]) => words.map((w, i) => (i === 0 ? w : `${seps[i % seps.length] ?? ' '}${w}`)).join('');

describe('the draft check, for every draft', () => {
  it('catches the draft with up to one word in eight changed, re-punctuated, inside a longer reply of the agent’s own', () => {
    fc.assert(
      fc.property(
        draftArb,
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.array(fc.constantFrom(...PUNCTUATION), { minLength: 1, maxLength: 5 }),
        agentText(60),
        agentText(60),
        (draft, positions, seps, before, after) => {
          const edited = [...draft];
          for (const p of positions.slice(0, Math.floor(draft.length / 8))) edited[p % draft.length] = 'changed';
          const reply = `${before} ${spell(edited, seps)} ${after}`;
          expect(findCopiedText(reply, draft.join(' '))).not.toBeNull();
        },
      ),
    );
  });

  it('catches any half of a draft of ten words or more', () => {
    fc.assert(
      fc.property(fc.array(word(DRAFT_WORDS), { minLength: 10, maxLength: 80 }), fc.nat(), (draft, start) => {
        const half = Math.ceil(draft.length / 2);
        const from = start % (draft.length - half + 1);
        expect(findCopiedText(draft.slice(from, from + half).join(' '), draft.join(' '))).not.toBeNull();
      }),
    );
  });

  it('lets through the agent’s own reply, of any length', () => {
    fc.assert(
      fc.property(draftArb, agentText(2000), (draft, reply) => {
        expect(findCopiedText(reply, draft.join(' '))).toBeNull();
      }),
    );
  });
});
