import { describe, expect, it } from 'vitest';
import { runRuleCases } from '../testing/rule-tester.ts';
import { c, r } from '../testing/thread-builder.ts';
import rule, { cushionDisagreement } from './blunt-disagreement.ts';

const numbers = [
  c('Hi Marina, thanks for the call yesterday.'),
  r('Thank you for your time, Alex.'),
  c(
    'I ran the numbers again: with our volumes your plan would cost us about $90k a year. Could you double-check?',
  ),
];
const directClient = [
  c('Your first quote was wrong. Fix it.'),
  r('Corrected quote attached.'),
  c('Still wrong. The discount is missing.'),
  r('Fixed.'),
  c('No. The tax line is incorrect too. I ran the numbers: $90k a year.'),
];

runRuleCases(rule, {
  valid: [
    // rules.dev.25 generalisation (own wording): dismay shared about a third thing in their trouble
    {
      name: '"ugh, that airport is the worst" after the client missed a connection',
      reader: 'US',
      writer: 'IL',
      history: [c('missed my connection in Munich, stuck till tonight. can we move the demo to tomorrow?')],
      draft: 'ugh, MUC transfers are the worst 😅 sure, tomorrow same time works. safe flight!',
    },
    {
      name: 'near-miss: a bug report from the client’s team, thanked for, is no blame',
      reader: 'GB',
      writer: 'IN',
      history: [c('Morning. Our QA team logged two defects on the new build. Could you check?')],
      draft: 'Thanks for the report from your QA team, we are fixing both defects today.',
    },
    // rules.dev.14 generalisation (own wording): a plain yes-or-no answer asked for is what was asked
    {
      name: 'a client who asked for a straight yes or no gets a plain "no, that date is impossible"',
      reader: 'US',
      writer: 'IN',
      history: [c('I need a straight answer by Thursday: can you deliver the 400 units in week 12?')],
      draft: 'No, week 12 is not possible: the casings arrive in week 13. Week 14 is the earliest.',
    },
    {
      name: 'a client who asked "yes or no?" gets a plain refusal',
      reader: 'GB',
      history: [c('Can your team cover the weekend cutover, yes or no?')],
      draft: 'No, the weekend cutover is not possible for us, but Monday night is.',
    },
    // the opposite view, cushioned or on someone's side, is no dismissal
    {
      name: 'the client’s manager said to be right agrees with them',
      reader: 'US',
      history: [c('Our COO thinks the 12-week timeline is too long for phase one.')],
      draft: 'Your COO is right that 12 weeks is long; we can cut phase one to nine weeks.',
    },
    {
      name: 'the estimate defended after a concession and a hedge',
      reader: 'US',
      history: [c('Our board feels the 600-hour estimate is on the high side.')],
      draft: 'I understand the concern, but I think the 600-hour estimate is realistic for this scope.',
    },
    // the error a reply asks to see is named, not judged, whatever the apostrophes
    ...[
      "If it doesn't, send me a screenshot of the error and I'll look at it.",
      'If it doesn’t, send me a screenshot of the error and I’ll look at it.',
      'If it does not, send me a screenshot of the error and I will look at it.',
    ].map((draft) => ({
      name: `an error named for support: ${draft}`,
      reader: 'GB',
      history: [c('Hi, the sync to our stock system stopped this morning, sorry to bother you again.')],
      draft,
    })),
    // a word in real quotes is still a name, not a verdict
    {
      name: "the status 'failed' quoted from the screen",
      reader: 'JP',
      history: [c('The import shows a red label, what does it mean?')],
      draft: "The label 'failed' only means the file was skipped; the import itself ran.",
    },
    // rules.dev.11 generalisation (own wording): the client's own verdict granted
    {
      name: 'granting the client’s complaint ("I realise a third late delivery is unacceptable for you")',
      reader: 'KR',
      writer: 'BR',
      history: [c('The pallets arrived four days late again. This is the third time this quarter.')],
      draft:
        'I fully realise that a third late delivery is unacceptable for you. From next week we ship two days earlier.',
    },
    {
      name: 'agreeing that the client’s lead time worry is right',
      reader: 'JP',
      history: [c('We are worried that eight weeks lead time may be a little long for the launch.')],
      draft: 'We agree that eight weeks is too long for your launch, so we will reserve a slot in week 3.',
    },
    {
      name: 'sympathy with the client’s bad news ("Oh no, how awful.") is no verdict on anything',
      reader: 'JP',
      history: [
        r('Hi Kenji, the renewal quote is ready whenever you are.'),
        c('Sorry for the silence. My father had a stroke last week and I was at the hospital with him.', 100),
      ],
      draft: 'Oh no, how awful. I hope he recovers quickly; the renewal can wait.',
    },
    {
      name: 'a caveat about our own goods that explains the writer’s check-up judges no one',
      reader: 'US',
      writer: 'CZ',
      history: [r('Hi Amy, the glass samples left Prague today.'), c('Thanks, I will keep an eye out.')],
      draft:
        'Hi Amy, the samples were delivered this morning. Did they arrive intact? The bowls are quite thin, so I wanted to check.',
    },
    {
      name: '"the last failed load" names an event in a support reply; it judges no one',
      reader: 'NG',
      history: [c('Our dashboard has shown error 502 since this morning. Please help urgently.')],
      draft:
        'I am sorry for the trouble. Please send me the console log and the time of the last failed load.',
    },
    {
      name: 'eating far too many pastries on a trip is self-mockery, not a verdict',
      reader: 'PT',
      history: [c('How was your trip to Lisbon? Also, any update on the part?')],
      draft: 'Lisbon was lovely! I ate far too many pastéis de nata. The part shipped yesterday.',
    },
    {
      name: 'asking where it went wrong in the client’s experience judges nothing',
      reader: 'FR',
      history: [c('I am not sure I agree; in our experience human judgement remains essential.')],
      draft: 'That is a fair point. I would be curious to hear where it went wrong in your experience.',
    },
    {
      name: 'a rule stated for a kind of document warns of a consequence, it judges no one',
      reader: 'EG',
      history: [c('Thanks for your interest. Attached is the tender document and the registration form.')],
      draft: 'Thank you. Incomplete forms will be rejected by the portal, so I will check ours twice.',
    },
    {
      name: 'a word in quotes is a name (a status, an error message), not a verdict',
      reader: 'FR',
      history: [c('Can we resend the webhooks that were dropped last night?')],
      draft: "Yes: open Deliveries, filter on the status 'rejected' and press Resend.",
    },
    {
      name: 'a failure supposed in an if-clause judges nothing',
      reader: 'BE',
      history: [c('The printer still shows the paper error after a restart. Any idea?')],
      draft: 'If the reset fails again, send me a photo of the display and I will call you.',
    },
    // rules.dev.20 generalisation (own wording): a verdict in a trailing if-clause supposes, and
    // the writer naming their own news as unwelcome judges no one.
    {
      name: 'a trailing if-clause supposes the verdict',
      reader: 'TH',
      history: [c('Could you tell me more about your training courses?')],
      draft: 'Happy to send the course list; feel free to skip it if the format is not suitable.',
    },
    {
      name: 'an offer that stands unless the date is wrong for them',
      reader: 'JP',
      history: [c('Thank you for the proposal. We will consider it.')],
      draft: 'We can hold the slot for you unless the timing is wrong for your team.',
    },
    {
      name: 'the writer calls their own price rise bad news',
      reader: 'KR',
      history: [c('Could you send the prices for next year?')],
      draft:
        'Sorry, I have some bad news: the resin surcharge goes up 3% from March. Happy to walk you through it.',
    },
    {
      name: 'the writer grants their news is not great',
      reader: 'MX',
      history: [c('Any update on the delivery date?')],
      draft: 'I know this is not great news for you, but the boards arrive on the 20th, one week late.',
    },
    {
      name: 'the writer grants their news is not good, contracted ("isn\'t")',
      reader: 'MX',
      history: [c('Any news on the 2027 prices?')],
      draft: "I know it isn't good news, but the copper price moves our coils up 4% from January.",
    },
    {
      name: 'the client asked for a frank verdict, and gets one',
      reader: 'US',
      history: [c('Be completely honest with me: can your team migrate our 12 sites in one month?')],
      draft: 'Honestly, no. One month would be unrealistic; eight weeks is what I would promise you.',
    },
    {
      name: 'a direct reader who judged our figure gets theirs judged back in their register',
      reader: 'NL',
      writer: 'UA',
      history: [c('Your 30 working days for the rollout is too long. Our IT team says 18 working days.')],
      draft: '18 working days is unrealistic for 14 sites. The 30 days include two weeks of parallel run.',
    },
    // rules.dev.12 generalisation (own wording): asking for a straight answer in other words
    {
      name: 'a client who says "answer me frankly, no need to be diplomatic" asked for a straight no',
      reader: 'KR',
      writer: 'DE',
      history: [
        c('Mr. Hoffmann, answer me frankly please: can you match 3.10 per unit? No need to be diplomatic.'),
      ],
      draft: '3.10 per unit is not realistic for us, the resin alone costs 2.80. Our best is 3.35.',
    },
    {
      name: 'a client who writes "you don’t need to be polite, tell me directly" gets it directly',
      reader: 'TH',
      history: [c('You don’t need to be polite with me. Is the September date possible or not?')],
      draft: 'September is not possible; the earliest realistic date is mid-October.',
    },
    {
      name: 'a "yes" before the verdict joins the client’s own complaint',
      reader: 'AR',
      history: [c('the pallets from our previous vendor were awful, half of them cracked')],
      draft: 'yes, that light pine is bad for humid warehouses, we use treated oak',
    },
    {
      name: 'a "yes" after a lead naming the topic joins the client’s complaint too',
      reader: 'SG',
      history: [
        c('Hi, the export to the warehouse system broke again this morning, same error as last week'),
      ],
      draft: 'About the export: yes, same fault, the certificate on our gateway expired again. Renewed now.',
    },
    {
      name: 'contradicting a client who ran down their own work is praise',
      reader: 'PL',
      history: [c('Thanks for reading my report. I know it was too dry and far too long.')],
      draft: 'Not at all, I disagree! It was the most useful summary of the tender I have seen.',
    },
    {
      name: 'a plain correction in the client’s favour, to a reader who values the most direct feedback',
      reader: 'NL',
      writer: 'IL',
      history: [c('We will need the premium plan for SSO, correct?')],
      draft: 'No, that is not right: the basic plan already includes SSO, no upgrade needed.',
    },
    {
      name: 'blaming a third party judges no one across the table',
      reader: 'JP',
      history: [c('The parcel has not arrived yet.')],
      draft: 'The carrier made a mistake with the postcode; the parcel is now on its way again.',
    },
    {
      name: 'a failure in our own systems, owned',
      reader: 'GB',
      history: [c('The nightly export did not arrive again. What happened?')],
      draft: 'The nightly sync failed on two of our servers after a patch; we have moved it to a new host.',
    },
    {
      name: 'error messages are things to send, not a verdict',
      reader: 'US',
      history: [c('The import keeps stopping halfway.')],
      draft: 'Sorry about that. Could you send me the error messages from the import screen?',
    },
    {
      name: 'siding with the client’s complaint is no disagreement',
      reader: 'GB',
      history: [c('The courier left the samples at the wrong gate again.')],
      draft:
        'Agreed, that is not acceptable. I have spoken to the courier and we will resend the samples today.',
    },
    {
      name: 'a reasoned verdict to a direct reader who has just written one',
      reader: 'DE',
      writer: 'UA',
      history: [
        c('Your quote of 30 days for the integration is too high. Our team says 18. Please explain.'),
      ],
      draft:
        '18 days is not realistic for this scope. The 30 days include 6 days of testing and 4 of training, which the 18 leave out.',
    },
    {
      name: 'thanks for what the reader did is cushion enough for a reader who values direct feedback',
      reader: 'DE',
      writer: 'IN',
      history: numbers,
      draft: 'Thank you for flagging it. Your estimate is too low for this scope.',
    },
    {
      name: 'a concession first is enough for a reader who values direct feedback',
      reader: 'IL',
      history: [c('Honestly, the dashboard misses what we asked for.')],
      draft:
        'Fair point on the filters, but I disagree about the export: it is exactly what your team specified.',
    },
    {
      name: 'already cushioned',
      history: numbers,
      draft: 'I may be missing something, but I think the numbers are a bit off.',
    },
    {
      name: 'unfortunately softens it',
      history: numbers,
      draft: 'Unfortunately, this is not possible with the standard plan.',
    },
    {
      name: 'I do not think',
      history: numbers,
      draft: "I don't think that figure is correct; could we go through it together?",
    },
    {
      name: 'owning our mistake',
      history: numbers,
      draft: 'We made a mistake in our invoice, sorry about that. A corrected one is attached.',
    },
    {
      name: 'sympathy is not disagreement',
      history: [c('Our server room flooded last night.')],
      draft: "I'm so sorry to hear that, what a terrible night.",
    },
    { name: 'not bad is praise', history: numbers, draft: 'Not bad at all! Your estimate is close to ours.' },
    {
      name: 'a private-life complaint',
      history: numbers,
      draft: 'My flight back was terrible, but I am home now. The numbers look right to me.',
    },
    {
      name: 'agreement',
      history: numbers,
      draft: 'You are right, thank you for catching that. I will update the plan.',
    },
    {
      name: 'a question is not a verdict',
      history: numbers,
      draft: 'Is the tax line wrong, or did I misread it?',
    },
    {
      name: 'no problem is not a no',
      history: numbers,
      draft: 'No problem, I will double-check and get back to you today.',
    },
    // rules.dev.10 generalisation (own wording)
    {
      name: 'the writer’s own family story ("my aunt cooked far too much"), thanks and all, judges no one',
      reader: 'GB',
      writer: 'IN',
      history: [c('Welcome back! How was the wedding, did the whole family make it?')],
      draft:
        'It was wonderful, thank you, everyone came and my aunt cooked far too much. Shall we book the review for Monday?',
    },
    {
      name: 'a client who asked to be told straight gets a straight no',
      reader: 'US',
      writer: 'IN',
      history: [
        c(
          'Can you ship 5,000 units by the 20th? Be straight with me, a late no hurts more than an early one.',
        ),
      ],
      draft:
        'No. The 20th is not realistic for 5,000 units; we can ship 3,000 by then and the rest a week later.',
    },
    {
      name: 'a client who would rather hear a no than a late delay asked for frankness',
      reader: 'GB',
      history: [c('Is a June go-live realistic? I would rather hear the bad news now.')],
      draft: 'Honestly, June is not realistic. July is achievable if the data arrives this month.',
    },
  ],
  invalid: [
    // rd39 generalisation (own wording): an "I" in a frame before the client's verdict ("I must be
    // frank, though: the fee seems high") does not make the verdict self-criticism
    {
      name: '"Sorry for the late reply, busy weeks." before "Your figures are wrong." to a French buyer',
      reader: 'FR',
      writer: 'ES',
      history: [
        c('Bonjour Lucía, by our figures the hosting would cost us EUR 90,000 a year. Could you review it?'),
      ],
      draft:
        'Dear Mr Morel, sorry for my late reply, the last weeks were very busy. Your figures are wrong. The hosting costs EUR 9,000 a year.',
    },
    {
      name: 'a lower-case chat "no." to a favour asked, before the terms restated',
      reader: 'PE',
      writer: 'DE',
      history: [
        c('hola Jana! can we split the deposit in two this month? cash is tight after the harvest 🙏'),
      ],
      draft: 'no. deposit in full like in the contract. pls send by friday',
    },
    {
      name: '"I have to say though, your day rate feels steep" answered "I disagree. The rate is fair."',
      reader: 'IE',
      writer: 'IN',
      history: [
        r('Hi Niamh, the statement of work for the migration is attached.'),
        c('Hi Arjun, thanks for this. I have to say though, the day rate feels steep for a 3-month job.'),
      ],
      draft: 'Niamh, I disagree. The rate is fair for senior engineers and it stays as it is.',
    },
    {
      name: '"I must be frank, though, the setup fee seems high" answered "I disagree completely."',
      reader: 'GB',
      writer: 'AE',
      history: [
        r('Hi Emma, the proposal for the loyalty app is attached.'),
        c(
          'Hi Karim, thanks, it reads well. I must be frank, though, the setup fee seems high next to the other bids. Any room there?',
        ),
      ],
      draft: 'Dear Emma, I disagree completely. Our fee covers the whole integration. There is no room.',
    },
    // near-miss of shared dismay: "ugh" before a verdict on the client's own work still judges it
    {
      name: '"ugh, your spreadsheet is wrong again" to a Japanese client',
      reader: 'JP',
      writer: 'IL',
      history: [c('We sent the updated forecast sheet.')],
      draft: 'ugh, your spreadsheet is wrong again, the totals do not add up.',
    },
    // near-misses of the supposition and the news named: the verdict stands outside the if-clause,
    // and a verdict on the client's news is a verdict.
    {
      name: 'a flat verdict before an if-clause still judges',
      reader: 'JP',
      history: [c('Our plan is to order in December. Is that fine?')],
      draft: 'This plan is not realistic if you want the goods in January.',
    },
    {
      name: "the client's own figures called wrong beside talk of news",
      reader: 'KR',
      history: [c('Our forecast shows 40 containers next year. Good news for both of us!')],
      draft: 'Your forecast is wrong, this is not good news at all.',
    },
    // rules.dev.17 generalisation (own wording): the fault named "from" or "by" the client's people
    {
      name: "a failure put down as an error by the client's support staff",
      reader: 'GB',
      writer: 'IN',
      history: [c('Morning. Our users report that the export fails every night. Can you look today?')],
      draft: 'We checked the logs. These are errors by your support staff, they ran the old script.',
      severity: 'error',
    },
    // a topic lead with no "yes" after it is still a flat verdict on the client's claim
    {
      name: 'a topic lead before a flat contradiction of the client’s complaint',
      reader: 'SG',
      history: [
        c('Hi, the export to the warehouse system broke again this morning, same error as last week'),
      ],
      draft: 'About the export: no, that is wrong, the error is in your firewall settings.',
    },
    // rules.dev.16 second wave (own wording): the blame sits in the sentence after the verdict
    {
      name: "a verdict whose next sentence says the client's installers never did it",
      reader: 'KR',
      writer: 'AU',
      history: [c('Thank you for the schedule. We plan two weeks for the installation.')],
      draft: 'Two weeks is not realistic. Your installers have never fitted these panels before.',
      severity: 'error',
    },
    {
      name: "a refusal whose next sentence puts the risk on the client's side",
      reader: 'TR',
      writer: 'DE',
      history: [c('The market is very hard now. Could we pay the last invoice in three parts?')],
      draft: 'That is not possible. The exchange-rate risk is on your side, as the contract says.',
      severity: 'error',
    },
    {
      name: "the same verdict followed by a neutral line about the client's team stays lower",
      reader: 'KR',
      writer: 'AU',
      history: [c('Thank you for the schedule. We plan two weeks for the installation.')],
      draft: 'Two weeks is not realistic. Your team can call me to plan it together.',
      severity: 'warning',
    },
    // rules.dev.14 generalisation (own wording): the client's objection dismissed by flatly asserting
    // the opposite; the fault put on their department
    {
      name: 'the client’s "too long" answered by "the timeline is realistic"',
      reader: 'US',
      writer: 'RU',
      history: [c('Our COO thinks the 12-week timeline is too long for phase one. Any room there?')],
      draft: 'The 12-week timeline is realistic. Shorter is not an option.',
    },
    {
      name: 'the client’s "price on the high side" answered by "the price is fair"',
      reader: 'GB',
      history: [c('Thanks for the offer. Our purchasing team finds the licence price a bit steep.')],
      draft: 'The licence price is fair for what is included.',
    },
    {
      name: 'the mistake put on the client’s purchasing department',
      reader: 'TR',
      history: [c('The cables we received are 2 m long, we needed 3 m. Can you check?')],
      draft: 'Your purchasing department ordered 2 m, so the mistake was made on your side.',
      severity: 'error',
    },
    // rules.dev.12 near misses: politeness and directness talked about, not asked for
    {
      name: 'a client who thanks the rep for being polite did not ask for a blunt verdict',
      reader: 'KR',
      writer: 'DE',
      history: [c('Thank you for always being so polite and patient with us. Can you match 3.10 per unit?')],
      draft: '3.10 per unit is not realistic, the resin alone costs 2.80.',
    },
    {
      name: 'a client who says they will tell the rep directly asked nothing of the rep',
      reader: 'KR',
      history: [
        c('I will tell you directly what our board thinks after Friday. Your price seems high to us.'),
      ],
      draft: 'Your comparison is wrong, the other offers do not include installation.',
    },
    // an apostrophe inside a word is no quote mark: a verdict between "doesn't" and "I'll" is still
    // a verdict, with straight or curly apostrophes or none
    ...[
      "It doesn't matter, your numbers are wrong and I'll show you.",
      'It doesn’t matter, your numbers are wrong and I’ll show you.',
      'It does not matter, your numbers are wrong and I will show you.',
    ].map((draft) => ({
      name: `a verdict between two contractions: ${draft}`,
      reader: 'JP',
      history: [c('Please find our forecast for next year attached.')],
      draft,
    })),
    // near-misses of a granted verdict: a "but" turns it, an accusation is no grant
    {
      name: 'understanding the client’s wish, then judging their plan after "but"',
      reader: 'JP',
      history: [c('We would like to start the pilot in May, if possible.')],
      draft: 'I understand you want to start in May, but that plan is unrealistic.',
    },
    {
      name: '"I realise" before an accusation still accuses',
      reader: 'TH',
      history: [c('Please find our forecast for next year attached.')],
      draft: 'I realise now that your forecast is wrong for the second half.',
    },
    // rules.dev.11 generalisation (own wording): the client's reason dismissed, their plan judged,
    // the cause of what they see put on their side
    {
      name: 'the client’s reason for a discount dismissed as irrelevant',
      reader: 'GB',
      writer: 'RU',
      history: [c('Given the two outages in March, we would hope for some movement on the renewal price.')],
      draft: 'The outages are irrelevant to the renewal. The price stays as quoted.',
    },
    {
      name: 'the client’s phased plan judged flatly',
      reader: 'FI',
      writer: 'PL',
      history: [
        c('We were thinking to roll out in one warehouse first and the second one next year. Thoughts?'),
      ],
      draft: 'Rolling out in one warehouse first is not a good idea. The licence costs the same for both.',
    },
    {
      name: 'what the client sees put down to their own equipment',
      reader: 'KR',
      writer: 'DE',
      history: [c('Thank you for the samples. The print looks slightly blurred to us, could you check?')],
      draft: 'Our print is sharp. The blur you see is caused by your scanner settings.',
    },
    // rules.dev.10 generalisation (own wording): the client's account flatly denied
    {
      name: 'a flat denial of the client’s bug report',
      reader: 'US',
      writer: 'ES',
      history: [c('Our testers see the report totals doubled after each sync. Can you look into it?')],
      draft: 'This is not a bug on our side. The totals double because your job runs the sync twice.',
    },
    {
      name: 'correcting the client’s account of an outage: "it didn’t crash, it was ..."',
      reader: 'AU',
      writer: 'IT',
      history: [c('The booking page crashed three times during our launch, can someone check?')],
      draft: 'The booking page did not crash, it was your CDN blocking the requests.',
    },
    {
      name: 'telling the client they use the product the wrong way',
      reader: 'GB',
      history: [c('The sync keeps timing out when we upload the full catalogue.')],
      draft: 'Uploading the full catalogue in one file is not the correct way; upload it by category.',
    },
    {
      name: 'a client who gave frank feedback ("honest feedback: it feels steep") did not ask for a blunt verdict back',
      reader: 'US',
      writer: 'FR',
      history: [
        c('The team liked the pilot. Honest feedback though: the fee feels steep next to other tools.'),
      ],
      draft: 'The comparison with other tools is not correct, they do not include the reporting module.',
    },
    {
      name: 'a verdict on the client’s numbers stays one, whatever check-up follows it',
      reader: 'JP',
      history: [c('Please find our forecast attached.')],
      draft: 'Your forecast is wrong, so I wanted to check where the numbers come from.',
    },
    {
      name: 'a one-word "Disagree." to a client who gave their view of our work with "we think"',
      reader: 'GB',
      history: [c('Thank you. Sorry, we think the new page is maybe too crowded for our users.')],
      draft: 'Disagree. It is standard for online shops. Your users will be fine.',
    },
    {
      name: 'an audit verdict that the client’s procedure was not followed',
      reader: 'GB',
      history: [c('We were surprised by item 4, as I think the procedure was followed correctly.')],
      draft: 'Item 4 is correct as stated. Your procedure was not followed.',
    },
    {
      name: 'a flat "nope" that puts the fault on the client’s setup',
      reader: 'CN',
      writer: 'US',
      history: [
        r('Hi Wang, can you retest the import with build 7?'),
        c('Hello Mike, we tested again. We think the bug is on your side.', 4),
      ],
      draft: 'nope, it is your proxy settings. look at the log',
    },
    {
      name: 'the client’s "to be honest" is their own hedge, not a request for bluntness',
      reader: 'GB',
      history: [c('To be honest, the other vendor’s dashboards look a little nicer.')],
      draft: 'That is wrong. Our dashboards are much better.',
    },
    {
      name: 'a "yes" that turns the complaint back on the client is still blunt',
      reader: 'JP',
      history: [c('The labels on the last delivery were terrible, many had peeled off.')],
      draft: 'Yes, because your storage humidity is wrong for these labels.',
    },
    {
      name: 'blame sent back to a direct reader who complained is still blunt',
      reader: 'DE',
      writer: 'CN',
      history: [c('Two of the ten pumps arrived broken. That is unacceptable.')],
      draft: 'This is not our fault, the pumps were damaged by your forwarder.',
    },
    {
      name: 'a concession softens but does not excuse a verdict for an indirect reader',
      reader: 'JP',
      history: [c('We think the schedule may be a little tight.')],
      draft: 'I understand your concern, but that is wrong: the schedule is fine.',
    },
    {
      name: 'the issue example',
      history: numbers,
      draft: 'Your numbers are wrong.',
      severity: 'warning',
      fixIncludes: 'I may be missing something, but your numbers may not be quite right.',
    },
    {
      name: 'this is not correct',
      history: numbers,
      draft: 'This is not correct.',
      fixIncludes: 'may not be quite right',
    },
    { name: 'a bare no', history: numbers, draft: 'No.', fixIncludes: "I'm afraid that won't work for us" },
    {
      name: 'the verdict is replaced in place, the rest stays',
      history: numbers,
      draft: 'This is not correct. Our price for 200 users is $60k.',
      rewriteIncludes:
        'I may be missing something, but this may not be quite right. Our price for 200 users is $60k.',
    },
    {
      name: 'makes no sense',
      history: numbers,
      draft: 'Your calculation makes no sense.',
      fixIncludes: "isn't quite clear to me",
    },
    {
      name: 'I disagree',
      history: numbers,
      draft: 'I disagree. The plan is cheaper than your current tool.',
      fixIncludes: 'I see it a little differently',
    },
    {
      name: 'you misunderstood',
      history: numbers,
      draft: 'You misunderstood our offer.',
      fixIncludes: 'I may not have explained this clearly',
    },
    {
      name: 'unacceptable',
      history: numbers,
      draft: 'A 40% discount is unacceptable.',
      fixIncludes: 'would be difficult for us to accept',
    },
    {
      name: 'thanks first lowers it',
      history: numbers,
      draft: 'Thank you for checking. This is not correct, though.',
      severity: 'suggestion',
    },
    // rules.dev.13 generalisation (own wording): a bare "Thanks." is the courtesy of a letter and
    // cushions nothing; thanks for something the reader did still does (the case above)
    {
      name: 'a bare "Thanks." before the verdict does not lower it',
      reader: 'GB',
      writer: 'PL',
      history: [c('Could we perhaps split the rollout and start with the Leeds depot first?')],
      draft:
        'Hi Tom, thanks. Starting with one depot is not a good idea, the routing only pays off across all sites.',
      severity: 'warning',
    },
    {
      name: 'near-miss: thanks for what the reader did still cushions',
      reader: 'GB',
      writer: 'PL',
      history: [c('Could we perhaps split the rollout and start with the Leeds depot first?')],
      draft:
        'Hi Tom, thanks for thinking this through. Starting with one depot is not a good idea, the routing only pays off across all sites.',
      severity: 'suggestion',
    },
    // rules.dev.17 generalisation (own wording): thanks for the speed of a reply or for the email
    // itself is the courtesy of a letter too; thanks for the complaint or the reader's effort cushions.
    {
      name: 'thanks for the fast reply before the verdict does not lower it',
      reader: 'GB',
      writer: 'PL',
      history: [c('Could we perhaps split the rollout and start with the Leeds depot first?')],
      draft:
        'Hi Tom, thanks for the fast reply. Starting with one depot is not a good idea, the routing only pays off across all sites.',
      severity: 'warning',
    },
    {
      name: 'near-miss: thanks for the feedback on a complaint still cushions',
      reader: 'GB',
      writer: 'PL',
      history: [c('Could we perhaps split the rollout and start with the Leeds depot first?')],
      draft:
        'Hi Tom, thank you for the feedback. Starting with one depot is not a good idea, the routing only pays off across all sites.',
      severity: 'suggestion',
    },
    {
      name: 'near-miss: the formal "Thank you for your message." still frames the verdict',
      reader: 'GB',
      writer: 'PL',
      history: [c('Could we perhaps split the rollout and start with the Leeds depot first?')],
      draft:
        'Dear Tom, thank you for your message. Starting with one depot is not a good idea, the routing only pays off across all sites.',
      severity: 'suggestion',
    },
    // Their figure measured against what "any serious vendor" knows calls them naive: a judgement of
    // the reader, a step graver than "too low".
    {
      name: 'a client’s budget set against what "no reasonable supplier" would accept',
      reader: 'SA',
      writer: 'US',
      history: [c('Thank you for the offer. Our approved budget is SAR 600,000, kindly revise the price.')],
      draft:
        'Hi Saud, SAR 600,000 is not realistic for this scope. No reasonable supplier would take it at that price.',
      severity: 'error',
    },
    {
      name: 'near-miss: the same verdict on their budget without the belittling grounds stays a warning',
      reader: 'SA',
      writer: 'US',
      history: [c('Thank you for the offer. Our approved budget is SAR 600,000, kindly revise the price.')],
      draft:
        'Hi Saud, SAR 600,000 is not realistic for this scope. Our costs for the sensors alone are higher.',
      severity: 'warning',
    },
    {
      name: 'a bare "Thank you." weighs as no thanks, even for a reader who values direct feedback',
      reader: 'DE',
      writer: 'IN',
      history: numbers,
      draft: 'Thank you. Your estimate is too low for this scope.',
      severity: 'warning',
    },
    // rules.dev.13 generalisation (own wording): an outright "No," before the verdict contradicts
    // what the reader has just said, as a verdict on their figure does
    {
      name: '"No, that is not right" contradicts the client’s own statement',
      reader: 'SE',
      writer: 'IL',
      history: [c('So if I read it correctly, the support hours are included in the licence?')],
      draft: 'No, that is not right. Support is billed separately, see section 5.',
      severity: 'warning',
    },
    {
      name: 'near-miss: the same verdict without the "No," stays a hint to a reader in the middle',
      reader: 'SE',
      writer: 'IL',
      history: [c('So if I read it correctly, the support hours are included in the licence?')],
      draft: 'That is not right. Support is billed separately, see section 5.',
      severity: 'suggestion',
    },
    // a profile no source places on the feedback scale holds a placeholder 0: the reader is weighed
    // as one with no profile at all, not as a placed middle
    ...['VN', 'SN'].map((reader) => ({
      name: `a verdict on the numbers to a reader the feedback sources do not place (${reader})`,
      reader,
      writer: 'DE',
      history: numbers,
      draft: 'Your calculation is wrong, the licence fee is per site.',
      severity: 'warning' as const,
    })),
    {
      name: 'blame pushed back, to a German reader',
      reader: 'DE',
      writer: 'CN',
      history: numbers,
      draft: 'This is not our fault, the scratches come from the courier.',
      severity: 'warning',
    },
    {
      name: 'blame pushed back in a contraction ("isn\'t our fault"), to a Dutch reader who wrote a verdict of their own',
      reader: 'NL',
      writer: 'CN',
      history: [c('The last delivery had 4% broken tiles. That is not acceptable.')],
      draft: "That isn't our fault, the tiles broke in the truck.",
    },
    // rules.dev.12 generalisation (own wording): the client's people judged, or the fault put on
    // them, is worse than a corrected figure; the figure alone, or their team thanked, stays a warning
    {
      name: 'naming the client’s technicians as wrong is an error',
      reader: 'US',
      writer: 'DE',
      history: numbers,
      draft: 'Your technicians are wrong about the torque, 40 Nm is the limit for this flange.',
      severity: 'error',
    },
    {
      name: 'putting the delay on the client’s side is an error',
      reader: 'MX',
      writer: 'RU',
      history: numbers,
      draft: 'The two weeks of delay are on your side, the site was not ready.',
      severity: 'error',
    },
    {
      name: 'their colleagues named as wrong is an error even for a reader in the middle of the scale',
      reader: 'TR',
      writer: 'DE',
      history: numbers,
      draft: 'Your purchasing team is wrong about the alloy, the cheaper grade corrodes within a year.',
      severity: 'error',
    },
    {
      name: 'the reader alone judged ("you misunderstood the clause") is a step less',
      reader: 'AU',
      writer: 'DE',
      history: numbers,
      draft: 'No, you misunderstood the clause, the discount applies from the second order.',
      severity: 'warning',
    },
    {
      name: 'their colleagues named as wrong, to a reader who values blunt feedback, stays a warning',
      reader: 'DE',
      writer: 'US',
      history: numbers,
      draft: 'Your purchasing team is wrong about the alloy, the cheaper grade corrodes within a year.',
      severity: 'warning',
    },
    {
      name: 'a figure of theirs corrected, without their people, stays a warning',
      reader: 'US',
      writer: 'DE',
      history: numbers,
      draft: 'Your torque value is wrong, 40 Nm is the limit for this flange.',
      severity: 'warning',
    },
    {
      name: 'their team thanked before a price verdict is no blame on people',
      reader: 'US',
      writer: 'DE',
      history: numbers,
      draft: 'Thanks to your team the test went well, but your target price is too low for this alloy.',
      severity: 'warning',
    },
    // rules.dev.12 generalisation (own wording): the client's proposal restated and judged is aimed
    // at them as "your proposal" is; a verdict on something they did not propose is not
    {
      name: 'the client’s payment proposal restated and judged',
      reader: 'TR',
      writer: 'DK',
      history: [
        c('Dear Mette, thank you for the offer. We propose payment at 120 days and free installation.'),
      ],
      draft: 'Payment at 120 days is not acceptable for us. Installation is included anyway.',
      severity: 'warning',
    },
    {
      name: 'a verdict on our own side of the plan, not on what the client proposed, stays a hint',
      reader: 'AU',
      writer: 'DK',
      history: [c('Dear Mette, thank you for the offer. We propose to start in March at two sites.')],
      draft: 'The data migration is too complicated for a spring start. June is realistic.',
      severity: 'suggestion',
    },
    {
      name: 'a flat verdict to a Japanese reader is an error',
      reader: 'JP',
      writer: 'DE',
      history: numbers,
      draft: 'This is not correct. Our lead time is standard.',
      severity: 'error',
    },
    {
      name: 'a reader who values direct feedback gets a hint',
      reader: 'RU',
      writer: 'US',
      history: numbers,
      draft: 'Your numbers are wrong.',
      severity: 'suggestion',
    },
    {
      name: '"way off" is a flat verdict on the client’s figure',
      reader: 'CN',
      writer: 'US',
      history: numbers,
      draft: 'Honestly, your delivery estimate is way off. Nobody ships this in two weeks.',
    },
    {
      name: 'a client who writes direct objections',
      history: directClient,
      draft: 'This is not correct.',
      severity: 'suggestion',
    },
  ],
});

describe('cushionDisagreement', () => {
  it('keeps the point of the verdict', () => {
    expect(cushionDisagreement('No, this will not work!')).toBe(
      'I may be missing something, but this may not work for us.',
    );
    expect(cushionDisagreement('The price is too high')).toBe(
      'I may be missing something, but the price is higher than we expected.',
    );
  });
});
