import { runDetectorCases } from '../testing/detector-tester.ts';
import { personalDisclosure } from './personal-disclosure.ts';

runDetectorCases(personalDisclosure, {
  positive: [
    // family and children
    {
      text: 'Thanks for the file. «My daughter turned six yesterday, so the house is full of balloons.»',
      topic: 'family',
    },
    { text: '«Our twins started walking this week!»', topic: 'family' },
    { text: 'Quick one: «my wife and I are expecting our second child in March.»', topic: 'life-event' },
    { text: '«Me and my husband spent Sunday helping my parents paint their kitchen.»', topic: 'family' },
    { text: '«My son just made the varsity soccer team, proud dad here.»', topic: 'hobby' },
    // trips and holidays
    { text: '«We just got back from two weeks in Portugal with the kids.»', topic: 'family-vacation' },
    { text: '«I was on vacation in Bali, sorry for the late answer.»', topic: 'travel' },
    {
      text: 'Apologies for the silence, «I took a few days off and went hiking in the Alps.»',
      topic: 'travel',
    },
    { text: '«We spent the long weekend at our cabin up north.»', topic: 'travel' },
    { text: '«Was at my in-laws in Ohio for Thanksgiving, lots of turkey.»', topic: 'celebration' },
    { text: '«We rented a house by the sea for a week with my parents.»', topic: 'family-vacation' },
    // health
    { text: '«I was sick with the flu all last week.»', topic: 'health' },
    { text: '«My mom had knee surgery on Monday, she is recovering well.»', topic: 'health' },
    { text: 'Sorry, «I was in hospital for a few days after a small accident.»', topic: 'health' },
    // life events
    { text: '«We finally moved into our new house last weekend!»', topic: 'life-event' },
    { text: '«I got married in June, so I was away for a while.»', topic: 'life-event' },
    { text: '«Our baby girl was born on Tuesday, everybody is healthy.»', topic: 'life-event' },
    { text: '«My father passed away last month and I had to fly home for the funeral.»', topic: 'loss' },
    { text: '«My oldest graduated from college on Saturday.»', topic: 'life-event' },
    // hobbies and sports
    { text: '«I ran my first half marathon on Sunday, legs still hurt.»', topic: 'hobby' },
    { text: "«Been coaching my daughter's basketball team every evening.»", topic: 'hobby' },
    { text: '«I have started to learn guitar, my neighbours are not happy.»', topic: 'hobby' },
    // pets
    { text: '«We adopted a puppy from the shelter, his name is Max.»', topic: 'pet' },
    { text: '«My cat knocked my coffee on the laptop this morning, ha.»', topic: 'pet' },
    // celebrations
    { text: '«We had a big family reunion for Christmas this year.»', topic: 'celebration' },
    { text: '«I celebrated my 50th birthday with friends at the lake.»', topic: 'celebration' },
    // non-native English
    { text: '«I was with my family at the sea in holidays, very nice time.»', topic: 'family-vacation' },
    { text: '«Last week I was in the vacations with my wife and childs.»', topic: 'family-vacation' },
    { text: '«My son is born on 3 of May, we are very happy.»', topic: 'life-event' },
    { text: '«My hubby surprised me with a trip to Paris for our anniversary.»', topic: 'celebration' },
    { text: '«I sprained my ankle playing tennis on Saturday.»', topic: 'health' },
    { text: '«We spent Golden Week at my parents’ place in Osaka.»', topic: 'celebration' },
    {
      text: '«Celebrated Holi with the whole neighbourhood, still finding colour everywhere.»',
      topic: 'celebration',
    },
    {
      text: 'I hope you had a great weekend! «We took the grandkids to the zoo on Saturday.»',
      topic: 'family',
    },
    { text: '«Got back from Mexico yesterday, still full of tacos.»', topic: 'travel' },
  ],
  negative: [
    // business uses of the same words
    'Our family of products covers reporting, billing and CRM.',
    'I am on a business trip to Chicago until Thursday.',
    'Please check the holiday schedule for our support team.',
    'The sales team will send you the updated proposal.',
    "Let's move forward with the pilot next month.",
    'We run a weekly health check on every customer account.',
    'The data goes to a third party processor for billing.',
    'We moved the meeting to Wednesday at 10.',
    'Our office will be closed for the public holiday on Monday.',
    'This feature is a real game changer for our warehouse.',
    'Q4 is our busy season, so the renewal needs to be signed early.',
    'Can you break down the costs per user?',
    'We are a family-owned company since 1987.',
    'Our pet project this quarter is the new reporting module.',
    'The travel policy does not cover first class.',
    'I flew to Boston for a client visit last week.',
    'We retired the legacy system last year.',
    'The board said yes to the budget.',
    'Our team won the deal against two competitors.',
    'We ran the numbers again and the discount still works.',
    'We will be in Berlin for the trade fair, come see our booth.',
    'After the holidays we will start the integration.',
    'Our partner network keeps growing in Brazil.',
    'We are moving our data center to Frankfurt next year.',
    'The kick-off will be at our headquarters, our CEO will join.',
    // questions about the reader's life
    'How was your vacation?',
    'Did the kids enjoy the beach?',
    'How is your family doing?',
    'Are you going anywhere for the holidays?',
    // the reader's life mentioned in a reply
    'Hope your family is well.',
    'I hope you and your kids had a great time at the lake.',
    "Congratulations on your daughter's wedding!",
    'I hope your mother recovers quickly after the surgery.',
    'Enjoy your holiday with the family!',
    // non-native business English
    'We will send you the offer after holidays of the team, in January.',
    'Our company is on the market since 15 years, we have many clients in family business sector.',
  ],
});
