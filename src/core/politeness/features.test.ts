import { describe, expect, it } from 'vitest';
import { detectCues } from '../cues/index.ts';
import { analyze } from '../text/analyze.ts';
import { cueFeatures, extractFeatures, FEATURE_NAMES, type FeatureName, featureVector } from './features.ts';

function features(text: string) {
  const analyzed = analyze(text);
  return extractFeatures(analyzed, detectCues(analyzed));
}

function present(text: string): FeatureName[] {
  const f = features(text);
  return FEATURE_NAMES.filter((n) => n !== 'sentiment' && f.values[n] === 1);
}

describe('extractFeatures', () => {
  it.each<[string, FeatureName, string[]]>([
    ['Thanks a lot for the quick answer.', 'gratitude', ['Thanks']],
    ['I really appreciate the help with the pricing sheet.', 'gratitude', ['appreciate']],
    ['Great work on the proposal. Could we meet on Monday?', 'deference', ['Great']],
    ['Hello Anna, the pilot starts next week.', 'greeting', ['Hello']],
    ['Sorry for the delay with the figures.', 'apology', ['Sorry']],
    ['Could you please send the deck?', 'please', ['please']],
    ['Please send the deck today.', 'please-start', ['Please']],
    ['By the way, the office moves in May.', 'by-the-way', ['By the way']],
    ['Why is the invoice still unpaid?', 'direct-question', ['Why']],
    ['So the contract is ready.', 'direct-start', ['So']],
    ['Would you have a moment on Friday?', 'counterfactual-modal', ['Would you']],
    ['Can you check the numbers?', 'indicative-modal', ['Can you']],
    ['It would be great if you could join the call.', 'subjunctive', ['It would be great', 'if you could']],
    ['I have updated the offer.', 'first-person-start', ['I']],
    ['The offer is what I promised.', 'first-person', ['I']],
    ['The offer is what we promised.', 'first-person-plural', ['we']],
    ['You forgot the attachment.', 'second-person-start', ['You']],
    ['The attachment is not in your email.', 'second-person', ['your']],
    ['In fact the price already includes support.', 'factuality', ['In fact']],
    ['Send me the signed contract.', 'imperative', ['Send']],
    ['This estimate is wrong.', 'negative-evaluation', ['wrong']],
    ['The team was happy with the demo.', 'positive-lexicon', ['happy']],
    ['The demo was a disaster and a stupid idea.', 'negative-lexicon', ['stupid']],
    ['We signed it!', 'exclamation', ['!']],
  ])('%j sets %s, triggered by %j', (text, name, words) => {
    const f = features(text);
    expect(f.values[name]).toBe(1);
    for (const w of words) expect(f.triggers[name]).toContain(w);
  });

  it('tells "please" at the start from "please" inside a sentence', () => {
    expect(present('Please call me.')).toContain('please-start');
    expect(present('Please call me.')).not.toContain('please');
    expect(present('Call me, please.')).toContain('please');
    expect(present('Call me, please.')).not.toContain('please-start');
  });

  it('does not count a negated opinion word as positive', () => {
    expect(present('The demo was not good.')).not.toContain('positive-lexicon');
    expect(present('The demo was good.')).toContain('positive-lexicon');
  });

  it('leaves a plain statement almost bare', () => {
    expect(present('The shipment arrived on Tuesday.')).toEqual([]);
    expect(features('The shipment arrived on Tuesday.').values.sentiment).toBe(0);
  });

  it('keeps sentiment in [-1, 1] with the most telling sentence as its trigger', () => {
    const warm = features('The meeting was lovely. The room was on the second floor.');
    expect(warm.values.sentiment).toBeGreaterThan(0);
    expect(warm.triggers.sentiment).toEqual(['The meeting was lovely.']);
    const cold = features('This is a terrible, awful offer.');
    expect(cold.values.sentiment).toBeLessThan(0);
    expect(cold.values.sentiment).toBeGreaterThanOrEqual(-1);
  });

  it('gives a vector in FEATURE_NAMES order, binary except sentiment', () => {
    const f = features('Hi Tom, thanks! Could you please send the file?');
    const v = featureVector(f);
    expect(v).toHaveLength(FEATURE_NAMES.length);
    FEATURE_NAMES.forEach((n, i) => {
      expect(v[i]).toBe(f.values[n]);
      if (n !== 'sentiment') expect([0, 1]).toContain(v[i]);
    });
  });

  it('handles empty text', () => {
    const f = features('');
    expect(featureVector(f).every((v) => v === 0)).toBe(true);
  });
});

describe('cueFeatures', () => {
  it('sets only the cue-based features and marks the rest unknown', () => {
    const text = 'Thanks! Send me the contract.';
    const analyzed = analyze(text);
    const f = cueFeatures(text, detectCues(analyzed));
    expect(f.values.gratitude).toBe(1);
    expect(f.values.imperative).toBe(1);
    expect(f.values.apology).toBe(0);
    expect(Number.isNaN(f.values['counterfactual-modal'])).toBe(true);
    expect(Number.isNaN(f.values.sentiment)).toBe(true);
  });
});
