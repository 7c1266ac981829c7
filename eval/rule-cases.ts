/** Labelled case files and the rules' verdict on one case: shared by `npm run eval` and the agreement report. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { prepare, reportedFindings } from '../src/core/check.ts';
import type { RuleId, Severity } from '../src/core/rules/types.ts';
import { parseThread } from '../src/core/thread-schema.ts';

export interface RuleCase {
  id: string;
  /** "RU->US": the rep's and the client's countries. */
  pair?: string;
  thread: unknown;
  expected: { rule: RuleId; severity?: Severity }[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

/** One JSON object per non-blank line; `fail` gets "name:line: invalid JSON" for a bad line. */
export function readJsonl<T>(path: string, name: string, fail: (message: string) => never): T[] {
  const out: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as T);
      } catch {
        fail(`${name}:${i + 1}: invalid JSON`);
      }
    });
  return out;
}

/**
 * Each rule with at least one finding on the case's draft, at its highest severity; `verdict:
 * false` scores the rules alone, without the verdict model (src/core/verdict). `features` is what
 * the model read (absent without it).
 * Throws the thread parser's error (which names the case) when the thread is malformed.
 */
export function ruleOutputs(
  thread: unknown,
  id: string,
  options: { verdict?: boolean } = {},
): { found: Map<RuleId, Severity>; features?: string[] } {
  const { context } = prepare(parseThread(thread, id));
  const { reported, features } = reportedFindings(context, options);
  const found = new Map<RuleId, Severity>();
  for (const f of reported) {
    const before = found.get(f.ruleId);
    if (!before || SEVERITY_RANK[f.severity] > SEVERITY_RANK[before]) found.set(f.ruleId, f.severity);
  }
  return { found, features };
}

export function foundRules(
  thread: unknown,
  id: string,
  options: { verdict?: boolean } = {},
): Map<RuleId, Severity> {
  return ruleOutputs(thread, id, options).found;
}

/**
 * One hash of what the verdict model reads on a set of cases (case ids and their features, in any
 * order). scripts/train-verdict.ts stores it with the weights; `npm run eval` compares it with the
 * dev part's, so a change to a rule, a cue or the dev cases that the model was not trained on is
 * said, not silently scored.
 */
export function featuresFingerprint(cases: Iterable<{ id: string; features: readonly string[] }>): string {
  const lines = [...cases].map((c) => `${c.id}\t${[...c.features].sort().join(' ')}`).sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest('hex').slice(0, 16);
}
