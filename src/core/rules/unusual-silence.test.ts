import { describe, expect, it } from 'vitest';
import { check } from '../check.ts';
import { runRuleCases } from '../testing/rule-tester.ts';
import { buildThread, c, r } from '../testing/thread-builder.ts';
import rule, { duration } from './unusual-silence.ts';

// A daily rhythm: each message a day after the previous one.
const daily = [
  c('Hi Marina, thanks for the demo.'),
  r('Thank you, Alex. The pricing is attached.'),
  c('Got it, I will show it to our CFO.'),
  r('Great, let me know if there are questions.'),
  c('The CFO asked about the implementation timeline.'),
  r('It takes 6-8 weeks; the plan is attached.'),
];
const weekly = [
  c('Hi Marina, thanks for the demo.', 168),
  r('Thank you, Alex.', 168),
  c('Our CFO will look at it.', 168),
  r('Great.', 168),
];
const friendly = [
  ...daily,
  c('Thanks! By the way, my son just started little league, so my evenings are all baseball now.'),
  r('That sounds like great fun!'),
  c('Ha, it is. We are taking the kids to the lake next month too.'),
  r('Lovely. Thank you for the update on the CFO.'),
];
const WEEK = 168;

// A client who answers within a day and a half, not within hours.
const steady = [
  c('Hi Marina, could you send the offer for 30 seats?'),
  r('Hello Alex, the offer is attached.', 30),
  c('Thanks. Can you do anything on the price?', 36),
  r('Let me check with my manager.', 30),
  c('Ok, we need to decide by the end of the month.', 36),
  r('Understood, I will come back this week.', 30),
  c('Any news on the discount?', 36),
];
// A client who takes a week to answer, in a thread where the rep writes in quick bursts.
const slowClient = [
  c('Hi Marina, thanks for the offer.'),
  r('Thank you, Alex.', 2),
  r('I forgot the price list, here it is.', 2),
  c('Our CFO will look at it.', WEEK),
  r('Great, thank you.', 2),
  r('The reference list is attached too.', 2),
  c('The CFO asked about the implementation timeline.', WEEK),
];

// A report a month, each thanked for: the rhythm of the minimal pair on the last "thanks".
const MONTHLY_REPORTS = [
  r('Hi Alex, here is the July report.'),
  c('Thanks, all clear.', 4),
  r('Hi Alex, here is the August report.', 30 * 24),
  c('Thanks, looks good.', 20),
  r('Hi Alex, the September report is attached.', 30 * 24),
];

runRuleCases(rule, {
  valid: [
    // rules.dev.56 generalisation (own wording): "no rush, but when you ... in May" sets the time
    {
      name: 'ten weeks after "No rush, but when you send the May report, could you split it by region?"',
      reader: 'CA',
      writer: 'ZA',
      history: [
        ...daily,
        c('Thanks. No rush, but when you send the May report, could you split it by region?'),
      ],
      draftAfter: 10 * WEEK,
      draft: 'Hi Claire, here is the May report, split by region as you asked.',
    },
    // rules.dev.56 generalisation (own wording): the client's trial "for four weeks ... talk then"
    {
      name: 'thirty days after "We will test it with two teams for four weeks. Talk then."',
      reader: 'SE',
      writer: 'BR',
      history: [
        ...daily,
        c('Access works. We will test it with two teams for four weeks from Monday. Talk then.'),
      ],
      draftAfter: 30 * 24,
      draft: 'Hi Erik, now that the four weeks are up, how did the two teams get on?',
    },
    // rules.dev.55 generalisation (own wording): the wait the client asked for, with its length
    {
      name: 'sixteen days after "please allow us two weeks to check it with head office"',
      reader: 'SG',
      writer: 'IN',
      history: [...daily, c('Thank you. Please allow us two weeks to check it with our head office.')],
      draftAfter: 16 * 24,
      draft: 'Dear Wei Ling, I hope the talks with head office went well. Is there anything I could prepare?',
    },
    // rules.dev.31 generalisation (own wording): "I've already told my family" reproaches no one
    {
      name: 'an on-time reply that says "(I have already told my wife about them)"',
      reader: 'MX',
      writer: 'US',
      history: [
        r('Thanks for having me at the plant today. I will send the pricing next week.', 2),
        c(
          'Thank you so much for coming! I hope you liked the churros 😄 Please send the pricing when you can.',
          100,
        ),
      ],
      draft:
        'Thank you for such a warm welcome, the churros were the highlight of my trip (I have already told my wife about them). The pricing is attached.',
    },
    // rules.dev.30 generalisation (own wording): a check-in whose wish names what it is for
    {
      name: 'ten days after "I will look at it with my manager": "I hope the new season is starting well for your team"',
      reader: 'FR',
      writer: 'NL',
      history: [
        c('Bonjour Sanne, could you send me your pricing for 3 events a year, about 800 people each?', 2),
        r('Bonjour Camille! Platform fee EUR 4,500 a year plus EUR 1.20 per ticket.', 4),
        c('Merci Sanne. I will look at it with my manager.', 20),
        r('Avec plaisir, Camille. Let me know if anything is unclear.', 1),
      ],
      draft:
        'Bonjour Camille, I hope the new season is starting well for your team. How did the pricing land with your manager?',
      draftAfter: 240,
    },
    // rules.dev.25 generalisation (own wording): a holding note ("noted, we will check it") after a
    // promise with its length keeps that promise running; the report on day five is on time.
    {
      name: 'the 8D report sent on day five of "within 5 days", after a holding note',
      reader: 'KR',
      writer: 'CN',
      history: [
        c('We found 300 boards with solder bridging. Please investigate and send the 8D report.', 2),
        r('Sorry for the trouble. We will investigate and send the report within 5 days.', 2),
        c('Thank you. Our line manager thinks your reflow profile changed in June.', 44),
        r('Thank you, noted. We will check it.', 1),
      ],
      draftAfter: 72,
      draft: 'Dear Mr. Park, we checked all data; the 8D report is attached.',
    },
    // rules.dev.22 generalisation (own wording): "I will update you after ..." and "we'll keep you
    // posted" give the next move to the client, as "I will get back to you" does.
    {
      name: 'the client will "update you after the board meeting"; the rep follows up ten days on',
      history: [...daily, c('Received with thanks. I will update you after our board meeting next week.')],
      draft: 'Hi Alex, I hope the board meeting went well. Happy to adjust the plan if needed.',
      draftAfter: 10 * 24,
    },
    {
      name: 'the client will "keep you posted" once legal has looked at it',
      history: [...daily, c('Thanks, legal is reviewing it now, we will keep you posted.')],
      draft: 'Hi Alex, just checking whether legal had any questions on the contract.',
      draftAfter: 9 * 24,
    },
    // rules.dev.23 generalisation (own wording): "will tell you" with the "we" dropped, as chat
    // writers do, is the client's next step too.
    {
      name: 'the client is comparing offers and "will let you know"; the rep writes five days later',
      history: [...daily, c('Got it. Still checking other quotes, will let you know.')],
      draft: 'Hi Alex, any questions on our quote?',
      draftAfter: 5 * 24,
    },
    // rules.dev.21 generalisation (own wording): the client set the wait. They will answer after
    // their own review; they moved the deadline later and the rep took it on; they asked to be
    // followed up on a day, and the draft comes that day.
    {
      name: 'a follow-up after the client said they would review it and reply',
      history: [
        ...daily,
        c('Thanks. We will go through it with our finance team and reply within three weeks.'),
      ],
      draft: 'Hi Alex, just following up on the offer. Did your finance team have a chance to look at it?',
      draftAfter: 26 * 24,
    },
    {
      name: 'the offer sent before the later deadline the client moved to',
      history: [
        ...daily,
        c('Please send the full offer by 20 March.'),
        r('Noted, we will send it by 20 March.', 2),
        c('Change of plan: our board meets later, so we need the offer only by 10 April.'),
        r('Understood, you will have it by 10 April.', 2),
      ],
      draft: 'Dear Alex, as agreed, the full offer is attached.',
      draftAfter: 28 * 24,
    },
    {
      name: 'a follow-up on the day the client asked for',
      history: [
        ...daily,
        c('I am on the road for a while. Follow up with me around the 25th, please.'),
        r('Sure, I will follow up on the 25th.', 2),
      ],
      draft:
        'Hi Alex, welcome back! As agreed, I am following up on our offer. Did you have a chance to look at it?',
      draftAfter: 16 * 24 - 2,
    },
    // rules.dev.17 (own wording): the same short thread a week later, with no apology, is not yet
    // owed (two weeks); a week's apology for a reply that was not late has no gap to own.
    {
      name: 'a week late in a new thread without an apology: not yet two weeks',
      reader: 'FR',
      writer: 'IN',
      history: [
        c('Bonjour, could you send the datasheet for the 5 kW inverter?'),
        r('Sure, I will get it from our engineers.', 1),
        c('Merci. Could you also confirm the warranty period?', 20),
      ],
      draft: 'Hello Claire, the datasheet is attached; the warranty is 10 years.',
      draftAfter: 8 * 24,
    },
    {
      name: 'an apology for a delay of two days in a new thread',
      reader: 'FR',
      writer: 'IN',
      history: [
        c('Bonjour, could you send the datasheet for the 5 kW inverter?'),
        r('Sure, I will get it from our engineers.', 1),
        c('Merci. Could you also confirm the warranty period?', 20),
      ],
      draft: 'Hello Claire, sorry for the late reply. The datasheet is attached; the warranty is 10 years.',
      draftAfter: 2 * 24,
    },
    // rules.dev.15 (own wording): a gap the client announced, by a date to resume after or by the
    // length of their own wait with their next move.
    {
      name: 'the client set a date to resume after ("let\'s resume after the 14th")',
      history: [
        ...daily,
        c(
          'Thanks. We are at a trade fair this week and at our AGM next week, so let us resume after the 14th.',
        ),
      ],
      draft: 'Hi Alex, I hope the fair and the AGM went well. Would Tuesday suit you for a call?',
      draftAfter: 16 * 24,
    },
    {
      name: 'the client needs "a few weeks" and will come back; the rep checks in within that wait',
      history: [
        ...daily,
        c('Our board needs a few weeks to decide, we will get back to you then.'),
        r('Understood, thank you for letting me know.', 2),
      ],
      draft: 'Hi Alex, a short note: the updated brochure is attached in case it helps the board.',
      draftAfter: 18 * 24,
    },
    {
      name: 'near-miss: the deadline met by the rep before the client’s thanks is no longer owed',
      history: [
        c('We need your offer for the two kilns before the 20th, our capex meeting is on the 23rd.'),
        r('Dear Ms. Novak, our offer for the two kilns is attached.', 20),
        c('Perfect, thanks.', 24),
      ],
      draft: 'Dear Ms. Novak, our commissioning team has free weeks in May, in case it helps your planning.',
      draftAfter: 20 * 24,
    },
    {
      name: 'near-miss: the same "well noted" promise, kept before the client’s date, is no silence',
      history: [
        c(
          'Dear Ms. Petrova, please send your quote for the cooling towers by Wednesday the 11th. The board meets on the 12th.',
        ),
        r('Dear Mr. Brandt, thank you, well noted. You will have our quote before the 11th.', 5),
      ],
      draft: 'Dear Mr. Brandt, please find attached our quote for the cooling towers.',
      draftAfter: 3 * 24,
    },
    {
      name: 'the rep’s promise to come back, kept within a few days, is no silence',
      history: [
        c('Could you send the rate card for the autumn events?'),
        r('Sure, I will send it this week.', 3),
      ],
      draft: 'Dear Omar, the autumn rate card is attached.',
      draftAfter: 3 * 24,
    },
    {
      name: 'an urgent matter answered within days is no silence in a new thread',
      history: [
        c('Hi, the booking widget is not showing March availability. Urgent, our campaign starts Thursday.'),
        r('Checking with our developers.', 1),
        c('Thanks. Please keep me posted, it is really urgent.', 3),
      ],
      draft: 'Hi Nathan, March availability is now showing. It was a caching issue on our side.',
      draftAfter: 2 * 24,
    },
    {
      name: 'the client announced leave "from tomorrow until" a date, and the rep writes after it',
      history: [
        ...daily,
        c('Thanks. I will be on leave from Monday until 20 July, please send the contract after that.'),
      ],
      draft: 'Dear Alex, I hope you had a restful break. The contract is attached.',
      draftAfter: 3 * WEEK,
    },
    {
      name: 'a gap the client announced ("away until the 20th, let’s talk when I’m back") is no silence',
      history: [
        r('Hello Alex, the contract draft is attached.'),
        c('Thanks, I will look at it.', 6),
        r('Thank you. Any questions, let me know.', 20),
        c('Marina, I am on holiday until the 20th, let us talk about the contract when I am back.', 120),
      ],
      draft: 'Hello Alex, welcome back! Shall we find a slot for the contract?',
      draftAfter: 3 * WEEK,
    },
    {
      name: 'a monthly report after the client’s "thanks": the rep keeps a rhythm of their own',
      history: [...MONTHLY_REPORTS, c('Thanks Marina!', 3)],
      draft: 'Hi Alex, here is the October report; the details are on page 2.',
      draftAfter: 31 * 24,
    },
    // rules.dev.13 generalisation (own wording): a second periodic statement already makes a rhythm,
    // and the draft is the third on it; a standing instruction for the next one asks nothing now.
    {
      name: 'a quarterly statement after the client’s "thanks": two earlier ones make the rhythm',
      history: [
        r('Dear Alex, the Q1 statement for your fleet contract is attached.'),
        c('Thank you, received.', 30),
        r('Dear Alex, the Q2 statement is attached.', 90 * 24),
        c('Thanks. Please split the fuel costs by depot in the next one.', 50),
      ],
      draft: 'Dear Alex, the Q3 statement is attached, with the fuel costs split by depot as you asked.',
      draftAfter: 88 * 24,
    },
    // rules.dev.13 generalisation (own wording): an absence the client announced, with a return
    // date or a length, and the thread closed warmly before it; the clock starts when they are back.
    {
      name: 'leave announced with a return date, thanked for, and the rep writes the day after it',
      history: [
        r('Hello Alex, the revised service levels are attached.'),
        c(
          'Thanks Marina. Our twins are due any day, so I am away for a while. Back on 6 April, let us finish it then.',
          50,
        ),
        r('How exciting! All the best to you and your wife.', 1),
        c('Thank you!', 2),
      ],
      draft: 'Hello Alex, welcome back, and congratulations! The service levels are attached again.',
      draftAfter: 33 * 24,
    },
    {
      name: 'the client waits for a colleague who is back next week, and the rep follows up after it',
      history: [
        r('Hi Alex, the offer for your three shops is attached.', 2),
        c('Thanks, looks fine.', WEEK),
        r('Great, let me know if anything is unclear.', 1),
        c('I must go through it with my co-owner, she is back from Lisbon next week.', WEEK),
      ],
      draft: 'Hi Alex, I hope your co-owner had a good trip. Any thoughts on the offer?',
      draftAfter: 9 * 24,
    },
    {
      name: 'the client said they would come back ("I will contact you then"): the next move was theirs',
      history: [
        r('Dear Alex, our bid has been submitted.'),
        c('Received, thank you.', 20),
        r('May I ask when the evaluation will be complete?', 24),
        c('The committee will announce the results in early March. I will contact you then.', 22),
      ],
      draft:
        'Dear Alex, I hope you are well. I wanted to check whether the committee needs anything more from us.',
      draftAfter: 4 * WEEK,
    },
    {
      name: 'too new for a cadence, and nothing was asked: a thank-you answered after a fortnight',
      history: [r('Dear Alex, our catalogue is attached.'), c('Thank you, we will keep it on file.', 6)],
      draft: 'Dear Alex, our new brass range is out, the sheet is attached.',
      draftAfter: 3 * WEEK,
    },
    {
      name: 'too new for a cadence, a question answered within ten days',
      history: [
        r('Dear Alex, our catalogue is attached.'),
        c('Thank you. Do you also make the lamps in brass?', 6),
      ],
      draft: 'Dear Alex, yes, all models are available in brass.',
      draftAfter: 10 * 24,
    },
    {
      name: 'a reply within the usual rhythm',
      history: daily,
      draft: 'Thank you! Here is the timeline.',
      draftAfter: 20,
    },
    { name: 'a follow-up after two days', history: daily, draft: 'Any news from your CFO?', draftAfter: 48 },
    {
      name: 'a warm check-in after a week',
      history: daily,
      draft: 'I hope all is well, Alex! No rush at all, just let me know if the CFO has questions.',
      draftAfter: WEEK,
    },
    {
      name: 'a pause the client set is agreed, not a silence',
      history: [...daily, c('Thanks, all clear for now. Let us talk again next month.')],
      draft: 'Hi Alex, as agreed, here is the monthly usage report.',
      draftAfter: 4 * WEEK,
    },
    {
      name: 'a pause the client set holds even when the rep wrote last',
      history: [
        ...daily,
        c('We like it, but the budget opens only in the new year. Let us talk again in January.'),
        r('Understood, Alex, I will write to you in January.'),
      ],
      draft: 'Hi Alex, as agreed, here is the updated offer for the new budget year.',
      draftAfter: 8 * WEEK,
    },
    {
      name: 'time the client gave: they said they would wait',
      history: [...daily, c('Thanks. We will wait for the audit report then.')],
      draft: 'Hi Alex, the audit report is attached.',
      draftAfter: 3 * WEEK,
    },
    {
      name: 'a wait the rep announced and promised to come back after',
      history: [
        ...daily,
        c('Can you load-test it with our data?'),
        r('Yes. The load test takes about 4 weeks; I will send the results when it finishes.'),
      ],
      draft: 'Hi Alex, the load-test results are attached.',
      draftAfter: 4 * WEEK,
    },
    {
      // The builder's thread starts on Monday 2 March 2026: the last note is Friday 18:00.
      name: 'a Friday note in a fast chat thread answered on Monday morning',
      history: [
        c('can you check the nightly export?', 24),
        r('on it', 1),
        c('thanks', 1),
        r('fixed, it was the password', 1),
        c('great, have a good weekend!', 78),
      ],
      draft: 'morning! the export ran fine all weekend.',
      draftAfter: 63,
    },
    {
      name: 'a warm reply to a client back from a silence',
      history: [...daily, c('Sorry for the silence, I was travelling.', WEEK)],
      draft: 'Welcome back, Alex! I hope the trip went well.',
    },
    {
      name: 'too little history to know the rhythm',
      history: [c('Hi, please send the pricing.')],
      draft: 'Any news?',
      draftAfter: 240,
    },
    {
      name: 'ten days in a weekly thread',
      history: weekly,
      draft: 'Any news from your CFO?',
      draftAfter: 240,
    },
    {
      name: 'waiting for someone else is no reproach',
      history: daily,
      draft: 'We are waiting for the shipment from our supplier.',
    },
    { name: 'why not try', history: daily, draft: "Why don't you try the sandbox first?" },
    {
      name: 'already sent is no reproach',
      history: daily,
      draft: 'I already sent the file yesterday, here it is again.',
    },
  ],
  invalid: [
    // rules.dev.35 generalisation (own wording): a holding reply that promises the work ("we will
    // work on it and share it before Friday") leaves the client's deadline open
    {
      name: '"we need it by Friday for our board" -> "we will work on the estimate and share it before Friday" -> nine days later',
      history: [
        c('Hi Arjun, we need a fixed-price quote by Friday, as it goes to our board on Monday.'),
        r('Hi Claire, thank you. We will work on the estimate and share it with you before Friday.', 1),
      ],
      draft: 'Hi Claire, please find attached our fixed-price proposal.',
      draftAfter: 9 * 24,
      severity: 'error',
    },
    // near-miss of "I will update you" (valid above): the client asking the rep to keep them posted
    // hands the next move to the rep, whose long silence stays one.
    {
      name: '"I will tell you the problem: ..." tells it now; the rep writes ten days later',
      history: [
        ...daily,
        c('I will tell you the problem: the invoice has the wrong VAT number. Please fix it.'),
      ],
      draft: 'Hi Alex, the corrected invoice is attached.',
      draftAfter: 10 * 24,
    },
    {
      name: 'the client asks the rep to let them know; the rep writes ten days later',
      history: [...daily, c('Thanks. Please let me know when the samples ship.')],
      draft: 'Hi Alex, the samples shipped today.',
      draftAfter: 10 * 24,
    },
    {
      name: 'the client asks to be kept posted; the rep writes ten days later',
      history: [...daily, c('Received with thanks. Please keep us posted on the delivery date.')],
      draft: 'Hi Alex, the delivery date is confirmed for the 20th.',
      draftAfter: 10 * 24,
    },
    // Near-misses of the waits the client set (rules.dev.21): a deadline asked of the rep, the moved
    // deadline missed, and a follow-up two weeks after the day the client asked for.
    {
      name: 'a date the client asks the rep to meet is still a deadline',
      history: [...daily, c('Thanks. Please send the references within three weeks.')],
      draft: 'Hi Alex, the references are attached.',
      draftAfter: 26 * 24,
      severity: 'error',
    },
    {
      name: 'the moved deadline missed',
      history: [
        ...daily,
        c('Please send the full offer by 20 March.'),
        r('Noted, we will send it by 20 March.', 2),
        c('Change of plan: our board meets later, so we need the offer only by 10 April.'),
        r('Understood, you will have it by 10 April.', 2),
      ],
      draft: 'Dear Alex, the full offer is attached.',
      draftAfter: 35 * 24,
      severity: 'error',
    },
    {
      name: 'a follow-up two weeks after the day the client asked for',
      history: [
        ...daily,
        c('I am on the road for a while. Follow up with me around the 25th, please.'),
        r('Sure, I will follow up on the 25th.', 2),
      ],
      draft: 'Hi Alex, following up on our offer. Did you have a chance to look at it?',
      draftAfter: 30 * 24,
      severity: 'warning',
    },
    // rules.dev.17 (own wording): a short thread whose reply owns a week's delay; a client who
    // chased after waiting on the rep's promised update is not a slow writer. Near-misses keep
    // their severity: without the chase the client's pace still lowers it.
    {
      name: 'a week late in a new thread, the reply apologising for it: a suggestion',
      reader: 'FR',
      writer: 'IN',
      history: [
        c('Bonjour, could you send the datasheet for the 5 kW inverter?'),
        r('Sure, I will get it from our engineers.', 1),
        c('Merci. Could you also confirm the warranty period?', 20),
      ],
      draft:
        'Hello Claire, apologies for the delay in getting back to you. The datasheet is attached; the warranty is 10 years.',
      draftAfter: 8 * 24,
      severity: 'suggestion',
    },
    {
      name: 'the same wait without a chase: the client took as long themselves, a suggestion',
      reader: 'US',
      writer: 'VN',
      history: [
        c('Hi, could you send two samples of the bamboo stools?'),
        r('Sure, please send me your delivery address.', 10),
        c('Great: 12 Oak Road, Leeds LS2 7AB.', 12),
        r('Received. The samples will be ready next week, I will update you.', 12),
        c('Hi, any news on the samples? Do you have them in grey too?', 7 * 24),
      ],
      draft: 'Hi Dana, the samples left today by FedEx.',
      draftAfter: 5 * 24,
      severity: 'suggestion',
    },
    {
      name: 'a client who chased twice after a slow promise minds the wait: a warning',
      reader: 'US',
      writer: 'VN',
      history: [
        c('Hi, could you send two samples of the bamboo stools?'),
        r('Sure, please send me your delivery address.', 10),
        c('Great: 12 Oak Road, Leeds LS2 7AB.', 12),
        r('Received. The samples will be ready next week, I will update you.', 12),
        c('Hi, any news on the samples? Do you have them in grey too?', 7 * 24),
        c('Following up on this one.', 5 * 24),
      ],
      draft: 'Hi Dana, the samples left today by FedEx.',
      draftAfter: 4 * 24,
      severity: 'warning',
    },
    // rules.dev.15 (own wording): "OK, noted." takes the request on; a wait the client announced
    // covers its own length, not weeks past it.
    {
      name: 'a deadline the client set, taken on with "Sure, noted.", then missed: an error',
      history: [
        ...daily,
        c(
          'Please quote the 12 pumps with spare kits. Our tender closes on the 20th, so we need it by Monday.',
        ),
        r('Sure, noted.', 2),
      ],
      draft: 'Dear Alex, our quotation for the 12 pumps is attached.',
      draftAfter: 12 * 24,
      severity: 'error',
    },
    {
      name: 'near-miss: a client who needs "a couple of weeks" and will come back, left for two months',
      history: [
        ...daily,
        c('Our board needs a couple of weeks to review the budget, I will get back to you after that.'),
        r('Understood, thank you.', 2),
      ],
      draft: 'Hi Alex, do you have any news from the board?',
      draftAfter: 60 * 24,
    },

    // on, with only thanks from the client since, is still the client's deadline.
    {
      name: 'a deadline the client set, promised by the rep, thanked for, then missed: an error',
      history: [
        c('We need your offer for the two kilns before the 20th, our capex meeting is on the 23rd.'),
        r('Thank you for the trust. You will have the offer by the 19th at the latest.', 20),
        c('Perfect, thanks. We count on it.', 24),
      ],
      draft: 'Dear Ms. Novak, please find attached our offer for the two kilns.',
      draftAfter: 20 * 24,
      severity: 'error',
    },
    // rules.dev.12 generalisation (own wording): "Can you send it today?" sets today as the limit.
    {
      name: 'a chaser asking for it "today", answered days later without an apology: an error',
      history: [
        ...daily,
        c('Hi Marina, nothing has arrived yet and the steering group is tomorrow. Could you send it today?'),
      ],
      draft: 'Hi Alex, the implementation plan is attached.',
      draftAfter: 4 * 24,
      severity: 'error',
    },
    {
      name: 'near-miss: the same chaser answered days later with an apology: a suggestion',
      history: [
        ...daily,
        c('Hi Marina, nothing has arrived yet and the steering group is tomorrow. Could you send it today?'),
      ],
      draft: 'Hi Alex, I am so sorry for the delay. The implementation plan is attached.',
      draftAfter: 4 * 24,
      severity: 'suggestion',
    },
    // rules.dev.10 generalisation (own wording): the rep's holding reply or own promise
    {
      name: 'a deadline the client set, answered only by a holding reply, then missed: an error',
      history: [
        c('Great call. Could you send the updated pricing by Thursday? Our CFO reviews it Friday.'),
        r('Of course, I will prepare it.', 2),
      ],
      draft: 'Hi Dana, the updated pricing is attached.',
      draftAfter: 8 * 24,
      severity: 'error',
    },
    {
      name: 'a deadline the client set, taken on with a bare "Noted", then missed: an error',
      history: [
        ...daily,
        c('Thanks. Please note we need the signed NDA back by Thursday, legal closes the file on Friday.'),
        r('Dear Alex, noted with thanks.', 2),
      ],
      draft: 'Hi Alex, the signed NDA is attached.',
      draftAfter: 9 * 24,
      severity: 'error',
    },
    {
      name: 'a deadline the client set, answered "you will get it by then", then missed: an error',
      history: [
        ...daily,
        c('We need the load-test report by Thursday, the go-live board meets on Friday.'),
        r('Understood, you will get it in time.', 2),
      ],
      draft: 'Hi Alex, the load-test report is attached.',
      draftAfter: 9 * 24,
      severity: 'error',
    },
    // rules.dev.16 generalisation (own wording): "I'll have it ready by then" and "I'm checking and
    // will send it" take the request on; a chaser before the deadline passed does not end it.
    {
      name: 'a deadline taken on with "we\'ll have it ready", chased, then missed: an error',
      history: [
        c('Could you get us the revised floor plan by Wednesday? The landlord signs off on Thursday.'),
        r("Sure, we'll have it ready by Wednesday.", 2),
        c('Any news on the floor plan?', 30),
      ],
      draft: 'Hi Alex, the revised floor plan is attached.',
      draftAfter: 6 * 24,
      severity: 'error',
    },
    {
      name: 'near-miss: the same missed deadline owned with an apology: a suggestion',
      history: [
        c('Could you get us the revised floor plan by Wednesday? The landlord signs off on Thursday.'),
        r("Sure, we'll have it ready by Wednesday.", 2),
        c('Any news on the floor plan?', 30),
      ],
      draft: 'Hi Alex, sorry for the delay, the revised floor plan is attached.',
      draftAfter: 6 * 24,
      severity: 'suggestion',
    },
    {
      name: '"today or at the latest tomorrow", taken on with "checking and will send it", then missed',
      history: [
        c('Please send the packing list today or at the latest tomorrow, the truck is booked.'),
        r('Hi Alex, I am checking with the warehouse and will send it.', 1),
        c('Any update on the packing list?', 30),
      ],
      draft: 'Hi Alex, the packing list is attached.',
      draftAfter: 5 * 24,
      severity: 'error',
    },
    // rules.dev.13 generalisation (own wording): thanks before "noted", and "you will have our ...",
    // take the request on as much as a bare "Noted" does.
    {
      name: 'a deadline taken on with "Thank you, well noted" and "you will have our quote", then missed',
      history: [
        c(
          'Dear Ms. Petrova, please send your quote for the cooling towers by Wednesday the 11th. The board meets on the 12th.',
        ),
        r('Dear Mr. Brandt, thank you, well noted. You will have our quote before the 11th.', 5),
      ],
      draft: 'Dear Mr. Brandt, please find attached our quote for the cooling towers.',
      draftAfter: 14 * 24,
      severity: 'error',
    },
    {
      name: 'near-miss: the same "Noted" and missed deadline, owned with an apology: a suggestion',
      history: [
        ...daily,
        c('Thanks. Please note we need the signed NDA back by Thursday, legal closes the file on Friday.'),
        r('Dear Alex, noted with thanks.', 2),
      ],
      draft: 'Hi Alex, my apologies for the delay. The signed NDA is attached.',
      draftAfter: 9 * 24,
      severity: 'suggestion',
    },
    {
      name: 'the rep’s own promise to send "in the coming days", kept two weeks later with an apology',
      history: [
        c('Could you send the rate card for the autumn events?'),
        r('Certainly, I will check with our events team and send it in the coming days.', 3),
      ],
      draft: 'Dear Omar, apologies for the delay. The autumn rate card is attached.',
      draftAfter: 16 * 24,
      severity: 'suggestion',
    },
    {
      name: 'a matter the client called urgent, left a fortnight without news in a new thread',
      history: [
        c('Hi, the booking widget is not showing March availability. Urgent, our campaign starts Thursday.'),
        r('Checking with our developers.', 1),
        c('Thanks. Please keep me posted, it is really urgent.', 3),
      ],
      draft: 'Hi Nathan, March availability is now showing. It was a caching issue on our side.',
      draftAfter: 13 * 24,
      severity: 'warning',
    },
    {
      name: 'a deadline the client stated, missed by days without an apology: an error',
      history: [...daily, c('Thanks. We need the revised offer by Friday, our board meets then.')],
      draft: 'Hi Alex, the revised offer is attached.',
      draftAfter: 10 * 24,
      severity: 'error',
    },
    {
      name: 'a day of the month as the deadline ("before the 16th"), missed: an error',
      history: [...daily, c('Could you send the references before the 16th? It is for our steering group.')],
      draft: 'Hi Alex, here are three customer references.',
      draftAfter: 10 * 24,
      severity: 'error',
    },
    {
      name: 'the same missed deadline, owned with an apology: a suggestion',
      history: [...daily, c('Thanks. We need the revised offer by Friday, our board meets then.')],
      draft: 'Hi Alex, sorry for the delay. The revised offer is attached.',
      draftAfter: 10 * 24,
      severity: 'suggestion',
    },
    {
      name: 'a long silence before the deadline the client set has passed: a warning, not an error',
      history: [...daily, c('Thanks. We need to decide by the end of next month.')],
      draft: 'Hi Alex, the revised offer is attached.',
      draftAfter: 10 * 24,
      severity: 'warning',
    },
    {
      name: 'a promise made in Spanish, kept five weeks later with an apology in Spanish: a suggestion',
      reader: 'ES',
      writer: 'AR',
      history: [
        c('Hola Martín, gracias por la propuesta. ¿Podrías enviarme referencias de clientes en España?'),
        r('Hola Raquel, por supuesto, te las envío esta semana.', 4),
        c('Genial, gracias.', 21),
      ],
      draft:
        'Hola Raquel, perdona el retraso enorme. Te paso tres referencias de clientes en Madrid y Valencia.',
      draftAfter: 36 * 24,
      severity: 'suggestion',
    },
    {
      name: '"no rush, but" with a reason is a nudge, not time given: weeks later the late reply still is',
      history: [...daily, c('Thanks Marina, no rush but we are planning the Q3 budget.')],
      draft: 'Hi Alex, sorry for the slow reply. The timeline is 6 weeks.',
      draftAfter: 6 * WEEK,
      severity: 'suggestion',
    },
    {
      name: 'a "thanks" left for five weeks in a thread where the rep writes weekly is still a silence',
      history: [
        r('Hi Alex, here is the weekly report.'),
        c('Thanks. Can you add the regional split?', 4),
        r('Hi Alex, the report with the regional split.', WEEK),
        c('Thanks, much better.', 4),
        r('Hi Alex, this week’s report is attached.', WEEK),
        c('Thanks Marina!', 4),
      ],
      draft: 'Hi Alex, here is the report.',
      draftAfter: 5 * WEEK,
    },
    {
      name: 'near-miss: two statements a quarter apart, then the third a half-year later, breaks the rhythm',
      history: [
        r('Dear Alex, the Q1 statement for your fleet contract is attached.'),
        c('Thank you, received.', 30),
        r('Dear Alex, the Q2 statement is attached.', 90 * 24),
        c('Thanks, all clear.', 50),
      ],
      draft: 'Dear Alex, the Q4 statement is attached.',
      draftAfter: 180 * 24,
    },
    {
      name: 'near-miss: the same announced leave, but the rep writes three weeks after the return',
      history: [
        r('Hello Alex, the revised service levels are attached.'),
        c(
          'Thanks Marina. Our twins are due any day, so I am away for a while. Back on 6 April, let us finish it then.',
          50,
        ),
        r('How exciting! All the best to you and your wife.', 1),
        c('Thank you!', 2),
      ],
      draft: 'Hello Alex, the service levels are attached again.',
      draftAfter: 54 * 24,
    },
    {
      name: 'near-miss: an absence does not excuse missing the deadline the client set before it',
      history: [...daily, c('We need the signed annex by Friday. I am on holiday for two weeks after that.')],
      draft: 'Hi Alex, the signed annex is attached.',
      draftAfter: 10 * 24,
      severity: 'error',
    },
    {
      name: 'a monthly rhythm does not cover a client question left unanswered',
      history: [...MONTHLY_REPORTS, c('Thanks. Why did the cost per lead go up?', 3)],
      draft: 'Hi Alex, here is the October report.',
      draftAfter: 31 * 24,
    },
    {
      name: 'a late reply that does not own the delay is a warning',
      history: steady,
      draft: 'Hi Alex, yes, we can offer 10% for a two-year term.',
      draftAfter: 12 * 24,
      severity: 'warning',
    },
    {
      name: 'late to a client who takes a week themselves: a suggestion',
      history: slowClient,
      draft: 'Hi Alex, the implementation takes 6-8 weeks; the plan is attached.',
      draftAfter: 10 * 24,
      severity: 'suggestion',
    },
    {
      name: 'the same fast chat thread left from Monday evening to Thursday morning',
      history: [
        c('can you check the nightly export?', 24),
        r('on it', 1),
        c('thanks', 1),
        r('fixed, it was the password', 1),
        c('great. can you also add an alert for failed logins?', 6),
      ],
      draft: 'alert is added.',
      draftAfter: 63,
    },
    {
      name: 'an announced wait does not cover a new question the client asked since',
      history: [
        ...daily,
        r('The load test takes about 4 weeks; I will send the results when it finishes.'),
        c('Thanks. Meanwhile, can you send the SLA?'),
      ],
      draft: 'Hi Alex, the load-test results and the SLA are attached.',
      draftAfter: 4 * WEEK,
    },
    {
      name: 'a late rep who apologises is still late, as a suggestion',
      history: [...daily, c('Can you send the SLA?')],
      draft: 'Sorry for the slow reply, Alex. The SLA is attached.',
      draftAfter: WEEK,
      severity: 'suggestion',
    },
    {
      name: 'too new for a cadence, but a client question left three weeks unanswered',
      history: [
        r('Dear Alex, our catalogue is attached.'),
        c('Thank you. Do you also make the lamps in brass?', 6),
      ],
      draft: 'Dear Alex, yes, all models are available in brass.',
      draftAfter: 3 * WEEK,
    },
    {
      name: 'the rep promised to come back this week and wrote again after three weeks',
      history: [
        c('Thanks for the call. Could you confirm where the data is hosted?'),
        r('Thank you! I will check with our team and come back this week.', 3),
        c('Great, thanks.', 20),
      ],
      draft: 'Hi Alex, let me introduce you to our reference customer in retail.',
      draftAfter: 3 * WEEK,
    },
    {
      name: 'a client who answers within hours, left for ten days',
      history: [
        c('Morning! Can you check the sync job?'),
        r('Checked, it runs fine now.', 1),
        c('Great, thanks. And the CSV export?', 2),
        r('Fixed too.', 3),
        c('Perfect. What would 15 more seats cost?', 2),
      ],
      draft: 'Hi, 15 more seats would be $3,600 a year.',
      draftAfter: 240,
      severity: 'warning',
    },
    {
      name: 'a week of silence from a daily client',
      history: daily,
      draft: 'Any news about the contract?',
      draftAfter: WEEK,
      severity: 'suggestion',
      fixIncludes: 'I hope all is well with you!',
    },
    {
      name: 'the rep is the late one after an urgent ask: a warning',
      history: [...daily, c('Could you send the signed NDA asap? Our lawyer is waiting.')],
      draft: 'The signed NDA is attached.',
      draftAfter: 200,
      severity: 'warning',
    },
    {
      // "Send it today" states the day it was needed by: a missed deadline (eval/README, settled).
      name: 'the rep is the late one after an ask for it today: a deadline missed, an error',
      history: [...daily, c('Could you send the signed NDA today? Our lawyer is waiting.')],
      draft: 'The signed NDA is attached.',
      draftAfter: 200,
      severity: 'error',
    },
    {
      name: 'the rep is the late one',
      history: [...daily, c('Can you send the SLA?')],
      draft: 'The SLA is attached.',
      draftAfter: 144,
      fixIncludes: 'Sorry for my slow reply, Alex.',
      evidenceIncludes: 'Can you send the SLA?',
      rewriteIncludes: 'Sorry for my slow reply, Alex. The SLA is attached.',
    },
    {
      name: 'why do not you answer',
      history: daily,
      draft: "Why don't you answer?",
      draftAfter: WEEK,
      severity: 'warning',
      fixIncludes: 'I know things get busy',
    },
    {
      name: 'I have been waiting for a week',
      history: daily,
      draft: 'I have been waiting for a week.',
      draftAfter: WEEK,
    },
    {
      name: 'a reproach in a friendly thread to a positive reader is an error',
      history: friendly,
      draft: 'Still no answer from you. Did you make a decision?',
      draftAfter: WEEK,
      severity: 'error',
    },
    {
      name: 'a reproach is flagged without a known rhythm',
      history: [c('Hi, please send the pricing.')],
      draft: 'Why have you not replied to my email?',
    },
    {
      name: 'finally, after the client comes back',
      history: [...daily, c('Sorry for the silence, I was travelling.', WEEK)],
      draft: 'Finally you answered! So, what about the contract?',
      evidenceIncludes: 'Sorry for the silence',
    },
    { name: 'as I already wrote', history: daily, draft: 'As I already wrote, the offer expires on Friday.' },
    {
      name: 'two reproaches: one becomes the check-in, one goes',
      history: daily,
      draft: 'Why are you ignoring my emails? I have been waiting for your answer. The offer is attached.',
      draftAfter: WEEK,
      count: 2,
      rewriteIncludes:
        /^I hope all is well with you\. I know things get busy, so I just wanted to check in\.\s+The offer is attached\.$/,
    },
    {
      name: 'a reader who keeps positivity for familiar people: a warning',
      reader: 'RU',
      writer: 'US',
      history: daily,
      draft: 'We are still waiting for your decision.',
      draftAfter: WEEK,
      severity: 'warning',
    },
  ],
});

describe('unusual-silence timing', () => {
  it('measures to --now when given, not to the draft time', () => {
    const thread = buildThread({ history: daily, draft: 'Any news about the contract?', draftAfter: 2 });
    const quiet = check(thread, { rules: ['unusual-silence'], verdict: false });
    expect(quiet.findings).toEqual([]);
    const last = Date.parse(thread.messages.at(-1)!.at!);
    const now = new Date(last + 7 * 24 * 3_600_000);
    const late = check(thread, { rules: ['unusual-silence'], now, verdict: false });
    expect(late.findings.map((f) => f.message)).toEqual([
      'Alex usually replies within a day; it has been 7 days now.',
    ]);
    const ru = check(thread, { rules: ['unusual-silence'], now, lang: 'ru', verdict: false });
    expect(ru.findings[0]!.message).toBe('Alex обычно отвечает в течение дня; сейчас прошло уже 7 дней.');
  });

  it('says durations in both languages', () => {
    expect(duration(3, true)).toEqual({ en: 'within 3 hours', ru: 'в течение 3 ч' });
    expect(duration(50, false)).toEqual({ en: '2 days', ru: '2 дня' });
    expect(duration(31, true)).toEqual({ en: 'within a day', ru: 'в течение дня' });
    expect(duration(21 * 24, false).ru).toBe('21 день');
    expect(duration(11 * 24, false).ru).toBe('11 дней');
  });
});

describe('unusual-silence past a deadline the client stated', () => {
  const history = [...daily, c('Thanks. We need the revised offer by Friday, our board meets then.')];
  const finding = (lang: 'en' | 'ru') =>
    check(buildThread({ history, draft: 'Hi Alex, the revised offer is attached.', draftAfter: 10 * 24 }), {
      lang,
    }).findings.find((f) => f.ruleId === 'unusual-silence');

  it('names the deadline and how far the reply is past it, not the thread’s rhythm', () => {
    expect(finding('en')?.message).toBe(
      'Alex asked for it by Friday 13 March; this reply comes 5 days after that.',
    );
    expect(finding('ru')?.message).toBe(
      'Клиент (Alex) просил ответ к сроку: пятница, 13 марта; этот ответ приходит на 5 дней позже.',
    );
  });

  it('explains the rep’s own late reply, not a client’s silence', () => {
    const reasons = finding('en')?.why;
    expect(reasons?.writer).toContain('writing once you have it');
    expect(reasons?.reader).toContain('a reply that owns the delay');
    expect(reasons?.writer).not.toContain('deal is slipping away');
  });
});
