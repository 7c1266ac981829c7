import { describe, expect, it } from 'vitest';
import { FRIENDLY_HISTORY } from '../testing/histories.ts';
import { runRuleCases } from '../testing/rule-tester.ts';
import { c, r } from '../testing/thread-builder.ts';
import rule, { subjectOf } from './unanswered-question.ts';

/** A few weeks of work together, so the relationship is past its first message. */
const WORKING = [
  c('Thanks for the demo on Tuesday.'),
  r('Thank you for your time. The pricing is attached.'),
  c('We are reviewing it with finance.'),
  r('Good. Pavel can answer the technical questions.'),
];

runRuleCases(rule, {
  invalid: [
    // rd53 generalisation (own wording): an invitation told as a plan for the guest
    {
      name: '"on Friday you are coming to our home for dinner" skipped for the agenda',
      reader: 'GR',
      writer: 'NL',
      history: [
        ...WORKING,
        c(
          'Great, the 14th works. And on Friday evening you are coming to our home for dinner, my mother insists.',
        ),
      ],
      draft:
        'Dear Nikos, thank you. On the 14th I will start with the line audit at 9:00 and the review after lunch.',
    },
    // round 27 near misses: what the one business question's statement does not answer
    {
      name: 'a request ("Could you resend the invoice to our new address?") is not answered by a figure on the invoice',
      reader: 'GB',
      writer: 'PK',
      history: [...WORKING, c('Could you resend the invoice to our new accounts address, please?')],
      draft: 'Helen, invoice 4411 is now 12 days overdue. Please arrange payment this week.',
    },
    {
      name: 'a closed question ("Does the scanner read 2D barcodes?") is not answered by naming the scanner',
      reader: 'FI',
      writer: 'RU',
      history: [...WORKING, c('One more thing: does the scanner read 2D barcodes?')],
      draft: 'Hello Mikko, our scanner is rugged and very well reviewed by warehouse teams.',
    },
    {
      name: 'a why-question ("Why did the courier return the samples to your warehouse?") is not answered by a new date',
      reader: 'FR',
      writer: 'GB',
      history: [...WORKING, c('Why did the courier return the samples to your warehouse?')],
      draft: 'Hi Claire, the samples go out again on Monday with DHL.',
    },
    // rd54 near miss (own wording): "we'll be" that is not about the fair asked of
    {
      name: '"Will you be at the Hannover fair?" is not answered by "We\'ll be happy to send the catalogue"',
      reader: 'DE',
      writer: 'PL',
      history: [...WORKING, c('Thanks for the offer. Will you be at the Hannover fair in April?')],
      draft: "Dear Mr. Weber, we'll be happy to send the printed catalogue and the price list next week.",
    },
    // rd53 generalisation (own wording): accounts that stay unanswered
    {
      name: '"How was the wedding?" is not answered by work done in the past ("I sent the logs")',
      reader: 'US',
      writer: 'PL',
      history: [
        ...WORKING,
        c('Morning! How was the wedding? Also the import job timed out again last night.'),
      ],
      draft:
        'Hi Derek, I sent the logs to our backend team yesterday and we will deploy a fix to staging today.',
    },
    {
      name: '"Where will our data be hosted?" is not answered by a language the interface is "available in"',
      reader: 'SE',
      writer: 'RU',
      history: [
        c('Two questions: where will our data be hosted? And is the interface available in Swedish?'),
      ],
      draft: 'Hi Karin, the interface is available in English and German; Swedish is planned for next year.',
    },
    // rd46-rd50 generalisation (own wording): more invitations worded as statements
    {
      name: '"You and Ms. Berg must be our guests for dinner on the 9th" skipped',
      reader: 'QA',
      writer: 'SE',
      history: [
        c(
          'Dear Anders, we confirm the site visit. You and Ms. Berg must be our guests for dinner on the 9th, my family insists.',
        ),
      ],
      draft: 'Dear Mr. Al-Thani, thank you. We land on the 8th and will be at the site at 9:00 on the 9th.',
    },
    {
      name: '"we would be delighted if you could join us at our home on Friday" skipped',
      reader: 'JP',
      writer: 'FR',
      history: [
        c(
          'Dear Ms. Roux, thank you for confirming your visit. My wife and I would be delighted if you could join us at our home on Friday evening.',
        ),
      ],
      draft:
        'Dear Mr. Sato, thank you. I will bring the samples and the updated drawings to the meeting on Friday morning.',
    },
    // rd49 generalisation (own wording): invitations worded as statements
    {
      name: '"you are not leaving Porto without coming to our house" skipped for the logistics',
      reader: 'PT',
      writer: 'NO',
      history: [
        c(
          'Ingrid, the 14th is perfect. And you are not leaving Porto without coming to our house, my mother will make bacalhau. Please bring the test report.',
        ),
      ],
      draft: 'Hello Rui, I will bring the test report. See you on the 14th at 9:00.',
    },
    {
      name: '"after the audit let\'s go to Casa Lola for dinner, my treat" skipped',
      reader: 'ES',
      writer: 'DE',
      history: [c('Perfect, see you Thursday. After the audit let’s go to Casa Lola for dinner, my treat!')],
      draft: 'Hi Javier, great, I will bring the audit checklist and two laptops on Thursday.',
    },
    // rd43 generalisation (own wording): a "no" to another point does not decline an invitation
    {
      name: '"you must come to our home for dinner on the 12th" skipped; "No need for hotel support" answers the other offer',
      reader: 'PK',
      writer: 'DE',
      history: [
        c(
          'Dear Jan, we are looking forward to your visit! You must come to our home for dinner on the 12th, my mother will cook biryani. Also please let me know if you need any support with the hotel booking.',
        ),
      ],
      draft:
        'Dear Imran, thank you. The agenda for the audit is attached. No need for hotel support, I have already booked the Marriott.',
    },
    // rd44 generalisation (own wording): a question asked on someone's behalf ("our finance team wants
    // to know what ...") is asked
    {
      name: '"Our finance team wants to know what discount applies for 3 years" skipped for the later question',
      reader: 'CA',
      writer: 'EE',
      history: [
        c(
          'Hi Kadri, thanks for the proposal. Our finance team wants to know what discount applies for a 3-year term.',
        ),
        c('One more: do you support Okta for single sign-on?'),
      ],
      draft: 'Hi Logan, yes, Okta single sign-on is supported out of the box, setup takes about an hour.',
    },
    // rd43 generalisation (own wording): "are X and Y part of it?" is not answered by what else the
    // price includes
    {
      name: '"Are delivery and set-up part of it, or extra?" -> "The EUR 18,500 includes a 2-year warranty"',
      reader: 'CH',
      writer: 'SI',
      history: [
        c('Dear Mr Kovač, thank you for the offer. Are delivery and set-up part of it, or are they extra?'),
      ],
      draft:
        'Dear Ms Keller, thank you. The EUR 18,500 is an excellent price for this class and includes a 2-year warranty.',
    },
    // rd41 generalisation (own wording): "how long" is not answered by the "to" of an infinitive
    // beside a deadline
    {
      name: '"how long does the pilot run?" skipped; "you need to sign the form by Monday" is no span',
      reader: 'KR',
      writer: 'GB',
      history: [
        c(
          'Hello Mark, we would like to join the pilot with two plants. How long does the pilot run, and is the dashboard in Korean?',
        ),
      ],
      draft:
        'Hello Min-jun, the dashboard is in Korean as well. To start, you need to sign the pilot form by Monday. Regards, Mark',
    },
    // rd39 generalisation (own wording): an information request after a clause of time
    {
      name: '"Before we release the PO, kindly confirm whether the warranty covers the pump" skipped',
      reader: 'IN',
      writer: 'DE',
      history: [
        c(
          'Dear Anna, we are ready to order the two units. Before we release the PO, kindly confirm whether the 2-year warranty covers the hydraulic pump also.',
        ),
      ],
      draft: 'Dear Vikram, wonderful news, thank you! Shall I send the proforma invoice today?',
    },
    // rd39 generalisation (own wording): a hope, then a question of its own after the comma
    {
      name: '"I hope the Hannover fair went well, how did it go in the end?" skipped for an order ask',
      reader: 'IT',
      writer: 'TR',
      history: [
        c(
          'Ciao Emre! Thank you again for the lovely dinner. I hope the Hannover fair went well for you, how did it go in the end?',
        ),
      ],
      draft: 'Hi Giulia, can you confirm the final quantities for the Q1 order by Friday?',
    },
    // rd39 generalisation (own wording): an outing offered with "my treat" and its food named
    {
      name: '"on Friday we take you out for a proper braai, my treat" skipped for the agenda',
      reader: 'ZA',
      writer: 'PL',
      history: [
        c(
          'Great news, the pilot is approved! So we see you in Johannesburg on the 9th. On Friday evening we take you out for a proper braai, my treat 😄 One question: will your engineer come too?',
        ),
      ],
      draft:
        'Hi Thabo, thank you, very good news. Our engineer Ewa will come too. I will send the agenda on Monday.',
    },
    // rules.dev.37 generalisation (own wording): the lead clause's verb ("Before we start, ...") is not
    // what is asked, so a reply that only repeats it answers nothing
    {
      name: '"Before we begin, could you tell us where our data is hosted?" -> "We cannot begin without the user list"',
      reader: 'JP',
      writer: 'US',
      history: [
        ...WORKING,
        c(
          'Thank you for your kind message. Before we begin, could you kindly tell us where our data will be hosted?',
        ),
      ],
      draft: 'Hi Kenji, please send us the admin user list by Friday. We cannot begin the setup without it.',
    },
    // rules.dev.30 generalisation (own wording): a request in imperative form stays open through an
    // interim promise and a reminder that asks nothing new
    {
      name: '"please confirm the warranty is still 5 years" left open after "we will prepare it" and a reminder',
      reader: 'CZ',
      writer: 'ES',
      history: [
        c(
          'Dear Luis, could you send us a quotation for 300 solar inverters? Also, please confirm the warranty is still 5 years. Our board meets on Monday.',
        ),
        r('Dear Petra, thank you for the enquiry! We will prepare it this week.', 2),
        c('Dear Luis, great, thank you. Just a reminder that Friday is our deadline. Best regards, Petra'),
      ],
      draft:
        'Dear Petra, please find attached our quotation for 300 inverters: EUR 412 each, DAP Brno. Best regards, Luis',
    },
    // rules.dev.30 generalisation (own wording): the person the invitation names, put in the agenda,
    // neither accepts nor declines the dinner
    {
      name: 'a dinner at home where "Farid will drive you" answered by an agenda with a tour led by Farid',
      reader: 'PK',
      writer: 'DE',
      history: [
        ...WORKING,
        c(
          'For your visit you must come to our home for dinner on the 9th, my wife will cook and Farid will drive you from the hotel. Kindly send the agenda also.',
        ),
      ],
      draft:
        'Dear Mr. Shah, the agenda: 8 March arrival and hotel check-in; 9 March plant tour with Farid; 10 March commercial review.',
      severity: 'error',
    },
    // rules.dev.28 generalisation (own wording): the line about the client's own move is no account
    // of the rep's weekend
    {
      name: '"How did the triathlon go?" beside the client\'s move, answered only with good wishes for the move',
      history: [
        ...WORKING,
        r('I am racing my first triathlon this weekend, wish me luck!'),
        c('Big news here: we are relocating to Porto next spring. And how did the triathlon go??'),
      ],
      draft:
        'Such good news! Congratulations on the move, Porto is a lovely city and I am sure the kids will enjoy it. Could we meet next week?',
    },
    // rules.dev.25 generalisation (own wording): the client chases what the rep promised to find out
    {
      name: '"Waiting for the warranty info." after "warranty I will check and revert", passed over',
      history: [
        c('Two questions: how long is the warranty, and what is the MOQ for the batteries?'),
        r('MOQ is 20 pcs. Warranty I will check with our service team and revert tomorrow.'),
        c('Thanks. Noted on MOQ. Waiting for the warranty info.'),
        c('Also please share the CIF price for 40 inverters.', 100),
      ],
      draft:
        'Dear Grace, thank you for your patience. CIF price for 40 inverters is USD 38,600, PI attached.',
    },
    // rules.dev.25 generalisation (own wording): "oh no, so sorry!" is dismay at the news, no "no"
    // to the question asked beside it
    {
      name: 'extra seats asked for after a flood, answered only with "oh no, so sorry!" and a pitch',
      history: [
        ...WORKING,
        c('storm flooded our office tuesday, everyone is ok but we work from my garage now'),
        c('quick q: can we add 4 temp seats for a month without changing the contract?', 0.02),
      ],
      draft:
        'oh no, so sorry!! glad everyone is safe. this could be a good moment to look at our Premium tier, want pricing?',
    },
    // rules.dev.24 generalisation (own wording): "Confirmed:" over the order restated is no yes to
    // the P.S. that asked whether the rep comes to the fair.
    {
      name: 'a P.S. about the trade fair left open by "Confirmed: ..." over the order',
      history: [
        ...WORKING,
        c(
          'Thanks, looks fine. We will go with 80 Lino desks in oak, PO attached.\n\nP.S. Will you be at Stockholm Design Week in February? Would be nice to finally meet in person.',
        ),
      ],
      draft: 'Thank you for the PO! Confirmed: 80 Lino desks in oak, delivery in week 6 to your Lyon depot.',
    },
    // rules.dev.20/21 generalisation (own wording): a meeting or a visit offered as a statement asks
    // for a yes; a reply dated about something else in the same town does not give it; an outing
    // named at length before its meal is an invitation; a step after a condition about something
    // else leaves a request open.
    {
      name: 'a visit to the rep’s plant offered as a statement and skipped',
      history: [
        ...WORKING,
        c('I will be in Milan in June for a fair. If it suits, I could visit your plant in Brescia.'),
      ],
      draft: 'Thank you. The goods leave Brescia on 3 June and reach Rotterdam a week later.',
    },
    {
      name: 'a meeting offered as a statement and skipped',
      history: [...WORKING, c('Maybe we can meet up when I am in Seoul next month.')],
      draft: 'Noted. The revised price list is attached.',
    },
    {
      name: 'an outing to a long-named restaurant during a planned visit, skipped (warning)',
      history: [
        r('I arrive in Izmir on 4 May and can see the dyeing line in the morning.'),
        c(
          'Welcome! After the line we will take you to Deniz Restoran on the Kordon, the oldest fish house in town, you must eat there!',
        ),
      ],
      draft: 'Thank you. I will be at your plant at 9:00 on 4 May.',
      severity: 'warning',
    },
    {
      name: 'a condition before another step does not answer the request for a quote',
      history: [...WORKING, c('Could you please send us a quotation for 300 valves?')],
      draft: 'Please sign the NDA first, then we schedule the kickoff call.',
    },
    // rules.dev.20 generalisation (own wording): a weak life-topic word that takes up the rep's own
    // news is a follow-up on it (a warning even early on); with no such news before, the same words
    // stay a business question, still skipped.
    {
      name: 'the rep’s announced road trip asked after and skipped is a follow-up (warning)',
      history: [
        c('The test build is ready.'),
        r('Thanks! I am off on a road trip along the coast this weekend, back Monday.'),
        c('Welcome back! Release notes look fine. So how was the road trip?'),
      ],
      draft: 'Hi, can you send the crash logs from build 4.2 today?',
      severity: 'warning',
    },
    {
      name: 'a camping weekend the rep told of, asked after in a word, is skipped (warning)',
      history: [
        c('Got the invoice, thanks.'),
        r('Great. Off camping by the lake till Sunday 🙂'),
        c('Morning! Did the camping go ok?'),
      ],
      draft: 'Morning, the April invoice is due on Friday.',
      severity: 'warning',
    },
    // rules.dev.20 near-misses (own wording): a wh-question with no tag, a question word after the
    // interjection, a fragment after a question that stays unanswered, a figure asked of an offer,
    // "be in touch" is no travel plan.
    {
      name: 'a plain who-question with no agreement tag is asked',
      history: [...WORKING, c('Who handles customs clearance on your side?')],
      draft: 'The pricing for the second site is attached.',
    },
    {
      name: 'surprise before a real question leaves the question asked',
      history: [...WORKING, c('Wow, what does the premium tier add on top?')],
      draft: 'The invoice for March is attached.',
    },
    {
      name: 'a fragment after a question that the reply skips is skipped too',
      history: [...WORKING, c('Which trainer would run the onboarding? Anna again?')],
      draft: 'The badges for the new team are ready.',
    },
    {
      name: 'a discount asked of an offer is not answered by what the company does',
      history: [...WORKING, c('What discount do you offer for 500 units?')],
      draft: 'We offer free shipping to all EU countries.',
    },
    {
      name: '"I will be in touch" says nothing of a visit asked about',
      history: [...WORKING, c('Are you still coming to Lyon next month?')],
      draft: "Thanks for the order, I'll be in touch about the invoice.",
    },
    // rules.dev.19 generalisation (own wording): only the words of the offer answer an invitation, not
    // the date of the visit; a host's own home has many names; a guest welcomed to a family occasion
    {
      name: 'a home dinner on a dated visit, answered only with the visit’s month, is skipped (error)',
      reader: 'GR',
      writer: 'KR',
      history: [
        r('Dear Mr. Nikos, the olive-oil samples are on their way.'),
        c(
          'Thank you! When you are in Athens in June you must come to our house for dinner, my mother bakes.',
          20,
        ),
      ],
      draft: 'Dear Mr. Nikos, in June I will bring the new price list. What volume do you plan for Q3?',
      severity: 'error',
    },
    {
      name: 'dinner at the client’s villa on a dated visit, passed over, is an error',
      reader: 'AE',
      writer: 'GB',
      history: [
        r('Dear Khalid, I will be in Dubai from 3 to 5 March for the site audit.'),
        c(
          'Dear Anna, noted. You must come for dinner at our villa on the 4th, my sons want to meet you.',
          20,
        ),
      ],
      draft: 'Dear Khalid, for the audit on the 3rd, please prepare the maintenance logs.',
      severity: 'error',
    },
    {
      name: 'a welcome to the client’s son’s wedding, passed over for business, is skipped',
      reader: 'IN',
      writer: 'US',
      history: [
        ...WORKING,
        c(
          'My son is getting married in Pune on 3rd Dec! If you are in India then, you are most welcome to attend. Please send the PO copy.',
        ),
      ],
      draft: 'Hi, the PO copy is attached.',
      severity: 'warning',
    },
    // rules.dev.18 near-misses (own wording): one "sure" for two requests that does not say it covers
    // both; a talk proposed on a topic the reply does not touch.
    {
      name: 'near-miss: one "sure" to two yes/no requests, taking up neither, leaves one open',
      history: [
        ...WORKING,
        c(
          'Two things: can we add a second trainer for the March course? Could you also move the exam to a Friday?',
        ),
      ],
      draft: 'Sure, no problem.',
    },
    {
      name: 'near-miss: a call proposed on pricing, answered about the delivery, is still open',
      history: [...WORKING, c('Can we talk pricing on Tuesday?')],
      draft: 'The first delivery leaves the plant on the 14th.',
    },
    {
      name: 'a home cookout on the weekend of a planned visit, worded "you\'ll have to come", skipped for the agenda',
      reader: 'NZ',
      writer: 'IN',
      clientName: 'Tama',
      repName: 'Vikram',
      history: [
        r('Good news Tama, I land in Auckland on 3 June for the rollout week.'),
        c(
          "Sweet as! You'll have to come over to ours on the Sunday for a hangi, the whole whānau wants to meet you. Can you also send the rollout plan?",
        ),
      ],
      draft:
        'Hi Tama, sure, I will send the rollout plan tomorrow. Please book a meeting room for that week.',
      severity: 'error',
    },
    {
      name: 'a fee question whose mark sits inside a closing aside, passed over for the start date',
      reader: 'GB',
      writer: 'PH',
      history: [
        c(
          'Can we bring in a third agent from May? and what would the monthly fee be for weekend cover (Sat and Sun only?)',
        ),
      ],
      draft:
        'Hi Emma! Yes, we can bring in a third agent from May 5. I will send the updated contract today.',
    },
    {
      name: 'a how-to answered by a list of something else: not the method asked',
      reader: 'SE',
      writer: 'BR',
      history: [c('how do I export the monthly report? finance needs it tomorrow')],
      draft: 'Hi Karin! Our new features this month: 1. dark mode 2. faster search 3. a new logo.',
    },
    {
      name: 'asked to have a look at a billing doubt, the reply names one word of it only',
      reader: 'GB',
      writer: 'TR',
      history: [
        c('I think we were charged twice for the March licence. Would you mind having a look when you can?'),
      ],
      draft: 'Dear Helen, thank you for your message. The April invoice will follow next week.',
    },
    {
      name: 'the rep addressed by name, then asked how the holiday went: a sales pitch skips it',
      reader: 'VN',
      writer: 'US',
      clientName: 'Linh',
      repName: 'Mark Ellis',
      history: [
        r('Hi Linh, the new dashboard is live.'),
        c('Anh Mark, how was your Tet holiday? We are testing the dashboard now.'),
      ],
      draft: 'Great to hear you are testing it. When can we talk about the annual plan?',
    },
    {
      name: 'a lower fee asked, the reply only thanks and moves to the contract: the request is skipped',
      reader: 'PK',
      writer: 'GB',
      history: [
        c('Thanks Sara, the scope is fine. Could you rework the monthly licence fee? We are a small team.'),
      ],
      draft: 'Thanks Bilal, glad the scope works. I will send the contract draft tomorrow.',
    },
    {
      name: 'a "delay" (lead time) asked, the reply names no time at all',
      reader: 'FR',
      writer: 'US',
      history: [c('Dear Mr. Cole, could you tell me the delay of delivery for the 200 valves?')],
      draft: 'Hi Amélie, thanks for the order form. The valves are our best seller.',
    },
    {
      name: 'a lower rate asked, "let me see" about the weather is no answer',
      reader: 'ES',
      writer: 'GB',
      history: [c('Hola Tom, could you revisit the hourly rate for the second phase?')],
      draft: 'Hi Lucía, great to hear from you. Let me see, the weather here is grey again. Talk soon!',
    },
    {
      name: 'asked to confirm receipt, a catalogue passes over it',
      reader: 'IN',
      writer: 'IN',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [c('Dear Mei, kindly confirm receipt of the payment.')],
      draft: 'Dear Kelvin, thank you for the order. Our catalogue is attached.',
    },
    {
      name: 'a question on the new warehouse passed over for the invoice',
      reader: 'US',
      writer: 'GB',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [c('Hi Mei, how is the new warehouse coming along?')],
      draft: 'Hi Kelvin, thanks for the order. Shall I send the invoice?',
    },
    {
      name: 'a warranty asked, a shipping promise passes over it',
      reader: 'IN',
      writer: 'GB',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [c('Dear Ms. Rao, what is the warranty on the motors?')],
      draft: 'Dear Mr. Menon, thank you for your order. We will ship by Friday.',
    },
    {
      name: 'a warranty period asked, the reply only thanks and looks forward: truly skipped',
      reader: 'JP',
      writer: 'US',
      history: [c('Dear Mr. Brown, could you tell us the warranty period for the compressors?')],
      draft: 'Dear Mr. Sato, thank you for your message. Our team is looking forward to the project.',
    },
    {
      name: 'a two-part request answered only in its second part: the shipping date is left',
      reader: 'IN',
      writer: 'CN',
      history: [
        r('Dear Mr. Iyer, the proforma for the 2,000 valves is attached.'),
        c(
          'Dear Ms. Chen, payment is done. Kindly confirm the shipping date and send the bill of lading draft.',
        ),
      ],
      draft:
        'Dear Mr. Iyer, thank you, payment received. We were closed for the holiday from 3rd to 6th May. The bill of lading draft is attached.',
    },
    {
      name: 'a lead time asked, the reply dates a site visit instead',
      reader: 'AE',
      writer: 'IT',
      history: [c('Dear Marco, please advise the lead time for the six pumps to Jebel Ali port.')],
      draft: 'Dear Omar, thank you. Our offer is attached, and our engineer can come to the site in March.',
    },
    {
      name: 'a call proposed as a statement, the reply pushes the renewal',
      reader: 'GB',
      writer: 'NL',
      history: [
        r('Hi Sarah, how is the new scheduling tool working for your drivers?'),
        c(
          'Hi Pieter, honestly it has been patchy so far. Could be worth a call before we look at the renewal.',
        ),
      ],
      draft: 'Hi Sarah, glad to hear it is working. Shall I send you the renewal order this week?',
    },
    {
      name: 'a call proposed without the article ("might be worth call"), the reply pushes the order',
      reader: 'KZ',
      writer: 'DE',
      history: [
        r('Hello Aigerim, how do the new scanners work in the warehouse?'),
        c(
          'Hello Jonas, to be honest it has been bumpy so far. Might be worth call before we discuss renewal.',
        ),
      ],
      draft: 'Hello Aigerim, glad it works. Shall I send you the renewal order this week?',
    },
    {
      name: 'an invitation home typed in chat shorthand ("u must come"), the reply asks for the order',
      history: [
        r('hi Murat, the pumps are running at the Izmir plant 👍 i am in izmir again 3-5 june'),
        c('great news my friend!! when u are in izmir u must come to our home, my mother cooks manti 🙏'),
      ],
      draft: 'thx Murat! can u confirm the second order so we can plan production?',
    },
    {
      name: 'an invitation told as what will happen ("you will come to our home for dinner"), skipped',
      history: [
        r('Dear Lucía, I will be in Valencia on 12 and 13 May for the installation.'),
        c('Dear Tom, wonderful! On the 12th you will come to our home for dinner, my husband cooks paella.'),
      ],
      draft: 'Dear Lucía, thank you. The technicians arrive on the 12th at 8:00 with the new dosing unit.',
    },
    {
      name: 'two numbered points, the second "please let us know the lead time", the reply answers the first',
      history: [
        c(
          'Dear Mr. Weber, thank you for the offer. We have two points. 1) Can you offer a price for 800 pcs? 2) Please kindly let us know the lead time to Busan.',
        ),
      ],
      draft: 'Dear Ms. Cho, for 800 pcs we can offer EUR 12.40/pc. The updated quotation is attached.',
    },
    {
      name: 'a confirmation and "need to know" a second thing in one sentence, the reply answers the first',
      history: [c('Pls confirm the price is firm till March and need to know delivery time for 3 units.')],
      draft:
        'Dear Ms. Iqbal, yes, the price is firm until 31 March. We can also offer the calibration kit at 10% off.',
    },
    {
      name: '"We would like to know whether ..." and a second question, the reply answers only the second',
      history: [
        c('We would like to know whether the price includes installation, and what is the warranty period.'),
      ],
      draft: 'Dear Mr. Sato, the warranty period is 24 months. Please send us the PO by Friday.',
    },
    {
      name: 'a personal question beside a business one: the promise to send a quote answers only the business one',
      reader: 'US',
      writer: 'TW',
      history: [
        c(
          'hey Amy, two things: how many days for the aluminium enclosure? and how was the lantern festival, did you get to go?',
        ),
      ],
      draft: 'Hi Jake, the aluminium enclosure takes 12 working days. I will send you the new quote today.',
    },
    {
      name: 'a further question beside a disputed point: the dispute does not answer it',
      reader: 'US',
      writer: 'DE',
      history: [
        c(
          'Hi Jonas, the pilot went fine. $30 a user is a lot next to Asana though. Also, is audit logging part of the plan or extra?',
        ),
      ],
      draft:
        'Hello Eric, our price is fair for what you get. The comparison with Asana does not hold, they do not offer part traceability.',
    },
    {
      name: 'a stance on something else does not answer a question about delivery',
      reader: 'GB',
      writer: 'DE',
      history: [c('Could you tell me when the spare rotor can be delivered to Leeds?')],
      draft: 'Hello Tom, the invoice is attached. A further discount is not possible, as we said.',
    },
    {
      name: 'a question in Spanish that the reply does not take up',
      reader: 'ES',
      writer: 'AR',
      history: [c('Hola Martín, ¿a partir de cuándo estaría disponible la integración con SAP?')],
      draft: 'Hola Raquel, gracias por tu mensaje. Te adjunto la factura de marzo.',
    },
    {
      name: 'hospitality offered as "an honour to host you", passed over for the meeting: an error for a Saudi reader',
      reader: 'SA',
      writer: 'FR',
      history: [
        r('Dear Faisal, my colleague and I will travel to Riyadh in March to present the pilot results.'),
        c(
          'Dear Julien, we are glad you will visit Riyadh. It will be an honour for me to host you for dinner at my home on the 13th. We can discuss the project at our office the next morning.',
        ),
      ],
      draft:
        'Dear Faisal, thank you. I propose the meeting at your office on 13 March at 10:00. Please confirm.',
      severity: 'error',
    },
    {
      name: 'a restaurant dinner set for the visit, passed over: a warning, not the slight of a home invitation',
      reader: 'TR',
      writer: 'DE',
      history: [
        r('Dear Murat, I will be in Izmir on 4 and 5 June for the press acceptance.'),
        c(
          'Dear Anna, good news. On the 4th you must let us bring you for fish at the harbour with our plant manager. Meanwhile kindly confirm the spare seals will come with the press.',
        ),
      ],
      draft: 'Dear Murat, yes, the spare seals are packed with the press. I will arrive at 8:00 on the 4th.',
      evidenceIncludes: 'bring you for fish',
      severity: 'warning',
    },
    // rules.dev.27 generalisation (own wording): a business question the client says blocks them,
    // or asks again, passed over: an error; beside another of theirs answered, a warning
    {
      name: 'a question asked again and called the blocker, passed over for a call booking',
      reader: 'AU',
      writer: 'VN',
      history: [
        c('Who pays the return shipping under the warranty?'),
        r('Hi Liam, noted, our Tech Lead will explain the process on a call.', 30),
        c(
          'Fine, Tuesday works. But return shipping is the blocker, legal will not sign without it. Can you confirm who pays it before Tuesday?',
          60,
        ),
      ],
      draft: 'Hi Liam, great, Tuesday is booked and the invitation is sent.',
      severity: 'error',
    },
    {
      name: 'near-miss: the same pressure, one of the two questions answered, the other skipped',
      reader: 'IN',
      writer: 'CZ',
      history: [
        c('Kindly confirm the dispatch date and share the invoice number pls, our customer is asking daily.'),
      ],
      draft: 'Hi Rajesh, the invoice number is 2026-0412.',
      severity: 'warning',
    },
    // rules.dev.27 generalisation (own wording): the invitation names who else is invited
    {
      name: 'a dinner invitation to "you and your colleague" during a planned visit, skipped',
      reader: 'GR',
      writer: 'NL',
      history: [
        c(
          'Dear Sanne, the plan for the audit is fine. On Tuesday evening you and your colleague must join us for dinner at the harbour!',
        ),
      ],
      draft: 'Dear Nikos, thank you for confirming the plan. We land on Monday at 10:00.',
    },
    {
      name: 'a home invitation for some later visit ("when you are next in ..."), skipped: a warning',
      reader: 'EG',
      writer: 'PL',
      history: [
        c(
          'Dear Piotr, the pumps run perfectly. When you are next in Alexandria you must come to our house, my mother will cook for you. Please send the invoice.',
        ),
      ],
      draft: 'Dear Karim, thank you. The invoice is attached.',
      severity: 'warning',
    },
    {
      name: 'an invitation in plain present tense ("if you come, I take you for lunch") is a question',
      history: [
        c(
          'The trial went well. If you come to Porto, I take you for lunch in a real tasca, not a tourist one! What is the lead time for 200 units?',
        ),
      ],
      draft: 'Thank you. The lead time for 200 units is five weeks.',
      evidenceIncludes: 'I take you for lunch',
    },
    {
      name: '"..., or is it too late?" is a yes/no; "sorry for the late answer" says nothing of it',
      history: [c('Can we still switch the first batch to the EU plug version, or is it too late?')],
      draft: 'Sorry for the late answer, it was a busy week. The invoice for the deposit is attached.',
    },
    {
      name: 'a ship date asked; a date in short form ("Feb 9") on the invoice is no ship date',
      history: [c('Pls confirm ship date for the 40 drums of resin. LC is open.')],
      draft: 'Hi Tanvir. Our invoice for the 40 drums was issued on Feb 9. Please send me the LC copy.',
    },
    {
      name: 'a guarantee period asked; a delivery time is a duration of something else',
      history: [c('Thank you for the offer. Also kindly advise the guarantee period for the inverters.')],
      draft: 'Dear Ahmed, thank you. The inverters are delivered within 3 weeks of the order.',
    },
    {
      name: 'asked about experience with a regulator, a track record elsewhere that does not name it',
      history: [
        c('Do you have any experience with the NCA cloud controls? We need a partner who knows them.'),
      ],
      draft: 'Thank you, Omar. We have worked with many banks in Poland and the Baltics.',
    },
    {
      name: 'asked who else uses it, a reply on certificates names no one',
      history: [c('Sounds promising. Who else in Peru is running it? We move slowly with new vendors.')],
      draft: 'Thank you, Rosa. Our platform is certified to ISO 27001 and hosted in São Paulo.',
    },
    {
      name: 'asked to take a look at a failing export, the reply only pushes the upgrade',
      history: [
        c(
          'Hi Ivan, great sprint! Bad part: since Monday the PDF export times out for big reports. Can your team have a look when possible?',
        ),
      ],
      draft: 'Hello Diego. Version 3.1 is out, please plan the upgrade for next week.',
    },
    {
      name: 'the old payment terms asked, the reply only sends the new contract',
      history: [c('Could you remind me what the payment terms were in our old framework agreement?')],
      draft: 'Bonjour Luc, the new framework agreement is attached, with the same structure as the old one.',
    },
    {
      name: 'asked about the weekend, the reply is all business',
      history: [
        ...WORKING,
        c('Morning! Get up to anything nice at the weekend? We froze at the rugby.', 100),
      ],
      draft: 'Morning! The report is attached. Let me know if the figures look right.',
    },
    {
      name: 'a dispatch date asked in the imperative, the reply gives only sums and counts',
      history: [
        r('Dear Mr. Mostafa, your order of 300 solar panels is ready.'),
        c('Thank you. Kindly confirm the dispatch date from Ningbo, as we need to book the trucks.'),
      ],
      draft:
        'Dear Mr. Mostafa, the invoice for the 300 panels is attached. The balance of USD 28,600 is due before shipment.',
    },
    {
      name: 'a promise with a date about something else answers no price question',
      history: [c('What would 200 licences of the monitoring software cost?')],
      draft: 'Thank you for your interest. I will send you the brochure by Thursday.',
    },
    {
      name: 'a refusal answers only what the rep was asked to do, not a question about the product',
      history: [c('Does the controller support Modbus TCP?')],
      draft: 'Thank you. I am afraid I cannot share another client’s configuration.',
    },
    {
      name: 'a question to the rep by the name the message greets is the rep’s',
      history: [
        c('Paul, thanks for the recording. Paul, could you resend invoice 2231 with our new VAT number?'),
      ],
      draft: 'Dear Olga, glad the recording is useful. Looking forward to the workshop.',
    },
    {
      name: 'an invitation worded as "you have to come", skipped for the invoice',
      reader: 'MX',
      writer: 'KR',
      history: [
        c(
          'Hi Jin, the parts arrived, thank you. You have to come to Monterrey and try cabrito with us when you visit in May! Please send the invoice.',
        ),
      ],
      draft: 'Dear Rodrigo, thank you. The invoice is attached.',
    },
    {
      name: '"thank you for asking" with nothing of the question taken up answers no business question',
      history: [...WORKING, c('Can you confirm the warranty covers the pumps for 36 months?', 100)],
      draft: 'Thanks for asking. The invoice is attached.',
    },
    {
      name: 'a question about the rep’s holiday, then "Anyway," and business: still asked',
      history: [
        ...WORKING,
        c(
          'Thanks for the samples! How was the lantern festival, did you see the parade? Anyway, we need a quote for 500 units.',
          100,
        ),
      ],
      draft: 'Thank you. The quote for 500 units is attached.',
    },
    {
      name: 'advice asked for, but the reply only gives its own schedule',
      history: [c('My son starts at university in Delft in September, any advice?')],
      draft: 'Thank you. The updated schedule is attached.',
    },
    {
      name: 'a which-question answered with a different kind of thing',
      history: [c('Which certifications does your Brno plant hold?')],
      draft: 'Dear Petra, thank you for your interest. Our price list for 2027 is attached.',
    },
    {
      name: 'a gerund echoed is no answer: "does the price include installing ...?" -> "we will install ..."',
      history: [c('Could you tell us whether the price includes installing the sensors on site?')],
      draft: 'Thank you. We will install the sensors in the second week of May.',
    },
    {
      name: 'an invitation worded as "you must let us take you to dinner" is a question',
      history: [
        c('When you are in Porto in May, you must let us take you to our favourite fish restaurant.'),
      ],
      draft: 'Thank you. I will send the workshop agenda next week.',
    },
    {
      name: 'an information request in the imperative ("Kindly confirm the ...") is a question',
      history: [
        c('Thank you for the offer. Kindly confirm the payment terms, and whether freight is included.'),
      ],
      draft: 'Thank you. Freight to your warehouse is included in the price.',
      evidenceIncludes: 'payment terms',
    },
    {
      name: 'an invitation worded as a statement is a question; a date is no answer to it',
      history: [
        c(
          'When you are in Lyon in June, we would be delighted to show you our plant and have lunch with the team.',
        ),
      ],
      draft: 'For the visit in June I will bring the test reports and the updated drawings.',
    },
    {
      name: 'a request for a quote is not answered by a friendly remark without a figure',
      history: [c('Could you send us a quotation for the two other warehouses?')],
      draft: 'Hello Alex, glad the pilot went well, our team enjoyed it too.',
    },
    {
      name: 'asked what they are working on, a pitch about the client is no answer',
      history: [c('Good to hear from you! What are you working on these days?')],
      draft: 'Your team could save hours a week with a proper forecasting tool.',
    },
    {
      name: 'an attachment answers no personal question: "Did you get to visit your parents?"',
      history: [
        ...WORKING,
        c(
          'Happy new year! Did you get to visit your parents over the break? Also, we need the updated drawings.',
        ),
      ],
      draft: 'Please find attached the updated drawings.',
    },
    {
      name: 'asked to add something themselves, a bare "Yes." still gives nothing',
      reader: 'GB',
      history: [c('Could you add the service-level terms to the offer?')],
      draft: 'Yes.',
    },
    {
      name: 'asked what we need, a reply that names no need leaves it open',
      history: [c('Legal signed off on our side. What do you need from us now?')],
      draft: 'Great to hear, thanks for the update.',
    },
    {
      name: 'one yes answers one of two closed questions',
      reader: 'KR',
      history: [c('Can the labels be printed in Polish, and can you deliver to our Gdansk site?')],
      draft: 'Yes, the labels can be printed in Polish.',
      severity: 'warning',
    },
    {
      name: 'a bare "Sure." promises the document without giving it',
      reader: 'IN',
      history: [c('Could you share a reference customer in our sector?')],
      draft: 'Sure. When would you like to have a call?',
    },
    {
      name: 'a number about something else is no price',
      reader: 'GB',
      history: [c('What would the onboarding workshops cost?')],
      draft: 'I attach the offer again, with a 10% discount if signed this month.',
    },
    {
      name: 'naming the subject of the question does not answer it',
      history: [c('Hi Marina, can the mobile app work offline in the warehouse basement?')],
      draft: 'Hi Alex, our mobile app is very popular with logistics teams.',
      severity: 'warning',
    },
    {
      name: 'a skipped question about last night’s game is a nudge',
      history: [
        ...WORKING,
        c('Did you catch the hockey game last night? Also, when is the next release due?'),
      ],
      draft: 'The next release is due on the 14th.',
      severity: 'suggestion',
    },
    {
      name: 'a question about the rep’s own trip skipped beside an answered business one',
      history: [...FRIENDLY_HISTORY, c('Does the API support SCIM? Also, how was your trip to Lisbon?', 50)],
      draft: 'Hi Sam, yes, SCIM is supported on every plan.',
      clientName: 'Sam Lee',
      severity: 'warning',
    },
    {
      name: 'weather small talk skipped beside a business question that is answered: a nudge',
      reader: 'GB',
      writer: 'IN',
      history: [
        ...FRIENDLY_HISTORY,
        c('How is the snow treating you in Almaty? Also, is the revised SOW ready?', 50),
      ],
      draft: 'Hi Sam, yes, the revised SOW is attached.',
      clientName: 'Sam Lee',
      severity: 'suggestion',
    },
    {
      name: 'US client asks about the weekend; the reply sends a quote',
      reader: 'US',
      writer: 'RU',
      history: [...WORKING, c('How was your weekend? Ours was a washout, rain all Saturday.')],
      draft: 'Here is the updated quote for 80 users.',
      severity: 'warning',
      evidenceIncludes: 'How was your weekend?',
      fixIncludes: 'Thanks for asking about my weekend!',
    },
    {
      name: 'British client asks about the weather in Kyiv',
      reader: 'GB',
      writer: 'UA',
      clientName: 'Oliver Grant',
      history: [...WORKING, c('Lovely to hear from you. How is the weather in Kyiv these days?')],
      draft: 'Please find the signed contract attached.',
      fixIncludes: 'the weather in Kyiv',
    },
    {
      name: 'Australian client asks about the kids',
      reader: 'AU',
      writer: 'DE',
      clientName: 'Jack Wilson',
      history: [...WORKING, c('Cheers for that. How are the kids going with the new school?')],
      draft: 'The invoice for March is attached.',
      fixIncludes: 'Thanks for asking about the kids',
    },
    {
      name: 'Brazilian client asks when onboarding starts',
      reader: 'BR',
      writer: 'CN',
      clientName: 'Ana Souza',
      history: [...WORKING, c('We are almost ready. When can your team start the onboarding?')],
      draft: 'Thank you for your message. We are glad to work with you.',
      severity: 'warning',
      fixIncludes: 'As for your question, "When can your team start the onboarding?": [your answer].',
    },
    {
      name: 'Mexican client asks about a discount; the reply only sends documents',
      reader: 'MX',
      writer: 'IN',
      clientName: 'Carlos Vega',
      history: [...WORKING, c('Do you offer a discount for two-year contracts?')],
      draft: 'Our documentation is attached.',
    },
    {
      name: 'Indian client asks about the rep’s daughter',
      reader: 'IN',
      writer: 'RU',
      clientName: 'Rahul Mehta',
      history: [
        ...WORKING,
        c('Sorry to hear your daughter had a fever last week. Is your daughter feeling better now?'),
      ],
      draft: 'We have prepared the migration plan for your team.',
      fixIncludes: 'my daughter',
    },
    {
      name: 'German client asks which connectors are supported',
      reader: 'DE',
      writer: 'UA',
      clientName: 'Jonas Weber',
      history: [...WORKING, c('Which ERP connectors do you support out of the box?')],
      draft: 'Let us schedule a call next week.',
    },
    {
      name: 'Japanese client, embedded question about the timeline',
      reader: 'JP',
      writer: 'CN',
      clientName: 'Yuki Tanaka',
      history: [...WORKING, c('Could you tell me how long the implementation usually takes?')],
      draft: 'Thank you. We look forward to working with you.',
    },
    {
      name: 'Dutch client asks about summer plans',
      reader: 'NL',
      writer: 'DE',
      clientName: 'Sanne Bakker',
      history: [...WORKING, c('Any plans for the summer?')],
      draft: 'The pilot report is ready for review.',
      fixIncludes: 'Thanks for asking about your plans for the summer!'.replace('your', 'my'),
    },
    {
      name: 'Israeli client asks how the move went',
      reader: 'IL',
      writer: 'IN',
      clientName: 'Yael Cohen',
      history: [...WORKING, c('How did the move go?')],
      draft: 'Our security questionnaire answers are below.',
      fixIncludes: 'the move',
    },
    {
      name: 'two questions in one sentence, only the first answered',
      reader: 'US',
      writer: 'RU',
      history: [...WORKING, c('Can you ship to our Ohio warehouse, and what would the lead time be?')],
      draft: 'Yes, we can ship to Ohio.',
      count: 1,
      evidenceIncludes: 'lead time',
    },
    {
      name: 'a date in the rep’s own question is no delivery date',
      reader: 'DE',
      writer: 'RU',
      history: [...WORKING, c('Can you ship to Bremen, and what would the lead time be?')],
      draft: 'Yes, we can ship to Bremen. Are you ready to sign the contract this week?',
      count: 1,
      evidenceIncludes: 'lead time',
    },
    {
      name: 'a price question answered with the quantity only',
      reader: 'GB',
      writer: 'UA',
      history: [...WORKING, c('What would 120 licences cost?')],
      draft: 'So, do you want to buy 120 licences?',
    },
    {
      name: "a flight asked about; a wish that the client's was easy is no account of the rep's own",
      reader: 'US',
      writer: 'PL',
      history: [...WORKING, c('How was the flight home to Gdansk?')],
      draft: 'I hope yours was easy too. The revised schedule is attached.',
      count: 1,
    },
    {
      name: 'a weekend asked about; a verdict on the pilot, with no "I" or "we", tells nothing of it',
      reader: 'US',
      writer: 'PL',
      history: [...WORKING, c('How was your long weekend?')],
      draft: 'The pilot was successful. The revised schedule is attached.',
      count: 1,
    },
    {
      name: 'a safe journey asked after; the reply shares only its day, for a delivery',
      reader: 'DK',
      writer: 'PL',
      history: [...WORKING, c('Did you get back safely from the coast on Sunday?')],
      draft: 'The spare parts arrive on Sunday, the invoice is attached.',
      count: 1,
    },
    {
      name: 'a Sunday hike asked about; the reply names Sunday only as a deadline',
      reader: 'GB',
      writer: 'IN',
      history: [...WORKING, c('How was your Sunday hike?')],
      draft: 'I will send the signed contract before Sunday.',
      count: 1,
    },
    {
      name: 'two numbered questions in one sentence, only the first answered',
      reader: 'KE',
      writer: 'TR',
      history: [
        ...WORKING,
        c(
          'Thank you for the offer. Two points before we order:\n1) what is the lead time to Mombasa,\n2) is the installation included in the price?',
        ),
      ],
      draft: 'The lead time to Mombasa is six weeks from the order. We can also offer free spare filters.',
      count: 1,
      evidenceIncludes: 'installation',
    },
    {
      name: 'lettered questions after a colon, only the second answered',
      reader: 'DE',
      writer: 'US',
      history: [
        ...WORKING,
        c('Some questions from our IT: a) do you host in the EU, b) how long are backups kept?'),
      ],
      draft: 'Backups are kept for 35 days.',
      count: 1,
      evidenceIncludes: 'host in the EU',
    },
    {
      name: 'asked for half an hour of the rep’s time; the reply only sends a document',
      reader: 'GB',
      writer: 'PL',
      history: [...WORKING, c('Could you spare half an hour this week for a call?')],
      draft: 'Please find the updated SLA attached.',
      count: 1,
    },
    {
      name: 'which documents are required, and the reply only dates the shipment',
      reader: 'CH',
      writer: 'US',
      history: [...WORKING, c('Which documents are required from us for the customs clearance?')],
      draft: 'The shipment leaves our plant on Monday.',
      count: 1,
    },
    {
      name: 'delivery before a date asked; a dated promise of the contract is no delivery',
      reader: 'LT',
      writer: 'ES',
      history: [...WORKING, c('Is it possible to have the scanners delivered before the end of October?')],
      draft: 'I will send the contract for signature on Monday.',
      count: 1,
    },
    {
      name: 'a call asked for; a later thanks for something else leaves it open',
      reader: 'JP',
      writer: 'AU',
      history: [
        ...WORKING,
        c('Could we have a video call next week?'),
        c('Thank you for the brochure yesterday.'),
      ],
      draft: 'The price list is attached.',
      count: 1,
    },
    {
      name: 'back from leave, asked what was missed; the reply only thanks',
      reader: 'FI',
      writer: 'ES',
      history: [...WORKING, c('Back at my desk after three weeks. Fill me in?')],
      draft: 'Welcome back, great to have you here!',
      count: 1,
    },
    {
      name: 'a document asked for in the imperative beside a question; only the question answered',
      reader: 'US',
      writer: 'KZ',
      history: [
        ...WORKING,
        c('Is onboarding included in the fee? Also please forward your pen test report, our CISO needs it.'),
      ],
      draft: 'Yes, onboarding is included in the fee, two sessions of two hours.',
      count: 1,
      evidenceIncludes: 'pen test report',
    },
    {
      name: 'a datasheet asked for in the imperative; the reply is small talk',
      reader: 'DE',
      writer: 'BR',
      history: [c('Please send us the datasheet for the P-200 valve.')],
      draft: 'Hi Jonas! Hope your week is going well, it is raining nonstop here.',
      count: 1,
    },
    {
      name: 'a question the rep’s last message passed over, then only “great, thanks”: still open',
      reader: 'DK',
      writer: 'IN',
      history: [
        c('Could you send the security whitepaper? And does the app work offline on the ships?'),
        r('Thank you! I will send the whitepaper tomorrow.'),
        c('Great, thanks.'),
      ],
      draft: 'Please find the security whitepaper attached.',
      count: 1,
      evidenceIncludes: 'offline',
    },
    {
      name: 'two questions, only the business one answered',
      reader: 'US',
      writer: 'UA',
      history: [...WORKING, c('How was your trip to Almaty? Also, can you share the API docs?')],
      draft: 'Here is the link to the API docs.',
      count: 1,
      evidenceIncludes: 'Almaty',
    },
    {
      name: 'non-native question from the client',
      reader: 'IN',
      writer: 'RU',
      history: [...WORKING, c('How your family is doing?')],
      draft: 'The test environment is ready.',
      fixIncludes: 'Thanks for asking about my family!',
    },
    {
      name: 'US client in a first exchange, a bare "how are you?": a passing pleasantry, a suggestion',
      reader: 'US',
      writer: 'RU',
      history: [c('Hi, how are you? We need a quote for 30 seats.')],
      draft: 'The quote for 30 seats is attached.',
      // eval/README, settled 2026-11-27: a passing pleasantry early in a business-only exchange.
      severity: 'suggestion',
      fixIncludes: 'Thanks for asking! [A sentence on how you are.]',
    },
    {
      name: 'a status question answered with news on something else is still open',
      history: [...WORKING, c('Where are we on the migration scripts for the billing module?')],
      draft: 'Our new office in Riga opens next month; you are welcome to visit.',
    },
    {
      name: '"could you confirm whether ..." is not answered by naming something else',
      history: [c('Could you confirm whether the wiring diagrams were in the crate with the panels?')],
      draft: 'The panels were tested twice before shipping.',
    },
    {
      name: '"¿Cómo estás?" skipped for business alone is still open',
      reader: 'MX',
      writer: 'PL',
      history: [c('Hola Tomasz, ¿cómo estás? We need a quote for 30 seats.')],
      draft: 'The quote for 30 seats is attached.',
    },
    {
      name: 'Russian client in a first exchange: a suggestion',
      reader: 'RU',
      writer: 'UA',
      history: [c('Hi, how are you? We need a quote for 30 seats.')],
      draft: 'The quote for 30 seats is attached.',
      severity: 'suggestion',
    },
    {
      name: 'weather asked in a word of its own ("warm yet?"), the reply gives only a figure of stock',
      reader: 'GB',
      writer: 'FI',
      history: [
        ...WORKING,
        c('Is it getting warm yet up in Oulu? And can you ship the 40 sensors this month?'),
      ],
      draft: 'Yes, the 40 sensors leave on the 20th; we have 18 in stock and the rest come on Monday.',
      evidenceIncludes: 'warm yet',
    },
    {
      name: 'a match the client wished the rep luck for, asked after and skipped: a remembered bid',
      reader: 'AU',
      writer: 'SE',
      history: [
        ...WORKING,
        c('Good luck with your hockey match on Saturday!'),
        r('Thanks! The signed order form is attached.'),
        c('So how did the hockey match go? Also, can we move the kickoff to the 9th?'),
      ],
      draft: 'Yes, the 9th works, I have moved the kickoff.',
      severity: 'warning',
    },
    {
      name: 'a family holiday asked after, snow and all: the holiday is the question, not the weather',
      reader: 'IN',
      writer: 'AT',
      history: [
        ...WORKING,
        c(
          'Welcome back! How was the holiday in Tyrol, lots of snow? Also, please share the updated rollout plan.',
        ),
      ],
      draft: 'The updated rollout plan is attached.',
      severity: 'warning',
    },
    {
      name: 'a weekend away with its snow, skipped: light small talk',
      reader: 'IN',
      writer: 'AT',
      history: [
        ...WORKING,
        c(
          'Welcome back! How was the weekend in Tyrol, lots of snow? Also, please share the updated rollout plan.',
        ),
      ],
      draft: 'The updated rollout plan is attached.',
      severity: 'suggestion',
    },
    {
      name: 'a match asked about out of the blue stays a nudge when skipped',
      reader: 'AU',
      writer: 'SE',
      history: [
        ...WORKING,
        c('Did you catch the hockey final last night? Also, can we move the kickoff to the 9th?'),
      ],
      draft: 'Yes, the 9th works, I have moved the kickoff.',
      severity: 'suggestion',
    },
    {
      name: 'asked the quickest way to restore the depot, the reply sympathises and plans an unrelated invoice',
      reader: 'KE',
      writer: 'PL',
      history: [
        c(
          'The flood reached our Kisumu depot and the scanners are gone. What is the quickest way to get the depot working again?',
        ),
      ],
      draft: 'I am so sorry to hear about the flood. We will issue the March invoice next week as planned.',
      severity: 'warning',
    },
    {
      name: 'a concession asked for, the reply repeats the gap the client named and moves nowhere',
      reader: 'DK',
      writer: 'CZ',
      history: [
        r('Our offer for the 60 scanners is attached: DKK 2,150 per unit.'),
        c('Another supplier is 12% below you. Is there any flexibility, or is that the end of it?'),
      ],
      draft: 'Thank you for being open about the 12%. Our scanners come with five years of support.',
    },
    {
      name: 'a talk proposed for next week, the reply dates only the quote',
      reader: 'CO',
      writer: 'HR',
      history: [c('Great news, the board said yes to Medellín! Shall we meet next week to plan it?')],
      draft: 'Wonderful news, congratulations! The updated quote follows on Friday.',
      severity: 'warning',
    },
    {
      name: 'a storage limit asked, the reply gives a figure about something else',
      reader: 'PH',
      writer: 'UZ',
      history: [
        c('hi Timur, quick one: what is the upload limit on the free plan? our designers keep hitting it'),
      ],
      draft: 'hi Rosa, sorry about that! Our support desk is on it and I will write again in 2 hours.',
    },
    {
      name: 'a tag question on a business fact, the reply names only one of its words',
      reader: 'IT',
      writer: 'GR',
      history: [c('So the price already includes installation, right?')],
      draft: 'The price is valid until the end of May.',
    },
    {
      name: 'a teasing tag question about the rep’s country, passed over entirely',
      reader: 'MX',
      writer: 'FI',
      history: [
        c('You are from Finland, where everybody has a sauna at home, no? Send me the brochure too.'),
      ],
      draft: 'The brochure is attached.',
    },
    {
      name: 'a home dinner on a dated visit for the rep and a colleague, the reply confirms only the meeting',
      reader: 'AR',
      writer: 'HR',
      history: [
        r('Dear Martín, Ivana and I land in Córdoba on 3 June for the plant audit.'),
        c(
          'Querido Luka, the audit on the 4th is fine. On Friday 5 you and Ivana must come to my house, my wife will cook locro.',
        ),
      ],
      draft: 'Dear Martín, thank you. We will be at the plant at 8:00 on the 4th. The checklist is attached.',
      severity: 'error',
    },
    {
      name: 'told "you will be my guest" for dinner at home, the reply asks for a projector',
      reader: 'QA',
      writer: 'CZ',
      history: [
        r('Dear Mr. Khalid, I will be in Doha on 9 March to present the system.'),
        c('Dear Tomas, 9 March at 11 is fine. That evening you will be my guest for dinner at my house.'),
      ],
      draft: 'Dear Mr. Khalid, thank you, 11:00 is confirmed. We will need a screen and an hour.',
      severity: 'error',
    },
    {
      name: 'a cost split asked, the reply gives only the total',
      reader: 'SG',
      writer: 'LT',
      history: [
        c('Could you share the total for 50 scanners, and the breakdown between hardware and support?'),
      ],
      draft: 'The total for 50 scanners is EUR 41,000, hardware and two years of support included.',
    },
    {
      name: 'asked in a fronted clause for two figures, the reply sends none',
      reader: 'SG',
      writer: 'LT',
      history: [c('Before our review on Friday, could you share the licence and service costs separately')],
      draft: 'Thank you, the team enjoyed the demo as well.',
    },
    {
      name: 'asked how the trip to a named city went, the reply is only the pilot date',
      reader: 'MX',
      writer: 'VN',
      history: [
        c('So you fly to Guadalajara tomorrow, right? Buen viaje, say hi to Paco!'),
        r('Thank you! Yes, early flight. I will tell Paco.'),
        c('How did it go in Guadalajara?'),
      ],
      draft: 'The pilot report will be ready on Friday, Paco and his team helped a lot.',
    },
    {
      name: 'a feature asked as "can we get", the reply answers only the seat price beside it',
      reader: 'US',
      writer: 'PL',
      history: [
        c('can you add 3 seats for the interns?'),
        r('done, invites sent 🙂'),
        r('Hi Jo, your renewal is next month.', 2000),
        c('two things: can we get audit logs on the starter plan? and what do 10 extra seats cost?'),
      ],
      draft: 'Hi Jo! 10 extra seats would be $900/year on your current plan.',
    },
    {
      name: 'a hope that the rep’s mother has recovered, the reply is only business',
      reader: 'SA',
      writer: 'CN',
      history: [
        r('Dear Mr. Saleh, the order is in production.'),
        c(
          'Dear Mr. Wang, thank you. I hope your mother has recovered from her surgery. When will the goods leave?',
        ),
      ],
      draft: 'Dear Mr. Saleh, the goods leave Ningbo on 2 May.',
    },
    {
      name: 'a dinner at the client’s home on a visit with its month, skipped: error',
      reader: 'OM',
      writer: 'SK',
      history: [
        c(
          'When you come to Muscat in March you must visit us, my family will prepare dinner at our house. Please also send the spare parts list.',
        ),
      ],
      draft: 'Dear Mr. Salim, the spare parts list is attached.',
      severity: 'error',
    },
    {
      name: 'a dinner at the client’s home on an open "when you come", skipped: warning',
      reader: 'OM',
      writer: 'SK',
      history: [
        c(
          'When you come to Muscat you must visit us, my family will prepare dinner at our house. Please also send the spare parts list.',
        ),
      ],
      draft: 'Dear Mr. Salim, the spare parts list is attached.',
      severity: 'warning',
    },
    {
      name: 'the rep announced a trip, the client asks after it at once: a follow-up, a warning',
      reader: 'CA',
      writer: 'BE',
      history: [
        r('Hi Dana, off to the Dolomites until Monday. The draft SOW is in your inbox.'),
        c('Welcome back! How were the Dolomites, lots of sun? And can phase 3 start in May?'),
      ],
      draft: 'Hi Dana, yes, phase 3 can start on 4 May.',
      severity: 'warning',
    },
    {
      name: 'a first message asks how the week goes: a passing pleasantry, a suggestion',
      reader: 'US',
      writer: 'TH',
      history: [c('Hi Somchai! How is your week going? Ours is chaos, three audits at once 😅')],
      draft: 'Hi Beth, the containers left Laem Chabang today.',
      severity: 'suggestion',
    },
    {
      name: 'the same pleasantry weeks into the work: a warning',
      reader: 'US',
      writer: 'TH',
      history: [
        ...WORKING,
        c('Hi Somchai! How is your week going? Ours is chaos, three audits at once 😅', 300),
      ],
      draft: 'Hi Beth, the containers left Laem Chabang today.',
      severity: 'warning',
    },
    {
      name: 'a hope that the rep’s father has recovered, skipped in a new thread: still a warning',
      reader: 'KW',
      writer: 'CN',
      history: [
        c('Dear Mr. Li, I hope your father is feeling better after the operation. Is the order ready?'),
      ],
      draft: 'Dear Mr. Fahad, yes, the order is ready and leaves on Friday.',
      severity: 'warning',
    },
    // Near-misses of the answers in other words below: each still leaves the question open.
    {
      name: 'a build checked in chat, the reply talks of a different deploy',
      reader: 'IE',
      writer: 'PL',
      history: [c('release out? integration tests?')],
      draft: 'the staging box gets rebuilt tonight',
    },
    {
      name: 'asked whether the pumps can come in two lots, the reply only thanks after the greeting',
      reader: 'NG',
      writer: 'NO',
      history: [c('Dear Ingrid, kindly advise if the pumps can be shipped in two lots.')],
      draft: 'Dear Chidi, thank you for the update on the site works.',
    },
    {
      name: 'a flexibility on the fee asked, the reply restates the scope without a stance',
      reader: 'AU',
      writer: 'RS',
      history: [c('Any leeway on the fee if we handle the testing ourselves?')],
      draft: 'The fee covers design, build and two weeks of support.',
    },
    {
      name: 'asked how updates are handled offline, the reply talks only of the licence',
      reader: 'MY',
      writer: 'EE',
      history: [c('How do you handle firmware updates in that case?')],
      draft: 'The licence is per site and renews every year.',
    },
    {
      name: 'asked what the rep got up to at the weekend, only the figures follow',
      reader: 'GB',
      writer: 'IE',
      history: [...WORKING, c('Did you get up to anything nice at the weekend?', 100)],
      draft: 'The October figures are in the shared folder.',
    },
    {
      name: 'a when-question after a courtesy word ("abeg"), a reply with no date passes over it',
      reader: 'NG',
      writer: 'IN',
      history: [c('Good evening Ravi. Abeg when will the generators reach Onitsha?')],
      draft: 'Hello Emeka, thank you for the order. Our brochure for the new range is attached.',
    },
    {
      name: 'how quickly the engineers can start, after a lead-in clause: a reply with no date passes over it',
      reader: 'CZ',
      writer: 'IN',
      history: [c('Dear Anil, after the interviews last week, how quickly can the two testers start?')],
      draft: 'Dear Petra, thank you. Both testers were very happy with the interviews.',
    },
    {
      name: 'a statement before the comma is no lead-in: "..., what do you think?" still needs a view',
      reader: 'BR',
      writer: 'IE',
      history: [c('We could launch the app in March, what do you think?')],
      draft: 'Thanks Paulo. The invoice for April is attached.',
    },
    {
      name: 'a look asked at a fault, the reply reports a find on another matter',
      reader: 'KE',
      writer: 'FR',
      history: [c('Dear Luc, the scanners freeze when the network drops. Can your engineers look at that?')],
      draft: 'Dear Wanjiru, our team found a nice venue for the launch event in Nairobi.',
    },
    {
      name: 'experience asked, a price list attached is no track record',
      reader: 'NO',
      writer: 'ES',
      history: [c('Do you have experience with labels for the Baltic market?')],
      draft: 'Hi Ingrid, I attach our price list for 2027.',
    },
    {
      name: 'asked to confirm a delivery date, a bare "confirmed" gives no date',
      reader: 'PL',
      writer: 'IN',
      history: [c('Dear Mr. Shah, thank you. Kindly confirm the delivery date of the castings.')],
      draft: 'Dear Mr. Nowak, order confirmed. Regards, Arjun',
    },
    {
      name: 'asked to prepare a drawing, the reply starts something else today',
      reader: 'AZ',
      writer: 'TR',
      history: [c('Can you prepare the window drawing and price?')],
      draft: 'Salam Rashad bey, we start the new catalogue today.',
    },
    {
      name: 'a view asked on a proposal, the reply only sends the invoice',
      reader: 'CA',
      writer: 'UA',
      history: [c('Could we drop the admin panel from v1? Keen to hear your take.')],
      draft: 'Hi Ryan, the invoice for August is attached.',
    },
    {
      name: 'a home stay offered for a dated visit ("you must stay with us"), skipped for a date: an error',
      reader: 'AM',
      writer: 'CN',
      history: [
        r('Hi Aram, I plan to come to Yerevan in May for the installation check.'),
        c(
          'Great! When you come in May you must stay two nights with us in Dilijan, my mother will cook dolma. Also can you send the packing list?',
        ),
      ],
      draft: 'Hi Aram, the packing list is attached. The container leaves Tianjin on 2 April.',
      severity: 'error',
    },
    {
      name: 'a trip asked after with a yes/no tail, the only "yes" answers a business question',
      reader: 'US',
      writer: 'NL',
      history: [
        r('Off to Lisbon for a few days, back Monday.'),
        c(
          'Welcome back! How was Lisbon, did you try the custard tarts? Also, can we move the demo to Friday?',
        ),
      ],
      draft: 'Hi Kate, yes, we can move the demo to Friday at 10:00.',
    },
  ],
  valid: [
    // rd52 generalisation (own wording): a difference explained by where it comes from
    {
      name: '"Can you explain the difference?" -> "Most of the gap comes from the training we include"',
      reader: 'VN',
      writer: 'US',
      history: [c('Dear Ms. Ortiz, your offer is 12% above the other bid. Can you explain the difference?')],
      draft:
        'Dear Mr. Nguyen, thank you for telling me. Most of the gap comes from the operator training and spare parts we include.',
    },
    // rd52 generalisation (own wording): a quote promised after what it needs
    {
      name: '"could you put together a rough quote for the warehouse?" -> "Send me the plan; then you will have the quote on Monday"',
      reader: 'IE',
      writer: 'CZ',
      history: [c('Hi Pavel, could you put together a rough quote for racking in the new warehouse?')],
      draft: 'Hi Niamh, could you send me the floor plan? Then you will have the quote on Monday.',
    },
    // rd52 generalisation (own wording): the vessel asked, the vessel named
    {
      name: '"Kindly confirm the loading date and advise the vessel name." -> "... on MV Nordic Star"',
      reader: 'GH',
      writer: 'LT',
      history: [
        c('Dear Rasa, kindly confirm the loading date and advise the vessel name. Our bank needs it.'),
      ],
      draft: 'Dear Kwame, the cargo loads in Klaipėda on 5 May on the MV Nordic Star, ETA Tema 27 May.',
    },
    // rd51 generalisation (own wording): what the company handles, asked inside "let me know"
    {
      name: '"Kindly let me know what products your firm distributes." -> "We distribute ..."',
      reader: 'KR',
      writer: 'CL',
      history: [
        c(
          'Dear Mr. Rojas, thank you for connecting. Kindly let me know what products your firm distributes.',
        ),
      ],
      draft:
        'Dear Mr. Lee, we ship fresh cherries and blueberries from Chile to Asia, all GlobalG.A.P. certified.',
    },
    // rd51 generalisation (own wording): "where do I ...?" answered by a menu path
    {
      name: '"where do I download the March receipt?" -> "Go to Account > Payments and click the PDF icon"',
      reader: 'US',
      writer: 'IN',
      history: [c('quick one, where do I download the March receipt?')],
      draft: 'Hi Dana! Go to Account > Payments and click the PDF icon next to it.',
    },
    // rd51 generalisation (own wording): a weekend told without its "I"
    {
      name: '"How was your weekend?" -> "Spent most of it carrying boxes at my sister’s new flat 😄"',
      reader: 'AU',
      writer: 'DE',
      history: [c('Morning Jonas! How was your weekend? The test server is ready on our side.')],
      draft:
        'Morning Mia! Went hiking with the kids, legs still sore 😄 Great news on the server, I will start the import at 3pm.',
    },
    // rd51 generalisation (own wording): a question settled by the client's own later message
    {
      name: '"we would be happy to welcome you on 4 May", then "thank you for visiting us yesterday": the invitation is overtaken',
      reader: 'TW',
      writer: 'NL',
      history: [
        r('Dear Ms. Lin, I will be in Taipei in early May and would be glad to visit you.'),
        c('Dear Mr. Bakker, we would be happy to welcome you at our headquarters on 4 May at 10:00.'),
        c('Dear Mr. Bakker, thank you for visiting us yesterday. We will study your proposal.', 300),
      ],
      draft:
        'Dear Ms. Lin, thank you for your warm welcome, it was a pleasure. I look forward to your thoughts on the proposal.',
    },
    {
      name: '"Friday at 10 your time?" then "Let\'s talk on Friday then, I will bring our CFO" -> no need to confirm the slot again',
      reader: 'TR',
      writer: 'FI',
      history: [
        r('Hi Emre, could we have a short review call this week?'),
        c('Yes, good idea. Friday at 10 your time?'),
        c('Hi Aino, the team loved the pilot. Let’s talk on Friday then, I will bring our CFO.', 48),
      ],
      draft:
        'Hi Emre, wonderful to hear the team loved it, thank you! I will prepare the rollout numbers for the CFO.',
    },
    // rd46 generalisation (own wording): one word in two forms, the second read as a name by the tagger
    {
      name: '"could you split delivery between the Lyon and Nantes depots?" -> "Splitting the load between Lyon and Nantes is fine"',
      reader: 'FR',
      writer: 'KR',
      history: [
        c(
          'PO 7781 is in your inbox. When can you ship? And could you split delivery between the Lyon and Nantes depots?',
        ),
      ],
      draft:
        'Hi Claire, got the PO, thank you! The goods leave Busan on 3 May. Splitting the load between Lyon and Nantes is fine and costs nothing extra.',
    },
    // rd50 generalisation (own wording): a document asked for by its name alone, handed over as a link
    {
      name: '"price list for the X-40?" -> "here you go: example-pumps.com/x40/prices.pdf"',
      reader: 'CA',
      writer: 'DE',
      history: [c('hi Lena'), c('price list for the X-40?'), c('have a call at 2')],
      draft: 'Hi Ryan, here you go: example-pumps.com/x40/prices.pdf. Happy to walk you through it.',
    },
    // rd49 generalisation (own wording): "any chance of ...?" asks whether it is possible
    {
      name: '"any chance of a night delivery?" -> "A night delivery is possible on Tuesdays"',
      reader: 'US',
      writer: 'BE',
      history: [c('ok. any chance of a night delivery, no forklift on site before 6?')],
      draft: 'Night delivery is possible on Tuesdays, EUR 180 extra. Shall I book it?',
    },
    // rd49 generalisation (own wording): a closed tail after "what about ...": the yes answers it
    {
      name: '"what about the spare filters, are they packed already?" -> "Yes, packed on Monday ..."',
      reader: 'NO',
      writer: 'TR',
      history: [c('Back from holidays! what about the spare filters, are they packed already?')],
      draft:
        'Welcome back Ola! 😊 I hope the holiday was good. Yes, packed on Monday and leaving with the truck tomorrow.',
    },
    // rd49 generalisation (own wording): the cause given answers "explain what happened"
    {
      name: '"Could you explain what happened?" -> "It was a mistake of the carrier, who ..."',
      reader: 'KR',
      writer: 'FR',
      history: [c('Dear Mr. Morel, three cartons arrived crushed. Could you explain what happened?')],
      draft:
        'Dear Mr. Choi, it was a mistake of the carrier, who loaded the cartons under steel coils. A claim is open.',
    },
    // rd49 generalisation (own wording): pricing asked, the quote told with what it waits for
    {
      name: '"Could you send pricing for 20 units?" -> "I need the floor plans by Monday to prepare the quote"',
      reader: 'CA',
      writer: 'IT',
      history: [c('Hi, could you send pricing for 20 display fridges, delivered to Toronto?')],
      draft: 'Hi Jordan, I need the floor plans of both stores by Monday to prepare the quote. Regards, Luca',
    },
    // rd49 generalisation (own wording): "What's next?" asks for the next step
    {
      name: '"Price is ok. What\'s next?" -> "Sign page 2 of the order and email it to me, and we\'ll book the slot"',
      reader: 'NZ',
      writer: 'CN',
      history: [c('Price is ok. What’s next?')],
      draft: 'Thanks Alex! Sign page 2 of the order and email it to me, and we’ll book the delivery slot.',
    },
    // rd48 generalisation (own wording): patience asked for, time granted
    {
      name: '"May I ask for your understanding?" -> "Please take all the time you need"',
      reader: 'VN',
      writer: 'AU',
      history: [
        c(
          'Dear Emma, my father is in hospital and I must stay with him this week. May I ask for your understanding? I will look at the offer when I am back.',
        ),
      ],
      draft:
        'Dear Linh, I am so sorry about your father. Please take all the time you need, the offer will wait.',
    },
    // rd48 generalisation (own wording): the time asked for refused with a sooner one
    {
      name: '"Is it ok if we confirm on Monday?" -> "We need to have the numbers by tonight"',
      reader: 'PH',
      writer: 'DE',
      history: [
        c('Hi Jonas, two teams have not replied yet. Is it ok if we confirm the headcount on Monday?'),
      ],
      draft:
        'Hi Maria, we need to have the headcount by tonight, the venue gives the tables away tomorrow morning.',
    },
    // rd48 generalisation (own wording): a confirmation given in other words
    {
      name: '"Kindly confirm, then we will raise the PO." -> "the other points match our records"',
      reader: 'MY',
      writer: 'US',
      history: [
        c(
          'Dear Tom, our summary: 2,000 units at USD 8.40, CIF Port Klang, delivery in June. Kindly confirm, then we will raise the PO.',
        ),
      ],
      draft:
        'Dear Mr Tan, thank you. USD 8.40 was quoted for 3,000 units; for 2,000 it is USD 8.90. CIF Port Klang and June delivery match our records.',
    },
    // rd48 generalisation (own wording): the way to a commercial act, given as steps
    {
      name: '"How can we pay?" -> "Transfer the amount to the IBAN on the invoice"',
      reader: 'BE',
      writer: 'GB',
      history: [c('Fine, we take the 12 chairs. How can we pay?')],
      draft: 'Transfer the amount to the IBAN on the pro forma and put PF-7781 as the reference.',
    },
    // rd48 generalisation (own wording): a bare question word shares the verb; a spliced-on clause
    // of the writer's own is not asked
    {
      name: '"Tell me what to sign and where, we are boarding in an hour." -> the signing steps',
      reader: 'IL',
      writer: 'PL',
      history: [
        c('Read the agreement, all fine. Tell me what to sign and where, we are boarding in an hour.'),
      ],
      draft: 'Sign page 4 and initial pages 1 to 3, then send me a photo of each. Have a good flight!',
    },
    // rd48 generalisation (own wording): the thing asked for told as on its way
    {
      name: '"Would it be possible to receive samples in 2 mm and 3 mm?" -> "samples will be sent once ..."',
      reader: 'JP',
      writer: 'IT',
      history: [
        c(
          'Dear Sir, would it be possible to receive samples in 2 mm and 3 mm wall thickness for our engineers? Best regards, Ito',
        ),
      ],
      draft: 'Dear Mr Ito, samples will be sent once the NDA is signed. Best regards, Paola',
    },
    // rd48 generalisation (own wording): "the old ones" stands for the thing named before
    {
      name: '"What should we do with the old ones?" after stolen tablets -> "As for the stolen tablets, I have blocked them"',
      reader: 'CH',
      writer: 'SE',
      history: [
        c(
          'Hello Anna, four tablets were stolen from our van. Can the app be installed on the replacements? What should we do with the old ones?',
        ),
      ],
      draft:
        'Hello Reto, sorry to hear that. Yes, the app can go on the replacements at no cost. As for the stolen tablets, I have blocked their accounts already.',
    },
    // rd46 generalisation (own wording): "Welcome back," is a courtesy before the question
    {
      name: '"Welcome back, how was the christening?" -> "It was lovely, ..."',
      reader: 'AU',
      writer: 'PT',
      history: [
        r('I am away until Tuesday for my nephew’s christening in Braga.'),
        c('Welcome back, how was the christening? Also, did the revised drawings arrive?'),
      ],
      draft:
        'It was lovely, the whole family came and the baby slept through it all. Yes, the drawings came in on Monday.',
    },
    // rd46 generalisation (own wording): a task asked of the rep is answered by "done"
    {
      name: '"can you rerun the March report with the VAT column?" -> "Done, same place as before"',
      reader: 'NZ',
      writer: 'IN',
      history: [c('Ravi, can you rerun the March report with the VAT column?')],
      draft: 'Done, same place as before.',
    },
    // rd46 generalisation (own wording): whether the rep saw the match, told without "watch"
    {
      name: '"did you see the final on Sunday??" -> "I caught the second half at my brother’s"',
      reader: 'AR',
      writer: 'NL',
      history: [c('Bram, the order is approved. did you see the final on Sunday??')],
      draft:
        'Great news, thank you Lucas! I caught the second half at my brother’s, what a finish. The confirmation follows today.',
    },
    // rd46 generalisation (own wording): "this is acceptable for you?" asks a stance; "we would not
    // recommend" gives it
    {
      name: '"Could you confirm that this is acceptable for you?" -> "we would not recommend weekly partial loads"',
      reader: 'JP',
      writer: 'DK',
      history: [
        c(
          'Dear Mr Holm, our warehouse proposes partial shipments every week instead of one full load. Could you confirm that this is acceptable for you?',
        ),
      ],
      draft:
        'Dear Mr Sato, thank you for the proposal. We would not recommend weekly partial loads, because they double the freight cost. We could ship every second week instead, if that helps.',
    },
    // rd46 generalisation (own wording): "I would be honoured" accepts an invitation
    {
      name: '"you must join us for lunch at our house on Sunday" -> "I would be honoured"',
      reader: 'GH',
      writer: 'SE',
      history: [
        c(
          'Dear Karin, my husband says you must join us for lunch at our house on Sunday while you are in Accra. On the contract, could we add a clause on spare parts?',
        ),
      ],
      draft:
        'Dear Ama, thank you both, I would be honoured. Yes, I will add a spare-parts clause to the draft.',
    },
    // rd46 generalisation (own wording): the cause found is the look taken
    {
      name: '"Can you check it once more?" -> "it was caused by a certificate that expired on your server"',
      reader: 'TW',
      writer: 'US',
      history: [c('Hi Megan, the nightly upload failed again last night. Can you check it once more?')],
      draft:
        'Hi Wei, the failure was caused by a certificate that expired on your server on Monday. Renewing it will fix the upload.',
    },
    // rd46 generalisation (own wording): "is there any update" is a status question; a look reported is news
    {
      name: '"Is there any update on the credit note?" -> "Our finance team has reviewed the claim"',
      reader: 'TH',
      writer: 'DE',
      history: [
        c('Dear Mr Braun, the invoice had 40 units too many.'),
        r('Dear Khun Suda, thank you, we will look into it.'),
        c('Dear Mr Braun, is there any update on the credit note?'),
      ],
      draft:
        'Dear Khun Suda, our finance team has reviewed your photos together with the signed delivery papers from 3 June.',
    },
    // rd45 generalisation (own wording): an email address names who; a click path is the how
    {
      name: '"who should I send the log files to?" answered by "to ines.moreno@example.com pls"',
      reader: 'GB',
      writer: 'ES',
      history: [c('thanks! who should I send the log files to?')],
      draft: 'no worries! to ines.moreno@example.com pls, she is on call this week',
    },
    {
      name: '"how do we turn on two-factor login?" answered by "Security → Sign-in → 2FA toggle"',
      reader: 'US',
      writer: 'PL',
      history: [c('quick q: how do we turn on two-factor login for the team?')],
      draft: 'Security → Sign-in → 2FA toggle, it applies to everyone at once 👍',
    },
    // rd44 generalisation (own wording): a description asked ("what does X look like?") told by a
    // statement about X; a chaser's figure about the question it chases
    {
      name: '"What does the rollout typically look like?" answered by "The rollout usually runs in three waves ..."',
      reader: 'US',
      writer: 'SE',
      history: [
        c('Hey Anna, timing works for us. What does the rollout typically look like with your team?'),
      ],
      draft:
        'Hi Josh, great to hear! The rollout usually runs in three waves over six weeks, starting with one pilot store.',
    },
    {
      name: '"any news on the upload limit thing?" answered by "files up to 2 GB on the team plan"',
      reader: 'AU',
      writer: 'IN',
      history: [
        c('hey Ravi, what is the max file size on the team plan? our videos are about 1.5 GB each'),
        c('any news on the upload limit thing?'),
      ],
      draft:
        'Hi Mia, sorry for the wait! The team plan takes files up to 2 GB each, so your 1.5 GB videos are fine.',
    },
    // rd43 generalisation (own wording): answers part 45 showed in other words
    {
      name: '"what services does your company provide?" answered by "we are a studio of 40 designers ..."',
      reader: 'DK',
      writer: 'VN',
      history: [c('Hi Linh, thanks for the note. What services does your company provide?')],
      draft:
        'Hi Mads, we are a studio of 40 designers in Da Nang, mostly packaging and brand work for Nordic food brands.',
    },
    {
      name: '"I suppose it is winter in Santiago now?" answered by "8°C this morning"',
      reader: 'SE',
      writer: 'CL',
      history: [
        c(
          'Hola Camila! Enjoying the midnight sun here. I suppose it is winter in Santiago now? Also, is the API rate limit per key?',
        ),
      ],
      draft:
        'Hola Erik! Yes, 8°C this morning and fog over the hills. The rate limit is per key: 600 calls a minute.',
    },
    {
      name: '"how many users can one licence cover?" answered by "as many as you like"',
      reader: 'US',
      writer: 'PH',
      history: [c('hey! how many users can one licence cover?')],
      draft: 'hi Dana! as many as you like, we price per site, not per user 🙂',
    },
    {
      name: '"just checking we are on track for Thursday?" answered by the offer attached',
      reader: 'GB',
      writer: 'PK',
      history: [
        c('Hi Imran, we need your offer for the 2,000 polo shirts by Thursday for our buying meeting.'),
        c('Hi Imran, just checking we are on track for Thursday?'),
      ],
      draft: 'Hi Claire, please find the offer attached: GBP 4.10 per shirt, 40 days production.',
    },
    {
      name: '"what is the guarantee period?" answered by "Guarantee: 3 years from delivery date"',
      reader: 'AT',
      writer: 'CN',
      history: [c('Dear Mr Li, what is the guarantee period for the inverters?')],
      draft: 'Dear Mr Huber, thank you. Guarantee: 3 years from delivery date, extendable to 5 years.',
    },
    {
      name: '"please provide the quotation" answered by "before we quote, we need the drawing; then the quote follows"',
      reader: 'FR',
      writer: 'US',
      history: [c('Dear Mr. Brooks, could you please provide the quotation for 5,000 brackets?')],
      draft:
        'Dear Mr. Moreau, thank you. Before we quote, we need the drawing with tolerances; the quote follows two days after.',
    },
    {
      name: '"Second, power is 60 Hz. Is the standard model compatible?" answered by a framed point and a dated promise',
      reader: 'JP',
      writer: 'ES',
      history: [
        c(
          'Dear Ruiz-san, we have two questions. First, what is the weight of the P-20? Second, our plant is in Nagoya, so power is 60 Hz. Is the standard model compatible, or is a special model needed?',
        ),
      ],
      draft:
        'Dear Suzuki-san, thank you for your questions. The P-20 weighs 84 kg. About 60 Hz: I want to be exact, so I have asked our engineers in Bilbao to check the motor. I will reply to you by Friday 6 March at the latest.',
    },
    {
      name: '"kindly advise how we can solve this" answered by a refusal of the claim',
      reader: 'PH',
      writer: 'PL',
      history: [c('Dear Piotr, 40 of the tiles arrived cracked. Kindly advise how we can solve this issue.')],
      draft:
        'Dear Mr. Reyes, the goods left us in perfect condition, so we cannot accept the claim for transport damage.',
    },
    // rd42 generalisation (own wording): what we do, told with a verb of any kind or as a summary
    {
      name: '"what does your software actually do?" answered by "we pull meter readings ... and flag leaks"',
      reader: 'NL',
      writer: 'IN',
      history: [
        c('Thanks for connecting. What does your software actually do? We already have a SCADA system.'),
      ],
      draft:
        'Hi Sander, thanks for asking. We pull meter readings from your SCADA every hour and flag leaks within a day, so your crews go out before the bill arrives.',
    },
    {
      name: '"what does your app do exactly?" answered by "In a nutshell: Rotaly plans shifts ..."',
      reader: 'CL',
      writer: 'PL',
      history: [
        c('Hola Marta! We have 12 stores and the rota is a nightmare. What does your app do exactly?'),
      ],
      draft:
        'Hola Camilo! In a nutshell: Rotaly plans shifts from your sales forecast and lets staff swap them from their phones. Would a short demo help?',
    },
    // rd42 generalisation (own wording): a machine's breakdown is no price breakdown
    {
      name: '"what support do you give in case of a breakdown?" answered by "an engineer on site within 48 hours"',
      reader: 'SA',
      writer: 'IT',
      history: [
        c('Dear Luca, thanks for the offer. Please advise what support you give in case of a breakdown.'),
      ],
      draft:
        'Dear Mr. Faisal, thank you. Support in case of a breakdown: our partner in Riyadh sends an engineer on site within 48 hours.',
    },
    // rd42 generalisation (own wording): "what is the status of ...?" answered by news of the thing
    {
      name: '"what is the status of the two pumps?" answered by "the pumps are in final testing"',
      reader: 'FI',
      writer: 'CZ',
      history: [c('Hi Petr, what is the status of the two dosing pumps for our Oulu plant?')],
      draft: 'Hi Aino, the pumps are in final testing and leave our plant on Thursday.',
    },
    // rd42 generalisation (own wording): the next step asked for, given as the rep's step or a request
    {
      name: '"just tell me where to sign" answered by "shall I send the contract through Adobe Sign?"',
      reader: 'CA',
      writer: 'GB',
      history: [c('Hi Amelia, legal is happy with it, so just tell me where to sign!')],
      draft:
        'Hi Ryan, that is great to hear, thank you. Shall I send the contract through Adobe Sign this afternoon?',
    },
    {
      name: '"please let us know what is necessary from our side" answered by what the client is asked for',
      reader: 'JP',
      writer: 'DE',
      history: [
        c(
          'Dear Ms. Braun, we have decided to start the pilot. Please let us know what is necessary from our side.',
        ),
      ],
      draft:
        'Dear Yamamoto-san, thank you very much for your decision. Could you kindly send us the floor plan of the line and a contact person in IT, if possible this month?',
    },
    // rd42 generalisation (own wording): "mine was ..." tells one's own weekend
    {
      name: '"how was ur weekend?" answered by "mine was lazy, just football and pizza"',
      reader: 'NZ',
      writer: 'PH',
      history: [c('morning Joy! how was ur weekend? btw invoice 2231 is paid')],
      draft:
        'morning Liam! mine was lazy, just football and pizza 😄 thanks for paying 2231, receipt is in your inbox',
    },
    // rd42 generalisation (own wording): a journey told answers "how was the flight?"
    {
      name: '"how was the flight home?" answered by "landed on time and I slept most of the way"',
      reader: 'BR',
      writer: 'SE',
      history: [
        c(
          'Olá Erik! great meeting you in Curitiba. how was the flight home? also, can you send the manual for the dryer?',
        ),
      ],
      draft:
        'Olá Bruno! landed on time and I slept most of the way 😴 the dryer manual is attached, thanks again for the visit!',
    },
    // rd42 generalisation (own wording): "how long would it take?" after "can you ship ...?" asks
    // about the shipping, which a delivery told answers
    {
      name: '"can you ship a sample roll? How long would it take?" answered by "it reaches Porto in 4-5 working days"',
      reader: 'PT',
      writer: 'TR',
      history: [
        c('Hello Deniz, can you ship a sample roll of the blue denim to Porto? How long would it take?'),
      ],
      draft:
        'Hello Rui, yes: the sample roll leaves Izmir tomorrow and usually reaches Porto in 4-5 working days.',
    },
    // rd41 generalisation (own wording): what a guest eats answers a question about food
    {
      name: '"any dietary restrictions for the dinner?" answered by "I eat just about everything"',
      reader: 'MX',
      writer: 'PL',
      history: [
        c(
          'Dear Tomasz, we look forward to your visit. For the dinner on Thursday, do you have any dietary restrictions? My mother-in-law cooks mole.',
        ),
      ],
      draft: 'Dear Alejandro, thank you! I eat just about everything, so please do not go to any trouble.',
    },
    // rd41 generalisation (own wording): a span bounded by a date answers "how long"
    {
      name: '"how long does the pilot run?" answered by "it runs until 30 June"',
      reader: 'KR',
      writer: 'GB',
      history: [c('Hello Mark, how long does the pilot run?')],
      draft: 'Hello Min-jun, it runs until 30 June, and you can stop it at any time before.',
    },
    // rd39 generalisation (own wording): an invitation accepted with "I'd love that"; the rep's time
    // asked in chat with no subject, answered with a day; a reference number repeated as done
    {
      name: '"can u resend the mar invoice?" -> "resent just now ..., pls check spam folder"',
      reader: 'AU',
      writer: 'PH',
      history: [c("hey joy, accounts can't find the mar invoice, can u resend? cheers")],
      draft:
        'hi mark! resent just now to billing@kowhai.co.nz, pls check spam folder also if not there in 10 mins 🙏',
    },
    {
      name: '"our finance proposes 40% deposit. Is it ok for you?" -> "That is not acceptable."',
      reader: 'CN',
      writer: 'RU',
      history: [
        c(
          'Dear Ivan, for the next order our finance proposes 40% deposit and 60% on arrival. Is it ok for you?',
        ),
      ],
      draft: 'Dear Mr. Wang, that is not acceptable. Payment stays 100% before shipment.',
    },
    {
      name: '"maybe there is some room for discussion?" -> "Our price is final."',
      reader: 'ID',
      writer: 'AU',
      history: [
        c(
          'Dear Mr. Scott, with respect, your price is higher than the other offer. Maybe there is some room for discussion?',
        ),
      ],
      draft: 'Dear Budi, the other resin is not equivalent. Our price is final.',
    },
    {
      name: '"Could we do a quick call on Monday?" -> "happy to! would 10am work?"',
      reader: 'SG',
      writer: 'AU',
      history: [
        c('Hi Mia, we are reviewing cold-chain sensors for our depots. Could we do a quick call on Monday?'),
      ],
      draft: 'Hi Ken, happy to! Would 10am SGT on Monday work? I will send an invite.',
    },
    {
      name: '"you must come to our house for a braai on Saturday" -> "I\'d love that!"',
      reader: 'ZA',
      writer: 'NL',
      history: [
        c('Great, see you in Durban next week. And you must come to our house for a braai on Saturday!'),
      ],
      draft: "Thanks Sipho, I'd love that! For the site visit, would Tuesday at 9 suit you?",
    },
    {
      name: '"Got half an hour Friday?" -> "Friday works, 2pm?"',
      reader: 'US',
      writer: 'DE',
      history: [c('Hey Anna, sounds interesting. Got half an hour Friday?')],
      draft: 'Hi Tom, Friday works, how about 2pm ET? I will send an invite.',
    },
    {
      name: '"also can you add our PO number 4410-7789?" -> "Done ✅ ... with PO 4410-7789 on it"',
      reader: 'US',
      writer: 'UA',
      history: [
        c(
          "thanks! heads up, we're moving to Denver on May 1, so can you update the billing address on the May invoice? new address: 1600 Market St, Denver CO 80202. also can you add our new PO number 4410-7789?",
        ),
      ],
      draft: 'Done ✅ May invoice will go to 1600 Market St, Denver CO 80202, with PO 4410-7789 on it.',
    },
    // rules.dev.38 generalisation (own wording): results asked as "what ... are you getting?"
    {
      name: '"What kind of conversion rates are you getting?" -> "shops typically see 3-4% more checkouts completed"',
      reader: 'CL',
      writer: 'ES',
      history: [
        r('Hola Catalina, happy to share what we see with drip control in the region.'),
        c('Thanks. What kind of conversion rates are you getting?'),
      ],
      draft:
        'Hola Catalina, shops on our checkout typically see 3-4% more orders completed in the first quarter.',
    },
    // rules.dev.38 generalisation (own wording): how the new parents are holding up, answered
    {
      name: '"how are you holding up with the twins??" -> "exhausted but happy"',
      reader: 'CA',
      writer: 'PH',
      history: [
        r('hi Jenna, update: the agents go live Monday 🙌 ps our twins came home on Saturday 😅'),
        c('OMG congrats!!! 🎉 how are you holding up?? also can we add weekend coverage?'),
      ],
      draft: 'thank you!! 🥰 exhausted but happy. weekend coverage yes we can do, rate card follows tomorrow',
    },
    // rules.dev.6 (own wording): the account of the festival opens on "it was", after laughter
    {
      name: '"How was your first Oktoberfest??" -> "haha it was wild, your tent tip was perfect"',
      reader: 'DE',
      writer: 'US',
      history: [
        r('off to Munich tomorrow for Oktoberfest!! any tips?'),
        c('Go to the Augustiner tent!! 🍺'),
        c('So, how was your first Oktoberfest?? 😂', 120),
      ],
      draft:
        'haha it was wild 😅 your Augustiner tip was spot on, thank you!! I will send the revised quote later today',
    },
    // rules.dev.37 generalisation (own wording): a bare status question answered by the dated plan
    {
      name: '"Status of ticket 8812?" -> "The fix is on staging; the production release is Tuesday 10:00"',
      reader: 'FI',
      writer: 'VN',
      history: [
        r('Hi Mikko, we reproduced the duplicate refund webhooks (ticket 8812) and are working on a fix.'),
        c('Status of ticket 8812?', 72),
      ],
      draft: 'Hi Mikko, the fix is on staging and passed our tests. The production release is Tuesday 10:00.',
    },
    // rules.dev.36 generalisation (own wording): "ETA on a fix?" asks when software is mended
    {
      name: '"ETA on a fix?" -> "the fix goes out Thursday evening"',
      reader: 'NL',
      writer: 'DE',
      history: [...WORKING, c('Since the update the PDF export fails. Ticket #2231. ETA on a fix?')],
      draft:
        'Hi Sanne, known bug; the fix goes out Thursday evening. Until then, print to PDF from the browser.',
    },
    // rules.dev.36 generalisations (own wording): a courtesy lead and an informing verb around the
    // question; dates asked for, given as a question
    {
      name: '"Sorry to bother you, but could you please inform us of the shipping schedule?" -> "Shipping is in week 41."',
      reader: 'JP',
      writer: 'DE',
      history: [
        ...WORKING,
        c(
          'Thank you for the update. Sorry to bother you, but could you please inform us of the shipping schedule?',
        ),
      ],
      draft: 'Dear Mr. Sato, shipping is in week 41; the vessel reaches Yokohama in week 46.',
    },
    {
      name: '"Can you suggest two dates in early May?" -> "How about May 5-6 or May 12-13?"',
      reader: 'CA',
      writer: 'FR',
      history: [
        ...WORKING,
        c('Hi Julien, we need to fix the training soon. Can you suggest two dates in early May?'),
      ],
      draft: 'Hi Dana, how about May 5-6 or May 12-13 for the training?',
    },
    // rules.dev.34 generalisations (own wording)
    {
      name: '"what payment terms do you offer?" -> "40% deposit, 60% before shipment"',
      reader: 'PL',
      writer: 'CN',
      history: [
        ...WORKING,
        c('Hello Li, before we order: what payment terms do you offer to new customers?'),
      ],
      draft: 'Hello Marta, for new customers it is 40% deposit with the order and 60% before shipment.',
    },
    {
      name: 'a question taken back in the same message ("Oh, never mind, found it in the manual")',
      reader: 'DE',
      writer: 'IT',
      history: [
        ...WORKING,
        c('Is the filter washable? Oh, never mind, it is in the manual. Please quote 40 units for April.'),
      ],
      draft: 'Dear Klaus, 40 units for April are EUR 96 each; the quotation is attached.',
    },
    {
      name: '"what savings do your customers see?" -> "energy use on the chillers drops 12 to 18%"',
      reader: 'SG',
      writer: 'SE',
      history: [
        r('Hi Wei, great to connect after the summit.'),
        c('Likewise! What savings do your customers typically see with the chiller controls?'),
      ],
      draft: 'Energy use on the chillers drops 12 to 18% in the first year, depending on the load.',
    },
    {
      name: '"Could you take a look?" after a price the client did not expect -> the reply looks at it',
      reader: 'GB',
      writer: 'IN',
      history: [
        ...WORKING,
        c('Hi Arjun, we had talked about £20k, so £24k surprised me. Could you take a look?'),
      ],
      draft: 'Hi Oliver, the £20k was for 40 users; for 50 it comes to more, but I can meet you halfway.',
    },
    {
      name: '"how many kids do you have?" -> "three boys, all under ten"',
      reader: 'IN',
      writer: 'US',
      history: [
        r('Thanks Rajesh, the pricing follows tomorrow.'),
        c('No hurry. You mentioned your kids on the call, how many you have?'),
      ],
      draft: 'Three boys, all under ten, so the house is loud 😄 Do you have kids too?',
    },
    {
      name: '"u going to the match tonight??" -> "haha of course, front row 😎 did the drones arrive ok?"',
      reader: 'AR',
      writer: 'BR',
      history: [r('invoice sent this morning 👍'), c('genial! u going to the match tonight?? 😂')],
      draft: 'haha of course, front row 😎 did the drones arrive ok?',
    },
    // rules.dev.33 generalisations (own wording): the wait over answers "when"; a reason answers a
    // why; news of the matter done answers "where are we?"; laughter before a yes; ", still ...ing?"
    {
      name: '"any eta??" -> "all is fixed now and flowing again"',
      reader: 'US',
      writer: 'VN',
      history: [c('hey, order sync down again since 9am. any eta??')],
      draft: 'hi Kyle, all is fixed now and flowing again. sorry for the trouble!',
    },
    {
      name: '"Could you explain why the freight went up?" -> "It rose because the carriers added a fuel surcharge"',
      reader: 'JP',
      writer: 'NL',
      history: [...WORKING, c('Dear Mr. de Wit, could you explain why the freight went up this quarter?')],
      draft:
        'Dear Tanaka-san, it rose because the carriers added a fuel surcharge in April; the rest is unchanged.',
    },
    {
      name: '"May I ask the reason for the price change?" -> "Reason is higher hosting cost" (no articles)',
      reader: 'JP',
      writer: 'AU',
      history: [...WORKING, c('Dear Ms. Mitchell, may I ask the reason for the price change?')],
      draft: 'Sato-san, reason is higher hosting cost and new AI features.',
    },
    {
      name: '"Where are we? The audit starts Monday." -> "the corrected export was delivered this morning"',
      reader: 'GB',
      writer: 'IN',
      history: [
        c('Hi Priya, the VAT export is missing two columns again. Can you get it fixed this week?'),
        r('Hi Tom, sorry, we are on it.'),
        c('Hi Priya, nothing since Tuesday. Where are we? The audit starts Monday.'),
      ],
      draft:
        'Hi Tom, the corrected export was delivered to your SFTP folder this morning, with both columns.',
    },
    {
      name: '"how is the new puppy, still chewing everything?" -> "hahaha yes, two shoes this week"',
      reader: 'AU',
      writer: 'PH',
      history: [
        r('hi Jess, the new banner files are in the shared folder'),
        c('thanks!! btw how is the new puppy, still chewing everything? 🐶'),
      ],
      draft: 'hahaha yes, two shoes this week 😂 tell me if the banners need any tweak',
    },
    // rules.dev.32 generalisations (own wording): a yes before a dash in a question of the rep's
    // own, and time asked for that the reply grants
    {
      name: '"can we start the pilot in March?" -> "yes, of course - could you send the site list?"',
      reader: 'AU',
      writer: 'IN',
      history: [...WORKING, c('Finance approved it! Can we start the pilot in March?')],
      draft: 'Great to hear! yes, of course - could you send me the list of sites for the first wave?',
    },
    {
      name: '"we send the feedback after the audit, ok?" -> "it can wait, good luck and speak soon!"',
      reader: 'NL',
      writer: 'DE',
      history: [
        ...WORKING,
        c('Hi Anna, audit week here. We send the feedback on the draft after the audit, ok?'),
      ],
      draft: 'Hi Joost, it can wait, good luck and speak soon!',
    },
    // rules.dev.31 generalisation (own wording): "how long" is answered by a length of time
    {
      name: '"How long does setup usually take?" answered "Usually 3-4 weeks 👍 Shall I send the form today?"',
      history: [
        ...WORKING,
        c(
          'Looks good, we go with the annual plan. How long does setup usually take? We want to be live by June.',
        ),
      ],
      draft:
        'Usually 3-4 weeks, so June is easy 👍 Shall I send the order form today so we can book the kickoff?',
    },
    // rules.dev.30 generalisation (own wording): a suggestion asked for, options given
    {
      name: '"Can you suggest how we cut it?" answered with two options and a preference',
      history: [
        ...WORKING,
        c(
          'Finance cut our Q1 budget by 15%, so we cannot do all eight workshops. Can you suggest how we cut it?',
        ),
      ],
      draft:
        'Thanks for telling me early. Two options fit: 1) run the six core workshops now and the two electives in Q2; 2) keep all eight but make two of them remote. I would lean towards the first.',
    },
    // rules.dev.30 generalisation (own wording): what the price covers answers what it includes
    {
      name: '"is installation included or extra?" answered by what the SAR 42,000 covers',
      reader: 'SA',
      writer: 'IT',
      history: [
        ...WORKING,
        c('Thanks for the offer. Quick one: is installation included in the price or extra?'),
      ],
      draft:
        'Thank you! The SAR 42,000 covers delivery, installation by our two technicians and one training day; only civil works on site would be quoted separately.',
    },
    // near-miss of the question left open: the rep's reply delivered (no promise), and the client's
    // thanks after it closes the matter
    {
      name: '"any chance u can look at the export?" answered by "Fix deployed", then "you are a lifesaver!!! thank you thank you"',
      history: [
        c('any chance u can look at the PDF export? it hangs and we present to the board at 9 😬'),
        r(
          'Morning Sam, found it: a missing index on big accounts. Fix deployed, the export takes 10 sec now.',
          6,
        ),
        c('SAM HERE. you are a lifesaver!!! the board meeting went perfectly, thank you thank you 🙏🙏'),
      ],
      draft: 'ok. closing the ticket.',
    },
    // rules.dev.30 generalisation (own wording): the steps listed after "Next steps:" in the present
    {
      name: '"so what are the next steps?" answered under "Next steps:" in the present tense',
      history: [
        ...WORKING,
        r(
          'Hi Ana! hope the beach week is great 🌴 no rush, the final offer is in your inbox for when you are back',
        ),
        c(
          'Marcooo, back and rested 😄 and guess what, the board approved it!! thanks so much for your patience with all our questions 🙏 so what are the next steps?',
        ),
      ],
      draft:
        'Ana, que bom!! 🎉 so glad you had a real break. Next steps: our legal team sends the contract on Monday, you sign whenever it suits you, and then we book the kickoff 🙂',
    },
    // rules.dev.26 generalisation (own wording): a delivery date asked in a fragment, answered by the
    // date alone
    {
      name: '"Delivery date for the 3 crates?" answered "Thursday 9 April, before noon."',
      history: [...WORKING, c('Delivery date for the 3 crates?')],
      draft: 'Thursday 9 April, before noon.',
    },
    // near-misses of the chase: "waiting for your answer" chases the question itself, answered here;
    // the warranty chased and given
    {
      name: '"We are waiting for your answer" after a trial question the reply answers',
      history: [
        c('Is a first order of 300 units possible as a trial?'),
        r('I will check with our production and answer tomorrow.'),
        c('Thank you very much. We are waiting for your answer.'),
      ],
      draft: '300 units as a trial order is possible with a 5% surcharge.',
    },
    {
      name: 'asked whether a tolerance is possible, answered by a contracted stance ("isn\'t realistic")',
      history: [
        c(
          'Thank you for the quotation. We would like to request a tolerance of ±1 mm for the flange. Could you kindly check if this is possible with your machine?',
        ),
      ],
      draft: "±1 mm isn't realistic for this flange, and it's not needed either. We'll quote with ±2 mm.",
    },
    {
      name: 'a change proposed with "we can consider", answered by a stance that it is not the issue',
      history: [
        c(
          'Thank you for the report. Maybe the low turnout was the Friday date. Perhaps next time we can consider a Tuesday?',
        ),
      ],
      draft: 'Hi Sari, I do not think so: the date is not the problem, the invitations went out late.',
    },
    {
      name: 'asked to adjust the price, answered by a question on the comparison and asking management',
      history: [
        c(
          'Thank you for the offer. Another supplier is 6% cheaper. Kindly advise if you can adjust the price.',
        ),
      ],
      draft:
        'Dear Mr. Tan, thank you for sharing this. Does the other offer include commissioning? I will also ask our management about the freight.',
    },
    {
      name: 'asked whether a fee will change, answered that it stays the same',
      history: [c('Our office moves to Ghent in January. Will the service fee change with the new address?')],
      draft:
        'Hi Lotte, thanks for letting us know. The service fee stays the same: Ghent is in the same zone.',
    },
    {
      name: '"Waiting for the warranty info." answered with the warranty',
      history: [
        c('How long is the warranty?'),
        r('Warranty I will check with our service team and revert tomorrow.'),
        c('Thanks. Waiting for the warranty info.'),
      ],
      draft: 'Sorry for the wait: the warranty is 5 years, with claims handled by our Nairobi partner.',
    },
    // rules.dev.25 generalisation (own wording): "we continue?" carried on by the rep's next step
    {
      name: '"we continue?" answered by "shall I send you the final quote today?"',
      history: [
        ...WORKING,
        c('sorry, I was sick all week. now better. we continue? my partner agrees to the 2 units'),
      ],
      draft: 'so glad you are better! great news about your partner. shall I send you the final quote today?',
    },
    // rules.dev.25 generalisation (own wording): a link given is the document sent
    {
      name: 'a spec sheet asked for in chat, answered with a link',
      history: [...WORKING, c('send me spec sheet for the 24v pack pls')],
      draft: 'hi, here: https://files.example.com/24V-spec.pdf 👍 warranty is 2 yrs, terms on page 3',
    },
    // near-miss of the heading: "Confirmed." on its own says yes
    {
      name: 'a question whether the order is confirmed, answered "Confirmed."',
      history: [...WORKING, c('Is the order for 80 desks confirmed for week 12?')],
      draft: 'Confirmed. The desks leave our plant on Monday of week 11.',
    },
    // Invariance (eval:perturb, lower-case drafts): the answer typed in lower case still answers.
    {
      name: 'a language named in lower case answers the question that capitalised it',
      reader: 'CH',
      writer: 'SE',
      history: [...WORKING, c('One more thing before we sign: do you support French-language screens?')],
      draft: 'hi lukas, the screens are all available in french too, québec terms included.',
    },
    {
      name: '"i land on the 3rd" in lower case says the rep is coming',
      history: [...WORKING, c('Great news on the pilot. Are you still coming to Lisbon in May?')],
      draft:
        'thanks! the pilot team is happy too. i land on the 3rd and stay until friday, would love to meet.',
    },
    // rules.dev.20/21 near-misses (own wording): meeting a deadline is no meeting; a meeting offered
    // is answered by taking it up; a tour of the plant is no meal; a quote promised after its condition.
    {
      name: '"we can meet the deadline" offers no meeting',
      history: [...WORKING, c('Good news: we can meet the March deadline if the parts arrive on time.')],
      draft: 'Great to hear, thank you.',
    },
    {
      name: 'a visit offered is answered by taking it up',
      history: [...WORKING, c('If it suits, I could visit your plant in Brescia in June.')],
      draft: 'You are very welcome, June suits us. The visit can include the new press line.',
    },
    {
      name: 'a request for a quote answered with its precondition',
      history: [...WORKING, c('Could you please send us a quotation for 300 valves?')],
      draft: 'Gladly. Once we receive the drawings, we will prepare the quotation within two days.',
    },
    // rules.dev.20 near-miss (own wording): the rep's own account answers the follow-up on their news.
    {
      name: 'the rep’s road trip asked after is answered by telling how it went',
      history: [
        c('The test build is ready.'),
        r('Thanks! I am off on a road trip along the coast this weekend, back Monday.'),
        c('Welcome back! So how was the road trip?'),
      ],
      draft: 'It was beautiful, we drove the whole coast in two days. The crash logs follow today.',
    },
    // rules.dev.20 generalisation (own wording): a wh-question with an agreement tag is a statement;
    // surprise voiced over a fragment asks for a reaction; a fragment after an answered question
    // offers an answer to it; what the company does answers what it offers; a loading or departure
    // date and a validity answered in one sentence; a travel plan answers whether the rep comes.
    {
      name: 'a wh-question with ", right?" asks only to be agreed with',
      history: [
        ...WORKING,
        c('Tests passed. Why would anyone deploy on a Sunday night, right? Can you deploy on Monday?'),
      ],
      draft: 'Yes, Monday at 10:00 it is.',
    },
    {
      name: 'surprise over a verbless fragment asks for no answer',
      history: [...WORKING, c('Wow, 120 slides? 😄 Can we get a short summary?')],
      draft: 'Guilty as charged! Yes, a two-page summary follows today.',
    },
    {
      name: 'a day offered after a proposal to talk is answered with it',
      history: [...WORKING, c('Could we have a call about the rollout? Sometime next week?')],
      draft: 'Happy to, Tuesday at 10:00 works for me.',
    },
    {
      name: 'what the company offers, answered by what it does',
      history: [c('Hello. What exactly you provide for fleet tracking? We run 60 trucks.')],
      draft: 'Hello Ivan, we track every trailer’s location and temperature in real time.',
    },
    {
      name: 'a departure date and a validity, both answered in one sentence',
      history: [
        ...WORKING,
        c('Could you confirm the departure date of the vessel and the validity of the offer?'),
      ],
      draft: 'The vessel departs on 12 May and the offer is valid until 30 April.',
    },
    {
      name: 'whether the rep still comes is answered by the travel plan',
      history: [
        ...WORKING,
        c('Could the revised rollout plan be ready by Friday? And are you still coming to Oslo in March?'),
      ],
      draft: 'The revised rollout plan is attached. I land on the 9th and will be in Bergen first.',
    },
    // near-misses (own wording): the invitation taken up in the offer's words; a welcome to a webinar
    // with no private occasion is an announcement
    {
      name: 'a home dinner on a dated visit, answered about the dinner, is answered',
      reader: 'GR',
      writer: 'KR',
      history: [
        r('Dear Mr. Nikos, the olive-oil samples are on their way.'),
        c(
          'Thank you! When you are in Athens in June you must come to our house for dinner, my mother bakes.',
          20,
        ),
      ],
      draft:
        'Dear Mr. Nikos, dinner at your house sounds wonderful, thank you. What volume do you plan for Q3?',
    },
    {
      name: 'a welcome to join a product webinar asks nothing of the reader',
      history: [...WORKING, c('The new release is out. You are welcome to join our webinar on Thursday.')],
      draft: 'Thanks, the pricing for the new release is attached.',
    },
    // rules.dev.18 generalisation (own wording): help already under way, a yes that says it covers
    // every request, a talk proposed on a topic the reply settles now, a favour offered back.
    {
      name: 'urgent help asked, answered "looking into it now" with the next step',
      history: [...WORKING, c('The scanner keeps rebooting and we open at nine. Can you help asap?')],
      draft: 'Looking into it now. Please send me the error log from the admin page.',
    },
    {
      name: 'two yes/no requests answered by one yes that covers both',
      history: [
        ...WORKING,
        c(
          'Two things: can we add a second trainer for the March course? Could you also move the exam to a Friday?',
        ),
      ],
      draft: 'Yes to both, I will update the plan today.',
    },
    {
      name: 'a call proposed on the licence terms, overtaken by the terms given now',
      history: [...WORKING, c('Could we discuss the licence terms on a call next week?')],
      draft: 'Happy to! In short: the licence is per site, billed yearly, with free updates.',
    },
    {
      name: 'the client offers to return the favour: nothing to answer',
      history: [
        ...WORKING,
        c('Thanks for the intro to Marta, really kind. Let me know if we can ever return the favour!'),
      ],
      draft: 'My pleasure, I hope the two of you hit it off.',
    },
    {
      name: 'the rep addressed by name, then asked how the holiday went: an account of it answers',
      reader: 'VN',
      writer: 'US',
      clientName: 'Linh',
      repName: 'Mark Ellis',
      history: [
        r('Hi Linh, the new dashboard is live.'),
        c('Anh Mark, how was your Tet holiday? We are testing the dashboard now.'),
      ],
      draft:
        'Linh, we went to my wife’s village and it was so peaceful! Great to hear you are testing the dashboard.',
    },
    {
      name: 'a how-to asked, the steps given as a numbered list',
      reader: 'SE',
      writer: 'BR',
      history: [c('how do I export the monthly report? finance needs it tomorrow')],
      draft: 'Hi Karin! Easy: 1. Open Reports. 2. Pick the month. 3. Click Export and choose PDF.',
    },
    {
      name: 'asked to have a look at a billing doubt, the finding told without "we checked"',
      reader: 'GB',
      writer: 'TR',
      history: [
        c('I think we were charged twice for the March licence. Would you mind having a look when you can?'),
      ],
      draft: 'Dear Helen, the March licence was charged once; the second line is the support renewal.',
    },
    {
      name: 'a question the client answered in a later "all good, just saw it" message',
      reader: 'AU',
      writer: 'PH',
      history: [
        c('Do your agents work public holidays as well?'),
        c('All good, just saw it on page 3. Can we talk on Friday about the rollout?'),
      ],
      draft: 'Hi Jack! Yes, Friday works, I will send an invite for 2pm.',
    },
    {
      name: 'a price asked to be sent, answered by the price list attached',
      reader: 'JP',
      writer: 'AR',
      history: [c('Could you please send us the datasheet and price for the 1 litre tins?')],
      draft: 'Dear Mr. Sato, attached you will find the datasheet and the price list for the 1 litre tins.',
    },
    {
      name: 'a revised fee asked, "let me see what I can do" takes it to whoever decides',
      reader: 'PK',
      writer: 'GB',
      history: [
        c('Thanks Sara, the scope is fine. Could you rework the monthly licence fee? We are a small team.'),
      ],
      draft: 'Understood, Bilal. Let me see what I can do on our side, and I will come back to you.',
    },
    {
      name: 'a better price asked, the rep will check with the finance team',
      reader: 'IN',
      writer: 'DE',
      history: [c('Dear Jonas, the offer is good but could you reconsider the price for 500 units?')],
      draft:
        'Dear Priya, thank you for the feedback. I will check with our finance team and come back to you.',
    },
    {
      name: 'a "delay" for the samples (the French délai) answered by a lead time',
      reader: 'FR',
      writer: 'US',
      history: [c('Dear Mr. Cole, could you confirm the delay for the prototypes? We present them in July.')],
      draft: 'Hi Amélie, great. The prototypes leave our plant in three weeks, well before July.',
    },
    {
      name: 'a home stay offered for a dated visit, accepted with thanks',
      reader: 'AM',
      writer: 'CN',
      history: [
        r('Hi Aram, I plan to come to Yerevan in May for the installation check.'),
        c(
          'Great! When you come in May you must stay two nights with us in Dilijan, my mother will cook dolma.',
        ),
      ],
      draft: 'Hi Aram, thank you so much for the invitation, I would love to come to Dilijan!',
    },
    {
      name: 'a trip asked after with a yes/no tail, answered "I did!" and a word on it',
      reader: 'RO',
      writer: 'GB',
      history: [
        r('Thanks for meeting me in Cluj on Tuesday.'),
        c('Good to hear from you! How was Cluj, did you get to walk around the old centre?'),
      ],
      draft: 'Hi Andrei, I did! The squares by the cathedral were lovely in the evening.',
    },
    {
      name: 'a holiday asked after, the verdict given as a name for it ("I\'d call that a win")',
      reader: 'ID',
      writer: 'AU',
      history: [r('I am off to Lombok for ten days.'), c('Welcome back! How was the holiday in Lombok?')],
      draft: "Hi Budi! Slept a lot and swam every day, I'd call that a win. The samples ship on Monday.",
    },
    {
      name: 'a look asked at a fault, answered by what the engineers found',
      reader: 'KE',
      writer: 'FR',
      history: [c('Dear Luc, the scanners freeze when the network drops. Can your engineers look at that?')],
      draft:
        'Dear Wanjiru, our engineers found that the scanners retry the network forever; firmware 4.1 fixes it and goes out on Monday.',
    },
    {
      name: 'experience asked, answered by past work shown (references, not the same words)',
      reader: 'NO',
      writer: 'ES',
      history: [c('Do you have experience with labels for the Baltic market?')],
      draft:
        'Hi Ingrid, I attach two short cases: a dairy brand in Riga and a brewery we did for a client in Tallinn.',
    },
    {
      name: 'asked to confirm an order by return mail, "received and confirmed" answers',
      reader: 'PL',
      writer: 'IN',
      history: [c('Mr. Shah, order 7781 attached, 600 flanges. Confirm by return mail.')],
      draft: 'Mr. Nowak, order 7781 received and confirmed: 600 flanges, delivery in week 44. Regards, Arjun',
    },
    {
      name: 'asked to prepare a drawing, the reply starts on it today',
      reader: 'AZ',
      writer: 'TR',
      history: [c('Can you prepare the window drawing and price?')],
      draft: 'Salam Rashad bey, we are starting the drawing today, you will have it on Wednesday.',
    },
    {
      name: 'a view asked on a proposal, answered by a recommendation against it',
      reader: 'CA',
      writer: 'UA',
      history: [c('Could we drop the admin panel from v1? Keen to hear your take.')],
      draft: 'Hi Ryan, no, I would recommend keeping it: without it your staff edits orders in the database.',
    },
    {
      name: 'a when-question after a courtesy word ("abeg"), answered by the arrival date',
      reader: 'NG',
      writer: 'IN',
      history: [c('Good evening Ravi. Abeg when will the generators reach Onitsha?')],
      draft: 'Good evening Emeka, the truck left Lagos this morning and should be in Onitsha on Friday.',
    },
    {
      name: 'how quickly the engineers can start, after a lead-in clause, answered by their start dates',
      reader: 'CZ',
      writer: 'IN',
      history: [c('Dear Anil, after the interviews last week, how quickly can the two testers start?')],
      draft: 'Dear Petra, Meera can begin on 3 February and Arjun one week later.',
    },
    {
      name: 'a home dinner for the rep and a colleague, accepted with thanks',
      reader: 'AR',
      writer: 'HR',
      history: [c('On Friday 5 you and Ivana must come to my house, my wife will cook locro.')],
      draft: 'Dear Martín, thank you so much for the invitation, we would love to come on Friday!',
    },
    {
      name: 'a cost split asked, the reply gives both parts',
      reader: 'SG',
      writer: 'LT',
      history: [c('Could you share the breakdown between hardware and support for the 50 scanners?')],
      draft: 'Hardware is EUR 33,000 and two years of support EUR 8,000.',
    },
    {
      name: 'asked how the trip to a named city went, the reply says how',
      reader: 'MX',
      writer: 'VN',
      history: [c('How did it go in Guadalajara?')],
      draft: 'Guadalajara went very well, thank you! The pilot report follows on Friday.',
    },
    {
      name: 'a hope that the rep’s mother has recovered, the reply says she is better',
      reader: 'SA',
      writer: 'CN',
      history: [c('Dear Mr. Wang, I hope your mother has recovered from her surgery.')],
      draft: 'Dear Mr. Saleh, thank you for remembering, she is much better and back home.',
    },
    {
      name: 'a test run asked in chat shorthand, "all green" is the yes',
      reader: 'IE',
      writer: 'PL',
      history: [c('release out?'), r('yes, just now'), c('nice. regression suite?')],
      draft: 'all green',
    },
    {
      name: 'asked to advise if the pumps can come in two lots, a yes after the greeting answers',
      reader: 'NG',
      writer: 'NO',
      history: [c('Dear Ingrid, kindly advise if the pumps can be shipped in two lots.')],
      draft: 'Dear Chidi, I trust the site works go well. Yes, two lots are fine: May and July.',
    },
    {
      name: 'a yes after a greeting with a title and a name',
      reader: 'PH',
      writer: 'AT',
      history: [c('Good morning Sir Lukas, can the pickup move to Tuesday? Our dock is closed Monday.')],
      draft: "Good morning Ma'am Joy, yes, Tuesday works. The truck comes at 9:00.",
    },
    {
      name: 'a flexibility on the fee asked without "can you", a stance on it answers',
      reader: 'AU',
      writer: 'RS',
      history: [c('Any leeway on the fee if we handle the testing ourselves?')],
      draft: 'The fee is realistic for this scope; the testing is only two days of it.',
    },
    {
      name: 'asked how updates are handled offline, the reply says how',
      reader: 'MY',
      writer: 'EE',
      history: [c('How do you handle firmware updates in that case?')],
      draft: 'Firmware updates arrive as signed files on a USB key, and your admin installs them.',
    },
    {
      name: 'a tag question with a claim, the reply takes a side with a but',
      reader: 'PT',
      writer: 'HU',
      history: [c('I think the invoice is wrong because your system double-counted, no?')],
      draft: 'I see why it reads that way, but our system counted once; the second line is the freight.',
    },
    {
      name: 'asked about the weekend, "a quiet one" and a walk answer it',
      reader: 'GB',
      writer: 'IE',
      history: [...WORKING, c('Did you get up to anything nice at the weekend?', 100)],
      draft: 'A quiet one, just a long walk by the sea. The October figures are in the shared folder.',
    },
    {
      name: 'the old payment terms asked, answered by the term itself',
      history: [c('Could you remind me what the payment terms were in our old framework agreement?')],
      draft: 'Bonjour Luc, it was 45 days from invoice, with 1% off for payment within a week.',
    },
    {
      name: 'asked about the weekend, answered by what the rep did, in other words',
      history: [
        ...WORKING,
        c('Morning! Get up to anything nice at the weekend? We froze at the rugby.', 100),
      ],
      draft:
        'Morning! We finally took the kids to the zoo on Saturday, they loved the penguins. The report is attached.',
    },
    {
      name: 'asked who else uses it, answered by the kind of client, unnamed',
      history: [c('Sounds promising. Who else in Peru is running it? We move slowly with new vendors.')],
      draft:
        'Thank you, Rosa. Three of the leading microfinance lenders in Lima score their loans on it; I can put you in touch with one.',
    },
    {
      name: 'asked to take a look at a failing export, answered by the check made',
      history: [
        c(
          'Hi Ivan, great sprint! Bad part: since Monday the PDF export times out for big reports. Can your team have a look when possible?',
        ),
      ],
      draft:
        'Hello Diego. We tested the PDF export with a 900-page report and it finishes in 40 seconds here.',
    },
    {
      name: 'asked to "take look" (no article) at a sync error, answered by the check made',
      history: [
        c('Hi Olena, since Friday sync with warehouse system fails at night. Can your team take look?'),
      ],
      draft:
        'Hi Vusi, we checked the night sync: the warehouse API changed its token format, a fix is on staging.',
    },
    {
      name: 'a guarantee period asked, answered by a length of time in other words',
      history: [c('Thank you for the offer. Also kindly advise the guarantee period for the inverters.')],
      draft: 'Dear Ahmed, every inverter is covered for a 5-year term, parts and labour.',
    },
    {
      name: 'the period a report covers, answered by its dates from ... to ...',
      history: [c('Is your pen-test report recent, and what period does it cover?')],
      draft: 'Yes, the report is recent: the test window ran from 2 February to 20 March this year.',
    },
    {
      name: 'how long an audit takes, answered by a range ("three to five weeks")',
      history: [c('What is the usual duration of your ISO audit preparation?')],
      draft: 'It normally takes three to five weeks, depending on how many sites you have.',
    },
    {
      name: 'asked about experience with a regulator, a "not yet, but" on it answers',
      history: [
        c('Do you have any experience with the NCA cloud controls? We need a partner who knows them.'),
      ],
      draft:
        'Thank you, Omar. We have not worked under the NCA controls yet, but we would map our work to them from day one.',
    },
    {
      name: 'a ship date asked, answered with short-form dates ("Feb 9", "3 Mar")',
      history: [c('Pls confirm ship date for the 40 drums of resin. LC is open.')],
      draft: 'Hi Tanvir. Loading in Antwerp on Feb 9, arriving Apapa about 3 Mar.',
    },
    {
      name: '"..., or is it too late?" answered by its own "no": "Too late for this batch"',
      history: [c('Can we still switch the first batch to the EU plug version, or is it too late?')],
      draft: 'Too late for this one, I am afraid: it is already packed. The second batch can have it.',
    },
    {
      name: 'a plan to take the rep round the site is no invitation: nothing skipped',
      history: [
        c('We will take you to the plant for the acceptance test on Tuesday. Please send the test protocol.'),
      ],
      draft: 'Thank you, the test protocol is attached.',
    },
    {
      name: 'a clause to confirm after "Meanwhile" is answered by a yes',
      history: [c('Meanwhile pls confirm the pallets will be shrink-wrapped for sea freight.')],
      draft: 'Yes, every pallet is shrink-wrapped and strapped.',
    },
    {
      name: 'a figure after a colon answers the payment term',
      reader: 'IN',
      writer: 'GB',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [c('Dear Mei, what is the payment term for this order?')],
      draft: 'Dear Kelvin, thank you for the PO. Same as last time: 30 days from invoice.',
    },
    {
      name: 'a count held answers "do you have stock?"',
      reader: 'AE',
      writer: 'GB',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [c('Dear Mei, do you have stock of the 2-inch valves?')],
      draft: 'Dear Kelvin, thank you for your enquiry. We have 120 pieces ready in Dubai.',
    },
    {
      name: '"received with thanks" confirms receipt',
      reader: 'IN',
      writer: 'IN',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [c('Dear Mei, kindly confirm receipt of the payment.')],
      draft: 'Dear Kelvin, received with thanks.',
    },
    {
      name: '"just saw on your site that you do": the client answered their own question later',
      reader: 'GB',
      writer: 'GB',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [
        c('Hi Mei, do you ship to Kenya?'),
        c('Ah, just saw on your site that you do. Could you quote 20 units to Nairobi?'),
      ],
      draft: 'Hi Kelvin, 20 units to Nairobi come to USD 8,400 including freight.',
    },
    {
      name: '"who would have thought ...?" exclaims, it asks nothing',
      reader: 'US',
      writer: 'GB',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [
        c(
          'Hi Mei, who would have thought the rollout would go so smoothly? Thanks to your team. Next, we want to add the Denver site.',
        ),
      ],
      draft: 'Hi Kelvin, happy to add Denver. I will send the updated quote tomorrow.',
    },
    {
      name: '"please go ahead" consents to "shall we go ahead?"',
      reader: 'IN',
      writer: 'GB',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [c('Dear Mei, shall we go ahead with the 6-month plan?')],
      draft: 'Dear Kelvin, please go ahead, I will send the agreement.',
    },
    {
      name: '"still open lah" echoes the adjective a be-question asks about',
      reader: 'SG',
      writer: 'SG',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [c('Hi Mei, is the Saturday delivery slot still open?')],
      draft: 'Hi Kelvin, still open lah, I keep it for you.',
    },
    {
      name: 'Malaysian "confirm can" says yes to whether the team can start',
      reader: 'MY',
      writer: 'MY',
      clientName: 'Kelvin',
      repName: 'Mei',
      history: [c('Hi Mei, can the team start on Monday?')],
      draft: 'Hi Kelvin, confirm can. They will reach at 9am.',
    },
    {
      name: 'Singapore English "can." answers a yes/no delivery question',
      reader: 'SG',
      writer: 'SG',
      history: [c('Hi Wei Ling, can you deliver the 40 chairs to our Jurong office on Thursday?')],
      draft: 'Hi Daniel, can. Our driver will call you in the morning.',
    },
    {
      name: '"noted, will do" answers whether the engineer will bring the certificate',
      reader: 'IN',
      writer: 'IN',
      history: [
        c('Dear Ravi, please ensure the engineer carries the calibration certificate. Will he bring it?'),
      ],
      draft: 'Dear Sir, noted, will do. Regards.',
    },
    {
      name: '"PFA the COA" answers a request for the certificate of analysis',
      reader: 'IN',
      writer: 'IN',
      history: [c('Dear Rajesh, can you share the certificate of analysis for batch 2231?')],
      draft: 'Dear Sir, PFA the COA for the said batch. Regards, Vikram',
    },
    {
      name: 'a link answers where to download the manual',
      reader: 'NL',
      writer: 'GB',
      history: [c('Hi Tom, where can I download the updated user manual?')],
      draft: 'Hi Sanne, here is the link: https://example.com/manuals/v4',
    },
    {
      name: 'the attached sheet, said about the stock, answers which parts are in stock',
      reader: 'DE',
      writer: 'IN',
      history: [c('Hello Amit, which of the spare parts are in stock in Pune?')],
      draft: 'Hello Jonas, please see the attached sheet, stock is marked in green.',
    },
    {
      name: 'a figure leading the reply answers how many',
      reader: 'KE',
      writer: 'GB',
      history: [c('Hi Paul, how many units can you ship before the end of the month?')],
      draft: 'Hi Wanjiru, 350 from the Mombasa stock, the rest in early June.',
    },
    {
      name: 'a dated "will revert" answers a status question',
      reader: 'IN',
      writer: 'IN',
      history: [c('Dear Mr Rao, what is the status of the warranty claim for unit 7?')],
      draft: 'Dear Sir, we are checking with the factory and will revert by Monday.',
    },
    {
      name: 'an invariant "isn\'t it?" tag asks for agreement, not an answer',
      reader: 'IN',
      writer: 'GB',
      history: [
        c("Dear Tom, the rainy season makes delivery hard, isn't it? We can take the pumps in July."),
      ],
      draft: 'Dear Rahul, July is fine for us, I will book the shipment.',
    },
    {
      name: 'a two-part request answered in other words for both parts',
      reader: 'IN',
      writer: 'CN',
      history: [
        r('Dear Mr. Iyer, the proforma for the 2,000 valves is attached.'),
        c(
          'Dear Ms. Chen, payment is done. Kindly confirm the shipping date and send the bill of lading draft.',
        ),
      ],
      draft:
        'Dear Mr. Iyer, thank you, payment received. The valves leave Tianjin on 14 May, and the B/L draft is attached.',
    },
    {
      name: 'a lead time answered by a duration',
      reader: 'AE',
      writer: 'IT',
      history: [c('Dear Marco, please advise the lead time for the six pumps to Jebel Ali port.')],
      draft: 'Dear Omar, thank you. It is about eight weeks from your order, by sea to Jebel Ali.',
    },
    {
      name: 'a product code with dots is no date, but the delivery date told is',
      history: [c('Kindly confirm the delivery date and the HS code for the hoses.')],
      draft: 'Dear Ravi, the HS code is 4009.31.00 and the hoses will be delivered on 20 June.',
    },
    {
      name: 'a call proposed as a statement, taken up',
      reader: 'GB',
      writer: 'NL',
      history: [c('Hi Pieter, it has been patchy so far. Would be good to catch up when you are in London.')],
      draft: "Hi Sarah, sorry to hear that. Let's meet on Tuesday, I am in London from Monday.",
    },
    {
      name: 'a call proposed in a chat, accepted in a word',
      reader: 'US',
      writer: 'MX',
      history: [c('thanks! we should have a quick call about the launch next week')],
      draft: 'sounds good! Thursday 11am works on my side',
    },
    {
      name: 'a past meeting praised is no proposal',
      reader: 'GB',
      writer: 'NL',
      history: [c('Hi Pieter, it was good to meet you at the fair. Please send the price list.')],
      draft: 'Hi Sarah, the price list is attached.',
    },
    {
      name: 'a request to look at a bug is answered by disputing the bug',
      reader: 'US',
      writer: 'ES',
      history: [
        c(
          'Hi Luis, our testers see double charges in the sandbox. Can your team take a look before the 20th?',
        ),
      ],
      draft:
        'Hi Dan, this is not an error in our API. The double charges happen because your server takes more than 5 seconds to answer, so we retry.',
    },
    {
      name: 'a request for a better price answered by a stance on the price',
      reader: 'VN',
      writer: 'IT',
      history: [c('Thank you for the quotation. Could you consider a lower price for 3,000 units?')],
      draft: 'Dear Mr. Tran, thank you. 11.40 EUR is already our lowest price for this quantity.',
    },
    {
      name: 'whether a tolerance is possible, answered "not feasible"',
      reader: 'KR',
      writer: 'CH',
      history: [c('Could you kindly check if a flatness of 0.005 mm is possible on your line?')],
      draft: 'Dear Ms. Park, 0.005 mm is not feasible on this line; we can guarantee 0.01 mm.',
    },
    {
      name: 'whether the survey is finished, answered "all done"',
      reader: 'AE',
      writer: 'JO',
      history: [c('Did your engineers complete the site survey in Al Ain?')],
      draft: 'Dear Khalid, yesterday evening the last two towers were surveyed, so Al Ain is done.',
    },
    {
      name: 'whether the rep will be at the fair, answered by the booth',
      reader: 'CA',
      writer: 'FI',
      history: [
        c('Will you guys be at the Toronto packaging expo next month? Would love to see the machine.'),
      ],
      draft: 'Hi Dan, we have stand 2214 with the full line running, and I will be there on all three days.',
    },
    {
      name: 'a question in Spanish answered by a statement that takes up its matter',
      reader: 'ES',
      writer: 'AR',
      history: [c('Hola Martín, ¿a partir de cuándo estaría disponible la integración con SAP?')],
      draft: 'Hola Raquel, la integración con SAP llega en la versión de junio.',
    },
    {
      name: 'hospitality offered as "an honour to host you", accepted',
      reader: 'SA',
      writer: 'FR',
      history: [c('Dear Julien, it will be an honour for me to host you for dinner at my home on the 13th.')],
      draft: 'Dear Faisal, thank you for the kind invitation, we would be delighted to join you on the 13th.',
    },
    {
      name: 'a question put by name to a colleague in copy is theirs to answer',
      history: [
        c(
          'Paul, thank you for the recording, the engineers will watch it. Priya, could you resend invoice 2231 with our new VAT number?',
        ),
      ],
      draft: 'Dear Olga, glad the recording is useful. I can set up a Q&A with our product lead next week.',
    },
    {
      name: 'a price the rep cannot give yet, promised by a date',
      history: [c('Could you tell us what the price for 200 licences of the monitoring software would be?')],
      draft:
        'Thank you. The volume tier needs our pricing committee, which meets on Wednesday. I will send you the price by Thursday 14 May at the latest.',
    },
    {
      name: 'a request declined in so many words is answered',
      history: [c('We heard another bank uses your system. Can you tell us what price they are paying?')],
      draft:
        'Thank you for your question. I’m afraid I can’t share another client’s pricing, just as we would protect yours.',
    },
    {
      name: 'availability answered by when it is planned',
      history: [c('Is your platform available in Turkish?')],
      draft:
        'Hello Kemal, the Turkish interface is scheduled for September; until then the admin panel is in English.',
    },
    {
      name: 'a request for help with the matter just told, taken on with a time',
      history: [c('The printer you sold us has jammed again. Can someone look at it?')],
      draft: 'Sorry about that. Our technician can be with you tomorrow at 9 with a replacement feeder.',
    },
    {
      name: 'a walk-through asked for, given as numbered steps',
      history: [c('Can you walk me through getting an API key? I couldn’t find it in the portal.')],
      draft:
        "Here's how:\n1. Open Settings > Developer.\n2. Click 'Create key' and name it.\n3. Copy it straight away.",
    },
    {
      name: '"can we meet?" answered with "gladly" and a slot proposed as a question',
      history: [c("Dear Luis, great, can we meet while you're here? I'd like you to meet our head roaster.")],
      draft: 'Dear Jean-Pierre, gladly, thank you! Does Thursday 21 May at 15:00 at your roastery suit you?',
    },
    {
      name: 'two closed questions, the second answered after a label the tagger takes for a name',
      history: [c('Is the 20 Nov slot still free? and do you need site access badges for your crew?')],
      draft: 'Yes, 20 Nov is still free. Badges: yes please, for 3 people.',
    },
    {
      name: 'a count answered in a sentence that also asks, without a question mark',
      history: [c('how many seats left in the Oct cohort?')],
      draft: '7 as of this morning 🙂 I can hold seats for 48 h if you tell me how many.',
    },
    {
      name: 'a question in Portuguese answered by a statement that takes up its matter',
      reader: 'BR',
      writer: 'ES',
      history: [
        c('Olá Javier, obrigada! A instalação está incluída? E qual é o prazo de entrega dos sensores?'),
      ],
      draft:
        'Olá Fernanda! Sim, a instalação está incluída. Os sensores chegam em quatro semanas depois do pedido.',
    },
    {
      name: 'a trip question in the client’s language, answered with thanks for asking and the place',
      reader: 'MX',
      writer: 'CO',
      history: [
        c('Hola Diego, ¿qué tal el viaje a Lima? The samples arrived. Can you send the price for 500 kilos?'),
      ],
      draft: 'Hola Ana, Lima was great, thanks for asking! For 500 kilos the price is USD 7.20 per kilo.',
    },
    // rules.dev.28 generalisation (own wording): "all good there?" in chat is how are you
    {
      name: '"all good there?" answered by "all good here, thanks"',
      reader: 'AR',
      writer: 'BR',
      history: [c('Hi Lucas! everything ok there? quick q: do you have the 36V pack in stock?')],
      draft: 'Hi Martín! all good here, thanks 😅 yes, 80 units of the 36V pack, can ship Monday.',
    },
    {
      name: '"Tudo bem?" answered in kind',
      reader: 'BR',
      writer: 'PT',
      history: [c('Joana, tudo bem? 😄 is delivery to Recife included?')],
      draft: 'Tudo ótimo, e contigo? Delivery to Recife is included for orders above 5 pallets.',
    },
    {
      name: 'a request to fix "it" (the invoice just mentioned), answered by the fix on its way',
      history: [
        ...WORKING,
        c('The invoice has the wrong VAT number 🙈 Can you fix it before our audit?', 100),
      ],
      draft: 'Oops, sorry! The corrected invoice is on its way.',
    },
    {
      name: 'a call proposed under "if possible", answered with a time for it',
      history: [...WORKING, c('If possible, could we have a short call this week about the rollout?', 100)],
      draft: 'Sure, let’s have the call on Thursday at 10:00 CET.',
    },
    {
      name: 'a bare "would you mind double-checking?" after a doubtful question, answered on its matter',
      history: [
        ...WORKING,
        c(
          'I may be wrong, but isn’t the notice period 30 days rather than 90? Would you mind double-checking?',
          100,
        ),
      ],
      draft: 'I checked: the contract says 90 days for the notice period, in clause 12.',
    },
    {
      name: 'a question the client took back in a later message opening "Actually, ..."',
      history: [
        c('How was the wedding in Cork?'),
        c('Actually, never mind, tell me Monday. I need the tracking number now.', 1),
      ],
      draft: 'Sure, the tracking number is 1Z 999 AA1 0123 4567 84.',
    },
    {
      name: 'a request to resend answered by reporting it done: "sent it again"',
      history: [c('could you resend the packing list? it got lost somewhere')],
      draft: 'sure, sent it again just now',
    },
    {
      name: 'a request answered by carrying it out as the rep writes: "sending it over now"',
      history: [c('courier lost our paperwork 😬 anyway can you resend the return label for the two pumps?')],
      draft: 'resending now - return #5521 covers both pumps, should be in your inbox in 2 min.',
    },
    {
      name: 'a request taken on: "on it"',
      history: [c('the export is broken again, can you look?')],
      draft: 'on it, the disk on the job server is full. back up in 20 min',
    },
    {
      name: 'advice asked for, advice given in the imperative',
      history: [c('First time in Kraków next week! Any recommendations?')],
      draft:
        'Lovely! Walk the Planty park at sunset and book a table at the old town square. See you on Tuesday.',
    },
    {
      name: 'a how-many question answered by a bare figure',
      history: [c('how many seats are still free on the plan?')],
      draft: '12 of 40 🙂',
    },
    {
      name: 'a which-question answered by naming the kind asked for, in another form',
      history: [c('Which certifications does your Brno plant hold?')],
      draft: 'Dear Petra, our certificates for Brno are attached: ISO 9001 and ISO 45001.',
    },
    {
      name: 'a who-question answered by naming the people',
      history: [c('We got the invitation. Who from your side will come to the workshop?')],
      draft: 'Great! My colleague from engineering and me.',
    },
    {
      name: 'a request for a list is answered by the list itself, after a colon',
      history: [c('Can you send me a list of what our team has to prepare before the go-live?')],
      draft:
        'Hi Anna Maria, of course! Before the go-live: 1. Create the user accounts. 2. Export the customer data. 3. Book a room for the training. Best, Tom',
    },
    {
      name: 'a yes after a salutation with a two-word name answers',
      history: [c('Does the licence cover the test environment?')],
      draft: 'Hi Anna Maria, yes, the test environment is covered. Best, Tom',
    },
    {
      name: 'one side of "in or out" closing the reply answers it',
      history: [c('are you in or out on the joint webinar? need to know today')],
      draft: "We're in! Our speaker will send her slides on Monday.",
    },
    {
      name: '"what kind of X" asks about X',
      history: [c('Interesting. What kind of savings have your customers seen?')],
      draft: 'Our customers cut their freight costs by 20% in the first year.',
    },
    {
      name: 'a who-question is answered by contact details that take it up',
      history: [c('Who should our staff call if the scanners stop working at night?')],
      draft: 'Your staff can call our hotline on +44 20 7946 0000 at any hour.',
    },
    {
      name: '"here\'s the file" gives the file asked for',
      history: [c('can you send the log file so we can check it too?')],
      draft: "ok here's the file",
    },
    {
      name: 'a request for a quote is answered by quoting it in the reply',
      history: [c('The pilot went well. Could you send us a quotation for the two other warehouses?')],
      draft: 'Hello Alex, for both warehouses the licence is 52,000 EUR a year, installation included.',
    },
    {
      name: 'asked what they are up to, the rep says what they do',
      history: [c('Thanks for the note, Marina! What have you been up to since the conference?')],
      draft:
        'Mostly travelling, to be honest: I’m now helping logistics firms in the Baltics plan their routes.',
    },
    {
      name: 'asked why they wrote, the rep gives the reason',
      history: [c('Hello, thanks for connecting. Why are you reaching out?')],
      draft:
        'Thank you for accepting. I lead sales for Nordlys Analytics in the UK, and I saw your team is hiring data engineers.',
    },
    {
      name: 'a capability question ("can the report include ...?") is answered by a yes',
      history: [c('Can the weekly report include the warehouse codes?')],
      draft: 'Yes.',
    },
    {
      name: 'a request to resend is answered by sending it',
      history: [c('The attachment would not open on my side. Could you resend?')],
      draft: 'Apologies, here is a fresh link to the file: files.example.com/q3-plan.',
    },
    {
      name: 'a question with no content of its own asks about what the message said before it',
      history: [
        c('The login page times out for our Madrid users after the update. What will you do about it?'),
      ],
      draft: 'We found the cause in the update and will roll out a fix for the login page tonight.',
    },
    {
      name: 'asked what we need, the reply answers by saying what it needs',
      history: [c('We have budget approval for the 20 licences. What do you need from our side?')],
      draft:
        'Wonderful, thank you! Could you send us the signed order form? We can then activate the licences within a day.',
    },
    {
      name: 'an amount of money answers a price question, whatever words frame it',
      history: [c('Saw the launch post. Rough price range for a three-site rollout?')],
      draft: 'Somewhere around 40-55k EUR, depending on the number of users.',
    },
    {
      name: 'asked when the rep is free, proposing a slot answers, even as a question',
      history: [c('Glad to talk. Which days suit you the week after next?')],
      draft: 'Would Wednesday the 9th at 10:00 London time work?',
    },
    {
      name: 'a label before the colon is not part of the question',
      history: [c('Honest question from our finance director: which currencies can you invoice in?')],
      draft: 'We invoice in euros, dollars and pounds.',
    },
    {
      name: 'a yes after a colon answers',
      history: [c('Is the mobile app included in the basic plan?')],
      draft: 'About your question: yes, at no extra charge.',
    },
    {
      name: 'taking up the question’s verb says yes',
      history: [c('Did your accounts team already approve the revised payment schedule?')],
      draft: 'Approved this morning.',
    },
    {
      name: 'naming one alternative answers an either-or question',
      history: [c('Is the Outlook plug-in stable now or is it still in preview?')],
      draft: 'It is in preview for another month.',
    },
    {
      name: '"would that work?" asks about the proposal just before it',
      history: [c('We would like to move the training to our Lyon office. Would that work?')],
      draft: 'Lyon is fine for us, our trainer can travel on the 12th.',
    },
    {
      name: 'a stance on a proposal answers it, even a no',
      reader: 'GB',
      history: [c('I wonder whether we could split the rollout into two phases, to spread the cost?')],
      draft: 'A split rollout would double the setup work, so we recommend a single phase.',
    },
    {
      name: 'a bare "any update?" asks about the matter last raised',
      history: [c('The export fails on files over 2 GB.'), r('Checking.'), c('Any update?')],
      draft: 'The export fix is in build 4.2, out tomorrow.',
    },
    {
      name: 'a question about a date is answered by a date',
      history: [c('Any news on the date? Our IT team needs to plan.')],
      draft: 'We can begin on 3 June.',
    },
    {
      name: 'what we need answers what do you need',
      history: [c('We would like to begin in June. What do you need from our side?')],
      draft: 'Great news! We just need the admin contacts and a test account.',
    },
    {
      name: 'a greeting name is no answer, but a verdict in other words is',
      clientName: 'Mark Reed',
      repName: 'Yuki',
      history: [c('Hi Yuki, how did your workshop at the expo go?')],
      draft: 'Hi Mark, it went really well, the room was packed.',
    },
    {
      name: 'what we do answers what does your company do',
      history: [c('Thanks for the note. What does your company do, in short?')],
      draft: 'In short, we help clinics schedule staff across several sites.',
    },
    {
      name: 'a price list is sent, not priced',
      history: [c('Also, when can you share the updated price list?')],
      draft: 'The updated price list will be ready on Monday.',
    },
    {
      name: 'a lead time answered in words ("about six weeks")',
      history: [
        c('Thanks for the quote.'),
        r('You are welcome.'),
        c('Can you deliver to our Lyon plant, and what would the lead time be?'),
      ],
      draft: 'Yes, we deliver to Lyon; the lead time is about six weeks from the order.',
    },
    {
      name: 'weather answered in other words',
      reader: 'US',
      history: [...WORKING, c("How's the weather over there? It's been brutally hot here.")],
      draft: 'Warm and sunny here too, thanks! The contract is attached.',
    },
    {
      name: 'weekend answered with a story',
      reader: 'AU',
      writer: 'RU',
      history: [...WORKING, c('How was your weekend?')],
      draft: 'We went to the dacha with the kids, it was lovely. The roadmap is attached.',
    },
    {
      name: 'a trip asked about, answered by the rep’s own account without the question’s words',
      reader: 'KR',
      writer: 'DE',
      history: [...WORKING, c('How was the flight home to Hamburg?')],
      draft:
        'The journey was long but smooth, and I slept most of the way. The test report follows on Monday.',
    },
    {
      name: 'a festival asked about, answered by how it went at the rep’s home',
      reader: 'NG',
      writer: 'IN',
      history: [...WORKING, c('Good afternoon Ravi, how was Pongal?')],
      draft:
        'Good afternoon! We were very busy, my aunts came from Madurai and cooked for days. The order is confirmed.',
    },
    {
      name: 'a question about nothing but a day is answered by that day',
      reader: 'DK',
      writer: 'PL',
      history: [...WORKING, c('Are we still on for Thursday?')],
      draft: 'Thursday it is, see you at ten.',
    },
    {
      name: 'two numbered questions in one sentence, both answered',
      reader: 'KE',
      writer: 'TR',
      history: [
        ...WORKING,
        c(
          'Thank you for the offer. Two points before we order:\n1) what is the lead time to Mombasa,\n2) is the installation included in the price?',
        ),
      ],
      draft:
        'The lead time to Mombasa is six weeks from the order, and yes, installation is included in the price.',
    },
    {
      name: 'asked for the rep’s time, answered by a slot proposed as a question',
      reader: 'GB',
      writer: 'PL',
      history: [...WORKING, c('Would you have twenty minutes next week for the retention clause?')],
      draft: 'Thanks for the notes on the clause. Would Thursday at 10:00 UK time suit you?',
    },
    {
      name: 'asked whether the rep is free, answered by a yes in other words',
      reader: 'IE',
      writer: 'IN',
      history: [...WORKING, c('Are you free for a quick call about the renewal?')],
      draft: 'Happy to, I will ring you after lunch.',
    },
    {
      name: 'which preparations are needed, answered by what the client must provide',
      reader: 'CH',
      writer: 'US',
      history: [...WORKING, c('Which preparations are needed on site before the installation?')],
      draft:
        'The floor must be level, and your facilities team needs to provide a 32 A socket near the press.',
    },
    {
      name: 'what to prepare for an audit, answered by a duty told',
      reader: 'DE',
      writer: 'IN',
      history: [...WORKING, c('What should we prepare for the supplier audit?')],
      draft: 'Your QA lead should have the batch records and calibration logs ready.',
    },
    {
      name: 'delivery before a date asked, answered by when the goods leave and arrive',
      reader: 'LT',
      writer: 'ES',
      history: [...WORKING, c('Also, can you ship the first batch by 15 March? Our new site opens then.')],
      draft: 'Good news: the pallets leave our plant in week 8 and reach you about ten days later.',
    },
    {
      name: 'a call asked for, then thanked for in a later message: it took place',
      reader: 'JP',
      writer: 'AU',
      history: [
        ...WORKING,
        c('Could we have a video call next week?'),
        c('Thank you for your time on the video call this morning. Our lab would like two samples.'),
      ],
      draft: 'The two samples go out on Monday.',
    },
    {
      name: 'a certificate asked for, then thanked for: received in the meantime',
      reader: 'DE',
      writer: 'IN',
      history: [
        ...WORKING,
        c('Can you send the calibration certificate for unit 4?'),
        c('Thanks for the certificate, all clear now. When can your engineer come?'),
      ],
      draft: 'Our engineer can come on Thursday at 9.',
    },
    {
      name: 'back from leave, asked what was missed, answered by the news of the account',
      reader: 'FI',
      writer: 'ES',
      history: [...WORKING, c('Back at my desk after three weeks. What have I missed?')],
      draft: 'Welcome back! The pilot in Tampere went live on the 3rd and Outi signed the extension.',
    },
    {
      name: 'drawings asked for in the imperative, handed over',
      reader: 'NL',
      writer: 'RU',
      history: [c('Send me the drawings for the bracket, I will check them tonight.')],
      draft: 'Here they are, revision C.',
    },
    {
      name: 'a price list asked for in the imperative, reported sent in a word',
      reader: 'US',
      writer: 'JP',
      history: [c('pls send the updated price list')],
      draft: 'Sent! Let me know if anything is unclear.',
    },
    {
      name: 'a contract asked for in the imperative, taken up by a question about it',
      reader: 'SG',
      writer: 'IN',
      history: [c('We are ready to go. Send over the contract.')],
      draft: 'Wonderful, thank you! Shall I address it to you or to your legal team?',
    },
    {
      name: 'a question the rep’s last message answered is not carried to the draft',
      reader: 'DK',
      writer: 'IN',
      history: [
        c('Could you send the security whitepaper? And does the app work offline on the ships?'),
        r('Yes, it works offline and syncs in port. I will send the whitepaper tomorrow.'),
        c('Great, thanks.'),
      ],
      draft: 'Please find the security whitepaper attached.',
    },
    {
      name: 'a question passed over earlier, but the client has moved on with news of their own',
      reader: 'DK',
      writer: 'IN',
      history: [
        c('Could you send the security whitepaper? And does the app work offline on the ships?'),
        r('Thank you! I will send the whitepaper tomorrow.'),
        c(
          'Thanks. Our IT director has approved the pilot on two vessels, starting in March with the Baltic routes.',
        ),
      ],
      draft: 'Wonderful news! Please find the security whitepaper attached.',
    },
    {
      name: '"¿Cómo estás?" in the client\'s Spanish answered by how things went',
      reader: 'MX',
      writer: 'PL',
      history: [c('Hola Tomasz, ¿cómo estás? We need a quote for 30 seats.')],
      draft:
        'Hola Lucía, the move to the new office went well, thank you! The quote for 30 seats is attached.',
    },
    {
      name: "a greeting in the client's language before the question: the trip is what is asked",
      reader: 'BR',
      writer: 'DE',
      clientName: 'Renata',
      repName: 'Jonas',
      history: [c('Olá Jonas, how was the flight back to Munich?')],
      draft: 'Olá Renata, the flight back to Munich was long but calm, I slept most of it.',
    },
    {
      name: 'how are you answered',
      reader: 'GB',
      writer: 'UA',
      history: [c('Hi, how are you? We need a quote for 30 seats.')],
      draft: "I'm well, thank you! The quote for 30 seats is attached.",
    },
    {
      name: 'file request answered by the attachment',
      reader: 'DE',
      writer: 'CN',
      history: [...WORKING, c('Can you send the deck from the workshop?')],
      draft: 'Attached is the presentation.',
    },
    {
      name: 'when-question answered with a date',
      reader: 'BR',
      writer: 'IN',
      history: [...WORKING, c('When can your engineers start?')],
      draft: 'We can begin on Monday, March 3.',
    },
    {
      name: 'rhetorical question',
      reader: 'US',
      writer: 'RU',
      history: [...WORKING, c("We're off on Friday. Who doesn't love a long weekend?")],
      draft: 'Enjoy it! The updated pricing is attached.',
    },
    {
      name: 'courtesy offer, not a question',
      reader: 'NL',
      writer: 'DE',
      history: [...WORKING, c('Let me know if you have any questions about our setup.')],
      draft: 'Here is the rollout plan.',
    },
    {
      name: 'scheduling question answered with a yes',
      reader: 'MX',
      writer: 'UA',
      history: [...WORKING, c('Does Tuesday work for the kickoff?')],
      draft: 'Yes, Tuesday at 10 is perfect.',
    },
    {
      name: 'short answer without yes',
      reader: 'IL',
      writer: 'CN',
      history: [...WORKING, c('Do you support single sign-on with Okta?')],
      draft: 'We do, via SAML. I can send the setup guide.',
    },
    {
      name: 'price question answered with numbers',
      reader: 'IN',
      writer: 'RU',
      history: [...WORKING, c('How much would 200 seats cost per year?')],
      draft: 'For 200 users it is 18,000 EUR per year.',
    },
    {
      name: 'question already answered before the last rep message',
      reader: 'JP',
      writer: 'DE',
      history: [c('Which database do you use?'), r('We use PostgreSQL.'), c('Thank you, that is clear.')],
      draft: 'The architecture overview is attached.',
    },
    {
      name: 'a question the client dropped in the same message ("..., honestly? Anyway, ...") needs no answer',
      history: [
        c(
          'The port held our containers for a week again. Who writes these rules, honestly? Anyway, they are out now.',
        ),
      ],
      draft: 'What a week. Glad they are out; we will add the permit copy to the next shipment.',
    },
    {
      name: 'a question the client answered themselves in a later message needs no answer',
      history: [
        r('Your sandbox account is ready.'),
        c('thanks! how many users can the sandbox hold?'),
        c('never mind, saw it in the FAQ'),
      ],
      draft: 'great, shout if you get stuck anywhere',
    },
    {
      name: 'an opening "hope all is fine with you?" is a courtesy, not a question',
      history: [
        r('The renewal form is attached.'),
        c('Hello Sam, hope all is fine with you? The signed renewal form is attached.'),
      ],
      draft: 'Hello Dana, thank you for the signed form! Your licences are renewed until next June.',
    },
    {
      name: '"could you confirm whether ..." is answered by the clause it wraps',
      history: [c('Could you confirm whether the wiring diagrams were in the crate with the panels?')],
      draft: 'The wiring diagrams were taped inside the lid of the crate; I also attach them as PDF.',
    },
    {
      name: 'a status question ("where are we on ...?") is answered by news on the matter',
      history: [...WORKING, c('Hi Pavel, where are we on the migration scripts for the billing module?')],
      draft:
        'The migration scripts passed the dry run on Monday; only the currency rounding is left, due Friday.',
    },
    {
      name: '"did the team look at it?" is answered by news on the problem last raised',
      history: [
        c('The nightly export to our warehouse system failed again.'),
        r('On it.'),
        c('any luck? did the team look at it?'),
      ],
      draft: 'the export is fixed, it was an expired certificate; tonight it runs as usual',
    },
    {
      name: 'asked what is wrong with a draft, the reply’s criticism answers',
      history: [c('Here is our tender text. Tell me what is wrong with it before it goes out.')],
      draft: 'Happy to. The penalty clause is unrealistic for a first year, and the scoring ignores support.',
    },
    {
      name: 'a reply that names each point ("For the venue, ...") answers the questions point by point',
      history: [
        c(
          'Looking forward to the audit trip! Any advice on where to stay near the plant? Also, do I need safety shoes?',
        ),
      ],
      draft:
        'For the stay, the Park Inn is ten minutes from the plant. For the visit, we lend safety shoes at the gate.',
    },
    {
      name: '"How did the move go?" is answered by the rep telling how it went',
      history: [...WORKING, c('How did the big house move go?')],
      draft: 'Forty boxes later we are in, and my son already loves his new room. Thanks!',
    },
    {
      name: 'a request to send something is answered by reporting it sent',
      history: [c('Can you send the credit note to our accounts team?')],
      draft: 'Done, the credit note went to your accounts team this morning.',
    },
    {
      name: 'a filler word split off a compound question ("ok and can we ...?") asks nothing',
      history: [c('ok and can we export the audit log as CSV?')],
      draft: 'yes, under Reports > Audit, the export button top right',
    },
    {
      name: 'an imperative information request answered in full',
      history: [c('Kindly confirm the payment terms, and whether freight is included.')],
      draft: 'Our payment terms are 30 days net, and freight to your warehouse is included.',
    },
    {
      name: 'an invitation worded as a statement is answered by accepting it',
      history: [
        c(
          'When you are in Lyon in June, we would be delighted to show you our plant and have lunch with the team.',
        ),
      ],
      draft:
        'Thank you for the kind invitation, I would love to see the plant. I will bring the test reports.',
    },
    {
      name: 'disputing the premise of a request answers it (kindly or not is for blunt-disagreement)',
      history: [c('As agreed, the licence includes on-site training. Kindly confirm the training dates.')],
      draft:
        'That is not correct, I am afraid: training was never part of the licence; it is priced separately.',
    },
    {
      name: 'a wish, not a question',
      reader: 'US',
      writer: 'IN',
      history: [...WORKING, c('Have a great trip to Lisbon!')],
      draft: 'Thank you! The quote is attached.',
    },
    {
      name: 'weather asked without the word ("freezing there yet?") is answered by a temperature',
      reader: 'US',
      writer: 'KZ',
      history: [...WORKING, c('Are you freezing there yet? The quote looks fine, by the way.')],
      draft: 'Minus twelve this morning, so scarves are out! Glad the quote works.',
    },
    {
      name: 'a city asked after ("how is Riga treating you, getting chilly?") answered with the first snow',
      reader: 'CA',
      writer: 'LV',
      history: [...WORKING, c('How is Riga treating you, getting chilly?')],
      draft: 'Riga is lovely, and we had the first snow last night. The pilot report follows on Friday.',
    },
    {
      name: 'asked the quickest way to restore the depot, the reply lays out what each side can do',
      reader: 'KE',
      writer: 'PL',
      history: [
        c(
          'The flood reached our Kisumu depot and the scanners are gone. What is the quickest way to get the depot working again?',
        ),
      ],
      draft:
        'I am so sorry to hear about the flood. We can courier four replacement scanners tomorrow, and your staff can keep scanning with the phone app until they arrive.',
    },
    {
      name: 'a return procedure asked in the imperative is answered by the instructions themselves',
      reader: 'SA',
      writer: 'TR',
      history: [
        c(
          'Dear Emre, six of the valves arrived with bent flanges. Please advise the process for returning them.',
        ),
      ],
      draft:
        'Dear Faisal, keep the six valves in their original crates with the tags on; our courier collects them on Monday.',
    },
    {
      name: 'asked to come down on price, a counter-offer with its figure answers',
      reader: 'DK',
      writer: 'CZ',
      history: [
        r('Our offer for the 60 scanners is attached: DKK 2,150 per unit.'),
        c('Another supplier is 12% below you. Is there any flexibility, or is that the end of it?'),
      ],
      draft: 'We cannot close the whole gap, but for a two-year order we can do DKK 1,990 per unit.',
    },
    {
      name: 'asked for a better rate, the price held with a percentage answers',
      reader: 'US',
      writer: 'PL',
      history: [c('Could you do better on the rate if we commit for two years?')],
      draft: 'For two years the rate drops by 4%, which is already reflected in the table attached.',
    },
    {
      name: 'a talk proposed for next week, the reply offers two slots as a question',
      reader: 'CO',
      writer: 'HR',
      history: [c('Great news, the board said yes to Medellín! Shall we meet next week to plan it?')],
      draft: 'Wonderful news, congratulations! Would Monday morning or Thursday at 15:00 be better for you?',
    },
    {
      name: 'a call proposed, the reply names a slot that works',
      reader: 'US',
      writer: 'RO',
      history: [c('Can we hop on a call about the renewal?')],
      draft: 'Of course. Wednesday at 10 am Eastern works for me, I will send an invite.',
    },
    {
      name: 'a limit asked after a label ("quick one:"), the reply gives the figure in a sentence of its own words',
      reader: 'PH',
      writer: 'UZ',
      history: [
        c('hi Timur, quick one: what is the upload limit on the free plan? our designers keep hitting it'),
      ],
      draft:
        'hi Rosa, on the free plan it is 2 GB per file. I have lifted your team to 10 GB for this month.',
    },
    {
      name: 'a teasing tag question about the rep’s country, answered by playing along',
      reader: 'MX',
      writer: 'FI',
      history: [
        c('You are from Finland, where everybody has a sauna at home, no? Send me the brochure too.'),
      ],
      draft: 'Almost true, in Finland my neighbour has two! The brochure is attached.',
    },
    {
      name: 'a tag question on a business fact, confirmed in its own words',
      reader: 'IT',
      writer: 'GR',
      history: [c('So the price already includes installation, right?')],
      draft: 'The price includes installation and the first service visit.',
    },
    // round 27 (own wording): the client's understanding put to the rep, corrected
    {
      name: '"Could you kindly confirm this total?" answered by "the total is not correct"',
      reader: 'JP',
      writer: 'AU',
      history: [
        ...WORKING,
        c(
          'Based on your quotation we calculate 1,240,000 yen for 400 units. Could you kindly confirm this total?',
        ),
      ],
      draft:
        'Dear Mr. Ito, I am sorry, but the total is not correct: the unit price is 3,250 yen, so 400 units come to 1,300,000 yen.',
    },
    {
      name: '"let us know if there is any difference from your understanding" answered by "point 2 is wrong"',
      reader: 'KR',
      writer: 'DE',
      history: [
        ...WORKING,
        c(
          'Our summary: 1) 500 units, 2) delivery in May, 3) 30 days payment. Please let us know if there is any difference from your understanding.',
        ),
      ],
      draft:
        'Dear Mr. Kim, points 1 and 3 match. Point 2 is wrong: delivery is in June, as the line is booked in May.',
    },
    // round 27, measured on first-run writing: the one business question of its message, taken up
    // by a statement that tells something
    {
      name: 'the one open question ("your approach to onboarding new warehouse staff?") taken up by a statement',
      reader: 'NL',
      writer: 'IN',
      history: [
        ...WORKING,
        c('Thanks for the proposal. What is your approach to onboarding new warehouse staff?'),
      ],
      draft:
        'Hi Daan, onboarding is done by our trainers on site over two days, with a short test at the end.',
    },
    {
      name: 'the one closed question ("any idea if the service fee changes next year?") answered with a figure',
      reader: 'US',
      writer: 'PL',
      history: [...WORKING, c('Got it, thanks. Any idea if the service fee changes next year?')],
      draft: 'Hi Mike, the service fee moves to 4.1% from March because of the new card network rules.',
    },
    // rd54 generalisation (own wording): more answers in other words
    {
      name: '"Could you tell us how to restore the default settings?" answered by numbered steps',
      reader: 'JP',
      writer: 'DE',
      history: [
        ...WORKING,
        c(
          'Sorry to bother you, the unit froze again. Could you tell us how to restore the default settings?',
        ),
      ],
      draft:
        'Hello Ito-san, no bother at all. Here are the steps: 1. Switch the unit off. 2. Hold the MODE button while switching it on. 3. Release it when the light turns green.',
    },
    {
      name: '"any idea if the freight rate goes up?" answered by "Rates are up about 6%"',
      reader: 'TR',
      writer: 'PL',
      history: [...WORKING, c('ok thanks. any idea if the freight rate goes up next quarter?')],
      draft:
        'Hi Emre, rates are up about 6% from January because of fuel. Your March booking keeps the old one.',
    },
    {
      name: '"What is the ETA in Durban?" answered by "due in Durban on 14 March"',
      reader: 'ZA',
      writer: 'NL',
      history: [...WORKING, c('Great. What is the ETA for the two containers in Durban?')],
      draft: 'Hi Sipho, both containers are on the MSC Aurora and due in Durban on 14 March.',
    },
    {
      name: '"do you still have the M10 bolts?" answered by "We\'ve got 500"',
      reader: 'IL',
      writer: 'CZ',
      history: [...WORKING, c('Hey, do you still have the M10 stainless bolts? Need 400.')],
      draft: "Hi Dana! We've got 500 in the Ostrava warehouse, so 400 is fine.",
    },
    {
      name: '"Will you be exhibiting at Gulfood?" answered by "We\'ll be in Hall 4"',
      reader: 'AE',
      writer: 'IT',
      history: [...WORKING, c('Thank you. Will you be exhibiting at Gulfood in Dubai this February?')],
      draft:
        "Dear Omar, we'll be on our stand in Hall 4 for all five days, with the new line running. See you in Dubai!",
    },
    {
      name: 'an invitation before a colon ("you must come to us for dinner that evening: ...") accepted',
      reader: 'GR',
      writer: 'SE',
      history: [
        ...WORKING,
        c(
          'Great, the 12th works for the showroom. And you must come to us for dinner that evening: Maria is already planning her moussaka, she says you need a proper meal for once :)',
        ),
      ],
      draft:
        'Nikos, that is very kind of you both. I would be delighted to come, and please tell Maria I will arrive hungry. For the morning, shall we say 10:00?',
    },
    // rd53 generalisation (own wording): an invitation accepted as "I am honoured", "I could not refuse"
    {
      name: '"you will come to our house for a barbecue" accepted with "I am honoured"',
      reader: 'AR',
      writer: 'JP',
      history: [...WORKING, c('And on Sunday you will come to our house for a barbecue, no excuses.')],
      draft:
        'A barbecue at your home, I am truly honoured. I will bring something from Kyoto for your family.',
    },
    // rd53 generalisation (own wording): answers in other words
    {
      name: '"How many of you are coming?" answered by "we will be three"',
      reader: 'TR',
      writer: 'FI',
      history: [...WORKING, c('Great that the visit is on. How many of you are coming?')],
      draft: 'Dear Mehmet, we will be three: me, our service lead and a commissioning engineer.',
    },
    {
      name: '"How was your weekend?" answered by an account of the rep\'s own days off',
      reader: 'MX',
      writer: 'US',
      history: [...WORKING, c('Hola Sam! How was your weekend? The pallets arrived fine.')],
      draft:
        'Hola Lupita! I spent Saturday painting the fence and my arms still ache. Glad the pallets arrived fine.',
    },
    {
      name: '"Did you get a break over the holidays?" answered by "we drove to my sister\'s place"',
      reader: 'CA',
      writer: 'DE',
      history: [...WORKING, c('Welcome back Jonas! Did you get a break over the holidays?')],
      draft: "Thanks Chloe! We drove to my sister's place for three days. Back to the rollout now.",
    },
    {
      name: '"Where did you go for the holidays?" answered by a place named',
      reader: 'GB',
      writer: 'SI',
      history: [...WORKING, c('Good to have you back. Where did you go for the holidays?')],
      draft: 'Thank you Emma! Five days near Bled, mostly rowing. The new batch ships on Monday.',
    },
    {
      name: '"And yours, did they like the new school?" answered by "mine"',
      reader: 'BR',
      writer: 'PT',
      history: [
        ...WORKING,
        c('My two started school this week, so much excitement! And yours, did they like the new school?'),
      ],
      draft: 'How exciting for them! Mine are loving it so far, mostly because of the new football pitch.',
    },
  ],
});

describe('subjectOf', () => {
  it.each([
    ['How was your weekend?', 'my weekend'],
    ["How's the weather over there?", 'the weather here'],
    ['How are the kids?', 'the kids'],
    ['Is your daughter feeling better now?', 'my daughter'],
    ['Did you have a good holiday with your family?', 'my holiday with my family'],
    ['Any plans for the summer?', 'my plans for the summer'],
  ])('%s -> %s', (question, subject) => {
    expect(subjectOf(question)).toBe(subject);
  });

  it.each(['How are you?', 'How have you been?', 'How are things?', 'How is it going?'])(
    'has no subject to name for %s',
    (question) => {
      expect(subjectOf(question)).toBeUndefined();
    },
  );
});
