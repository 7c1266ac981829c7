import { runDetectorCases } from '../testing/detector-tester.ts';
import { negativeEvaluation } from './negative-evaluation.ts';

runDetectorCases(negativeEvaluation, {
  positive: [
    '«Your numbers are wrong.»',
    '«This is not correct.»',
    '«No.»',
    '«Nope!»',
    '«Your calculation makes no sense.»',
    '«I disagree.»',
    '«A 40% discount is unacceptable.»',
    '«No, that is not realistic.»',
    '«Your offer is not competitive.»',
    '«The price is too high.»',
    'Thanks for the demo. «However, the reporting module does not meet our requirements.»',
    // judgements without "wrong" or "bad"
    '«The migration last month was a mess.»',
    '«Honestly, the admin panel is not very intuitive.»',
    '«The new dashboard is clunky and confusing.»',
    '«The second delivery fell short of what we agreed.»',
    "«The import still doesn't work for our files.»",
    '«We are disappointed with the support response times.»',
    '«That is not our fault, the parts were damaged in the warehouse.»',
    // hedged verdicts are still verdicts (found, below the blunt level)
    { text: "«I'm afraid the integration doesn't really fit our stack.»", minConfidence: 0.6 },
    { text: '«I think the annual fee is a bit high for a team of ten.»', minConfidence: 0.6 },
  ],
  negative: [
    "I'm so sorry to hear that, what a terrible night.",
    'We made a mistake in our invoice, sorry about that.',
    'Excuse me for the mistake in the previous invoice, here is the correct one.',
    'You are right, that is wrong on our side.',
    'Not bad at all!',
    'No problem, I will check today.',
    'I may be missing something, but I think the numbers are a bit off.',
    "I don't think that figure is correct.",
    'Unfortunately, this is not possible with the standard plan.',
    'Our numbers were wrong last month.',
    'Is the tax line wrong, or did I misread it?',
    'Poor thing! I hope she feels better soon.',
    'The payment failed because of a wrong account number, we will resend it today.',
    'Oops, wrong file, sorry about that.',
    'Oh no, poor you, what a mess.',
    "I'm not feeling great today, so I'll keep it short.",
    'We did not meet last week because of the holiday.',
    { text: "I'm afraid the integration doesn't really fit our stack.", below: 0.8 },
  ],
});
