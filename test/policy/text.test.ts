import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON } from '../../src/policy/defaultLexicon';
import { compileLexicon, compilePhrase, PhraseError } from '../../src/policy/text/compileLexicon';
import { findConcepts } from '../../src/policy/text/findConcepts';
import { lexiconWords } from '../../src/policy/text/lexiconWords';
import { cueOf } from '../../src/policy/text/readSentenceRoles';
import { WordTable } from '../../src/policy/text/wordTable';
import { stripQuotedText } from '../../src/policy/text/stripQuotedText';
import { normalizeText } from '../../src/policy/text/normalizeText';
import { tokenize } from '../../src/policy/text/tokenize';

const lexicon = compileLexicon(DEFAULT_LEXICON);
const concepts = (text: string) => findConcepts(tokenize(text, lexiconWords(lexicon))).map((h) => `${h.negated ? '-' : ''}${h.concept}`);

describe('the phrase matcher', () => {
  it('matches prefixes, alternatives and short gaps', () => {
    expect(concepts('They REFUNDED it')).toContain('refund');
    expect(concepts('please reverse this double charge')).toContain('refund');
    expect(concepts('transfer the workspace')).toContain('ownership');
  });

  it('does not match across a sentence', () => {
    expect(concepts('Please reverse. The charge was fine.')).not.toContain('refund');
  });

  it('ends no sentence at the point of a title or of "e.g."', () => {
    const sentences = (text: string) => new Set(tokenize(text, lexiconWords(lexicon)).sentence).size;
    expect(sentences('Mrs. Feld and Dr. Weber wrote, e.g. about the statement.')).toBe(1);
    expect(sentences('The answer was no. We want a refund.')).toBe(2);
  });

  it('lets an exception phrase cancel a match', () => {
    expect(concepts('my credit card expired')).not.toContain('credit');
    expect(concepts('we expect a credit')).toContain('credit');
  });

  it('marks negation within the clause only', () => {
    expect(concepts('we do not need a refund, but a credit')).toEqual(expect.arrayContaining(['-refund', 'credit']));
  });

  it('folds accents and apostrophes', () => {
    expect(concepts('Rückerstattung bitte')).toContain('refund');
    expect(concepts("I can't log in")).toContain('access_recovery');
  });

  it.each([
    ['~ money', /starts with "~"/],
    ['money ~', /ends with "~"/],
    ['r* back', /too short a prefix/],
    ['a||b', /empty alternative/],
    ['', /has no words/],
  ])('rejects the phrase "%s" and says why', (phrase, message) => {
    expect(() => compilePhrase('refund', phrase)).toThrow(PhraseError);
    expect(() => compilePhrase('refund', phrase)).toThrow(message);
  });
});

describe('the quick test of a word', () => {
  // Every word looked up, whatever its first characters: what the quick test saves must cost nothing.
  const everyWord = new WordTable((norm) => ({ norm, open: true, starts: lexicon.startsOf(norm), cues: cueOf(norm) }), () => true);
  const slowConcepts = (text: string) => findConcepts(tokenize(text, everyWord)).map((h) => `${h.negated ? '-' : ''}${h.concept}`);

  it('never passes over a word a phrase starts with', () => {
    const words = ['refund', 'credit card', "can't", 'log', 'in', 'Rückerstattung', 'not', 'a', 'the', 'reverse', 'charge', 'l’exception', 'déçu', 'admin', 'access', 'zero', 'line', '.', ','];
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.array(fc.constantFrom(...words), { maxLength: 20 }).map((w) => w.join(' '))), (text) => {
        expect(concepts(text)).toEqual(slowConcepts(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stripQuotedText', () => {
  it.each([
    ['an "On ... wrote:" header', 'Yes please.\nOn Tue, Nov 3, 2026 at 9:00 AM Support <s@x.io> wrote:\n> refund'],
    ['a forwarded message', 'See below.\n-----Original Message-----\nFrom: a\nrefund'],
    ['a German header', 'Danke.\nAm 03.11.2026 um 09:00 schrieb Support:\nrefund'],
    ['quoted lines', 'Thanks!\n> we will refund you\n> soon'],
    ['a signature', 'Thanks!\n-- \nJo, Refund desk'],
    ['a phone footer', 'Thanks!\nSent from my iPhone\nrefund'],
    ["a company's tagline after a bar", 'Where are the poll results?\n\nThanks,\nSam Ortiz\nHead of Ops\nRefundly Ltd. | Refund and chargeback handling for small shops'],
  ])('drops %s', (_, body) => {
    expect(stripQuotedText(body).toLowerCase()).not.toContain('refund');
  });

  it('drops a mail disclaimer whose words carry marks or wide gaps, as it drops the plain one', () => {
    const footer = 'Where is the export?\n\nThis email may contain confidential information. If you are not the intended recipient, please notify the sender and refund nothing.';
    for (const disguised of [footer.replace(/confidential/, 'co\u0301nfidential').replace(/intended/, 'i\u0301ntended'), footer.replace(/ /g, '   ')]) {
      expect(stripQuotedText(normalizeText(disguised)).toLowerCase()).not.toContain('refund');
    }
  });

  it('keeps a last line that asks, even after a bar', () => {
    expect(stripQuotedText('Where are the poll results?\nSam | can you refund the add-on too?')).toContain('refund');
  });

  it('ends a message at a formal closing in any of the languages read', () => {
    expect(stripQuotedText("Où télécharger le registre ?\nVeuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.\nClaire Roux")).toBe('Où télécharger le registre ?');
    expect(stripQuotedText('Waar vind ik de export?\nMet vriendelijke groet,\nPieter')).toBe('Waar vind ik de export?');
    expect(stripQuotedText('Dove trovo il report?\nCordiali saluti\nGiulia')).toBe('Dove trovo il report?');
  });

  it('keeps a message that is nothing but a quote rather than nothing', () => {
    expect(stripQuotedText('> please refund')).toBe('> please refund');
  });
});
