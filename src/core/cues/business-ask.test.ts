import { describe, expect, it } from 'vitest';
import { runDetectorCases } from '../testing/detector-tester.ts';
import { analyze } from '../text/analyze.ts';
import { businessAsk, businessTerms } from './business-ask.ts';
import { detectCues } from './index.ts';

/** Commitment asks press for a decision: they must reach the pressure threshold. */
const COMMITMENT_ASKS = [
  'So, do you want to buy our product?',
  'Are you ready to sign the contract?',
  'Did you make a decision?',
  'Would you like to go ahead with the order?',
  // rd41 (own wording): the deal "locked in", however the deal is qualified.
  'Could we lock in the two-year renewal before the price rise?',
  'Shall we move forward with the annual plan?',
  'Can you issue the PO this week?',
  'When can we expect the payment?',
  'Please sign the agreement by Friday.',
  'We are waiting for your decision.',
  'Is it a yes or no for the pilot licence?',
  'Have you decided which vendor to choose?',
  'Can your CFO approve the purchase before the quarter ends?',
  'Sign here and send it back today.',
  'Will you take it or not?',
  'So, what about our offer?',
  'Can we count on your order this month?',
  // rules.dev.22 (own wording): the order asked for as something to get.
  'So could we have your PO this week?',
  'Can we expect your order before the price rises?',
  'Do we have a deal?',
  // rules.dev.29 (own wording): the yes asked for by its name, the order counted on, a price held
  'Can we count on the order for the Izmir site by June?',
  'Can we expect your confirmation of the booking by Monday?',
  'Shall I lock in this rate for you until Friday?',
  // rules.dev.30 generalisation (own wording): the contract locked in is the yes
  'Can we lock in the agreement before the end of the month?',
  // rules.dev.27 (own wording): leaving a supplier for us, asked for
  'Would you switch if we matched their lead time?',
  'Could you change suppliers before the next season?',
  'Can we close this by Friday?',
  // The yes asked for in other words (own wording, tenth dev part's families).
  'Could we close the pilot order before the holidays?',
  'Shall we lock it in before the price list changes?',
  'Can you confirm you will award the contract to us?',
  'Can I count on you to push this through the board?',
  'Did you make up your mind?',
  'Will you renew?',
  'Do you agree to the terms?',
  'Can I put you down for 50 licences?',
  'How about the contract, any news?',
  'Please wire the advance so we can book the freight.',
  // cues.dev.3 generalisation (own wording): approval and signature, an invitation to a partnership,
  // a request after a lead-in clause.
  'Can you send the purchase form for signature?',
  'Please see attached the framework agreement for signature.',
  'One last thing: please approve the change request.',
  'Would your team be interested in a partnership?',
  'If you want the volume price, sign before Friday.',
  // a request after a topic named first
  'Regarding the renewal, sign and return the form by Friday.',
  'About the renewal, sign the form by Friday.',
  // a need that the reader meets: they act, give or take part
  'We need you to sign by Friday.',
  'I need the PO by Friday.',
  'We need to receive the payment by Friday.',
  'I need to have your decision this week.',
  'We need to sign the contract this month.',
  // rules.dev.24 generalisation (own wording): an order however it is qualified
  'Can you confirm the trial order this week?',
  // Invariance (eval:perturb, no articles): a need stated with its article dropped before a participle.
  'To start the installation we need signed PO from your side.',
];
/** Ordinary work asks: real asks, but no pressure to commit. */
const WORK_ASKS = [
  'Can you send the deck?',
  'Could we grab 15 minutes on Thursday?',
  'Could we schedule a call for Thursday?',
  'Please share the requirements document when you can.',
  'Send me the login details, please.',
  'I was wondering whether you had a chance to look at the proposal.',
  'Could you forward the invoice to our accounts team?',
  'Does Tuesday work for the demo?',
  'Kindly let us know the status of the shipment.',
  'Please advise the ETA for the second delivery.',
  'We are still waiting on the signed NDA.',
  "We'd like a demo of the reporting module next week.",
  'I would love a quick call about the integration.',
  // cues.dev.2 generalisation (own wording)
  'Could you email me the completed checklist?',
  'When would be a convenient time to walk through the renewal?',
  'Maybe we could meet for coffee at the fair?',
  // cues.dev.3 generalisation (own wording): a corrected document, a moved date, a proposed time,
  // a meeting by another name, a concession, a counter-offer, soft words before the verb.
  'Please fix the totals and resend.',
  'Could we postpone the kickoff to May?',
  'Wednesday at 3 instead?',
  'Maybe the 21st?',
  'Can you do 4pm instead?',
  'When would suit your team?',
  'Any chance you have time for a coffee during the expo?',
  "We'd like 20 minutes with your head of IT.",
  'Could you do something on the setup fee?',
  'The quote is too high for us, we need 40.',
  'Just send me the final figures.',
  'Kindly revert with the revised schedule.',
  // A meeting proposed, unlike the greeting "nice to meet you".
  'Would it be possible to meet you at the fair?',
  // An everyday verb stays a meeting ask when private life only says when ("after your holiday").
  'Can we meet for lunch when you are back from holiday?',
  'Could you test it with the kids version of the app first?',
  // a need the reader meets: a meeting both sides hold, a talk with them
  'We need to schedule a call next week.',
  'We need to discuss the price with you.',
  'We need to review the contract together.',
  'I want to schedule a demo with your team.',
  // a dropped "I" before a need the reader meets
  'Need to receive the revised quote by Friday.',
  // a paper the client supplies, needed by a date
  'I need the export permit copy by Monday, otherwise the truck waits at the border.',
];

runDetectorCases(businessAsk, {
  positive: [...COMMITMENT_ASKS, ...WORK_ASKS],
  negative: [
    // rd52 (own wording): an apology for the silence, whose "reply" asks for nothing
    'Please forgive me for such a late reply.',
    // a paper given, not asked for
    'Our ISO certificate is attached for your files.',
    // cues.dev.2: questions for information, not for a step
    'Who signs purchase orders on your side?',
    'How many users would need a licence?',
    'What is the procurement process for a new supplier?',
    'Is 200 units the right quantity for the first order?',
    'We support SAP and Oracle ERP.',
    'Our platform runs in the EU region.',
    'Please find the contract attached.',
    'Please find attached the updated pricing.',
    'We signed with a new logistics partner last month.',
    'The board decided to postpone all purchases until spring.',
    'I am sending the pricing for 50 and 200 users.',
    'Thank you for the order!',
    'Have a good weekend, Marina.',
    'How was your trip to Lisbon?',
    'There is no rush to decide, take all the time you need.',
    'No pressure at all on the contract.',
    'Take your time with the contract, there is no hurry.',
    // rules.dev.26 generalisation (own wording): the proposal named only to let it wait
    "Please don't give the offer another thought until you're ready.",
    "Please don't feel you need to decide on the licence this week.",
    'Let me know whenever you are ready to sign, no rush.',
    'Could you remind me of your PO number?',
    // near-miss of the switch: a setting switched, a supplier named as the past
    'We switched the report to weekly in March.',
    'Hope you are feeling better.',
    'The demo went really well yesterday.',
    'What did your CFO think of the workshop?',
    'Kindly note our office is closed on Friday.',
    'Let me know if you need any help with the setup.',
    'Is the delivery on schedule?',
    // work asks at most, never a commitment
    { text: 'Did you have a go at the sandbox yet?', below: 0.9 },
    { text: 'Shall I book seats for the webinar?', below: 0.9 },
    // A feature named after a payment or an order is software work, not a payment asked for.
    {
      text: 'Could you review the checkout flow mockups today so the billing epic is not stuck?',
      below: 0.9,
    },
    { text: 'Can you merge the fix this week so we can demo the order module?', below: 0.9 },
    { text: 'Can you share the credentials so we can finish the payment gateway integration?', below: 0.9 },
    'The contract can wait, please take care of your family.',
    "I'd love to hear how the conference went.",
    'Your order shipped this morning.',
    "Please don't worry about the order, we will sort it out when you're ready.",
    // cues.dev.3 generalisation (own wording): giving, informing, asking what is known, a statement
    // with a question mark.
    'Kindly find the updated offer attached and share it with your team.',
    'Please be informed that the goods left the warehouse.',
    'Do you have the price for the 10 kg pack?',
    'Quick one: is Anna still the right contact for the renewal?',
    'So the price went up again??',
    'So bottom line, we are not signing this quarter.',
    'Under clause 4 of the contract, you must report any incident within 24 hours.',
    // Everyday verbs acting on private life: meeting a grandson, trying a sport, talking to the kids.
    'Did you get to meet your new grandson?',
    'Did the kids try surfing in the end?',
    'Please talk to your daughter about the exchange year first.',
    'It was a pleasure to meet your family, please give my regards to your wife.',
    // The writer's own side's need or plan: they act, the reader is asked for nothing.
    'We need to prioritise the security review before anything else this quarter.',
    'I need to check with my manager first.',
    'We need to review the contract internally before we reply.',
    'I need to confirm the budget with finance.',
    'We need to test the integration on our side.',
    'We want to review the offer with our legal team.',
    'We need to update our pricing next year.',
    'We need a few days to check the contract.',
    // the same with the "I" dropped, as chat and non-native English often do
    'Need to check with my team first.',
    'Need to confirm the budget internally, will revert.',
    // patience asked, and a discourse marker before the writer's own step
    'Give me one day to check.',
    'Wait, I will check.',
  ],
});

describe('business-ask confidence', () => {
  const confidence = (text: string) =>
    Math.max(
      0,
      ...detectCues(analyze(text))
        .filter((c) => c.type === 'business-ask')
        .map((c) => c.confidence),
    );

  // Near-misses: the payment or the order itself is still asked for.
  it.each([
    'Can you make the payment by Friday so we can ship?',
    'Could you place the order this week?',
    'Please pay the invoice for the payments module by Monday.',
  ])('commitment beside a feature name: %s', (text) => {
    expect(confidence(text)).toBeGreaterThanOrEqual(0.9);
  });
  it.each(COMMITMENT_ASKS)('commitment: %s', (text) => {
    expect(confidence(text)).toBeGreaterThanOrEqual(0.9);
  });
  it.each(WORK_ASKS)('work: %s', (text) => {
    const found = confidence(text);
    expect(found).toBeGreaterThan(0.6);
    expect(found).toBeLessThan(0.9);
  });
});

describe('businessTerms', () => {
  const terms = (text: string) => businessTerms(analyze(text)).map((m) => text.slice(m.start, m.end));
  it.each([
    'So nice to meet you at the fair!',
    'It was great meeting you yesterday.',
    'Loved meeting your family!',
    'Did the kids try surfing?',
  ])('names no business: %s', (text) => {
    expect(terms(text)).toEqual([]);
  });
  it.each([
    'Can we meet next week?',
    'I look forward to meeting you in Berlin.',
    'The meeting is on Monday.',
  ])('names business: %s', (text) => {
    expect(terms(text).length).toBeGreaterThan(0);
  });
});
