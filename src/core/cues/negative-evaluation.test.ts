import { runDetectorCases } from '../testing/detector-tester.ts';
import { negativeEvaluation } from './negative-evaluation.ts';

runDetectorCases(negativeEvaluation, {
  positive: [
    // rd39 generalisation (own wording): "not ok" as the plainest verdict; a reading called wrong;
    // the client's claim contradicted with "No, ... is correct"
    '«Your accountant has misread the statement.»',
    '«No, the delivery note is correct.» It lists 14 pallets.',
    '«No, delivery note is correct.»',
    '«Manual backups are not ok for a clinic your size.»',
    // rules.dev.16 near-misses (own wording): a measured difference said of the reader's side, or
    // with no measure, still judges
    '«Your offer is 30% higher.»',
    '«The fee is far higher.»',
    // rules.dev.15 near-misses (own wording): a real "doesn't work", "dated" as old-fashioned, and
    // a plain "bad" still judge
    "«The export still doesn't work on the new server.»",
    '«Honestly, the dashboard looks dated.»',
    "«It's not too slow, but the search doesn't work.»",
    '«The second batch was bad.»',
    // rules.dev.14 near-misses: "false" as a verdict still judges
    '«The figure in your summary is false.»',
    '«That claim is false, the sensor was calibrated last week.»',
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
    // rules.dev.12 generalisation (own wording): the client's diagnosis denied, a delay put on their
    // side, and "work" as the verb of a failure after all
    '«The software is not the problem.»',
    "«That's not the real issue here.»",
    '«The two weeks of delay are on your end, not ours.»',
    "«Honestly, the new layout doesn't work.»",
    // near miss of an error captured: an error put on the reader
    '«The error is in your export file.»',
    // rules.dev.10 generalisation (own wording): the client's account flatly denied.
    '«That is not a defect in the controller.»',
    // the same verdicts written without articles, as many Slavic and Asian writers of English do
    '«That is not defect in the controller.»',
    '«The spike is not error on our platform.»',
    '«Honestly, your old reporting process is mess.»',
    '«The handover last week was nightmare.»',
    '«The spike is not an error on our platform.»',
    '«The portal did not crash, it was your browser cache.»',
    '«The line never went down; it was the router on site.»',
    '«Importing the whole archive at once is not the right way to do it.»',
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
    // rules.dev.11 generalisation (own wording): the client's plan or argument dismissed, the cause
    // put on the reader's side, our side denied as the cause.
    '«Splitting the order into two shipments is not a wise choice.»',
    '«Waiting for the next budget year is not a good plan.»',
    '«Last year’s outage is irrelevant to this quote.»',
    '«Your old contract terms are not relevant here.»',
    '«That is beside the point.»',
    '«The humming noise is caused by your power supply.»',
    '«The timeouts come from your firewall, it drops idle sessions.»',
    "«That's not our server.»",
    '«The problem is not our firmware.»',
    // a refusal with "no way" stays a verdict when no safeguard is described
    '«There is no way we can accept these payment terms.»',
    // hedged verdicts are still verdicts (found, below the blunt level)
    { text: "«I'm afraid the integration doesn't really fit our stack.»", minConfidence: 0.6 },
    { text: '«I think the annual fee is a bit high for a team of ten.»', minConfidence: 0.6 },
    // cues.dev.2 generalisation (own wording)
    '«The onboarding guide is too technical for our store managers.»',
    '«Your quote is on the high side for a pilot.»',
    // Without the article, as writers of article-less languages put it.
    '«For a pilot, 900 hours is on high side.»',
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
    // the reader's work judged beside the writer, or the writer's side sent something wrong
    '«We were sent the wrong parts.»',
    '«I think you are wrong about the dates.»',
    '«We are getting wrong invoices every month.»',
    '«Your team was wrong about the delivery date.»',
    // rules.dev.13 generalisation (own wording): near-misses of the diagnosis, the observed error
    // and the measured comparison: the reader named as the cause, a comparison against what was
    // expected or agreed, a difference with no measure
    '«The root cause is a bad firewall rule on your side.»',
    '«The culprit was a wrong DNS entry in your zone.»',
    '«The error occurs because of your proxy settings.»',
    '«The licence fee is higher than we expected.»',
    '«Your quote is 20% higher than the budget we agreed.»',
    '«Your rate is much higher than the others.»',
    // after bad news, a line that judges the business is still a verdict
    {
      text: '«The price is too high for us.»',
      answers: 'My father had a stroke last week and I was at the hospital with him.',
    },
  ],
  negative: [
    // rd44 generalisation (own wording): a result that removes a fault judges nothing badly
    'One bakery chain saw a 30% drop in returns in the first month.',
    'Their pickers made far fewer errors after the switch, about 25% fewer.',
    // rd39 near-misses: "ok" asked about is no verdict; "No, ..." that declines or reassures
    'No, thanks, we have enough samples.',
    'No, it is no trouble at all.',
    'Is it not ok to send the files on Monday?',
    // rules.dev.37 (own wording): errors to be fixed together are work, not a verdict
    'We need two days to validate the catalogue and fix mapping errors with your team.',
    // rules.dev.36 (own wording): any one bad release, as a case to watch for, judges no one
    'If your endpoint returns anything but 200 we retry for a day, so a bad release shows up in the queue first.',
    // the same without articles, as many writers of English write it
    'If your endpoint returns anything but 200 we retry for day, so bad release shows up in queue first.',
    // rules.dev.16 generalisation (own wording): our own terms changing by a stated measure
    'From 1 July the annual licence is 8% higher.',
    'After the early-bird date the ticket price is 15% higher.',
    // rules.dev.15 generalisation (own wording): care for the reader put as a prohibition, a
    // denied weak negative (faint praise), and "dated" before a date
    "Get well soon and don't work too hard this week!",
    'Never push yourself too hard, the project can wait.',
    'The drive from the airport was long, but not so bad.',
    'Our hotel was not that bad after all.',
    'Please see the inspection certificate dated 14 March attached.',
    'The purchase order dated the 3rd is confirmed.',
    // rules.dev.14 generalisation (own wording): "false" in a term of measurement names a kind of
    // result, it judges nothing
    'The new model cut false positives by a third.',
    'We had two false alarms on line 2 last night.',
    'The report shows the false negative rate per camera.',
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
    // the writer judging themselves or their feelings, a hypothetical, set phrases, consolation
    'I was wrong about the date, it is Thursday.',
    'I might be wrong, but I think we met in Berlin.',
    'Correct me if I am wrong, but the call is on Tuesday?',
    "I'm terrible with dates.",
    'I am really bad at remembering names, sorry.',
    'My memory is terrible, what was the name of your colleague?',
    'I feel terrible about the delay.',
    'I feel so bad that I missed your call.',
    'If anything goes wrong, just call me.',
    "Don't get me wrong, we like the product.",
    'It could have been worse.',
    "Too bad you couldn't come to the fair!",
    'My bad, wrong attachment.',
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
    // an error to be captured for support, not judged
    'Could you send me a screenshot of the error?',
    'Please paste the full text of the errors here.',
    // near-misses without articles: our own mess, a question, a service named "disaster recovery"
    'Our warehouse was mess after the move, sorry for the delay.',
    'Included in the plan is disaster recovery for both sites.',
    'Moving the call to Thursday is not problem from our side.',
    "I'm not feeling great today, so I'll keep it short.",
    'We did not meet last week because of the holiday.',
    // near-misses of the denials: no objection, and a failure told without a correction
    'Moving the call to Thursday is not a problem from our side.',
    'That is not an issue for us at all.',
    "The server didn't crash this time, great news.",
    { text: "I'm afraid the integration doesn't really fit our stack.", below: 0.8 },
    // near-misses of the dismissals and the blame: relevance offered, a third party's cause, a
    // source named, our product praised, a plan asked about
    'Let me know if the case study is relevant for your team.',
    'Page 3 is probably the most relevant part for you.',
    'The delay was caused by a strike at the port.',
    'The sales figures are from your ERP export.',
    'It is not only our software that got faster, support did too.',
    "That's a good idea, let's start there.",
    { text: 'Would it not be a good idea to start with one site?', below: 0.8 },
    // a safeguard described: what cannot be bypassed or tampered with is reassurance
    'Two-factor login is enforced for every admin, so there is no way to bypass it.',
    'The audit log is write-once; there is no way for staff to tamper with it.',
    // rules.dev.12 generalisation (own wording): "work" as what one thinks about is a noun, and
    // "not a problem" grants, it denies nothing the client said
    // rules.dev.13 generalisation (own wording): an incident's cause reported by whoever found it,
    // an error told as what the logs show, a difference between options given with its measure
    'Root cause identified: a bad certificate rolled out at 03:00.',
    'It turned out to be a bad cable in the server room.',
    'The errors began right after the Windows update.',
    'Errors appear every night at 2 am in the import job.',
    'The monthly plan is 8% more expensive than the annual one.',
    'Sea freight takes three weeks longer than air, but costs a fraction.',
    "Please don't think about work this week, we will manage.",
    "Don't worry about the work, family comes first.",
    'The short notice is not a problem for us.',
  ],
});
