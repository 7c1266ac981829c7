import { describe, expect, it } from 'vitest';
import { runDetectorCases } from '../testing/detector-tester.ts';
import { analyze } from '../text/analyze.ts';
import { detectCues } from './index.ts';
import { question } from './question.ts';

/** Each question with the form and subject it must be read with. */
const QUESTIONS: [text: string, form: 'open' | 'closed', about: 'personal' | 'business'][] = [
  // cues.dev.3 generalisation (own wording): about someone named by a pronoun, right after the
  // writer's own news; a proposed time alone is a real question, and business.
  // rules.dev.22 generalisation (own wording): the systems a client runs are business; a race is not
  ['Which ERP are you running in the plants?', 'open', 'business'],
  ['Are you still running half marathons?', 'closed', 'personal'],
  ["Congrats on the baby! What's her name?", 'open', 'personal'],
  ['Poor pup. Is he walking again?', 'closed', 'personal'],
  // near-miss of a favour offered back: asking leave for one's own step is still a question.
  ['Let me know if I can bring a colleague to the demo.', 'closed', 'business'],
  ['We just got back from Crete with the kids. Where do you go in summer?', 'open', 'personal'],
  ['We just got back from Crete with the kids. Can you do 3pm on Friday?', 'closed', 'business'],
  // A meeting proposed by its length is work too; a number alone is not.
  ['We just got back from Crete with the kids. 20 min for you next week?', 'closed', 'business'],
  ['We just got back from Crete with the kids. Are yours 8 and 10 now?', 'closed', 'personal'],
  ['Three?', 'closed', 'business'],
  // The mark inside a closing aside still marks the sentence.
  ['and what would the fee be for weekend cover (Saturdays only?)', 'open', 'business'],
  // An everyday verb ("meet", "try") is business only by what it acts on.
  ['Did you get to meet your new grandson?', 'closed', 'personal'],
  ['Did the kids try surfing in the end?', 'closed', 'personal'],
  ['Could we meet on Tuesday to try the new module?', 'closed', 'business'],
  // How-are-you in the writer's own language; not a project asked after.
  ['Oi Marina, tudo bem?', 'closed', 'personal'],
  ['Hola Juan, ¿cómo estás?', 'closed', 'personal'],
  ['Ça va?', 'closed', 'personal'],
  ['Como está o projeto?', 'closed', 'business'],
  // How a named place was found asks after the reader's stay; a date or another noun is work.
  ['How was Portugal?', 'open', 'personal'],
  ['Hi Sam! How was the Algarve?', 'open', 'personal'],
  ['Did you like Lisbon?', 'closed', 'personal'],
  ["How's Berlin treating you?", 'open', 'personal'],
  ['How was Q3?', 'open', 'business'],
  ['Is Friday OK?', 'closed', 'business'],
  ['Is Acme ready?', 'closed', 'business'],
  ['How did Acme take the news?', 'open', 'business'],
  // rules.dev.20 generalisation (own wording): the weather of the place, a figure of it included,
  // is part of the stay; a figure of anything else keeps it work.
  ['How is Dubai, still 45 degrees out there?', 'open', 'personal'],
  ['How was Oslo, minus 10 and snowing?', 'open', 'personal'],
  ['How is Dubai, still 45 units short?', 'open', 'business'],
  ['Is Acme still at 40 percent?', 'closed', 'business'],
  // rules.dev.10 generalisation (own wording): how much to supply is business, whatever season or
  // family it names; the sports season asked after is not.
  ['Carlos, what volume will you need for the summer season?', 'open', 'business'],
  ['How many tonnes do you expect to take for the harvest?', 'open', 'business'],
  ['Is the MOQ of 500 units fine for your Christmas range?', 'closed', 'business'],
  ['How was the season for your team?', 'open', 'personal'],
  ['How are you brother?', 'open', 'personal'],
  // A salutation on the question's line, with a hyphenated name or honorific, is not the question.
  ['Dear Kobayashi-san, so, where do we stand with the approval?', 'open', 'business'],
  ['Hi Seo-yeon, is the Busan warehouse open on Saturdays?', 'closed', 'business'],
  // A short label before a colon is not the question: its form is read after the colon.
  ['hi Dana, one more thing: which port do the trucks leave from?', 'open', 'business'],
  ['Honest question: how long does onboarding take?', 'open', 'business'],
  ['Quick one: is the Lagos warehouse open on Saturdays?', 'closed', 'business'],
  // The reader's own travels; a plant or a product tried is work.
  ['By the way, have you ever been to Kraków?', 'closed', 'personal'],
  ['Have you ever been audited by the FDA?', 'closed', 'business'],
  ['Have you ever tried our cloud version?', 'closed', 'business'],
  // personal small talk
  ['How was your weekend?', 'open', 'personal'],
  ['Off to the coast on Friday. Got any fun plans yourself?', 'closed', 'personal'],
  ['Did you get up to anything exciting over the long weekend?', 'closed', 'personal'],
  ["How's the weather over there?", 'open', 'personal'],
  ['How are the kids?', 'open', 'personal'],
  ['Hi Sam, how have you been?', 'open', 'personal'],
  ['Did you have a good holiday with your family?', 'closed', 'personal'],
  ['Is your daughter feeling better now?', 'closed', 'personal'],
  ['Any plans for the summer?', 'closed', 'personal'],
  ['And how did the wedding go?', 'open', 'personal'],
  ['How is your father doing after the operation?', 'open', 'personal'],
  ['Are you enjoying the snow in Munich?', 'closed', 'personal'],
  ['How did you like the workshop in Porto?', 'open', 'personal'],
  ['How did the 10K go?', 'open', 'personal'],
  // the reader's time away asked after while it goes on, and their stay
  ['How have the last days of your holiday been?', 'open', 'personal'],
  ['How was your stay in Mombasa?', 'open', 'personal'],
  ['How has the pilot been for your users?', 'open', 'business'],
  ['How has the launch week been for the sales team?', 'open', 'business'],
  ['Did you finish the 21 km in under two hours?', 'closed', 'personal'],
  // non-native English: no inversion, no question mark
  ['How your family is doing?', 'open', 'personal'],
  ['You received my invoice?', 'closed', 'business'],
  ['Do you have time on Monday for a short call.', 'closed', 'business'],
  // an emoji before the inverted auxiliary, no question mark
  ['Ha! 😅 also can you forward the invoice to finance', 'closed', 'business'],
  ['What do you think about our proposal', 'open', 'business'],
  ['Is possible to get the contract until Friday?', 'closed', 'business'],
  // business
  ['Can you send the deck?', 'closed', 'business'],
  ['So, do you want to buy our product?', 'closed', 'business'],
  ['Did your board make a decision?', 'closed', 'business'],
  ['Which integration matters most for your team?', 'open', 'business'],
  ['When would be a good time to continue?', 'open', 'business'],
  ['Does Tuesday work for the demo?', 'closed', 'business'],
  // either/or and tag questions are closed
  ['Would you prefer the annual or the monthly plan?', 'closed', 'business'],
  ['Which option works better, A or B?', 'closed', 'business'],
  ['The pricing looks fair, doesn’t it?', 'closed', 'business'],
  ['You will sign this week, right?', 'closed', 'business'],
  // embedded questions
  ['I was wondering whether you had a chance to look at the proposal.', 'closed', 'business'],
  ['I wonder if you could share the specs.', 'closed', 'business'],
  ["I'm wondering when your team can start the pilot.", 'open', 'business'],
  ["I'm curious how the pilot went with your warehouse team.", 'open', 'business'],
  ['Please let me know when the PO will be issued.', 'open', 'business'],
  ['Could you tell me who signs contracts on your side?', 'open', 'business'],
  ['Do you know when your board meets next', 'open', 'business'],
  ['I wanted to ask whether the budget is approved.', 'closed', 'business'],
  // a fronted clause before the inverted auxiliary, no question mark
  ['Before our board meets, could you send the final figures: cost and timeline', 'closed', 'business'],
  ['If it suits you, can we move the call to Thursday.', 'closed', 'business'],
  ['All good here. How about you?', 'open', 'personal'],
];

runDetectorCases(question, {
  positive: QUESTIONS.map(([text]) => text),
  negative: [
    'Have a good weekend!',
    'Have a good weekend, Marina.',
    'Have a great trip to Lisbon.',
    'Enjoy the holidays with your family.',
    'May you and your family have a wonderful year.',
    'What a great trip!',
    'How nice of you to remember.',
    'Hope you are well.',
    'Send me the file, please.',
    'Please sign the contract by Friday.',
    'Let me know if you have any questions.',
    'Let me know if you need anything else.',
    // rules.dev.18 generalisation (own wording): offering a good turn back asks nothing.
    'Please let me know if we can ever return the favour.',
    'Let me know whenever I can return the favor, truly.',
    'Feel free to reach out if there is anything I can help with.',
    "I don't know what to do about the budget yet.",
    'I know how busy you are this month.',
    'We support SAP and Oracle ERP.',
    'What we need is a faster export.',
    "Can't wait to see you in Berlin.",
    'Will do.',
    'Could not agree more.',
    'Would be great to catch up soon.',
    'Thanks for asking about my trip.',
    'Is anyone else coming to the demo is what I asked him.',
    'That is why we chose your platform.',
    'When the contract is signed, we start the onboarding.',
    'Before we sign, we need the final figures.',
    'If you can, please send the figures.',
    'Who knew the export would be so popular?',
    "Who doesn't love a long weekend?",
    // A sigh in the form of a question expects no answer.
    'Why do things always break on a Friday??',
    'Why does this always happen right before the audit?',
    'Right?',
  ],
});

describe('question form and subject', () => {
  it.each(QUESTIONS)('%s -> %s, %s', (text, form, about) => {
    const cue = detectCues(analyze(text)).find((c) => c.type === 'question');
    expect(cue, 'a question cue').toBeDefined();
    expect({ form: cue!.form, about: cue!.about }).toEqual({ form, about });
  });

  it('spans each question in a message, not the statements around it', () => {
    const text = "It's been brutally hot here. How's the weather over there? Talk soon.";
    const cues = detectCues(analyze(text)).filter((c) => c.type === 'question');
    expect(cues.map((c) => text.slice(c.start, c.end))).toEqual(["How's the weather over there?"]);
  });

  it('keeps a rhetorical question at low confidence and says so', () => {
    const cue = detectCues(analyze("Who doesn't love a long weekend?")).find((c) => c.type === 'question');
    expect(cue?.confidence).toBeLessThan(0.6);
    expect(cue?.triggers).toContain('rhetorical');
  });
});
