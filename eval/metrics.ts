/** Pure metric computations for the evaluation harness: counts, precision/recall/F1, confusion, deltas. */
import { seededRandom } from '../src/core/learn/logistic.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scores extends Counts {
  /** Cases where the label is expected (tp + fn). */
  support: number;
  /** null when undefined (nothing predicted / nothing expected). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

const round = (x: number) => Math.round(x * 1000) / 1000;

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? null : round(c.tp / (c.tp + c.fp));
  const recall = c.tp + c.fn === 0 ? null : round(c.tp / (c.tp + c.fn));
  let f1: number | null = null;
  if (c.tp + c.fp + c.fn > 0) f1 = round((2 * c.tp) / (2 * c.tp + c.fp + c.fn));
  return { ...c, support: c.tp + c.fn, precision, recall, f1 };
}

/** One item's expected and predicted label sets. */
export interface LabelledItem<L extends string = string> {
  expected: readonly L[];
  predicted: readonly L[];
}

/** Per-label counts over multi-label items (each label is a binary decision per item). */
export function multiLabelCounts<L extends string>(
  items: readonly LabelledItem<L>[],
  labels: readonly L[],
): Record<L, Counts> {
  const out = {} as Record<L, Counts>;
  for (const label of labels) out[label] = emptyCounts();
  for (const item of items) {
    const e = new Set(item.expected);
    const p = new Set(item.predicted);
    for (const label of labels) {
      const c = out[label];
      if (e.has(label) && p.has(label)) c.tp++;
      else if (p.has(label)) c.fp++;
      else if (e.has(label)) c.fn++;
      else c.tn++;
    }
  }
  return out;
}

/** A 95% interval: the 2.5th and 97.5th percentiles. */
export type Interval = [number, number];

/**
 * 95% percentile-bootstrap intervals of each label's F1 and of the micro F1: the cases are drawn
 * again with replacement `samples` times (seeded, so a run is repeatable) and the F1 recomputed.
 * With 12 to 35 positive cases a rule's F1 moves by about +-0.1 from one sample of cases to the
 * next: a difference inside the interval is not evidence of a change. Samples in which a label
 * has no expected and no predicted case give it no F1 and are left out of its interval.
 */
export function bootstrapF1<L extends string>(
  items: readonly LabelledItem<L>[],
  labels: readonly L[],
  samples = 1000,
  seed = 20261127,
): { perLabel: Record<L, Interval | null>; micro: Interval | null } {
  const random = seededRandom(seed);
  const values = new Map<L | '', number[]>([['', []]]);
  for (const label of labels) values.set(label, []);
  for (let s = 0; s < samples; s++) {
    const drawn = Array.from(items, () => items[Math.floor(random() * items.length)]!);
    const counts = multiLabelCounts(drawn, labels);
    for (const label of labels) {
      const f1 = scores(counts[label]).f1;
      if (f1 !== null) values.get(label)!.push(f1);
    }
    const micro = scores(microCounts(counts)).f1;
    if (micro !== null) values.get('')!.push(micro);
  }
  const interval = (xs: number[]): Interval | null => {
    if (xs.length === 0) return null;
    const sorted = xs.sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return [at(0.025), at(0.975)];
  };
  const perLabel = {} as Record<L, Interval | null>;
  for (const label of labels) perLabel[label] = interval(values.get(label)!);
  return { perLabel, micro: interval(values.get('')!) };
}

/**
 * Wilson's 95% score interval of a proportion k/n (null when n is 0): the false-positive rate on
 * 123 clean replies is known to a few points, not to the hundredth.
 */
export function wilson(k: number, n: number): Interval | null {
  if (n === 0) return null;
  const z = 1.96;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [round(Math.max(0, centre - half)), round(Math.min(1, centre + half))];
}

/** Micro average: all labels' counts summed. */
export function microCounts(counts: Record<string, Counts>): Counts {
  const sum = emptyCounts();
  for (const c of Object.values(counts)) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
    sum.tn += c.tn;
  }
  return sum;
}

export const NONE = '(none)';

/**
 * Multi-label confusion table (rows: expected labels, columns: found ones). Per item: each label
 * both expected and found adds to the diagonal; each expected label not found is paired with each
 * found label not expected (a confusion), or with `(none)` when nothing extra was found (a miss);
 * a found label not expected, when nothing was missed, goes in the `(none)` row (a false alarm).
 * An item with nothing expected and nothing found adds to `(none)`/`(none)`.
 */
export function confusion(items: readonly LabelledItem[]): Record<string, Record<string, number>> {
  const table: Record<string, Record<string, number>> = {};
  const add = (e: string, p: string) => {
    table[e] ??= {};
    const row = table[e]!;
    row[p] = (row[p] ?? 0) + 1;
  };
  for (const item of items) {
    const e = new Set(item.expected);
    const p = new Set(item.predicted);
    const missed = [...e].filter((l) => !p.has(l));
    const extra = [...p].filter((l) => !e.has(l));
    for (const l of e) if (p.has(l)) add(l, l);
    if (missed.length > 0 && extra.length > 0) for (const m of missed) for (const x of extra) add(m, x);
    else if (missed.length > 0) for (const m of missed) add(m, NONE);
    else for (const x of extra) add(NONE, x);
    if (e.size === 0 && p.size === 0) add(NONE, NONE);
  }
  return table;
}

/** Accuracy of a binary decision, with its confusion counts. */
export function binaryCounts(items: readonly { expected: boolean; predicted: boolean }[]): Counts {
  const c = emptyCounts();
  for (const { expected, predicted } of items) {
    if (expected && predicted) c.tp++;
    else if (predicted) c.fp++;
    else if (expected) c.fn++;
    else c.tn++;
  }
  return c;
}

/**
 * Cohen's kappa of two raters' yes/no decisions (one rater's "yes" counted as expected): agreement
 * beyond what their base rates give by chance. 1 is perfect, 0 chance; null when both raters
 * always say the same single answer (chance agreement is then 1).
 */
export function cohensKappa(c: Counts): number | null {
  const n = c.tp + c.fp + c.fn + c.tn;
  if (n === 0) return null;
  const observed = (c.tp + c.tn) / n;
  const chance = ((c.tp + c.fp) * (c.tp + c.fn) + (c.fn + c.tn) * (c.fp + c.tn)) / (n * n);
  return chance === 1 ? null : round((observed - chance) / (1 - chance));
}

export function accuracy(c: Counts): number | null {
  const n = c.tp + c.fp + c.fn + c.tn;
  return n === 0 ? null : round((c.tp + c.tn) / n);
}

/** FNV-1a 32-bit hash: a fixed, platform-independent way to split data deterministically. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Deterministic hold-out: an item is in the test part when its key hashes into the last 1/`folds`. */
export const isHeldOut = (key: string, folds = 5): boolean => fnv1a(key) % folds === 0;

/**
 * Differences between two results objects of the same shape: every numeric leaf whose value
 * changed, as `path: before -> after (+delta)`. Paths missing on one side are listed as new or gone.
 */
export interface Delta {
  path: string;
  before: number | null;
  after: number | null;
  delta: number | null;
}

export function deltas(
  before: unknown,
  after: unknown,
  keep: (path: string) => boolean = () => true,
): Delta[] {
  const out: Delta[] = [];
  const walk = (b: unknown, a: unknown, path: string) => {
    const bn = typeof b === 'number' ? b : b === null ? null : undefined;
    const an = typeof a === 'number' ? a : a === null ? null : undefined;
    if (bn !== undefined || an !== undefined) {
      if (bn === an || !keep(path)) return;
      if ((bn === undefined || bn === null) && (an === undefined || an === null)) return;
      out.push({
        path,
        before: bn ?? null,
        after: an ?? null,
        delta: typeof bn === 'number' && typeof an === 'number' ? round(an - bn) : null,
      });
      return;
    }
    if (isObject(b) || isObject(a)) {
      const bo = isObject(b) ? b : {};
      const ao = isObject(a) ? a : {};
      for (const key of new Set([...Object.keys(bo), ...Object.keys(ao)])) {
        walk(bo[key], ao[key], path ? `${path}.${key}` : key);
      }
    }
  };
  walk(before, after, '');
  return out;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const fmt = (x: number | null | undefined): string => (typeof x === 'number' ? x.toFixed(2) : '  - ');
