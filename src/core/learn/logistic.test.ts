import { describe, expect, it } from 'vitest';
import {
  crossValidate,
  fitStandardizer,
  logit,
  seededRandom,
  sigmoid,
  solve,
  standardize,
  stratifiedFolds,
  trainLogistic,
  trainSparseLogistic,
} from './logistic.ts';

/** Two noisy features; the label follows 2*a - b plus noise. */
function synthetic(n: number, seed: number) {
  const random = seededRandom(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = random() * 2 - 1;
    const b = random() * 2 - 1;
    const noise = (random() - 0.5) * 0.5;
    x.push([a, b, random()]);
    y.push(2 * a - b + noise > 0 ? 1 : 0);
  }
  return { x, y };
}

describe('solve', () => {
  it('solves a small linear system', () => {
    const x = solve(
      [
        [4, 1, 0],
        [1, 3, 1],
        [0, 1, 2],
      ],
      [6, 9.5, 7],
    );
    expect(x[0]).toBeCloseTo(1, 10);
    expect(x[1]).toBeCloseTo(2, 10);
    expect(x[2]).toBeCloseTo(2.5, 10);
  });

  it('refuses a singular matrix', () => {
    expect(() =>
      solve(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toThrow(/singular/);
  });
});

describe('sigmoid', () => {
  it('is stable at the extremes', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(2) + sigmoid(-2)).toBeCloseTo(1, 12);
  });
});

describe('standardisation', () => {
  it('centres and scales each column; a constant column becomes 0', () => {
    const rows = [
      [1, 10, 5],
      [3, 20, 5],
      [5, 30, 5],
    ];
    const s = fitStandardizer(rows);
    expect(s.mean).toEqual([3, 20, 5]);
    expect(s.std[2]).toBe(1);
    const z = rows.map((r) => standardize(r, s));
    expect(z[0]![0]).toBeCloseTo(-Math.sqrt(1.5), 10);
    expect(z.map((r) => r[2])).toEqual([0, 0, 0]);
  });
});

describe('trainLogistic', () => {
  it('learns the direction of a linear rule', () => {
    const { x, y } = synthetic(600, 1);
    const model = trainLogistic(x, y, { l2: 0.1 });
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[1]).toBeLessThan(0);
    expect(Math.abs(model.weights[2]!)).toBeLessThan(Math.abs(model.weights[1]!) / 4);
    // The ratio of the first two weights follows the rule 2a - b.
    expect(model.weights[0]! / -model.weights[1]!).toBeGreaterThan(1.4);
    expect(model.weights[0]! / -model.weights[1]!).toBeLessThan(2.8);
    const correct = x.filter((r, i) => (logit(model, r) >= 0 ? 1 : 0) === y[i]).length;
    expect(correct / x.length).toBeGreaterThan(0.9);
  });

  it('shrinks the weights as the L2 penalty grows', () => {
    const { x, y } = synthetic(300, 2);
    const loose = trainLogistic(x, y, { l2: 0.01 });
    const tight = trainLogistic(x, y, { l2: 100 });
    const norm = (w: number[]) => Math.hypot(...w);
    expect(norm(tight.weights)).toBeLessThan(norm(loose.weights) / 3);
  });

  it('reaches the optimum: the penalised gradient is zero', () => {
    const { x, y } = synthetic(200, 3);
    const l2 = 1;
    const model = trainLogistic(x, y, { l2 });
    const gradient = [0, 0, 0, 0];
    x.forEach((row, i) => {
      const residual = sigmoid(logit(model, row)) - y[i]!;
      row.forEach((v, j) => {
        gradient[j]! += residual * v;
      });
      gradient[3]! += residual;
    });
    model.weights.forEach((w, j) => {
      gradient[j]! += l2 * w;
    });
    for (const g of gradient) expect(Math.abs(g)).toBeLessThan(1e-6);
  });

  it('puts the base rate in the bias when the features say nothing', () => {
    const x = Array.from({ length: 100 }, () => [0]);
    const y = Array.from({ length: 100 }, (_, i) => (i < 75 ? 1 : 0));
    const model = trainLogistic(x, y, { l2: 1 });
    expect(sigmoid(model.bias)).toBeCloseTo(0.75, 6);
  });
});

describe('folds and cross-validation', () => {
  it('makes stratified folds, the same for the same seed', () => {
    const y = Array.from({ length: 103 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const folds = stratifiedFolds(y, 10, 42);
    expect(stratifiedFolds(y, 10, 42)).toEqual(folds);
    expect(stratifiedFolds(y, 10, 43)).not.toEqual(folds);
    for (let f = 0; f < 10; f++) {
      const inFold = y.filter((_, i) => folds[i] === f);
      expect(inFold.length).toBeGreaterThanOrEqual(10);
      expect(inFold.length).toBeLessThanOrEqual(11);
      const positives = inFold.filter((v) => v === 1).length;
      expect(positives).toBeGreaterThanOrEqual(3);
      expect(positives).toBeLessThanOrEqual(4);
    }
  });

  it('reports one accuracy per fold and their mean; chance on noise, high on signal', () => {
    const { x, y } = synthetic(400, 4);
    const signal = crossValidate(x, y, { l2: 1, k: 5, seed: 7 });
    expect(signal.folds).toHaveLength(5);
    expect(signal.mean).toBeCloseTo(signal.folds.reduce((a, b) => a + b, 0) / 5, 12);
    expect(signal.mean).toBeGreaterThan(0.9);
    const random = seededRandom(9);
    const noise = crossValidate(
      x.map(() => [random(), random()]),
      y,
      { l2: 1, k: 5, seed: 7 },
    );
    expect(noise.mean).toBeLessThan(0.65);
  });
});

describe('trainSparseLogistic', () => {
  it('finds the same optimum as Newton’s method on sparse binary rows', () => {
    const random = seededRandom(11);
    const dimension = 6;
    const rows: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 300; i++) {
      const active = [...Array(dimension).keys()].filter(() => random() < 0.3);
      rows.push(active);
      const signal = (active.includes(0) ? 1.5 : 0) - (active.includes(1) ? 1.5 : 0) + (random() - 0.5) * 2;
      y.push(signal > 0 ? 1 : 0);
    }
    const dense = rows.map((r) => [...Array(dimension).keys()].map((j) => (r.includes(j) ? 1 : 0)));
    const exact = trainLogistic(dense, y, { l2: 1 });
    const sparse = trainSparseLogistic(rows, dimension, y, { l2: 1, iterations: 4000 });
    sparse.weights.forEach((w, j) => {
      expect(w).toBeCloseTo(exact.weights[j]!, 3);
    });
    expect(sparse.bias).toBeCloseTo(exact.bias, 3);
    expect(sparse.weights[0]).toBeGreaterThan(0.5);
    expect(sparse.weights[1]).toBeLessThan(-0.5);
  });
});
