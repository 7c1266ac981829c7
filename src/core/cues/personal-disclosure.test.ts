import { runDetectorCases } from '../testing/detector-tester.ts';
import { personalDisclosure } from './personal-disclosure.ts';

runDetectorCases(personalDisclosure, {
  positive: [
    // Invariance (eval:perturb, no articles): "took kids to beach" is the writer's own family, as
    // "took the kids to the beach" is
    {
      text: '«gracias 😍 took kids to beach in Acapulco, they loved it»',
      topic: 'family-vacation',
      minConfidence: 0.9,
    },
    // near-miss of the product family (rules.dev.55): a host family is people
    { text: '«I stayed with my host family in Osaka last week, they spoiled me.»', minConfidence: 0.6 },
    // near-miss of the address: a sister visited stays news
    { text: '«I visited my sister, who lives in Accra, last weekend.»', minConfidence: 0.9 },
    // rules.dev.30 generalisation (own wording): "our eldest" in a message that ends on a question
    {
      text: 'sorry, all over the place today, «our eldest started uni this morning and I cried at the station 😭 can we move the call?»',
      minConfidence: 0.9,
    },
    // rules.dev.30 (own wording): a peak named as climbed is a hobby
    { text: '«We are off to climb Mt Kinabalu on Saturday, wish us luck!»', topic: 'hobby' },
    // near-miss of the tip: one that tells of the writer's own family stays news
    { text: 'You have to try the fish in Porto, «my wife makes it every Sunday.»', minConfidence: 0.6 },
    // near-miss of the what-if: a condition of timing before plain news stays news
    { text: 'If you call on Friday, «I will be at my son’s graduation in Leeds.»', minConfidence: 0.6 },
    // near-miss of the address: thanks, then a brother's visit, stays news
    { text: 'Thanks, «my brother is visiting from Lagos so I was slow.»', minConfidence: 0.9 },
    // near-misses of the engagement of work: a betrothal told in other words stays news
    { text: '«I am happy to tell you about my engagement to Tom!»', topic: 'life-event' },
    // rules.dev.27 generalisation (own wording): the body's state after a race told as news
    { text: 'Done!! 5:02, «I can barely walk today but what a day.»', topic: 'feelings', minConfidence: 0.6 },
    { text: '«Back from the Fuji climb, could hardly sleep at the hut but worth it.»' },
    // near-misses of reading an offer together: a trip through a place, "the wife" on holiday
    { text: '«We drove through the Alps with my wife last week.»' },
    { text: '«I went to Rome with the wife for our anniversary.»' },
    // near-miss of the organisation introduced: a family member in hospital stays news
    { text: '«We are a bit tired, my son is in hospital with pneumonia.»', topic: 'health' },
    // rules.dev.20 generalisation (own wording): a birth told as an arrival
    { text: '«Our baby girl arrived on Tuesday night, all healthy!»', topic: 'life-event' },
    { text: '«Our baby boy came three weeks early but everyone is fine.»', topic: 'life-event' },
    { text: '«Baby Lina arrived on Monday, 3.2 kg and very loud 😅»', topic: 'family' },
    // rd42 generalisation (own wording): chat writes the newborn's "baby" in lower case
    { text: 'hey all! «baby Theo arrived on the 2nd, all healthy 🍼»', topic: 'family' },
    // rules.dev.19 generalisation (own wording): a term studied abroad is news of one's life
    { text: '«I did an exchange semester in Kraków and loved it.»', topic: 'travel' },
    { text: '«My gap year was spent picking grapes in Mendoza.»', topic: 'travel' },
    // near-miss of the dated holiday: a holiday spent, not a deadline, stays news
    { text: '«We spent the Chinese New Year with my parents in Penang.»', topic: 'celebration' },
    // near-misses: a betrothal told plainly or with its "to" stays news
    { text: '«My sister is engaged to her college sweetheart!»', topic: 'life-event' },
    { text: '«We just got engaged in Lisbon last weekend.»', topic: 'life-event' },
    // near-misses: Ramadan with the family is still a celebration; a relative hurt is still news
    { text: '«We break the fast every Ramadan evening at my parents’ house.»', topic: 'celebration' },
    { text: '«My son was injured at football practice on Sunday.»' },
    // near-miss of the trading season: the holiday itself, spent with family, stays a disclosure
    { text: '«We spent the Easter weekend with my parents in the mountains.»', topic: 'celebration' },
    // near-miss of the company named after a festival: the festival itself, kept with family
    { text: '«We spent Diwali with my in-laws in Jaipur, lovely but loud.»', topic: 'celebration' },
    // rules.dev.13 generalisation (own wording): "still recovering" after a party, a trip or a race
    // is the tiredness after it; beside a surgery or an illness it stays health
    {
      text: '«We threw my father a surprise party for his 70th, forty guests, I am still recovering 😅»',
      topic: 'celebration',
    },
    { text: '«Ran my first half marathon on Sunday, legs still recovering haha»', topic: 'hobby' },
    { text: '«My father had a hip operation on Friday and is recovering at home.»', topic: 'health' },
    { text: '«After the party my sister got the flu and is still recovering.»', topic: 'health' },
    // near-miss of the date: a place gone to on a named day is still a trip
    { text: '«I flew to Madrid on Monday with my wife for our anniversary.»' },
    // near-miss of the teasing look-alike: the writer's own kids, beside a joke, are still news
    { text: '«My kids were kidding around in the background of the call, sorry!»', topic: 'family' },
    // rules.dev.12 generalisation (own wording): a smiley closes the news when a capitalised line of
    // business follows it; one before the last private-life word, or before a lower-case word, does not
    {
      text: '«My wife and I got married on Saturday, still floating :)» About the quote, can you add freight?',
      topic: 'life-event',
    },
    { text: '«Our son turned five 🎉» His party is on Saturday with the whole family.' },
    { text: '«Took the kids to the zoo 😀 and they loved the penguins.»' },
    // near-miss of the staff's wish to visit: the writer's own family planning a trip is news
    { text: '«My kids want to go to Lapland now, we are thinking of Christmas there.»' },
    // near-misses of the quantity look-alike: a race is still a race
    { text: '«I ran my first 5k on Saturday, slow but happy.»', topic: 'hobby' },
    { text: '«Did the Berlin 10K with my brother, we both finished!»' },
    // rules.dev.11 generalisation (own wording): a child leaving home for their studies
    { text: '«Our eldest is off to uni in Leeds next week, I am not ready.»', topic: 'family' },
    { text: '«My youngest started college in August, so we are empty nesters now.»', topic: 'life-event' },
    { text: '«Our youngest just left for university, the house is so quiet.»', topic: 'family' },
    // near-misses of the rules.dev.11 lookalikes: a new year celebrated, a stay in hospital
    { text: '«We spent the new year with my parents in Porto.»', topic: 'celebration' },
    { text: '«My husband is in hospital after a fall, the ward staff are lovely.»', topic: 'health' },
    // near miss of a health authority: the writer's own health, with the ministry in the same line
    {
      text: '«I was in hospital last week with a back problem; the Ministry of Health report is attached.»',
      topic: 'health',
    },
    // rules.dev.10 generalisation (own wording): family and health news in Irish, UK and
    // Australian words; a side watched losing or winning; a first taste told as an aside.
    {
      text: 'Sorry for the radio silence, «the wee one was up all night with an ear infection.»',
      topic: 'health',
    },
    { text: '«Our young fella started creche on Monday and cried the whole way.»', topic: 'family' },
    { text: '«Me mam had a fall and we spent Sunday in A&E.»', topic: 'health' },
    { text: '«Took my little lass to the GP this morning, just a tummy bug.»', topic: 'health' },
    { text: '«Nan turned ninety on Saturday, the whole clan came over.»', topic: 'family' },
    { text: '«Knee-deep in nappies this week, the bub is teething.»', topic: 'family' },
    { text: '«Spent Saturday watching Wales beat the Wallabies, hoarse from shouting.»', topic: 'hobby' },
    { text: '«Watched Leinster lose again, gutted.»', topic: 'hobby' },
    {
      text: 'The plant tour was great. «It was my first time to taste such fresh oysters!»',
      topic: 'feelings',
    },
    // "my brother" that tells of a brother, not a friend addressed so
    { text: '«I flew to Dubai with my brother for the long weekend.»', topic: 'family-vacation' },
    '«I really miss my brother since he moved abroad.»',
    // cues.dev.3 generalisation (own wording): disasters, crime and a lost job are `other`; ways of
    // travelling; sailing and dog breeds; plain weather words; a state with a degree word.
    { text: "«Someone broke into our flat while we were at my sister's.»", topic: 'other' },
    { text: '«I got laid off on Tuesday along with half of my department.»', topic: 'other' },
    { text: '«Just back from Crete and still sunburnt.»', topic: 'travel' },
    { text: '«Three weeks trekking in Nepal and my legs are still sore.»', topic: 'travel' },
    { text: '«Our pug had puppies last night!»', topic: 'pet' },
    { text: '«I went sailing with my brother on Saturday.»', topic: 'hobby' },
    // a relative beside a step the writer takes, where the clause also tells: a story in the past,
    // a trip, news after a clause break
    { text: '«I will talk to my wife about our holiday plans.»', topic: 'family-vacation' },
    { text: 'Let me discuss with my brother, «he just had a baby.»', topic: 'family' },
    { text: '«I want to spend more time with my family.»', topic: 'family' },
    { text: '«The wind chill was brutal this morning here, minus thirty.»', topic: 'weather' },
    { text: '«I am really drained after the trade fair.»', topic: 'feelings' },
    // the writer's own life without "I": a parent by the kinship word, a shared interest, a note
    // that opens "Back from", a gerund with no verb after it, weather told plainly with "today".
    { text: "Can't talk now, «Dad's in the emergency room with chest pains.»", topic: 'health' },
    { text: "«I saw you're into climbing, me too!»", topic: 'hobby' },
    { text: '«Fellow beagle owner here, they are a handful.»', topic: 'pet' },
    { text: '«Back from Lisbon, still jetlagged.»', topic: 'travel' },
    { text: '«Feeling really drained this week after the move.»' },
    { text: '«It was so humid in Manila today, 35 degrees.»', topic: 'weather' },
    { text: '«My wife lost her job last month, so money is tight.»', topic: 'family' },
    // a typographic apostrophe keeps "I’m" the writer, also beside a greeting passed on
    'The trip to Seoul was great, thank you for the dinner, I’m still dreaming of it 😋 Send my hug to the whole team!',
    // the writer's own news beside a wish or a noticing verb stays news
    { text: '«We moved last week, I hope the kids like their new school.»', topic: 'family' },
    'Give my love to the kids, we just got back from the lake with ours.',
    { text: '«I know my kids will love it.»', topic: 'family' },
    // the head of a compound names the event; a festival after "during" says when; school holidays
    // are time at home; returning to the office ends a holiday, it does not make it a business trip
    {
      text: '«My husband and I just celebrated our tenth wedding anniversary in Lisbon.»',
      topic: 'celebration',
    },
    { text: '«I visited Kyoto with my wife during Golden Week.»', topic: 'family-vacation' },
    { text: "«I'm knackered after the school holidays with three kids at home.»", topic: 'family' },
    {
      text: '«I was on holidays at the lake with my wife and my kids, now I am back in the office.»',
      topic: 'family-vacation',
    },
    // a relative's wedding is a celebration; a family trip by "up to" a place
    { text: "«We flew to Porto for my cousin's wedding.»", topic: 'celebration' },
    { text: '«Took the kids up to Whistler for the week.»', topic: 'family-vacation' },
    // family and children
    {
      text: 'Thanks for the file. «My daughter turned six yesterday, so the house is full of balloons.»',
      topic: 'family',
    },
    { text: '«Our twins started walking this week!»', topic: 'family' },
    { text: 'Quick one: «my wife and I are expecting our second child in March.»', topic: 'life-event' },
    { text: '«Me and my husband spent Sunday helping my parents paint their kitchen.»', topic: 'family' },
    { text: '«My son just made the varsity soccer team, proud dad here.»', topic: 'hobby' },
    // thanks with the writer's own news in it; a holiday spent, not a date
    { text: 'Thanks for asking, «my kids loved the trip to the zoo.»', topic: 'family-vacation' },
    { text: '«We celebrated Eid with my whole family in Jeddah.»' },
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
    // rules.dev.36 (own wording): a promotion told in the perfect or the passive
    {
      text: 'Some news from my side: «I have been promoted to Head of Sales for the Nordics!»',
      topic: 'life-event',
    },
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
    // the new year celebrated, not a date
    {
      text: '«We rang in the new year with friends on a boat in Tallinn, so much fun.»',
      topic: 'celebration',
    },
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
    { text: 'Just back from ten days in Vietnam, so apologies for the slow answer.', topic: 'travel' },
    // news without family words: pets, the weather where they are, a burglary, moving house
    { text: '«We got a rescue dog on Saturday, she already owns the sofa.»', topic: 'pet' },
    { text: '«Our cat had kittens last night!»', topic: 'pet' },
    { text: 'Wow, what a week, «the flu went through the whole family.»', topic: 'health' },
    { text: '«It has been 41 degrees here since Monday.»', topic: 'weather' },
    { text: '«It is pouring rain here in Leeds, as usual.»', topic: 'weather' },
    { text: '«Someone broke into our flat while we were at work.»', topic: 'other' },
    { text: '«We were burgled at the weekend, so it has been a mess.»', topic: 'other' },
    { text: '«My bike got stolen from the garage last night.»', topic: 'other' },
    { text: '«We are relocating to Porto next month, so things are hectic.»', topic: 'life-event' },
    { text: '«Moving into the new place this weekend, boxes everywhere.»', topic: 'life-event' },
    { text: '«My little girl lost her first tooth today!»', topic: 'family' },
    { text: '«My boy scored his first goal this weekend, I was screaming like crazy.»', topic: 'family' },
    {
      text: '«Our basement flooded after the storm, we spent the night bailing water.»',
      topic: 'other',
    },
    { text: "«I'm back from paternity leave and catching up on email.»", topic: 'life-event' },
    // cues.dev.2 generalisation (own wording)
    '«Swam two kilometres in the lake this morning, my arms are jelly.»',
    '«I finally passed my driving test on the third try!»',
    '«The twins were up half the night teething.»',
    '«Heatwave today, we are hiding indoors with the fan on.»',
    '«I have a terrible headache today, so forgive the short answer.»',
  ],
  negative: [
    // rules.dev.30 generalisation (own wording): "<name> my brother," is a form of address
    'Kofi my brother, thanks a lot for standing by us this season 🙏',
    // rules.dev.30 generalisation (own wording): a tip for the reader's trip is not the writer's news
    'wow lucky you!! 🇬🇷 u have to go to Thanasis in Athens, promise me 😂 kalo taxidi!!',
    // rules.dev.30 generalisation (own wording): what might follow on a condition is a joke, not news
    'Ha, if the new scheduler works our dispatcher could name his first grandchild after you 😂',
    'If this fixes the backlog, my wife might finally see me at dinner again!',
    // rules.dev.26 generalisation (own wording): the reader's own plan urged on with the wish returned
    'thanks Marta!! you too, go to the lake finally 😄',
    // rules.dev.26 generalisation (own wording): a hospital as the client's workplace
    'Could you confirm the installation date? We must inform hospital security in advance.',
    // rules.dev.25 generalisation (own wording): a season's goods are business, no celebration told
    'Can you ship before the 20th? Our Christmas hampers go to packing on the 27th.',
    'The Easter range needs new labels this year.',
    // rules.dev.15 generalisation (own wording): a spouse named only as who reads the offer with the writer
    'Cheers Dave, will go through the quote with the wife tonight.',
    'I will look it over with my husband and come back to you.',
    // Invariance (eval:perturb): the writer's organisation introduced as a hospital is no stay in one.
    'We are a small mission hospital in the hills and need a backup generator for the theatre.',
    // near-misses of the body's state: a date or a delay that cannot be moved or stood
    'We cannot move the date, sorry. I can hardly wait for the launch though.',
    // rules.dev.27 generalisation (own wording): a brother as a form of address
    'Thank you my brother for the quick delivery, all received.',
    'Salam brother, the LC is opened today.',
    // rules.dev.27 generalisation (own wording): an engagement of work, no betrothal
    "We're glad to go ahead with the 6-month engagement from July.",
    'The consulting engagement starts in June.',
    // rules.dev.27 generalisation (own wording): condolences thanked for on the family's behalf
    'Thank you for your message, it was much appreciated by my family. Please send the contract.',
    'My wife and I thank you for the kind words. We can continue with the order now.',
    // rules.dev.27 generalisation (own wording): hospitals named as references or customers
    'We will also need references from two hospitals in the region.',
    'Our customers include private hospitals across Mexico.',
    'We’re a 120-bed district hospital; please quote the sterilisers with installation.',
    // rd44 generalisation (own wording): engagement as how engaged staff or customers are
    'We are comparing engagement survey tools for next year.',
    'Our employee engagement has dropped since the merger.',
    // near-miss of a birth told as an arrival: a shipment or a courier that arrived is no baby
    'The samples arrived on Tuesday, all in good shape.',
    'Baby food sales arrived at a record in March.',
    // rules.dev.18 generalisation (own wording): "engaged" as taking part is no betrothal.
    'Our staff were really engaged throughout the workshop.',
    'We stay fully engaged in the rollout until go-live.',
    'Legal is engaged with their counterparts on the wording.',
    // rules.dev.16 generalisation (own wording): office hours in a holy month or a festive season,
    // and staff hurt at work, are business
    'During Ramadan our working hours are 9 to 2, so answers may take longer.',
    'Over the festive season our opening hours change.',
    'Two drivers were injured in the accident at the loading bay.',
    // rules.dev.16 generalisation (own wording): a holiday naming a trading season is business.
    'We want all shops live before the Easter rush.',
    'The new range must be on shelves for the Christmas shopping peak.',
    // rules.dev.13 generalisation (own wording): a day or a month after "goes to" is a date, not a place
    'The night shift closes after midnight, so part of Saturday goes to Sunday.',
    'The launch went to March because the certificate came late.',
    // rules.dev.13 generalisation (own wording): teasing ("just kidding", "no kidding") shares its
    // lemma with "kid", but tells nothing of the writer's children
    'Your slides were 80 pages long, I almost fell asleep 😂 just kidding!!',
    'No kidding, the new dashboard is twice as fast as the old one.',
    'I kid you not, the truck arrived an hour early.',
    'All went well, my technicians want to go to Japan now!',
    'My staff are dying to go to Korea after your visit.',
    // rules.dev.12 generalisation (own wording): "5k" / "10K" as thousands of units, not a race
    'Need a quote for 10k pcs and 50k pcs, same spec as before.',
    'Can you hold the price if we order 5K?',
    'We expect about 10k users in the first year.',
    'Our oldest customer in Bergen has used the scanner since 2009.',
    'We went to university fairs in March to recruit engineers.',
    'Our interns left for university in September, so the lab is short of hands.',
    // rules.dev.11 generalisation (own wording): "the new year" as a time to talk again; a hospital
    // or a clinic as the writer's employer, named by one of its bodies.
    "Let's pick this up in the new year, once the budget is signed off.",
    'We can look at the rollout after the new year.',
    // rd47 generalisation (own wording): the partnership's year in a season's note
    'We hope for an even stronger partnership in the new year.',
    // rd49 generalisation (own wording): a festival closure with its dates; hospitals as buyers
    'Our plant will be closed from 1 to 9 February for the Lunar New Year.',
    'The new tender rules at the regional hospitals kept us busy all autumn.',
    // rd50 generalisation (own wording): PET as a plastic, a cabin as a part, an anniversary post
    'We fill 1.5 litre PET bottles, about 40,000 a day.',
    'The order is for our cabin lighting project on the A320 line.',
    'Congrats on the 30th anniversary post, great video!',
    // rd51 generalisation (own wording): a family business by its trade
    'We are a small family vineyard in the Douro valley.',
    'Our clinic purchasing board meets on 3 May to review the quote.',
    "The hospital's IT department will need the security documents.",
    // rules.dev.10 generalisation (own wording): colleagues called the girls or the lads; a friend or
    // fellow believer addressed as brother or sister; the doctor's acronym as gross profit; the
    // smaller model; a competitor watched winning deals; a first order.
    'The lads in the warehouse have the pallets ready for Tuesday.',
    'We are thrilled, the girls at reception already use the new booking screen.',
    'Thanks brother, we will finalise next week inshallah.',
    'Salam my dear brother, the revised offer is attached.',
    'Sorry for the late reply sister, we had audits all week.',
    'Our GP margin on the kit is 28%.',
    'The little one is cheaper, but we prefer the X200.',
    'We are watching Acme win deals in our region.',
    'This is our first time to order from a supplier in Vietnam.',
    // a relative named only as the party to a step the writer is about to take
    'Let me discuss with my brother and get back to you.',
    'I will check with my wife and confirm by Friday.',
    'Let me talk to my husband first.',
    // Wishes for the reader's family and greetings passed on: the first person is the wisher or the
    // sender ("I hope", "my love", "for me"); "I know", "I heard" notice the reader's life.
    'Hi Nomsa, I hope the kids like their new school.',
    'Give my love to the kids.',
    'Send my love to the family.',
    'Kiss the kids for me.',
    'Say hi to the kids for me.',
    'Greetings to your family from all of us.',
    "I know it's Thanksgiving there today, I hope you're having a beautiful day with your family.",
    'I heard your son graduated, congratulations!',
    // cues.dev.3 generalisation (own wording): product families, campaigns, the company's premises and
    // staff, weather that delays a shipment.
    'Our new family of sensors ships in March.',
    // rules.dev.17 generalisation (own wording): a festival naming the writer's company
    'I am Mori from the purchasing team of Obon Logistics.',
    'This is Priya from Diwali Textiles, following up on the samples.',
    'Our Easter campaign starts on Monday.',
    'Our Osaka plant was damaged in the earthquake, but production resumes next week.',
    'Our lead engineer is on paternity leave until May, so I am covering his accounts.',
    'We are sorry, our delivery is delayed two days due to the blizzard.',
    'Your mum must be so proud of you!',
    'The marriage of the two databases took a whole sprint.',
    'Losing a job is hard for anyone.',
    // cues.dev.2 generalisation (own wording)
    'Battery died on my phone, I will call from the landline.',
    'My colleague just had a baby girl, so I am covering her region.',
    'Our factory takes the Golden Week holiday from 29 April.',
    'Poor kids, I hope they feel better soon.',
    'Missing a holiday with the family is hard for anyone.',
    // the reader's news or deed: congratulations after a lead-in, thanks for what they did; a
    // holiday that only says when
    'Just heard the news from Priya, congratulations on the twins!!',
    'Thank you so much for the lovely presents for the kids at the clinic.',
    'We will decide with the partners after Diwali and come back to you.',
    'I can sign before Christmas if the legal review is done.',
    // rules.dev.19 generalisation (own wording): a holiday with a modifier or "ahead of" still only dates
    'Thanks for getting the order out before the Chinese New Year shutdown.',
    'We must ship ahead of the Orthodox Easter, the port closes.',
    // business uses of the same words
    'Our family of products covers reporting, billing and CRM.',
    // rules.dev.55 generalisation (own wording): "family" after a common noun is a range of products
    'Thank you for your visit yesterday. Attached are the drawings for the hinge family as discussed.',
    'The new connector family is certified for outdoor use.',
    'I am on a business trip to Chicago until Thursday.',
    'Please check the holiday schedule for our support team.',
    'The sales team will send you the updated proposal.',
    "Let's move forward with the pilot next month.",
    'We run a weekly health check on every customer account.',
    // a health authority as the client's regulator, not anyone's health
    'Our monthly reports go to the Ministry of Health and must be bilingual.',
    'The regional health department wants the dashboards in both languages.',
    'The Department of Public Health needs the export by March.',
    'Our customers include the national health services of two countries.',
    'The data goes to a third party processor for billing.',
    'We moved the meeting to Wednesday at 10.',
    // rules.dev.33 (own wording): a company's move to a new system is business news
    'Sorry, we just moved to a new finance system and some invoices got stuck.',
    'Apologies, we moved to new ERP system last week and few orders got lost.',
    // rules.dev.35 (own wording): the company's sites moved, praised as work
    'Honestly, moving four offices without losing a single file is not something I thought I would ever tell the partners.',
    // rules.dev.37 (own wording): staying up to fix it, and a trading season, are the work
    'Your team stayed up all night to get the shop back before the weekend, you saved our season start.',
    // rules.dev.23/32 (own wording): recovering from a good time, said laughing
    'The trade fair was great fun, still recovering haha. Can you send the price list?',
    // rules.dev.35 (own wording): the company's new address, and a building project named for its use
    'Please note we have relocated to new premises from 1 April; the delivery address changes.',
    'We are tendering a kindergarten building in Espoo next spring. Do you supply roof trusses?',
    'Our office will be closed for the public holiday on Monday.',
    // "the new year" as a date for the work, not a celebration told
    "Let's pick this up early in the new year, when the budget is approved.",
    'Procurement will only sign after the new year.',
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
    // markets and product lines named after private life
    'We are launching a wedding vertical next quarter.',
    'Our wedding planning software now supports seating charts.',
    'We sell mostly to the pet industry in Europe.',
    'Our holiday collection launches in October.',
    'The weather data API is included in the plan.',
    'We host a Christmas party for our clients every December.',
    'We are moving to a new CRM platform in spring.',
    // a colleague away is news about work
    'Our director is on vacation until Monday.',
    'My manager is on holiday, so the approval will take another week.',
    'Our CFO is on leave, the signature will come from the CEO.',
    'My colleague is on maternity leave until May.',
    'We are moving to quarterly billing next year.',
    'Some customer credentials were stolen in the phishing attack.',
    'The market is flooded with cheap scanners.',
    'Our partner network is growing in Chile.',
    // answers to the reader's news: the life in them is the reader's
    'Sounds like a great Thanksgiving!',
    'Looks like a fantastic trip, enjoy the rest of it.',
    'What a lovely birthday party!',
    'Congrats on the new puppy!',
    'Oh no, a burglary is the worst.',
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
    'I do hope the surgery went smoothly.',
    'Enjoy your holiday with the family!',
    // non-native business English
    'We will send you the offer after holidays of the team, in January.',
    'Our company is on the market since 15 years, we have many clients in family business sector.',
  ],
});
