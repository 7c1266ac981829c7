import { runDetectorCases } from '../testing/detector-tester.ts';
import { imperative } from './imperative.ts';

runDetectorCases(imperative, {
  positive: [
    '«Send me the signed contract.»',
    '«Please send me the signed contract.»',
    '«Hi John, please review the attached offer.»',
    '«Alex, call me tomorrow.»',
    '«Sign here and return it to me today.»',
    '«You must sign the documents by Friday.»',
    '«You need to pay the invoice this week.»',
    '«You have to confirm the dates.»',
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
  ],
  negative: [
    // A noun and its participle is a heading, not an order; "close to" is an adverb.
    'The changes are in clauses 4 and 9. Markup attached.',
    'Close to 40 pallets shipped on Monday.',
    'Let me know if you have questions.',
    // rules.dev.7 generalisation (own wording): a one-word stance, a noun with its "of" phrase.
    'Disagree. The layout is standard for online shops.',
    'Agree, thirty days works for us.',
    'Copy of the signed order will be in your inbox tonight.',
    'Please find attached the offer.',
    'Have a nice weekend!',
    'Could you send me the contract when you get a chance?',
    'We will send the contract tomorrow.',
    "Please don't worry about the deadline.",
    'Please take all the time you need.',
    'What a great result, you must be proud!',
    'See you at the conference in Berlin.',
    'I need to check this with our lawyer.',
    'Feel free to call me anytime.',
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
  ],
});
