/**
 * The verdict model: a learned second look at the rules' findings. For each rule it scores
 * P(a coach would flag this rule on this draft) by logistic regression over the features of
 * features.ts, trained on the project's labelled dev threads (scripts/train-verdict.ts; weights and
 * provenance in data/verdict/). A rule's findings, or its lenient candidates when it found nothing
 * (Rule.candidates), are reported when that probability reaches the threshold, whether or not
 * precedence kept them; a rule with neither is never added, because a finding needs the rule's own
 * span, evidence and explanation.
 *
 * Why: hand-written patterns cover the phrasings already seen, and fresh writing keeps finding new
 * ones. On threads written blind after the rules, the model removed most false alarms the rules
 * raised (data/verdict/README.md has the measurements).
 */
import shipped from '../../../data/verdict/weights.json';
import { InputError } from '../errors.ts';
import { sigmoid } from '../learn/logistic.ts';
import { type Finding, RULE_IDS, type RuleId } from '../rules/types.ts';

export interface RuleWeights {
  bias: number;
  /** Feature name -> weight; features not listed weigh 0. */
  weights: Record<string, number>;
}

export interface VerdictWeights {
  /** A rule is reported when P reaches this. */
  threshold: number;
  rules: Partial<Record<RuleId, RuleWeights>>;
}

/** Checks the shape of a weights object (the shipped file, or one a caller trained). */
export function parseWeights(value: unknown): VerdictWeights {
  const v = value as { threshold?: unknown; rules?: Record<string, unknown> };
  if (typeof v?.threshold !== 'number' || v.threshold <= 0 || v.threshold >= 1)
    throw new InputError('verdict weights: "threshold" must be a number between 0 and 1');
  if (typeof v.rules !== 'object' || v.rules === null)
    throw new InputError('verdict weights: "rules" is missing');
  const rules: Partial<Record<RuleId, RuleWeights>> = {};
  for (const [id, r] of Object.entries(v.rules)) {
    if (!(RULE_IDS as readonly string[]).includes(id))
      throw new InputError(`verdict weights: unknown rule "${id}"`);
    const w = r as { bias?: unknown; weights?: Record<string, unknown> };
    if (typeof w?.bias !== 'number' || typeof w.weights !== 'object' || w.weights === null)
      throw new InputError(`verdict weights: rule "${id}" needs a numeric "bias" and a "weights" object`);
    for (const [name, x] of Object.entries(w.weights))
      if (typeof x !== 'number' || !Number.isFinite(x))
        throw new InputError(`verdict weights: rule "${id}", feature "${name}" has no finite weight`);
    rules[id as RuleId] = { bias: w.bias, weights: w.weights as Record<string, number> };
  }
  return { threshold: v.threshold, rules };
}

export const SHIPPED_WEIGHTS: VerdictWeights = parseWeights(shipped);

// Each weights object as Maps, built once: a Map lookup stays fast for objects of thousands of keys.
const COMPILED = new WeakMap<VerdictWeights, [RuleId, number, Map<string, number>][]>();

function compiled(weights: VerdictWeights): [RuleId, number, Map<string, number>][] {
  let rules = COMPILED.get(weights);
  if (!rules) {
    rules = (Object.entries(weights.rules) as [RuleId, RuleWeights][]).map(([id, r]) => [
      id,
      r.bias,
      new Map(Object.entries(r.weights)),
    ]);
    COMPILED.set(weights, rules);
  }
  return rules;
}

/** P(flag) per rule that has weights. */
export function ruleProbabilities(
  features: readonly string[],
  weights: VerdictWeights = SHIPPED_WEIGHTS,
): Map<RuleId, number> {
  const out = new Map<RuleId, number>();
  for (const [id, bias, byFeature] of compiled(weights)) {
    let z = bias;
    for (const f of features) z += byFeature.get(f) ?? 0;
    out.set(id, sigmoid(z));
  }
  return out;
}

/**
 * The rules to report: each rule that fired (`fired`) and that the model scores at or above the
 * threshold. A rule the weights do not cover is reported when precedence kept it (`kept`).
 */
export function reportedRules(
  fired: ReadonlySet<RuleId>,
  kept: ReadonlySet<RuleId>,
  features: readonly string[],
  weights: VerdictWeights = SHIPPED_WEIGHTS,
): Set<RuleId> {
  const p = ruleProbabilities(features, weights);
  return new Set(
    [...fired].filter((id) => {
      const probability = p.get(id);
      return probability === undefined ? kept.has(id) : probability >= weights.threshold;
    }),
  );
}

/**
 * The findings to report: every raw finding and candidate (see Rule.candidates) of a rule
 * reportedRules keeps. A candidate is never kept by precedence, so it needs the model's say.
 */
export function applyVerdict(
  raw: readonly Finding[],
  kept: readonly Finding[],
  features: readonly string[],
  candidates: readonly Finding[] = [],
  weights: VerdictWeights = SHIPPED_WEIGHTS,
): Finding[] {
  const found = [...raw, ...candidates];
  const ids = (findings: readonly Finding[]) => new Set(findings.map((f) => f.ruleId));
  const reported = reportedRules(ids(found), ids(kept), features, weights);
  return found.filter((f) => reported.has(f.ruleId));
}
