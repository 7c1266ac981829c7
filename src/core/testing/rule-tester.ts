/**
 * ESLint-style tables for rules: `valid` cases must raise nothing from the rule, `invalid` ones
 * must raise it (with the stated severity, fix and evidence, when given). Runs under vitest.
 */
import { describe, expect, it } from 'vitest';
import { check, prepare } from '../check.ts';
import type { Finding, Rule, Severity } from '../rules/types.ts';
import { buildThread, type ThreadSpec } from './thread-builder.ts';

export interface ValidCase extends ThreadSpec {
  name: string;
}

export interface InvalidCase extends ThreadSpec {
  name: string;
  severity?: Severity;
  /** Text the fix (or, with `rewriteIncludes`, the whole rewrite) must contain. */
  fixIncludes?: string | RegExp;
  rewriteIncludes?: string | RegExp;
  /** Text the evidence must quote. */
  evidenceIncludes?: string;
  /** How many findings of this rule (default: at least one). */
  count?: number;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const KNOWN_KEYS = new Set([
  'name',
  'reader',
  'writer',
  'clientName',
  'repName',
  'history',
  'draft',
  'draftAfter',
  'severity',
  'fixIncludes',
  'rewriteIncludes',
  'evidenceIncludes',
  'count',
]);

function assertShape(kase: object): void {
  const unknown = Object.keys(kase).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length > 0) throw new Error(`unknown key(s) in case: ${unknown.join(', ')}`);
}

const matches = (text: string, expected: string | RegExp) =>
  typeof expected === 'string' ? text.includes(expected) : expected.test(text);

export function runRuleCases(rule: Rule, cases: RuleCases): void {
  const id = rule.meta.id;
  describe(id, () => {
    it('has distinct case names', () => {
      const names = [...cases.valid, ...cases.invalid].map((k) => k.name);
      expect(new Set(names).size).toBe(names.length);
    });
    describe('valid', () => {
      it.each(cases.valid.map((k) => [k.name, k] as const))('%s', (_name, kase) => {
        assertShape(kase);
        const report = check(buildThread(kase), { rules: [id], verdict: false });
        expect(report.findings.filter((f) => f.ruleId === id).map((f) => f.message)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((k) => [k.name, k] as const))('%s', (_name, kase) => {
        assertShape(kase);
        const report = check(buildThread(kase), { rules: [id], verdict: false });
        const found = report.findings.filter((f) => f.ruleId === id);
        if (kase.count !== undefined) expect(found).toHaveLength(kase.count);
        else expect(found.length).toBeGreaterThan(0);
        const first = found[0]!;
        if (kase.severity) expect(first.severity).toBe(kase.severity);
        if (kase.fixIncludes)
          expect(matches(first.fix?.text ?? '', kase.fixIncludes), `fix: ${first.fix?.text}`).toBe(true);
        if (kase.rewriteIncludes)
          expect(matches(report.rewrite.text, kase.rewriteIncludes), `rewrite: ${report.rewrite.text}`).toBe(
            true,
          );
        if (kase.evidenceIncludes)
          expect(first.evidence.map((e) => e.text).join(' | ')).toContain(kase.evidenceIncludes);
        // Every finding explains itself from both sides, in both languages: check the English one here.
        expect(first.why.writer.length).toBeGreaterThan(20);
        expect(first.why.reader.length).toBeGreaterThan(20);
        // Spans point into the draft.
        expect(first.span.end).toBeLessThanOrEqual(kase.draft.length);
      });
    });
  });
}

/** What a rule finds on a thread on its own (`strict`) and the lenient candidates it offers the verdict model. */
export function ruleReadings(rule: Rule, spec: ThreadSpec): { strict: Finding[]; candidates: Finding[] } {
  const { context } = prepare(buildThread(spec));
  return { strict: rule.check(context), candidates: rule.candidates?.(context) ?? [] };
}
