import { describe, expect, it } from 'vitest';
import { compareLabels, type Labels, labelsOf } from './annotator-agreement.ts';

const l = (...rules: [string, string?][]): Labels =>
  labelsOf(
    rules.map(([rule, severity]) => ({ rule, severity })),
    't',
  );

describe('compareLabels', () => {
  it('scores per rule, clean and severity agreement between two annotators', () => {
    const first = [
      l(['cold-reply', 'warning']),
      l(),
      l(['abrupt-pivot', 'warning'], ['cold-reply', 'error']),
      l(),
    ];
    const second = [
      l(['cold-reply', 'warning']),
      l(),
      l(['abrupt-pivot', 'suggestion']),
      l(['cold-reply', 'warning']),
    ];
    const c = compareLabels(first, second);
    // cold-reply: both on case 0, only first on case 2, only second on case 3 -> 2*1 / (2 + 1 + 1)
    expect(c.perRule['cold-reply'].f1).toBe(0.5);
    expect(c.perRule['abrupt-pivot'].f1).toBe(1);
    expect(c.perRule['abrupt-pivot'].kappa).toBe(1);
    // case 1 is clean for both; case 3 is clean only for the first
    expect(c.cleanAgreement).toBe(0.5);
    expect(c.sameSet).toBe(0.5);
    // both flag cold-reply on case 0 (same severity) and abrupt-pivot on case 2 (different)
    expect(c.severity).toBe(0.5);
  });

  it('names the case of a malformed or unknown label', () => {
    expect(() => labelsOf({ rule: 'cold-reply' }, 'second.jsonl rd-7')).toThrow(
      /second.jsonl rd-7: "expected" must be a list/,
    );
    expect(() => labelsOf([{ rule: 'too-cold' }], 'rd-8')).toThrow(/rd-8: unknown rule "too-cold"/);
  });
});
