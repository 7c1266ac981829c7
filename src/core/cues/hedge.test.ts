import { runDetectorCases } from '../testing/detector-tester.ts';
import { hedge } from './hedge.ts';

runDetectorCases(hedge, {
  positive: [
    'We could «maybe» start with the Berlin office.',
    '«Perhaps» a shorter contract would suit you better.',
    '«I think» the second option is cleaner.',
    "«I'm afraid» the discount cannot go further.",
    'Unfortunately «I am afraid» we cannot ship before June.',
    '«Would you mind» sharing the usage numbers?',
    '«Would it be possible» to sign by the end of the month?',
    '«Would you be open» to a quick call on Thursday?',
    '«I was wondering» whether you had a chance to read the offer.',
    '«It would be great if» you could share the figures.',
    '«Do you think it would» be possible to extend the trial?',
    'Could you send the invoice again, «if possible»?',
    'Let us meet on Monday, «if it is okay» for you.',
    'The timeline looks «a bit» tight to me.',
    // cues.dev.3 generalisation (own wording)
    'We «would appreciate if» you could extend the deadline.',
    'The hosting fee is «a bit» more expensive than last year.',
    'Our budget is «slightly» lower than your quote.',
    'The estimate is «a little» too long for a pilot.',
    "«I'm not sure» the API covers this case.",
    'The rollout will «probably» slip by a week.',
  ],
  negative: [
    // "just" of time, degree words of a state, a plain "could you" request
    'I just got back from Lisbon.',
    'We have just moved into the new office.',
    'I am a bit tired after the trip.',
    'The kids were a little sick last week.',
    'We changed the plan a bit.',
    // cues.dev.3 generalisation (own wording): reassurance, the writer's own state, "a bit more" of an activity.
    'No rush at all from our side.',
    "I'm a bit behind today, sorry.",
    'Hope you can rest a bit more this weekend.',
    'Could you send the signed copy?',
    'Would you send me the invoice number?',
    'The order ships on 3 May.',
    'Feel free to call me anytime.',
    'Happy to help with the setup.',
    'What kind of reports do you need?',
    'This sort of issue happens after upgrades.',
    'In May we opened a second plant.',
    "I'm afraid my father had a stroke on Sunday, so I will be away this week.",
  ],
});
