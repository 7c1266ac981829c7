import { runDetectorCases } from '../testing/detector-tester.ts';
import { apology } from './apology.ts';

runDetectorCases(apology, {
  positive: [
    '«Sorry» for the late reply, it was a long week.',
    'We «apologise» for the wrong invoice.',
    '«Apologies» for the confusion about the dates.',
    'Oh, «sorry», I attached the old version.',
    "I'm «sorry» about the delay with the shipment.",
    '«Excuse me» for writing on a Sunday.',
    'Again «sorry» that I missed our call.',
    'So «sorry» for your trouble with the login, that was our bug.',
    // cues.dev.2 generalisation (own wording)
    '«Desculpe», I sent the wrong file.',
    'Please «forgive» the typo in my last note.',
    // cues.dev.3 generalisation (own wording): formal regret, chat spellings, an own fault after news.
    'The downtime this morning is sincerely «regretted».',
    '«Soz», wrong thread!',
    {
      text: "I'm «sorry» for replying so late, and I'm glad your mum is home.",
      answers: 'My mum was in hospital all week.',
    },
    // "sorry" with a refusal or a negation near it is still an apology
    'No, «sorry», I cannot make it on Friday.',
    "I can't come, «sorry».",
    '«Sorry» I did not reply earlier.',
  ],
  negative: [
    // cues.dev.2 generalisation (own wording)
    "I'm sorry, that sounds exhausting.",
    'So sorry to hear that, I hope everyone is safe.',
    "I'm sorry to read about the storm damage.",
    'Very sorry for your loss, my thoughts are with you.',
    'I am so sorry about your father.',
    'Sorry about the leg, hope it heals quickly!',
    'I am sorry that you had to go through this.',
    "I'm so sorry for what happened to your brother.",
    'Thank you for the update.',
    // cues.dev.3 generalisation (own wording): announcing bad news, sorrow after someone's news.
    'I am sorry to inform you that the plant will close in May.',
    "I'm sorry to say the courier damaged both boxes.",
    { text: "I'm so sorry. Take all the time you need.", answers: 'My father died on Sunday.' },
    { text: "That's terrible, I'm really sorry.", answers: 'Our house was flooded last night.' },
    // an apology declined for the reader: reassurance, not the writer's apology
    "Don't be sorry, these things happen.",
    'No need to apologise at all.',
    'Please no apologies needed.',
    "You don't have to be sorry.",
    'You do not need to apologize for anything.',
    'There is nothing to apologise for.',
    "Please don't ever apologise for that.",
  ],
});
