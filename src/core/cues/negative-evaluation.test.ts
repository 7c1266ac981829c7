import { runDetectorCases } from '../testing/detector-tester.ts';
import { negativeEvaluation } from './negative-evaluation.ts';

runDetectorCases(negativeEvaluation, {
  positive: [
    // a failure told as what happened, and an excess judged, are still verdicts
    '«The upload failed again because of your proxy.»',
    '«Twelve weeks is far too long for us.»',
    // cues.dev.3 generalisation (own wording): broken agreements, refusals of the terms, appearance
    // verbs, a degree word before "optimistic".
    '«The invoice is not what we signed off on.»',
    '«That was not respected.»',
    '«We are not ordering at these prices.»',
    '«The revised licence model is a no for us.»',
    '«It would be hard for us to accept a two-year lock-in.»',
    '«Two sprints looks tight for the migration.»',
    '«The forecast seems rather ambitious to me.»',
    '«The delivery plan is not at all workable.»',
    '«Your numbers are wrong.»',
    // rules.dev.7 generalisation (own wording): a standard not followed.
    '«Your procedure was not followed.»',
    '«The acceptance criteria were not met.»',
    // rules.dev.4 generalisation (own wording)
    '«The delivery estimate is way off.»',
    '«There is an error in your invoice.»',
    '«The figures in your sheet are off.»',
    '«That is not how customs clearance works.»',
    '«This plan will never work.»',
    '«I do not agree.»',
    '«The late delivery is your fault.»',
    // blame put back on the reader's side, without "wrong" (rules.dev.6 generalisation, own wording)
    '«Nope, it is your firewall.»',
    '«The issue is on your end.»',
    '«Your requirements list is incomplete.»',
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
    "«We don't like the new layout of the reports.»",
    '«The print quality is below what we expected.»',
    '«That is not our fault, the parts were damaged in the warehouse.»',
    // hedged verdicts are still verdicts (found, below the blunt level)
    { text: "«I'm afraid the integration doesn't really fit our stack.»", minConfidence: 0.6 },
    { text: '«I think the annual fee is a bit high for a team of ten.»', minConfidence: 0.6 },
    // cues.dev.2 generalisation (own wording)
    '«The onboarding guide is too technical for our store managers.»',
    '«Your quote is on the high side for a pilot.»',
    '«This is beyond our budget for the year.»',
    '«The sync still keeps failing every night.»',
    '«Wrong currency on the invoice, could you correct it?»',
    { text: '«Unfortunately the delivery terms are too long for us.»', minConfidence: 0.6 },
    // a bad week or time caused by the reader's side, or a day named by its business, is still a verdict
    '«We had a terrible week because of your outage.»',
    '«We had a terrible time with your support team.»',
    '«Your support was terrible this week.»',
    '«The response time is terrible.»',
    '«The launch day was a disaster.»',
    '«It has been a bad week for the project.»',
    // after bad news, a line that judges the business is still a verdict
    {
      text: '«The price is too high for us.»',
      answers: 'My father had a stroke last week and I was at the hospital with him.',
    },
  ],
  negative: [
    // sympathy that recognises the client's bad news ("how awful", "too bad") judges nothing
    {
      text: 'Oh no, how awful. Please confirm the order by Friday.',
      answers: 'My father had a stroke last week and I was at the hospital with him.',
    },
    { text: 'Too bad.', answers: 'My father had a stroke last week and I was at the hospital with him.' },
    // rules.dev.9 generalisation (own wording): "failed" naming an event, an amount of a foreign dish.
    'Please send me the time of the last failed upload.',
    'We ate far too many empanadas de pino.',
    // rules.dev.7 generalisation (own wording): a judgement inside a question the writer asks, a
    // rule stated for a kind of thing.
    'I would love to hear what went wrong in your rollout.',
    'Incomplete applications will be returned unprocessed.',
    'It is your decision, of course.',
    'It is your data: you can export it at any time.',
    'The ball is on your side now, no rush.',
    // our own old problem told with the fix; what customers say of the old way
    'The first release was too slow, which is why we rebuilt the engine.',
    'Many teams find spreadsheet planning too slow.',
    // a bad week, day, night, weather or luck lived through, told as experience or in solidarity:
    // nobody's work is judged
    'We had a terrible week too, so I understand completely.',
    "It's been a terrible week here too.",
    'Same here, terrible week.',
    'Me too, my day was horrible.',
    'Also for us this week was very bad, many people sick.',
    'Yesterday was a terrible day for me too.',
    'I also had terrible time last week with the flu.',
    'The weather in Moscow has been awful.',
    'The weather here is too hot.',
    'I had bad luck with my flight yesterday.',
    'We had a terrible week because the kids were sick.',
    'It was a horrible night, the baby did not sleep.',
    // reassurance and agreement
    "Please don't apologise, it is not your fault.",
    "I couldn't agree more.",
    'We are off on Friday for the holiday.',
    // a noun that names a thing; a failure in our own systems, owned
    'Please attach the error log from last night.',
    'The backup failed on one of our storage nodes, so we restored it from the mirror.',
    // cues.dev.3 generalisation (own wording): the writer's own pace, quantities, wishes, pity, an
    // error owned after an apology, a declined date.
    "I'm a little behind today, the baby kept us up.",
    'Sorry, I reply a bit late this week.',
    'We ate far too much cake at the party.',
    'That is an awful lot on your plate.',
    "I hope the move hasn't been too stressful.",
    'Poor puppy, I hope he is eating again.',
    'Sorry, my fault: the quote I sent on Friday used the wrong currency.',
    "I'm afraid Tuesday is impossible for us. Wednesday?",
    // cues.dev.2 generalisation (own wording)
    'There is nothing wrong with your first draft.',
    'The sync problem is fixed now.',
    'Duplicate entries are a common headache, and our import tool removes them.',
    "That's awful, I hope everyone is safe.",
    "I'm a complete mess this morning, the kids were up early.",
    "It's too early to say how many seats we need.",
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
    "I don't like to rush you, but the offer ends on Friday.",
    'Our warehouse was a mess after the move, sorry for the delay.',
    'Oh no, poor you, what a mess.',
    "I'm not feeling great today, so I'll keep it short.",
    'We did not meet last week because of the holiday.',
    { text: "I'm afraid the integration doesn't really fit our stack.", below: 0.8 },
  ],
});
