/**
 * The culture pair changes outcomes where the sources say it should: the same draft, the same
 * history, only the reader's country differs (profiles in data/culture/profiles.json).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/core/check.ts';
import { profileFor } from '../src/core/culture/profile.ts';
import type { RuleId, Severity } from '../src/core/rules/types.ts';
import { buildThread, c, type Line, r } from '../src/core/testing/thread-builder.ts';

const RANK: Record<Severity | 'none', number> = { none: 0, suggestion: 1, warning: 2, error: 3 };

function outcome(
  rule: RuleId,
  reader: string,
  draft: string,
  history: Line[],
  writer = 'RU',
): Severity | 'none' {
  const report = check(buildThread({ reader, writer, history, draft }), { rules: [rule] });
  const found = report.findings.filter((f) => f.ruleId === rule).map((f) => f.severity);
  return found.sort((a, b) => RANK[b] - RANK[a])[0] ?? 'none';
}

const numbers = [
  c('Hi Marina, thanks for the call yesterday.'),
  r('Thank you for your time.'),
  c(
    'I ran the numbers again: with our volumes your plan would cost us about $90k a year. Could you double-check?',
  ),
];
const politeRequests = [
  c('Hello Marina, could you tell me a bit more about the reporting module? Thank you.'),
  r('Hello, the overview is attached.'),
  c('Thank you, this is helpful. Would it be possible to get pricing for 50 users?'),
];
const businessOnly = [
  c('Hello, thank you for the brochure. We would like to see the pricing for 50 users.'),
  r('Hello, the pricing is attached.'),
  c('Thank you. We will discuss it internally next week.'),
];

describe('the profiles these tests rely on', () => {
  it('state the tendencies with sources', () => {
    for (const code of ['US', 'NL', 'IL', 'JP', 'DE']) {
      const p = profileFor(code)!;
      expect(p, code).toBeDefined();
      expect(p.style.negativeFeedback.sources.length, code).toBeGreaterThan(0);
      expect(p.rapport.requestSoftening.sources.length, code).toBeGreaterThan(0);
      expect(p.rapport.openness.sources.length, code).toBeGreaterThan(0);
    }
  });
});

describe('blunt-disagreement: "Your numbers are wrong."', () => {
  const to = (reader: string) => outcome('blunt-disagreement', reader, 'Your numbers are wrong.', numbers);

  it('is a warning for a US reader, who expects criticism cushioned', () => {
    expect(to('US')).toBe('warning');
  });
  it('is at most a hint for Dutch and Israeli readers, who value direct negative feedback', () => {
    expect(to('NL')).toBe('suggestion');
    expect(to('IL')).toBe('suggestion');
  });
  it('is stronger for a Japanese reader than for a US one', () => {
    expect(RANK[to('JP')]).toBeGreaterThan(RANK[to('US')]);
  });
  it('follows the direction of every profile: more indirect feedback, never a milder outcome', () => {
    const codes = ['US', 'GB', 'NL', 'IL', 'DE', 'JP', 'CN', 'RU', 'FR'];
    const rows = codes.map((code) => ({
      code,
      scale: profileFor(code)!.style.negativeFeedback.value,
      got: RANK[to(code)],
    }));
    for (const a of rows)
      for (const b of rows)
        if (a.scale < b.scale) expect(a.got, `${a.code} vs ${b.code}`).toBeLessThanOrEqual(b.got);
  });
});

describe('blunt-request: "Send me the signed contract."', () => {
  const to = (reader: string, history = politeRequests) =>
    outcome('blunt-request', reader, 'Send me the signed contract.', history);

  it('is an error for a Japanese reader and nothing for a German one', () => {
    expect(to('JP')).toBe('error');
    expect(to('DE')).toBe('none');
  });
  it('sits in between for a US reader', () => {
    expect(to('US')).toBe('warning');
  });
  it("yields to the client's own writing: a Japanese client who writes orders is not offended by one", () => {
    const directClient = [
      c('Send the pricing for 50 users.'),
      r('Attached.'),
      c('Send the SLA too.'),
      r('Attached.'),
      c('Call me tomorrow at 10.'),
    ];
    expect(RANK[to('JP', directClient)]).toBeLessThan(RANK[to('JP')]);
  });
});

describe('over-familiar: "How is your family? Do you have kids?" in the second email, from a US rep', () => {
  const draft = 'Thank you! How is your family? Do you have kids?';
  const to = (reader: string, history = businessOnly) =>
    outcome('over-familiar', reader, draft, history, 'US');

  it('is flagged for Japanese and German readers, who keep private life private until trust is built', () => {
    expect(to('JP')).toBe('warning');
    expect(to('DE')).toBe('warning');
  });
  it('is fine for US and Brazilian readers, who open up early', () => {
    expect(to('US')).toBe('none');
    expect(to('BR')).toBe('none');
  });
  it('is fine for a German client who has shared family news first', () => {
    const shared = [
      ...businessOnly,
      c('Sorry for the delay: my daughter was born last week, so I was at home.'),
    ];
    expect(to('DE', shared)).toBe('none');
  });
});
