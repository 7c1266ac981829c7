/**
 * L2-regularised logistic regression, small and dependency-free: standardisation, training by
 * Newton's method (exact for a few dozen features), stratified k-fold cross-validation with a
 * seeded shuffle, and a sparse trainer for bags of words. Used by scripts/train-politeness.ts and
 * scripts/train-verdict.ts; scoring in the product only needs `logit` (politeness) and `sigmoid`
 * (verdict).
 */

export interface Standardizer {
  mean: number[];
  /** Population standard deviation; 1 for a constant column, so it scales to 0 not NaN. */
  std: number[];
}

export interface LogisticModel {
  weights: number[];
  bias: number;
}

export interface TrainOptions {
  /** Strength of the L2 penalty on the weights (not the bias): loss + l2/2 * |w|^2. */
  l2: number;
  maxIterations?: number;
  /** Stop when the largest Newton step is below this. */
  tolerance?: number;
}

export function fitStandardizer(rows: readonly (readonly number[])[]): Standardizer {
  const d = rows[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const row of rows) for (let j = 0; j < d; j++) mean[j]! += row[j]! / rows.length;
  for (const row of rows) for (let j = 0; j < d; j++) std[j]! += (row[j]! - mean[j]!) ** 2 / rows.length;
  return { mean, std: std.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

export function standardize(row: readonly number[], s: Standardizer): number[] {
  return row.map((v, j) => (v - s.mean[j]!) / s.std[j]!);
}

export const sigmoid = (z: number): number =>
  z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));

export function logit(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j]! * x[j]!;
  return z;
}

/** Solves A x = b (A symmetric positive definite here) by Gaussian elimination with pivoting. */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]!;
    if (Math.abs(p) < 1e-12) throw new Error('solve: singular matrix');
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Trains on rows X (already standardised) and labels y in {0, 1}. */
export function trainLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: TrainOptions,
): LogisticModel {
  const d = x[0]?.length ?? 0;
  const { l2, maxIterations = 50, tolerance = 1e-8 } = options;
  // Parameters: d weights, then the bias at index d.
  const theta = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < x.length; i++) {
      const row = [...x[i]!, 1];
      let z = 0;
      for (let j = 0; j <= d; j++) z += theta[j]! * row[j]!;
      const p = sigmoid(z);
      const residual = p - y[i]!;
      const w = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        gradient[j]! += residual * row[j]!;
        const wj = w * row[j]!;
        if (wj === 0) continue;
        for (let k = j; k <= d; k++) hessian[j]![k]! += wj * row[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hessian[j]![k] = hessian[k]![j]!;
    for (let j = 0; j < d; j++) {
      gradient[j]! += l2 * theta[j]!;
      hessian[j]![j]! += l2;
    }
    hessian[d]![d]! += 1e-9; // keeps the system solvable when every label is the same
    const step = solve(hessian, gradient);
    let largest = 0;
    for (let j = 0; j <= d; j++) {
      theta[j]! -= step[j]!;
      largest = Math.max(largest, Math.abs(step[j]!));
    }
    if (largest < tolerance) break;
  }
  return { weights: theta.slice(0, d), bias: theta[d]! };
}

/** A small seeded PRNG (mulberry32): the same seed gives the same folds on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold index (0..k-1) of every example; each fold has the same share of each label (±1). */
export function stratifiedFolds(y: readonly number[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const folds = new Array<number>(y.length).fill(0);
  let offset = 0;
  for (const label of [...new Set(y)].sort()) {
    const indices = y.flatMap((v, i) => (v === label ? [i] : []));
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    indices.forEach((index, n) => {
      folds[index] = (n + offset) % k;
    });
    offset += indices.length;
  }
  return folds;
}

export interface CrossValidation {
  /** Accuracy of each held-out fold (predicted positive when P >= 0.5). */
  folds: number[];
  mean: number;
  /** With an anchor: accuracy when predicted positive means "scores above the anchor row". */
  anchored?: { folds: number[]; mean: number };
}

/** k-fold cross-validation; the standardiser is fitted on each training part only. */
export function crossValidate(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: TrainOptions & { k: number; seed: number; anchor?: readonly number[] },
): CrossValidation {
  const fold = stratifiedFolds(y, options.k, options.seed);
  const accuracies: number[] = [];
  const anchoredAccuracies: number[] = [];
  for (let f = 0; f < options.k; f++) {
    const trainRows = x.filter((_, i) => fold[i] !== f);
    const trainLabels = y.filter((_, i) => fold[i] !== f);
    const scaler = fitStandardizer(trainRows);
    const model = trainLogistic(
      trainRows.map((r) => standardize(r, scaler)),
      trainLabels,
      options,
    );
    const threshold = options.anchor ? logit(model, standardize(options.anchor, scaler)) : 0;
    let correct = 0;
    let anchoredCorrect = 0;
    let total = 0;
    x.forEach((row, i) => {
      if (fold[i] !== f) return;
      total++;
      const z = logit(model, standardize(row, scaler));
      if ((z >= 0 ? 1 : 0) === y[i]) correct++;
      if ((z > threshold ? 1 : 0) === y[i]) anchoredCorrect++;
    });
    accuracies.push(total === 0 ? 0 : correct / total);
    anchoredAccuracies.push(total === 0 ? 0 : anchoredCorrect / total);
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    folds: accuracies,
    mean: mean(accuracies),
    ...(options.anchor ? { anchored: { folds: anchoredAccuracies, mean: mean(anchoredAccuracies) } } : {}),
  };
}

/**
 * The same objective as trainLogistic (log-loss + l2/2 * |w|^2, bias unpenalised) for many sparse
 * binary features (a bag of words: each row lists the indices of its words), by full-batch
 * gradient descent with Nesterov momentum. Used for the politeness bag-of-words baseline and the verdict model.
 */
export function trainSparseLogistic(
  rows: readonly (readonly number[])[],
  dimension: number,
  y: readonly number[],
  options: { l2: number; iterations?: number; rate?: number },
): LogisticModel {
  const { l2, iterations = 3000, rate = 0.5 } = options;
  const n = rows.length;
  const theta = new Float64Array(dimension + 1); // weights, then the bias
  const previous = new Float64Array(dimension + 1);
  const look = new Float64Array(dimension + 1);
  const gradient = new Float64Array(dimension + 1);
  for (let t = 1; t <= iterations; t++) {
    const momentum = (t - 1) / (t + 2);
    for (let j = 0; j <= dimension; j++) look[j] = theta[j]! + momentum * (theta[j]! - previous[j]!);
    gradient.fill(0);
    for (let i = 0; i < n; i++) {
      let z = look[dimension]!;
      for (const j of rows[i]!) z += look[j]!;
      const residual = sigmoid(z) - y[i]!;
      for (const j of rows[i]!) gradient[j]! += residual;
      gradient[dimension]! += residual;
    }
    previous.set(theta);
    for (let j = 0; j < dimension; j++) theta[j] = look[j]! - (rate * (gradient[j]! + l2 * look[j]!)) / n;
    theta[dimension] = look[dimension]! - (rate * gradient[dimension]!) / n;
  }
  return { weights: Array.from(theta.subarray(0, dimension)), bias: theta[dimension]! };
}
