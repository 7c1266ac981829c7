import { describe, expect, it } from 'vitest';
import { replyTo, runDetectorCases } from '../testing/detector-tester.ts';
import { analyze } from '../text/analyze.ts';
import { acknowledgement } from './acknowledgement.ts';

const LAKE = 'Sorry for the silence. I took my family and kids to the lake for a week.';
const LEAGUE = 'By the way, my son just started little league, so evenings are all baseball.';
const PORTUGAL = 'We just got back from two weeks in Portugal with the kids.';
const SURGERY = 'My mother had knee surgery on Monday, so I was at the hospital a lot.';
const PUPPY = 'We adopted a puppy last weekend, his name is Biscuit.';

const TWINS = 'We had twins in March, so nobody in our house is sleeping.';
const ADMITTED = 'My father was taken to hospital with a heart problem on Sunday.';
const OFF_SOON = 'From Monday I am off for two weeks with the family, the first real break in a year.';

const MOVED = "Sorry I'm slow, we've just moved house and the place is full of boxes.";
const EXAMS = 'My son sits his final exams this week, so the house is on tiptoe.';

const GIFT = 'My daughter adored the wooden puzzle you brought, she plays with it every evening!';
const DASHBOARD_JOKE =
  'Honestly, my wife says I spend more evenings with your dashboard than with her 😂 Anyway, can you fix the export?';
const ORDER_AND_MOVE = 'We moved house last week. Please update the delivery address for the next order.';

const LEFT_NORVIK = 'I am no longer at Norvik Freight since June, the whole depot team was let go.';

const VILLAGE = 'We are off to my parents’ village for the Easter week, back on Monday.';
const MARATHON = 'I ran the Rotterdam marathon yesterday, my first time under four hours!';
const PILGRIMAGE = 'I am travelling tomorrow for Hajj with my mother, back on 4 June insha Allah.';
const SAILING = 'Just back from ten days sailing the Greek islands, tanned and very relaxed!';
const FIRST_CHRISTMAS =
  'We had all the cousins at my sister’s place in Puebla, and it was our little Mateo’s first Christmas, loud but lovely.';

runDetectorCases(acknowledgement, {
  positive: [
    // rules.dev.32 generalisation (own wording): a wish for luck with the operation and a recovery
    {
      text: '«Thanks, good luck with the operation and a speedy recovery.»',
      answers: SURGERY,
      minConfidence: 0.8,
    },
    // rules.dev.26 generalisation (own wording): congratulations and blessings in Swahili and Arabic
    { text: 'Hongera sana, a personal best!', answers: MARATHON },
    { text: 'Hajj mabroor wa dhanb maghfoor.', answers: PILGRIMAGE },
    // rules.dev.24 generalisation (own wording): their good time recognised as idyllic, or by envy
    { text: 'Welcome back, that sounds idyllic!', answers: SAILING },
    { text: 'Ten days on a boat, I’m so jealous!', answers: SAILING },
    // near-miss of the returned wish: the wish beside words for the news itself
    { text: 'Happy New Year to you too, and what a first Christmas for Mateo!', answers: FIRST_CHRISTMAS },
    // rules.dev.19 generalisation (own wording): a wish for the very thing they told of, named again
    {
      text: '«Have a lovely time in the village!» I will send the invoice later.',
      answers: VILLAGE,
      minConfidence: 0.8,
    },
    { text: '«Enjoy the village and the Easter week.»', answers: VILLAGE, minConfidence: 0.8 },
    // near-miss: the same name beside words of recognition answers the news
    {
      text: '«So sorry to hear about Norvik Freight, that is a hard blow.»',
      answers: LEFT_NORVIK,
      minConfidence: 0.8,
    },
    // rules.dev.13 generalisation (own wording): laughing along with a joke about their family, in
    // the same words, takes it up, even when business follows in the same line
    {
      text: '«My wife would say the same about me 😄» The export fix ships Monday.',
      answers: DASHBOARD_JOKE,
      minConfidence: 0.8,
    },
    {
      text: '«Sounds like my husband, he calls the laptop my other partner 😁»',
      answers: DASHBOARD_JOKE,
      minConfidence: 0.8,
    },
    // rules.dev.12 generalisation (own wording): a thing from inside the news named back beside a
    // phrase of recognition, even in a line that goes on to other things
    {
      text: '«So happy that the puzzle was a success; I will bring another one next visit.»',
      answers: GIFT,
      minConfidence: 0.8,
    },
    {
      text: '«I am delighted that the puzzle survived the trip, what a compliment.»',
      answers: GIFT,
      minConfidence: 0.8,
    },
    // near-miss: a place the client named in the news, said back, still speaks to it
    {
      text: '«Dear Ms. Lindqvist, Gotland sounds lovely!»',
      answers:
        'We are off to Gotland with the kids for two weeks, back on 20 July Best regards, Karin Lindqvist',
    },
    // congratulations, prayers and emoji as writers of many regions react to news (own wording)
    { text: '«Mabrook to you and your wife!» The invoice is attached.', answers: TWINS, minConfidence: 0.8 },
    { text: '«Mazal tov!»', answers: TWINS, minConfidence: 0.8 },
    { text: '«Tebrikler!» The invoice is attached.', answers: TWINS, minConfidence: 0.8 },
    { text: '«What wonderful news!» The invoice is attached.', answers: TWINS, minConfidence: 0.8 },
    { text: '«Inshallah he is home soon.» The invoice is attached.', answers: ADMITTED, minConfidence: 0.8 },
    { text: 'The invoice is attached. «Praying for your father.»', answers: ADMITTED, minConfidence: 0.8 },
    { text: 'Hi Ali «🎉» The invoice is attached.', answers: TWINS, minConfidence: 0.8 },
    { text: '«May he recover quickly.» The invoice is attached.', answers: ADMITTED, minConfidence: 0.8 },
    { text: '«May Allah grant him shifa.»', answers: ADMITTED },
    { text: '«Barakallah!» The invoice is attached.', answers: TWINS, minConfidence: 0.8 },
    { text: '«Warm wishes to the new parents.»', answers: TWINS, minConfidence: 0.8 },
    { text: '«Best wishes for the new home!»', answers: MOVED, minConfidence: 0.8 },
    // delight in a short line of its own; praise only when the client asked for no business
    { text: '«Yay!» The invoice is attached.', answers: TWINS, minConfidence: 0.8 },
    { text: '«Well done to him!»', answers: EXAMS, minConfidence: 0.8 },
    { text: '«Wonderful!» The invoice is attached.', answers: TWINS, minConfidence: 0.8 },
    { text: '«Wishing her an easy pregnancy.»', answers: 'My wife is expecting our first child in June!' },
    { text: '«🤲» The invoice is attached.', answers: ADMITTED, minConfidence: 0.8 },
    {
      text: '«Enjoy the well-deserved break!» The invoice is attached.',
      answers: OFF_SOON,
      minConfidence: 0.8,
    },
    // rules.dev.10 generalisation (own wording): a brief wish that names what they told of
    {
      text: '«Best of luck with the unpacking!» The rate covers port handling.',
      answers: MOVED,
      minConfidence: 0.9,
    },
    { text: '«Good luck with the move, Tom.»', answers: MOVED, minConfidence: 0.9 },
    { text: '«Good luck to him with the exams!»', answers: EXAMS, minConfidence: 0.8 },
    { text: '«All the best with everything this week.»', answers: EXAMS, minConfidence: 0.8 },
    // understanding in chat words answers hard news as "totally understand" does
    { text: '«Totally get it, Sam.» Happy to talk again in the autumn.', answers: SURGERY },
    { text: '«Completely get it.» Ping me when things calm down.', answers: SURGERY },
    // a question after the person in the news, by pronoun
    { text: 'Hi Ana! «Did his team win?» The data refresh went through.', answers: LEAGUE },
    { text: '«Is she walking again?»', answers: SURGERY },
    // near-miss: the same kind of question after news that names the person still takes it up
    {
      text: 'Two pallets are in stock. «Did they enjoy the band?»',
      answers:
        'Busy weekend, my parents came to our village fair and loved the band. Are the pallets in stock?',
    },
    // the same thing in the reply's own words: synonyms across the topic
    {
      text: '«I am really glad you had a chance to get away with your family.»',
      answers: LAKE,
      minConfidence: 0.9,
    },
    { text: '«Hope the children loved the lake!» Here is the quote.', answers: LAKE, minConfidence: 0.9 },
    { text: '«A week off with the kids sounds perfect.»', answers: LAKE, minConfidence: 0.9 },
    {
      text: '«What a lovely getaway.» About the contract: legal is reviewing it.',
      answers: LAKE,
      minConfidence: 0.9,
    },
    { text: '«I hope your vacation was relaxing.»', answers: LAKE, minConfidence: 0.9 },
    {
      text: 'Eid Mubarak! «I hope you had a blessed holiday with your family.» The schedule is attached.',
      answers: 'I will be on Eid leave next week, back on the 14th.',
      minConfidence: 0.6,
    },
    {
      text: '«Hope you had joyful holiday with family.» Schedule is attached.',
      answers: 'I will be on Eid leave next week, back on the 14th.',
      minConfidence: 0.6,
    },
    { text: '«Little league at that age is so much fun!»', answers: LEAGUE, minConfidence: 0.9 },
    { text: '«Hope your boy enjoys his first season.»', answers: LEAGUE, minConfidence: 0.9 },
    // the client's own words: a place, a name
    { text: '«How was Portugal?»', answers: PORTUGAL, minConfidence: 0.9 },
    { text: '«Biscuit is a great name!»', answers: PUPPY, minConfidence: 0.9 },
    { text: '«I hope your mother recovers quickly.»', answers: SURGERY, minConfidence: 0.9 },
    // a specific phrase of recognition with nothing else in it
    { text: '«Welcome back!» Shall we pick up where we left off?', answers: LAKE, minConfidence: 0.8 },
    { text: '«Sounds wonderful!»', answers: PUPPY, minConfidence: 0.8 },
    {
      text: '«Congratulations!» That is big news.',
      answers: 'Our baby girl was born on Tuesday.',
      minConfidence: 0.8,
    },
    { text: '«I am so sorry to hear that.»', answers: SURGERY, minConfidence: 0.8 },
    // sympathy and patience as a reply to news or an apology
    { text: '«Oh no, I am so sorry!»', answers: 'Our dog died on Sunday.', minConfidence: 0.8 },
    { text: '«Oh dear, that sounds awful.»', answers: 'Someone broke into our house on Saturday.' },
    {
      text: '«I totally understand, take all the time you need.»',
      answers: 'My mother is in hospital, so I need two more weeks before we decide.',
      minConfidence: 0.8,
    },
    {
      text: '«No problem at all, I hope the relocation goes smoothly.»',
      answers: 'Sorry for the slow reply, we are moving to Lisbon this month.',
      minConfidence: 0.8,
    },
    { text: '«Poor you, stay cool!»', answers: 'It has been 40 degrees here all week.' },
    {
      text: '«I can imagine, haha!» The slides are attached.',
      answers: 'Ran my first half marathon, my legs are gone.',
    },
    {
      text: '«We can only imagine.» The quote follows tomorrow.',
      answers: 'The kids had chickenpox all week.',
    },
    {
      text: '«Take care of yourself, the proposal can wait.»',
      answers: 'I am down with the flu since Monday.',
      minConfidence: 0.8,
    },
    { text: '«What a nightmare, I hope nobody was hurt.»', answers: 'Our office was flooded last night.' },
    // a line of distress in the writer's own words, after bad or unhappy news
    { text: '«What a terrible week.» The quote is attached.', answers: SURGERY, minConfidence: 0.8 },
    {
      text: '«That is really rough.» Let us talk next week.',
      answers: 'Our flight home was cancelled and we spent two nights at the airport with the kids.',
      minConfidence: 0.8,
    },
    {
      text: '«Ha, no stress, hope the power is back soon!» 3 works.',
      answers: 'The power cut wiped out our whole morning lol. can we push the call to 3?',
    },
    { text: '«Oh wow, I hope everyone is ok.»', answers: 'Our basement flooded after the storm.' },
    {
      text: '«That must be such a proud moment.»',
      answers: 'My son starts university in Tokyo next week.',
      minConfidence: 0.8,
    },
    { text: '«Sardinia is beautiful this time of year.»', answers: 'Took two weeks off in Sardinia.' },
    // recognising a position before business (no news told)
    {
      text: '«I understand, but could we look at a smaller scope?»',
      answers: 'We cannot go above 40k this year.',
    },
    { text: '«Fair enough, we can wait for the audit.»', answers: 'We need the audit before we sign.' },
    // every answered message counts, not only the last
    {
      text: '«Hope the kids had fun at the lake!»',
      answers: [LAKE, 'Any news on the pricing?'],
      minConfidence: 0.9,
    },
    // cues.dev.2 generalisation (own wording)
    { text: '«Felicidades to the whole family!»', answers: PUPPY },
    { text: '«Not a big deal at all, we can wait.»', answers: 'Sorry, I forgot to attach the slides.' },
    // an apology declined for the reader answers it
    { text: "«Please don't be sorry!»", answers: 'Sorry, I forgot to attach the slides.' },
    { text: '«You do not have to apologise.»', answers: 'Sorry for the slow reply.' },
    { text: '«There is nothing to apologise for.»', answers: 'Sorry for the slow reply.' },
    {
      text: '«I understand your concern, and we can adjust the scope.»',
      answers: 'We cannot go over the budget.',
    },
    {
      text: '«Poor kids, hope they are back on their feet soon.»',
      answers: 'The kids had the flu all week.',
    },
  ],
  negative: [
    // rules.dev.38 generalisation (own wording): "I'm" in both is no shared name
    {
      text: "Yes, the revised drawings are attached. I'm happy to walk you through them on a call.",
      answers: "I'm back, and engaged! We celebrated in Lisbon with both families, unforgettable.",
      below: 0.8,
    },
    // rules.dev.24 generalisation (own wording): a season's wish returned is the ritual, not the
    // news of how the holidays were spent
    { text: 'Thank you, and a happy New Year to you too!', answers: FIRST_CHRISTMAS, below: 0.8 },
    // near-misses of the wish for it: a wish that names nothing they told, and their noun said flatly
    { text: 'Enjoy the weekend, the invoice is attached.', answers: VILLAGE, below: 0.8 },
    { text: 'The village shop can take the delivery on Monday.', answers: VILLAGE, below: 0.8 },
    // rules.dev.14 generalisation (own wording): a name of theirs said back inside a business
    // question, with no word of recognition, asks about the business, not the news
    { text: 'Who is running the depot at Norvik Freight now?', answers: LEFT_NORVIK, below: 0.8 },
    { text: 'Who is the new purchasing contact at Norvik Freight?', answers: LEFT_NORVIK, below: 0.8 },
    // near-misses of laughing along: the same family word said flatly, and a laugh about business
    {
      text: 'My wife also works in logistics. The export fix ships Monday.',
      answers: DASHBOARD_JOKE,
      below: 0.8,
    },
    { text: 'The export fix ships Monday 😄', answers: DASHBOARD_JOKE, below: 0.8 },
    // near-misses of the echo: the same thing named with no recognition, and a business word
    // shared with the news beside recognition, do not answer it
    { text: 'The puzzle pieces are a good example of our packaging quality.', answers: GIFT, below: 0.8 },
    {
      text: 'Glad that the delivery address is updated, the order ships Monday.',
      answers: ORDER_AND_MOVE,
      below: 0.8,
    },
    // an emoji after business celebrates the business; thanks with folded hands, after happy news, thanks
    { text: 'The order shipped 🎉 The invoice is attached.', answers: TWINS },
    { text: 'Thanks 🙏 The invoice is attached.', answers: TWINS },
    // "inshallah" about the business, and prayer words with nothing told
    { text: 'Inshallah the shipment leaves on Friday.', answers: ADMITTED },
    'Praying for a good quarter, the invoice is attached.',
    // a wish for the business, and "may" as a polite request
    { text: 'Best wishes for the new project.', answers: MOVED },
    // praise after news told beside a request may greet the business: "Great news." is not heard
    {
      text: 'Great news. I will send the SOW today.',
      answers:
        'We had twins in March, no sleep at all. We are ready for phase two, please advise on next steps.',
    },
    { text: 'Wonderful, the invoice for the order is attached.', answers: TWINS },
    { text: 'May you please send the signed form today?', answers: ADMITTED },
    // a wish for the business after news answers something else
    { text: 'Good luck with the tender next week.', answers: MOVED },
    { text: 'Good luck with the product launch!', answers: EXAMS },
    // a refusal or a line about the writer's own week after bad news is no reaction to it; nor is
    // distress after happy news
    { text: 'Unfortunately, that is not possible.', answers: SURGERY },
    { text: 'We had a terrible week too.', answers: SURGERY },
    { text: 'What a terrible week.', answers: PORTUGAL },
    // near-miss: "get it" about the rep's own work is no understanding of the news
    { text: 'We will get it shipped by Friday.', answers: SURGERY },
    // a pronoun in a business question, or a personal question with nothing told before it
    { text: 'Did she sign the order form?', answers: LEAGUE },
    // a pronoun after news that names no one (a concert, a choir) points at the reply's own goods
    {
      text: 'Yes, two pallets are in stock. Shall I hold them for you?',
      answers:
        'Busy weekend, our village had its summer fair and I played drums in the band. Are the pallets in stock?',
    },
    'Is she back from holiday yet?',
    // A letter opening on a holiday wish, a post only seen, a wish for a coming break: nothing told
    // is recognised.
    'Happy New Year! I hope you had a relaxing holiday. I would like to plan the Q1 order.',
    'Hi Ravi, saw your post about the new plant. Would a call next week make sense?',
    'Enjoy the well-deserved rest over the summer, talk in September!',
    // rules.dev.11 (own wording): the client's name, signed in the same sentence as their news and
    // greeted back in a plain thank-you, is how the reply addresses them.
    {
      text: 'Dear Ms. Lindqvist, thank you for your email.',
      answers:
        'We are off to Gotland with the kids for two weeks, back on 20 July Best regards, Karin Lindqvist',
    },
    // The name the client greeted the rep by, signed back, acknowledges nothing.
    {
      text: 'The revised quote is attached.\n\nCheers, Dana!',
      answers: 'Hi Dana, sorry for the quiet week, we were at the coast with the kids.',
    },
    // cues.dev.2 generalisation (own wording)
    'Great to hear from you. Can we book the demo?',
    'Nice to meet you at the expo.',
    // generic pleasantries
    { text: 'Hope you are well. Please find the invoice attached.', answers: LAKE },
    { text: 'Thanks for letting me know. I will send the contract tomorrow.', answers: LAKE },
    { text: 'No worries. Do you want to buy our product?', answers: PORTUGAL },
    { text: 'Have a great day!', answers: PUPPY },
    // a follow-up question with nothing told before it asks, it does not recognise
    'Is your husband feeling better?',
    // the writer's own apology is not sympathy; sympathy words with nothing told answer nothing
    { text: 'I am so sorry for the delay, here is the quote.', answers: PUPPY, below: 0.8 },
    { text: 'Oh no, the link is broken again.', answers: 'Can you send the pricing for 50 users?' },
    { text: 'Take your time with the review.', answers: 'Please send the contract.' },
    {
      text: 'I can imagine the rollout will take a month.',
      answers: 'Can you send the pricing for 50 users?',
    },
    { text: 'So, do you want to buy it? I understand you are busy.', answers: LAKE, below: 0.8 },
    // recognition of something else (business news): at most a weak cue, never an answer to the news
    { text: 'Glad you liked the demo, shall we schedule the next call?', answers: LEAGUE },
    { text: 'Good to hear the pilot went well.', answers: PORTUGAL, below: 0.8 },
    { text: 'Happy to help with the integration.', answers: SURGERY },
    // business words that look like the topic
    { text: 'Our family of products covers all of this.', answers: LAKE },
    { text: 'The holiday schedule for support is attached.', answers: LAKE },
    // nothing was shared: topic words alone recognise nothing
    {
      text: 'Did the team get a chance to test the reports?',
      answers: 'Can you send the pricing for 50 users?',
    },
    { text: 'So, do you want to buy our product?', answers: LAKE },
    { text: 'We can move forward with the sandbox next week.', answers: LEAGUE },
  ],
});

describe('acknowledgement of the answered messages', () => {
  it('names which message it acknowledges', () => {
    const reply = replyTo([PORTUGAL, 'Can you send the updated pricing?']);
    const cues = acknowledgement.detect(analyze('How was Portugal? The pricing is attached.'), reply, []);
    expect(cues.find((c) => c.confidence >= 0.9)?.acknowledges).toBe(0);
  });

  // rules.dev.30 generalisation (own wording): what the news asks of the reader is not the news
  it('does not take the colleague named in "so pls coordinate with ..." after the news as taking it up', () => {
    const reply = replyTo([
      'Sinulog was great, thanks for remembering! Got the proposal, will take it to our CFO this week.',
      "Good news - CFO approved the budget 🙂 Our legal will send the redlines by next Wednesday. Also I'll be off from 3rd to 9th, my sister's wedding is in Cebu, so pls coordinate with Marisol from my team in that week.",
    ]);
    const arranging = acknowledgement.detect(
      analyze(
        "Excellent news, many thanks! We'll review the redlines as soon as they arrive, and I'll coordinate with Marisol in the week of the 3rd.",
      ),
      reply,
      [],
    );
    expect(arranging.filter((c) => c.confidence >= 0.6)).toEqual([]);
    // Near miss: the place of the news said back is still taken up.
    const heard = acknowledgement.detect(analyze('A wedding in Cebu, how lovely!'), reply, []);
    expect(heard.some((c) => c.confidence >= 0.6)).toBe(true);
  });

  it('counts a stock phrase as an acknowledgement when nothing was shared (a reply to anything)', () => {
    const cues = acknowledgement.detect(analyze('Congratulations on the launch!'), undefined, []);
    expect(cues[0]?.confidence).toBe(0.8);
    expect(cues[0]?.acknowledges).toBeUndefined();
  });
});
