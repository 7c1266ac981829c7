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
  ],
});
