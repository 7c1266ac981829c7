import { describe, expect, it } from 'vitest';
import { featuresFingerprint } from './rule-cases.ts';

describe('featuresFingerprint', () => {
  const a = { id: 'a', features: ['rule:cold-reply', 'd:thanks'] };
  const b = { id: 'b', features: ['reader:JP'] };

  it('does not depend on the order of the cases or of their features', () => {
    const reordered = { id: 'a', features: ['d:thanks', 'rule:cold-reply'] };
    expect(featuresFingerprint([a, b])).toBe(featuresFingerprint([b, reordered]));
  });

  it('changes when a case reads one feature more or fewer, or a case is added', () => {
    const base = featuresFingerprint([a, b]);
    expect(featuresFingerprint([{ ...a, features: ['rule:cold-reply'] }, b])).not.toBe(base);
    expect(featuresFingerprint([a, { ...b, features: ['reader:JP', 'kept:cold-reply'] }])).not.toBe(base);
    expect(featuresFingerprint([a, b, { id: 'c', features: [] }])).not.toBe(base);
  });

  it('tells the cases apart by id', () => {
    expect(featuresFingerprint([a, { ...b, id: 'c' }])).not.toBe(featuresFingerprint([a, b]));
  });
});
