import { runDetectorCases } from '../testing/detector-tester.ts';
import { imperative } from './imperative.ts';

runDetectorCases(imperative, {
  positive: [
    // rd39 generalisation (own wording): a hyphenated "re-" verb before its object
    '«Re-torque the flange bolts and check the gasket.»',
    'Thanks. «Re-run it with the new settings.»',
    '«Re-check flange bolts before start-up.»',
    // Invariance (eval:perturb, client-no-articles): "confirm" with a statement as its object, no "that" or "the".
    '«Please confirm price is still valid.»',
    'Thanks. «Kindly verify invoice total is correct.»',
    // The greeting's comma left out: the name is still the vocative before the order.
    '«Hi Jen fill in the attached form and send it back today.»',
    '«Dear Oliver Pay the deposit now so we can start production.»',
    // rules.dev.30 generalisation (own wording): "Countersign" is an order as "Sign" is
    { text: 'Ok. «Countersign the annex and return it by Monday.»' },
    // Invariance (eval:perturb, no articles): a participle stands where "the" was before the object.
    'Lead time is 8 weeks. «Sign attached NDA and return it by Friday.»',
    '«Return signed copy to our Hamburg office.»',
    // near-misses of the exclamation: an order after "oh" or "man," still orders
    '«Oh, send me the signed copy today.»',
    '«Oh man, call the carrier before noon.»',
    // rules.dev.22 near-misses (own wording): base forms ending in "ing", an order after an offer
    '«Bring the signed copy on Monday.»',
    // rules.dev.15 generalisation (own wording): "move" tagged as a name still orders with an object
    '«Move them to rack B before the audit.»',
    '«Move the delivery to Thursday and tell the driver.»',
    // rules.dev.14 generalisation (own wording): a formula, then an order joined by "and"; an
    // order after a colon that announces no choice.
    '«Take a look at the offer and confirm the quantities by Monday.»',
    '«Next step: approve the budget so we can order.»',
    '«Be sure to bring the signed forms on Monday.»',
    '«Send me the signed contract.»',
    // near-misses: the main clause after a condition, and "note that", still oblige
    '«If you want the discount, you need to sign by Friday.»',
    '«Please note that you must sign by Friday.»',
    '«Please send me the signed contract.»',
    '«Hi John, please review the attached offer.»',
    '«Alex, call me tomorrow.»',
    '«Sign here and return it to me today.»',
    '«You must sign the documents by Friday.»',
    '«You need to pay the invoice this week.»',
    // near-misses: the obligation after a name or a time word still binds the reader.
    '«By Friday you need to sign the annex.»',
    '«Tom, you need to send the forms today.»',
    // A hyphenated name whose second half the tagger takes for a noun is still the vocative.
    '«Hi Seo-yeon, Send me the signed annex by Friday.»',
    '«Next time you need to photograph the cartons before signing.»',
    '«You have to confirm the dates.»',
    '«Ship from Porto by Friday, the site is waiting.»',
    '«Check prices for the new units of the TX-9 before Friday.»',
    "«It's necessary to fill in the form.»",
    '«I need you to approve the budget.»',
    "«Don't forget to sign page 4.»",
    '«Make sure you bring the signed copy.»',
    // A hyphenated name before the order, and "close" tagged as a name.
    '«Ms. Al-Sayed, send the signed order this week.»',
    'The patch is live. «Close the ticket if it works.»',
    // The same typed in lower case, and with the article dropped before a condition.
    '«ms. al-sayed, send the signed order this week.»',
    'Patch is live. «Close ticket if resolved.»',
    // cues.dev.3 generalisation (own wording): an order after a fronted clause or a colon, a
    // vocative that is not a name, verbs wink tags oddly, a demand with a deadline.
    '«If you want the volume price, confirm the order today.»',
    '«As agreed on the call, kindly send the signed NDA.»',
    '«One more thing: please approve the change request.»',
    '«Madam pls send the invoice copy.»',
    // A linking adverb before the order.
    '«Meanwhile kindly share the packing list.»',
    '«Lastly, sign page 3 of the annex.»',
    '«Forward me the tracking number.»',
    '«Visit our booth and try the demo.»',
    '«Please do the needful at the earliest.»',
    '«We expect a written answer by Monday.»',
    // rules.dev.4 generalisation (own wording): a topic named first, an order spliced onto a statement.
    '«Dear Olga, regarding the shipment, send me the packing list today.»',
    '«The next step is the security review, send us the admin contacts.»',
    // dropped articles in non-native English
    '«Fill form and send back today.»',
    '«Check section 5 of the manual.»',
    '«Reply by Monday.»',
    // the object without its article tagged a verb too: "address", "email", "order" are both
    '«Correct address and resend the invoice.»',
    '«Update email, then sign again.»',
    // a number where the article was: the order reads the same with or without "a"
    '«Book 30-minute call with me here.»',
    '«Order 500 units before the price change.»',
    '«Send 2 copies of the signed contract.»',
    // an order typed in capitals is still an order
    '«SEND THE SIGNED CONTRACT TODAY.»',
    // a verb that takes a participle is still an order; so is a list after a lead-in without a modal
    '«Get started on the forms today.»',
    '«Two things before Friday: send the floor plan and name a contact.»',
    // a formula first, then an order that commits the reader
    '«Take a look at the draft and sign it by Friday.»',
    // an order after a topic named first ("Regarding", "As for", "About"), two verbs joined by "and"
    '«Regarding the renewal, sign and return the form by Friday.»',
    '«As for the renewal, sign and return the form by Friday.»',
    '«About the invoice, review and approve it today.»',
    // an order beside a wish for the reader's health, and a wellbeing verb with an object
    '«Hang on, send me the file.»',
    '«Get well soon, and send me the signed form when you can.»',
    '«Relax the deadline for us.»',
    // near misses of the encouragement formulas: a thing to keep, a state to avoid that is a duty,
    // a thing to send or give, a place to stay
    '«Keep the invoice for your records.»',
    '«Keep the deadline.»',
    '«Keep your team informed.»',
    "«Don't be late for the demo.»",
    '«Send my offer to your manager.»',
    '«Give the form to your assistant.»',
    '«Stay on the call after the demo.»',
    '«Stay healthy and send me the form.»',
    // an order after a discourse marker is still one; so are the marker verbs with an object
    '«Look, send me the file today.»',
    '«Listen to the recording before the call.»',
    '«Give me the figures by Friday.»',
    '«Wait for my call before you ship.»',
    // rules.dev.12 generalisation (own wording): near misses of a term line; an order spliced on
    // after it, a thing to act on, a term word with no value after it
    '«Lead time 3 weeks, send the PO today.»',
    '«Sign page 4 and 7.»',
    '«Pay the deposit by Friday.»',
    '«Order the spare kit now.»',
  ],
  negative: [
    // rules.dev.56 generalisation (own wording): "nothing more you need to do" spares the reader
    'I have already sent the certificate to your customs broker, so there is nothing more you need to do.',
    'The forms are filed; nothing else you need to send us.',
    // rd44 generalisation (own wording): "would you need to" asks about their need
    'What lead time would you need to plan the launch?',
    'Do you need to check the terms with your finance team first?',
    // rd39 near-miss: "re-" words that name a thing
    'Re-entry permits are issued in March.',
    // rules.dev.27 generalisation (own wording): a need stated as a reason or a condition
    'Since you will need to replace the old boilers anyway, this may be the moment to compare models.',
    'If you need to move the date, we can do that.',
    // Invariance (eval:perturb, no articles, rd26-p8-14): a noun and "have" without agreement states
    'Yes, certificate is attached. Also plug have SAA approval.',
    'Price have changed since March, new list attached.',
    // rules.dev.26 generalisation (own wording): "you having to" tells what the reader bears
    'Closing the plant is a heavy thing, for you most of all, having to tell them.',
    'Losing the contract is hard, for the team and for you having to explain it this week.',
    // near-miss: a heading with the participle after its noun names a document sent
    'Signed NDA attached. Pricing follows on Monday.',
    // sympathy exclamations: "oh man", "aw man", "oh boy" finish an interjection, no order
    'Oh man, that is really rough.',
    'Aw man, so sorry to hear it.',
    'Ah man that stinks.',
    'Oh boy, what a week you had.',
    // copular sympathy is a statement, with or without the exclamation
    'That is so hard, I am sorry.',
    "It's really tough to lose a key account.",
    // rules.dev.22 generalisation (own wording): an offer formula; an -ing word left alone by an
    // abbreviation that ends the sentence before it
    'If you want the spare parts kit too, just say the word.',
    'Any trouble with the install, give us a shout.',
    'Total 4,200 EUR excl. shipping.',
    'Price 12,000 USD incl. training.',
    // rules.dev.15 near-misses: "move" as a noun
    'Move to the new warehouse was approved by the board.',
    'Move in date is 3 May.',
    // near-misses of the object tagged a verb: the same words as a statement's subject
    'Correct address is on page 2.',
    'Updated address goes on the invoice.',
    // The writer's own resolve: "be sure" after a subject, a modal or "to".
    'I wanted to be sure to give you the final figures.',
    'We will be sure to add the spare filters.',
    "I'll make sure you receive the certificate before the audit.",
    // A noun and its participle is a heading, not an order; "close to" is an adverb.
    'The changes are in clauses 4 and 9. Markup attached.',
    'Close to 40 pallets shipped on Monday.',
    'Let me know if you have questions.',
    // rules.dev.7 generalisation (own wording): a one-word stance, a noun with its "of" phrase.
    'Disagree. The layout is standard for online shops.',
    'Agree, thirty days works for us.',
    'Copy of the signed order will be in your inbox tonight.',
    // The second half of a hyphenated name is no verb, whatever the tagger makes of it.
    'Hey Ji-woo! Intro deck attached.',
    // An Incoterm typed in lower case names the terms, it orders nothing.
    'regarding the lead time: the presses are ready 10 weeks after payment, dap gdansk.',
    // Written without articles: a noun with any such phrase before the clause's verb.
    'Once we have your PO, dispatch from Gdansk will be in week 32.',
    'Lead time for 2,000 units of the TX-9 model is 5 weeks from order.',
    'Please find attached the offer.',
    'Have a nice weekend!',
    'Could you send me the contract when you get a chance?',
    'We will send the contract tomorrow.',
    "Please don't worry about the deadline.",
    'Please take all the time you need.',
    // rules.dev.18 generalisation (own wording): "you need to" on what the writer grants is no obligation.
    'Take whatever time you need to talk it over with your board.',
    // The same, written without articles.
    'Please take time you need to study offer with your partners.',
    'We will give you all the support you need to go live.',
    'Feel free to keep the samples as long as you need to.',
    'What a great result, you must be proud!',
    'See you at the conference in Berlin.',
    'I need to check this with our lawyer.',
    'Feel free to call me anytime.',
    // rd40 (own wording): the writer's own need with its "we" dropped, and a receipt in one verb.
    'Can you send the address? Need it for the customs form.',
    'Hi Khun Nok, ok understand. We wait for your decision.',
    // An invitation to look, without its article as many second-language writers write it.
    'When you have time, take look at our new catalogue.',
    'Wish you a happy New Year!',
    // cues.dev.3 generalisation (own wording): a greeting line, a signature, lead-ins, formulas.
    'Hi Tom,\n\nHope the move went smoothly.',
    'Dear Ms. Berg,\n\nThank you for the quick reply.',
    'Great to hear the kids are fine.\n\nMark',
    'Now everything works again.',
    'So bottom line, we are not renewing this year.',
    'Kindly find the updated price list attached.',
    'Please be advised that the office is closed on Friday.',
    'Appreciate the quick turnaround.',
    'Kindly bear with us for a couple of days.',
    'Please don’t give the invoice another second thought.',
    'If you need anything from our side, just shout.',
    'If you have any questions about the trial, please contact me anytime.',
    // a compound noun, an identifier after the first word, an interjection
    'Go-live is planned for the first week of June.',
    'Yes, release 2.4.1 solves the login problem.',
    'Ooh, congratulations on the new house!',
    // a heading with a participle or a verb of its own: the first word is a noun
    'Order confirmation attached.',
    // the writer's own step
    'Let me check with our CFO and come back to you.',
    // pointing the reader to information, inviting them to try something: formulas, as "Let me know"
    'See page 12 for the service levels.',
    'Please note our new bank details.',
    'Keep in mind that delivery takes six weeks.',
    'Give it a try and tell me how it goes.',
    'Just reply to this email with any questions.',
    'Check out the case study from our Lyon customer.',
    'Call notes are below.',
    'Update process takes two weeks.',
    // rules.dev.9 generalisation (own wording): a noun and its participle, a dropped "I" before an
    // opinion, a list completing a modal lead-in.
    'Patch deployed to production at 9:00.',
    'Order shipped this morning.',
    // near misses: a number then a participle is a report; an acronym the tagger reads as a verb
    'Order 1234 shipped this morning.',
    'DAP Rotterdam price for 500 units is EUR 12.40 per unit.',
    'FOB prices are valid until the end of March.',
    'Reckon we can beat that price.',
    'It would help if your team could: - send the floor plan; - name a contact on site.',
    // a topic named first, then a statement; "about" as a quantity; nouns joined by "and"
    'Regarding the renewal, we are fine with the terms.',
    'About 40 units are late, we are checking with the carrier.',
    'Order and payment are due on Friday.',
    // wishes for the reader's health, rest or strength in imperative form
    'Hang in there.',
    'Hang in there, we are all thinking of you.',
    'Stay strong.',
    'Stay positive!',
    'Get well soon.',
    'Feel much better soon.',
    'Rest well.',
    'Recover soon.',
    'Keep smiling.',
    // encouragement, comfort and regards: conventional, as "Take care" (Brown & Levinson 1987)
    'Keep your chin up, it will get better.',
    'Keep your spirits up.',
    'Keep your head up, next quarter will be better.',
    'Keep it up!',
    'Keep going, you are doing great.',
    'Keep calm and carry on.',
    'Stay calm, we will sort it out.',
    'Think positive!',
    'Look after yourself.',
    'Take it easy this weekend.',
    'Go easy on yourself.',
    'Give yourself some time.',
    "Don't be sorry.",
    "Don't be sad, it happens to everyone.",
    "Please don't feel bad about it.",
    "Don't blame yourself.",
    "Don't give up!",
    'Never give up!',
    "Don't get sick this winter!",
    "Don't be a stranger.",
    "Don't mention it.",
    'Forget about it, it is fine.',
    'Believe me, it will be fine.',
    'Get some sleep.',
    'Stay home and rest.',
    'Stay at home and get better.',
    'Stay healthy and see you soon.',
    'Send my best to your wife.',
    'Give the kids a big hug from me.',
    'Fly safe!',
    'Drive safely.',
    'Stay tuned for the new release.',
    'Break a leg!',
    // discourse markers ("Look,", "Listen,", "Wait,"), set phrases, a request for patience as "Bear
    // with us", and a dropped "I" before "need to": none tells the reader to act
    'Look, I understand your position.',
    'Listen, I totally understand.',
    'Wait, I will check.',
    "Don't get me wrong, we like the product.",
    'Believe it or not, it snowed here in May.',
    'Allow me to introduce myself.',
    'Give me a few days to think about it.',
    'Give us one week to check the figures.',
    'Need to check with my team first.',
    'Have to run, talk soon!',
    'Forgive me for the delay.',
    // rules.dev.12 generalisation (own wording): a term of the deal and its value, as offers list
    // them; the first word heads a compound noun
    'Lead time 6 weeks after the deposit.',
    'Ship date: 3 March.',
    'Transit time approx. 25 days to Santos.',
    'Pay terms 50/50, balance before loading.',
    'Order total 12,400 EUR ex works.',
    // rules.dev.14 generalisation (own wording): after thanks, the writer's own plan with "we";
    // choices described after a lead-in that names them
    'Thanks a lot, we will review it tomorrow and send the revised plan on Thursday.',
    'Thank you, I will book the room and confirm the agenda later today.',
    'There are two alternatives: extend the pilot by a month or start the rollout in April.',
    'We see three options: keep the current scope, drop the reports, or split the delivery.',
  ],
});
