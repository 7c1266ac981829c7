import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../analysis.ts';
import { buildThread, c } from '../testing/thread-builder.ts';
import { agreedResume, announcedReturn, askedDeadline } from './deadline.ts';

// buildThread starts on Monday 2 March 2026 at 09:00 UTC; the message comes a day later.
const SENT = Date.parse('2026-03-03T09:00:00Z');
const deadlineIn = (text: string) => {
  const thread = analyzeThread(buildThread({ history: [c(text)], draft: 'Thanks.' }));
  return askedDeadline(thread.messages[0]!);
};
const endOfDay = (isoDate: string) => Date.parse(`${isoDate}T23:59:59.999Z`);

describe('askedDeadline: the time a client asks the other side to meet', () => {
  // rules.dev.32-34 generalisations (own wording): the client's own plan, and the day of writing told
  // as what happened, set the reader no limit
  it.each([
    'Our board will decide on the proposal in its meeting on 19 March.',
    // Without the article, as writers of article-less languages put it.
    'Board will decide on investment in its meeting on 19 March. I will inform you of decision on 20 March.',
    "I'm off skiing with the kids, so I'll sign it first thing Monday.",
    'We will take it to the committee on 12 March and I will be in touch after that.',
    'I want to thank you: your engineer stayed until late yesterday evening so that we could start the line today.',
  ])('sets none in %s', (text) => {
    expect(deadlineIn(text)).toBeUndefined();
  });
  // rules.dev.55 generalisation (own wording): a span of absence, with a request beside it, is no limit
  it.each([
    "I'm on holiday from Friday until 20 March, so please send it after that.",
    'We are away from 10 to 24 March; no need to hurry with the report.',
  ])('sets none in %s', (text) => {
    expect(deadlineIn(text)).toBeUndefined();
  });
  it('still reads a limit beside an absence that is not a span ("by Thursday, I am away after that")', () => {
    expect(deadlineIn('Please send the drawings by Thursday, I am away after that.')).toBe(
      endOfDay('2026-03-05'),
    );
  });
  it('still reads a limit when the client asks for it beside their plan', () => {
    expect(deadlineIn('Our board will decide on 19 March, so we need your offer by Friday.')).toBe(
      endOfDay('2026-03-06'),
    );
  });
  it("reads a limit set for the reader's team, which is no plan of the client's", () => {
    expect(deadlineIn('Your team will need to send the drawings by Friday.')).toBe(endOfDay('2026-03-06'));
  });
  it('reads the day of a committee the client prepares for ("the committee sits on Thursday")', () => {
    expect(deadlineIn('Any news? The steering committee sits on Thursday.')).toBe(endOfDay('2026-03-05'));
  });

  it('reads a weekday after "by" as the end of that day, after the message', () => {
    expect(deadlineIn('We need the revised offer by Friday.')).toBe(endOfDay('2026-03-06'));
  });

  it('reads a date a few words after "before" ("before our campaign on the 10th")', () => {
    expect(deadlineIn('Can you add the language before our campaign on the 10th?')).toBe(
      endOfDay('2026-03-10'),
    );
  });

  it('takes a day of the month already past as next month’s', () => {
    expect(deadlineIn('Please send the references before the 2nd.')).toBe(endOfDay('2026-04-02'));
  });

  it('reads "until" as "by" when the sentence asks for something', () => {
    expect(deadlineIn('Please confirm the order until tomorrow.')).toBe(endOfDay('2026-03-04'));
  });

  it('reads "Monday 16" as the 16th, not the nearest Monday', () => {
    expect(
      deadlineIn(
        'We need your offer before Friday 13 March at noon, because the investment committee meets on Monday 16.',
      ),
    ).toBe(Date.parse('2026-03-13T12:00:00Z'));
    expect(deadlineIn('The committee meets on Monday 16, we need the offer for it.')).toBe(
      endOfDay('2026-03-16'),
    );
  });

  it('keeps "Monday 16:00" and "Friday 4pm" a weekday and an hour', () => {
    expect(deadlineIn('We need the offer for the board on Monday 16:00.')).toBe(
      Date.parse('2026-03-09T16:00:00Z'),
    );
    expect(deadlineIn('Please send it by Friday 4pm.')).toBe(Date.parse('2026-03-06T16:00:00Z'));
  });

  it('keeps the earliest of several deadlines', () => {
    expect(deadlineIn('We need the quote by Friday. Please send the contract by the end of next week.')).toBe(
      endOfDay('2026-03-06'),
    );
  });

  it('reads a date the client ties to their own plans as a limit ("for the review on Monday")', () => {
    expect(deadlineIn('Can you send the questionnaire? We need it for the vendor review on Monday.')).toBe(
      endOfDay('2026-03-09'),
    );
    expect(deadlineIn('Thanks. Our budget meeting is at the end of the month.')).toBe(endOfDay('2026-03-31'));
  });

  it('reads the day a bid is due as a limit ("we are compiling the bid today", "submission on Thursday")', () => {
    expect(deadlineIn('Kindly send the price asap, we are compiling the bid today.')).toBe(
      endOfDay('2026-03-03'),
    );
    expect(deadlineIn('Our tender submission closes on Thursday, please hurry.')).toBe(
      endOfDay('2026-03-05'),
    );
  });

  it('reads a request to deliver on a day as a limit without "by" ("can you send it today?")', () => {
    expect(deadlineIn('Still nothing here. Could you send it today?')).toBe(endOfDay('2026-03-03'));
    expect(deadlineIn('Please share the signed annex tomorrow.')).toBe(endOfDay('2026-03-04'));
    expect(deadlineIn('Can you submit the drawings on Thursday?')).toBe(endOfDay('2026-03-05'));
  });

  it('sets none for an absence, a date with no limit word, or no date', () => {
    expect(deadlineIn('Kindly send the price for the bid.')).toBeUndefined();
    expect(deadlineIn('I am away until Monday.')).toBeUndefined();
    expect(deadlineIn('Can we talk on Friday?')).toBeUndefined();
    // A day to meet or to hear how something went is no limit for a delivery.
    expect(deadlineIn('Could you call me tomorrow?')).toBeUndefined();
    expect(deadlineIn('We send the spare parts today, can you confirm the address?')).toBeUndefined();
    expect(deadlineIn('Please send the revised offer.')).toBeUndefined();
  });

  // rules.dev.21 generalisation (own wording): the client's own promise to answer is no limit for the rep.
  it('sets none for the client’s own next step ("we will review it and reply within two weeks")', () => {
    expect(deadlineIn('We will discuss it with the board and come back to you next week.')).toBeUndefined();
    expect(deadlineIn('I’ll check with procurement and reply by Friday.')).toBeUndefined();
    // Near-misses: asked of the other side, the date stays a limit.
    expect(deadlineIn('We will review it, but please send the references by Friday.')).toBeDefined();
    expect(deadlineIn('We need the offer by Friday, then we will get back to you.')).toBeDefined();
  });

  it('is measured from when the message was sent', () => {
    expect(deadlineIn('We need it by tomorrow, please.')).toBeGreaterThan(SENT);
  });

  // rules.dev.13 generalisation (own wording): the client's own plans wait for someone's return.
  it('sets none for the day someone is back, in a sentence about the client’s own plans', () => {
    expect(deadlineIn('I have to discuss it with my director, she returns on Thursday.')).toBeUndefined();
    expect(deadlineIn('We need our CFO for this, and he is back from Singapore next week.')).toBeUndefined();
  });

  it('near-miss: a limit word before the return keeps the deadline ("before our CEO is back")', () => {
    expect(deadlineIn('We need the offer before our CEO is back on Thursday.')).toBe(endOfDay('2026-03-05'));
    expect(deadlineIn('Please send it by Thursday, when our CFO is back.')).toBe(endOfDay('2026-03-05'));
  });

  // rules.dev.16 generalisation (own wording): dates offered as alternatives, lengths of time and
  // a part of the day with no day.
  it('takes the later of two dates joined by "or" ("today or latest tomorrow", "Thursday or Friday at the latest")', () => {
    expect(deadlineIn('Please send the invoice today or latest tomorrow.')).toBe(endOfDay('2026-03-04'));
    expect(deadlineIn('We need the packing list Thursday or Friday at the latest.')).toBe(
      endOfDay('2026-03-06'),
    );
  });

  it('near-miss: two dates not offered as alternatives keep the earliest', () => {
    expect(deadlineIn('We need the draft by Thursday and the final version by Friday.')).toBe(
      endOfDay('2026-03-05'),
    );
  });

  it('sets none for a length of time or a part of the day with no day ("for two days", "in the evening")', () => {
    expect(deadlineIn('You must stay at our plant for two days when you come.')).toBeUndefined();
    expect(deadlineIn('You must join us, in the evening we take the team out for dinner.')).toBeUndefined();
  });

  it('near-miss: a day asked for with "for", or a part of the day after a limit word, is still a limit', () => {
    expect(deadlineIn('We need the drawings for Friday.')).toBe(endOfDay('2026-03-06'));
    expect(deadlineIn('Please send it by this evening.')).toBeDefined();
  });
});

const returnIn = (text: string) => {
  const thread = analyzeThread(buildThread({ history: [c(text)], draft: 'Thanks.' }));
  return announcedReturn(thread.messages[0]!);
};

describe('announcedReturn: when an absence the client announced ends', () => {
  it('reads a return date ("back on the 20th", "away until Friday", "she returns next week")', () => {
    expect(returnIn('I am off to my sister’s wedding. Back in the office on the 20th.')).toBe(
      endOfDay('2026-03-20'),
    );
    expect(returnIn('Heads-up: I am away until Friday, no signal in the mountains.')).toBe(
      endOfDay('2026-03-06'),
    );
    expect(returnIn('Our buyer is travelling; she returns on Monday.')).toBe(endOfDay('2026-03-09'));
  });

  it('reads an absence of a stated length from the day it was written ("on leave for two weeks")', () => {
    expect(returnIn('Our daughter was born, so I will be on leave for two weeks.')).toBe(
      SENT + 15 * 24 * 3_600_000,
    );
  });

  it('reads the end of an absence given as a range ("out of office from the 10th until the 20th")', () => {
    expect(returnIn('I will be out of the office from March 10 until March 20, back to you then.')).toBe(
      endOfDay('2026-03-20'),
    );
    expect(returnIn('We are on holiday 12-16 March, the team will review it after.')).toBe(
      endOfDay('2026-03-16'),
    );
  });

  it('near-miss: a range in a sentence that tells of no absence is no return', () => {
    expect(returnIn('The trade fair runs from March 10 until March 20, will you exhibit?')).toBeUndefined();
  });

  it('near-miss: sets none for a date that is no return, or a past one', () => {
    expect(returnIn('We need the revised offer by Friday.')).toBeUndefined();
    expect(returnIn('Can we talk on Friday?')).toBeUndefined();
    expect(returnIn('I was on holiday until yesterday, sorry for the silence.')).toBeUndefined();
  });
});

const resumeIn = (text: string) => {
  const thread = analyzeThread(buildThread({ history: [c(text)], draft: 'Thanks.' }));
  return agreedResume(thread.messages[0]!);
};

describe('agreedResume: the day the client asks to be contacted again', () => {
  it('reads the day after a follow-up, talk or call ("follow up with me around the 22nd")', () => {
    expect(resumeIn('I am at a trade fair. Follow up with me around the 22nd.')).toBe(endOfDay('2026-03-22'));
    expect(resumeIn('Busy week here, let’s talk again on Monday 16th.')).toBe(endOfDay('2026-03-16'));
    expect(resumeIn('Please call me after the 12th, I will have the numbers then.')).toBe(
      endOfDay('2026-03-12'),
    );
  });

  it('near-miss: a date before the verb, a length of time, or no date names no day', () => {
    expect(resumeIn('On Friday we ship the parts; talk soon.')).toBeUndefined();
    expect(resumeIn('Let’s talk for two hours about the plan.')).toBeUndefined();
    expect(resumeIn('We need the revised offer by Friday.')).toBeUndefined();
  });
});
