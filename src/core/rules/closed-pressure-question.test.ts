import { describe, expect, it } from 'vitest';
import { FRIENDLY_HISTORY } from '../testing/histories.ts';
import { ruleReadings, runRuleCases } from '../testing/rule-tester.ts';
import { c, r } from '../testing/thread-builder.ts';
import rule from './closed-pressure-question.ts';

/** A first exchange: the client asked for information and got it. */
const FIRST_CONTACT = [
  c('Hello, we saw your talk at the logistics fair. Could you send us your price list?'),
  r('Good afternoon, the price list is attached.'),
  c('Thanks, we will look at it with the team.'),
];
/** Six weeks of friendly contact, in which the rep has already asked for a decision. */
const WARM_AND_ASKED = [
  c('Thanks for the demo, the team loved the dashboards.'),
  r('Glad to hear it. I am sending the pricing for 20 seats.'),
  c('Great. My wife and I just got back from Sydney, so I am catching up on everything.', 200),
  r('Welcome back. Did your team make a decision on the licence?'),
  c('Not yet, our CFO is reviewing it. Our dog had puppies last week, by the way!', 300),
  r('We are waiting for your decision.'),
  c('Sorry for the slow reply, it has been a crazy month with the audit.', 400),
];

/** Some weeks of business contact (acquainted, not friendly), ending with a client asking for time. */
const ASKED_FOR_TIME_AFTER_WEEKS = [
  c('Good morning, thank you for the visit to our plant.'),
  r('Thank you for hosting us. The proposal for the packing line is attached.', 200),
  c('Received, thank you. We will evaluate it with our production director and revert.', 48),
];
/** The same weeks, ending with a client who only confirms receipt. */
const RECEIVED_AFTER_WEEKS = [
  c('Good morning, thank you for the visit to our plant.'),
  r('Thank you for hosting us. The proposal for the packing line is attached.', 200),
  c('Received, thank you.', 48),
];

/** A group rate offered, and the client taking it to the owner first. */
const HOLD_ROOMS_ASKED_TIME = [
  r('Hi Aisyah, here is the group rate for the conference, 20 rooms.'),
  c('Thanks Jack, I will check with the owner next week.'),
];

runRuleCases(rule, {
  invalid: [
    // rd50 generalisation (own wording): the client put it off ("maybe later", "not sure we need it
    // right now"); a short call pressed for this week asks for the time they did not give
    {
      name: '"not sure we need it right now, maybe we can talk about it later" -> "Could we do a 20-minute call this Friday?"',
      reader: 'DK',
      writer: 'IT',
      history: [
        r('Hi Mette, here is the overview of our scheduling tool, as promised.'),
        c('Hi Paolo, thanks. Honestly not sure we need it right now. Maybe we can talk about it later.'),
      ],
      draft: 'Hi Mette, thanks for the honest answer! Could we do a 20-minute call this Friday anyway?',
    },
    // rd46 generalisation (own wording): "we need some time to ..." defers the decision as "we will revert" does
    {
      name: '"we need some time to go through it with our board" -> "Can we confirm the 20 licences this week?"',
      reader: 'MY',
      writer: 'GB',
      history: [
        r('Dear Mr Lim, the proposal for 20 licences is attached, as discussed on our call.'),
        c('Dear Simon, thank you. We need some time to go through it with our board.'),
      ],
      draft: 'Dear Mr Lim, thank you. Can we confirm the 20 licences this week?',
    },
    // rd46 generalisation (own wording): the order form offered before the client comes back
    {
      name: '"I\'ll ask my boss on Monday and let you know" -> "Shall I send the order form today?"',
      reader: 'PL',
      writer: 'US',
      history: [
        r('Hi Marta, the revised quote with the 10% volume discount is in your inbox.'),
        c('Thanks Jake. I will ask my boss on Monday and let you know.'),
      ],
      draft: 'Sounds good, Marta! Shall I send the order form today so the discount is locked in?',
    },
    // rd42 generalisation (own wording): time asked for in chat's words; a yes asked for as the reply
    // itself; the yes asked for by name
    {
      name: '"looks good, but give me a few days pls" -> "So can we confirm the 2 containers this week?"',
      reader: 'CO',
      writer: 'LT',
      history: [
        r('hola Andrés! new price for the oak veneer attached, 3% below last quarter'),
        c('gracias Rasa! looks good, but give me a few days pls, cash is tight this month'),
      ],
      draft: 'Super! So can we confirm the 2 containers this week? 🙂',
    },
    {
      name: '"Can we set up a demo on Monday? Please reply with a yes" at first contact',
      reader: 'GB',
      writer: 'IN',
      history: [
        r('Hi Oliver, I enjoyed your post on warehouse robotics and would love to connect.'),
        c('Thanks Ananya, happy to connect.'),
      ],
      draft:
        'Thanks for connecting, Oliver! Can we set up a 30-minute demo on Monday? Please reply with a yes and I will send the invite.',
    },
    {
      name: '"we need some time to discuss with our board" -> "Could we have your yes on the trial by next Friday?"',
      reader: 'MY',
      writer: 'AU',
      history: [
        r('Dear Mr. Tan, thank you for the meeting. The trial proposal for the Penang plant is attached.'),
        c('Dear Mr. Hughes, thank you. We need some time to discuss it with our board before we decide.'),
      ],
      draft: 'Dear Mr. Tan, thank you for the update. Could we have your yes on the trial by next Friday?',
    },
    // rd39 generalisation (own wording): the go-ahead asked for as agreement to start; the yes asked
    // for in so many words
    {
      name: '"we will discuss the pilot with our manager" -> "Do you agree to begin the pilot on 5 January?"',
      reader: 'JP',
      writer: 'PL',
      history: [
        r('Dear Mr. Sato, the pilot plan for the Osaka warehouse is attached.'),
        c('Dear Mr. Nowak, thank you. We will discuss the pilot with our manager and reply.'),
      ],
      draft: 'Dear Mr. Sato, thank you. Do you agree to begin the pilot on 5 January?',
    },
    ...[
      'No worries! The rate is only open till Friday, shall I hold the 20 rooms for you? Just need a simple yes 👍',
      // the same without articles
      'No worries! Rate is only open till Friday, shall I hold 20 rooms for you? Just need simple yes 👍',
    ].map((draft) => ({
      name: `"I will check with the owner next week" -> "${draft}"`,
      reader: 'MY',
      writer: 'AU',
      history: HOLD_ROOMS_ASKED_TIME,
      draft,
    })),
    {
      name: '"we wait for the sell-through numbers first" -> "can you confirm the spring order now?"',
      reader: 'CA',
      writer: 'VN',
      history: [
        r('Dear Paul, we are planning capacity for spring. Will you order the same 9,000 units?'),
        c('Hi Linh, we wait for the sell-through numbers first, probably end of October.'),
      ],
      draft: 'Dear Paul, can you confirm the spring order now? Then we keep your slot.',
    },
    {
      name: '"the board will look at it next month" -> "Can we count on your renewal before our CEO visits?"',
      reader: 'ID',
      writer: 'AE',
      history: [
        r('Dear Ibu Sari, the renewal proposal for 2027 is attached.'),
        c('Dear Pak Khalid, thank you. The board will look at it next month together with the budget.'),
      ],
      draft: 'Dear Ibu Sari, thank you. Can we count on your renewal before our CEO visits Jakarta?',
    },
    {
      name: '"I\'d like to go through it with finance next week" -> "Can we get it signed by Friday so we can keep the crew available for June?"',
      reader: 'AU',
      writer: 'PH',
      history: [
        r('Hi Kate, the updated scope with the two change requests is attached.'),
        c("Thanks Miguel, looks close. I'd like to go through it with finance next week."),
      ],
      draft:
        'Hi Kate, great. Can we get it signed by Friday so we can keep the crew available for a June start?',
    },
    // chat shorthand is read as the words it stands for ("r we moving fwd" = "are we moving forward")
    {
      name: '"we\'ll decide after the board meets" -> "r u guys moving fwd with the upgrade?" weeks later',
      reader: 'AU',
      writer: 'PL',
      history: [
        r('hi Kate, pricing for the upgrade is in the doc I shared'),
        c('cheers! we will decide after the board meets'),
      ],
      draft: 'hi kate, r u guys moving fwd with the upgrade?',
    },
    // near-miss of "price ok for us": the yes to one part, the decision still to come
    {
      name: '"the unit price is ok for us, but we must check the tooling with finance" -> "Could you confirm the order by Friday?"',
      reader: 'CZ',
      writer: 'GB',
      history: [
        r('Hello Martin, the quotation for the bracket is attached.'),
        c(
          'Hello Tom, the unit price is ok for us, but we must check the tooling cost with finance. We will know in 2 weeks.',
        ),
      ],
      draft:
        'Hello Martin, glad the price works. Could you confirm the order by Friday so we can hold the slot?',
    },
    // near-miss of the client's yes: "I'll take it to the budget meeting" takes the quote to a
    // meeting, it does not take the offer
    {
      name: '"I\'ll take it to the budget meeting" then a thanks for the dinner, answered "Can you get the renewal signed this week?"',
      reader: 'GB',
      writer: 'IN',
      history: [
        c('Morning Priya, thanks for the renewal quote. I will take it to the budget meeting on Thursday.'),
        r('Thank you Tom, good luck in the meeting!'),
        c('Thanks again for the lovely dinner last week, my wife still talks about the dessert.'),
      ],
      draft: 'Thank you, Tom, it was a pleasure! Can you get the renewal signed this week?',
    },
    // rules.dev.29 generalisation (own wording): "we will inform you" defers the decision
    {
      name: '"can we expect your confirmation by Friday?" after "still comparing, we will inform you"',
      reader: 'ID',
      writer: 'SG',
      history: [
        r('Dear Pak Agus, the quotation for the two mixers is attached.'),
        c('Dear Ibu Mei, thank you. We still compare several suppliers, we will inform you.', 30),
      ],
      draft: 'Dear Pak Agus, thank you. Can we expect your confirmation of the order by Friday?',
    },
    // rules.dev.27 generalisation (own wording): the alternative close to a client who must first
    // run the offer by a superior takes the yes for granted
    {
      name: '"Which plan will you go with, Basic or Pro?" after "I need to run it by my CFO first"',
      reader: 'US',
      writer: 'PL',
      history: [
        r('Hi Kim, the overview of both plans is attached.'),
        c('Thanks, looks solid. I need to run it by my CFO before we talk numbers.', 30),
      ],
      draft: 'Hi Kim, sure. Which plan will you go with, Basic or Pro? I can draft the order either way.',
    },
    // near-miss of the open day: a closed "can we meet this week?" still presses for the meeting
    {
      name: '"Can we set up a call this week?" right after the client said they would think about it',
      reader: 'CL',
      writer: 'VN',
      history: [c('Thanks for the offer. We will think about it and come back in a few weeks.')],
      draft: 'Understood. Can we set up a call this week to close the open points?',
    },
    // rules.dev.24 generalisation (own wording): the yes/no demanded in the next sentence; a trial
    // order to confirm this week after the client only said they could consider one.
    {
      name: 'a pilot asked for at the first reply, then "Yes or no is fine"',
      reader: 'GB',
      writer: 'CN',
      history: [
        c(
          'Thanks for reaching out. We are looking at options for next year. What sites do you usually work with?',
        ),
      ],
      draft:
        'Mostly 3PL sites of 20,000 m2. Would you like to run a pilot with 8 robots in Q2? Yes or no is fine, so I can plan.',
    },
    {
      name: 'a trial order to confirm this week after "if you can support, we can consider a trial"',
      reader: 'CN',
      writer: 'JP',
      history: [
        c(
          'Thank you for the quotation. Our target is USD 12/kg. If you can support, we can consider a trial order in July.',
        ),
      ],
      draft: 'We can offer USD 13.5/kg. Can you confirm the trial order at that price this week?',
    },
    // rules.dev.22 generalisation (own wording): a meeting pressed on a client who turned it down
    // for now or set it later; a choice of days or a length in minutes does not make it open.
    {
      name: 'a choice of two days after the client is not looking for new suppliers',
      reader: 'FI',
      writer: 'US',
      history: [
        r('Hi Aino, we help bakeries cut energy costs. Happy to share a case study.'),
        c('Thank you. We are not looking for new suppliers at the moment, but the case study is welcome.'),
      ],
      draft: 'Thanks Aino! Could we do a short call next Monday or Tuesday to walk you through it?',
    },
    {
      name: 'twenty minutes this week after the client said it is not the right time',
      reader: 'US',
      writer: 'IL',
      history: [
        r('Hi Dana, worth a quick chat about onboarding?'),
        c('Honestly, not the right time for us.'),
      ],
      draft: 'Understood. 20 min this week? I am free Thursday.',
    },
    {
      name: 'a call moved to this Friday after the client offered to speak next quarter',
      reader: 'MY',
      writer: 'TR',
      history: [
        r('Hello Encik Hafiz, I would be glad to present our dyeing machines.'),
        c('Thank you. We could speak next quarter, after the new line is installed.'),
      ],
      draft: 'Thank you! Can we book the call for this Friday instead?',
    },
    {
      name: 'a meeting fixed for tomorrow after the client asked for the details by email',
      reader: 'AE',
      writer: 'IN',
      history: [
        r('Dear Mr. Khalid, can we connect for a short discussion on our HR software?'),
        c('Please send me the brochure by email.'),
      ],
      draft: 'Sure sir. Can we fix a meeting tomorrow at 10 AM at your office?',
    },
    // rules.dev.22 generalisation (own wording): the order itself asked for in other words.
    {
      name: 'the order asked for as something to get, with a push',
      reader: 'NL',
      writer: 'CN',
      history: [r('Our offer for 200 solar inverters is attached.'), c('Send the datasheets first, please.')],
      draft: 'Datasheets attached. Can we have your order this week? The price holds until Friday only.',
    },
    // rules.dev.20 (own wording): the client said whom they must consult or that they are still
    // weighing it; a confirmation by a date, or the order itself, pressed before then.
    {
      name: 'a booking confirmed by tomorrow after the client must check with a co-owner',
      reader: 'BE',
      writer: 'GE',
      history: [
        r('The offer for the October incentive trip is attached.'),
        c('Thanks, it looks fine. I have to go over the budget with my co-founder first.'),
      ],
      draft: 'Lovely. Could you confirm the 30 seats tomorrow?',
    },
    {
      name: 'an order confirmed before the holidays after the client will talk to the board',
      reader: 'PL',
      writer: 'US',
      history: [
        r('Here is the quote for the 12 forklifts.'),
        c('Received. We need to discuss it with our management board.'),
      ],
      draft: 'Thank you. Can you confirm the order before the holidays?',
    },
    {
      name: 'the first order pressed while the client is still weighing the range',
      reader: 'IE',
      writer: 'GE',
      history: [
        r('The tasting samples were sent on Monday.'),
        c('They arrived, the whites were a hit. We are still figuring out which ones suit our shops.'),
      ],
      draft: 'Wonderful! Will you place the opening order of 300 cases this month?',
    },
    {
      name: 'the same yes/no to a client who only asked for time',
      reader: 'US',
      writer: 'UA',
      history: [
        r('The renewal pricing is attached.'),
        c('Thanks, reasonable. Give me until Monday to think.'),
      ],
      draft: 'As promised, plainly: do you want to renew for two years?',
    },
    // rules.dev.20 (own wording): a start that only the yes allows, beside "just confirm and I
    // send the contract".
    {
      name: 'a start date asked with "just confirm and we issue the agreement"',
      reader: 'CA',
      writer: 'AM',
      history: [r('The statement of work is attached.'), c('Read it over the weekend, it looks good.')],
      draft: 'Great, can we begin the rollout on 3 March? Just confirm and we will issue the agreement.',
    },
    // rules.dev.21 near-misses: the yes before a holding reply carries over a bare "ok" only; a
    // question since, or a wish with no date, keeps the press a press.
    {
      name: 'an undated wish to sign is no yes',
      reader: 'US',
      writer: 'TW',
      history: [
        c('We would want to sign at some point, the terms look fair.'),
        r('Great, I will check the last clause with legal today.', 2),
        c('ok', 2),
      ],
      draft: 'Legal accepted the clause. Can we sign on Friday?',
    },
    {
      name: 'the client asked something since the yes: the press answers a new message',
      reader: 'US',
      writer: 'TW',
      history: [
        c('Legal is fine, I want to sign this week.'),
        r('Great, I will confirm the last clause with our legal today.', 2),
        c('Sure. Does the warranty cover spare parts too?', 2),
      ],
      draft: 'Yes, spare parts are covered. Can we sign on Friday?',
    },
    // rules.dev.17 (own wording): a yes tied to one condition; near-misses where the reply does
    // not meet the condition, or the client refused, which must keep firing.
    {
      name: 'a conditional yes the reply does not meet: the contract still takes the yes for granted',
      reader: 'AE',
      writer: 'GB',
      history: [r('Our offer for the chillers is attached.'), c('If you can deliver in May we sign.')],
      draft: 'Delivery would be in July. Shall I send the contract for signature today?',
    },
    {
      name: 'a condition on not signing is no yes',
      reader: 'AE',
      writer: 'GB',
      history: [
        r('Our offer for the chillers is attached.'),
        c('If the price stays like this we cannot sign.'),
      ],
      draft: 'Yes, the price is firm. Shall I send the contract for signature?',
    },
    // rules.dev.17 (own wording): an order or a quantity in goods' units pressed after the client
    // said they would compare and come back; near-misses of a status request and of a review
    // check-in that add a commitment or a date, which must keep firing.
    {
      name: 'a trial order in pieces pressed this week after the client asked for time to compare',
      reader: 'CO',
      writer: 'DE',
      history: [
        r('The catalogue and the price list for the ceramic tiles are attached.'),
        c('Thank you, nice designs. We need a few weeks to compare with our supplier, I will let you know.'),
      ],
      draft: 'Thanks! Could we confirm a trial order of 800 pieces this week?',
    },
    {
      name: 'a quantity in rolls pressed after the client will discuss it internally',
      reader: 'TH',
      writer: 'US',
      history: [
        r('Our offer for the packaging film is attached.'),
        c('Thank you, we will discuss it internally and revert.'),
      ],
      draft: 'Great. Can you confirm the 400 rolls for the May shipment?',
    },
    {
      name: 'a status request that adds a commitment still presses for the yes',
      reader: 'TH',
      writer: 'US',
      history: [
        r('Our offer for the packaging film is attached.'),
        c('Thank you, we will discuss it internally and revert.'),
      ],
      draft: 'Could you tell me the status and confirm the 400 rolls today?',
    },
    {
      name: 'a review check-in beside a date for the yes still presses',
      reader: 'US',
      history: FIRST_CONTACT,
      draft: 'Did you get a chance to look at it? The discount ends on Friday, so can we sign this week?',
    },
    // rules.dev.16 (own wording): the client named the day they will act (after a holiday, on a
    // weekday) and the draft asks them to confirm sooner; near-misses of the client's own yes and
    // of a topic phrase before a yes/no question, which must keep firing.
    {
      name: 'a confirmation pressed for today after the client named the day after the holidays',
      reader: 'IN',
      writer: 'GB',
      history: [
        r('The renewal invoice is attached, thank you for staying with us.'),
        c('Thanks. Our finance team is away for Diwali, the payment will be approved after the holidays.'),
      ],
      draft: 'Thanks. Could you confirm today that it will be paid this month?',
    },
    {
      name: 'a confirmation pressed for tomorrow after the client set a weekday with their lawyer',
      reader: 'TR',
      writer: 'NL',
      history: [
        r('The supply agreement for the 40 pallets is attached.'),
        c('Received. I will go through the draft with our lawyer on Thursday.'),
      ],
      draft: 'Great. Can you confirm tomorrow that you will sign it?',
    },
    {
      name: '"we discussed it internally" without a yes is no go-ahead',
      reader: 'US',
      writer: 'DE',
      history: [
        r('The proposal for the 80 licences is attached.'),
        c('We discussed it internally, there are still some open points on budget.'),
      ],
      draft: 'Understood. Can we sign the contract this week?',
    },
    {
      name: 'a deal the client says is not final yet',
      reader: 'CA',
      writer: 'FR',
      history: [
        r('Our offer for the fleet tracking is attached.'),
        c('The deal is not final yet, the board meets in May.'),
      ],
      draft: 'Thanks for the update. Can we sign before the end of April?',
    },
    {
      name: 'a topic phrase, then a yes/no question',
      reader: 'AU',
      writer: 'IN',
      history: FIRST_CONTACT,
      draft: 'Regarding the quote for the 2,000 units, can you confirm the order this week?',
    },
    // rules.dev.15 (own wording): a reader with no profile pressed for a dated yes right after
    // asking for time; a client with something still to settle; near-misses of a present-tense yes
    // (a habit, a condition) that must keep firing.
    {
      name: 'a reader with no profile, days after the first quote, asked to sign by a date after asking for time',
      reader: 'AM',
      writer: 'DE',
      history: [
        r('Thank you for the visit in Yerevan. Our quotation for the cold rooms is attached.'),
        c(
          'Thank you. We have two more offers to compare, so please give us some time. I will come back to you.',
        ),
      ],
      draft: 'Thank you. Our quality is the best on the market. Can we sign the contract before the 20th?',
      severity: 'error',
    },
    {
      name: 'a habit of ordering "per year" is no yes to this offer',
      reader: 'PL',
      writer: 'TR',
      history: [
        r('Our price is 14,200 USD per 40ft container, CIF Gdansk.'),
        c('Thank you. Usually, we order 6 containers per year from one supplier.'),
      ],
      draft: 'Thank you. Can you confirm the order of 6 containers this week?',
    },
    {
      name: '"if we take the 500 units" asks about a discount, it gives no yes',
      reader: 'PL',
      writer: 'TR',
      history: [c('If we take the 500 units, is a better price possible?')],
      draft: 'Yes, 4% less. Will you order the 500 units this month then?',
    },
    // rules.dev.22 (own wording): "we will contact you after our internal review" asks for time; a
    // new Korean contact pressed for the yes by today is the settled error.
    {
      name: 'a new reserved contact who will write after an internal review, pressed for today',
      reader: 'KR',
      writer: 'CN',
      history: [
        r('Please find our quotation for the cable harnesses attached.'),
        c('Thank you. We will contact you after our internal review next week.'),
      ],
      draft: 'Did you choose our company? Please can you confirm the order today?',
      severity: 'error',
    },
    // rules.dev.12 (own wording): a condition that "works for your team" is not a slot question; a
    // signature promised for "after returning" pressed for sooner; "want me to send over the
    // contract?" offered to a client who has not said yes; a deadline told as "no longer valid".
    {
      name: 'a condition on the numbers does not make a signing deadline a scheduling question',
      reader: 'PL',
      writer: 'US',
      history: [
        c('Thank you for the offer. We will review it with finance and come back to you next month.'),
      ],
      draft: 'Thanks! If the budget works for you, can we have the order signed by the 15th?',
      severity: 'warning',
    },
    {
      name: 'a signature promised for after the holidays, pressed for before them',
      reader: 'TR',
      writer: 'DE',
      history: [
        c(
          'The terms look fine to me. I am going to my hometown for the holidays, so I will sign after returning on the 8th.',
        ),
      ],
      draft: 'Noted. But could you sign it before you travel? Our books close on the 31st.',
    },
    {
      name: '"want me to send over the contract?" to a client still thinking it over',
      reader: 'GB',
      writer: 'US',
      history: [...FIRST_CONTACT, c('We will think it over and come back to you in March.')],
      draft: 'Sounds good. Want me to send over the contract in the meantime?',
    },
    {
      name: '"would you like us to prepare the agreement for signature?" assumes the yes too',
      reader: 'DE',
      writer: 'US',
      history: [...FIRST_CONTACT, c('We will think it over and come back to you in March.')],
      draft: 'Sure. Would you like us to prepare the agreement for signature?',
    },
    {
      name: 'confirming the term before a price that will no longer be available',
      reader: 'AR',
      writer: 'RU',
      history: [...FIRST_CONTACT],
      draft:
        'Could you confirm the 24-month term by the 20th? After that the launch price is no longer available.',
    },
    // rules.dev.12: severity. A reserved, high-context reader who has just asked for time, pressed
    // for the yes before the relationship is close; the request for time is what the yes overrides.
    {
      name: 'a reserved reader of some weeks who asked for time, pressed to sign: an error',
      reader: 'JP',
      writer: 'DE',
      history: ASKED_FOR_TIME_AFTER_WEEKS,
      draft: 'Thank you. Can we sign the contract for the line before the end of the month?',
      severity: 'error',
    },
    {
      name: 'the same reader and weeks, with no time asked for: a warning',
      reader: 'JP',
      writer: 'DE',
      history: RECEIVED_AFTER_WEEKS,
      draft: 'Thank you. Can we sign the contract for the line before the end of the month?',
      severity: 'warning',
    },
    {
      name: 'a reader who does not mind plain questions, pressed after asking for time: a warning',
      reader: 'DE',
      writer: 'US',
      history: [c('Thank you for the offer. We will discuss it internally and come back to you.')],
      draft: 'Thanks! Can we sign the agreement this month?',
      severity: 'warning',
    },
    {
      name: 'the same reader, with no time asked for: a suggestion',
      reader: 'DE',
      writer: 'US',
      history: [c('Thank you for the offer.')],
      draft: 'Thanks! Can we sign the agreement this month?',
      severity: 'suggestion',
    },
    {
      name: 'the time asked for earlier still stands while the client has not come back with a decision',
      reader: 'DE',
      writer: 'US',
      history: [
        c('Thank you for the offer. We will discuss it internally and come back to you.'),
        r('Sure, take your time. The answers to your IT questions are attached.'),
        c('Thank you for the answers, they are clear.'),
      ],
      draft: 'Glad to hear it! Can we sign the agreement this month?',
      severity: 'warning',
    },
    {
      name: 'the yes given, only its date pressed: a warning, not an error',
      reader: 'SE',
      writer: 'RU',
      history: [c('It looks fine now. I am away with the family tomorrow, I will sign it when I am back.')],
      draft: 'Thank you. Could you sign it today, before you leave?',
      severity: 'warning',
    },
    {
      name: '"today" on the writer\'s own step is not an ultimatum to the client',
      // A direct reader: for a reserved one right after asking for time the step is an error by the
      // settled severity line (below), whatever the ultimatum.
      reader: 'GB',
      writer: 'FR',
      history: [c('Thank you for the proposal. I will discuss it with our management and come back to you.')],
      draft: 'Thank you. Shall I send you the contract for signature today?',
      severity: 'warning',
    },
    // rules.dev.14 (own wording): severity. A yes/no with a deadline pressed in the first days,
    // right after the client asked for time, on a reader who minds pressure and is not direct, is an
    // error (eval/README, settled severity lines); a direct reader, a condition the client judges,
    // or no deadline keep it a warning.
    {
      name: 'a reader who minds pressure, asked for time, pressed to commit by Friday: an error',
      reader: 'TH',
      writer: 'DE',
      history: [
        r('Thank you for the meeting on Monday. Our quotation for the cold-storage racks is attached.'),
        c('Thank you for the quotation. We will talk it over with our owner and get back to you.', 30),
      ],
      draft: 'Thank you. Could you confirm by Friday that you will place the order?',
      severity: 'error',
    },
    {
      name: '"please give us some time" is a request for time too',
      reader: 'BR',
      writer: 'PL',
      history: [
        r('It was a pleasure to visit your plant. The offer for the sensors is attached.'),
        c('Thank you very much for the offer. Please give us some time, the directors must look at it.', 30),
      ],
      draft: 'Of course. Can we sign the supply agreement before the end of the month?',
      severity: 'error',
    },
    {
      name: '"I will update you" after passing the offer up the hierarchy asks for time',
      reader: 'SA',
      writer: 'NL',
      history: [
        r('As promised, the revised offer with the longer warranty is attached.'),
        c(
          'Thank you, well received. It is with our managing director for approval now, I will update you.',
          40,
        ),
      ],
      draft: 'Thanks. Will your managing director approve it this week?',
      severity: 'error',
    },
    {
      name: 'the same press on a direct, low-context reader: a warning',
      reader: 'AU',
      writer: 'DE',
      history: [
        r('Thank you for the meeting on Monday. Our quotation for the cold-storage racks is attached.'),
        c('Thank you for the quotation. We will talk it over with our owner and get back to you.', 30),
      ],
      draft: 'Thank you. Could you confirm by Friday that you will place the order?',
      severity: 'warning',
    },
    {
      name: 'the same reader, the yes asked on a condition they judge: a warning',
      reader: 'TH',
      writer: 'DE',
      history: [
        r('Thank you for the meeting on Monday. Our quotation for the cold-storage racks is attached.'),
        c('Thank you for the quotation. We will talk it over with our owner and get back to you.', 30),
      ],
      draft: 'Thank you. If the figures suit your owner, can we sign the order by Friday?',
      severity: 'warning',
    },
    {
      name: 'the same reader, a signature step with no date to meet: a warning',
      reader: 'TH',
      writer: 'DE',
      history: [
        r('Thank you for the meeting on Monday. Our quotation for the cold-storage racks is attached.'),
        c('Thank you for the quotation. We will talk it over with our owner and get back to you.', 30),
      ],
      draft: 'Thank you. Shall I send the purchase agreement for signature, so we can deliver in spring?',
      severity: 'warning',
    },
    // rules.dev.9/19/4 (own wording): time asked for in other words ("we need a few more days to
    // weigh the offers", "we will answer you once we have a conclusion") is a request for time too.
    {
      name: '"we need a few more days" asks for time: a date pressed on it is an error',
      reader: 'VN',
      writer: 'DE',
      history: [
        r('Our offer for the 3,000 m of conveyor belt is attached.'),
        c('Thank you for the offer. We need a few more days to weigh it against the other quotes.', 30),
      ],
      draft: 'Thank you. Can we sign the order this week?',
      severity: 'error',
    },
    {
      name: '"we will answer you once we have a conclusion" asks for time too',
      reader: 'SA',
      writer: 'NL',
      history: [
        r('The revised quotation for the water pumps is attached.'),
        c('Thank you. The committee is reviewing it and we will answer you once we have a conclusion.', 30),
      ],
      draft: 'Thanks. Can we sign the order before the end of the month?',
      severity: 'error',
    },
    {
      name: 'a client who needs the goods in time has asked for no time: a warning',
      reader: 'VN',
      writer: 'DE',
      history: [
        r('Our offer for the 3,000 m of conveyor belt is attached.'),
        c('Thank you for the offer. We need the belt in time for the new line in May.', 30),
      ],
      draft: 'Thank you. Can we sign the order this week?',
      severity: 'warning',
    },
    // rules.dev.11/12/15/16/19 (own wording): a reader whose profile places them on neither the
    // context nor the disagreeing scale is not known to be direct: weighed as a reader with no
    // profile, a warning at least, and an error when pressed by a date right after asking for time.
    {
      name: 'an unplaced reader who asked for time, pressed by a date: an error',
      reader: 'PK',
      writer: 'US',
      history: [
        r('Thank you for the call today. The pricing for the 40 licences is attached.'),
        c('Thank you. We will present it to our steering committee next week and revert.', 20),
      ],
      draft: 'Thanks. Can we get the order signed by Friday?',
      severity: 'error',
    },
    {
      name: 'an unplaced reader pressed by a date with no time asked: a warning, not a suggestion',
      reader: 'BD',
      writer: 'GB',
      history: [
        r('Thank you for the meeting. The quotation for the 12 generators is attached.'),
        c('Thank you, well received.', 20),
      ],
      draft: 'Great. Can we get the order signed this month?',
      severity: 'warning',
    },
    {
      name: 'the same press on a reader placed as direct: a suggestion',
      reader: 'DE',
      writer: 'GB',
      history: [
        r('Thank you for the meeting. The quotation for the 12 generators is attached.'),
        c('Thank you, well received.', 20),
      ],
      draft: 'Great. Can we get the order signed this month?',
      severity: 'suggestion',
    },
    // rules.dev.10 (own wording): a signature the client promised for after a trip, hurried to
    // before it, presses for a date, not for the yes: a warning even for a new reserved reader; the
    // same press on a client who only promised a decision is an error.
    {
      name: 'a new reserved reader who promised to sign after a trip, asked to sign today: a warning',
      reader: 'JP',
      writer: 'US',
      history: [
        c(
          'The agreement looks fine. I am travelling to Osaka for a family wedding, so I will sign it after I come back on Monday.',
        ),
      ],
      draft: 'Thanks. Could you sign it today before you travel? Our quarter closes on Friday.',
      severity: 'warning',
    },
    {
      name: 'the same reader, who only promised a decision after the trip: an error',
      reader: 'JP',
      writer: 'US',
      history: [
        c(
          'Thank you for the agreement. I am travelling to Osaka, so I will get back to you after I come back.',
        ),
      ],
      draft: 'Thanks. Could you sign it today before you travel? Our quarter closes on Friday.',
      severity: 'error',
    },
    // rules.dev.10 (own wording): "ping me again after ..." asks to be left until then, not to be
    // pressed for a meeting before it.
    {
      name: 'half an hour next Wednesday, pressed on a client who said to ping them again after the launch',
      reader: 'CA',
      writer: 'ES',
      history: [
        r('Congrats on the new funding round! Would you be open to a quick chat about your cloud bill?'),
        c('Thanks! Bad timing, we are launching the app this month. Ping me again after the launch.', 30),
      ],
      draft: 'Understood. Our setup takes an afternoon, really. Could we grab half an hour next Wednesday?',
    },
    {
      name: 'a client who will come back after the board meeting, pressed to sign this week',
      reader: 'CA',
      writer: 'ES',
      history: [c('Thanks for the offer. We will get back to you after the board meeting.')],
      draft: 'Sure. Can we sign the order this week?',
    },
    // rules.dev.11 (own wording): a call pressed for next week on a client who put the purchase on
    // hold; a commitment asked for with scarcity ("only two seats left").
    {
      name: 'a call next week right after the client put the purchase on hold presses',
      reader: 'FI',
      writer: 'US',
      history: [
        ...FIRST_CONTACT,
        c('Our budget is frozen after the merger, so the purchase is on hold until spring.', 50),
      ],
      draft: 'Understood. Could we book a short call next week to go through the business case?',
    },
    {
      name: 'joining a programme with only a few seats left asks for the yes now',
      reader: 'CA',
      writer: 'AM',
      history: [...FIRST_CONTACT],
      draft: 'Will you join the spring cohort of our pilot? Only two seats remaining.',
    },
    {
      name: 'the client will come back after the holidays; closing the order before them presses',
      reader: 'KR',
      writer: 'ES',
      history: [
        c(
          'Thank you for the samples. We will discuss the price internally and come back to you after Chuseok.',
        ),
      ],
      draft: 'Thank you for the feedback! Could we close the first pallet order before Chuseok?',
    },
    {
      name: 'a client who will revert is asked to award the job this week',
      reader: 'AE',
      writer: 'DE',
      history: [c('Dear Mr. Braun, noted with thanks. The committee will review all bids and revert.')],
      draft: 'Dear Mr. Saeed, thank you. Can you confirm this week that you will award the project to us?',
    },
    {
      name: 'asked to call again next quarter, the rep asks for half an hour next week',
      reader: 'NZ',
      writer: 'NL',
      history: [
        c('Cheers, but we are flat out with a rebrand. Call me again in October and I will have a look.'),
      ],
      draft: 'Understood, thanks. Can we book 30 minutes next Wednesday?',
    },
    {
      name: 'the client will sign the NDA once back from leave; pressing for it today is pressure',
      reader: 'TH',
      writer: 'US',
      history: [
        c(
          "Thank you for the NDA. I am on leave for my cousin's wedding, I will sign it once I am back on the 12th.",
        ),
      ],
      draft: 'Thanks! Could you sign the NDA today before you leave, so we can share the build?',
    },
    {
      name: '"we will get back to you" is met by "shall we lock it in?"',
      reader: 'US',
      writer: 'IL',
      history: [c('Good session, thanks. I need to run it past finance and will get back to you next week.')],
      draft: 'Sounds good! Shall we lock it in today so you keep the launch price?',
    },
    {
      name: '"we\'ll take it from there" is the client\'s process, not a yes',
      reader: 'US',
      writer: 'PL',
      history: [
        c('Send me a proposal for two engineers and we will take it from there.'),
        r('Attached, thank you.'),
        c('Read it, mostly fine. Legal has a couple of questions.'),
      ],
      draft: 'Hi Dan, so can we sign it this week?',
    },
    {
      name: 'an offer of help does not turn a request for the go-ahead into a question they asked for',
      reader: 'TH',
      history: [c('Thank you for the proposal. Let me know if you need anything from us.')],
      draft: 'Thank you. Are we good to go with the annual plan?',
    },
    {
      name: 'a reader whose culture has no profile is not known to be direct: the default warning holds',
      reader: 'ZZ',
      writer: 'US',
      history: [c('Thank you for the offer. We will study it with the team.')],
      draft: 'Dear Alex, thank you. So, will you go ahead with the annual licence?',
      severity: 'warning',
    },
    {
      name: '"do you want to lock in the discount before it ends?" asks for the commitment as a wish',
      reader: 'EG',
      writer: 'US',
      history: FIRST_CONTACT,
      draft:
        'Thank you. The spring offer ends on Friday; do you want to lock in the 10% discount before then?',
    },
    {
      name: 'a chat tag "yes?" without its comma asks for assent all the same',
      reader: 'ID',
      writer: 'BR',
      history: [c('Thank you for the samples. We still need to test them, maybe two weeks.')],
      draft: 'Great!! So we can confirm the 300 units this week yes?',
    },
    {
      name: 'booking the installers with a tag "OK?" acts on a yes the client has not given',
      reader: 'FR',
      writer: 'EG',
      history: [c('Thank you for the revised offer. We still have to present it to the board on 12 May.')],
      draft: 'Thank you. I will book the installation crew for 2 June then, OK?',
    },
    {
      name: '"is it a go?" to a client who said they would discuss it with the partners first',
      reader: 'SA',
      writer: 'US',
      history: [
        r('Hi Alex, the proposal is in your inbox.'),
        c('Thank you, I will discuss it with the partners next week and let you know.'),
      ],
      draft: 'Sounds good! Just so I can plan on my side, is it a go?',
    },
    {
      name: 'offering to send the contract for signature takes a yes the client has not given',
      history: FIRST_CONTACT,
      draft: 'Thank you. Shall I send you the agreement for signature this week?',
    },
    {
      name: 'a "free trial" is an offer, not a free slot: "are you ready to start the free trial?" asks for the yes',
      history: FIRST_CONTACT,
      draft: 'Thank you! Are you ready to start the free trial next Tuesday?',
    },
    {
      name: '"Shall we say yes to ...?" asks for the yes in other words',
      history: FIRST_CONTACT,
      draft: 'Thank you. Shall we say yes to the two-year plan, so I can hold this price for you?',
    },
    {
      name: '"Can we consider the order confirmed?" after a non-committal reply asks for the yes',
      history: FIRST_CONTACT,
      draft: 'Thank you, good to hear! Can we consider the order confirmed, then?',
    },
    {
      name: 'a status chaser that names the decision still presses for it',
      history: FIRST_CONTACT,
      draft: 'Dear Omar, any news on your decision to sign the contract this week?',
    },
    {
      name: '"are we agreed?" asks for the yes itself, after the client asked for time',
      reader: 'SA',
      history: [
        c('Thank you for the revised figures. We will discuss them internally and come back to you.'),
      ],
      draft: 'Excellent! So are we agreed on 120 units at the new price?',
    },
    {
      name: 'asking for the yes or the go-ahead outright',
      reader: 'GB',
      history: [c('Thanks, we are going through it with finance.')],
      draft: 'Great. Do we have your go-ahead for the 30 seats?',
    },
    {
      name: '"will you be ordering" asks whether they buy',
      reader: 'US',
      history: [c('Thanks, we are going through it with finance.')],
      draft: 'Thanks Alex. Will you be ordering before the end of the quarter?',
    },
    {
      name: '"are you still interested?" asks whether the deal is alive',
      reader: 'US',
      history: [c('Congrats on the new role, you earned it!')],
      draft: 'Thank you. Are you still interested in the upgrade package?',
    },
    {
      name: 'a chaser beside a promotion that ends this week',
      reader: 'GB',
      history: [c('Thanks for the quote, I will look at it when things calm down.')],
      draft: 'Have you had time to review our offer? The launch promotion ends on Friday.',
    },
    {
      name: 'a call pressed for this week after the client put things on hold',
      reader: 'US',
      writer: 'IN',
      history: [c('We have to pause the evaluation for now, budgets are frozen.')],
      draft: 'Understood. Can we do a short call this week so I can walk you through the savings?',
    },
    {
      name: 'a tag asks for assent, even on a call',
      reader: 'AE',
      history: [c('Thank you. We may look at this next year, after our expansion.')],
      draft: 'Next year prices go up. Can we speak on Thursday at 10, right?',
    },
    {
      name: 'a first call pressed for tomorrow, that the client never asked for',
      reader: 'JP',
      writer: 'IN',
      history: [c('Thank you for connecting.')],
      draft: 'Great to connect! Are you available tomorrow for a short call about our HR platform?',
    },
    {
      name: '"in or out?" is a yes or no in disguise',
      reader: 'CN',
      history: FIRST_CONTACT,
      draft: 'Thanks! So, in or out? I can keep the early-bird price until Monday.',
    },
    {
      name: 'asking for the go-ahead is asking for a yes',
      reader: 'SE',
      history: FIRST_CONTACT,
      draft: 'The two-year plan saves you 15%. So are we set to go with the two-year plan?',
    },
    {
      name: 'a chaser beside the decision needed by a date presses',
      reader: 'US',
      history: FIRST_CONTACT,
      draft: 'Did your board look at the quote? We need your answer by Thursday to hold these rates.',
    },
    {
      name: 'a client who is not ready yet is still pressed',
      reader: 'GB',
      history: [c('We are not ready to sign yet; the board meets in March.')],
      draft: 'Understood. Can you sign the contract before the board meets?',
    },
    {
      name: 'a prepayment pressed for secures the purchase: still a yes/no on buying',
      reader: 'US',
      writer: 'RU',
      history: [...FRIENDLY_HISTORY],
      draft: 'Hi Sam, can you make the 30% prepayment this week?',
      clientName: 'Sam Lee',
    },
    {
      name: 'a yes/no chaser beside a discount for signing this month',
      reader: 'US',
      writer: 'RU',
      history: [...FRIENDLY_HISTORY],
      draft:
        'Hi Sam, did you get a chance to review the quote? We can take 5% off if you sign before Friday.',
      clientName: 'Sam Lee',
      severity: 'warning',
    },
    {
      name: 'a terse US client still minds a yes/no purchase question',
      reader: 'US',
      writer: 'RU',
      history: [
        c('Price list?'),
        r('Attached.'),
        c('Need the SLA too.'),
        r('Attached.'),
        c('Cost for 80 seats?'),
      ],
      draft: 'So, do you want to buy 80 seats?',
      severity: 'warning',
    },
    {
      name: 'a terse German client who raised a concern: pressing to close is a nudge',
      reader: 'DE',
      writer: 'RU',
      history: [
        c('Send the price list for 50 units.'),
        r('Attached.'),
        c('Received. The SLA too.'),
        r('Attached.'),
        c('Compared the offers. Yours is good but 10% too expensive.'),
      ],
      draft: 'Thank you. Can we close the deal if we give 10% off?',
      severity: 'suggestion',
    },
    {
      name: 'yes or no to a new Japanese client is an error',
      reader: 'JP',
      writer: 'US',
      history: FIRST_CONTACT,
      draft: 'Hiro, quick check: yes or no on the offer?',
      severity: 'error',
    },
    {
      name: 'a purchase pressed for today, between partners of some weeks',
      reader: 'GB',
      writer: 'RU',
      history: [...FRIENDLY_HISTORY],
      draft: 'Thanks. Can you confirm today that you will order the licences?',
      severity: 'error',
    },
    {
      name: 'after a pause, without earlier asks: a warning',
      reader: 'US',
      writer: 'RU',
      history: [...FRIENDLY_HISTORY, c('Sorry for the silence, crazy couple of weeks here.', 300)],
      draft: 'Do you want to buy the annual plan?',
      severity: 'warning',
    },
    {
      name: 'tucked into let me know: a suggestion',
      reader: 'US',
      writer: 'RU',
      history: WARM_AND_ASKED,
      draft: 'The discount ends on Friday, so please let me know if you want to sign.',
      severity: 'suggestion',
    },
    {
      name: 'US client, pressed again after a long pause and earlier asks: error',
      reader: 'US',
      writer: 'RU',
      history: WARM_AND_ASKED,
      draft: 'Are you ready to sign the contract?',
      severity: 'error',
      evidenceIncludes: 'Did your team make a decision on the licence?',
      fixIncludes: 'the contract',
    },
    {
      name: 'US client, first yes/no purchase question: warning',
      reader: 'US',
      writer: 'RU',
      history: FIRST_CONTACT,
      draft: 'Would you like to order the 50-seat package?',
      severity: 'warning',
      fixIncludes: 'What have you thought about the 50-seat package?',
    },
    {
      name: 'Russian client, first yes/no purchase question: only a suggestion',
      reader: 'RU',
      writer: 'UA',
      clientName: 'Dmitry Orlov',
      history: FIRST_CONTACT,
      draft: 'Do you want to buy the annual subscription?',
      severity: 'suggestion',
      fixIncludes: 'the annual subscription',
    },
    {
      name: 'British client, asked to move forward',
      reader: 'GB',
      writer: 'DE',
      clientName: 'Fiona Hale',
      history: FIRST_CONTACT,
      draft: 'Thanks for the call. So, shall we move forward with the pilot licence?',
      fixIncludes: 'move forward with the pilot licence',
    },
    {
      name: 'Brazilian client, purchase order today',
      reader: 'BR',
      writer: 'CN',
      clientName: 'Joao Silva',
      history: FIRST_CONTACT,
      draft: 'Can you confirm the purchase order today?',
      rewriteIncludes: /^What .*\?$/,
    },
    {
      name: 'Mexican client asked whether they will go with us',
      reader: 'MX',
      writer: 'IN',
      clientName: 'Lucia Ramos',
      history: WARM_AND_ASKED,
      draft: 'Dear Lucia, will your team go with us?',
      fixIncludes: 'working with us',
    },
    {
      name: 'Indian client, decision question written without inversion',
      reader: 'IN',
      writer: 'RU',
      clientName: 'Priya Nair',
      history: FIRST_CONTACT,
      draft: 'You decided already about our offer?',
    },
    {
      name: 'Japanese client, yes or no',
      reader: 'JP',
      writer: 'DE',
      clientName: 'Kenji Sato',
      history: FIRST_CONTACT,
      draft: 'Do you want to purchase the reporting module or not?',
      fixIncludes: 'the reporting module',
    },
    {
      name: 'Dutch client, budget approval',
      reader: 'NL',
      writer: 'UA',
      clientName: 'Daan de Vries',
      history: FIRST_CONTACT,
      draft: 'Did your CFO approve the budget for our platform?',
      fixIncludes: 'approval',
    },
    {
      name: 'Israeli client, embedded yes/no on signing',
      reader: 'IL',
      writer: 'IN',
      clientName: 'Noa Levi',
      history: FIRST_CONTACT,
      draft: 'I was wondering whether you are ready to sign the order form this week.',
    },
    {
      name: 'Australian client, question without its question mark',
      reader: 'AU',
      writer: 'RU',
      clientName: 'Mia Clarke',
      history: FIRST_CONTACT,
      draft: 'Hello Mia. Do you sign the contract this week.',
      count: 1,
    },
    {
      name: 'a one-word commitment question after a price',
      reader: 'MX',
      history: FIRST_CONTACT,
      draft: 'Hello. The platform is 9,000 USD a year. Interested?',
    },
    {
      name: 'a plain signing question to a new Korean contact is an error',
      reader: 'KR',
      history: FIRST_CONTACT,
      draft: 'Thank you for your reply. Will you sign the agreement this quarter?',
      severity: 'error',
    },
  ],
  valid: [
    // rd46: an order form offered to a client who is ready and only asked about timing
    {
      name: '"We want to go live by June, how long does setup take?" -> "Shall I send the order form today?"',
      reader: 'US',
      writer: 'BR',
      history: [c('How long does setup usually take? We want to go live by June 1.')],
      draft:
        'Usually three weeks, so June 1 is no problem. Shall I send the order form today so we can book your kickoff?',
    },
    // rd42 generalisation (own wording): the client ready to go; a yes tied to a condition the reply
    // meets ("If yes, we go."); a call after the client asked to pick it up later
    {
      name: '"finance cleared it and we\'re ready to go" -> "Shall I send the contract for signature today?"',
      reader: 'US',
      writer: 'DE',
      history: [
        r('Hi Megan, the final proposal for the 50 seats is attached.'),
        c('Hi Jonas, finance cleared it and we are ready to go!'),
      ],
      draft: 'Hi Megan, great news, thank you! Shall I send the contract for signature today?',
    },
    {
      name: '"Can you do 9.80 per metre? If yes, we go." -> "Yes, we can do EUR 9.80 ... Is that a go on your side?"',
      reader: 'US',
      writer: 'PT',
      history: [c('Ana - can you do 9.80 per metre for 20,000 m? If yes, we go.')],
      draft:
        'Hi Kevin, yes, we can do EUR 9.80 per metre for 20,000 m, delivery in May. Is that a go on your side?',
    },
    {
      name: '"I\'m at the fair until the 12th, let\'s pick it up after" -> "Would a short call this week work?"',
      reader: 'AE',
      writer: 'ES',
      history: [
        r('Dear Omar, the retrofit proposal for the chillers is attached.'),
        c("Dear Pablo, thanks. I'm at the fair until the 12th, let's pick it up after that."),
      ],
      draft: 'Dear Omar, welcome back from the fair. Would a short call this week work for you?',
    },
    // rd39 generalisation (own wording): "we're good to renew" is the client's yes
    {
      name: '"we\'re good to renew the 25 seats" -> "are we good to go with the same PO number?"',
      reader: 'US',
      writer: 'BR',
      history: [
        r('hi Dana! the 2027 renewal quote is in your inbox'),
        c("hey! finance approved, we're good to renew the 25 seats. can you send the order form?"),
      ],
      draft:
        'great news, thanks Dana!! order form coming today. are we good to go with the same PO number as last year?',
    },
    {
      name: 'the budget approved without the article, the next step asked: offering the contract takes no yes for granted',
      reader: 'PL',
      writer: 'GB',
      history: [
        r('Hello Marta, the offer for the two training groups is attached.'),
        c('Hello Anna, board approved budget on Monday, we go ahead. What is next step?'),
      ],
      draft: 'Wonderful news, Marta, thank you! Shall I send the contract over today?',
    },
    // rules.dev.37 generalisation (own wording): a request at the reader's pace
    {
      name: '"Could you send back the signed copy when it\'s ready?" after the client\'s edit was accepted',
      reader: 'US',
      writer: 'IN',
      history: [
        r('Hi Megan, the data processing agreement is attached.'),
        c('Hi Arjun, legal wants 48 hours for breach notice instead of 72. Otherwise fine.'),
      ],
      draft: "Hi Megan, 48 hours is fine with us. Could you send back the signed copy when it's ready?",
    },
    // rules.dev.36 generalisation (own wording): the writer's own step after a condition, "ok?"
    {
      name: '"if you don\'t need them, i can cancel the two extra licences and credit you, ok?"',
      reader: 'BR',
      writer: 'NL',
      history: [
        r('Hi Rafael, the March invoice is out.'),
        c('oi! invoice shows 12 licences but we use 10, can u check?'),
      ],
      draft:
        "checked: the 2 extra are the test users from January. if you don't need them, i can cancel them and credit you, ok?",
    },
    // rules.dev.36 generalisation (own wording): the PO sent is the yes; a corrected PO asks for a fix
    {
      name: '"Please find attached our PO 5521" -> "Would it be possible to issue a revised PO at the quoted price?"',
      reader: 'IN',
      writer: 'IT',
      history: [
        r('Dear Sandeep, quotation Q-771 for 20 cutter blades is attached.'),
        c(
          'Dear Giulia, please find attached our PO 5521 for 20 cutter blades. Kindly dispatch at the earliest.',
        ),
      ],
      draft:
        "Dear Sandeep, thank you for the order! The PO shows last year's price; would it be possible to issue a revised PO at the quoted EUR 64 per blade?",
    },
    // rules.dev.33 generalisation (own wording): where the decision stands, asked after the client's day
    {
      name: '"may I ask whether a decision on the upgrade has been made?" after the board day the client named',
      reader: 'AT',
      writer: 'CZ',
      history: [
        r('Dear Mr. Huber, our offer for the press upgrade is attached.'),
        c('Dear Mr. Novak, the board will decide on 3 March and I will tell you the result on the 4th.'),
      ],
      draft:
        'Dear Mr. Huber, I hope the board meeting went well. May I ask whether a decision on the upgrade has been made? I can send any figures the board needs.',
      draftAfter: 72,
    },
    // rules.dev.35 generalisation (own wording): the order placed in words
    {
      name: '"we would like to place a first trial order" -> "could you kindly send the PO number?"',
      reader: 'JP',
      writer: 'FR',
      history: [
        r('Dear Ms. Sato, the samples and the export price list are on their way.'),
        c(
          'Dear Ms. Roux, thank you for the samples. We would like to place a first trial order of 80 boxes.',
        ),
      ],
      draft:
        'Dear Ms. Sato, thank you very much for your order. Could you kindly send us your purchase order number?',
    },
    // rules.dev.33/34 generalisations (own wording)
    {
      name: '"When would you like to sign?" after "all good from legal, ready when you are": an open when',
      reader: 'US',
      writer: 'JP',
      history: [r('Hi Dan, the final MSA is attached.'), c('All good from legal 🎉 ready when you are.')],
      draft: 'Great news, thank you Dan! When would you like to sign?',
    },
    {
      name: '"could you check with accounts payable whether it is in the next payment run?": a payment status',
      reader: 'DE',
      writer: 'ES',
      history: [
        r('Dear Markus, the Q4 invoice is attached, payable within 30 days.'),
        c('Thanks, received.', 24),
      ],
      draft:
        'Dear Markus, a short reminder that the Q4 invoice was due on 31 October. Our finance team closes the forecast next week, so could you please check with accounts payable whether it is in the next payment run? Thank you!',
    },
    {
      name: '"price ok for us" -> "could you sign and stamp the quotation by Thursday?"',
      reader: 'ID',
      writer: 'MY',
      history: [
        r('Pak Budi, the revised quotation is attached.'),
        c('ok checked, price ok for us. thank you'),
      ],
      draft: 'thank you pak, glad it works 🙏 could you sign and stamp the quotation page by thursday?',
    },
    {
      name: '"Could you have your compliance team sign page 3 of the end-user certificate?": a formality',
      reader: 'US',
      writer: 'CH',
      history: [
        r('Hi Rachel, the instrument passed QC. Please have the end-user certificate signed.'),
        c('Why can it not just ship? Our study starts on Dec 1.'),
      ],
      draft:
        'Hi Rachel, I am sorry for the wait. Export control holds it until the certificate is signed. Could you have your compliance team sign page 3 of the certificate? It ships within 48 hours after.',
    },
    // rules.dev.32 generalisations (own wording): the yes without its subject, the yes to a renewal,
    // and a condition for the yes that the reply meets
    {
      name: '"looks fine. mail me the order form, ready to order" -> "can you sign it today so we ship Friday?"',
      reader: 'US',
      writer: 'IN',
      history: [
        r('Hi Dana, the revised quote for the 40 scanners is attached.'),
        c('looks fine. mail me the order form, ready to order'),
      ],
      draft: 'sent! can you sign it today so we ship Friday?',
    },
    {
      name: '"yes, we want to keep working with you" -> "Shall I send the renewal order for signature?"',
      reader: 'FR',
      writer: 'PL',
      history: [
        r('Bonjour Claire, a reminder that your support contract ends on 31 March.'),
        c(
          'Bonjour Marek, yes, we want to keep working with you, the support was excellent. Is the price unchanged?',
        ),
      ],
      draft:
        'Bonjour Claire, thank you, I will tell the team! The price is unchanged. Shall I send the renewal order for your signature this week?',
    },
    {
      name: '"if you can include the training days in the price, we have a deal" -> "We can include them. Shall I send the contract?"',
      reader: 'DE',
      writer: 'GB',
      history: [
        r('Hello Stefan, our offer for the warehouse scanners is attached: EUR 28,000 plus training.'),
        c('Hello Tom, thank you. If you can include the two training days in that price, we have a deal.'),
      ],
      draft:
        'Hello Stefan, thanks. We can include both training days at EUR 28,000. Shall I send the contract today?',
    },
    {
      name: 'the same condition without the article ("we have deal"), met, then the contract offered',
      reader: 'CZ',
      writer: 'GB',
      history: [
        r('Hello Petr, the offer for the forklift fleet is attached: EUR 96,000 with service.'),
        c('Hello Tom, if you can add two spare batteries for that price, we have deal.'),
      ],
      draft:
        'Hello Petr, thanks. We can add the two spare batteries at EUR 96,000. Shall I send the contract today?',
    },
    {
      name: 'the yes given first and its condition after ("we can take ... if ..."), met, then the contract offered',
      reader: 'NL',
      writer: 'PT',
      history: [
        r('Dear Anouk, our offer for 500 cork panels is attached: EUR 14.20 each, delivered.'),
        c('Hi Rui, we can take all 500 at this price if they are in Utrecht before 15 May. Can you confirm?'),
      ],
      draft:
        'Dear Anouk, thank you! Yes, we can ship on 2 May, so they arrive on 8 May. Shall I send you the contract today?',
    },
    // rules.dev.30 generalisation (own wording): the client set the day to be asked
    {
      name: '"Can you check in with me Thursday? I should know by then." answered on Thursday "are we good to go?"',
      reader: 'US',
      writer: 'IE',
      history: [
        c('Thanks! I need to loop in our COO. Can you check in with me Thursday? I should know by then.'),
        r('Absolutely, will do. Have a good week!', 1),
      ],
      draft: 'Hi Dana, checking in as agreed: are we good to go with the annual plan?',
      draftAfter: 70,
    },
    // rules.dev.30 generalisation (own wording): the go-ahead in the present tense
    {
      name: '"we go ahead with 500 tons as per your offer" answered "Can you send the signed PO today?"',
      reader: 'EG',
      writer: 'UA',
      history: [
        c(
          'Good morning Oksana, we discussed with the chairman, we go ahead with 500 tons as per your offer.',
        ),
      ],
      draft: 'Wonderful news, thank you Karim! Can you send the signed PO today so we can book the vessel?',
    },
    // rules.dev.30 generalisation (own wording): the client's yes stands through a later note that
    // asks nothing
    {
      name: '"we will take the 40 units" then thanks for the dinner, answered "Can you send the signed PO this week?"',
      reader: 'TR',
      writer: 'KZ',
      history: [
        c(
          'Good morning Aidana hanım, we discussed with the boss, we will take the 40 units as per your offer.',
        ),
        r('Wonderful, thank you Emre bey! I will prepare the contract today.', 1),
        c('Also thank you again for the dinner in Almaty, my team still talks about it!', 1),
      ],
      draft: 'It was our pleasure, Emre bey! Can you send the signed PO this week so we can book the trucks?',
    },
    // rules.dev.30 generalisation (own wording): the client approved; the form is the formality
    {
      name: '"We approve the artwork" then "could you send the signed approval sheet by Monday?"',
      reader: 'TW',
      writer: 'NL',
      history: [c('Dear Sanne, the new colours look great on the label. We approve the artwork.')],
      draft:
        'Dear Mr. Lin, thank you! To hold the press date, could you send the signed approval sheet by Monday, 9 March?',
    },
    // rules.dev.30 generalisation (own wording): the client asked by when we need it
    {
      name: '"by when do you need the signed PO?" answered "Could you please send me the signed PO by Thursday 4th?"',
      reader: 'HU',
      writer: 'IT',
      history: [c('Budget is fine, our CEO signs on his return. By when do you need the signed PO?')],
      draft:
        'Thank you, Zsófia! Could you please send me the signed PO by Thursday 4th? Our planner books the June slot on Friday.',
    },
    // near-miss of the alternative close: the client asked which plan fits them
    {
      name: '"Which plan will you go with, Basic or Pro?" after the client asked which fits a team of ten',
      reader: 'US',
      writer: 'PL',
      history: [
        r('Hi Kim, the overview of both plans is attached.'),
        c('Thanks! We are a team of ten, which plan fits us best?', 30),
      ],
      draft:
        'Hi Kim, for ten people Pro pays off. Which plan will you go with, Basic or Pro? Both can start on Monday.',
    },
    // rules.dev.14 generalisation (own wording): the day left to the client is an open question
    {
      name: '"Which day this week works for you?" after the client asked about the pilot',
      reader: 'CL',
      writer: 'VN',
      history: [c('Hola! Back from holidays. So, the pilot: how many users can we include?')],
      draft:
        'Welcome back! Up to 50 agents for the pilot. Which day this week works for you to define the scope together?',
    },
    // rules.dev.24 generalisation (own wording): "give me a nudge Friday" asks to be pressed
    {
      name: 'the Friday nudge the client asked for, with the signed SOW asked for today',
      reader: 'AU',
      writer: 'NZ',
      history: [
        c(
          'SOW looks good, just need to sign it off. Flat out this week, give me a nudge Friday if it is not back 🙏',
        ),
        r('no worries, will do!', 1),
      ],
      draftAfter: 70,
      draft: 'friday nudge as promised 🙂 can you send the signed SOW today? we need it to book the crew',
    },
    {
      name: 'the nudge asked for without the article ("give me nudge friday"), then the quote asked for today',
      reader: 'AU',
      writer: 'PL',
      history: [
        c(
          "hi Tom, quote looks good, just need to get it signed off. I'm swamped this week, give me nudge friday if you haven't got it back 🙏",
        ),
        r('sure, will do!', 1),
      ],
      draftAfter: 70,
      draft:
        'friday nudge as promised 🙂 can you send the signed quote today? we need it to book the trucks for the 12th',
    },
    // rules.dev.22 near-misses (own wording): the client asked to talk, or said "not now" and the
    // rep names no near day; a renewal the client has already asked for, dated by the rep.
    {
      name: 'a choice of two days after the client asked for a call',
      reader: 'FI',
      writer: 'US',
      history: [
        r('Hi Aino, we help bakeries cut energy costs.'),
        c('Sounds useful, can we have a short call?'),
      ],
      draft: 'Gladly! Could we do next Monday or Tuesday?',
    },
    {
      name: 'an open offer to talk later after the client said it is not the right time',
      reader: 'US',
      writer: 'IL',
      history: [
        r('Hi Dana, worth a quick chat about onboarding?'),
        c('Honestly, not the right time for us.'),
      ],
      draft:
        'Understood. Would a 20 min call in the spring be more useful, or shall I just send a short video?',
    },
    {
      name: 'a signed copy asked by a date after the client said they would like to renew',
      reader: 'JP',
      writer: 'US',
      history: [
        c('We would like to renew the support agreement on the same terms. Please send the documents.'),
      ],
      draft: 'Thank you for your trust. Would it be possible to return the signed copy by 15 May?',
    },
    // rules.dev.20 (own wording): the client asked to be asked straight; their style outranks the
    // default (the near-miss below, with no such wish, keeps firing).
    {
      name: 'a yes/no to a client who asked to be asked straight out',
      reader: 'US',
      writer: 'UA',
      history: [
        c('Quick note on how I work: if you need a yes or no from me, ask me straight out.'),
        r('Understood. The renewal pricing is attached.'),
        c('Thanks, reasonable. Give me until Monday to think.'),
      ],
      draft: 'As promised, plainly: do you want to renew for two years?',
    },
    // rules.dev.20 (own wording) near-misses: a consult with no date pressed, a start date with no
    // push, a confirmation of a detail after "I'll check with my partner".
    {
      name: 'a start date asked with no push to sign',
      reader: 'CA',
      writer: 'AM',
      history: [r('The statement of work is attached.'), c('Read it over the weekend, it looks good.')],
      draft: 'Great to hear. What start date would suit your team?',
    },
    {
      name: 'an open question after the client must check with a co-owner',
      reader: 'BE',
      writer: 'GE',
      history: [
        r('The offer for the October incentive trip is attached.'),
        c('Thanks, it looks fine. I have to go over the budget with my co-founder first.'),
      ],
      draft: 'Of course. What would help your co-founder most, a breakdown per day?',
    },
    // rules.dev.21 generalisation (own wording): the client said they want to sign this week, the
    // rep took one point away to check, the client only acknowledged: a day for the signature
    // schedules the yes already given.
    {
      name: 'a signing day proposed after "I want to sign this week" and a thumbs-up',
      reader: 'US',
      writer: 'TW',
      history: [
        c('Thanks, all good on our side. Send the final version and I want to sign this week.'),
        r('Thank you! I will confirm the last clause with our legal today.', 2),
        c('👍', 2),
      ],
      draft: 'Our legal confirmed the clause; the final version is attached. Can we sign on Friday?',
    },
    {
      name: 'the same after "we plan to order before Easter" and "ok, thanks"',
      reader: 'DE',
      writer: 'IN',
      history: [
        c('The samples passed our tests, we plan to order before Easter.'),
        r('Wonderful, I will check the slot with our plant and come back today.', 2),
        c('ok, thanks', 2),
      ],
      draft: 'The plant has a slot in the first week of April. Shall we place the order for 2,000 units?',
    },
    // rules.dev.17 (own wording): asking for the status of the client's process, or whether they
    // had time to read the offer, asks for news that any answer gives.
    {
      name: 'the client tied their yes to a delivery date and the reply confirms it',
      reader: 'QA',
      writer: 'DE',
      history: [
        r('Our quotation for the two generators is attached.'),
        c('Can you deliver before Ramadan? If yes we sign the agreement.'),
      ],
      draft: 'Yes, we can deliver by 20 February. Shall I send the purchase agreement for signature?',
    },
    {
      name: 'asking for the status of an approval the client announced',
      reader: 'CN',
      writer: 'GB',
      history: [
        r('Our proposal for the spare parts contract is attached.'),
        c('Thank you. We will submit it to management after the holidays.'),
      ],
      draft: 'Regarding our quotation of 3 March, could you tell me the current status of the approval?',
    },
    {
      name: 'asking for an update on the progress of the quotation',
      reader: 'JP',
      writer: 'US',
      history: [r('The quote is attached.'), c('Thank you, we will submit it to our director next week.')],
      draft: 'About the quotation for the pumps, could you update me on the progress of the purchase?',
    },
    {
      name: 'a review check-in when the client asked to be contacted after their leave',
      reader: 'KR',
      writer: 'NL',
      history: [
        r('The revised offer for the cranes is attached.'),
        c('Thank you. I am on leave until 3 March, please contact me after I return.'),
      ],
      draft: 'Welcome back! Have your engineers had time to study the revised offer?',
    },
    // rules.dev.16 (own wording): a topic phrase before a when-question; a client who already said
    // yes, in words the rule did not know ("the order is confirmed", "so we can place the PO",
    // "we reviewed it internally and are happy to proceed").
    {
      name: 'a topic phrase before a when-question',
      reader: 'US',
      writer: 'CN',
      history: FIRST_CONTACT,
      draft: 'As for the 1,500 chairs in the quote, when could you place the order?',
    },
    {
      name: 'the client declared the order confirmed',
      reader: 'PK',
      writer: 'US',
      history: [r('Revised pricing attached.'), c('Good news, the order is confirmed from our side!')],
      draft: 'Fantastic, thank you! Could you send the signed PO by Friday so we can book the shipment?',
    },
    {
      name: 'the client asked for a figure so they can place the PO',
      reader: 'DE',
      writer: 'GB',
      history: [
        r('Our quote for the two warehouses is attached.'),
        c('Please confirm the unit price is 18.40 EUR so we can place the PO this week.'),
      ],
      draft: 'Yes, 18.40 EUR per unit. Can you send the PO by Wednesday?',
    },
    {
      name: 'the client reviewed it internally and is happy to proceed',
      reader: 'IN',
      writer: 'GB',
      history: [
        c('We will review the agreement internally and revert.'),
        c('We reviewed internally and we are happy to proceed. Please send the contract.', 48),
      ],
      draft:
        'Great news, thank you! Contract attached. Could you sign it by Thursday so we can start on Monday?',
    },
    // rules.dev.15 (own wording): the yes given in the present tense, as second-language writers
    // often give it.
    {
      name: '"fine, we take the 40 units" is a yes; a signing date for the confirmation presses nothing',
      reader: 'KZ',
      writer: 'CN',
      history: [
        r('Good day! The updated offer for 40 units with extended warranty is attached.'),
        c(
          'We discussed with the director. Fine, we take the 40 units with extended warranty. Send the confirmation.',
        ),
      ],
      draft:
        'Thank you for your trust! The confirmation is attached. Could you sign and return it by Wednesday?',
    },
    {
      name: '"we go with option B ... we sign it tomorrow" is a yes with its date',
      reader: 'NO',
      writer: 'ES',
      history: [
        r('Hi, here are the two options for the support contract.'),
        c('Hi, after the call with our CFO we go with option B. Send us the agreement, we sign it tomorrow.'),
      ],
      draft:
        'Great, thank you! The agreement is attached. Can you sign it tomorrow morning so we can start on Thursday?',
    },
    // rules.dev.12 (own wording): the client has said yes in other words; an offer of a step that
    // assumes nothing; a slot question with a condition is still a slot question.
    {
      name: 'a client "going ahead with" the plan is asked to sign by a date',
      reader: 'IN',
      writer: 'IL',
      history: [
        c('Happy to share that we are going ahead with the two-year licence. Please send the paperwork.'),
      ],
      draft:
        'Wonderful, thank you! The paperwork is attached. Could you sign it by Thursday so we can start on Monday?',
    },
    {
      name: 'the agreement is fine for the client and their director will sign it this week',
      reader: 'TR',
      writer: 'GB',
      history: [c('We read the contract, it is fine for us. Our director will sign it this week.')],
      draft:
        'Thank you, Ayla. Could you send us the signed copy by Friday so we can ship before the holiday?',
    },
    {
      name: '"want me to send over" a document that asks for no decision',
      reader: 'GB',
      writer: 'US',
      history: [...FIRST_CONTACT, c('We will think it over and come back to you in March.')],
      draft: 'Sounds good. Want me to send over the case study in the meantime?',
    },
    {
      name: 'a slot question the client wants, with a condition in it',
      reader: 'PL',
      writer: 'US',
      history: [c('Could we have a call next week to go through the offer?')],
      draft: 'Of course. If it suits you, does Tuesday at 10 work for your team?',
    },
    // near-misses: a call after the pause the client set, and the same call with nothing on hold
    {
      name: 'a call proposed for after the pause respects it',
      reader: 'FI',
      writer: 'US',
      history: [
        ...FIRST_CONTACT,
        c('Our budget is frozen after the merger, so the purchase is on hold until spring.', 50),
      ],
      draft: 'Understood. Could we book a short call in April to go through the business case?',
    },
    {
      name: 'a call next week with no pause set is an ordinary scheduling question',
      reader: 'FI',
      writer: 'US',
      history: [...FIRST_CONTACT],
      draft: 'Could we book a short call next week to go through the business case?',
    },
    {
      name: 'taking part in a programme with no scarcity pressed is an invitation',
      reader: 'CA',
      writer: 'AM',
      history: [...FIRST_CONTACT],
      draft: 'Will you join the spring cohort of our pilot? Happy to share details first.',
    },
    {
      name: 'a client who says "we\'re in" has given the yes; asking for the signature date is the next step',
      reader: 'US',
      writer: 'IL',
      history: [c('We are in. The board signed off today, send the paperwork over.')],
      draft: 'Wonderful news, thank you! Could you sign the order form by Friday so we can start on Monday?',
    },
    {
      name: 'the client will come back, and the rep only offers information',
      reader: 'JP',
      writer: 'DE',
      history: [c('Thank you for the offer. We will study it internally and revert to you.')],
      draft: 'Thank you very much. Would it help if I send the datasheet in Japanese as well?',
    },
    {
      name: 'the client asked what we need from them: a yes/no question that names it presses for nothing',
      reader: 'TH',
      writer: 'MX',
      history: [c('Thank you very much. Please let me know if you need anything from us.')],
      draft:
        'Thank you for your kind offer. Could you please sign page 2 of the attached form and return it by Wednesday?',
    },
    {
      name: '"Anything you need from us?" answered with "do you have a PO number ...?"',
      reader: 'MA',
      history: [c('Decision made, we go with you. Anything you need from us to get started?')],
      draft:
        'Thank you so much! Just one thing: do you have a purchase order number we should quote on the invoice?',
    },
    {
      name: 'the writer’s own small step with a tag only checks: "I will update the drawing then, OK?"',
      history: FIRST_CONTACT,
      draft: 'Thank you. I will update the drawing with the new dimensions then, OK?',
    },
    {
      name: 'a question that ends on "a yes?" about someone else’s answer is no tag',
      reader: 'US',
      history: [c('Our legal team looked at the NDA this morning.')],
      draft: 'Thanks! Was the answer from legal a yes?',
    },
    {
      name: '"is it a good time?" asks about the reader’s day, not for the go-ahead',
      reader: 'SA',
      history: [c('Thank you, I will discuss it with the partners next week and let you know.')],
      draft: 'Thank you, Alex. I will wait for your news; is it a good week for you otherwise?',
    },
    {
      name: 'offering one’s own next step that takes no yes for granted is clean',
      history: FIRST_CONTACT,
      draft: 'Thank you. Shall I send you the contract draft so that your legal team can review it?',
    },
    {
      name: 'a chaser at the end of the sentence ("the PO for Q3 — any update?") asks for news',
      history: FIRST_CONTACT,
      draft: 'Thanks, and btw the PO for the second batch — any update?',
    },
    {
      name: '"when will you sign" is an open question: it asks for a date, not for the yes',
      reader: 'US',
      writer: 'RU',
      history: [...FRIENDLY_HISTORY],
      draft: 'Hi Sam, when will you sign the agreement?',
      clientName: 'Sam Lee',
    },
    {
      name: 'a status chaser ("any update on the order?") asks for news, not for the yes',
      history: FIRST_CONTACT,
      draft: 'Dear Omar, any update from your side on the order? We would like to book the production slot.',
    },
    {
      name: 'the client asked to be chased for the decision, and the question keeps that promise',
      history: [
        r('The final pricing for the 50-seat plan is attached.'),
        c('Almost there. If I go quiet, chase me on Monday and make me decide, ha.'),
        r('Will do!'),
      ],
      draft: 'Hi Tom, your Monday chase as promised! Are we good to go with the 50-seat plan?',
    },
    {
      name: 'an NDA before sharing the roadmap is a step, not the yes on a purchase',
      reader: 'US',
      history: [c('Thanks, we will review it internally and get back to you.')],
      draft: 'Sure. Could you sign our NDA so that I can share the product roadmap?',
    },
    {
      name: 'asking how the decision will be made asks for information, not for the decision',
      reader: 'JP',
      history: [c('Thank you for the proposal. We will consider it internally.')],
      draft: 'Thank you. Could you share the timeline for your approval of the purchase?',
    },
    {
      name: 'a slot for the call the client asked for',
      reader: 'JP',
      history: [c('Thank you for the material. Could we have a short call to discuss it?')],
      draft: 'Of course. Are you available tomorrow at 10 your time?',
    },
    {
      name: 'confirming who signs after the client said yes',
      reader: 'US',
      history: [...FIRST_CONTACT, c('We are good with the two-year term. Let’s lock it in.')],
      draft:
        'Wonderful, thank you! Can you confirm that your COO will sign, so I can send her the e-signature link?',
    },
    {
      name: 'rescheduling the call the client missed is no pressure',
      reader: 'US',
      history: [...FIRST_CONTACT, c('So sorry I missed our call, the day got away from me.')],
      draft:
        'No problem at all. Can we reschedule for tomorrow at 10? The pilot offer is valid if you sign this month.',
    },
    {
      name: 'a tag on the writer’s own step only checks',
      reader: 'SE',
      history: FIRST_CONTACT,
      draft: 'Fine, I will change the delivery address on the order form, ok?',
    },
    {
      name: 'a when-question after a label is open',
      reader: 'CN',
      history: FIRST_CONTACT,
      draft: 'About the installation: when can we expect access to the site?',
    },
    {
      name: 'the client already said yes: a closed question confirms it',
      history: [c('The pilot convinced everyone. We are ready to order, what do you need from us?')],
      draft: 'Wonderful news! Shall we go ahead with the order form for 40 seats?',
    },
    {
      name: 'an elliptic question about a place is no commitment',
      history: FIRST_CONTACT,
      draft: 'I will be in Lisbon next week. Are you in the office on Tuesday?',
    },
    {
      name: 'paying an invoice or an internal approval is process, not a yes/no on buying',
      history: [...FRIENDLY_HISTORY],
      draft:
        'Can you pay the invoice this week? Do you need approval from your CFO for the invoice? Could you confirm the payment date?',
    },
    {
      name: 'offers and checks about a purchase press for nothing',
      history: [...FRIENDLY_HISTORY],
      draft:
        'Would it help if I sent the purchase order template? Do you want me to set up the payment link? Did the first payment go through? Do you have any questions before signing?',
    },
    {
      name: 'a terse German client asked for the price: "do you want to order?" is the next step',
      reader: 'DE',
      writer: 'RU',
      history: [
        c('Send the price list for 50 units.'),
        r('Attached.'),
        c('Received. The SLA too.'),
        r('Attached.'),
        c('Send the price for 300 units.'),
      ],
      draft: 'The price for 300 units is 8,40 EUR each. Do you want to order?',
    },
    {
      name: '"when do we start" is planning, not pressure',
      history: [...FRIENDLY_HISTORY],
      draft: 'Great, so when do we start the onboarding?',
    },
    {
      name: '"when will you make the decision" asks for a date, it does not presume a yes',
      history: [...FRIENDLY_HISTORY],
      draft: 'When will your board make the decision?',
    },
    {
      name: 'closed scheduling question about a signing call',
      reader: 'US',
      history: WARM_AND_ASKED,
      draft: 'Welcome back! Does Tuesday at 10am work for a call about the contract?',
    },
    {
      name: 'ordinary work ask',
      reader: 'DE',
      writer: 'CN',
      history: FIRST_CONTACT,
      draft: 'Can you send the file with your requirements?',
    },
    {
      name: 'open question about the proposal',
      reader: 'US',
      history: WARM_AND_ASKED,
      draft: 'No worries at all. What have you thought about the proposal so far?',
    },
    {
      name: 'offer of a demo',
      reader: 'JP',
      writer: 'RU',
      history: FIRST_CONTACT,
      draft: 'Would you like to see a demo of the reporting module?',
    },
    {
      name: 'rhetorical question',
      reader: 'AU',
      writer: 'UA',
      history: FIRST_CONTACT,
      draft: 'Who wouldn’t want faster month-end reports? Happy to walk your team through it.',
    },
    {
      name: 'question that takes the pressure off',
      reader: 'US',
      history: WARM_AND_ASKED,
      draft:
        'No rush at all: are you still leaning towards signing, or should we wait until after the audit?',
    },
    {
      name: 'statement about signing, no question',
      reader: 'GB',
      writer: 'DE',
      history: FIRST_CONTACT,
      draft: 'We are happy to sign your NDA before the workshop.',
    },
    {
      name: 'question about the signed document',
      reader: 'IN',
      writer: 'RU',
      history: FIRST_CONTACT,
      draft: 'Do you need the signed NDA from us as a PDF?',
    },
    {
      name: 'booking a call to go through the contract',
      reader: 'MX',
      writer: 'CN',
      history: FIRST_CONTACT,
      draft: 'Shall we book a call to go through the contract together?',
    },
    {
      name: 'personal question',
      reader: 'BR',
      writer: 'UA',
      history: WARM_AND_ASKED,
      draft: 'Did you have a good trip to Sydney?',
    },
    {
      name: 'scheduling the signing itself',
      reader: 'GB',
      writer: 'UA',
      history: WARM_AND_ASKED,
      draft: 'Does Friday work for you to sign?',
    },
    // rules.dev.14 (own wording): the client approved and offered to sign; a closed question about
    // the hour confirms the yes they gave.
    {
      name: 'the hour of a signing the client offered after approval',
      reader: 'MY',
      writer: 'DE',
      history: [
        c(
          'Good news, the purchase is fully approved by management. We can sign next week, which day suits you?',
        ),
      ],
      draft:
        'Wonderful news, thank you! Tuesday suits us. Can we meet for the signing at 11:00 at your office?',
    },
    {
      name: '"ping me if anything changes" is not a request to be left alone, and the client said yes',
      reader: 'US',
      writer: 'FR',
      history: [c('All approved on our side, we can order now. Ping me if anything changes.')],
      draft: 'Great! Shall we go ahead with the order then?',
    },
    {
      name: 'a choice between two plans',
      reader: 'US',
      writer: 'RU',
      history: FIRST_CONTACT,
      draft: 'Would you prefer to start with the annual plan or the monthly one?',
    },
    {
      name: 'open embedded question about who signs',
      reader: 'NL',
      writer: 'IN',
      history: FIRST_CONTACT,
      draft: 'Could you tell me who signs contracts on your side?',
    },
  ],
});

describe('closed-pressure-question candidates (the lenient reading the verdict model weighs)', () => {
  it('offers each closed question the strict reading lets pass, spanning the question', () => {
    const draft = 'Hi Alex, thanks for the call. Any update on the PO? I can send the form again.';
    const { strict, candidates } = ruleReadings(rule, {
      history: [r('Here is the quote for 50 seats.'), c('Thanks, we will discuss it internally and revert.')],
      draft,
    });
    expect(strict).toEqual([]);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ ruleId: 'closed-pressure-question', confidence: 0.5 });
    expect(draft.slice(candidates[0]!.span.start, candidates[0]!.span.end)).toBe('Any update on the PO?');
  });

  it('offers nothing for an open question', () => {
    const { candidates } = ruleReadings(rule, {
      history: [c('Thanks, we will discuss it internally and revert.')],
      draft: 'Of course. What would help your team decide?',
    });
    expect(candidates).toEqual([]);
  });
});
