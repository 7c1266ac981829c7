import { describe, expect, it } from 'vitest';
import { check } from '../check.ts';
import { FRIENDLY_HISTORY } from '../testing/histories.ts';
import { buildThread, c } from '../testing/thread-builder.ts';

const rulesOn = (spec: Parameters<typeof buildThread>[0]) =>
  check(buildThread(spec)).findings.map((f) => f.ruleId);

const GRADUATION = c(
  'Sorry for the silence, my daughter graduated on Saturday and the whole family came over!',
  100,
);

describe('precedence: a softened request in a reply that turns from the news', () => {
  it('leaves a please-request to the rule that names the turn from the news', () => {
    const ids = rulesOn({
      reader: 'GB',
      history: [...FRIENDLY_HISTORY, GRADUATION],
      draft: 'Regarding the renewal, please sign and return the contract by Friday.',
    });
    expect(ids).toContain('ignored-disclosure');
    expect(ids).not.toContain('blunt-request');
  });

  it('keeps a bare order there: bluntness is a fault of its own', () => {
    const ids = rulesOn({
      reader: 'GB',
      history: [...FRIENDLY_HISTORY, GRADUATION],
      draft: 'Sign and return the contract by Friday.',
    });
    expect(ids).toContain('ignored-disclosure');
    expect(ids).toContain('blunt-request');
  });

  it('keeps a pressed please-request when the reply answers the news', () => {
    const ids = rulesOn({
      reader: 'GB',
      history: [...FRIENDLY_HISTORY, GRADUATION],
      draft:
        'Congratulations to your daughter, what a proud moment for the family! Regarding the renewal, please sign and return the contract by Friday at the latest.',
    });
    expect(ids).not.toContain('ignored-disclosure');
    expect(ids).toContain('blunt-request');
  });

  it('keeps a pressed please-request when there was no news to turn from', () => {
    const ids = rulesOn({
      reader: 'GB',
      history: [...FRIENDLY_HISTORY, c('Thanks, we are reviewing the contract.', 100)],
      draft: 'Please sign and return the contract by Friday at the latest.',
    });
    expect(ids).toContain('blunt-request');
  });
});
