/**
 * Trains the verdict model shipped in data/verdict/weights.json (src/core/verdict).
 *
 *   npx tsx scripts/train-verdict.ts [--cases DIR] [--out PATH] [--l2 N] [--min-count N] [--iterations N] [--folds K]
 *
 * Reads the project's labelled dev threads (DIR/rules.dev*.jsonl, default eval/cases; never the
 * validation or test parts), runs the rules on each without the model, and fits one L2 logistic
 * regression per rule: does the case's label list the rule? --folds K first cross-validates by
 * file (each dev part is held out whole, as a blind part would be) and prints the rules' micro
 * precision/recall/F1 with and without the model on the held-out parts.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { microCounts, multiLabelCounts, type Scores, scores } from '../eval/metrics.ts';
import { featuresFingerprint, type RuleCase, readJsonl } from '../eval/rule-cases.ts';
import { prepare, runRules } from '../src/core/check.ts';
import { trainSparseLogistic } from '../src/core/learn/logistic.ts';
import { RULE_IDS, type RuleId } from '../src/core/rules/types.ts';
import { parseThread } from '../src/core/thread-schema.ts';
import { verdictFeatures } from '../src/core/verdict/features.ts';
import { type RuleWeights, reportedRules, type VerdictWeights } from '../src/core/verdict/model.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string): never {
  process.stderr.write(`train-verdict: ${message}\n`);
  process.exit(2);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      cases: { type: 'string', default: join(root, 'eval/cases') },
      out: { type: 'string', default: join(root, 'data/verdict/weights.json') },
      l2: { type: 'string', default: '1' },
      'min-count': { type: 'string', default: '5' },
      iterations: { type: 'string', default: '1500' },
      folds: { type: 'string' },
      prune: { type: 'string', default: '0.05' },
      threshold: { type: 'string', default: '0.5' },
    },
  }) as { values: Record<string, string | undefined> });
} catch (e) {
  fail((e as Error).message);
}
function positive(name: string, integer: boolean): number {
  const n = Number(values[name]);
  if (!(n > 0) || (integer && !Number.isInteger(n)))
    fail(`--${name} must be a positive ${integer ? 'integer' : 'number'}`);
  return n;
}
const l2 = positive('l2', false);
const minCount = positive('min-count', true);
const iterations = positive('iterations', true);
const folds = values.folds === undefined ? 0 : positive('folds', true);
/** A rule is reported when P reaches this; --folds shows the neighbouring choices. */
const threshold = positive('threshold', false);
if (threshold >= 1) fail('--threshold must be below 1');
/** Weights smaller than this are left out of the file, which keeps it small; --folds shows what that costs. */
const prune = positive('prune', false);

interface Example {
  id: string;
  file: string;
  features: string[];
  /** The rules with a finding or a candidate: the only ones the model can report. */
  fired: Set<RuleId>;
  kept: Set<RuleId>;
  labels: Set<RuleId>;
}

const dir = values.cases!;
let files: string[];
try {
  files = readdirSync(dir)
    .filter((f) => /^rules\.dev(\.\d+)?\.jsonl$/.test(f))
    .sort();
} catch {
  fail(`cannot read ${dir}: pass --cases DIR with the rules.dev*.jsonl files`);
}
if (files.length === 0) fail(`no rules.dev*.jsonl files in ${dir}`);

const examples: Example[] = [];
for (const file of files) {
  for (const c of readJsonl<RuleCase>(join(dir, file), file, fail)) {
    let context: ReturnType<typeof prepare>['context'];
    try {
      ({ context } = prepare(parseThread(c.thread, c.id)));
    } catch (error) {
      fail(`${file}: ${(error as Error).message}`);
    }
    const { raw, kept, candidates } = runRules(context);
    examples.push({
      id: c.id,
      file,
      features: verdictFeatures(context, raw, kept, candidates),
      fired: new Set([...raw, ...candidates].map((f) => f.ruleId)),
      kept: new Set(kept.map((f) => f.ruleId)),
      labels: new Set(c.expected.map((e) => e.rule)),
    });
  }
}
process.stderr.write(
  `${examples.length} cases from ${files.length} files in ${relative(root, dir) || '.'}\n`,
);

/** Unpruned weights. */
function train(set: readonly Example[]): VerdictWeights {
  const counts = new Map<string, number>();
  for (const e of set) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f);
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = set.map((e) => e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const rules: Partial<Record<RuleId, RuleWeights>> = {};
  for (const id of RULE_IDS) {
    const y = set.map((e) => (e.labels.has(id) ? 1 : 0));
    const model = trainSparseLogistic(rows, vocabulary.length, y, { l2, iterations });
    const weights: Record<string, number> = {};
    model.weights.forEach((w, i) => {
      weights[vocabulary[i]!] = w;
    });
    rules[id] = { bias: model.bias, weights };
  }
  return { threshold, rules };
}

/** Without the weights under `min` in size, the rest rounded to four decimals. */
function pruned(weights: VerdictWeights, min: number): VerdictWeights {
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const rules: Partial<Record<RuleId, RuleWeights>> = {};
  for (const [id, r] of Object.entries(weights.rules) as [RuleId, RuleWeights][]) {
    const kept = Object.entries(r.weights).filter(([, w]) => Math.abs(w) >= min);
    rules[id] = { bias: round(r.bias), weights: Object.fromEntries(kept.map(([f, w]) => [f, round(w)])) };
  }
  return { threshold: weights.threshold, rules };
}

/** Micro counts and scores over all rules of `found` against the labels. */
function score(set: readonly Example[], found: (e: Example) => Set<RuleId>): Scores {
  const items = set.map((e) => ({ expected: [...e.labels], predicted: [...found(e)] }));
  return scores(microCounts(multiLabelCounts(items, RULE_IDS)));
}

/** The rules the model would report on an example (only rules with a finding or a candidate can be reported). */
const verdictOn = (e: Example, weights: VerdictWeights) =>
  reportedRules(e.fired, e.kept, e.features, weights);

const format = (s: Scores) =>
  `${s.tp}/${s.fp}/${s.fn}  P ${s.precision?.toFixed(3)}  R ${s.recall?.toFixed(3)}  F1 ${s.f1?.toFixed(3)}`;

if (folds > 0) {
  // Whole files per fold: a held-out part is writing the model has not seen, as a blind part is.
  const foldOf = new Map(files.map((f, i) => [f, i % folds]));
  // The chosen settings, then each with one setting moved.
  const variants = [
    { prune, threshold },
    ...[0, 0.01, 0.02, 0.1].filter((p) => p !== prune).map((p) => ({ prune: p, threshold })),
    ...[0.3, 0.4, 0.5, 0.6].filter((t) => t !== threshold).map((t) => ({ prune, threshold: t })),
  ];
  const found = variants.map(() => new Map<Example, Set<RuleId>>());
  for (let k = 0; k < folds; k++) {
    const full = train(examples.filter((e) => foldOf.get(e.file) !== k));
    variants.forEach((v, i) => {
      const weights = { ...pruned(full, v.prune), threshold: v.threshold };
      for (const e of examples.filter((x) => foldOf.get(x.file) === k))
        found[i]!.set(e, verdictOn(e, weights));
    });
    process.stderr.write(`fold ${k + 1}/${folds} done\n`);
  }
  console.log(`cross-validated by file, ${folds} folds (tp/fp/fn):`);
  console.log(`  rules alone                          ${format(score(examples, (e) => e.kept))}`);
  variants.forEach((v, i) => {
    const scored = format(score(examples, (e) => found[i]!.get(e)!));
    console.log(`  verdict, prune ${v.prune.toFixed(3)}, threshold ${v.threshold.toFixed(2)}  ${scored}`);
  });
}

const weights = pruned(train(examples), prune);
const out = {
  model: 'logistic-regression',
  version: 1,
  description:
    'Per rule, P(a coach flags the rule) = sigmoid(bias + sum of the weights of the features present); features in src/core/verdict/features.ts. A rule is reported when P >= threshold.',
  trainedOn: {
    files: files.map((f) => relative(root, join(dir, f))),
    cases: examples.length,
    positives: Object.fromEntries(
      RULE_IDS.map((id) => [id, examples.filter((e) => e.labels.has(id)).length]),
    ),
    // What the model read on them; `npm run eval` says when the dev part's no longer matches.
    fingerprint: featuresFingerprint(examples),
  },
  options: { l2, minCount, iterations, prune, threshold },
  ...weights,
};
writeFileSync(values.out!, `${JSON.stringify(out, null, 1)}\n`);
const kept = Object.values(weights.rules).reduce((n, r) => n + Object.keys(r!.weights).length, 0);
console.log(`wrote ${relative(root, values.out!)}: ${kept} weights over ${RULE_IDS.length} rules`);
console.log(`  on its own training cases: rules alone ${format(score(examples, (e) => e.kept))}`);
console.log(
  `                             with verdict ${format(score(examples, (e) => verdictOn(e, weights)))}`,
);
