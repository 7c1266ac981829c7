import { runDetectorCases } from '../testing/detector-tester.ts';
import { absenceApology } from './absence-apology.ts';

runDetectorCases(absenceApology, {
  positive: [
    "«I'm sorry Marina that I have not been in contact with you for some time.» We were away.",
    '«Sorry for the late reply!»',
    '«Apologies for the radio silence, it has been a crazy month.»',
    '«Sorry it took me so long to get back to you.»',
    '«Forgive my silence, I was travelling.»',
    '«Sorry I went quiet on you.»',
    '«My apologies for the delayed response.»',
    // cues.dev.3 generalisation (own wording): chat spellings, busy spells, the writer's own language.
    '«Soz, been snowed under, will reply tonight.»',
    '«Sorry, I was away from my desk all week.»',
    '«Perdón por la demora, we had the inventory count.»',
    '«Sorry for keeping you waiting.»',
    '«Your email slipped through the cracks, sorry.»',
    '«Sorry for not answering earlier.»',
    '«Excuse the slow reply.»',
    "«Sorry I haven't replied sooner.»",
    '«Sorry for disappearing like that.»',
    '«Sorry for the delay in getting back to you.»',
    '«Sorry, I was out of touch for a few weeks.»',
    '«Pardon the long pause, we were closing the quarter.»',
    'Hi Olga! «Sorry for my long absence.»',
    '«Sorry I did not reply, the week ran away from me.»',
    '«So sorry for not writing back!»',
    // admissions without an explicit apology count, with less confidence
    { text: '«Long time no talk!»', minConfidence: 0.6 },
    { text: "«I've been offline for two weeks.»", minConfidence: 0.6 },
    // cues.dev.2 generalisation (own wording)
    '«Sorry it took me so many days to reply.»',
    '«I owe you a reply since last week.»',
    // rules.dev.20 generalisation (own wording): the writer's own pace, with no noun for the reply
    '«Apologies for being so quiet these weeks.»',
    'Hey Tom! «Sorry to be slow, it was a mad week.»',
  ],
  negative: [
    // near-miss: slow to understand, not to reply
    'Sorry to be slow on the uptake, what is an SLA credit?',
    // cues.dev.3 generalisation (own wording): the thing delayed is named first.
    'Sorry, the delivery will be two days late because of the strike.',
    // cues.dev.2 generalisation (own wording)
    'Sorry for the delay in delivery, the truck broke down.',
    'Sorry for the delay in the shipment.',
    'We apologize for the delay with your order.',
    'Sorry for the inconvenience.',
    'Sorry to hear that.',
    'Sorry, the file is too big.',
    'The delivery was delayed by a week.',
    "Sorry I can't make it on Tuesday.",
    'Sorry to bother you again.',
    'Sorry for the confusion about the invoice.',
    'Thanks for the quick reply!',
    'No worries about the delay, take your time.',
    'We are waiting for your reply.',
  ],
});
