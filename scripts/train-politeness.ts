/**
 * Trains the politeness model shipped in data/politeness/weights.json.
 *
 *   npx tsx scripts/train-politeness.ts [--data PATH] [--out PATH] [--l2 N] [--folds K] [--seed N] [--baselines] [--check]
 *
 * Reads the Stanford Politeness Corpus (Wikipedia requests; CC BY 4.0), by default from
 * ../shared/data/politeness/wikipedia.annotated.csv beside the repository. Keeps the paper's
 * classes (Danescu-Niculescu-Mizil et al. 2013): polite = top quartile of the normalised score,
 * impolite = bottom quartile. Extracts the politeness-strategy features of src/core/politeness,
 * runs stratified k-fold cross-validation with a fixed seed (standardiser fitted inside each fold),
 * prints each fold's accuracy and the mean, then trains on every row and writes the weights.
 * --baselines also cross-validates, on the same folds, a bag of words and bag of words + strategies
 * (for comparison with the paper's BOW and Ling. classifiers; not shipped).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { detectCues } from '../src/core/cues/index.ts';
import {
  crossValidate,
  fitStandardizer,
  logit,
  standardize,
  stratifiedFolds,
  trainLogistic,
  trainSparseLogistic,
} from '../src/core/learn/logistic.ts';
import { extractFeatures, FEATURE_NAMES, featureVector } from '../src/core/politeness/features.ts';
import { analyze } from '../src/core/text/analyze.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_FILE = 'wikipedia.annotated.csv';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
  return value;
}

function fail(message: string): never {
  process.stderr.write(`train-politeness: ${message}\n`);
  process.exit(2);
}

function quantile(sorted: readonly number[], q: number): number {
  // Linear interpolation between closest ranks (numpy's default, as pandas' quantile).
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const args = process.argv.slice(2);
const known = new Set(['--data', '--out', '--l2', '--folds', '--seed']);
const baselines = args.includes('--baselines');
// --check: retrain and compare with the weights file instead of writing it (exit 1 when they drifted,
// e.g. after a cue detector changed).
const check = args.includes('--check');
const valued = args.filter((a) => a !== '--baselines' && a !== '--check');
for (let i = 0; i < valued.length; i += 2) if (!known.has(valued[i]!)) fail(`unknown option "${valued[i]}"`);
let dataPath = resolve(option(args, '--data') ?? join(root, '..', 'shared', 'data', 'politeness'));
if (existsSync(dataPath) && statSync(dataPath).isDirectory()) dataPath = join(dataPath, CORPUS_FILE);
if (!existsSync(dataPath))
  fail(`corpus not found at ${dataPath} (give the Stanford Politeness Corpus CSV with --data PATH)`);
const outPath = resolve(option(args, '--out') ?? join(root, 'data', 'politeness', 'weights.json'));
const l2 = Number(option(args, '--l2') ?? 1);
const k = Number(option(args, '--folds') ?? 10);
const seed = Number(option(args, '--seed') ?? 20130804);
if (!(l2 >= 0) || !Number.isInteger(k) || k < 2 || !Number.isInteger(seed))
  fail('bad --l2, --folds or --seed');

const records = parse(readFileSync(dataPath), { columns: true, skip_empty_lines: true }) as Record<
  string,
  string
>[];
const rows = records
  .map((r) => ({ id: r.Id ?? '', text: r.Request ?? '', score: Number(r['Normalized Score']) }))
  .filter((r) => r.text !== '' && Number.isFinite(r.score));
if (rows.length === 0) fail(`${dataPath}: no rows with "Request" and "Normalized Score" columns`);

const sorted = rows.map((r) => r.score).sort((a, b) => a - b);
const low = quantile(sorted, 0.25);
const high = quantile(sorted, 0.75);
const labelled = rows.flatMap((r) =>
  r.score >= high ? [{ ...r, label: 1 }] : r.score <= low ? [{ ...r, label: 0 }] : [],
);
console.log(
  `${relative(process.cwd(), dataPath)}: ${rows.length} requests; polite (score >= ${high.toFixed(4)}): ${labelled.filter((r) => r.label === 1).length}, impolite (score <= ${low.toFixed(4)}): ${labelled.filter((r) => r.label === 0).length}`,
);

const started = Date.now();
const words: string[][] = [];
const x = labelled.map((r) => {
  const text = analyze(r.text);
  words.push([...new Set(text.tokens.filter((t) => t.pos !== 'SPACE').map((t) => t.normal))]);
  return featureVector(extractFeatures(text, detectCues(text)));
});
const y = labelled.map((r) => r.label);
console.log(
  `features: ${FEATURE_NAMES.length}, extracted in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

// A text with no politeness marker at all, to measure the alternative zero point (see model.ts).
const neutral = featureVector(extractFeatures(analyze(''), []));
const cv = crossValidate(x, y, { l2, k, seed, anchor: neutral });
cv.folds.forEach((a, f) => {
  console.log(`fold ${String(f + 1).padStart(2)}: ${(a * 100).toFixed(2)}%`);
});
const sd = Math.sqrt(cv.folds.reduce((s, a) => s + (a - cv.mean) ** 2, 0) / (cv.folds.length - 1));
console.log(
  `mean accuracy (${k}-fold, seed ${seed}, l2 ${l2}): ${(cv.mean * 100).toFixed(2)}% (sd ${(sd * 100).toFixed(2)})`,
);
const anchored = cv.anchored!;
console.log(
  `for comparison, accuracy if 0 were put at a text with no marker (not shipped): ${(anchored.mean * 100).toFixed(2)}%`,
);

if (baselines) {
  // Same folds as above (same labels, same seed). Vocabulary from each training part, words seen twice or more.
  const fold = stratifiedFolds(y, k, seed);
  const strategyWords = x.map((row) =>
    FEATURE_NAMES.flatMap((name, j) =>
      name === 'sentiment'
        ? row[j]! > 0
          ? ['@sentiment+']
          : row[j]! < 0
            ? ['@sentiment-']
            : []
        : row[j]
          ? [`@${name}`]
          : [],
    ),
  );
  for (const [label, bags, bowL2] of [
    ['bag of words', words, 10],
    ['bag of words + strategies', words.map((w, i) => [...w, ...strategyWords[i]!]), 10],
  ] as const) {
    const accuracies: number[] = [];
    for (let f = 0; f < k; f++) {
      const counts = new Map<string, number>();
      bags.forEach((bag, i) => {
        if (fold[i] !== f) for (const w of bag) counts.set(w, (counts.get(w) ?? 0) + 1);
      });
      const vocabulary = new Map([...counts].filter(([, c]) => c >= 2).map(([w], j) => [w, j]));
      const rowsOf = (i: number) => bags[i]!.flatMap((w) => (vocabulary.has(w) ? [vocabulary.get(w)!] : []));
      const train = y.flatMap((_, i) => (fold[i] !== f ? [i] : []));
      const model = trainSparseLogistic(
        train.map(rowsOf),
        vocabulary.size,
        train.map((i) => y[i]!),
        { l2: bowL2, iterations: 1500 },
      );
      const test = y.flatMap((_, i) => (fold[i] === f ? [i] : []));
      const correct = test.filter((i) => {
        const z = rowsOf(i).reduce((sum, j) => sum + model.weights[j]!, model.bias);
        return (z >= 0 ? 1 : 0) === y[i];
      }).length;
      accuracies.push(correct / test.length);
    }
    const mean = accuracies.reduce((a, b) => a + b, 0) / k;
    console.log(`baseline, ${label} (l2 ${bowL2}, not shipped): ${(mean * 100).toFixed(2)}%`);
  }
}

const scaler = fitStandardizer(x);
const standardized = x.map((r) => standardize(r, scaler));
const model = trainLogistic(standardized, y, { l2 });
const trainAccuracy =
  standardized.filter((r, i) => (logit(model, r) >= 0 ? 1 : 0) === y[i]).length / standardized.length;
console.log(`training accuracy (all ${y.length} rows): ${(trainAccuracy * 100).toFixed(2)}%`);

const round = (v: number) => Math.round(v * 1e6) / 1e6;
const weights = {
  model: 'logistic-regression',
  version: 1,
  description:
    'Politeness of a message from politeness-strategy features (src/core/politeness/features.ts). score = tanh((bias + sum(weight * (value - mean) / std)) / 2) = 2 * P(polite) - 1.',
  trainedOn: {
    corpus: 'Stanford Politeness Corpus, Wikipedia requests (Danescu-Niculescu-Mizil et al., ACL 2013)',
    licence: 'CC BY 4.0',
    file: CORPUS_FILE,
    requests: rows.length,
    polite: {
      rule: 'Normalized Score >= 75th percentile',
      threshold: round(high),
      rows: y.filter((v) => v === 1).length,
    },
    impolite: {
      rule: 'Normalized Score <= 25th percentile',
      threshold: round(low),
      rows: y.filter((v) => v === 0).length,
    },
    command: 'npx tsx scripts/train-politeness.ts',
    date: new Date().toISOString().slice(0, 10),
  },
  training: { l2, folds: k, seed },
  metrics: {
    crossValidatedAccuracy: round(cv.mean),
    foldAccuracies: cv.folds.map(round),
    crossValidatedAccuracyIfZeroWereNoMarker: round(anchored.mean),
    trainingAccuracy: round(trainAccuracy),
  },
  bias: round(model.bias),
  features: FEATURE_NAMES.map((name, j) => ({
    name,
    mean: round(scaler.mean[j]!),
    std: round(scaler.std[j]!),
    weight: round(model.weights[j]!),
  })),
};
if (check) {
  const old = existsSync(outPath)
    ? (JSON.parse(readFileSync(outPath, 'utf8')) as {
        bias?: number;
        features?: { name: string; weight: number }[];
      })
    : {};
  const drift = Math.max(
    Math.abs((old.bias ?? Number.NaN) - weights.bias),
    ...weights.features.map((f) =>
      Math.abs((old.features?.find((o) => o.name === f.name)?.weight ?? Number.NaN) - f.weight),
    ),
  );
  if (!(drift <= 0.01)) {
    console.log(
      `${relative(process.cwd(), outPath)} is stale (largest weight change ${drift.toFixed(3)}): run npm run train:politeness`,
    );
    process.exit(1);
  }
  console.log(
    `${relative(process.cwd(), outPath)} matches the code (largest weight change ${drift.toFixed(4)})`,
  );
  process.exit(0);
}
writeFileSync(outPath, `${JSON.stringify(weights, null, 2)}\n`);
// Lay the file out as the repository's formatter (Biome) wants, so `npm run lint` stays clean.
const biome = join(root, 'node_modules', '.bin', 'biome');
if (existsSync(biome)) spawnSync(biome, ['format', '--write', outPath], { stdio: 'ignore' });
console.log(`wrote ${relative(process.cwd(), outPath)}`);
const ranked = [...weights.features].sort((a, b) => b.weight - a.weight);
console.log(
  `most polite: ${ranked
    .slice(0, 5)
    .map((f) => `${f.name} ${f.weight.toFixed(2)}`)
    .join(', ')}`,
);
console.log(
  `least polite: ${ranked
    .slice(-5)
    .reverse()
    .map((f) => `${f.name} ${f.weight.toFixed(2)}`)
    .join(', ')}`,
);
