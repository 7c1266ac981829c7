import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { findTokenIndex } from './tokens.ts';

describe('findTokenIndex', () => {
  const { tokens } = analyze('Hi Ann, as discussed: send it, please, by Friday.');
  const comma = (t: { value: string }) => t.value === ',';

  it('finds what findIndex finds inside the range, and nothing outside it', () => {
    for (let from = 0; from <= tokens.length; from++) {
      for (let to = from; to <= tokens.length + 2; to++) {
        const expected = tokens.findIndex((t, k) => k >= from && k < to && comma(t));
        expect(findTokenIndex(tokens, from, to, comma)).toBe(expected);
      }
    }
  });

  it('gives -1 for an empty range', () => {
    expect(findTokenIndex(tokens, 3, 3, () => true)).toBe(-1);
    expect(findTokenIndex(tokens, 5, 2, () => true)).toBe(-1);
  });
});
