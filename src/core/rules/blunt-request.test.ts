import { describe, expect, it } from 'vitest';
import { FRIENDLY_HISTORY } from '../testing/histories.ts';
import { runRuleCases } from '../testing/rule-tester.ts';
import { c, r } from '../testing/thread-builder.ts';
import rule, { softenRequest } from './blunt-request.ts';

const softClient = [
  c('Hi Marina, could you tell me a bit more about the reporting module? Thanks!'),
  r('Hello, the overview is attached.'),
  c('Thanks, this is helpful. Would it be possible to get pricing for 50 users?'),
];
const bluntClient = [
  c('Send the pricing for 50 users.'),
  r('Attached.'),
  c('Send the implementation plan too. And the SLA.'),
  r('Both attached.'),
  c('Call me tomorrow at 10.'),
];

runRuleCases(rule, {
  valid: [
    // rd39 near-miss (own wording): an interjection in another language ("ai", "aiyo") opens no order
    {
      name: '"ai Carla, que susto!" to news of a hospital stay, in lower-case chat',
      reader: 'BR',
      writer: 'AR',
      clientName: 'Carla Souza',
      history: [
        c(
          'oi Martín, desculpa a demora, minha filha ficou doente, two days in hospital but she is better now 🙏',
        ),
      ],
      draft:
        "ai Carla, que susto! 🙏 so glad she's better, hope you got some rest too ❤️ and thanks for the trust! yes, we can deliver by the 15th. I'll book the installers for the 16th and send the order confirmation tomorrow",
    },
    // rules.dev.38 generalisation (own wording): "dispatch ... takes" is a statement's subject and verb
    {
      name: '"Once the deposit is in, dispatch to Mombasa takes about two weeks."',
      reader: 'KE',
      writer: 'CN',
      history: [c('Good morning, please share the proforma for the 20 pumps.')],
      draft:
        'Good morning, the proforma is attached. Once the deposit is in, dispatch to Mombasa takes about two weeks.',
    },
    // rules.dev.38 generalisation (own wording): "ok read them." reports, in the past tense
    {
      name: '"ok read them. we can do the light roast" after "did you get a chance to look at the specs?"',
      reader: 'AU',
      writer: 'ID',
      history: [
        c('morning! did you get a chance to look at the specs I sent?'),
        r('morning! looking at them now'),
      ],
      draft: 'ok read them. we can do the light roast for all three, want me to send sample bags?',
    },
    // rules.dev.37 generalisation (own wording): the list the client asked for, promised in a holding
    // reply, with a date that bends
    {
      name: '"What do you need from us?" -> "I will send the list tomorrow" -> "1. Upload the price file by Tuesday, end of day"',
      reader: 'DK',
      writer: 'TR',
      history: [
        c('Hi Emre, we want to launch the new catalogue on 3 March. What do you need from us?'),
        r('Hi Mette, great, 3 March works. I will send you the exact list tomorrow.'),
      ],
      draft:
        'Hi Mette, here is what we need:\n\n1. Upload the price file to the shared folder by Tuesday, end of day.\n2. Send us a login for the test shop.\n\nIf Tuesday is tight, tell me and we split the upload.',
    },
    // rules.dev.36 generalisations (own wording): a yes to "can we ...?" and how; the next step of a
    // please-request; steps for "anything we should watch?"
    {
      name: '"can we invite auditors without paying for seats?" -> "yes, invite them as Viewers"',
      reader: 'AU',
      writer: 'IN',
      history: [c('cheers, works now 👍 quick q - can we invite auditors without paying for seats?')],
      draft: 'no worries! yes, invite them as Viewers, viewers are free. they can read but not edit 🙂',
    },
    {
      name: '"Please open Settings > Sync and click Reconnect. Then run one test order."',
      reader: 'AU',
      writer: 'PH',
      history: [c('Hi team, orders stopped syncing to the warehouse this morning. Pretty urgent.')],
      draft:
        'Hi Kylie, sorry for the trouble. We found it: the update dropped the token. Please open Settings > Sync and click Reconnect. Then run one test order and tell me if it shows up.',
    },
    {
      name: '"Anything we should watch on launch day?" -> "Keep an eye on the retry queue"',
      reader: 'GB',
      writer: 'ZA',
      history: [c('Perfect, thanks. We go live tomorrow. Anything we should watch on launch day?')],
      draft: 'Nice one! Keep an eye on the retry queue in the dashboard; failed calls show up there first.',
    },
    // rules.dev.35 generalisation (own wording): the reader sets the pace
    {
      name: '"Send us the spring forecast when you have it" after news of a new warehouse',
      reader: 'SG',
      writer: 'MY',
      history: [c('Hi Farid, our new warehouse opens in May, so volumes should go up. Thanks!')],
      draft:
        'Hi Wei Ling, great news, noted. Send us the spring forecast when you have it and we will plan the stock.',
    },
    // rules.dev.32 generalisation (own wording): a prohibition that lifts a burden
    {
      name: '"Please don\'t feel you have to answer before the holidays." after hard news',
      reader: 'GB',
      writer: 'IN',
      history: [
        c(
          'Hi Ravi, my mother is in hospital again, so I will be slow this month. Is the API limit per user or per account?',
        ),
      ],
      draft:
        "Hi Emma, I am so sorry, I hope she recovers soon. Please don't feel you have to answer anything before the holidays. The limit is per account.",
    },
    // rules.dev.30 generalisation (own wording): asked on the reader's own condition, to start our work
    {
      name: '"When you plan the next season, just send me the sizes and I will reserve the loom for you"',
      reader: 'AU',
      writer: 'PT',
      history: [c('The towels arrived and the guests love them, thank you!')],
      draft:
        'So glad the guests like them! When you plan the next season, just send me the sizes and I will reserve the loom for you.',
    },
    {
      name: '"If the seal still leaks after a day, send me a photo and we will replace it"',
      reader: 'ZA',
      writer: 'IT',
      history: [c('One of the valves drips a little at the seal. Probably from transport?')],
      draft:
        'Thanks for flagging it. Most likely yes. If the seal still leaks after a day, send me a photo and we will replace it free of charge.',
    },
    // rules.dev.30 generalisation (own wording): praise passed on through the reader
    {
      name: '"Tell Ingrid she has a great eye" after the client praised the display',
      reader: 'NO',
      writer: 'FR',
      history: [
        c('The window display went up today and it looks wonderful. Ingrid chose the colours herself.'),
      ],
      draft: 'How lovely! Tell Ingrid she has a great eye. I will send the spring catalogue next week.',
    },
    // rules.dev.26 generalisation (own wording): "if ..., just say" leaves the choice with the reader
    {
      name: '"If you prefer to move the demo, just say" after the client’s sad news',
      reader: 'PL',
      writer: 'UA',
      history: [c('Sorry for the slow reply, our old dog died on Saturday and the kids are heartbroken.')],
      draft:
        'I am so sorry about your dog. If you prefer to move the demo to next week, just say, it is no problem.',
    },
    // near-miss of the urgent order: a statement with "will" after its noun, not an order
    {
      name: '"Order confirmation will follow today" to a Danish buyer',
      reader: 'DK',
      writer: 'PL',
      history: [c('Please find attached PO 4410.')],
      draft: 'Dear Mette, received, thank you. Order confirmation will follow today.',
    },
    // near-miss: a plain order without urgency stays style for a direct reader
    {
      name: '"send me the credentials" with no "now" to a direct German client',
      reader: 'DE',
      writer: 'BR',
      history: [c('Hello Mr. Lima, the kick-off is confirmed for Wednesday. Ms. Bauer will send the NDA.')],
      draft: 'Hello Ms. Bauer, thanks. Send me the test credentials, my team starts next week.',
    },
    // rules.dev.24 generalisation (own wording): leave asked for the writer's own next step
    {
      name: '"Kindly confirm if we can book the space" after the client agreed to proceed',
      reader: 'BD',
      writer: 'VN',
      history: [
        c('Dear Ms. Linh, we agree to proceed with 40 tons. Kindly revert with final price and vessel.'),
      ],
      draft:
        'Dear Mr. Rahman, final price is USD 2.98/kg. Kindly confirm if we can book the space, then we send PI today.',
    },
    // rules.dev.22 generalisation (own wording): a reminder of a fact asks for nothing
    {
      name: 'a reminder that an offer ends is no order',
      reader: 'KR',
      writer: 'ES',
      history: [c('Thank you Carmen, I will look at the catalogue next week.')],
      draft: 'Thank you! Remember the launch discount expires on 15 June.',
    },
    // rules.dev.22 near-misses (own wording): a passive duty of our own side; a fixed slot that asks
    // whether it suits; a slot answering the client's own wish for a call
    {
      name: 'what our own side must have approved is no order',
      reader: 'GB',
      writer: 'JP',
      history: [c('Could you go below 40 per licence for 300 seats?')],
      draft: 'Thank you. The discount has to be approved by our board, which meets on Monday.',
    },
    {
      name: 'a fixed slot that asks whether it suits proposes',
      reader: 'VN',
      writer: 'IL',
      history: [c('Dear Avi, thank you, we will study your proposal. Best regards, Thao')],
      draft: "Thanks Thao. Let's have a short call on Thursday at 3pm if that suits you.",
    },
    {
      name: "a fixed slot answering the client's own wish for a call",
      reader: 'VN',
      writer: 'IL',
      history: [c('Dear Avi, could we have a short call next week to go through it? Best regards, Thao')],
      draft: "Sure Thao. Let's talk on Wednesday at 9am your time.",
    },
    // rules.dev.22 generalisation (own wording): an offer the reader may take or leave asks nothing
    // of them: a conditional offer after "and", the reader's word starting our own work, "say the
    // word"; an -ing word cut off by an abbreviation is no verb
    {
      name: 'an offer to hear back after "and if" is no order',
      reader: 'US',
      writer: 'BR',
      history: [c('Hi, we have to freeze the rollout for now, sorry.')],
      draft: 'No problem at all. And if it ever helps to move the start date, just ping me.',
    },
    {
      name: 'tell me and we will arrange it is an offer',
      reader: 'GB',
      writer: 'PL',
      history: [c('Thanks, the training went well. We may need more seats later.')],
      draft: 'Great to hear! Whenever that happens, tell me and we will set up the extra seats, no fuss.',
    },
    {
      name: 'say the word is an offer',
      reader: 'KE',
      writer: 'BR',
      history: [c('The flood hit our warehouse, we will need a few weeks.')],
      draft: 'So sorry, take all the time you need. We can lend you two scanners meanwhile. Say the word.',
    },
    {
      name: 'a gerund split off by an abbreviation is no order',
      reader: 'GB',
      writer: 'PL',
      history: [c('Can you send the final price today?')],
      draft: 'Hi, price attached: 9,900 EUR excl. shipping. Happy to walk you through it.',
    },
    // rules.dev.19 generalisation (own wording): a please-request with a plain deadline is ordinary
    // business for a reader whose culture asks plainly enough (Sweden, Finland)
    {
      name: 'please sign the change order by Thursday, to a Swedish reader, is no order',
      reader: 'SE',
      writer: 'BR',
      history: [c('Hi Lucas, the new scope looks right to us. Regards, Anna')],
      draft: 'Hi Anna, good. Please sign the change order by Thursday. Lucas',
    },
    // rules.dev.16 generalisation (own wording): laughter at a sentence start, an offer to hear back
    // as the sentence's last clause, the reader's own timing, a deadline the thread already set
    {
      name: 'capitalised laughter before a verb is banter, not an order',
      reader: 'GB',
      writer: 'US',
      history: [c('Next time the coffee is on me, Sam!')],
      draft: 'Hehe okay, pick the café then. Really looking forward to it.',
    },
    {
      name: 'our own step, then "if anything is missing, just call me" after a semicolon',
      reader: 'GB',
      writer: 'PL',
      history: softClient,
      draft:
        'Hi Alex, the samples leave on Thursday; if anything is missing from the paperwork, just call me.',
    },
    {
      name: '"whenever you get the headcount, send it across" leaves the timing to the reader',
      reader: 'JP',
      writer: 'US',
      history: softClient,
      draft: 'Hi Ken, whenever you get the final headcount, send it across and I will book the rooms.',
    },
    {
      name: 'please-sign by the day the client named themselves is a reminder',
      reader: 'GB',
      writer: 'RU',
      history: [
        c('Hi Marina, could you send the agreement before Thursday so I can sign it before my trip?'),
      ],
      draft: 'Hi Anna, here it is. Please sign it before Thursday so we can book the engineers.',
    },
    {
      name: 'please-pay by a date "as we agreed" restates the agreement',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft:
        'Hi Alex, the invoice is attached. Please transfer the deposit by 12 May, as we agreed on the call.',
    },
    // rules.dev.15 generalisation (own wording): the client asked for the procedure, and a list of
    // its steps answers, signing and paying included
    {
      name: 'asked for the onboarding steps, a numbered list with signing and paying is the answer',
      reader: 'GH',
      writer: 'DE',
      history: [c('Dear Jan, we have decided to proceed. Kindly tell us the steps to become a distributor.')],
      draft:
        'Dear Kwame, wonderful news, thank you!\n\n1. Sign the distribution agreement and return a scan.\n2. Pay the deposit for the first container.\n3. Send us your import licence.\n\nBest regards, Jan',
    },
    {
      name: 'asked what must be prepared, bulleted steps with a date answer it',
      reader: 'TH',
      writer: 'US',
      history: [
        c('Hello Mark, this is our first order. What documents are required from our side? Thank you.'),
      ],
      draft:
        'Hi Somchai, happy to help!\n- Fill in the customer form (attached) and sign page 2.\n- Transfer the 20% advance by 10 March.\n\nThanks, Mark',
    },
    {
      name: 'asked for the steps, the numbered list pasted as one paragraph still answers',
      reader: 'GH',
      writer: 'DE',
      history: [c('Dear Jan, we have decided to proceed. Kindly tell us the steps to become a distributor.')],
      draft:
        'Dear Kwame, wonderful news, thank you! 1. Sign the distribution agreement and return a scan. 2. Pay the deposit for the first container. Best regards, Jan',
    },
    // rules.dev.11 generalisation (own wording): a change of planes is no payment demand; a fact to
    // check by a date, with our own order as the reason; a signed form among the documents asked for
    {
      name: 'asked what is needed, a signed application form is paperwork, not a deal',
      reader: 'NG',
      writer: 'CN',
      history: [c('Hello, we want to go ahead. Which documents do you need from us to open the account?')],
      draft: 'Great! Send us the signed application form and a copy of your trade licence.',
    },
    {
      name: '"please confirm the widths by Monday, we order on Tuesday" checks a fact, it commits no one',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft: 'Hi Alex, please confirm the door widths by Monday, as we order the frames on Tuesday.',
    },
    {
      name: '"you should have the parts by 6 August" is an expectation, not a duty',
      reader: 'JP',
      writer: 'US',
      history: softClient,
      draft: 'Dear Sato-san, the vessel berths on 28 July, so you should have the parts by 6 August.',
    },
    {
      name: 'the same check of a fact written without articles: "please confirm window sizes"',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft: 'Hi Alex, please confirm window sizes against your plans by Monday, we order glass on Tuesday.',
    },
    {
      name: '"you must transfer in Doha" is travel advice, not a payment demand',
      reader: 'JP',
      history: [c('I fly to Lima next month for the trade fair, via Doha I think.')],
      draft: 'You must transfer in Doha, the lounge there is wonderful!',
    },
    {
      name: '"register the unit online to extend the warranty" serves the reader',
      reader: 'JP',
      history: softClient,
      draft: 'Dear Mr. Sato, register the unit online to extend the warranty to 3 years.',
    },
    {
      name: '"when you get a sec" leaves the pace to the reader',
      reader: 'GB',
      history: softClient,
      draft: 'Hi Alex, just pop the forms in the post when you get a sec.',
    },
    {
      name: 'an emphatic "do check the spam folder" points to what was sent',
      reader: 'JP',
      writer: 'IN',
      history: softClient,
      draft: 'Dear Mr. Sato, do check the spam folder if the invoice has not arrived.',
    },
    {
      name: 'plain steps listed after the client asked what is needed from them answer the question',
      reader: 'JP',
      writer: 'IN',
      history: [
        c(
          'Dear Anil, thank you for the quotation. Could you share what you need from us to start the installation?',
        ),
      ],
      draft:
        'Dear Mr. Sato, thank you. We need the following:\n1. Send the floor plan.\n2. Share the site contact.\n3. Confirm the power supply.',
    },
    {
      name: '"Keep the receipt for the warranty" serves the reader, it orders nothing',
      reader: 'JP',
      history: softClient,
      draft: 'Dear Mr. Sato, the replacement unit is on its way. Keep the receipt for the warranty.',
    },
    {
      name: '"Restart the router first, then ... should" is a step that helps the reader',
      reader: 'JP',
      history: softClient,
      draft:
        'Dear Mr. Sato, sorry for the trouble. Restart the router first, then the lights should turn green.',
    },
    {
      name: '"Hang in there." after bad news wishes the client strength, it asks nothing',
      reader: 'JP',
      history: [
        ...FRIENDLY_HISTORY,
        c(
          'Sorry for the slow answer. My father had a stroke last week and I was at the hospital with him.',
          100,
        ),
      ],
      draft:
        'So sorry to hear about your father. Hang in there. We can talk about the renewal whenever you are ready.',
    },
    {
      name: '"Stay strong, get well soon" wishes the client health, it asks nothing',
      reader: 'KR',
      history: [...FRIENDLY_HISTORY, c('I broke my leg skiing, so I am working from home this month.', 100)],
      draft: 'Oh no, that must hurt! Stay strong and get well soon.',
    },
    {
      name: '"Markup attached." names what is attached, it orders nothing',
      reader: 'CO',
      writer: 'US',
      history: softClient,
      draft: 'Regarding the agreement: legal has two changes, in clauses 4 and 9. Markup attached.',
    },
    {
      name: 'a one-word "Disagree." states a view, it orders nothing',
      reader: 'GB',
      history: softClient,
      draft: 'Disagree. The page layout is standard for online shops.',
    },
    {
      name: 'a noun with its "of" phrase, then "will be": a statement of what the rep will deliver',
      reader: 'US',
      history: softClient,
      draft: 'Yes, I will join on Thursday. Redline of the SOW will be in the folder by Wednesday noon.',
    },
    {
      name: 'a routine request with please is enough, even for a reader who softens requests the most',
      reader: 'GB',
      history: softClient,
      draft: 'Hello Alex. Please send me the requirements.',
    },
    {
      name: 'steps answering the client’s request for a checklist of what to prepare are instructions',
      reader: 'SG',
      writer: 'SE',
      history: [
        c(
          'Hi Oscar, could you send me a list of what our network team must prepare for the go-live? Thanks, Mei',
        ),
      ],
      draft:
        'Hi Mei, of course! 1. Whitelist our two IP addresses. 2. Create a read-only database user. 3. Book a test window on Thursday. Best, Oscar',
    },
    {
      name: 'an obligation in the reader’s own interest ("otherwise the connector stops") is advice',
      reader: 'DE',
      writer: 'FR',
      history: [c('Olivier, the logs show certificate warnings. Is this a problem?')],
      draft:
        'Gerd, yes: you need to replace the TLS certificate before 1 June, otherwise the export stops working. The steps are in the guide.',
    },
    {
      name: 'a prohibition that lifts a burden ("please don’t worry about the renewal now") asks nothing',
      reader: 'JP',
      history: [
        c('I am sorry, our office is closed this week after the earthquake. Our renewal will be late.'),
      ],
      draft:
        'We are relieved that everyone is safe. Please do not worry about the renewal now; we will keep your licences active.',
    },
    {
      name: 'a request that leaves the timing to the reader ("whenever you’re ready") is already soft',
      reader: 'AU',
      history: [c('Sorry for the slow reply! Can you still hold the launch discount if we book next week?')],
      draft: 'No worries at all! Yes, the discount holds. Send the booking form whenever you’re ready.',
    },
    {
      name: 'telling the reader where to find what they asked for ("check your inbox") is a pointer',
      reader: 'US',
      history: [c('Did accounting send the tax form yet?')],
      draft: 'Yes, it went out an hour ago, check your inbox.',
    },
    {
      name: 'steps answering the client’s own "how do I ...?" are instructions',
      reader: 'JP',
      history: [c('Sorry to bother you. How do I add a new user to our account?')],
      draft:
        'No bother at all! Open Settings, choose Users and press Invite. Enter the colleague’s e-mail and pick a role.',
    },
    {
      name: 'a past "you had to" tells what happened',
      reader: 'IN',
      history: [c('The courier lost our parcel again, we had to reorder everything.')],
      draft: 'So sorry you had to go through that again. We will send the parts by air today.',
    },
    {
      name: '"the latest version" is no deadline',
      reader: 'FR',
      history: softClient,
      draft: 'Please install the latest version before our call.',
    },
    {
      name: 'a compound noun and a version number are no verbs',
      reader: 'GB',
      history: softClient,
      draft: 'Go-live is booked for 3 June. Yes, release 5.2.1 solves the login problem.',
    },
    {
      name: 'an interjection is no order',
      reader: 'US',
      history: [c('We just moved into the new office!')],
      draft: 'Ooh lovely!! How is the view?',
    },
    {
      name: '"please" before our own step ("before we can ...") is no deadline on the reader',
      reader: 'BR',
      history: softClient,
      draft: 'Our lawyers need the NDA before we can open the sandbox, please send it back with your edits.',
    },
    {
      name: 'a question that asks',
      history: softClient,
      draft: 'Could you send me the signed contract when you get a chance?',
    },
    {
      name: 'would you mind',
      history: softClient,
      draft: 'Would you mind sharing the signed contract this week?',
    },
    {
      name: 'let me know is a formula',
      history: softClient,
      draft: 'The pricing is attached. Let me know if you have questions.',
    },
    {
      name: 'please find attached is a formula',
      history: softClient,
      draft: 'Please find attached the pricing for 50 users.',
    },
    {
      name: 'a wish is not an order',
      history: softClient,
      draft: 'Thanks for the update. Have a nice weekend!',
    },
    {
      name: 'a statement of what we will do',
      history: softClient,
      draft: 'We will send the contract tomorrow morning.',
    },
    {
      name: 'softened with if possible',
      history: softClient,
      draft: 'Send me the signed contract if possible, thanks!',
    },
    { name: 'feel free', history: softClient, draft: 'Feel free to call me anytime.' },
    {
      name: 'a reader used to plain requests, with please',
      reader: 'RU',
      writer: 'US',
      history: softClient,
      draft: 'Please send me the signed contract.',
    },
    {
      name: 'I need to is about me, not an order',
      history: softClient,
      draft: 'I need to check this with our lawyer first.',
    },
    {
      name: 'no request at all',
      history: softClient,
      draft: 'Thank you, Alex. The pricing for 50 users is in the attached file.',
    },
    {
      name: 'please is enough for a US reader',
      history: softClient,
      draft: 'Please send me the requirements.',
    },
    {
      name: 'reassurance is not an order',
      history: softClient,
      draft: "Please don't worry about the deadline, take all the time you need.",
    },
    {
      name: 'you must be proud is a guess, not an obligation',
      history: softClient,
      draft: 'You must be proud of the team!',
    },
    {
      name: 'advice about the reader’s own life is no request',
      reader: 'BR',
      history: [...FRIENDLY_HISTORY],
      draft: 'Wow, a half marathon! You should run the full one next year.',
    },
    {
      name: 'kindly, between partners of some weeks, for a reader who softens the most',
      reader: 'GB',
      writer: 'IN',
      history: [...FRIENDLY_HISTORY],
      draft: 'Hi Alex, the updated deck is attached. Kindly go through it and share your comments.',
    },
    {
      name: 'a statement of need between partners of some weeks',
      reader: 'US',
      history: [...FRIENDLY_HISTORY],
      draft: 'We need the signed order form by Friday to keep the May slot.',
    },
    {
      name: 'a yes/no request with a deadline, for a reader used to plain requests',
      reader: 'US',
      history: softClient,
      draft: 'Can you send the signed form today?',
    },
    {
      name: 'a question about joining a call today is scheduling, not an order',
      reader: 'GB',
      history: [...FRIENDLY_HISTORY],
      draft: 'Can you join the call today at 3?',
    },
    {
      name: 'a statement of need to a new French contact, who is used to plainer requests',
      reader: 'FR',
      history: [c('Bonjour, thank you for the offer. We will look at it.')],
      draft: 'We need your answer by Friday to hold the price.',
    },
    {
      name: 'a need without a deadline is information',
      reader: 'US',
      history: softClient,
      draft: 'We need the signed form by email, a scan is fine.',
    },
    {
      name: 'please do let me know is a formula',
      reader: 'GB',
      history: softClient,
      draft: 'Please do let me know if anything is unclear.',
    },
    {
      name: 'an attachment formula is not an order',
      reader: 'JP',
      history: [c('Thank you for the update.')],
      draft: 'Please find the price list for 2027 attached.',
    },
    {
      name: 'a recommendation about the reader’s free time is no request',
      reader: 'GB',
      history: [c('We loved the restaurant you suggested!')],
      draft: 'Glad you liked it! Next time you have to try their dessert menu.',
    },
    {
      name: 'a salutation on its own line orders nothing',
      reader: 'JP',
      writer: 'DE',
      history: [c('Thank you for the samples. We will test them next week.')],
      draft:
        'Dear Mr. Sato,\n\nThank you for your message. The test report will follow on Monday.\n\nBest regards,\nJonas',
    },
    {
      name: 'asking to hear back only if needed is an offer',
      reader: 'GB',
      history: [c('The portal shows an error again, any idea?')],
      draft: 'Sorry about that, the server is back up. Call me if anything still looks odd.',
    },
    {
      name: 'the condition may come first',
      reader: 'JP',
      history: [c('Thank you, we will start the trial on Monday.')],
      draft: 'Thank you. If anything is unclear during the trial, please contact me at any time.',
    },
    {
      name: 'a routine step with please and a deadline',
      reader: 'AU',
      writer: 'KR',
      history: [c('Great, we are keen to get going with the rollout.')],
      draft: 'Next we set up your users. Please upload the staff list by Thursday.',
    },
    {
      name: 'banter about the reader’s weekend orders nothing',
      reader: 'MX',
      history: [c('We won the company football cup on Saturday!')],
      draft: 'You won the cup?! Tell me all about it haha',
    },
    {
      name: 'a verb on its own before a comma is an exclamation',
      reader: 'MX',
      history: [c('Can we move the delivery to December?')],
      draft: 'Okay deal, we start in December and ship the first lot on the 2nd.',
    },
    {
      name: 'a noun that looks like a verb heads a statement',
      reader: 'US',
      history: [c('What is the lead time for 40 units?')],
      draft: 'Lead time for 40 units is 5 weeks from the order.',
    },
    {
      name: 'after the client’s bad news a please request is bad-news-pitch’s concern',
      reader: 'AE',
      history: [c('Sorry for the silence, my father passed away last week.')],
      draft: 'My condolences. Please confirm the order by Friday so we can keep the slot.',
    },
    {
      name: 'a name is not a verb',
      history: [c('Welcome back! How was the trip?')],
      draft: 'Alex, the trip was great, thank you.',
    },
    {
      name: 'troubleshooting steps answer the client’s plea for help, past the rep’s clarifying question',
      reader: 'BR',
      history: [
        c('The scanner at the front desk stopped working again!! help'),
        r('On it. Are you next to it now?'),
        c('yes'),
      ],
      draft: 'Ok. Switch it off, wait ten seconds, switch it on and tell me what the screen shows.',
    },
    {
      name: 'what the client asked to prepare, listed after "could:", is what they asked for',
      reader: 'GH',
      history: [c('Thank you for confirming the training. What should our supervisors prepare?')],
      draft:
        'Thank you! It would help if each supervisor could:\n- bring a recent incident report;\n- complete the short survey I will send on Monday.',
    },
    {
      name: '"Tell me which week." asks a question in imperative form; the reader answers it',
      reader: 'GR',
      history: [c('We need a service visit for the cold rooms before summer, can you arrange?')],
      draft: 'Hi Yannis, a visit is possible in week 17 or 18. Tell me which week.',
    },
    {
      name: '"you will need to restock soon" foretells the reader’s own need; it asks nothing of them',
      reader: 'TH',
      history: softClient,
      draft: 'Great to hear the first batch sold out. Good news is you will need to restock soon!',
    },
    {
      name: '"Fix released in 2.8.1" reports; it orders nothing',
      reader: 'SG',
      history: [c('great, when can you release?')],
      draft: 'Fix released in version 2.8.1 on the Play Store.',
    },
    // rules.dev.10 generalisation (own wording): a client's own terse style outranks the country
    // (eval/README: terse clients get terse replies without a finding; this was a suggestion).
    {
      name: 'a client who writes curt orders gets a curt one back',
      history: bluntClient,
      draft: 'Confirm the time.',
    },
    {
      name: 'a client who writes in short notes with no greeting gets the next step plainly',
      reader: 'GB',
      history: [c('Got it. Will review.'), c('Need the price for 20 licences. Today ideally.')],
      draft: '20 licences: GBP 9,600 a year. Send me the signed order form when ready and I activate them.',
    },
    {
      name: 'a terse client’s question ("vpn needed?") answered with the step',
      reader: 'US',
      history: [c('login fails from office. pls check'), c('vpn needed?')],
      draft: 'Yes. Send me your office IP and I allow it tonight.',
    },
    {
      name: '"just tell me which day suits you" after a clause offers a choice, it orders nothing',
      reader: 'TW',
      writer: 'DE',
      history: softClient,
      draft: 'Our engineer is free next week for the call, just tell me which day suits your team.',
    },
    {
      name: '"you must register ..." answering the client’s own "do we need to register?"',
      reader: 'US',
      writer: 'DE',
      history: [c('Great! Do we need to register the product before import?')],
      draft: 'You must register the product with the agency before the first shipment.',
    },
    {
      name: 'a task in the reader’s own interest ("otherwise the gateway locks you out") is advice',
      reader: 'GB',
      history: softClient,
      draft:
        'You will need to reset the gateway password before the audit, otherwise the gateway locks you out.',
    },
    // rules.dev.12 generalisation (own wording): the message answered gives a bare order of its own,
    // so a plain next step back is the client's register, even after a greeting earlier.
    {
      name: 'a client who just wrote "send proforma" gets a plain step back',
      reader: 'JP',
      writer: 'UA',
      history: [
        c('Good morning Olena. need offer for 40 t of barley, FOB Izmail.'),
        r('Good morning, 212 USD/t FOB Izmail, loading in 2 weeks.'),
        c('fine. send proforma. LC at sight ok?'),
      ],
      draft:
        'LC at sight is fine. Proforma attached. Give me the name of your bank and I will prepare the draft LC text.',
    },
  ],
  invalid: [
    // near-miss of the conditional offer: a deposit with a deadline is still a task
    {
      name: '"If you want the May slot, send the deposit by Friday and we will book it"',
      reader: 'MX',
      writer: 'US',
      history: [c('We are still comparing two suppliers, I will let you know next week.')],
      draft: 'If you want the May slot, send the deposit by Friday and we will book it.',
    },
    // near-miss of praise passed on: a duty passed on through the reader is still one
    {
      name: '"Tell your director he needs to sign today"',
      reader: 'BR',
      writer: 'DE',
      history: [c('My director is reviewing the contract this week.')],
      draft: 'Tell your director he needs to sign today, the price changes tomorrow.',
    },
    // rules.dev.16 generalisation (own wording): a bare order pressed for now pushes even a reader
    // who takes plain requests in stride
    {
      name: '"send me the credentials now" to a direct German client',
      reader: 'DE',
      writer: 'BR',
      history: [c('Hello Mr. Lima, the kick-off is confirmed for Wednesday. Ms. Bauer will send the NDA.')],
      draft: 'Hello Ms. Bauer, thanks. Send me the test credentials now, my team starts tomorrow.',
      severity: 'suggestion',
    },
    {
      name: 'near-miss: remember to send is still an order',
      reader: 'KR',
      writer: 'RU',
      history: softClient,
      draft: 'Remember to send the signed order by Friday.',
    },
    // rules.dev.22 generalisation (own wording): a duty in the passive put on the reader, behind
    // "please note that" too; a meeting fixed for a reader who asked for none
    {
      name: 'a payment duty in the passive presses',
      reader: 'FR',
      writer: 'EE',
      history: [c('Bonjour, we accept the offer for 300 units. Cordialement')],
      draft: 'Good. The advance has to be settled within 10 days, otherwise the slot is released.',
    },
    {
      name: 'please note that hides a bare duty after bad news',
      reader: 'NG',
      writer: 'KR',
      history: [
        c('Dear Mr. Kim, I was away because my father passed away last month. We approve the order.'),
      ],
      draft:
        'Dear Mr. Okafor, thank you for the order. Kindly note that the balance must be paid by 30 June.',
      severity: 'warning',
    },
    {
      name: 'a call fixed for a reader who asked for none presses',
      reader: 'VN',
      writer: 'IL',
      history: [c('Dear Avi, thank you, but our budget is frozen this year. Best regards, Thao')],
      draft: "Understood. Let's do a quick call on Monday 11am and I'll walk you through the savings.",
      severity: 'warning',
    },
    // rules.dev.22 near-misses (own wording): the same verbs ordering a task of the reader's
    {
      name: 'near-miss: tell me and send the list is still an order',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft: 'Tell us the quantities and send the signed order by Friday.',
    },
    {
      name: 'near-miss: an unconditional order after "and" still orders',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft: 'Thanks. And send the signed contract today.',
    },
    // near-misses: the same deadline insisted on ("at the latest") presses that reader, and the plain
    // deadline still presses a reader whose culture softens requests
    {
      name: 'near-miss: please sign by Thursday at the latest, to a Swedish reader, presses',
      reader: 'SE',
      writer: 'BR',
      history: [c('Hi Lucas, the new scope looks right to us. Regards, Anna')],
      draft: 'Hi Anna, good. Please sign the change order by Thursday at the latest. Lucas',
      severity: 'suggestion',
    },
    {
      name: 'near-miss: please sign by Thursday, to an American reader, presses a little',
      reader: 'US',
      writer: 'BR',
      history: [c('Hi Lucas, the new scope looks right to us. Regards, Anna')],
      draft: 'Hi Anna, good. Please sign the change order by Thursday. Lucas',
      severity: 'suggestion',
    },
    // rules.dev.16 near-misses (own wording): laughter beside a business order, an unconditional
    // order after a semicolon, a new deadline, a known deadline insisted on
    {
      name: 'laughter does not soften a business order',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft: 'Haha fine. Send the signed contract today.',
    },
    {
      name: 'an order after a semicolon with no "if" still orders',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft: 'Hi Alex, the samples leave on Thursday; send the signed order confirmation tomorrow.',
    },
    {
      name: 'please-sign by a day nobody named before still presses a little',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft: 'Hi Alex, here it is. Please sign it before Thursday so we can book the engineers.',
      severity: 'suggestion',
    },
    {
      name: 'a known deadline insisted on ("at the latest") still presses',
      reader: 'GB',
      writer: 'RU',
      history: [c('Hi Marina, thanks, the invoice due 31 March is noted.')],
      draft: 'Hi Alex, please pay the invoice by 31 March at the latest.',
      severity: 'suggestion',
    },
    // rules.dev.15 near-misses (own wording): steps nobody asked for, an obligation or an insistent
    // deadline inside the asked-for steps, still order
    {
      name: 'a numbered list of orders the client did not ask for',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft: 'Hi Alex,\n1. Sign the contract.\n2. Pay the invoice.\nRegards, Marina',
      severity: 'warning',
    },
    {
      name: 'asked for the steps, "you must" in one of them still presses',
      reader: 'GB',
      writer: 'RU',
      history: [c('Hi Marina, what are the steps to get started? Thanks!')],
      draft: 'Hi Alex,\n1. You must sign the contract this week.\n2. Send us the logo.\nRegards, Marina',
      severity: 'warning',
    },
    {
      name: 'asked for the steps, "pay by Friday at the latest" still insists',
      reader: 'GB',
      writer: 'RU',
      history: [c('Hi Marina, what are the steps to get started? Thanks!')],
      draft: 'Hi Alex,\n1. Pay the advance by Friday at the latest.\n2. Send us the logo.\nRegards, Marina',
      severity: 'warning',
    },
    {
      name: 'asked for the steps, an order after the run-in list has ended still presses',
      reader: 'GB',
      writer: 'RU',
      history: [c('Hi Marina, what are the steps to get started? Thanks!')],
      draft:
        'Hi Alex, 1. Sign the contract. 2. Send us the logo. Transfer the advance by Friday at the latest. Regards, Marina',
      severity: 'warning',
    },
    {
      name: 'a date and an amount are no run-in list: the order stays an order',
      reader: 'GB',
      writer: 'RU',
      history: [c('Hi Marina, what are the steps to get started? Thanks!')],
      draft: 'Hi Alex, the option runs until 20.10. Pay the 30 % deposit before that. Regards, Marina',
      severity: 'warning',
    },
    // rules.dev.14 generalisation (own wording): a bare order with a deadline to a new contact from
    // a high-context, hierarchical culture is a breach (eval/README, settled); a reason beside it,
    // or a step the client asked for, keeps it a warning
    {
      name: 'a bare order with a deadline to a new Korean contact',
      reader: 'KR',
      writer: 'US',
      history: [c('Thank you for the introduction. We are looking at several suppliers this quarter.')],
      draft: 'Send me your current volumes before Thursday.',
      severity: 'error',
    },
    {
      name: 'a bare order with a deadline to a new Japanese contact',
      reader: 'JP',
      writer: 'DE',
      history: [c('Thank you for your kind message. Our department is interested in your sensors.')],
      draft: 'Book a call with our engineer by Friday.',
      severity: 'error',
    },
    {
      name: 'the same order with the reason we need it stays a warning',
      reader: 'KR',
      writer: 'US',
      history: [c('Thank you for the introduction. We are looking at several suppliers this quarter.')],
      draft: 'Send me your current volumes before Thursday. We need them for the pricing.',
      severity: 'warning',
    },
    // rules.dev.17 generalisation (own wording): haste given as the reason ("so we don't waste time",
    // "to save time") explains nothing the reader needs: the order stays a breach.
    {
      name: 'a bare order to a new Japanese contact with "to save time" as its only reason',
      reader: 'JP',
      writer: 'AU',
      history: [c('Thank you for contacting us. Our team is studying monitoring tools this year.')],
      draft: 'Send the list of your sites by Wednesday. Add the IT manager to the thread to save us time.',
      severity: 'error',
    },
    {
      name: 'a bare order to a new Korean contact, "so that we do not lose time"',
      reader: 'KR',
      writer: 'NL',
      history: [c('Nice to meet you. We are interested in your cooling units.')],
      draft: 'Fill in the sizing form this week, so that we do not lose any time.',
      severity: 'error',
    },
    {
      name: 'near-miss: the same order with a reason the reader needs stays a warning',
      reader: 'KR',
      writer: 'NL',
      history: [c('Nice to meet you. We are interested in your cooling units.')],
      draft: 'Fill in the sizing form this week, so that we can size the units for your site.',
      severity: 'warning',
    },
    {
      name: 'an order that sets up the call the client asked for stays a warning',
      reader: 'KR',
      writer: 'IL',
      history: [c('Could we have a short meeting this week to review the changes? Sorry to trouble you.')],
      draft: 'Join the call at 10:00 tomorrow.',
      severity: 'warning',
    },
    // rules.dev.16 second wave (own wording): the client's ask must name the step ordered; what
    // the reader loses without it is a reason too
    {
      name: 'asked for a quotation, an order to send documents first is no step the client asked for',
      reader: 'JP',
      writer: 'DE',
      history: [c('Dear Mr. Roth, thank you for the meeting. Could you send us a quotation for 10 units?')],
      draft:
        'Dear Mr. Sato. Before we quote, send us your company registration and annual volumes by Monday.',
      severity: 'error',
    },
    {
      name: 'asked for the drawings, "send us your target dates by Friday" is a new demand',
      reader: 'KR',
      writer: 'US',
      history: [c('Could you please share the drawings of the housing? Thank you.')],
      draft: 'Send us your target dates by Friday, then we share the drawings.',
      severity: 'error',
    },
    {
      name: 'asked to book a demo, an order to confirm the session by a day stays a warning',
      reader: 'KR',
      writer: 'US',
      history: [c('Could we book a demo of the dashboard next week? Thank you.')],
      draft: 'Confirm the session time by Friday.',
      severity: 'warning',
    },
    {
      name: 'a deadline with what the reader would lose ("otherwise your launch slips") stays a warning',
      reader: 'KR',
      writer: 'US',
      history: [c('Thank you for your kind message. We plan the launch for April.')],
      draft: 'Send the final artwork by Friday, otherwise your April launch will slip.',
      severity: 'warning',
    },
    {
      name: 'a deadline with only our loss ("otherwise we lose the slot") is still a breach',
      reader: 'KR',
      writer: 'US',
      history: [c('Thank you for your kind message. We plan the launch for April.')],
      draft: 'Send the final artwork by Friday, otherwise we lose the print slot.',
      severity: 'error',
    },
    // rules.dev.12 near misses: the client's order came with please or thanks, or the draft puts an
    // obligation on them; neither is the client's own bare register.
    {
      name: 'a client who asks with "please" still expects to be asked',
      reader: 'JP',
      writer: 'UA',
      history: [c('Good morning Olena. Please send the proforma for 40 t of barley.')],
      draft: 'Proforma attached. Give me the name of your bank.',
    },
    {
      name: 'a client who thanks before a bare order wrote courteously',
      reader: 'JP',
      writer: 'UA',
      history: [c('Thank you for the offer, Olena. Send the proforma for 40 t.')],
      draft: 'Proforma attached. Give me the name of your bank.',
    },
    {
      name: 'a bare order from the client does not license an obligation back',
      reader: 'JP',
      writer: 'UA',
      history: [c('fine. send proforma.')],
      draft: 'Proforma attached. You must pay the deposit by Friday.',
    },
    // rules.dev.11 generalisation (own wording): money to move as an obligation; a confirmation of
    // what is bought, by a deadline, and a signed contract among the documents asked for still commit
    {
      name: 'asked what is needed, a signed contract is still a commitment',
      reader: 'NG',
      writer: 'CN',
      history: [c('Hello, we want to go ahead. Which documents do you need from us to open the account?')],
      draft: 'Great! Send us the signed contract and a copy of your trade licence.',
    },
    {
      name: '"you have to wire the deposit" is a payment demand',
      reader: 'KE',
      writer: 'TR',
      history: [c('Dear Sir, we propose to pay the full amount on delivery, as our cash flow is tight.')],
      draft: 'Dear Mr. Otieno, you have to wire the deposit before we reserve your production slot.',
    },
    {
      name: '"please confirm the order by Friday" still commits with a deadline',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft: 'Hi Alex, please confirm the order by Friday, we reserve the slot on Monday.',
      severity: 'suggestion',
    },
    {
      name: '"you need to get us the final specs by Friday": a duty by a date, not advice',
      reader: 'JP',
      writer: 'US',
      history: softClient,
      draft: 'Hi Yuki, you need to get us the final drawings by Friday.',
    },
    {
      name: '"please confirm by Friday" without an object still commits',
      reader: 'GB',
      writer: 'RU',
      history: softClient,
      draft: 'Hi Alex, please confirm by Friday, we reserve slot on Monday.',
      severity: 'suggestion',
    },
    {
      name: 'an order with a threat ("otherwise the slot is lost") and a deadline still fires',
      reader: 'TH',
      history: softClient,
      draft: 'Dear Khun Somchai, you need to send the forecast by Friday, otherwise the slot in Q3 is lost.',
    },
    {
      name: 'a bare "send the registration form today" to a reserved reader still fires',
      reader: 'JP',
      history: softClient,
      draft: 'Dear Mr. Sato, send the registration form today.',
    },
    {
      name: 'a bare order to sign and send back, to a reserved reader, still fires',
      reader: 'JP',
      writer: 'IN',
      history: softClient,
      draft: 'Dear Mr. Sato, sign the contract and send it back.',
    },
    {
      name: 'asked what is needed, an obligation with a deadline still presses',
      reader: 'GB',
      writer: 'RU',
      history: [
        c('Dear Oleg, thanks for the pack. What documents do you need from us to open the accounts?'),
      ],
      draft:
        'Dear Helen, you must send the signed forms and passport copies until Thursday. Without them we cannot start.',
    },
    {
      name: 'a bare order with a deadline to a reserved reader still fires',
      reader: 'JP',
      history: softClient,
      draft: 'Dear Mr. Sato, send the signed contract by Friday.',
    },
    // rules.dev.10 generalisation (own wording)
    {
      name: '"You have to fix ..." on the client’s own systems puts our problem on them',
      reader: 'US',
      writer: 'AR',
      history: [c('Hi, our QA sees duplicate orders in the sandbox. Could your team take a look? Thanks')],
      draft: 'You have to fix the retry setting in your server, we cannot change it.',
    },
    {
      name: 'a bare order right after bad news is blunt even for a reader used to plain requests',
      reader: 'DE',
      writer: 'BD',
      history: [
        c(
          'I have to tell you that our plant will close and 200 people will lose their jobs. Volumes will drop.',
        ),
      ],
      draft: 'Noted. Send us the new volumes by Monday, we have to book capacity.',
      severity: 'warning',
    },
    {
      name: 'short but courteous notes ("Thanks, we appreciate it") are not a terse style',
      reader: 'JP',
      history: [c('Thank you for the meeting.'), c('We are still discussing. We appreciate your patience.')],
      draft: 'Send us your decision by Friday.',
    },
    {
      name: 'a wish for the client’s health does not soften the order after it',
      reader: 'JP',
      history: [...FRIENDLY_HISTORY, c('I broke my leg skiing, so I am working from home this month.', 100)],
      draft: 'Get well soon, and send me the signed order form by Friday.',
    },
    {
      name: '"you will need to" with a business step is an obligation: "You will need to sign the form by Friday"',
      reader: 'TH',
      history: softClient,
      draft: 'You will need to sign the form by Friday.',
    },
    {
      name: '"tell me" followed by a task is an order: "Tell your finance team to pay today"',
      reader: 'TH',
      history: softClient,
      draft: 'Tell your finance team to pay the invoice today.',
    },
    {
      name: '"what do you need from us?" invites a request, not an order with a deadline',
      reader: 'TH',
      history: [c('Thank you for your support. Please let us know what you need from us.')],
      draft: 'Provide VPN access for the two engineers before Monday.',
    },
    {
      name: 'a plea for help does not excuse an order to commit: "Approve the upgrade today"',
      reader: 'JP',
      history: [c('The dashboard is down again, please help.')],
      draft: 'Approve the upgrade order today and we will move you to the new cluster.',
    },
    {
      name: 'a bare order after a hyphenated name with its title is still bare',
      reader: 'SA',
      writer: 'FI',
      history: [
        c('Dear Mr. Virtanen, greetings. Regarding the bank guarantee, we are working on it with our bank.'),
      ],
      draft: 'Ms. Al-Sayed, send the guarantee this week. Without it we cannot ship.',
    },
    {
      name: 'an order after a blunt verdict in the same reply is a warning: the breach is the verdict’s',
      reader: 'JP',
      writer: 'DE',
      history: [
        c('Dear Ms. Braun, our engineers calculated a load of 40 kN for the bracket. Best regards, Sato'),
      ],
      draft:
        'Dear Mr. Sato, your calculation is wrong. Send us the corrected load data by Thursday. Regards, Braun',
      clientName: 'Ken Sato',
      severity: 'warning',
    },
    {
      name: 'please and a commitment by a date, to a reader who softens requests the most: a suggestion',
      reader: 'JP',
      history: softClient,
      draft: 'Dear Alex, thank you! Please send the purchase order by Monday.',
      severity: 'suggestion',
    },
    {
      name: '"you must" with a consequence for the writer’s side ("otherwise we can’t activate") is a demand',
      reader: 'GB',
      writer: 'US',
      history: [
        c(
          'Hi Tyler, thanks for the welcome pack. Who should our admins call if they get stuck? Kind regards, Ann',
        ),
      ],
      draft:
        'Hi Ann, your admins can call our hotline 24/7. You must complete the setup survey before Friday, otherwise we can’t open your workspace. Thanks, Tyler',
    },
    {
      name: '"you need to provide ..." by a deadline is a business obligation, not advice',
      reader: 'TH',
      history: [c('Thank you for the schedule. We are still waiting for numbers from our sales team.')],
      draft: 'You need to provide us the sales forecast by the end of this month.',
    },
    {
      name: 'a "how do I ...?" question does not excuse an order to commit: "Sign the form"',
      reader: 'JP',
      history: [c('How do I activate the extra licences?')],
      draft: 'Sign the order form and send it back to me today.',
    },
    {
      name: '"any idea what is going on?" asks for an explanation; an order to the client is still an order',
      reader: 'US',
      history: [c('The sync is failing again since this morning. Any idea what is going on?')],
      draft: 'Share the error logs and restart the connector from your end. Reply by end of day.',
    },
    {
      name: '"make sure" with a clause after it is an order, not a statement',
      reader: 'GB',
      history: softClient,
      draft: 'Make sure the deposit is paid this week.',
    },
    {
      name: 'an insistent deadline presses even with please',
      reader: 'FR',
      history: softClient,
      draft: 'Please send the usage figures by Thursday at the latest.',
      severity: 'suggestion',
    },
    {
      name: 'an order spliced onto a statement with a comma',
      reader: 'GB',
      history: softClient,
      draft: 'The last step is the firewall rule, send me your public IP range.',
    },
    {
      name: 'an order after a topic named first ("Regarding ..., send ...")',
      reader: 'MX',
      history: softClient,
      draft: 'Dear Luis, regarding the Q3 volumes, send them until Friday so we can plan the line.',
    },
    {
      name: 'the issue example',
      history: softClient,
      draft: 'Send me the signed contract.',
      severity: 'warning',
      fixIncludes: 'Could you send me the signed contract when you get a chance?',
    },
    {
      name: 'you must with a deadline is a warning for a low-context reader',
      history: softClient,
      draft: 'You must sign the documents by Friday.',
      severity: 'warning',
      fixIncludes: 'Could you sign the documents by Friday?',
    },
    {
      name: 'you must with a deadline is an error for a new high-context reader',
      reader: 'KR',
      history: [c('Thank you for visiting us. We will study your offer.')],
      draft: 'You have to send the signed form by Monday.',
      severity: 'error',
    },
    {
      name: 'a bare order to a British reader who softens requests stays a warning',
      reader: 'GB',
      history: [c('Many thanks for the samples, they arrived safely.')],
      draft: 'Transfer the deposit now so we can start.',
      severity: 'warning',
    },
    {
      name: 'you need to',
      history: softClient,
      draft: 'You need to pay the invoice this week.',
      fixIncludes: 'Could you pay the invoice this week?',
    },
    {
      name: 'it is necessary',
      history: softClient,
      draft: 'It is necessary to fill in the form.',
      fixIncludes: 'Could you fill in the form',
    },
    {
      name: 'a name before the order stays in front',
      history: softClient,
      draft: 'Alex, call me tomorrow.',
      fixIncludes: 'Alex, could you call me tomorrow?',
    },
    {
      name: 'two orders, two findings',
      history: softClient,
      draft: 'Check the attached file. Confirm the dates.',
      count: 2,
    },
    {
      name: 'a negative order',
      history: softClient,
      draft: "Don't forget to sign page 4.",
      fixIncludes: 'make sure not to forget',
    },
    {
      name: 'I need you to',
      history: softClient,
      draft: 'I need you to approve the budget.',
      fixIncludes: 'Could you approve the budget',
    },
    {
      name: 'a reader used to plain requests still hears "you must"',
      reader: 'RU',
      writer: 'US',
      history: softClient,
      draft: 'You must sign the contract today.',
      severity: 'suggestion',
    },
    {
      name: 'please with a deadline still presses a little',
      reader: 'US',
      writer: 'CN',
      history: [...FRIENDLY_HISTORY],
      draft: 'Please confirm the quantities before Thursday, our line is booked after that.',
      severity: 'suggestion',
    },
    {
      name: 'please do the needful',
      reader: 'US',
      writer: 'IN',
      history: [...FRIENDLY_HISTORY],
      draft: 'Kindly do the needful and release the payment at the earliest.',
      severity: 'suggestion',
    },
    {
      name: 'a statement of need with a deadline, to a new contact',
      reader: 'AE',
      history: [c('Good afternoon. Thank you for the offer, we will review it with the board.')],
      draft: 'Dear Khalid, we need to have your answer by Wednesday.',
      severity: 'warning',
    },
    {
      name: 'a yes/no request pressed for today, for a reader who softens the most',
      reader: 'GB',
      history: [...FRIENDLY_HISTORY],
      draft: 'Thanks. Can you approve the budget today?',
      severity: 'warning',
      fixIncludes: 'Could you approve the budget today, if possible?',
    },
    {
      name: 'an obligation between partners of some weeks is a warning, not an error',
      reader: 'GB',
      writer: 'DE',
      history: [...FRIENDLY_HISTORY],
      draft: 'You must return the signed annex by Monday, otherwise the slot is gone.',
      severity: 'warning',
    },
    {
      name: 'please and a deadline on a commitment still press a little',
      reader: 'IT',
      writer: 'NL',
      history: [c('Grazie for the update, we are back next week.')],
      draft: 'Please pay the open invoice this week.',
      severity: 'suggestion',
    },
    {
      name: 'make sure you',
      history: softClient,
      draft: 'Make sure you bring the signed copy.',
      fixIncludes: 'Could you bring the signed copy',
    },
  ],
});

describe('softenRequest', () => {
  it('keeps the request and asks it', () => {
    expect(softenRequest('Kindly review the offer!')).toBe(
      'Could you review the offer when you get a chance?',
    );
    expect(softenRequest('Send it today, please.')).toBe('Could you send it today?');
  });
});
