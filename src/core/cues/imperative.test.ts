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
  ],
  negative: [
    'Let me know if you have questions.',
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
  ],
});
