/**
 * Agreement between two sets of rule labels on the same drafts (two annotators, or an annotator
 * and the rules): per-rule F1 and Cohen's kappa, micro F1, clean and severity agreement.
 */
import type { RuleId, Severity } from '../src/core/rules/types.ts';
import { RULE_IDS } from '../src/core/rules/types.ts';
import { cohensKappa, type LabelledItem, microCounts, multiLabelCounts, scores } from './metrics.ts';

/** One annotator's (or the rules') verdict on one draft: each rule flagged, with its severity. */
export type Labels = Map<RuleId, Severity | undefined>;

/** A case's `expected` list as labels; throws an error naming `where` for a malformed list. */
export function labelsOf(expected: unknown, where: string): Labels {
  if (!Array.isArray(expected))
    throw new Error(`${where}: "expected" must be a list of {"rule", "severity"}`);
  const out: Labels = new Map();
  for (const e of expected as { rule?: unknown; severity?: Severity }[]) {
    if (!RULE_IDS.includes(e.rule as RuleId))
      throw new Error(`${where}: unknown rule ${JSON.stringify(e.rule)}`);
    out.set(e.rule as RuleId, e.severity);
  }
  return out;
}

export interface Comparison {
  perRule: Record<RuleId, { f1: number | null; kappa: number | null }>;
  micro: number | null;
  /** Cases both call clean, over cases at least one calls clean. */
  cleanAgreement: number | null;
  /** Cases with exactly the same set of rules. */
  sameSet: number;
  /** Among rules both flag: share with the same severity. */
  severity: number | null;
}

/** How far `second` agrees with `first` on the same drafts, in the same order. */
export function compareLabels(first: readonly Labels[], second: readonly Labels[]): Comparison {
  const items: LabelledItem<RuleId>[] = first.map((a, i) => ({
    expected: [...a.keys()],
    predicted: [...second[i]!.keys()],
  }));
  const counts = multiLabelCounts(items, RULE_IDS);
  const perRule = {} as Comparison['perRule'];
  for (const id of RULE_IDS) perRule[id] = { f1: scores(counts[id]).f1, kappa: cohensKappa(counts[id]) };
  let eitherClean = 0;
  let bothClean = 0;
  let sameSet = 0;
  let bothFlagged = 0;
  let sameSeverity = 0;
  first.forEach((a, i) => {
    const b = second[i]!;
    if (a.size === 0 || b.size === 0) eitherClean++;
    if (a.size === 0 && b.size === 0) bothClean++;
    if (a.size === b.size && [...a.keys()].every((r) => b.has(r))) sameSet++;
    for (const [rule, severity] of a) {
      if (!b.has(rule) || !severity || !b.get(rule)) continue;
      bothFlagged++;
      if (b.get(rule) === severity) sameSeverity++;
    }
  });
  const ratio = (x: number, n: number) => (n === 0 ? null : Math.round((x / n) * 1000) / 1000);
  return {
    perRule,
    micro: scores(microCounts(counts)).f1,
    cleanAgreement: ratio(bothClean, eitherClean),
    sameSet: ratio(sameSet, first.length) ?? 0,
    severity: ratio(sameSeverity, bothFlagged),
  };
}
