import { describe, expect, it } from 'vitest';
import {
  accuracy,
  binaryCounts,
  bootstrapF1,
  cohensKappa,
  confusion,
  deltas,
  fnv1a,
  isHeldOut,
  microCounts,
  multiLabelCounts,
  NONE,
  scores,
  wilson,
} from './metrics.ts';

describe('scores', () => {
  it('computes precision, recall and F1 from counts', () => {
    const s = scores({ tp: 8, fp: 2, fn: 4, tn: 86 });
    expect(s.precision).toBe(0.8);
    expect(s.recall).toBe(0.667);
    // 2*8 / (16 + 2 + 4) = 16/22
    expect(s.f1).toBe(0.727);
    expect(s.support).toBe(12);
  });

  it('leaves undefined ratios null instead of dividing by zero', () => {
    const nothingPredicted = scores({ tp: 0, fp: 0, fn: 3, tn: 5 });
    expect(nothingPredicted.precision).toBeNull();
    expect(nothingPredicted.recall).toBe(0);
    expect(nothingPredicted.f1).toBe(0);
    const nothingAtAll = scores({ tp: 0, fp: 0, fn: 0, tn: 5 });
    expect(nothingAtAll.recall).toBeNull();
    expect(nothingAtAll.f1).toBeNull();
  });
});

describe('multiLabelCounts', () => {
  const items = [
    { expected: ['a', 'b'], predicted: ['a'] },
    { expected: [], predicted: ['b'] },
    { expected: ['b'], predicted: ['b', 'a'] },
    { expected: [], predicted: [] },
  ];

  it('counts each label as a binary decision per item', () => {
    const c = multiLabelCounts(items, ['a', 'b']);
    expect(c.a).toEqual({ tp: 1, fp: 1, fn: 0, tn: 2 });
    expect(c.b).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
  });

  it('sums counts for the micro average', () => {
    expect(microCounts(multiLabelCounts(items, ['a', 'b']))).toEqual({ tp: 2, fp: 2, fn: 1, tn: 3 });
  });

  it('ignores duplicate labels in one item', () => {
    const c = multiLabelCounts([{ expected: ['a', 'a'], predicted: ['a', 'a', 'a'] }], ['a']);
    expect(c.a).toEqual({ tp: 1, fp: 0, fn: 0, tn: 0 });
  });
});

describe('confusion', () => {
  it('puts hits on the diagonal, pairs misses with false alarms, and uses (none) otherwise', () => {
    const table = confusion([
      { expected: ['a'], predicted: ['a'] },
      { expected: ['a'], predicted: ['b'] },
      { expected: ['a'], predicted: [] },
      { expected: [], predicted: ['b'] },
      { expected: [], predicted: [] },
      { expected: ['a', 'b'], predicted: ['a'] },
      { expected: ['b'], predicted: ['b', 'a'] },
    ]);
    expect(table).toEqual({
      a: { a: 2, b: 1, [NONE]: 1 },
      b: { b: 1, [NONE]: 1 },
      [NONE]: { a: 1, b: 1, [NONE]: 1 },
    });
  });
});

describe('binary counts and accuracy', () => {
  it('counts a binary decision', () => {
    const c = binaryCounts([
      { expected: true, predicted: true },
      { expected: true, predicted: false },
      { expected: false, predicted: true },
      { expected: false, predicted: false },
      { expected: false, predicted: false },
    ]);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1, tn: 2 });
    expect(accuracy(c)).toBe(0.6);
    expect(accuracy({ tp: 0, fp: 0, fn: 0, tn: 0 })).toBeNull();
  });
});

describe('deterministic split', () => {
  it('hashes with FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('holds out about one item in five, the same ones every time', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `sentence ${i}`);
    const held = keys.filter((k) => isHeldOut(k));
    expect(held.length).toBeGreaterThan(320);
    expect(held.length).toBeLessThan(480);
    expect(keys.filter((k) => isHeldOut(k))).toEqual(held);
  });
});

describe('deltas', () => {
  it('lists changed numeric leaves with their difference', () => {
    const before = { cues: { a: { precision: 0.5, recall: 0.4 } }, n: 10 };
    const after = { cues: { a: { precision: 0.75, recall: 0.4 }, b: { precision: 1 } }, n: 10 };
    expect(deltas(before, after)).toEqual([
      { path: 'cues.a.precision', before: 0.5, after: 0.75, delta: 0.25 },
      { path: 'cues.b.precision', before: null, after: 1, delta: null },
    ]);
  });

  it('treats null as no value and can filter paths', () => {
    expect(deltas({ x: null, y: 1 }, { x: 0.5, y: 2 }, (p) => p === 'x')).toEqual([
      { path: 'x', before: null, after: 0.5, delta: null },
    ]);
  });
});

describe('cohensKappa', () => {
  it('discounts the agreement two raters would reach by chance', () => {
    // 50 cases: both yes 20, both no 15, only the first 5, only the second 10.
    // observed 35/50 = 0.7; chance (25*30 + 25*20) / 2500 = 0.5; kappa (0.7 - 0.5) / 0.5 = 0.4
    expect(cohensKappa({ tp: 20, fn: 5, fp: 10, tn: 15 })).toBe(0.4);
  });

  it('is 1 for perfect agreement and 0 or below when agreement is only chance', () => {
    expect(cohensKappa({ tp: 7, fp: 0, fn: 0, tn: 13 })).toBe(1);
    // each rater says yes half the time, independently: observed 0.5 = chance
    expect(cohensKappa({ tp: 5, fp: 5, fn: 5, tn: 5 })).toBe(0);
    expect(cohensKappa({ tp: 0, fp: 4, fn: 6, tn: 0 })).toBeLessThan(0);
  });

  it('is null when there is nothing to compare or both raters never vary', () => {
    expect(cohensKappa({ tp: 0, fp: 0, fn: 0, tn: 0 })).toBeNull();
    expect(cohensKappa({ tp: 0, fp: 0, fn: 0, tn: 9 })).toBeNull();
  });
});

describe('bootstrapF1', () => {
  // 40 cases: 20 with label "a", of which the tool finds 15, and 2 false alarms.
  const items = Array.from({ length: 40 }, (_, i) => ({
    expected: i < 20 ? ['a'] : [],
    predicted: i < 15 || i >= 38 ? ['a'] : [],
  }));

  it('brackets the F1 of the whole set with an interval that is neither empty nor everything', () => {
    const f1 = scores(multiLabelCounts(items, ['a']).a!).f1!;
    const { perLabel, micro } = bootstrapF1(items, ['a'], 500);
    const [low, high] = perLabel.a!;
    expect(low).toBeLessThan(f1);
    expect(high).toBeGreaterThan(f1);
    expect(high - low).toBeGreaterThan(0.05);
    expect(high - low).toBeLessThan(0.5);
    expect(micro).toEqual(perLabel.a);
  });

  it('narrows as the same proportions come from more cases', () => {
    const many = Array.from({ length: 10 }, () => items).flat();
    const width = (xs: typeof items) => {
      const [low, high] = bootstrapF1(xs, ['a'], 500).perLabel.a!;
      return high - low;
    };
    expect(width(many)).toBeLessThan(width(items) / 2);
  });

  it('repeats exactly with the same seed, and has no interval for a label never seen', () => {
    expect(bootstrapF1(items, ['a', 'b'], 200)).toEqual(bootstrapF1(items, ['a', 'b'], 200));
    expect(bootstrapF1(items, ['a', 'b'], 200).perLabel.b).toBeNull();
  });
});

describe('wilson', () => {
  it('gives the textbook interval of a proportion', () => {
    // 9 of 123: 0.073, Wilson 95% interval 0.039-0.133.
    expect(wilson(9, 123)).toEqual([0.039, 0.133]);
    expect(wilson(0, 50)![0]).toBe(0);
    expect(wilson(0, 0)).toBeNull();
  });
});
