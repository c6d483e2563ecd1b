import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreTicket, type Lane } from '../../src/policy';
import type { LaneVerdict } from '../../src/policy/decideLane';
import { raiseByLearnedReader } from '../../src/policy/learned/raiseByLearnedReader';
import STORED from '../../src/policy/learned/humanLeadModel.json';
import { addFeatures, describeFeature } from '../../src/policy/learned/modelFeatures';
import { predictHumanLead, shippedModel, type LearnedModel } from '../../src/policy/learned/predictHumanLead';
import { decodeModel, encodeModel } from '../../src/policy/learned/storedModel';
import { normalizeText } from '../../src/policy/text/normalizeText';
import { trainModel } from '../eval/trainHumanLeadModel';
import { buildTicket, demoSettings, NOW } from '../support/buildTicket';
import { DISGUISES, disguiseText, type DisguiseName } from '../support/disguise';

const settings = demoSettings();
const MODEL = shippedModel();
const toy: LearnedModel = { trainedOn: 'toy', threshold: 0.7, bias: -2, features: 'b:next_invoice w:refund s:cance', weights: [3, 1, 0.5] };

describe('the learned reader', () => {
  it('reads words, five-letter stems and word pairs, folded', () => {
    const f = addFeatures('Cancelamos la suscripción', new Set());
    expect([...f]).toEqual(expect.arrayContaining(['w:cancelamos', 's:cance', 'b:cancelamos_la', 'w:suscripcion', 's:suscr']));
    expect(describeFeature('b:next_invoice')).toBe('next invoice');
  });

  it('raises only at its threshold, naming the words that weighed most', () => {
    expect(predictHumanLead(['Please take it off the next invoice'], toy)).toMatchObject({ raises: true, strongest: ['next invoice'] });
    expect(predictHumanLead(['Where is the invoice page?'], toy).raises).toBe(false);
  });

  it('scores exactly the features training sees, looked up without building their names', () => {
    const names = MODEL.features.split(' ');
    const weight = new Map(names.map((f, i) => [f, MODEL.weights[i]!]));
    const vocabulary = names.map(describeFeature).join(' ').split(/\s+/);
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...vocabulary, 'Über', 'the', 'Café'), { maxLength: 30 }).map((w) => w.join(' ')), { maxLength: 3 }), (texts) => {
        const features = new Set<string>();
        for (const text of texts) addFeatures(text, features);
        let z = MODEL.bias;
        for (const f of features) z += weight.get(f) ?? 0;
        expect(predictHumanLead(texts).probability).toBeCloseTo(1 / (1 + Math.exp(-z)), 10);
      }),
    );
  });

  it('refuses a damaged model instead of reading with it', () => {
    expect(() => predictHumanLead(['x'], { ...toy, weights: [1] })).toThrow(/damaged/);
    expect(() => decodeModel({ ...encodeModel(toy), weights: 'AQ' })).toThrow(/damaged: 3 features for 1 weights/);
    expect(() => decodeModel({ ...encodeModel(toy), weights: '!!!!' })).toThrow(/not base64/);
  });

  it('ships each weight as one byte of a common scale, and reads back what it stored', () => {
    const back = decodeModel(encodeModel(toy));
    back.weights.forEach((w, i) => expect(Math.abs(w - toy.weights[i]!)).toBeLessThanOrEqual(encodeModel(toy).scale / 2));
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 40 }), (weights) => {
        const model: LearnedModel = { ...toy, features: weights.map((_, i) => `w:f${i}`).join(' '), weights };
        const stored = encodeModel(model);
        const decoded = decodeModel(stored);
        expect(decoded.weights).toHaveLength(weights.length);
        decoded.weights.forEach((w, i) => expect(Math.abs(w - weights[i]!)).toBeLessThanOrEqual(stored.scale / 2 + 1e-9));
        expect(encodeModel(decoded)).toEqual(stored);
      }),
    );
  });

  it('never lowers a lane, and a raise says that a learned model read the ticket', () => {
    const verdict = (lane: Lane): LaneVerdict => ({ lane, reason: 'rules', rule: { id: 'raised', factors: [] } });
    const raised = raiseByLearnedReader(verdict(1), { texts: ['Please take it off the next invoice'] }, toy);
    expect(raised).toMatchObject({ lane: 3, rule: { id: 'learned_human_lead', from: 1, words: ['next invoice'] } });
    expect(raised.reason).toMatch(/learned reader, inferred/);
    expect(raiseByLearnedReader(verdict(2), { texts: ['Where is the invoice page?'] }, toy).lane).toBe(2);
    fc.assert(
      fc.property(fc.constantFrom<Lane>(1, 2, 3), fc.array(fc.string({ maxLength: 80 }), { maxLength: 3 }), fc.array(fc.constantFrom('next invoice', 'refund', 'cancel', 'how do I'), { maxLength: 4 }), (lane, noise, words) => {
        const texts = [...noise, words.join(' ')];
        expect(raiseByLearnedReader(verdict(lane), { texts }, toy).lane).toBeGreaterThanOrEqual(lane);
        expect(raiseByLearnedReader(verdict(lane), { texts }).lane).toBeGreaterThanOrEqual(lane);
      }),
    );
  });

  it('raises the shipped model on the words it weighs most, with the decision saying so', () => {
    const names = MODEL.features.split(' ');
    const strongest = names.map((f, i) => [f, MODEL.weights[i]!] as const).filter(([f, w]) => f.startsWith('w:') && w > 0).sort((a, b) => b[1] - a[1]).slice(0, 20).map(([f]) => describeFeature(f)).join(' ');
    const d = raiseByLearnedReader({ lane: 1, reason: 'rules', rule: { id: 'family_allowed', family: 'documentation', inferred: false } }, { texts: [strongest] });
    expect(d.lane).toBe(3);
    const decision = scoreTicket(buildTicket({ subject: 'Question', description: 'How do I export a board to CSV?', family: 'documentation' }), { ...settings, nowMs: NOW });
    expect(decision.lane).toBe(1);
  });

  it('sees the same features through every disguise', () => {
    const text = 'We expect the unused months back and the difference credited on the next invoice, or we cancel.';
    const plain = addFeatures(normalizeText(text), new Set());
    for (const name of Object.keys(DISGUISES) as DisguiseName[]) {
      if (name === 'letters spaced out') continue; // joined words lose nothing, but pairs across wide gaps may differ
      expect([...addFeatures(normalizeText(disguiseText(text, name)), new Set())].sort()).toEqual([...plain].sort());
    }
  });

  it('ships the weights that training on the develop sets gives, no others', () => {
    expect(trainModel(new Set()).model).toEqual(STORED);
  }, 120_000);
});
