import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreTicket, type Lane } from '../../src/policy';
import type { LaneVerdict } from '../../src/policy/decideLane';
import { raiseByLearnedReader } from '../../src/policy/learned/raiseByLearnedReader';
import STORED from '../../src/policy/learned/humanLeadModel.json';
import { addFeatures, featurePlace } from '../../src/policy/learned/modelFeatures';
import { predictHumanLead, shippedModel, type LearnedModel } from '../../src/policy/learned/predictHumanLead';
import { decodeModel, encodeModel } from '../../src/policy/learned/storedModel';
import { normalizeText } from '../../src/policy/text/normalizeText';
import { trainModel } from '../eval/trainHumanLeadModel';
import { buildTicket, demoSettings, NOW } from '../support/buildTicket';
import { DISGUISES, disguiseText, type DisguiseName } from '../support/disguise';

const settings = demoSettings();
const MODEL = shippedModel();
const BITS = 20;
/** A model of named features, hashed to their places as training ships them. */
function modelOf(named: Record<string, number>, rest: Partial<LearnedModel> = {}): LearnedModel {
  const byPlace = new Map(Object.entries(named).map(([f, w]) => [featurePlace(f, BITS), w]));
  const places = [...byPlace.keys()].sort((a, b) => a - b);
  return { trainedOn: 'toy', threshold: 0.7, bias: -2, bits: BITS, places, weights: places.map((p) => byPlace.get(p)!), ...rest };
}
const toy = modelOf({ 'b:next_invoice': 3, 'w:refund': 1, 's:cance': 0.5 });
// Words a support ticket may hold, in the seven languages, for probing the shipped model.
const VOCABULARY = `refund refunds credit credited cancel cancellation terminate contract lawyer legal court invoice charged
  charge back money compensation unacceptable breach hacked compromised gdpr delete deletion admin owner ownership
  dispute chargeback waive waiver fee fees discount outage downtime sla months unused difference next how export board
  reembolso reembolsar rimborso erstattung gutschrift remboursement avoir terugbetaling devolver abogado anwalt avocat
  advocaat avvocato kündigen annuler cancelar disdire opzeggen the and we our you please`.split(/\s+/);

describe('the learned reader', () => {
  it('reads words, five-letter stems and word pairs, folded', () => {
    const f = addFeatures('Cancelamos la suscripción', new Set());
    expect([...f]).toEqual(expect.arrayContaining(['w:cancelamos', 's:cance', 'b:cancelamos_la', 'w:suscripcion', 's:suscr']));
  });

  it('raises only at its threshold, naming the words that weighed most', () => {
    expect(predictHumanLead(['Please take it off the next invoice'], toy)).toMatchObject({ raises: true, strongest: ['next invoice'] });
    expect(predictHumanLead(['Where is the invoice page?'], toy).raises).toBe(false);
  });

  it('scores exactly the features training sees, hashed to their places without building their names', () => {
    const weight = new Map(MODEL.places.map((p, i) => [p, MODEL.weights[i]!]));
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...VOCABULARY, 'Über', 'Café', 'cancelamos'), { maxLength: 30 }).map((w) => w.join(' ')), { maxLength: 3 }), (texts) => {
        const features = new Set<string>();
        for (const text of texts) addFeatures(text, features);
        const places = new Set([...features].map((f) => featurePlace(f, MODEL.bits)));
        let z = MODEL.bias;
        for (const p of places) z += weight.get(p) ?? 0;
        expect(predictHumanLead(texts).probability).toBeCloseTo(1 / (1 + Math.exp(-z)), 10);
      }),
    );
  });

  it('refuses a damaged model instead of reading with it', () => {
    expect(() => predictHumanLead(['x'], { ...toy, weights: [1] })).toThrow(/damaged/);
    expect(() => decodeModel({ ...encodeModel(toy), weights: 'AQ' })).toThrow(/damaged: 3 places for 1 weights/);
    expect(() => decodeModel({ ...encodeModel(toy), weights: '!!!!' })).toThrow(/not base64/);
    expect(() => decodeModel({ ...encodeModel(toy), bits: 40 })).toThrow(/damaged: 40 bits/);
    expect(() => decodeModel({ ...encodeModel(toy), places: 'gA' })).toThrow(/cut short/);
    expect(() => encodeModel({ ...toy, places: [...toy.places].reverse() })).toThrow(/out of order/);
  });

  it('ships each weight as one byte of a common scale, and reads back what it stored', () => {
    const back = decodeModel(encodeModel(toy));
    back.weights.forEach((w, i) => expect(Math.abs(w - toy.weights[i]!)).toBeLessThanOrEqual(encodeModel(toy).scale / 2));
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 40 }), (weights) => {
        const model: LearnedModel = { ...toy, places: weights.map((_, i) => i * 977 + (i % 3)), weights };
        const stored = encodeModel(model);
        const decoded = decodeModel(stored);
        expect(decoded.weights).toHaveLength(weights.length);
        expect(decoded.places).toEqual(model.places);
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
    const alone = (w: string) => predictHumanLead([w]).probability;
    const strongest = [...VOCABULARY].sort((a, b) => alone(b) - alone(a)).slice(0, 20);
    const d = raiseByLearnedReader({ lane: 1, reason: 'rules', rule: { id: 'family_allowed', family: 'documentation', inferred: false } }, { texts: [strongest.join(' ')] });
    expect(d.lane).toBe(3);
    // The words named are the customer's own, as they stand in the text.
    if (d.rule.id === 'learned_human_lead') for (const said of d.rule.words) expect(strongest.join(' ')).toContain(said.replace('…', ''));
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
