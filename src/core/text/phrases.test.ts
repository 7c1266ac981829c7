import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { phrases } from './phrases.ts';

describe('phrases', () => {
  const first = phrases(['thanks|thx', 'let me know']);
  const later = phrases(['send ~2 contract', 'by friday']);

  it('matches on normal forms and lemmas, gaps included', () => {
    const text = analyze('Thanks! Please send me the contract by Friday and let me know.');
    expect(first.find(text).map((m) => m.phrase)).toEqual(['thanks|thx', 'let me know']);
    expect(later.find(text).map((m) => m.phrase)).toEqual(['send ~2 contract', 'by friday']);
  });

  it('finds the same in a text scanned before the lexicon was first used', () => {
    const scannedEarly = analyze('Send the contract by Friday, thanks.');
    const fresh = analyze('Send the contract by Friday, thanks.');
    const another = phrases(['the contract']);
    expect(first.test(scannedEarly)).toBe(true);
    // `another` joins the index now: the early text is scanned again for it alone.
    expect(another.find(scannedEarly)).toEqual(another.find(fresh));
    expect(later.find(scannedEarly)).toEqual(later.find(fresh));
    expect(first.find(scannedEarly)).toEqual(first.find(fresh));
    expect(another.any(scannedEarly)).toBe(true);
  });

  it('answers range queries within a sentence', () => {
    const text = analyze('Let me know. Thanks.');
    const [one, two] = text.sentences;
    expect(first.test(text, one!.firstToken, one!.endToken)).toBe(true);
    expect(first.find(text, two!.firstToken, two!.endToken).map((m) => m.phrase)).toEqual(['thanks|thx']);
  });
});
