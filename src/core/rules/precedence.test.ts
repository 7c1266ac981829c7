import { describe, expect, it } from 'vitest';
import { check } from '../check.ts';
import { FRIENDLY_HISTORY } from '../testing/histories.ts';
import { buildThread, c } from '../testing/thread-builder.ts';

// Precedence's own verdict: the verdict model, which may overrule it, is tested in src/core/verdict.
const rulesOn = (spec: Parameters<typeof buildThread>[0]) =>
  check(buildThread(spec), { verdict: false }).findings.map((f) => f.ruleId);

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

const WARM_NEWS = c(
  'Thank you so much for the lovely dinner on Thursday, it was a real pleasure! We are off to the lake with the kids this weekend, my son caught his first fish there last year. Have a wonderful week!',
  100,
);
const WARM_THANKS = c(
  'Thank you so much for the lovely dinner on Thursday, it was a real pleasure to host you and your team! Have a wonderful week!',
  100,
);

describe('precedence: cold-reply beside a rule that names what was skipped', () => {
  it('leaves a curt reply to warm news to ignored-disclosure', () => {
    const ids = rulesOn({
      reader: 'US',
      history: [...FRIENDLY_HISTORY, WARM_NEWS],
      draft: 'Noted. The invoice is attached.',
    });
    expect(ids).toEqual(['ignored-disclosure']);
  });

  it('leaves it to ignored-disclosure and abrupt-pivot when the reply opens on business', () => {
    const ids = rulesOn({
      reader: 'US',
      history: [...FRIENDLY_HISTORY, WARM_NEWS],
      draft: 'Hi Dana, the updated invoice is attached.',
    });
    expect(ids).toContain('abrupt-pivot');
    expect(ids).toContain('ignored-disclosure');
    expect(ids).not.toContain('cold-reply');
  });

  it('keeps cold-reply when warmth with no news gets a curt reply: nothing else names it', () => {
    const ids = rulesOn({
      reader: 'US',
      history: [...FRIENDLY_HISTORY, WARM_THANKS],
      draft: 'Noted. The invoice is attached.',
    });
    expect(ids).toEqual(['cold-reply']);
  });
});

const LAYOFFS = c(
  'Sorry for the slow answer. We had to let a third of the plant go on Monday, people I worked with for fifteen years. It has been a very hard week.',
  100,
);

describe('precedence: a softened request right after bad news', () => {
  it('leaves a "could you ..." request for an act to bad-news-pitch', () => {
    const ids = rulesOn({
      reader: 'DE',
      history: [...FRIENDLY_HISTORY, LAYOFFS],
      draft: 'I am sorry to hear that. Could you return the signed order form by Monday so we keep the slot?',
    });
    expect(ids).toContain('bad-news-pitch');
    expect(ids).not.toContain('closed-pressure-question');
  });

  it('keeps a yes/no pressed without softening: "can you get it signed this week?"', () => {
    const ids = rulesOn({
      reader: 'DE',
      history: [...FRIENDLY_HISTORY, LAYOFFS],
      draft: 'I am sorry to hear that. Can you get the order form signed this week so we keep the slot?',
    });
    expect(ids).toContain('bad-news-pitch');
    expect(ids).toContain('closed-pressure-question');
  });

  it('keeps a softened request to sign beside a push to commit (an offer that expires)', () => {
    const ids = rulesOn({
      reader: 'DE',
      history: [...FRIENDLY_HISTORY, LAYOFFS],
      draft:
        'I am so sorry. Could you sign the extension this week? The launch price is no longer valid after the 15th.',
    });
    expect(ids).toContain('bad-news-pitch');
    expect(ids).toContain('closed-pressure-question');
  });

  it('keeps a softened question that asks for the decision itself', () => {
    const ids = rulesOn({
      reader: 'DE',
      history: [...FRIENDLY_HISTORY, LAYOFFS],
      draft: 'I am sorry to hear that. The offer ends on Friday, so please let me know if you want to renew.',
    });
    expect(ids).toContain('bad-news-pitch');
    expect(ids).toContain('closed-pressure-question');
  });

  it('keeps the softened request as a yes/no pressed when there was no bad news', () => {
    const ids = rulesOn({
      reader: 'DE',
      history: [...FRIENDLY_HISTORY, c('Thanks, we are still comparing the offers.', 100)],
      draft: 'Could you return the signed order form by Monday so we keep the slot?',
    });
    expect(ids).toContain('closed-pressure-question');
  });
});

describe('precedence: a first name beside an order', () => {
  /** A first, formal note from a Korean buyer to a German rep. */
  const FORMAL_FIRST_NOTE: Omit<Parameters<typeof buildThread>[0], 'draft'> = {
    reader: 'KR',
    writer: 'DE',
    clientName: 'Lee Min-ho',
    repName: 'Tom Weber',
    history: [
      c(
        'Dear Mr. Weber, thank you for the catalogue. We are interested in your torque sensors for our Changwon plant. Could you kindly send the price list? Best regards, Lee Min-ho',
      ),
    ],
  };

  it('leaves a first name that is only a nudge to the order beside it', () => {
    const ids = rulesOn({
      ...FORMAL_FIRST_NOTE,
      draft:
        'Hi Min-ho, you need to sign our NDA and send back the vendor form by Friday. Then we send prices.',
    });
    expect(ids).toContain('blunt-request');
    expect(ids).not.toContain('over-familiar');
  });

  it('keeps the first name when the request is asked kindly', () => {
    const ids = rulesOn({
      ...FORMAL_FIRST_NOTE,
      draft:
        'Hi Min-ho, thank you very much for your interest. The price list is attached; could you let me know the volumes you expect?',
    });
    expect(ids).not.toContain('blunt-request');
    expect(ids).toContain('over-familiar');
  });
});
