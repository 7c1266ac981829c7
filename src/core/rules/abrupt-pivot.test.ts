import { FRIENDLY_HISTORY } from '../testing/histories.ts';
import { runRuleCases } from '../testing/rule-tester.ts';
import { c, r } from '../testing/thread-builder.ts';
import rule from './abrupt-pivot.ts';

// Praise for our work, past the first emails: the minimal pair of an order and a "So," pivot after it.
const PRAISED_DEMO = [
  r('Hi Deepa, confirming the demo of our claims platform on Sunday at 11:00.'),
  c('Dear Noa, thank you, our team is looking forward to it!', 2),
  c(
    'Thank you so much for the wonderful demo yesterday; our whole team was impressed! Wishing you a lovely week.',
    160,
  ),
];

// A formal contract thread: the minimal pair of warm thanks and courteous thanks after it.
const CONTRACT_WITH_KIM = [
  r('Dear Ms. Kim, the draft contract is attached.'),
  c('Dear Mr. Brown, thank you for your email. Our lawyers are reviewing the contract.', 30),
  r('Thank you, Ms. Kim.', 60),
];

runRuleCases(rule, {
  invalid: [
    // rd44 generalisation (own wording): heartfelt thanks among other warmth, turned from with "So,"
    // in the first exchanges
    {
      name: '"Thank you so much for staying late!! ... God bless you po" -> "So, when is your team free for the sign-off call?"',
      reader: 'PH',
      writer: 'AU',
      history: [
        r('migration done ✅ all 40 stores live on the new POS'),
        c(
          'Thank you so much Sir James for staying late last night!! The whole team is so happy the migration went smooth 🙏🙏 God bless you po',
        ),
      ],
      draft: 'So, when is your team free next week for the sign-off call?',
    },
    // rules.dev.30 generalisation (own wording): an order in the passive opens on business
    {
      name: 'heartfelt thanks for a lower deposit, answered by "Payment must be made in full before loading" first',
      reader: 'GH',
      writer: 'TR',
      history: [
        c(
          'Mehmet, God bless you for accepting the smaller deposit 🙏 You have truly helped our business this season. We will never forget it.',
        ),
      ],
      draft: 'Payment must be made in full before loading, no exception. Loading is planned for 12 October.',
    },
    // rules.dev.30 generalisation (own wording): praise said twice in a formal note, with no "!" and
    // no thanks, answered by a question first
    {
      name: 'formal praise of the support team in two sentences, answered by "Can you confirm the renewal ...?" first',
      reader: 'IN',
      writer: 'SG',
      history: [
        c(
          'Dear Daniel Sir,\n\nGreetings of the day. Your engineers have done an excellent job during the data centre move. Hats off to Mr. Tan and team, they worked through the weekend.\n\nRegards,\nSuresh',
        ),
      ],
      draft:
        'Dear Suresh,\n\nCan you confirm the renewal of the support contract by this Friday?\n\nRegards,\nDaniel',
    },
    // rules.dev.22 generalisation (own wording): a "!" in the body of thanks is warmth, even when
    // the note also signs off with a wish; "Regarding ..." turns from it.
    {
      name: 'near-miss: thanks with a "!" in the body, then "Regarding the pumps, ..."',
      reader: 'ES',
      writer: 'NL',
      history: [
        r('Hola Marta, the dosing pumps for the Valencia plant left our warehouse today.'),
        c('Thanks Joost, we will confirm receipt.', 30),
        r('Hola Marta, the revised quotation for the dosing pumps is attached.', 500),
        c(
          'Hi Joost, thank you so much for turning this around overnight! Could you also quote the spare seals? Thanks and have a good weekend!',
          20,
        ),
      ],
      draft: 'Hi Marta, regarding the seals: could you tell me the quantity you need per year?',
    },
    // rules.dev.15 generalisation (own wording): "About X:" is a pivot (eval/README, settled
    // 2026-11-27), also after a name with an honorific, past family news or warm praise, even when the
    // client asked the business question themselves.
    {
      name: 'family news and a lead-time question answered with "Dilshod aka, about the granite: ..."',
      reader: 'UZ',
      writer: 'TR',
      history: [
        c('Good morning Bekzod aka! Here the weather is finally warm. We received your brochure, thank you.'),
        r('Good morning Dilshod! Here too, spring at last. Which products interest you most?', 2),
        c('The granite series. Samples possible?', 150),
        r('The granite samples left today by courier. Have a nice weekend with your family!', 200),
        c(
          'Bekzod aka, the samples came, very good. Sorry for my late answer, my daughter got married on Sunday, 400 guests, all the family came from Bukhara 😅 We are tired but happy. What is the lead time for 3 trucks of grey 60x60?',
          700,
        ),
      ],
      draft:
        'Dilshod aka, about grey 60x60: lead time is 4 weeks after advance payment. Shall I prepare the proforma?',
      severity: 'warning',
    },
    {
      name: 'praise for the demo answered with "about the licence: could we have your signature ...?"',
      reader: 'FI',
      writer: 'IT',
      history: [
        r('Hi Aino, here the invitation for the demo of the new scheduling module on Tuesday.'),
        c('Thanks, see you Tuesday.', 1),
        c(
          'Hi Lorenzo, thanks for the demo today, it was excellent and the whole team enjoyed it! We will talk it over next week.',
          80,
        ),
      ],
      draft:
        'Hi Aino, about the module licence: can we have your order before the 30th? After that the launch price ends.',
      severity: 'warning',
    },
    {
      name: 'near-miss: the same family trip told for its own sake, answered by a request',
      reader: 'UG',
      writer: 'IN',
      history: [
        r('Good morning Mr. Okello, the quotation for the insulin range is in your inbox.'),
        c(
          "Morning Rahul. Received, thanks. I'm travelling to Mbarara for my niece's graduation party this weekend, the whole family will be there!",
          40,
        ),
      ],
      draft: 'Noted sir. Kindly also share your import licence so that we can prepare the documents.',
    },
    // rules.dev.14 generalisation (own wording): a name alone on the first line is the salutation;
    // the order after it is the opening, and it turns from warm thanks.
    {
      name: 'a bare name on its own line, then an order, after warm thanks and an invitation',
      reader: 'JO',
      writer: 'DK',
      history: [
        r('Dear Mr. Haddad, please find attached invoice 311 for the pump delivery.'),
        c('Dear Søren, received with thanks. Regards, Yousef', 48),
        r('Dear Mr. Haddad, the pumping station is commissioned; the handover report is attached.', 1500),
        c(
          'Dear Søren,\n\nThank you very much for your dedication on site, my engineers appreciated your calm a lot. You are always welcome in Amman!\n\nRegards,\nYousef',
          48,
        ),
      ],
      draft: 'Yousef,\n\nTransfer the retention payment by Friday.\n\nSøren',
    },
    {
      name: 'near-miss: the same order after a greeting and a name still opens on business',
      reader: 'JO',
      writer: 'DK',
      history: [
        r('Dear Mr. Haddad, please find attached invoice 311 for the pump delivery.'),
        c('Dear Søren, received with thanks. Regards, Yousef', 48),
        r('Dear Mr. Haddad, the pumping station is commissioned; the handover report is attached.', 1500),
        c(
          'Dear Søren,\n\nThank you very much for your dedication on site, my engineers appreciated your calm a lot. You are always welcome in Amman!\n\nRegards,\nYousef',
          48,
        ),
      ],
      draft: 'Hello Yousef,\n\nTransfer the retention payment by Friday.\n\nSøren',
    },
    // rules.dev.14 generalisation (own wording): a product pitch as the first words after grave news.
    {
      name: 'a new model pitched first after a hospital stay, a get-well wish only at the end',
      reader: 'MY',
      writer: 'IT',
      history: [
        c(
          'Dear Luca,\n\nSorry for the silence. I had a car accident on Monday and I am in hospital with two broken ribs.\n\nFarid',
        ),
      ],
      draft:
        'Dear Farid,\n\nOur new edition of the dough mixer is out, with a bigger bowl; the brochure is attached. Get well soon.\n\nLuca',
    },
    // rules.dev.14 generalisation (own wording): the client reports where their side stands and asks
    // nothing of us; a push for a date walks past their family holiday.
    {
      name: 'a family trip and a status report, answered by a push for a date',
      reader: 'PH',
      writer: 'GB',
      history: [
        r('Hi Marites, just checking in on the framework agreement, any news from procurement?', 0),
        c(
          'Hi Oliver, so sorry for the slow reply! I brought my lola and the kids to Baguio for the long weekend, so cold but so nice haha. Procurement still reviewing the agreement, maybe next week.',
          400,
        ),
      ],
      draft: 'Hi Marites, any chance procurement can sign this week? We want to close it this quarter.',
    },
    // rules.dev.13 generalisation (own wording): the thanks is returned, only after the business.
    {
      name: 'a warm thank-you for a visit, answered by an ask first and thanks in kind later: a suggestion',
      history: [
        r('Dear Mr. Okafor, thank you for the invitation, I look forward to seeing your plant on Tuesday.'),
        c(
          'Dear Marina, thank you so much for travelling all this way, my colleagues really enjoyed the session. I hope the flight home was smooth! We will study the proposal and revert.',
          60,
        ),
      ],
      draft:
        'Dear Mr. Okafor, regarding the pilot: could you send us the list of sites by Friday? Thank you again for a wonderful visit, your engineers were so welcoming.',
      severity: 'suggestion',
    },
    {
      name: 'near-miss: the same ask first, with only the wish returned at the end: still a warning',
      history: [
        r('Dear Mr. Okafor, thank you for the invitation, I look forward to seeing your plant on Tuesday.'),
        c(
          'Dear Marina, thank you so much for travelling all this way, my colleagues really enjoyed the session. I hope the flight home was smooth! Have a great weekend.',
          60,
        ),
      ],
      draft:
        'Dear Mr. Okafor, regarding the pilot: could you send us the list of sites by Friday? Have a great weekend too!',
      severity: 'warning',
    },

    // rules.dev.13 generalisation (own wording): clearly warm thanks that also ask for something,
    // answered by a request of our own first ("please send X first"), is turned from: the ask
    // does not deliver what they asked (settled 2026-11-27). Clearly warm thanks are warmth aimed
    // at us, as praise is: a warning, not a nudge.
    {
      name: 'heartfelt thanks with a request, answered by a please-request of our own first',
      reader: 'GH',
      writer: 'PL',
      history: [
        r('Dear Mr. Mensah, the trial batch of printer cartridges left our warehouse today.'),
        c(
          'Dear Tomasz, thank you so much, the cartridges are excellent and the whole office is very happy with them! God bless you all. Kindly share the price list for 500 units.',
          150,
        ),
      ],
      draft:
        'Dear Mr. Mensah,\n\nPlease send us your VAT number and delivery address first, then we will prepare the price list.\n\nTomasz',
      severity: 'warning',
    },
    {
      name: 'heartfelt thanks and praise, answered by a bare order: a warning',
      reader: 'KE',
      writer: 'KZ',
      history: [
        r('Hi Wanjiru, the onboarding session is booked for Tuesday at 10.'),
        c(
          'Thank you so much Aibek! The session was fantastic, my team is still talking about it 🙌 Blessings to you',
          80,
        ),
      ],
      draft: 'Send me the signed handover form and the invoice number today.',
      severity: 'warning',
    },
    // rules.dev.8 generalisation (own wording): thanks first, the hospitality it is for praised next.
    {
      name: 'near-miss: thanks for a visit, the lunch praised in the next sentence, answered by an ask first',
      history: [
        r('Dear Katrin, thank you again for coming to see our plant in Porto.'),
        c(
          'Dear Duarte, no, thank you! The welcome your team gave us was wonderful, the lunch by the river was unforgettable and my husband still talks about the grilled sardines. We hope to return the favour soon. Herzliche Grüße, Katrin',
          30,
        ),
      ],
      draft: 'Dear Katrin, could you send us the signed test protocol by Friday?',
    },
    {
      name: 'near-miss: family news given as the reason for a date, turned from with "So,": a pivot past family news',
      history: [
        r('Hello Nadia, the framework agreement with your changes is in your inbox.'),
        c(
          'Thank you Pierre, it all looks fine. I am taking the children to my parents in Tlemcen for two weeks from Monday, so we will sign once I am back. I hope that is fine.',
        ),
      ],
      draft: 'So, could your deputy sign it before Monday? Our half-year closes on the 30th.',
    },
    {
      name: 'near-miss: a gift answered by an order first, with no receipt before it',
      reader: 'KR',
      writer: 'DE',
      history: [
        r('Dear Mr. Park, the valves were shipped today.'),
        c('Dear Jonas, the gift basket from your team arrived, thank you so much! Happy holidays!', 200),
      ],
      draft: 'Dear Mr. Park,\n\nSend us the signed delivery note by Friday.\n\nJonas',
    },
    // rules.dev.16 generalisation (own wording): a receipt followed by a pivot still turns.
    {
      name: 'near-miss: "Ok good. Next step is ..." after praise: the pivot after the receipt turns to business',
      reader: 'IN',
      writer: 'IL',
      history: PRAISED_DEMO,
      draft: 'Ok good. Next step is the pilot contract, sign it this week.',
    },
    {
      name: 'family news beside thanks for a dinner is still news: a statement first walks past it',
      reader: 'GR',
      writer: 'FR',
      history: [
        r('Dear Kostas, it was a pleasure to host you in Athens.'),
        c(
          'Kalimera Sophie! Thank you again for the lovely dinner in Athens. And big news: our daughter got married on Saturday, we are so happy!',
          30,
        ),
      ],
      draft: 'Hello Kostas, the revised maintenance contract is attached for review. Sophie',
    },
    {
      name: 'near-miss: the same praise answered by an order first, with no receipt before it',
      history: [
        r('Hi Joana, the new pumps were delivered to your site this morning.'),
        c('Obrigada, Stefan!! They are running already, the operators love them 😍 you guys rock!'),
      ],
      draft: 'Hi Joana, send the signed delivery note by Friday.',
    },
    {
      name: 'praise for our work answered by a bare order first: it opens on business (settled 2026-11-27)',
      reader: 'IN',
      writer: 'IL',
      history: PRAISED_DEMO,
      draft: 'Deepa, send PO asap so we can start.',
    },
    {
      name: 'thanks and "a partner like you" answered with a bare order first: praise, so abrupt-pivot (settled 2026-11-27)',
      reader: 'GB',
      writer: 'DE',
      history: [
        r('Hi Tom, the replacement parts left our warehouse this morning.'),
        c(
          'Hi Klaus, many thanks for sorting out the delivery so quickly, really. We are lucky to have a partner like you.',
        ),
      ],
      draft: 'Send the signed delivery note today.',
      severity: 'warning',
    },
    {
      name: 'praise in the first emails answered with a bare order first: abrupt-pivot, beside blunt-request (settled 2026-11-27)',
      reader: 'BR',
      writer: 'PL',
      history: [
        r('Here are the import documents.'),
        c('Thank you so much, you are amazing, the documents were perfect 🙏'),
      ],
      draft: 'Hi Ana, send the missing certificate of origin today.',
    },
    {
      name: 'warm thanks answered with a heading that turns to business ("About the pilot: ...")',
      reader: 'US',
      writer: 'DE',
      history: [
        r('Hi Megan, the training materials are attached.'),
        c('Hi Jens, thank you so much for the training, the team loved it and you were amazing! 😊', 30),
      ],
      draft: 'Hi Megan, about the pilot: we start on Monday with the two sites you named.',
    },
    {
      name: 'thanks for a dinner turned from with "So, next steps", softened by "we would be grateful if"',
      reader: 'KR',
      writer: 'US',
      history: [
        r('Dear Ms. Yoon, thank you for hosting us in Seoul this week.'),
        c(
          'Dear Mr. Harris, thank you for joining us for dinner last night. Our team really enjoyed talking with you. I hope you have a safe flight home.',
          10,
        ),
      ],
      draft:
        'Dear Ms. Yoon, So, next steps: we would be grateful if your team could review the attached pilot agreement by 20 October.',
    },
    {
      name: 'praise for our work turned from with "So," and an order, past the first emails',
      reader: 'IN',
      writer: 'IL',
      history: PRAISED_DEMO,
      draft: 'So, send the PO asap so we can start.',
    },
    {
      name: 'small talk in high spirits with no business in it, turned from with "Regarding" in the first emails',
      reader: 'MY',
      writer: 'AU',
      history: [
        c(
          'Hi Liam, so great to meet you at the expo in KL! Hope you survived the sambal at dinner haha 😂 Enjoy your weekend.',
        ),
      ],
      draft: 'Regarding our fleet software, the brochure is attached. When would suit you for a demo?',
    },
    {
      name: 'the client’s own hospital stay passed by with a business opening',
      reader: 'BR',
      writer: 'FR',
      history: [
        r('Hello Paulo, the price of the film changes in June.'),
        c(
          'Antoine, sorry for the silence. My father had a heart attack and I was at the hospital all week.',
          60,
        ),
      ],
      draft: 'Paulo, the signed order is needed this week to keep the old price.',
    },
    {
      name: 'a salutation and warm thanks with an exclamation are warmth, answered with business first',
      reader: 'KR',
      writer: 'US',
      history: [
        ...CONTRACT_WITH_KIM,
        c('Dear Mr. Brown, thank you so much for the beautiful flowers you sent to our office!', 200),
      ],
      draft: 'Regarding the contract, please send the comments by Friday.',
    },
    {
      name: 'praise with feeling for our demo, answered by pushing the next step, in the first emails',
      reader: 'CL',
      writer: 'SE',
      history: [
        r('Looking forward to the workshop tomorrow.'),
        c(
          'Thank you so much! Our managers loved the workshop, honestly the clearest we have seen this year.',
        ),
      ],
      draft:
        'Hello Diego, the next step is a pilot with two warehouses. Can you propose a start date? Best, Sara',
      severity: 'warning',
    },
    {
      name: "season's greetings answered with the business first, even in the first emails",
      reader: 'IN',
      writer: 'US',
      history: [r('Hi Priya, thanks for connecting.'), c('Happy Holi to you and your team, Sam! 🌸')],
      draft: 'Hi Priya, checking in: did you get a chance to look at the pricing page?',
      severity: 'warning',
    },
    {
      name: 'congratulations on our own news, passed by with a business question',
      reader: 'NL',
      writer: 'SE',
      history: [r('small news: I got married on Saturday!'), c('congrats on the wedding Lars!! 🎉')],
      draft: 'the test server — is it back up?',
    },
    {
      name: 'thanks for a dinner together, answered with a turn to pricing',
      reader: 'FR',
      writer: 'US',
      history: [
        r('Looking forward to Bordeaux on Monday!'),
        c(
          'Dear Sam, thank you for the dinner in Bordeaux, it was good to introduce you to our team. Best regards, Claire',
        ),
      ],
      draft: 'Hi Claire, regarding the licence fees, the offer for 40 seats is attached. Sam',
    },
    {
      name: 'a personal question walked past with the business first, in the first emails',
      reader: 'US',
      writer: 'VN',
      history: [c('Hi Minh! How was your weekend? Ours was a total washout, rain all day 🙃')],
      draft: 'Hi Dana, the shipment left Rotterdam today, tracking number in the portal.',
    },
    {
      name: 'a turn with "So," right past heartfelt thanks, in the first emails',
      reader: 'GB',
      writer: 'ES',
      history: [
        c(
          'Just wanted to say a huge thank you for rescuing our launch. Brilliant work from your team, honestly.',
        ),
      ],
      draft: 'Hi Kate, so, the next step is the reporting add-on; I will send the offer tomorrow.',
    },
    {
      name: 'a birth given as the reason for an absence is still news owed a line first',
      reader: 'US',
      history: [
        c('Thanks for the call.'),
        r('Thank you, the proposal is attached.'),
        c('Sorry for the silence, my daughter was born on Monday so I was off all week.'),
      ],
      draft: 'Hi Alex, the proposal is valid until the end of the month.',
    },
    {
      name: 'a personal question from a known client, answered with a business statement first',
      reader: 'GB',
      history: [
        ...FRIENDLY_HISTORY,
        c('Hi Marina! How was the skiing in Sochi? We are still going through the renewal.', 100),
      ],
      draft: 'Hi Alex, the renewal price is valid until the end of the month.',
    },
    {
      name: 'an occasion shared in high spirits, answered business first, in the first emails',
      reader: 'AU',
      writer: 'CN',
      history: [
        c('Quick note, the pilot is live.'),
        r('Great, thank you.'),
        c('Hey! Our office bake-off final was today haha, the whole floor is still celebrating 🎉'),
      ],
      draft: 'The invoice for the pilot is attached. Payment is due in 30 days.',
    },
    {
      name: 'a honeymoon is life news, not just a trip',
      reader: 'IT',
      writer: 'NL',
      history: [
        c('Thanks for the quick delivery, the lamps look great.'),
        r('Glad to hear it!'),
        c('Sorry for the silence, I just got back from my honeymoon in Crete!', 300),
      ],
      draft: 'Hi Alex, the renewal quote expires on Friday.',
    },
    {
      name: 'business first after a birth, even without a commercial word in the opening',
      history: [...FRIENDLY_HISTORY, c('Big news: our daughter was born on Sunday!', 100)],
      draft: 'Good morning. The samples left our warehouse yesterday. Please confirm receipt.',
    },
    {
      name: 'a turn with Regarding right past a personal question, in the first emails',
      reader: 'MX',
      history: [c('Hola Marina! How was the flight back to Moscow? Was it very long?')],
      draft: 'Hello Alex. Regarding the contract: legal needs your comments by Monday.',
    },
    {
      name: 'BR client, first emails, only a beach weekend with the kids, answered with an order',
      reader: 'BR',
      history: [
        c('Could you send the pricing?'),
        r('Of course, attached.'),
        c('Oi! Just got back from a weekend at the beach with my kids, still sunburnt haha'),
      ],
      draft: 'Dear Beatriz, please confirm the order quantity.',
      severity: 'warning',
      evidenceIncludes: 'beach',
    },
    {
      name: 'a business statement first, right after news of a new house',
      history: [...FRIENDLY_HISTORY, c('We finally closed on the house! Moving in next week.', 100)],
      draft: 'Hi Sam, the invoice for March is overdue.',
      clientName: 'Sam Lee',
      severity: 'warning',
    },
    {
      name: 'near-miss of delight: "the news on the budget" as a heading is a business statement',
      history: [
        ...FRIENDLY_HISTORY,
        c('We finally closed on the house! Moving in next week. Also, finance signed off the budget.', 100),
      ],
      draft: 'Hi Sam, news on the budget: the order confirmation follows today.',
      clientName: 'Sam Lee',
    },
    {
      name: 'US client, friendly, Thanksgiving with the in-laws, answered with "So, did you review"',
      history: [
        ...FRIENDLY_HISTORY,
        c('We spent Thanksgiving with my in-laws in Vermont, way too much pie!', 100),
      ],
      draft: 'So, did you review the proposal?',
      severity: 'warning',
      evidenceIncludes: 'Thanksgiving',
      fixIncludes: 'Thanksgiving',
    },
    {
      name: 'BR client back from a family week, answered with "Anyway,"',
      reader: 'BR',
      history: [
        c('Can you send the case studies?'),
        r('They are attached.'),
        c('Just got back from a week in Florianópolis with the family, fully recharged!'),
      ],
      draft: 'Anyway, the contract is ready for signature.',
      evidenceIncludes: 'Florianópolis',
      rewriteIncludes: /glad.*family/,
    },
    {
      name: 'MX client, a family celebration, answered with "Regarding the invoice"',
      reader: 'MX',
      writer: 'DE',
      history: [
        c('Please send the invoice.'),
        r('Invoice attached.'),
        c('My daughter had her quinceañera on Saturday, the whole family came from Monterrey!'),
      ],
      draft: 'Regarding the invoice, can you confirm the PO number?',
      evidenceIncludes: 'quinceañera',
    },
    {
      name: 'IN client, Diwali with the family, answered with a purchase-order question',
      reader: 'IN',
      writer: 'CN',
      history: [
        c('Kindly share the revised SOW.'),
        r('Revised SOW attached.'),
        c('Happy Diwali! We celebrated with the whole family at my parents’ home.'),
      ],
      draft: 'So, when can we expect the purchase order?',
    },
    {
      name: 'AU client: news in the first of two answered messages, then a request',
      reader: 'AU',
      history: [
        c('What does the pro plan include?'),
        r('Details attached.'),
        c('We had a ripper weekend camping at Byron Bay with the kids.'),
        c('Also, send through the invoice when you can.', 1),
      ],
      draft: 'So, here is the invoice.',
      evidenceIncludes: 'camping',
    },
    {
      name: 'a greeting does not soften "so, are you ready to sign"',
      history: [...FRIENDLY_HISTORY, c('My son graduated from high school last week, proud mom here!', 100)],
      draft: 'Hi Sam, so, are you ready to sign?',
      clientName: 'Sam Lee',
      severity: 'warning',
      evidenceIncludes: 'graduated',
    },
    {
      name: 'a generic pleasantry before the pivot does not answer the news',
      reader: 'GB',
      writer: 'UA',
      history: [
        c('Could you send the onboarding checklist?'),
        r('Of course, attached.'),
        c('Sorry for the quiet week, we finally moved into our new house!'),
      ],
      draft: 'Hope you are well. So, can we close the deal this week?',
      fixIncludes: 'new house',
    },
    {
      name: 'NL client back from a cycling holiday, answered with "Now, about the renewal"',
      reader: 'NL',
      history: [
        c('Can you send the renewal terms?'),
        r('Here they are.'),
        c('Back from two weeks of cycling in France with my wife, feeling great.'),
      ],
      draft: 'Now, about the renewal: do you want to sign for three years?',
      evidenceIncludes: 'cycling',
    },
    {
      name: 'bad news answered with "So, any update on the budget?"',
      history: [...FRIENDLY_HISTORY, c('My father is in the hospital, so I will be slow this week.', 100)],
      draft: 'So, any update on the budget?',
      evidenceIncludes: 'hospital',
      fixIncludes: 'sorry',
    },
    {
      name: 'a warm thank-you answered with a bare order, once the two know each other',
      reader: 'GB',
      history: [
        c('Thanks for the onboarding session, the team found it useful.'),
        r('Thank you, glad it helped.'),
        c('Could you check the export bug?'),
        r('Fixed in 4.2.'),
        c('Thanks so much for the quick turnaround, really appreciated! Have a lovely weekend.'),
      ],
      draft: 'Please send the signed purchase order by Monday.',
    },
    {
      name: 'JP client who shared a family outing, answered with "So, please confirm"',
      reader: 'JP',
      history: [
        ...FRIENDLY_HISTORY,
        c('Last weekend I took my kids to see the cherry blossoms in Kyoto.', 100),
      ],
      draft: 'So, please confirm the delivery date.',
      evidenceIncludes: 'cherry blossoms',
    },
    {
      name: 'a birthday shared in high spirits, in the first emails, answered with "So about the order"',
      reader: 'MX',
      writer: 'DE',
      history: [
        c(
          'Hola! It is my birthday today 🎉 and my team surprised me with a huge cake haha!! Just had to share.',
        ),
      ],
      draft:
        'Good morning Ana. So about the order, the pallets can ship on Monday or Tuesday, which do you prefer?',
    },
    {
      name: 'praise in another English ("the buyers liked so much") with thanks, answered by a yes/no ask first, in the first emails',
      reader: 'TH',
      writer: 'NL',
      history: [
        r('Dear Khun Ploy, the tulip bulb catalogue for next spring is attached.'),
        c('Hello Pieter!! Our buyers saw the catalogue and liked so much 😊 Thank you for your help!!', 20),
      ],
      draft: 'Can you confirm the 5,000 boxes before Friday? Our packing line is almost booked.',
    },
    {
      name: 'thanks and "the kind of partner we want", answered with "Regarding ..." first',
      reader: 'US',
      writer: 'CZ',
      history: [
        r('The root-cause report for the outage is in the shared folder.'),
        c(
          'Went through it last night. Big thanks to you for working through the weekend. That is the kind of partner we want.',
          20,
        ),
      ],
      draft:
        'Regarding the service credits: the contract gives 5% of the monthly fee. Please send the affected account numbers.',
    },
    {
      name: 'the same praise without the article ("That\'s kind of supplier we need"), answered with "Regarding ..." first',
      reader: 'US',
      writer: 'UA',
      history: [
        r('The incident report is in the portal now.'),
        c(
          "Read report today. Big thanks to your engineers for staying until 3am. That's kind of supplier we need.",
          20,
        ),
      ],
      draft: 'Regarding the credits: the contract gives 5% of the monthly fee. Please send the site numbers.',
    },
    // rd41 generalisation (own wording): asking for time is no business asked of us
    {
      name: 'thanks for a visit and a dinner, time asked for the bank, answered with a push to sign first',
      reader: 'ES',
      writer: 'NL',
      history: [
        r(
          'Dear Carmen, it was a pleasure to host you in Eindhoven. The offer for the sorting line is attached.',
        ),
        c(
          'Dear Joost, mil gracias for the great days in Eindhoven, the dinner by the canal was wonderful! We need two weeks to talk with our bank about the financing, then I write to you.',
          20,
        ),
      ],
      draft: 'Dear Carmen, can we sign the order before 15 December? After that the price rises by 5%.',
    },
    {
      name: 'thanks for a dinner answered with a bare address and "regarding ..." first: the address is a salutation',
      reader: 'CI',
      writer: 'KR',
      history: [
        r('Ms. Kouassi, thank you for visiting our plant in Ulsan.'),
        c(
          'Good evening Mr. Park. We are back in Abidjan. Thank you for the wonderful dinner in Busan, it was a real pleasure.',
          30,
        ),
      ],
      draft: 'Ms. Kouassi, regarding the transformer order, we need the deposit this week to keep the slot.',
    },
    {
      name: 'a question about the rest of our stay, walked past with an ask first',
      reader: 'TZ',
      writer: 'SE',
      history: [
        r(
          'Hi Neema, good to meet you at the expo in Dar. The brochure on our cold-chain sensors is attached.',
        ),
        c('Hi Erik, thanks, likewise. Could you present to my team on Monday at 10?', 20),
        r('Monday at 10 works. I will be in Arusha all week, so I will come to your office.', 22),
        c(
          'Hi Erik, thanks for coming in today, the team enjoyed it. How has the rest of your stay been so far? We will share feedback next week.',
          100,
        ),
      ],
      draft: 'Hi Neema,\n\nCan we have the signed order before the end of the month?\n\nErik',
    },
  ],
  valid: [
    // rules.dev.22 generalisation (own wording): thanks for a document and a business question,
    // signed off with a wish and a "!" ("Thanks and have a nice weekend!"), is the courtesy of a
    // business note; "Regarding ..." answering its question turns from nothing (eval/README,
    // settled 2026-11-27: "neither when the client was only courteous").
    {
      name: 'a thank-you for the catalogue and a stock question, signed off "Thanks and enjoy the weekend!"',
      reader: 'FR',
      writer: 'DE',
      history: [
        r('Bonjour Claire, as agreed, our new catalogue of LED panels is attached.'),
        c(
          'Hello Stefan,\n\nthanks for the catalogue. Do you have 200 units of the 60x60 panel in stock for January?\n\nThanks and enjoy the weekend!\nClaire',
          30,
        ),
      ],
      draft:
        'Hello Claire,\n\nregarding the 60x60 panel: yes, 200 units are in stock for January. Enjoy your weekend too!\n\nStefan',
    },
    {
      name: 'a courteous order note ending "Cheers and have a good one!" answered "About the order: ..."',
      reader: 'AU',
      writer: 'GB',
      history: [
        r('Hi Mick, the price list for 2027 is attached.'),
        c(
          'Hi Tom, thanks for the price list. Can you ship 40 cartons to Perth next week?\nCheers and have a good one!',
          10,
        ),
      ],
      draft: 'Hi Mick, about the order: yes, 40 cartons can leave our Sydney depot on Tuesday.',
    },
    // rules.dev.16 generalisation (own wording): a gesture (season's greetings, thanks for a gift or
    // hospitality) answered by a bare receipt before the business is answered coldly, not turned
    // from: cold-reply's (eval/README, settled 2026-11-27: "Noted." opens on a statement).
    {
      name: 'a gift answered by a bare "Noted." before an order: cold-reply\'s, not a turn',
      reader: 'KR',
      writer: 'DE',
      history: [
        r('Dear Mr. Park, the valves were shipped today.'),
        c('Dear Jonas, the gift basket from your team arrived, thank you so much! Happy holidays!', 200),
      ],
      draft: 'Dear Mr. Park,\n\nNoted. Send us the signed delivery note by Friday.\n\nJonas',
    },
    {
      name: 'Eid greetings answered by "Okay, well noted." and a question: a receipt of several words',
      reader: 'EG',
      writer: 'NL',
      history: [
        r('Dear Omar, the tender documents are complete on our side.'),
        c(
          'Dear Pieter, Eid Mubarak to you and your family! 🌙 Thank you for all your support this year.',
          100,
        ),
      ],
      draft: 'Okay, well noted. Will you submit the tender before the 12th?',
    },
    {
      name: "thanks that names the holidays only as a date, answered by a statement first: cold-reply's",
      reader: 'US',
      writer: 'PL',
      history: [
        r('Hi Dana, the migration is finished and the handover notes are in the shared folder.'),
        c(
          'Marta, this was flawless - our ops team is thrilled. Thank you for getting it done just before the holidays. Hope you get some proper time off!',
          300,
        ),
      ],
      draft: 'The support contract for next year is attached. Can we sign it by the 20th?',
    },
    // rules.dev.15 near-misses (own wording): the same question answered plainly, without a pivot,
    // is the answer they asked for (the ignored wedding is ignored-disclosure's).
    {
      name: 'family news and a lead-time question answered plainly, with no pivot',
      reader: 'UZ',
      writer: 'TR',
      history: [
        c('Good morning Bekzod aka! Here the weather is finally warm. We received your brochure, thank you.'),
        r('Good morning Dilshod! Here too, spring at last. Which products interest you most?', 2),
        c('The granite series. Samples possible?', 150),
        r('The granite samples left today by courier. Have a nice weekend with your family!', 200),
        c(
          'Bekzod aka, the samples came, very good. Sorry for my late answer, my daughter got married on Sunday, 400 guests, all the family came from Bukhara 😅 We are tired but happy. What is the lead time for 3 trucks of grey 60x60?',
          700,
        ),
      ],
      draft:
        'Dilshod aka, lead time for grey 60x60 is 4 weeks after advance payment. Shall I prepare the proforma?',
    },
    // rules.dev.14 generalisation (own wording): family news given as the reason for a business
    // date ("so I will go through it on Monday") is a notice; the settled line makes the unanswered
    // aside ignored-disclosure's suggestion, not a turn away from it.
    {
      name: 'a family party given as why the review waits, answered by a receipt and a request',
      reader: 'UG',
      writer: 'IN',
      history: [
        r('Good morning Mr. Okello, the quotation for the insulin range is in your inbox.'),
        c(
          "Morning Rahul. Received, thanks. I'm travelling to Mbarara for my niece's graduation party this weekend, so I will look at the quotation on Tuesday.",
          40,
        ),
      ],
      draft: 'Noted sir. Kindly also share your import licence so that we can prepare the documents.',
    },
    // rules.dev.14 generalisation (own wording): sympathy in the client's own words first (here a
    // formula the cues cannot read, then "sorry for your loss"), then the business: not a turn to it.
    {
      name: "condolences first, one in the reader's language, then reassurance about the work",
      reader: 'TR',
      writer: 'PL',
      history: [
        r('Hakan bey, the valves are ready to load on Monday.'),
        c('Great, thank you.', 1),
        c(
          'Good morning. Sad news, my father passed away on Friday. I will be out this week, but please ship as planned, Selin will sign the papers.',
          90,
        ),
      ],
      draft:
        'Hakan bey, Allah rahmet eylesin. I am deeply sorry for your loss. Please do not worry about the order, we will proceed as planned and I will work with Selin. My thoughts are with you and your family.',
    },
    {
      name: 'a salutation line after a titled greeting, then a reply to their apology, then the business',
      reader: 'NG',
      writer: 'DE',
      history: [
        r('Dear Engr. Okoro, our quotation for the transformers is valid until 30 June.'),
        c(
          'Good day Mr. Weber,\n\nApologies for the delay. We lost our managing director last week and the office was closed for the burial. I will revert soon.\n\nRegards',
          200,
        ),
      ],
      draft:
        'Good day Engr. Okoro,\n\nNo problem at all. Since the quotation ends on 30 June, kindly try to get the approval before then.\n\nBest regards',
    },
    // After grave news, the client asked for the business themselves: delivering it first answers
    // them (the news left unanswered is ignored-disclosure's).
    {
      name: "a daughter's wedding and a request for the drawings, answered by the drawings",
      reader: 'AE',
      writer: 'ES',
      history: [
        r('Dear Mr. Al Mansoori, rev. B of the facade drawings will follow after the holidays.'),
        c(
          "Dear Javier,\n\nI was away for my daughter's wedding, alhamdulillah all went well. Now I am back, kindly send the facade drawings so we can submit them.\n\nRegards",
          300,
        ),
      ],
      draft:
        'Dear Mr. Al Mansoori,\n\nPlease find attached the facade drawings rev. B.\n\nBest regards,\nJavier',
    },
    // Near-misses of the ask first after warm thanks: the thing asked for delivered first, and
    // courteous thanks whose question about next steps the order answers.
    {
      name: 'heartfelt thanks with a request, answered by delivering what they asked',
      reader: 'GH',
      writer: 'PL',
      history: [
        r('Dear Mr. Mensah, the trial batch of printer cartridges left our warehouse today.'),
        c(
          'Dear Tomasz, thank you so much, the cartridges are excellent and the whole office is very happy with them! God bless you all. Kindly share the price list for 500 units.',
          150,
        ),
      ],
      draft: 'Dear Mr. Mensah,\n\nThe price list for 500 units is attached.\n\nTomasz',
    },
    {
      name: 'courteous thanks asking for the next steps, answered by the step to take',
      history: [
        r('Dear Ana, the sample pumps went out by courier this morning.'),
        c(
          'Hi Wei, thanks for the samples, the build quality looks good. What do you need from us to order 300?',
          200,
        ),
      ],
      draft: 'Dear Ana, please send us the signed order form and we will book production.',
    },
    // rules.dev.13 generalisation (own wording): delight at the client's news opens warmly, even
    // when the news it greets is the business; the near-miss is the overdue invoice (invalid)
    {
      name: 'news of a new house and a signed budget, answered with delight at the budget first',
      history: [
        ...FRIENDLY_HISTORY,
        c('We finally closed on the house! Moving in next week. Also, finance signed off the budget.', 100),
      ],
      draft: 'Hi Sam, wonderful news about the budget! The order confirmation follows today.',
      clientName: 'Sam Lee',
    },
    {
      name: 'a birth and an approval, answered with "Such good news" before the contract',
      history: [
        ...FRIENDLY_HISTORY,
        c('Our daughter was born on Sunday, all well! And the board approved the pilot.', 100),
      ],
      draft: 'Such good news on the pilot! The contract is attached.',
    },
    {
      name: 'the same praise in another English answered with a thank-you first: warmth given back',
      reader: 'TH',
      writer: 'NL',
      history: [
        r('Dear Khun Ploy, the tulip bulb catalogue for next spring is attached.'),
        c('Hello Pieter!! Our buyers saw the catalogue and liked so much 😊 Thank you for your help!!', 20),
      ],
      draft: 'Thank you, Khun Ploy, so glad to hear it! Can you confirm the 5,000 boxes before Friday?',
    },
    {
      name: 'thanks for hosting with a memory of the dinner, answered with a business statement: cold-reply’s, not a turn to business (settled 2026-11-27)',
      reader: 'BR',
      writer: 'KR',
      history: [
        c('Thank you for hosting us, we loved it!'),
        r('It was our pleasure.'),
        c(
          'Back home! The dinner by the river was unforgettable, thank you again, my wife still talks about it 😍',
          300,
        ),
      ],
      draft: 'Hello Rafael. The updated price list for the 500 units is attached. Please review.',
    },
    {
      name: 'a memory of the dinner told with the thanks for it is that thanks, not news: a statement first is cold-reply’s',
      reader: 'GR',
      writer: 'FR',
      history: [
        r('Dear Kostas, it was a pleasure to host you in Athens.'),
        c(
          'Kalimera Sophie! Thank you again for the lovely dinner in Athens, my wife still talks about your dessert recommendation 😄 It was a real pleasure.',
          30,
        ),
      ],
      draft: 'Hello Kostas, the revised maintenance contract is attached for review. Sophie',
    },
    {
      name: 'season’s greetings answered by a statement about work on their systems: cold-reply’s, not a turn to business (settled 2026-11-27)',
      reader: 'IN',
      writer: 'DE',
      history: [
        r('Hi Anil, the migration plan is in the shared folder.'),
        c('Good morning Jens! Wishing you a very happy Diwali 🪔 Thanks for all the help this year!', 40),
      ],
      draft: 'Morning. The database migration is scheduled for Sunday 03:00 CET.',
    },
    {
      name: 'warm thanks answered with a statement first ("Please find attached ..."): cold-reply’s, not a turn to business',
      reader: 'AE',
      writer: 'GB',
      history: [
        r('Dear Omar, thank you for the meeting. We will send the updated quotation shortly.'),
        c('Dear Sarah, Ramadan Kareem. Wishing you and your team a blessed month. Best regards, Omar', 40),
      ],
      draft: 'Dear Omar, please find attached the updated quotation. Kind regards, Sarah',
    },
    {
      name: 'warm thanks answered with a short thanks first, then an ask: warmth given back first',
      reader: 'US',
      writer: 'DE',
      history: [
        r('Hi Laura, the pilot scope is ready.'),
        c('Hi Jens, thank you so much for all your help this month, you were amazing! 😊', 30),
      ],
      draft: 'Hi Laura, thanks. Can you confirm the pilot start date?',
    },
    {
      name: 'a smile before the ask returns the warmth ("con gusto! 😊 Would it help ...?")',
      reader: 'MX',
      writer: 'IT',
      history: [c('Hola Matteo! Me encanta, thank you so much for the demo, you were wonderful 😊')],
      draft: 'Hola Lupita, con gusto! 😊 Would it help if I sent you a short comparison sheet today?',
    },
    {
      name: '"Anytime!" before the turn answers the thanks first, as it does for cold-reply',
      reader: 'US',
      history: [
        c(
          'Hi Marina, thank you so much for the demo yesterday! The whole team loved it, you were amazing. Have a great weekend!',
        ),
      ],
      draft: 'Anytime! So, when can we sign?',
    },
    {
      name: 'courteous thanks in the first emails answered with an order: blunt-request’s alone, not a turn from warmth',
      reader: 'GB',
      writer: 'CN',
      history: [
        c('Hello Chen, Many thanks for the samples, they arrived in good order. Best wishes, Oliver'),
      ],
      draft: 'Dear Oliver, pay the deposit now so we can start production. Chen Hao',
    },
    {
      name: 'unhappy news met first by a line of distress in the writer’s own words ("What a terrible week.")',
      history: [
        ...FRIENDLY_HISTORY,
        c(
          'Hi Marina, sorry for the silence. We moved house last weekend and the kids were sick all week, total chaos at home.',
          100,
        ),
      ],
      draft: 'What a terrible week. The updated quote is attached, please review it by Friday.',
    },
    {
      name: 'a cheerful first message that asks for the price list, answered with "Regarding the price list"',
      reader: 'MY',
      writer: 'AU',
      history: [
        c(
          'Hi Liam, so great to meet you at the expo in KL! haha 😂 Could you send me your price list for the trackers?',
        ),
      ],
      draft: 'Regarding the price list, it is attached; the trackers start at AUD 89 per unit.',
    },
    {
      name: 'bad news of the business (a flooded plant) answered with a pitch is bad-news-pitch’s alone',
      reader: 'MX',
      writer: 'DE',
      history: [
        r('Hola Carlos, any news on the pump order?'),
        c('Hi Uwe, apologies. Our plant in Puebla was flooded on Sunday and production has stopped.', 30),
      ],
      draft:
        'Hello Carlos, our submersible pumps would keep the plant dry next time. Can I send you an offer?',
    },
    {
      name: 'the client’s new-year wish returned first, then business',
      reader: 'AR',
      writer: 'US',
      history: [
        c('Hola Kate! Feliz año nuevo 🎉 Thanks for the great support last year, the team was very happy.'),
      ],
      draft:
        'Hola Martín, feliz año to you too! 🥂 Whenever it suits you, I’d love to plan the Q1 rollout together.',
    },
    {
      name: 'a plain status question answered by the schedule of the work',
      reader: 'IN',
      writer: 'DE',
      history: [
        r('Hi Anil, the migration plan is in the shared folder.'),
        c('Hi Jens, noted. When do you start?', 40),
      ],
      draft: 'Hi Anil, the database migration is scheduled for Sunday 03:00 CET.',
    },
    {
      name: 'a salutation and a thank-you are the courtesy of a business note, not warmth brushed aside',
      reader: 'KR',
      writer: 'US',
      history: [
        ...CONTRACT_WITH_KIM,
        c('Dear Mr. Brown,\n\nThank you for your patience. We will send our comments soon.\n\nKim', 200),
      ],
      draft: 'Please send the comments by Friday so we can close this month.',
    },
    {
      name: 'a bare "Awesome, thanks!" is courtesy, not praise to answer first',
      reader: 'US',
      writer: 'DE',
      history: [r('The revised offer is attached.'), c('Awesome, thanks!')],
      draft: 'Hi Kim, can we book the kickoff call for Tuesday? Best, Jan',
    },
    {
      name: 'praise answered with the document alone is answered coldly, not abruptly (cold-reply)',
      reader: 'GB',
      writer: 'JP',
      history: [
        r('The samples were shipped on Monday.'),
        c('Thanks a lot! The team loved the samples, they are exactly what we needed.'),
      ],
      draft: 'Dear Ms. Hill, we received your email. The invoice is attached. Best regards, Hiro',
    },
    {
      name: 'the client asked for the business themselves, after an emoji: opening with it answers them',
      reader: 'US',
      writer: 'IN',
      history: [
        r("I'll be in Boston next week, might catch a Celtics game!"),
        c('great, have fun!!'),
        c(
          'haha did you make it to the Celtics game in the end?? 😂 also can you resend the pricing sheet, it got lost in my inbox',
          200,
        ),
      ],
      draft: 'Resent the pricing sheet, please check.',
    },
    {
      name: "season's greetings returned before the business",
      reader: 'IN',
      writer: 'US',
      history: [r('Hi Priya, thanks for connecting.'), c('Happy Holi to you and your team, Sam! 🌸')],
      draft:
        'Hi Priya, thank you, and a happy Holi to you too! Did you get a chance to look at the pricing page?',
    },
    {
      name: 'thanks for a gift answered with "you\'re welcome!" before the business',
      reader: 'JP',
      writer: 'US',
      history: [
        r('Dear Sato-san, congratulations on the new office! We sent a small gift.'),
        c(
          'Dear Amy-san, thank you very much for your kind gift. Everyone was very happy. Best regards, Sato',
        ),
      ],
      draft: "Hi Sato-san, you're welcome! Let me know when you're ready to talk about the renewal. Amy",
    },
    {
      name: "thanks for our work alone is business courtesy (its cold answer is cold-reply's)",
      reader: 'DE',
      writer: 'US',
      history: [
        r('The report is attached.'),
        c('Dear Sam, thank you for the clear report. Best regards, Jonas'),
      ],
      draft: 'Hi Jonas, the next step is the pilot; the offer is attached. Sam',
    },
    {
      name: 'sympathy first, then the business in the same sentence, is not a business opening',
      reader: 'JP',
      writer: 'US',
      history: [
        r('The quote is in your inbox.'),
        c('Sorry for late reply. My father passed away last week.'),
      ],
      draft: 'So sorry to hear that 🙏 btw the PO for Q3, any update?',
    },
    {
      name: 'a personal question, and a reply that first reacts in kind',
      reader: 'US',
      writer: 'VN',
      history: [c('Hi Minh! Did you survive the marathon? Still limping here 😅')],
      draft: 'Ha, barely! The shipment left Rotterdam today, tracking number in the portal.',
    },
    {
      name: 'heartfelt thanks answered with plain business: cold at most, not a turn away',
      reader: 'GB',
      writer: 'ES',
      history: [
        c(
          'Just wanted to say a huge thank you for rescuing our launch. Brilliant work from your team, honestly.',
        ),
      ],
      draft: 'Hi Kate, the offer for the reporting add-on will follow tomorrow.',
    },
    {
      name: 'a phatic "hope you are well" frames a business note; it is no warmth to answer',
      reader: 'GB',
      history: [
        ...FRIENDLY_HISTORY,
        c('Hi Marina, hope you are well. We went through the proposal and have two points on the SLA.', 100),
      ],
      draft: 'Regarding the SLA, the uptime target is 99.9% and credits apply below it.',
    },
    {
      name: 'family news beside the client’s own business request: opening with the request answers them',
      reader: 'NG',
      writer: 'GB',
      history: [
        ...FRIENDLY_HISTORY,
        c(
          'Happy new year! My cousins all came home for the holidays, a full house. Could you send the plan for phase two?',
          100,
        ),
      ],
      draft: 'Hi Tunde. The plan for phase two is attached; can you confirm the start date?',
    },
    {
      name: 'bad news met first with a short reaction: the sell after it is bad-news-pitch’s concern',
      history: [
        ...FRIENDLY_HISTORY,
        c('Bad news: my brother had a serious accident and I am at the hospital all week.', 100),
      ],
      draft: 'Oh dear. Could you still approve the order so we can ship on time?',
    },
    {
      name: 'an interjection first after bad news is a reaction, not a business opening',
      history: [...FRIENDLY_HISTORY, c('We had a round of layoffs yesterday and half my team is gone.', 100)],
      draft: 'Ah, rough times. Shall we still sign the renewal before the quarter ends?',
    },
    {
      name: 'thanks and praise alone, in the first emails: business first is at most cold',
      reader: 'GB',
      history: [c('Thank you so much for the quick fix, you are amazing! The team is thrilled.')],
      draft: 'Please find attached the invoice for the fix.',
    },
    {
      name: 'the client asked for the business thing, and the reply opens with it',
      history: [
        ...FRIENDLY_HISTORY,
        c('Hi Marina, how are you settling into the new office? Also, could you send the usage report?'),
      ],
      draft: 'Hi Alex, attached is the usage report for October.',
    },
    {
      name: 'first emails: the client gave the news as a notice of absence',
      history: [
        c('Could you send the pricing?'),
        r('Of course, attached.'),
        c('FYI I am off on Thursday, taking my daughter to a swim meet, so expect a reply next week.'),
      ],
      draft: 'Noted. Could you confirm the number of users before then?',
    },
    // rules.dev.6 generalisation (own wording): "Good." is a bare receipt, as "Noted." is.
    {
      name: 'praise answered by a bare "Good." and then an order: a cold receipt (cold-reply’s), not a turn',
      history: [
        r('Hi Joana, the new pumps were delivered to your site this morning.'),
        c('Obrigada, Stefan!! They are running already, the operators love them 😍 you guys rock!'),
      ],
      draft: 'Good. The invoice comes tomorrow, pay it within 30 days.',
    },
    {
      name: 'the same with "Fine." before the order',
      history: [
        r('Hi Joana, the new pumps were delivered to your site this morning.'),
        c('Obrigada, Stefan!! They are running already, the operators love them 😍 you guys rock!'),
      ],
      draft: 'Fine. Send the signed delivery note by Friday.',
    },
    {
      name: 'thanks for a visit with the lunch praised in the next sentence, answered by a statement: cold-reply’s, not a turn',
      history: [
        r('Dear Katrin, thank you again for coming to see our plant in Porto.'),
        c(
          'Dear Duarte, no, thank you! The welcome your team gave us was wonderful, the lunch by the river was unforgettable and my husband still talks about the grilled sardines. We hope to return the favour soon. Herzliche Grüße, Katrin',
          30,
        ),
      ],
      draft: 'Dear Katrin, the test protocol from your visit is attached.',
    },
    // rules.dev.12 generalisation (own wording): an absence given as the reason for a business date.
    {
      name: 'first emails: a family trip given as the reason the signature waits ("so we will sign once I am back")',
      history: [
        r('Hello Nadia, the framework agreement with your changes is in your inbox.'),
        c(
          'Thank you Pierre, it all looks fine. I am taking the children to my parents in Tlemcen for two weeks from Monday, so we will sign once I am back. I hope that is fine.',
        ),
      ],
      draft: 'Fine. Could your deputy sign it before Monday? Our half-year closes on the 30th.',
    },
    {
      name: 'first emails: the same with "after coming back"',
      history: [
        r('Hi Rahul, the revised SOW is in your mail.'),
        c(
          'Thanks, looks good. Going to Goa with my wife for our anniversary next week, will sign after coming back.',
        ),
      ],
      draft: 'Ok. Can you sign before you leave? We need it this month.',
    },
    {
      name: 'first emails: the client followed the news with its own request, answered',
      history: [c('Hi! Spent the weekend at my nephew’s wedding. Could you send a quote for 40 seats?')],
      draft: 'Hello. The quote for 40 seats is attached.',
    },
    {
      name: 'a new contact’s polite thank-you answered with the business at hand',
      reader: 'AE',
      history: [c('Greetings. Thank you for the presentation. We will study the offer with our partners.')],
      draft: 'Hello Omar. When can we expect your decision?',
      clientName: 'Omar Haddad',
    },
    {
      name: 'FI client, first email with a weekend remark: business first is their norm',
      reader: 'FI',
      history: [c('Hello. I spent the weekend at our summer cottage. We need a quote for 40 licenses.')],
      draft: 'So, the price for 40 licenses is 12,000 EUR.',
    },
    {
      name: 'acknowledges the news before the business',
      history: [
        ...FRIENDLY_HISTORY,
        c('We spent Thanksgiving with my in-laws in Vermont, way too much pie!', 100),
      ],
      draft:
        'I hope you had a wonderful Thanksgiving with the family! So, did you have a chance to review the proposal?',
    },
    {
      name: 'a curt client who writes curt notes, even with one "Thanks!"',
      reader: 'DE',
      history: [
        c('Need quote for 20 seats.'),
        r('Quote attached.'),
        c('Price ok. Send contract.'),
        r('Contract attached.'),
        c('Signed. Thanks!'),
      ],
      draft: 'So, the next step is onboarding: can you send the admin emails?',
    },
    {
      name: 'a plain business request answered with business',
      reader: 'DE',
      writer: 'RU',
      history: [c('Please send the updated SOW with the new milestones. Regards, Klaus')],
      draft: 'So, here is the updated SOW.',
    },
    {
      name: 'opens with thanks and recognition before turning to business',
      reader: 'BR',
      history: [c('We had a lovely weekend at the beach with the kids!')],
      draft: 'Thank you for sharing, that sounds lovely. Now, about the renewal: shall we talk on Monday?',
    },
    {
      name: 'business use of family words',
      reader: 'IN',
      history: [c('We are evaluating your family of products for our three plants.')],
      draft: 'So, which modules matter most to you?',
    },
    {
      name: 'sympathy first after bad news',
      history: [c('My father is in the hospital, so I will be slow this week.')],
      draft: 'I am so sorry to hear about your father. Please do not worry about the budget for now.',
    },
    {
      name: 'answers the personal question first',
      reader: 'AU',
      history: [c('How was your weekend? Any news on the pilot?')],
      draft: 'My weekend was great, thanks for asking! So, the pilot starts on Monday.',
    },
    {
      name: 'news already answered earlier; the last message is business',
      history: [
        c('We just adopted a puppy!'),
        r('How lovely, congratulations on the new family member!'),
        c('Can you send the pricing for 50 users?'),
      ],
      draft: 'So, here is the pricing for 50 users.',
    },
    {
      name: 'the reply does not open on business',
      reader: 'MX',
      history: [c('We had a great time at the trade show, thank you for the invitation!')],
      draft: 'It was great to see you there. I attached the brochure we discussed.',
    },
    {
      name: 'a holiday closure notice is business',
      reader: 'GB',
      history: [c('Our office is closed for the holidays from 23 December to 2 January.')],
      draft: 'So, shall we plan the kickoff for 5 January?',
    },
    {
      name: 'a business trip mention is business',
      reader: 'NL',
      writer: 'UA',
      history: [c('I am on a business trip to Singapore this week. Please send the draft agreement.')],
      draft: 'So, the draft agreement is attached.',
    },
  ],
});
