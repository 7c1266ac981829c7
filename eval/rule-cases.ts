/** Labelled case files and the rules' verdict on one case: shared by `npm run eval` and the agreement report. */
import { readFileSync } from 'node:fs';
import { check } from '../src/core/check.ts';
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
 * false` scores the rules alone, without the verdict model (src/core/verdict).
 * Throws the thread parser's error (which names the case) when the thread is malformed.
 */
export function foundRules(
  thread: unknown,
  id: string,
  options: { verdict?: boolean } = {},
): Map<RuleId, Severity> {
  const found = new Map<RuleId, Severity>();
  for (const f of check(parseThread(thread, id), options).findings) {
    const before = found.get(f.ruleId);
    if (!before || SEVERITY_RANK[f.severity] > SEVERITY_RANK[before]) found.set(f.ruleId, f.severity);
  }
  return found;
}
