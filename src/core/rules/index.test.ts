import { describe, expect, it } from 'vitest';
import { SOURCES } from '../culture/profile.ts';
import { RULES, ruleById } from './index.ts';
import { RULE_IDS } from './types.ts';

describe('the rule registry', () => {
  it('has every rule id of the design, once', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULE_IDS.map((id) => [id]))('%s is documented in English and Russian, with known sources', (id) => {
    const rule = ruleById(id)!;
    const { summary, details } = rule.meta.docs;
    for (const t of [summary, details]) {
      expect(t.en).toMatch(/^[^а-яё]+$/i);
      expect(t.ru).toMatch(/[а-яё]{4,}/i);
    }
    expect(details.en.length).toBeGreaterThan(summary.en.length);
    expect(rule.meta.sources.length).toBeGreaterThan(0);
    for (const source of rule.meta.sources) expect(SOURCES[source], source).toBeDefined();
  });
});
