import { runDetectorCases } from '../testing/detector-tester.ts';
import { directStart } from './direct-start.ts';

const TRIP = 'Sorry for the silence, we spent a week at the lake with the kids.';

const BIRTH_AND_DEPUTY =
  'Our son Leo arrived on Tuesday! I am on leave from Monday; Priya will approve the PO.';

runDetectorCases(directStart, {
  positive: [
    // rules.dev.28 generalisation (own wording): congratulations only after the business, on a line of
    // their own, do not warm up the opening; nor does a name of the news said back inside the ask
    {
      text: 'Hi Mike,\n\n«So, for the PO: can you ask Priya to approve it by the 15th?»\n\nCongratulations!',
    },
    {
      text: 'Hi Mike,\n\n«So, can you ask Priya to sign the PO by Friday?»\n\nCongratulations on Leo, by the way!',
      answers: BIRTH_AND_DEPUTY,
    },
    { text: '«So, do you want to buy our product?»', answers: TRIP },
    { text: '«Anyway, are you ready to sign the contract?»', answers: TRIP },
    { text: 'Hi John, «so, did you make a decision?»', answers: TRIP },
    // The greeting's comma left out, as chat writes it.
    { text: 'Hi John «so did you make a decision?»', answers: TRIP },
    { text: 'Dear Ms. Han\n«Regarding the review: can you sign the NDA this week?»', answers: TRIP },
    { text: 'Hope you are well. «So, when can we sign?»', answers: TRIP },
    // A phatic line answers nothing told: the pivot after it still turns to business.
    { text: 'Hi Marta, nice to hear from you. «So, did legal approve the draft?»', answers: TRIP },
    { text: 'Lovely to hear from you! «Anyway, regarding the order, can we confirm it?»', answers: TRIP },
    { text: '«Please send the signed order form by Friday.»', answers: TRIP },
    { text: '«Now, regarding the pricing: can you confirm the 200-user plan?»' },
    { text: 'Great! «So when do we start the pilot?»', answers: TRIP },
    { text: 'Hi Ana, «just following up on the proposal.»', answers: TRIP },
    { text: '«Any update on the contract?»', answers: TRIP },
    // business first without "So,": a request, a topic pivot, a status chase
    { text: 'Dear Oliver, «kindly let us know the status of the order.»', answers: TRIP },
    { text: 'Dear Mr. Smith, «regarding your request from Monday, the delivery date is 14 May.»' },
    { text: 'Hello Oliver, «we still need the signed order form.» Can you send it today?', answers: TRIP },
    { text: 'Hi Anna, «we are still waiting for the signed NDA.»', answers: TRIP },
    { text: 'Good morning Sir, «kindly revert with your feedback on the quotation.»', answers: TRIP },
    { text: 'Hi Anna, «as for the pricing, we can offer 5% off.»', answers: TRIP },
    { text: 'Hi Anna, «with regard to your question, the price includes support.»', answers: TRIP },
    // cues.dev.3 generalisation (own wording): "Back to ..." names the business topic.
    { text: '«Back to the contract: we need the liability cap at 1x.»', answers: TRIP },
    { text: '«Long story short, we cannot accept the penalty clause.»', answers: TRIP },
    // rules.dev.9 generalisation (own wording): the subject-line "Re" as a pivot in the body.
    { text: '«Re the invoice for March: accounting still needs your VAT number.»', answers: TRIP },
    { text: '«Re invoice for March: accounting still needs VAT number.»', answers: TRIP },
    // A bare address is a salutation: the pivot after it still turns to business.
    { text: 'Ms. Okafor, «regarding the tender, we need your bank guarantee by Monday.»', answers: TRIP },
    { text: 'Kenji, «so, shall we lock the delivery slot?»', answers: TRIP },
    // rules.dev.20 generalisation (own wording): "So" or "Anyway" before a topic named with a
    // preposition turns to it without a comma.
    { text: 'Hi Lena, «So for the two warehouses we would need 40 scanners.»', answers: TRIP },
    { text: '«Anyway about the renewal, the price stays the same.»', answers: TRIP },
    { text: 'Dr. Al-Amin, «as for the spare parts, the price is final.»', answers: TRIP },
    // rules.dev.15 generalisation (own wording): "About X:" as a heading turns to the topic, after a
    // greeting or a name with an honorific after it.
    { text: 'Hello Petra, «about the annual licence: can you sign before the 30th?»', answers: TRIP },
    {
      text: 'Dilshod aka, «about the grey granite 60x60: delivery is 4 weeks after payment.»',
      answers: TRIP,
    },
    // rules.dev.14 generalisation (own wording): a name alone on the first line is the salutation,
    // and the order on the next line is the opening.
    { text: 'Ingrid,\n\n«Settle the open balance on account 4471 this week.»\n\nPiotr', answers: TRIP },
    { text: 'Good morning Dr.\nAdebayo,\n\n«Kindly confirm the delivery address today.»', answers: TRIP },
  ],
  negative: [
    'Back to work today after two weeks in Spain, the kids loved it.',
    // Invariance (eval:perturb, no articles): "SOW" is the statement of work, not the verb "sow".
    'Hello Mike, SOW for phase 2 is attached.',
    // "So" as a degree word is no pivot, whatever follows it.
    { text: 'Hi Lena, so happy for you both! The scanners ship on Monday.', answers: TRIP },
    // "About" with an amount is an answer, not a heading; nor is "about" without a colon after the topic.
    { text: 'Congratulations! About 3 weeks: that is our usual lead time.', answers: TRIP },
    { text: 'Hi Petra, about time we had some sun! Enjoy the weekend.', answers: TRIP },
    // A place or a name with a comma after it is no address when a verb follows the clause.
    { text: 'Lisbon, as you know, was wonderful this spring.', answers: TRIP },
    { text: 'Kenji, thank you so much! So, shall we lock the delivery slot?', answers: TRIP },
    { text: 'Welcome back! I hope the kids loved the lake. So, shall we pick up the pilot?', answers: TRIP },
    {
      text: "I'm really glad you had a chance to get away. So what have you thought about our product?",
      answers: TRIP,
    },
    { text: 'Thank you for your message. So, the contract is ready.', answers: TRIP },
    { text: 'Hi Anna, I hope your week at the lake was lovely.', answers: TRIP },
    { text: 'Sorry for the late reply, I was travelling. The quote is attached.' },
    { text: 'It was a pleasure to meet you yesterday.' },
    { text: 'So glad you had a good time at the lake! The pilot can start next week.', answers: TRIP },
    { text: 'Please find attached the updated price list.' },
    // a pleasantry first, then business with no pivot word: the usual order of an email
    { text: 'Hi Liam, hope you are doing well. Kindly share your feedback on the proposal.', answers: TRIP },
    { text: 'Great to hear from you. Please find attached the revised offer.', answers: TRIP },
    // a phatic line and then a line for what they told: not a turn away
    { text: 'Good to hear from you! The lake sounds wonderful. So, shall we talk next week?', answers: TRIP },
    {
      text: 'Nice to hear from you, and congratulations on the new house! So, when can we meet?',
      answers: TRIP,
    },
    { text: 'Hi Anna, the new version is live.', answers: TRIP },
    { text: 'Please let me know how the surgery went.', answers: TRIP },
    { text: 'Back to work after a lovely week in Crete!', answers: TRIP },
    { text: 'We need to celebrate that!', answers: TRIP },
    // "re" that is no subject-line pivot
    { text: 'Re-reading your note, I am so glad the trip went well.', answers: TRIP },
  ],
});
