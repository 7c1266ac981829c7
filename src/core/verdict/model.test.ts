import { describe, expect, it } from 'vitest';
import shipped from '../../../data/verdict/weights.json';
import { check, prepare, runRules } from '../check.ts';
import { InputError } from '../errors.ts';
import { type Finding, RULE_IDS, type RuleId } from '../rules/types.ts';
import { FRIENDLY_HISTORY } from '../testing/histories.ts';
import { buildThread } from '../testing/thread-builder.ts';
import { applyVerdict, parseWeights, ruleProbabilities, type VerdictWeights } from './model.ts';

const finding = (ruleId: RuleId): Finding =>
  ({
    ruleId,
    severity: 'warning',
    span: { start: 0, end: 0 },
    evidence: [],
    confidence: 0.8,
  }) as unknown as Finding;

const weights: VerdictWeights = {
  threshold: 0.5,
  rules: {
    'cold-reply': { bias: -1, weights: { 'rule:cold-reply': 3, 'd:thanks': -4 } },
    'abrupt-pivot': { bias: -2, weights: { 'rule:abrupt-pivot': 4 } },
  },
};

describe('the verdict model', () => {
  it('scores a rule as the logistic of its bias plus the weights of the features present', () => {
    const p = ruleProbabilities(['rule:cold-reply', 'unknown:feature'], weights);
    expect(p.get('cold-reply')).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(p.get('abrupt-pivot')).toBeCloseTo(1 / (1 + Math.exp(2)), 6);
    expect(p.has('blunt-request')).toBe(false);
  });

  it('reports a rule it scores at or above the threshold even when precedence dropped it', () => {
    const cold = finding('cold-reply');
    const pivot = finding('abrupt-pivot');
    expect(
      applyVerdict([cold, pivot], [pivot], ['rule:cold-reply', 'rule:abrupt-pivot'], [], weights),
    ).toEqual([cold, pivot]);
  });

  it('drops a rule it scores below the threshold', () => {
    const cold = finding('cold-reply');
    expect(applyVerdict([cold], [cold], ['rule:cold-reply', 'd:thanks'], [], weights)).toEqual([]);
  });

  it('leaves a rule without weights to precedence, and never adds a rule that did not fire', () => {
    const order = finding('blunt-request');
    const familiar = finding('over-familiar');
    const found = applyVerdict([order, familiar], [order], ['rule:cold-reply'], [], weights);
    expect(found).toEqual([order]);
  });

  it('reports a rule’s candidate only when the model scores it at or above the threshold', () => {
    const cold = finding('cold-reply');
    const familiar = finding('over-familiar');
    // Candidates are findings no rule reported: without the model's say (or without weights) they stay out.
    expect(applyVerdict([], [], ['candidate:cold-reply'], [cold, familiar], weights)).toEqual([]);
    expect(applyVerdict([], [], ['rule:cold-reply'], [cold, familiar], weights)).toEqual([cold]);
  });

  it('names what is wrong with a malformed weights object', () => {
    expect(() => parseWeights({ rules: {} })).toThrow(/"threshold" must be a number between 0 and 1/);
    expect(() => parseWeights({ threshold: 0.5 })).toThrow(/"rules" is missing/);
    expect(() => parseWeights({ threshold: 0.5, rules: { 'too-warm': { bias: 0, weights: {} } } })).toThrow(
      /unknown rule "too-warm"/,
    );
    expect(() =>
      parseWeights({ threshold: 0.5, rules: { 'cold-reply': { bias: 0, weights: { x: 'a' } } } }),
    ).toThrow(/feature "x" has no finite weight/);
    expect(() => parseWeights({ threshold: 0.5, rules: { 'cold-reply': { weights: {} } } })).toThrow(
      InputError,
    );
  });

  it('ships weights for every rule', () => {
    expect(Object.keys(parseWeights(shipped).rules).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('check() with the verdict model', () => {
  const thread = buildThread({
    history: [...FRIENDLY_HISTORY],
    draft: 'So, do you want to buy our product? Send me the signed order by Friday.',
  });

  it('reports for a subset of rules what the full check reports for them', () => {
    const full = check(thread).findings;
    for (const id of RULE_IDS) {
      const only = check(thread, { rules: [id] }).findings;
      expect(only).toEqual(full.filter((f) => f.ruleId === id));
    }
  });

  it('reports only rules that fired, and with verdict: false exactly what precedence kept', () => {
    const { context } = prepare(thread);
    const { raw, kept } = runRules(context);
    const fired = new Set(raw.map((f) => f.ruleId));
    for (const f of check(thread).findings) expect(fired.has(f.ruleId)).toBe(true);
    expect(
      check(thread, { verdict: false })
        .findings.map((f) => f.ruleId)
        .sort(),
    ).toEqual(kept.map((f) => f.ruleId).sort());
  });
});
