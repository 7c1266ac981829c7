import { describe, expect, it } from 'vitest';
import shipped from '../../../data/politeness/weights.json';
import { detectCues } from '../cues/index.ts';
import { politeness, politenessWhy } from '../cues/politeness.ts';
import { analyze } from '../text/analyze.ts';
import { extractFeatures, FEATURE_NAMES } from './features.ts';
import {
  neutralScore,
  type PolitenessWeights,
  parseWeights,
  scoreFeatures,
  scorePoliteness,
} from './model.ts';

function score(text: string) {
  const analyzed = analyze(text);
  return scorePoliteness(analyzed, detectCues(analyzed));
}

describe('the shipped weights (data/politeness/weights.json)', () => {
  it('have one finite weight, mean and positive std per feature, in the code’s order', () => {
    const weights = parseWeights(shipped);
    expect(weights.features.map((f) => f.name)).toEqual([...FEATURE_NAMES]);
    for (const f of weights.features) {
      expect(Number.isFinite(f.weight)).toBe(true);
      expect(f.std).toBeGreaterThan(0);
      expect(f.mean).toBeGreaterThanOrEqual(-1);
      expect(f.mean).toBeLessThanOrEqual(1);
    }
  });

  it('record provenance and a cross-validated accuracy well above chance', () => {
    expect(shipped.trainedOn.licence).toBe('CC BY 4.0');
    expect(shipped.trainedOn.polite.rows).toBe(shipped.trainedOn.impolite.rows);
    expect(shipped.metrics.foldAccuracies).toHaveLength(shipped.training.folds);
    expect(shipped.metrics.crossValidatedAccuracy).toBeGreaterThan(0.7);
    expect(shipped.metrics.crossValidatedAccuracy).toBeLessThan(1);
  });

  it('learned the directions politeness theory predicts', () => {
    const weight = (name: string) => shipped.features.find((f) => f.name === name)!.weight;
    for (const polite of ['gratitude', 'greeting', 'apology', 'counterfactual-modal', 'deference'])
      expect(weight(polite), polite).toBeGreaterThan(0);
    for (const rude of [
      'direct-start',
      'factuality',
      'imperative',
      'negative-lexicon',
      'second-person-start',
    ])
      expect(weight(rude), rude).toBeLessThan(0);
  });
});

describe('parseWeights', () => {
  const good = () => JSON.parse(JSON.stringify(shipped));
  it('rejects a malformed file with a message naming the problem', () => {
    expect(() => parseWeights(null)).toThrow(/expected an object/);
    expect(() => parseWeights({ ...good(), bias: 'x' })).toThrow(/bias/);
    const missing = good();
    missing.features.pop();
    expect(() => parseWeights(missing)).toThrow(/no weight for sentiment/);
    const unknown = good();
    unknown.features[0].name = 'telepathy';
    expect(() => parseWeights(unknown)).toThrow(/unknown feature "telepathy"/);
    const twice = good();
    twice.features[1].name = twice.features[0].name;
    expect(() => parseWeights(twice)).toThrow(/appears twice/);
    const flat = good();
    flat.features[2].std = 0;
    expect(() => parseWeights(flat)).toThrow(/std must be a positive number/);
  });
});

describe('scoreFeatures', () => {
  it('computes tanh(z / 2) from standardised values, with each present feature’s contribution', () => {
    const weights: PolitenessWeights = {
      bias: 0.5,
      features: FEATURE_NAMES.map((name) => ({
        name,
        mean: name === 'gratitude' ? 0.2 : 0,
        std: name === 'gratitude' ? 0.4 : 1,
        weight: name === 'gratitude' ? 1 : name === 'imperative' ? -2 : 0,
      })),
    };
    const features = extractFeatures(analyze('Thanks for the offer.'), [
      { type: 'gratitude', start: 0, end: 6, confidence: 0.95, triggers: ['Thanks'] },
    ]);
    const result = scoreFeatures(features, weights);
    // z = 0.5 + 1 * (1 - 0.2) / 0.4 = 2.5
    expect(result.score).toBeCloseTo(Math.round(Math.tanh(1.25) * 100) / 100, 10);
    expect(result.contributions[0]).toEqual({
      feature: 'gratitude',
      contribution: 2.5,
      triggers: ['Thanks'],
    });
  });
});

describe('scorePoliteness', () => {
  it.each([
    '',
    'No.',
    'Send me the contract now!!!',
    'Thank you so much, I really appreciate it, could you please, if you have a moment, share the deck? Thanks again!',
    'The shipment arrived on Tuesday. '.repeat(50),
  ])('stays in [-1, 1] with two decimals: %j', (text) => {
    const { score: s } = score(text);
    expect(s).toBeGreaterThanOrEqual(-1);
    expect(s).toBeLessThanOrEqual(1);
    expect(Math.round(s * 100) / 100).toBe(s);
  });

  it.each([
    [
      'Could you please send me the signed contract when you have a moment? Thanks!',
      'Send me the signed contract.',
    ],
    ['Hi Ken, thank you for the quick reply.', 'So, where is the payment?'],
    ['Sorry to bother you again, would you mind checking the invoice?', 'You need to check the invoice.'],
    [
      'Great point about the rollout. I think we might adjust the timeline a little.',
      'In fact, your timeline is wrong.',
    ],
    ['Would it be possible to meet on Friday?', 'Why can’t we meet on Friday?'],
    [
      'I’m really glad you had a good trip. What did you think of our offer?',
      'So, do you want to buy our product?',
    ],
  ])('%j reads politer than %j', (polite, rude) => {
    expect(score(polite).score).toBeGreaterThan(score(rude).score);
    expect(score(polite).score).toBeGreaterThan(0);
    expect(score(rude).score).toBeLessThan(0);
  });

  it('names the features and words that moved the score, largest first', () => {
    const warm = score('Thank you, Anna! Could you share the slides?');
    expect(warm.contributions[0]).toMatchObject({ feature: 'gratitude', triggers: ['Thank you'] });
    expect(warm.contributions.map((c) => c.feature)).toContain('counterfactual-modal');
    const cold = score('Send me the contract.');
    expect(cold.contributions[0]).toMatchObject({ feature: 'imperative', triggers: ['Send'] });
    expect(cold.contributions[0]!.contribution).toBeLessThan(0);
    const sizes = warm.contributions.map((c) => Math.abs(c.contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('scores a text with no marker at the neutral score, below zero', () => {
    expect(score('The shipment arrived on Tuesday.').score).toBe(neutralScore());
    expect(neutralScore()).toBeLessThan(0);
    expect(score('Thanks, the shipment arrived on Tuesday.').score).toBeGreaterThan(neutralScore());
    expect(score('Send the shipment on Tuesday.').score).toBeLessThan(neutralScore());
  });
});

describe('politeness (the cue-level entry point)', () => {
  it('uses the whole text when given, and still ranks from cues alone', () => {
    const polite = analyze('Thank you! Could you please send the deck?');
    const rude = analyze('Send me the deck.');
    const politeCues = detectCues(polite);
    const rudeCues = detectCues(rude);
    expect(politeness(politeCues, polite)).toBe(scorePoliteness(polite, politeCues).score);
    expect(politeness(politeCues, polite)).toBeGreaterThan(politeness(rudeCues, rude));
    expect(politeness(politeCues)).toBeGreaterThan(politeness(rudeCues));
    expect(politenessWhy(polite, politeCues, 2)).toHaveLength(2);
  });
});
