import { describe, expect, it } from 'vitest';
import { check } from '../check.ts';
import { buildThread, c, type Line, r } from '../testing/thread-builder.ts';

const report = (history: Line[]) =>
  check(buildThread({ history, draft: 'Thank you, noted.' }), { rules: [] });

const terse = [
  c('Send pricing.'),
  r('Attached.'),
  c('Got it. Need the SLA.'),
  r('Attached.'),
  c('Ok. Board meets Monday.'),
];
const direct = [
  c('Send the pricing for 50 users.'),
  r('Attached.'),
  c('That is wrong, the discount is missing. Fix it.'),
  r('Fixed.'),
  c('Call me tomorrow at 10 about the rollout plan and the training sessions for our team.'),
];
const warm = [
  c('Hi Marina, thanks so much for the demo! The team loved it.'),
  r('Thank you, Alex.'),
  c('Hello again! Thanks for the pricing, really appreciate the detail.'),
  r('You are welcome.'),
  c('Hi Marina, hope your week is going well. Thanks for the quick answers.'),
];

describe('client style: what this client’s own messages show', () => {
  it('reads a terse client and says a short reply is fine', () => {
    const { client } = report(terse);
    expect(client).toMatchObject({ known: true, terse: true, warm: false });
    expect(client.notes.join(' ')).toMatch(/short business notes; a short reply is fine/);
  });

  it('reads a direct client and says plain requests are less likely to offend', () => {
    const { client } = report(direct);
    expect(client).toMatchObject({ known: true, direct: true, warm: false });
    expect(client.notes.join(' ')).toMatch(/plain requests and objections/);
  });

  it('reads a warm client and says a curt reply would stand out', () => {
    const { client } = report(warm);
    expect(client).toMatchObject({ known: true, warm: true, direct: false, terse: false });
    expect(client.notes.join(' ')).toMatch(/usually writes warmly/);
  });

  it('does not take a salutation on its own line for a plain request', () => {
    const { client } = report([
      c('Dear Marina,\n\nThank you for the offer. We will review it internally.'),
      r('Thank you.'),
      c('Dear Marina,\n\nThank you for the samples. They arrived yesterday.'),
      r('Glad to hear it.'),
      c('Dear Marina,\n\nThank you for the call today.'),
    ]);
    expect(client.direct).toBe(false);
  });

  it('does not take short notes in high spirits for curt ones', () => {
    const { client } = report([
      c('Demo was great 😊'),
      r('Thank you!'),
      c('haha our CFO asked for a second one'),
      r('Happy to do it.'),
      c('Friday works 🎉'),
    ]);
    expect(client.terse).toBe(false);
  });

  it('judges nothing from fewer than three messages', () => {
    const { client } = report([c('Send the pricing.'), r('Attached.'), c('That is wrong.')]);
    expect(client).toMatchObject({ known: false, direct: false, warm: false, terse: false });
    expect(client.notes).toEqual([]);
  });

  it('says it in Russian too', () => {
    const ru = check(buildThread({ history: direct, draft: 'Noted.' }), { rules: [], lang: 'ru' });
    expect(ru.client.notes.join(' ')).toMatch(/прямые просьбы/);
  });
});
