import { describe, expect, it } from 'vitest';
import { ruleReadings, runRuleCases } from '../testing/rule-tester.ts';
import { c, r } from '../testing/thread-builder.ts';
import rule from './bad-news-pitch.ts';

const WORKING = [
  c('Thanks for the demo on Tuesday, the team liked it.'),
  r('Thank you. The pricing for 40 seats is attached.'),
];

runRuleCases(rule, {
  invalid: [
    // rules.dev.58 near miss (own wording): the price they asked about, pressed with an ask and a date
    {
      name: 'a loss and "is your price still valid?" -> "valid until Friday only, so please send the PO before then"',
      reader: 'PH',
      writer: 'DK',
      history: [
        ...WORKING,
        c(
          'Sorry for the late reply, my mother passed away last week. Please confirm if your price is still valid.',
        ),
      ],
      draft:
        'Hi Joy, sorry to hear that. The price is valid until Friday only, so please send the PO before then.',
    },
    // rd52 generalisation (own wording): a step put before them after real sympathy
    {
      name: 'a father’s surgery -> sympathy, then "it would be good to walk through the 2027 roadmap together"',
      reader: 'FI',
      writer: 'ES',
      history: [
        ...WORKING,
        c('Hi Marta, my father had heart surgery on Monday, I am at the hospital most days.'),
      ],
      draft:
        'Dear Jussi, I am so sorry to hear about your father, I hope the surgery went well and he recovers fully. When you have a moment in the coming weeks, it would be good to walk through the 2027 roadmap together.',
      severity: 'warning',
    },
    // rd52 generalisation (own wording): "before we pause" puts the yes before the pause
    {
      name: 'a wife in hospital -> "so sorry; before we pause things, can you confirm the 300 units this week?"',
      reader: 'JP',
      writer: 'CA',
      history: [
        ...WORKING,
        c('Dear Mr. Scott, my wife was taken to hospital last night, I must postpone our meeting.'),
      ],
      draft:
        'Dear Mr. Ito, I am so sorry to hear about your wife and hope she recovers soon. Before we pause things, can you confirm the 300 units this week?',
    },
    // rd46-rd48 generalisation (own wording): a routine step raised after real sympathy, however
    // patiently, is a warning (settled 2026-11-28)
    {
      name: 'a husband in hospital -> real sympathy, then "when you have a moment, could you tell me whether you want the same plan?"',
      reader: 'NZ',
      writer: 'ES',
      history: [
        ...WORKING,
        c('Hi Lucia, sorry for the silence. My husband had a stroke on Friday and is still in hospital.'),
      ],
      draft:
        'Oh Kate, I am so sorry. That must be frightening, and I hope he is getting stronger every day. When you have a moment in the coming weeks, could you tell me whether you want to keep the same plan at renewal? No rush at all.',
      severity: 'warning',
    },
    {
      name: 'layoffs at the client -> real sympathy, then "no rush, but could we go through the renewal quote when you are ready?"',
      reader: 'AU',
      writer: 'CA',
      history: [
        ...WORKING,
        c(
          'Hi Sam, rough day. We had layoffs this morning: a quarter of the support team is gone, including two people I hired myself.',
        ),
      ],
      draft:
        'Hi Zoe, I am so sorry to hear about the layoffs, that is a hard day for you and the whole team. No rush at all, but could we find half an hour to go through the renewal quote when you are ready?',
      severity: 'warning',
    },
    // rd45 generalisation (own wording): the product sold as the cure ("this is exactly where X helps")
    {
      name: '"we had layoffs, half my team is gone" -> "Sorry to hear that. Actually this is exactly where Flowdesk helps ..."',
      reader: 'US',
      writer: 'LV',
      history: [
        c(
          "Hi Janis, honestly it's been a rough week. We had layoffs on Monday and half my team is gone. I can't think about new tools right now.",
        ),
      ],
      draft:
        'Hi Beth, sorry to hear that. Actually this is exactly where Flowdesk helps: with a smaller team, automated routing saves hours every day.',
    },
    // rd42 generalisation (own wording): a hold bought by acting by a date is no relief
    {
      name: '"my mother passed away" -> "Sorry to hear that. The rebate ends on the 20th, so we need your order by the 18th to hold it."',
      reader: 'VN',
      writer: 'NL',
      history: [
        c(
          'Hello Sven, sorry for the silence. My mother passed away and I was in Hue for the funeral. Back at work now.',
        ),
      ],
      draft:
        'Sorry to hear that. The 5% rebate ends on the 20th, so we need your order by the 18th to hold it.',
    },
    // rd39 generalisation (own wording): haste said as "keep things moving" is no patience; the
    // go-ahead asked for with its hyphen
    {
      name: 'a colleague\'s death, then "To keep things moving, could you confirm the order by Monday?"',
      reader: 'JP',
      writer: 'US',
      history: [
        c(
          'Dear Ms. Clark, sorry for the late reply. Our plant manager passed away suddenly last week, and things are difficult here. Please give us some time.',
        ),
      ],
      draft: 'Dear Mr. Ito, understood. To keep things moving, could you confirm the order by Monday?',
    },
    {
      name: 'a week in hospital, then the link and "we need your go-ahead today"',
      reader: 'BR',
      writer: 'US',
      history: [
        c(
          'sorry for the silence!! I was a week in hospital with a bad infection, ok now. can you resend the quote?',
        ),
      ],
      draft:
        'Sure, here it is: https://example.com/q/88\nWe need your go-ahead today to keep the March slot.',
    },
    // rules.dev.30 generalisation (own wording): a product with a compound name sold as making up
    // for the people let go
    {
      name: 'layoffs answered by "Sorry to hear that." and "our AI shift-planning module can cover the work"',
      reader: 'CA',
      writer: 'PL',
      history: [
        c(
          'Sorry for the silence. We had to let go a third of our staff last week, including two planners I hired myself. I will come back to the pilot when things settle.',
        ),
      ],
      draft:
        'Sorry to hear that. With a leaner team, our AI shift-planning module can cover most of the rostering your planners used to do. Can we book a demo this week?',
    },
    // rules.dev.28 generalisation (own wording): after layoffs, a short sorry and the product sold
    // as what makes up for the people lost
    {
      name: 'after layoffs, "Sorry to hear." and "our scheduling module can replace much of that work"',
      reader: 'IN',
      writer: 'US',
      history: [c('We had to let go a third of our planners last month. The expansion is off for now.')],
      draft:
        'Sorry to hear. With fewer planners, our scheduling module can replace much of that work. Shall we look at it on Monday?',
      severity: 'error',
    },
    // near-miss of the granted ask: an upsell beside it still sells into their trouble
    {
      name: 'loaners granted after a flood, then a new model offered at a discount',
      reader: 'PH',
      writer: 'JP',
      history: [
        c(
          'Bad news: the storm flooded our Iloilo warehouse last night. Everyone is safe. Can you send some loaner printers before the delivery?',
        ),
      ],
      draft:
        'I am very sorry to hear about the flood. Yes, we will send 6 loaner printers tomorrow. Our new P-900 model is also 15% off this month if you want to replace the damaged ones.',
    },
    // rules.dev.23 generalisation (own wording): a price about to rise and the old price held for
    // an order now, after layoffs met with a bare "we understand", is selling into their trouble.
    {
      name: 'after layoffs, "we understand", then a rate that will rise and the current rate kept for an order now',
      reader: 'PL',
      writer: 'VN',
      history: [
        ...WORKING,
        c('We had to let go 30 people this month. Next year we will order half the volume.'),
      ],
      draft:
        'Thank you for the information, we understand. Our rates will increase 8% in spring. If you order the full volume now, we can hold the current rates for you.',
      severity: 'error',
    },
    // rules.dev.23 generalisation (own wording): more staff offered "at special rates" after layoffs
    // is an upsell into their trouble, however kind the sympathy before it.
    {
      name: 'after layoffs, real sympathy, then extra consultants offered at special rates',
      reader: 'CA',
      writer: 'VN',
      history: [...WORKING, c('We had to lay off a fifth of our staff this week. Tough times here.')],
      draft:
        'I am so sorry about the layoffs, that must be very hard for you and the team. We can add two consultants next quarter at special rates.',
      severity: 'warning',
    },
    // rules.dev.23 generalisation (own wording): a charge held over a client whose site burnt is
    // pressing the deal, even after a word of sympathy.
    {
      name: 'after a fire at the client’s plant, a sorry, then storage charges and a confirmation asked',
      reader: 'MY',
      writer: 'AR',
      history: [
        ...WORKING,
        c('Our plant in Johor had a fire on Friday, we lost the finished stock. I will revert on dates.'),
      ],
      draft:
        'Sorry to hear about the fire. However, storage charges of USD 40 per day apply from Monday. Can you confirm the pickup date?',
      severity: 'warning',
    },
    // rules.dev.11/7 generalisation (own wording): the client's name before a bare "sorry to hear that"
    // leaves it a token; "in times like these" makes their trouble the moment to buy; a discount for
    // confirming "this week" is a deadline. Each is an error after serious news.
    {
      name: 'a name and a bare sorry, then a discount for their next employer',
      reader: 'US',
      writer: 'BY',
      history: [...WORKING, c('Bad news: I was laid off yesterday with my whole team.')],
      draft: 'Dana, sorry to hear that. When you start somewhere new, we can offer 10% off the first order.',
      severity: 'error',
    },
    {
      name: 'long sympathy after layoffs, then "in times like these our platform" and customer results',
      reader: 'AT',
      writer: 'MX',
      history: [...WORKING, c('We had to let 40 people go last week, it was the worst week of my career.')],
      draft:
        'I am truly sorry, that must have been a terrible week for you and everyone there. In times like these our platform really pays off: our customers cut their costs by 15%.',
      severity: 'error',
    },
    {
      name: 'sympathy after a flood at home, then a discount if they confirm this week',
      reader: 'TR',
      writer: 'CN',
      history: [...WORKING, c('Our house was flooded on Sunday, we are staying with my parents.')],
      draft:
        'So sorry, I hope you are all safe. By the way, if you confirm the order this week I can add a 5% discount.',
      severity: 'error',
    },
    {
      name: 'near-miss: the same sympathy, then the offer kept open with no date, stays a warning',
      reader: 'TR',
      writer: 'CN',
      history: [...WORKING, c('Our house was flooded on Sunday, we are staying with my parents.')],
      draft: 'So sorry, I hope you are all safe. By the way, we still have the 5% discount for you.',
      severity: 'warning',
    },
    // rules.dev.22 generalisation (own wording): news the client played down ("a routine operation,
    // nothing serious"), met with a wish first and only reading left for later, is a light touch.
    {
      name: 'a played-down operation, a wish, then a catalogue to browse while resting',
      reader: 'CA',
      writer: 'IT',
      history: [
        ...WORKING,
        c('I am off for three weeks after shoulder surgery, nothing serious. Let us talk when I am back.'),
      ],
      draft:
        'Oh, I am sorry about your shoulder, I wish you a speedy recovery! Meanwhile here is our catalogue, in case you feel like browsing. We can talk when you are back.',
      severity: 'suggestion',
    },
    {
      name: 'near-miss: the same played-down operation, with an order asked for now, stays a warning',
      reader: 'CA',
      writer: 'IT',
      history: [
        ...WORKING,
        c('I am off for three weeks after shoulder surgery, nothing serious. Let us talk when I am back.'),
      ],
      draft:
        'Oh, I am sorry about your shoulder, I wish you a speedy recovery! Meanwhile here is our catalogue; could you confirm the order for the spring range?',
      severity: 'warning',
    },
    {
      name: 'near-miss: the catalogue after surgery the client did not play down stays a warning',
      reader: 'CA',
      writer: 'IT',
      history: [
        ...WORKING,
        c('I am off for three weeks after shoulder surgery. Let us talk when I am back.'),
      ],
      draft:
        'Oh, I am sorry about your shoulder, I wish you a speedy recovery! Meanwhile here is our catalogue, in case you feel like browsing. We can talk when you are back.',
      severity: 'warning',
    },
    // near-miss of the offer of help (valid below): the client's own doing asked by a date still sells
    {
      name: 'after a flooded office, "let us know if you can do the payment by Friday"',
      reader: 'VN',
      writer: 'ZA',
      history: [...WORKING, c('Our office was flooded in the storm, we lost most of the equipment.')],
      draft:
        'I am so sorry about the flood, I hope everyone is safe. Please let us know if you can do the payment by Friday.',
      severity: 'error',
    },
    // rules.dev.22 generalisation (own wording): their misfortune turned into the chance to buy, and
    // the price argued away ("pays for itself"), put the deal before their trouble: an error even
    // after a sorry.
    {
      name: 'sorry for the lost job, then "this could be a real opportunity" and the product',
      reader: 'US',
      writer: 'BR',
      history: [...WORKING, c('I was let go on Monday together with half of my team.')],
      draft:
        'So sorry about the job, that is awful. But honestly this could be a real opportunity: our analytics suite will make you shine in your next role. Shall I set you up with a trial?',
      severity: 'error',
    },
    {
      name: 'after staff cuts and a frozen budget, "when times are hard is the right moment" to buy',
      reader: 'TH',
      writer: 'IL',
      history: [
        ...WORKING,
        c('Orders fell sharply, we had to reduce staff and there is no budget for software.'),
      ],
      draft:
        'Thanks for the update. When times are hard is exactly the right moment to automate; the licence pays for itself in a quarter. Can we talk on Monday?',
      severity: 'error',
    },
    // rules.dev.22 generalisation (own wording): "no pressure" on a product pitched into their
    // trouble is still a pitch; patience excuses business under way, not a sale raised anew. Comfort
    // words read as orders ("Hang in there!") press nothing: sympathy first keeps it a warning.
    {
      name: 'after cut hours, real sympathy, then a new module pitched "whenever you are ready, no rush"',
      reader: 'US',
      writer: 'ES',
      history: [
        ...WORKING,
        c('Rough news here: our main account moved to a rival and we have to cut hours for the team.'),
      ],
      draft:
        'Oh no, that is really hard, I am sorry. Hang in there! Whenever you are ready, our new forecasting add-on could help you win new accounts, no rush at all.',
      severity: 'warning',
    },
    {
      name: 'near-miss: the same pitch with no sympathy before it stays an error',
      reader: 'US',
      writer: 'ES',
      history: [
        ...WORKING,
        c('Rough news here: our main account moved to a rival and we have to cut hours for the team.'),
      ],
      draft:
        'Whenever you are ready, our new forecasting add-on could help you win new accounts, no rush at all.',
      severity: 'error',
    },
    // near-miss of the "due to" cause: a payment falling due, pressed after an illness, still sells
    {
      name: 'an invoice "due" on Friday pressed after a hospital stay is still selling',
      reader: 'TH',
      writer: 'DE',
      history: [...WORKING, c('Sorry for the silence, my mother was in hospital with pneumonia.')],
      draft: 'Just a reminder that the renewal invoice is due on Friday, please arrange the payment.',
    },
    // rules.dev.13 generalisation (own wording): an offer that "runs out" presses for a date as one
    // that "expires" does; after sympathy for a serious illness it stays an error (settled 2026-11-27)
    {
      name: 'sympathy for a father in intensive care, then the promo that runs out on Friday',
      reader: 'JO',
      writer: 'GB',
      history: [...WORKING, c('Sorry for the silence, my father is in intensive care after a stroke.')],
      draft:
        'I am so sorry, I really hope he pulls through. Just so you know, the promo price runs out on Friday, so it would be good to order before then.',
      severity: 'error',
    },
    {
      name: 'near-miss: the same sympathy, then the order asked for with no date, stays a warning',
      reader: 'JO',
      writer: 'GB',
      history: [...WORKING, c('Sorry for the silence, my father is in intensive care after a stroke.')],
      draft: 'I am so sorry, I really hope he pulls through. Could you please send the signed order form?',
      severity: 'warning',
    },
    // rules.dev.11 (own wording): sympathy first, then what the product did for other customers
    // offered as the answer to their cuts, is still selling.
    {
      name: 'customer results pitched after layoffs still sell, sympathy first or not',
      reader: 'AT',
      writer: 'ES',
      history: [
        ...WORKING,
        c('We have to stop the project: we let 50 colleagues go last week. It was a terrible week.', 100),
      ],
      draft:
        'I am so sorry, that must have been very hard for you. Our clients boosted their output by 15% with a smaller crew, and I could show you a lighter package whenever it suits you.',
    },
    {
      name: 'after a death, condolences then a bare order is an error: the deal is told, not asked',
      reader: 'IE',
      writer: 'PL',
      history: [
        ...WORKING,
        c('Sorry for the silence, my brother died last week and I have been with my family.'),
      ],
      draft:
        'I am so sorry about your brother, my condolences to you and your family. Send me the signed SLA and the PO number.',
      severity: 'error',
    },
    {
      name: 'near-miss: the same step asked with please, after the same condolence, stays a warning',
      reader: 'IE',
      writer: 'PL',
      history: [
        ...WORKING,
        c('Sorry for the silence, my brother died last week and I have been with my family.'),
      ],
      draft:
        'I am so sorry about your brother, my condolences to you and your family. Could you please send me the signed SLA and the PO number?',
      severity: 'warning',
    },
    {
      name: 'sympathy, then a please-request with a loss threatened ("otherwise we lose the slot"), is an error',
      reader: 'GB',
      writer: 'IN',
      history: [
        ...WORKING,
        c('I have to tell you that my wife is in hospital after a stroke. I will be away for a while.'),
      ],
      draft:
        'I am very sorry to hear about your wife, I hope she recovers soon. Please confirm the order quantities, otherwise we lose our production slot in May.',
      severity: 'error',
    },
    {
      name: 'after layoffs, sympathy then "this is where our add-on can help" sells the product as the cure: an error',
      reader: 'US',
      writer: 'PH',
      history: [
        ...WORKING,
        c('Rough month here. We had layoffs in customer service and I lost four of my agents.'),
      ],
      draft:
        'I am so sorry, that must be hard for you and the whole team. This is where our support suite can step in and take over the simple tickets.',
      severity: 'error',
    },
    {
      name: 'near-miss: after a fire, sympathy then a catalogue for when they rebuild stays a warning',
      reader: 'CA',
      writer: 'CN',
      history: [
        ...WORKING,
        c(
          'Bad news: we had a fire at our Halifax plant on Sunday. Nobody was hurt, but the packing hall is destroyed.',
        ),
      ],
      draft:
        'So sorry to hear about the fire, and glad nobody was hurt. When you plan the new hall, our packing line may be worth a look; the catalogue is attached.',
      severity: 'warning',
    },
    {
      name: 'layoffs told as "we had to let 90 people go": a pitch after a one-line sympathy still sells into it',
      reader: 'ZA',
      writer: 'FR',
      history: [
        c(
          'I am afraid we need to pause the project. We had to let 90 people go this week. It has been a hard few days.',
        ),
      ],
      draft:
        'I am sorry to hear about the layoffs. This is exactly what our automation is built for: fewer people can handle the same volume. Would it make sense to look at a smaller package now?',
    },
    {
      name: 'the product sold as the remedy for a fire at their warehouse is an error, ask or no ask',
      reader: 'IN',
      writer: 'DE',
      history: [
        r('Dear Mr. Rao, following up on the inventory software. Any update?'),
        c(
          'Dear Petra, sorry for the delay. We had a major fire in our warehouse last week. Nobody was hurt, but most of the stock is lost.',
          50,
        ),
      ],
      draft:
        'Dear Mr. Rao, this is exactly why a tracker linked to your insurance records is the right solution now. Can I send you a quote this week?',
      severity: 'error',
    },
    {
      name: 'a sorry, then a product that would prevent this kind of event, is still an error',
      reader: 'PH',
      writer: 'JP',
      history: [
        r('Dear Ms. Santos, I wanted to follow up on the server proposal.'),
        c(
          'Dear Mr. Sato, sorry for the late reply. The typhoon flooded our office and some of our staff lost their homes. We are helping them now.',
          70,
        ),
      ],
      draft:
        'Dear Ms. Santos, we are sorry to hear. Our sealed racks would protect your data from this kind of event in future. Shall I send you the brochure?',
      severity: 'error',
    },
    {
      name: 'a flood at the client’s office answered with the price of a backup plan',
      reader: 'PH',
      writer: 'IN',
      history: [
        ...WORKING,
        c(
          'Sorry for the late reply. Our office was flooded by the typhoon, many of our staff lost their homes.',
        ),
      ],
      draft:
        'Hi Alex, no worries! Good time to think about backup then. Our recovery plan starts at $199 a month.',
    },
    {
      name: 'a formula of sympathy, then the product as the answer to the fire and a demo ask',
      reader: 'IE',
      writer: 'RO',
      history: [
        ...WORKING,
        c(
          'We had a terrible week. There was a fire at our Cork plant on Sunday; production is stopped for a month.',
        ),
      ],
      draft:
        'Hi Alex, sorry to hear that. This is exactly the kind of situation our monitoring tool is built for. Would Thursday work for a demo?',
    },
    {
      name: 'a setback at work: real sympathy first, then a new machine sold for the rebuild',
      reader: 'AU',
      writer: 'CN',
      history: [
        ...WORKING,
        c('Bad news: We had a fire at our Perth plant last night. Nobody was hurt, but line 1 is destroyed.'),
      ],
      draft:
        'Dear Alex, so sorry to hear about the fire, and good that nobody was hurt. When you plan the rebuild, our new packing line could replace line 1; the catalogue is attached.',
      severity: 'warning',
    },
    {
      name: 'layoffs answered with a renewal deadline and a discount',
      reader: 'US',
      writer: 'IN',
      history: [
        ...WORKING,
        c('We had to lay off a third of our staff yesterday. I need some time to regroup.'),
      ],
      draft:
        'Dear Alex, kindly note your licence renewal is due on the 30th; renewing early gives 5% discount.',
    },
    {
      name: 'a turn to business inside one chat line that opened with sympathy',
      reader: 'KE',
      writer: 'AE',
      history: [c('sorry for the silence, my son is in hospital with a fever since monday')],
      draft:
        'oh no, wishing him a fast recovery! by the way the container rate goes up next week, shall we lock it now',
    },
    {
      name: 'a signature pushed through someone else after an accident at home',
      reader: 'FR',
      history: [
        c('Dear Marina, my wife was badly injured in a car accident. I will be away for some weeks.'),
      ],
      draft:
        'Dear Alex, I wish her a quick recovery. Perhaps a colleague of yours could sign the agreement meanwhile, so nothing is delayed.',
    },
    {
      name: 'an extension announced as a change of subject after a death is still the offer raised',
      reader: 'KR',
      history: [c('Dear Ms Petrova, I regret to tell you that our chairman passed away last night.')],
      draft:
        'Dear Alex, our deepest condolences to his family and your colleagues. On a separate note, the launch price expires on Friday, but we can extend it by a week.',
    },
    {
      name: 'patience words do not cancel a deadline in the same sentence',
      reader: 'ES',
      history: [
        c('Apologies for the silence, my brother died in a car crash and I was in Sevilla for the funeral.'),
      ],
      draft:
        'Dear Alex, my deepest condolences. Whenever you are ready, a small reminder that the launch pricing expires on the 30th, so we would need the order by then.',
    },
    {
      name: 'a short sorry, then the product as the cure for their setback',
      reader: 'CA',
      history: [
        ...WORKING,
        c(
          'Quick update: the company cut 15% of staff yesterday, my team lost three people. We need to pause the evaluation.',
        ),
      ],
      draft:
        'Hi Alex, sorry to hear that. Honestly our scheduling platform is exactly what a smaller team needs. Can we do a short call this week so I can show you?',
    },
    {
      name: 'news in two sentences: the misfortune at home in the second still makes it private',
      reader: 'GB',
      history: [
        c('Hi Marina, tough few days here. A pipe burst and flooded our house, we are staying at a hotel.'),
      ],
      draft: 'Hi Alex, so sorry! Our winter catalogue is out, with 10% off orders placed this month.',
    },
    {
      name: 'a token sorry in the same breath as a signature ask',
      reader: 'GB',
      writer: 'IN',
      history: [c('Some news, I am afraid: I was made redundant this week, my last day is Friday.')],
      draft: 'Sorry to hear. Could you get the order approved and signed before you go?',
    },
    {
      name: 'a price deadline after an illness in the family sells',
      reader: 'IT',
      writer: 'SE',
      history: [c('Sorry for the silence, my father had a stroke and I spent the week at the hospital.')],
      draft: 'Hi Alex, no problem. The offer is valid until Monday, after that prices go up 5%.',
    },
    {
      name: 'a misfortune at home is private grief: a discount after it sells',
      history: [
        c('Sorry for the silence, a storm flooded our house on Sunday and we are staying with friends.'),
      ],
      draft: 'No worries. Our spring promotion ends Friday, 15% off the annual plan.',
      severity: 'error',
    },
    {
      name: 'after a death, condolences then a discount deadline: the date puts the deal before their grief',
      reader: 'US',
      writer: 'RU',
      history: [...WORKING, c('My mother died on Saturday, I will be away this week.')],
      draft: 'My condolences. Our spring discount ends on Friday, just so you know.',
      severity: 'error',
    },
    {
      name: 'after a death, condolences then a product note with no date: a warning',
      reader: 'US',
      writer: 'RU',
      history: [...WORKING, c('My mother died on Saturday, I will be away this week.')],
      draft:
        'My deepest condolences to you and your family. By the way, our new reporting module is now available.',
      severity: 'warning',
    },
    {
      name: 'after layoffs, the product pitched as the answer to their trouble, no sympathy: an error',
      reader: 'GB',
      writer: 'US',
      history: [
        r('Hi Anna, the proposal is attached.'),
        c(
          'Hi Mark, we had to lay off 25% of our staff this week, so it is a hard time here. I will come back to the proposal later.',
          72,
        ),
      ],
      draft:
        'Hi Anna, our platform is built for exactly this: doing more with a smaller team. Want me to set up a demo next week?',
      severity: 'error',
    },
    {
      name: 'after a hospital stay, a reminder that the invoice is due',
      reader: 'GB',
      writer: 'DE',
      history: [...WORKING, c('I was in hospital for a week after a heart scare, just home now.')],
      draft: 'Hi Sam, a reminder that the invoice is due on Friday.',
      clientName: 'Sam Lee',
      severity: 'error',
    },
    {
      name: 'US client lost his father; the reply asks about the contract',
      reader: 'US',
      writer: 'RU',
      history: [
        ...WORKING,
        c('Sorry for the silence. My father passed away last week and I had to fly home.', 200),
      ],
      draft: 'Did you have a chance to review the contract?',
      severity: 'error',
      evidenceIncludes: 'passed away',
      fixIncludes: 'sorry for your loss',
    },
    {
      name: 'British client in hospital; the reply presses for the order',
      reader: 'GB',
      writer: 'UA',
      history: [...WORKING, c('I was in hospital with pneumonia for ten days, just back at my desk.')],
      draft: 'So, are you ready to place the order?',
      severity: 'error',
      rewriteIncludes: /^I'm so sorry to hear/,
    },
    {
      name: 'Australian client had a car accident; the reply asks for a signature',
      reader: 'AU',
      writer: 'DE',
      history: [...WORKING, c('We had a car accident on the way back from the coast. All fine, but shaken.')],
      draft: 'Can you sign the renewal this week?',
      severity: 'error',
    },
    {
      name: 'Brazilian client after layoffs; the reply upsells',
      reader: 'BR',
      writer: 'CN',
      history: [...WORKING, c('They laid off half of our department yesterday, it is a mess here.')],
      draft: 'Would you like to upgrade to the enterprise plan?',
      severity: 'error',
      fixIncludes: 'difficult time',
    },
    // Near-miss of the budget cut below (valid): the same ask after layoffs is still an error.
    {
      name: 'Mexican client’s budget was cut and staff let go; the reply demands the order form',
      reader: 'MX',
      writer: 'IN',
      history: [...WORKING, c('Bad news: our budget was cut and we had to let 12 people go.')],
      draft: 'Please send the signed order form by Friday.',
      severity: 'error',
    },
    {
      name: 'Indian client’s mother is unwell; the reply chases the payment',
      reader: 'IN',
      writer: 'RU',
      history: [
        ...WORKING,
        c('Apologies for the delay, my mother is unwell and I am at the hospital most days.'),
      ],
      draft: 'When can we expect the payment?',
      severity: 'error',
    },
    {
      name: 'German client’s grandmother died; sympathy first, still sells',
      reader: 'DE',
      writer: 'UA',
      history: [...WORKING, c('My grandmother died on Sunday and the funeral is on Friday.')],
      draft: "I'm so sorry for your loss. Shall we sign the contract next week?",
      severity: 'warning',
    },
    {
      name: 'Japanese client recovering from surgery; non-native pressure',
      reader: 'JP',
      writer: 'CN',
      history: [...WORKING, c('My wife is recovering from surgery, so I am working less this month.')],
      draft: 'Please confirm purchase until end of month.',
      severity: 'error',
    },
    // rules.dev.7/12/14 (own wording): asking a client who just lost their own job to pass the rep
    // on to their old company uses them for the sale, an error (it was a warning before).
    {
      name: 'Dutch client lost the job; the reply asks for the successor',
      reader: 'NL',
      writer: 'DE',
      history: [...WORKING, c('I lost my job last week, so this is my last email from this address.')],
      draft: 'Can you forward me the contact details of your successor?',
      severity: 'error',
    },
    {
      name: 'made redundant; a cheerful thanks, then a request for an introduction to the new buyer',
      reader: 'SE',
      writer: 'US',
      history: [...WORKING, c('Quick heads-up: I was made redundant on Friday, my last day is tomorrow.')],
      draft: 'Thanks for the heads-up! Could you introduce me to whoever takes over purchasing?',
      severity: 'error',
    },
    {
      name: 'near-miss: real sympathy first, then the same request, still asks but is a warning',
      reader: 'SE',
      writer: 'US',
      history: [...WORKING, c('Quick heads-up: I was made redundant on Friday, my last day is tomorrow.')],
      draft:
        'I am so sorry, that is a hard way to end a week and you did great work there. When you feel up to it, who would be the right person to speak to about the pilot?',
      severity: 'warning',
    },
    // rules.dev.14 (own wording): after real sympathy for layoffs, what the product did for "clients
    // of ours", or "our platform could help", is a pitch nobody asked for: a warning
    {
      name: 'after layoffs, sympathy, then what clients of ours saved with the product, is a warning',
      reader: 'CZ',
      writer: 'IN',
      history: [
        ...WORKING,
        c('We must pause all projects. Last week we let 25 people go, it was a very hard week.', 100),
      ],
      draft:
        'I am truly sorry, that must have been an awful week for you. Some clients of ours trimmed their support costs by a fifth after a similar reorganisation, whenever you want to look at it.',
      severity: 'warning',
    },
    {
      name: 'near-miss: the same pitch with no sympathy before it is an error',
      reader: 'CZ',
      writer: 'IN',
      history: [
        ...WORKING,
        c('We must pause all projects. Last week we let 25 people go, it was a very hard week.', 100),
      ],
      draft: 'Understood. Our platform could help you keep service levels with a smaller team.',
      severity: 'error',
    },
    // rules.dev.14 (own wording): "hold the price" offered only on a condition, with a rise
    // threatened after it, is a lever, not relief.
    {
      name: 'a discount held only until a date, after which the price rises, presses after an illness',
      reader: 'MY',
      writer: 'NZ',
      history: [...WORKING, c('Sorry for the slow reply, my wife had emergency surgery on Monday.')],
      draft:
        'Oh no, I hope she recovers quickly and you get some rest too. We can hold your rate if the order comes in by the 20th, otherwise the rate increases by 5%.',
      severity: 'error',
    },
    {
      name: 'a price "valid only until" a date after condolences is a deadline',
      reader: 'TR',
      writer: 'RU',
      history: [...WORKING, c('I was away, my grandmother passed away last week.')],
      draft: 'My condolences. The quoted price is valid only until Thursday, so please confirm the order.',
      severity: 'error',
    },
    {
      name: 'Israeli client’s house flooded; the reply pivots to the pilot',
      reader: 'IL',
      writer: 'IN',
      history: [...WORKING, c('Our house flooded during the storm, we are staying with friends for now.')],
      draft: 'Hi Noa, so, shall we move forward with the pilot?',
      severity: 'error',
    },
    // rules.dev.15 generalisation (own wording): "sorry to hear that" padded with a name or an
    // intensifier is still a token (settled 2026-11-27) before a price change held out after a death.
    {
      name: 'a padded "sorry to hear that" before a price rise and an order asked for after a death is an error',
      reader: 'GH',
      writer: 'IN',
      history: [
        ...WORKING,
        c('Apologies for going quiet, my mother passed away on Monday and we are arranging the funeral.'),
      ],
      draft:
        'We are very sorry to hear that, Kwame. The new rates apply from 1 June, so placing your June order now saves you the 8%.',
      severity: 'error',
    },
    {
      name: 'near-miss: "sorry for your loss" names the loss; the same rates after it stay a warning',
      reader: 'GH',
      writer: 'IN',
      history: [
        ...WORKING,
        c('Apologies for going quiet, my mother passed away on Monday and we are arranging the funeral.'),
      ],
      draft:
        'I am so sorry for your loss, Kwame, and I hope your family finds some peace this week. The new rates apply from 1 June, so placing your June order now saves you the 8%.',
      severity: 'warning',
    },
    {
      name: 'near-miss: "sorry to hear that" followed by a wish of its own is more than a token, a warning',
      reader: 'GH',
      writer: 'IN',
      history: [
        ...WORKING,
        c('Apologies for going quiet, my mother passed away on Monday and we are arranging the funeral.'),
      ],
      draft:
        'We are very sorry to hear that, may she rest in peace. The new rates apply from 1 June, so placing your June order now saves you the 8%.',
      severity: 'warning',
    },
    // rules.dev.15 (own wording): their misfortune made the argument for the product ("this proves
    // why", "our tool cuts such accidents") is sold as its cure, an error even after real sympathy.
    {
      name: 'a workshop fire used to argue for the product is sold as the cure',
      reader: 'FI',
      writer: 'PL',
      history: [
        ...WORKING,
        c(
          'Sorry for the delay. My brother was hurt in a fire at his workshop, he is in hospital but recovering.',
        ),
      ],
      draft:
        'That is terrible, I am glad he is recovering. It proves how much early detection matters: our sensor platform cuts such accidents by half. Shall I send you a short deck?',
      severity: 'error',
    },
    {
      name: 'after layoffs, a token sorry then the tool called even more helpful for a smaller crew is an error',
      reader: 'CA',
      writer: 'KR',
      history: [
        ...WORKING,
        c('We had layoffs this week and a third of my team is gone, it has been brutal.'),
      ],
      draft:
        'Sorry to hear that. With fewer people, our picking software becomes even more valuable. Could we book a demo on Thursday?',
      severity: 'error',
    },
    // rules.dev.17 generalisation (own wording): their cut made the case for buying ("more
    // important than ever", "your remaining staff can focus"), and haste ("at the earliest") asked
    // after an accident, press as a date does.
    {
      name: 'after layoffs, real sympathy then the service sold as what the remaining staff need is an error',
      reader: 'IE',
      writer: 'RO',
      history: [...WORKING, c('We laid off a quarter of our people on Monday, it has been awful.')],
      draft:
        'I am truly sorry, that must have been a terrible day for everyone. Managed support is more valuable than ever now, so your remaining staff can concentrate on the customers. Could we talk on Tuesday?',
      severity: 'error',
    },
    {
      name: 'a token sorry after redundancies, then their smaller team as the reason to order, is an error',
      reader: 'GB',
      writer: 'IN',
      history: [...WORKING, c('The board made 30 people redundant yesterday, including most of my team.')],
      draft: 'Sorry to hear that. With fewer engineers, automated testing is more important than ever.',
      severity: 'error',
    },
    {
      name: 'after a fall, sympathy then the signed form asked for at the earliest is an error',
      reader: 'US',
      writer: 'IN',
      history: [
        ...WORKING,
        c('I fell off a ladder on Sunday and broke my hip, I am in hospital until Friday.'),
      ],
      draft:
        'So sorry to hear about your fall, wishing you a quick recovery. Kindly send the signed order form as soon as possible so we can reserve the engineers.',
      severity: 'error',
    },
    {
      name: 'near-miss: the same sympathy and signed form with no haste stays a warning',
      reader: 'US',
      writer: 'IN',
      history: [
        ...WORKING,
        c('I fell off a ladder on Sunday and broke my hip, I am in hospital until Friday.'),
      ],
      draft:
        'So sorry to hear about your fall, wishing you a quick recovery. Kindly send the signed order form so we can reserve the engineers.',
      severity: 'warning',
    },
    // rules.dev.16 generalisation (own wording): the product fitted to their trouble, a cheaper
    // plan, their trouble as the moment to buy, a calendar deadline, war at home.
    {
      name: 'a token sorry after layoffs, then a cheaper plan as a perfect fit, is an error',
      reader: 'CZ',
      writer: 'US',
      history: [...WORKING, c('We had layoffs on Monday, a quarter of the staff, my own team halved.')],
      draft:
        'Sorry to hear that. With money tight, our Basic tier could be an ideal fit and it is far cheaper.',
      severity: 'error',
    },
    {
      name: 'sympathy for a fire, then the rebuild as the right time to upgrade to our line, is an error',
      reader: 'TR',
      writer: 'DE',
      history: [
        ...WORKING,
        c('A fire broke out in our warehouse, three workers are in hospital with burns.'),
      ],
      draft:
        'I am so sorry about your workers. Since you must rebuild anyway, it is the right time to upgrade to our sprinkler package.',
      severity: 'error',
    },
    {
      name: 'condolences, then a signature pushed for a calendar date, is an error',
      reader: 'JP',
      writer: 'US',
      history: [...WORKING, c('I regret to tell you that our managing director died suddenly last week.')],
      draft:
        'Please accept my deepest condolences. Could the agreement still be signed before 15 April? The rate is only guaranteed until then.',
      severity: 'error',
    },
    {
      name: 'a price that goes up "anyway" after layoffs is sales talk, not a turn of subject',
      reader: 'LB',
      writer: 'IT',
      history: [
        ...WORKING,
        c('We had to let go 12 people from the shop floor this week, it broke my heart.'),
      ],
      draft: 'Sorry to hear that. Our rates rise in January anyway, so ordering now would be smart.',
      severity: 'error',
    },
    {
      name: 'war at home (nights in the shelter), then a PO pressed for Friday, is an error',
      reader: 'IL',
      writer: 'NL',
      history: [
        ...WORKING,
        c('My husband was called up for reserve duty and we sleep in the shelter most nights with the kids.'),
      ],
      draft: 'Stay safe. We need your PO by Friday, otherwise the May slot goes to another customer.',
      severity: 'error',
    },
    {
      name: 'nights in shelter told without the article, then a deposit pressed, is an error',
      reader: 'UA',
      writer: 'DE',
      history: [
        ...WORKING,
        c('Sorry for silence. Since Sunday we sleep in shelter with children most nights.'),
      ],
      draft: 'Take care. Please transfer the deposit this week, or the production slot is released.',
      severity: 'error',
    },
    {
      name: 'silence on a heart operation, then who signs while they are away, is an error',
      reader: 'EG',
      writer: 'IT',
      history: [...WORKING, c('I will be off for two weeks, I have a heart procedure on Monday.')],
      draft: 'Who can sign the purchase order while you are away? We want to book the December slot.',
      severity: 'error',
    },
  ],
  valid: [
    // rules.dev.58 generalisation (own wording): the business they asked for, answered after sympathy
    {
      name: 'a flooded site and "has the order shipped? can you hold it?" -> held, "no storage charge, of course"',
      reader: 'NZ',
      writer: 'DE',
      history: [
        ...WORKING,
        c(
          'Hi Jonas, the storm flooded our warehouse on Monday. Nobody was hurt, but we cannot receive goods for weeks. Has order 5512 left yet? If not, can you hold it until we have a new address?',
        ),
      ],
      draft:
        'Hi Aroha, I am so sorry, I am glad everyone is safe. Order 5512 has not left: it is on hold in our warehouse until you tell us where to send it. No storage charge, of course.',
    },
    {
      name: 'a colleague\'s illness and "send me where things stand on pricing" -> the quote with its validity date',
      reader: 'AU',
      writer: 'VN',
      history: [
        ...WORKING,
        c(
          'Hi Minh, I am sorry to tell you that Paul is seriously ill and will be away for months; I am taking over. Could you send me where things stand on samples and pricing?',
        ),
      ],
      draft:
        'Hi Kate, I am very sorry to hear about Paul, please give him my best wishes. Samples: the second set arrived in Sydney on 12 May. Pricing: quote v2 is attached, USD 0.19 per unit at 40,000 units, valid until the end of March.',
    },
    // rd52 generalisation (own wording): the business named only to be let go of
    {
      name: 'a mother’s death -> condolences and "please don’t give the meeting a second thought"',
      reader: 'PT',
      writer: 'AT',
      history: [...WORKING, c('Dear Lukas, I must cancel Friday. My mother died last night.')],
      draft:
        'Dear Inês, I am so sorry about your mother. Please don’t give the meeting a second thought; when you feel ready, just write and we will find a time.',
    },
    // rd46-rd48: a pause or a new date for what was planned is relief, not a step raised
    {
      name: 'a father in hospital -> sympathy, then "could we move the renewal call to next month?"',
      reader: 'IE',
      writer: 'DE',
      history: [
        ...WORKING,
        c('Hi Jonas, my father was taken into hospital last night, I will be away for a while.'),
      ],
      draft:
        'Hi Aoife, I am so sorry to hear about your father, I hope he recovers well. Could we move the renewal call to next month? Please look after yourself and your family.',
    },
    // rd43 generalisation (own wording): the renewal let go ("don't give it another thought") and the
    // prices kept in place are relief, not selling
    {
      name: '"we announced layoffs, my own job is at risk" -> "Please don\'t give the renewal another thought; your prices stay in place until June"',
      reader: 'US',
      writer: 'NL',
      history: [
        c(
          "Hi Joost, bad timing: we announced layoffs yesterday and my own job is at risk. I can't think about the renewal right now.",
        ),
      ],
      draft:
        "Hi Amy, I'm really sorry, that is hard news. Please don't give the renewal another thought for now. I've made a note so your current prices stay in place until June, whatever happens.",
    },
    // rd44 generalisation (own wording): prices kept open for them is patience
    {
      name: '"my father passed away" -> "... I have asked our team to keep your quote valid until March, take all the time you need"',
      reader: 'EG',
      writer: 'GB',
      history: [
        c(
          'Dear Emma, sorry for the silence. My father passed away last week and I was in Tanta with my family.',
        ),
      ],
      draft:
        'Dear Mr. Hassan, I am so sorry for the loss of your father. I have asked our team to keep your quote valid until the end of March. Take all the time you need.',
    },
    // rd42 generalisation (own wording): "with no deadline" lifts a date; it holds none over them
    {
      name: '"the storm flooded our house" -> "so sorry ... the pallets stay reserved for you, with no deadline"',
      reader: 'PT',
      writer: 'DE',
      history: [
        c(
          'Hello Katrin, sorry for the silence. The storm flooded our house and my parents had to leave theirs. I cannot think about the cork order now.',
        ),
      ],
      draft:
        'Dear Tiago, I am so sorry, that sounds terrible. Please do not worry about the order at all: the pallets stay reserved for you, with no deadline. Thinking of you and your family.',
    },
    // rules.dev.30 generalisation (own wording): another company's layoffs, told as the reason to
    // move the business, are no misfortune of the client's
    {
      name: '"ParcelNet laid off half their support staff" answered by taking the routes over',
      reader: 'US',
      writer: 'IN',
      history: [
        c(
          'heads up - ParcelNet laid off half their support staff this week. we still have 4 routes with them, kinda worried',
        ),
        c('can your team take those routes before the holiday peak?', 0.02),
      ],
      draft:
        "Thanks for the heads-up, Jake, we saw the news too. Yes, we can take all 4 routes. Migration usually takes 2 weeks per route, so if we start the week of 2 March you're fully on our platform before April. I'll send a migration plan by tomorrow.",
    },
    // rules.dev.25 generalisation (own wording): sympathy first, then the business the client asked
    // for themselves, granted, with nothing else sold and no date pressed
    {
      name: 'loaner units the client asked for after a flood, granted after sympathy',
      reader: 'PH',
      writer: 'JP',
      history: [
        c(
          'Bad news: the storm flooded our Iloilo warehouse last night. Everyone is safe. Can you send some loaner printers before the delivery? Even 5 pcs help.',
        ),
      ],
      draft:
        'I am very sorry to hear about the flood, and relieved everyone is safe. Yes, we will send 6 loaner printers tomorrow, free of charge. Please tell me the delivery address.',
    },
    {
      name: 'fewer seats at renewal, asked for after layoffs, granted after sympathy',
      reader: 'AU',
      writer: 'IE',
      history: [
        c(
          'Rough week, we had to let 20 people go after losing a big contract. For the renewal, can we drop to 60 seats without a penalty?',
        ),
      ],
      draft:
        'I am really sorry to hear that. Yes, we can renew at 60 seats with no penalty; the updated renewal form is attached, no rush at all.',
    },
    // rules.dev.22 generalisation (own wording): help offered with their trouble (papers for the
    // insurer, a delivery held) is care, not a sale.
    {
      name: 'after a flooded office, sympathy, the order held, and copies of the delivery notes offered',
      reader: 'VN',
      writer: 'ZA',
      history: [...WORKING, c('Our office was flooded in the storm, we lost most of the equipment.')],
      draft:
        'I am so sorry about the flood, I hope everyone is safe. Of course we will hold the shipment. If I can do anything, like resending the invoices for your claim, let me know.',
    },
    {
      name: 'after a flooded office, sympathy and "anything we can do, such as the certificates again"',
      reader: 'VN',
      writer: 'ZA',
      history: [...WORKING, c('Our office was flooded in the storm, we lost most of the equipment.')],
      draft:
        'I am so sorry about the flood, I hope everyone is safe. Anything we can do, such as sending the certificates again for the insurance, please let me know.',
    },
    // near-miss of "the right moment to automate" above: after a work setback, sympathy then a plain
    // call later, with no pitch, is the gentle next step
    {
      name: 'after staff cuts, sympathy then a short call next month',
      reader: 'TH',
      writer: 'IL',
      history: [
        ...WORKING,
        c('Orders fell sharply, we had to reduce staff and there is no budget for software.'),
      ],
      draft:
        'I am really sorry to hear about the cuts, that must be hard for everyone. Could we have a short call next month?',
    },
    // near-miss of the pitch under "no rush" above: patience about the quote already sent sells nothing
    {
      name: 'after cut hours, sympathy and the quote left to wait with no rush',
      reader: 'US',
      writer: 'ES',
      history: [
        ...WORKING,
        c('Rough news here: our main account moved to a rival and we have to cut hours for the team.'),
      ],
      draft: 'Oh no, that is really hard, I am sorry. Hang in there! The quote can wait, no rush at all.',
    },
    // rules.dev.20 generalisation (own wording): "due to" gives a cause, not an offer falling due; an
    // operation whose good end is told ("All went well.") is news to greet, not grave news.
    {
      name: 'a delivery date moved "due to" a strike, answering the client’s own question, sells nothing',
      reader: 'TH',
      writer: 'DE',
      history: [
        ...WORKING,
        c('Sorry for the silence, my mother was in hospital with pneumonia. Is the delivery still on time?'),
      ],
      draft: 'The delivery moves to 3 May due to a strike at the port. The tracking number follows tomorrow.',
    },
    {
      name: 'warm wishes after an operation that went well, then the client’s own question answered',
      reader: 'AT',
      writer: 'IN',
      history: [
        ...WORKING,
        c(
          'Sorry for the wait, my husband had an operation on his knee last week. All went well. Is clause 7 fine for you?',
        ),
      ],
      draft:
        'So glad to hear it went well, please pass on my best wishes. Clause 7 is fine for us; the revised draft follows on Monday.',
    },
    // rules.dev.17 near-miss (own wording): after layoffs, sympathy then a plain promise to wait is
    // no selling, even when it names their remaining team.
    {
      name: 'after layoffs, sympathy and an offer to wait until the remaining team is settled',
      reader: 'GB',
      writer: 'PL',
      history: [...WORKING, c('We had to make a third of the company redundant last week.')],
      draft:
        'I am so sorry, Tom, that is a very hard thing to go through. Please take all the time you need; we can pick this up whenever it suits you.',
    },
    {
      name: 'near-miss: a hold offered with no condition and no rise, after an illness, is patience',
      reader: 'MY',
      writer: 'NZ',
      history: [...WORKING, c('Sorry for the slow reply, my wife had emergency surgery on Monday.')],
      draft:
        'Oh no, I hope she recovers quickly and you get some rest too. We will hold your rate until you are back, no rush at all.',
    },
    {
      name: 'near-miss: after layoffs at the company (not the client’s own job), sympathy then who runs the project now',
      reader: 'AT',
      writer: 'ES',
      history: [
        ...WORKING,
        c('We had to let 30 people go last week. It was a terrible week for all of us.', 100),
      ],
      draft:
        'I am so sorry, that must have been a very hard week for you and the team. Who is handling the pilot on your side now?',
    },
    // near-miss: sympathy and a patient word about the business, with no pitch, is not selling
    {
      name: 'sympathy after layoffs with the business left to wait does not sell',
      reader: 'AT',
      writer: 'ES',
      history: [
        ...WORKING,
        c('We have to stop the project: we let 50 colleagues go last week. It was a terrible week.', 100),
      ],
      draft:
        'I am so sorry, that must have been very hard for you and the team. The project can wait; I am here whenever you want to talk.',
    },
    {
      name: 'a child admitted to university is good news, not bad: a quote in reply sells into nothing',
      reader: 'NG',
      writer: 'GB',
      history: [
        c(
          'Good news to share: my son has been admitted to study medicine! On business, could you send a quote for the Kano branch?',
        ),
      ],
      draft: 'Dear Emeka, thank you. The quote is attached; lead time is six weeks from order.',
    },
    {
      name: '"still recovering from the party" after a wedding is happy news, not bad news to sell past',
      reader: 'MX',
      writer: 'DE',
      history: [
        r('Hi Luis, I will prepare the quote for the second line this week.'),
        c(
          'Hi Jana, sorry for the slow reply! My son got married on Saturday. Still recovering from the party 😄 I will look at the quote now.',
          30,
        ),
      ],
      draft:
        'Hi Luis, thanks for getting back to me. The revised quote with the discount we discussed is attached.',
    },
    {
      name: 'a meeting time is no price: "the call starts at 10" after sympathy and patience',
      reader: 'US',
      history: [...WORKING, c('We had to lay off a third of our staff yesterday.')],
      draft:
        'Hi Alex, I am so sorry to hear that, it must be a hard week. No rush at all on our side; the call can wait until you are ready.',
    },
    {
      name: 'keeping the offer open after a flood, with no time pressure, lets the business wait',
      reader: 'JP',
      writer: 'IT',
      history: [
        c(
          'Dear Ms Rossi, our warehouse was flooded this week. Everyone is safe, but our decision will be delayed.',
        ),
      ],
      draft:
        'Dear Alex, I am so sorry about the flood, and glad everyone is safe. Please do not think about our offer now; we will keep the quotation valid until March, so there is no pressure at all.',
    },
    {
      name: 'after a setback, sympathy and a patient next step, with no product pushed',
      reader: 'CA',
      history: [
        ...WORKING,
        c(
          'Quick update: the company cut 15% of staff yesterday, my team lost three people. We need to pause the evaluation.',
        ),
      ],
      draft:
        'Hi Alex, I am really sorry, that is a hard week for you and the team. Of course, let us pause, and I will check in next quarter.',
    },
    {
      name: 'after an illness, the rep extends the deadline: patience, not a pitch',
      reader: 'US',
      writer: 'RU',
      history: [...WORKING, c('I was in hospital for a week after a heart scare, just home now.')],
      draft:
        'So sorry to hear that, I hope you are recovering well. We have extended the offer deadline for you.',
    },
    {
      name: 'after a death, the quote mentioned only to say it is on hold',
      reader: 'GB',
      writer: 'DE',
      history: [...WORKING, c('My mother died on Saturday, I will be away this week.')],
      draft: 'My deepest condolences. I will keep the quote on hold until you are back.',
    },
    {
      name: 'after a death, the business named only to say it can wait',
      reader: 'US',
      writer: 'RU',
      history: [...WORKING, c('My mother died on Saturday, I will be away this week.')],
      draft: 'I am so sorry. The contract can wait, please take care of your family.',
    },
    {
      name: 'sympathy after a loss and no selling',
      reader: 'US',
      writer: 'RU',
      history: [...WORKING, c('My father passed away last week and I had to fly home.')],
      draft: "I'm so sorry for your loss. Please take all the time you need.",
    },
    {
      name: 'sympathy after an illness',
      reader: 'GB',
      writer: 'UA',
      history: [...WORKING, c('I was in hospital with pneumonia for ten days.')],
      draft: 'I am so sorry to hear about the pneumonia. Wishing you a quick recovery!',
    },
    {
      name: 'sympathy after layoffs, and the next step left open',
      reader: 'BR',
      writer: 'CN',
      history: [...WORKING, c('They laid off half of our department yesterday.')],
      draft:
        'I am sorry to hear about the layoffs, that must be a hard week. There is no rush on the contract.',
    },
    {
      name: 'a mild business setback',
      reader: 'MX',
      writer: 'IN',
      history: [...WORKING, c('Unfortunately the file is too big to send by email.')],
      draft: 'Could you share it through our portal instead?',
    },
    {
      name: 'business look-alike of bad news',
      reader: 'AU',
      writer: 'DE',
      history: [...WORKING, c('The server crashed again last night.')],
      draft: 'Can you send us the logs from the crash?',
    },
    {
      name: 'the bad news was met in an earlier reply',
      reader: 'IN',
      writer: 'RU',
      history: [
        c('My father passed away last week.'),
        r('I am so sorry for your loss. Please take your time.'),
        c('Thank you, that means a lot. We are back at work now; can you send the updated quote?', 300),
      ],
      draft: 'Of course, here is the updated quote.',
    },
    {
      name: 'the client sympathises with the rep, not the other way round',
      reader: 'DE',
      writer: 'UA',
      history: [...WORKING, c('Sorry to hear you were ill last week. Are you feeling better?')],
      draft: 'Yes, much better, thank you! Shall we sign the contract on Monday?',
    },
    // A budget cut or freeze is a business setback, mild by the conventions (as a slipped budget):
    // answering it with the work that follows is not selling into bad news.
    {
      name: 'a budget cut alone is a business setback: the request that follows is not selling into bad news',
      reader: 'MX',
      writer: 'IN',
      history: [...WORKING, c('Bad news: our budget was cut by 40% for next year.')],
      draft: 'Please send the signed order form by Friday.',
    },
    {
      name: 'a hiring freeze and a frozen budget, answered with the revised quote',
      reader: 'NL',
      writer: 'RU',
      history: [...WORKING, c('FYI, finance froze the budgets for Q3 and there is a hiring freeze too.')],
      draft:
        'Understood. The revised quote with a smaller first phase is attached. Could you forward it to finance?',
    },
    {
      name: 'a hypothetical budget cut',
      reader: 'NL',
      writer: 'DE',
      history: [...WORKING, c('If the budget gets cut in March, we will have to pause the project.')],
      draft: 'Understood. Could we schedule a call to plan for both cases?',
    },
    {
      name: 'a question about layoffs elsewhere',
      reader: 'JP',
      writer: 'CN',
      history: [...WORKING, c('Did your team get hit by the layoffs in the sector?')],
      draft: 'No, we are hiring, thank you for asking. Shall we plan the rollout?',
    },
    // rules.dev.15 (own wording): a parcel "signed for" at reception is a fact of the delivery, and
    // answering the client's own question about it, after sympathy, is not selling.
    {
      name: 'sympathy for an operation, then where the delivery signed for at reception went',
      reader: 'US',
      writer: 'CN',
      history: [
        ...WORKING,
        c(
          'Sorry for the silence, I had back surgery and am only now catching up. Did the spare parts arrive?',
        ),
      ],
      draft:
        'I am so sorry about the surgery, I hope the recovery is going smoothly. The courier shows the parts were signed for by your warehouse on Monday, so they should be with your team.',
    },
    {
      name: 'good news, then a business question',
      reader: 'IL',
      writer: 'IN',
      history: [...WORKING, c('My daughter got married on Saturday!')],
      draft: 'Congratulations to your daughter! Shall we plan the rollout next week?',
    },
    // rules.dev.16 generalisation (own wording): waiting for the step the client promised, and
    // keeping the client's own deadline, is service, not selling.
    {
      name: 'near-miss: silence on an illness, then only looking forward to the feedback they promised, is not selling',
      reader: 'PL',
      writer: 'GB',
      history: [
        ...WORKING,
        c(
          'My mother was rushed to hospital on Saturday, I will reply slowly, feedback from the team next week.',
        ),
      ],
      draft: 'Thanks for the update. Looking forward to hearing your team’s thoughts next week.',
    },
    {
      name: 'near-miss: help delivered before the client’s own deadline after workers were injured',
      reader: 'KR',
      writer: 'DE',
      history: [
        ...WORKING,
        c(
          'Two of our technicians were injured in an explosion at the plant. Please send the valve test reports by Monday.',
        ),
      ],
      draft:
        'I am so sorry about your technicians, I hope they recover fully. The test reports are attached, well ahead of your deadline.',
    },
    {
      name: 'near-miss: thanks for the condolences the rep already sent, answered by a work question, is no fresh bad news',
      reader: 'TW',
      writer: 'NL',
      history: [
        r('We were so sad to hear your founder passed away; our flowers are on their way.'),
        c('Thank you for your warm words and the flowers, it meant a lot to all of us.'),
      ],
      draft: 'Could you share the shipping plan for next month when convenient?',
    },
    {
      name: 'near-miss: war told as a reason for slow replies, answered with patience, is not selling',
      reader: 'UA',
      writer: 'PL',
      history: [
        ...WORKING,
        c('Sorry for the delay, we spent two nights in the bomb shelter with the children.'),
      ],
      draft: 'Please take care of yourselves, the order can wait as long as you need.',
    },
  ],
});

describe('bad-news-pitch candidates (the lenient reading the verdict model weighs)', () => {
  const spanned = (draft: string, found: { span: { start: number; end: number } }) =>
    draft.slice(found.span.start, found.span.end);

  it('points at the first business after sympathy that the strict reading lets pass', () => {
    const draft =
      'Dear Alex, I am so sorry to hear about your father. Please accept my deepest condolences. When you are back, perhaps we could find 20 minutes to go over the renewal.';
    const { strict, candidates } = ruleReadings(rule, {
      history: [
        r('Just a note that your licence comes up for renewal in February.'),
        c('Sorry for the late reply. My father passed away last week, and I am with my mother until Monday.'),
      ],
      draft,
    });
    expect(strict).toEqual([]);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ ruleId: 'bad-news-pitch', severity: 'warning', confidence: 0.5 });
    expect(spanned(draft, candidates[0]!)).toBe(
      'When you are back, perhaps we could find 20 minutes to go over the renewal.',
    );
    expect(candidates[0]!.evidence[0]!.text).toMatch(/father passed away/);
  });

  it('offers nothing for a reply that is sympathy only', () => {
    const { candidates } = ruleReadings(rule, {
      history: [c('Sorry for the silence. My father passed away last week.')],
      draft: 'Dear Alex, I am so sorry for your loss. Please take all the time you need.',
    });
    expect(candidates).toEqual([]);
  });

  it('offers nothing when the client told no news', () => {
    const { candidates } = ruleReadings(rule, {
      history: [c('Thanks for the quote, we are reviewing it.')],
      draft: 'Great. Can we sign by Friday?',
    });
    expect(candidates).toEqual([]);
  });
});
