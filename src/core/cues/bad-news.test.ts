import { runDetectorCases } from '../testing/detector-tester.ts';
import { badNews } from './bad-news.ts';

runDetectorCases(badNews, {
  positive: [
    // rd45 generalisation (own wording): a disaster told as passing through
    { text: '«A bushfire swept through our valley on Sunday.»', topic: 'other' },
    // rd44 generalisation (own wording): "the condolences" as the days of mourning the writer kept
    {
      text: '«My mother passed away on Friday and I was in Konya with my brothers for the condolences.»',
      topic: 'loss',
    },
    // rd39 generalisation (own wording): illness said modestly, of a person; a robbery or break-in
    { text: '«My grandmother has not been well since the winter.»', topic: 'health' },
    { text: 'Sorry for the delay. «My husband is not well, so I am working half days.»', topic: 'health' },
    { text: '«There was a break-in at our shop on Monday night.»', topic: 'other' },
    // rules.dev.38 generalisation (own wording): layoffs in South African and Indian English
    { text: '«The plant went through retrenchments in March, I lost four of my engineers.»', topic: 'other' },
    { text: '«We had to retrench half of the drivers after the contract ended.»', topic: 'other' },
    // rules.dev.28 generalisation (own wording): layoffs named by the role of those let go
    { text: '«We had to let go a third of our planners in May.»', topic: 'other' },
    { text: '«They let go half of the developers on Friday.»', topic: 'other' },
    // rules.dev.12 generalisation (own wording): layoffs named by their plan
    {
      text: '«The group presented a social plan yesterday, 60 jobs in our plant are affected.»',
      topic: 'other',
    },
    { text: '«A plan social was signed this week and my department will shrink by half.»', topic: 'other' },
    { text: '«HR launched a voluntary redundancy scheme, and I am not sure I will stay.»', topic: 'other' },
    // rules.dev.14 generalisation (own wording): a whole unit cut, told in the passive.
    { text: '«After the takeover the entire sales team was dissolved, me included.»', topic: 'other' },
    { text: '«Our whole logistics department got cut in the reorganisation.»', topic: 'other' },
    // rules.dev.11 generalisation (own wording): cuts told as a share of the company.
    { text: '«They laid off half of the staff on Friday, my whole unit included.»', topic: 'other' },
    { text: '«Management cut roughly a quarter of the workforce this morning.»', topic: 'other' },
    // The writer's own side named beside the reader's: "our colleague and your contact".
    { text: '«Our colleague and your contact Paolo Bianchi passed away on Sunday.»', topic: 'loss' },
    { text: '«Your order is late because our driver had an accident.»', topic: 'health' },
    // rules.dev.9 generalisation (own wording): layoffs with the number between "let" and "go", and
    // "admitted" still a hospital stay.
    { text: '«We had to let 40 engineers go on Monday.»', topic: 'other' },
    { text: '«My mother was admitted last night with chest pains.»', topic: 'health' },
    // cues.dev.3 generalisation (own wording): a pet put down by name, posts cut, war, a fire on site.
    { text: '«We had to put our cat Mishka down yesterday.»', topic: 'loss' },
    // near-misses: a death told beside an exam still reports the death.
    { text: '«My father passed away the week of my finals.»', topic: 'loss' },
    { text: '«Our son passed on Sunday, two days before his exam.»', topic: 'loss' },
    { text: '«Forty roles in our Lyon office will be cut next month.»', topic: 'other' },
    { text: '«Our depot was hit by shelling on Tuesday.»', topic: 'other' },
    { text: '«There was a fire at our Ghent plant overnight; nobody was hurt.»', topic: 'other' },
    // rules.dev.22 generalisation (own wording): staff kept on fewer hours or less pay, a layoff in part.
    { text: 'Sales collapsed. «We may have to cut everyone’s hours from March.»', topic: 'other' },
    { text: '«The owners told us we must reduce salaries by a fifth.»', topic: 'other' },
    { text: '«Half the plant is on short-time work until the orders come back.»', topic: 'other' },
    // rules.dev.17 generalisation (own wording): staff made redundant.
    { text: '«The owners made sixty people redundant on Friday, my deputy among them.»', topic: 'other' },
    { text: '«We have had to make roughly half of the staff redundant.»', topic: 'other' },
    // near-misses: the good end does not undo an accident or a grave illness
    {
      text: 'Everything went well in the end. «My brother was in a car accident and broke his leg.»',
      topic: 'health',
    },
    { text: '«My wife was diagnosed with cancer; the first surgery went well.»', topic: 'health' },
    { text: '«My husband had surgery on Monday, he is recovering well.»', topic: 'health' },
    {
      text: '«Mum was rushed to hospital with chest pains on Friday, she is home again now.»',
      topic: 'health',
    },
    // loss
    { text: '«My father passed away last Tuesday, so I was out.»', topic: 'loss' },
    {
      text: 'Sorry for the silence. «My grandmother died on Sunday and the funeral is on Friday.»',
      topic: 'loss',
    },
    { text: '«We lost our dog of fourteen years last week.»', topic: 'loss' },
    { text: '«There has been a death in the family.»', topic: 'loss' },
    // health, injury, accident
    { text: '«I was in the hospital with pneumonia for ten days.»', topic: 'health' },
    { text: '«We had a car accident on the way back; everyone is fine but shaken.»', topic: 'health' },
    { text: '«I broke my leg skiing, so I am working from home.»', topic: 'health' },
    { text: '«My wife is recovering from surgery.»', topic: 'health' },
    { text: '«My son has been sick all week.»', topic: 'health' },
    { text: '«I was down with the flu, sorry.»', topic: 'health' },
    { text: '«My mother was diagnosed with cancer in May.»', topic: 'health' },
    // work and hard times
    { text: '«They laid off half of our department yesterday.»', topic: 'other' },
    { text: '«I lost my job last week, so this is my last email from this address.»', topic: 'other' },
    // Near-misses of the business setbacks below: layoffs beside a budget cut stay bad news.
    { text: '«Budget cuts hit us hard: they laid off 30 people in finance.»', topic: 'other' },
    { text: '«The budget was frozen and I lost my job on Friday.»', topic: 'other' },
    { text: '«It has been a really tough month for us.»', topic: 'other' },
    { text: '«Our house flooded during the storm.»', topic: 'other' },
    // A plural opening the sentence, which the tagger takes for a name.
    { text: '«Floods in our region cut the power to the whole town.»', topic: 'other' },
    { text: '«The company announced redundancies on Monday.»', topic: 'other' },
    { text: '«My husband was admitted to hospital on Monday.»', topic: 'health' },
    { text: '«We had to put our cat down last night.»', topic: 'loss' },
    { text: '«The firm let go 200 people this week.»', topic: 'other' },
    // euphemisms of a death
    { text: '«Our founder left for his heavenly abode on Monday.»', topic: 'loss' },
    { text: '«My uncle lost his battle with cancer last night.»', topic: 'loss' },
    { text: 'Sorry for the silence. «My grandfather is no longer with us.»', topic: 'loss' },
    { text: '«My father-in-law expired on Sunday after a long illness.»', topic: 'loss' },
    // the formulas other faiths and regions say of a death, and the head of a firm mourned
    { text: "«Inna lillahi wa inna ilayhi raji'un.» Our MD returned to his Lord at dawn.", topic: 'loss' },
    { text: 'Our patron is gone. «May Allah forgive him and grant him Jannah.»', topic: 'loss' },
    { text: '«The old boss passed on at the weekend, God rest his soul.»', topic: 'loss' },
    { text: '«We are mourning our founder, who died on Friday.»', topic: 'loss' },
    { text: '«Sadly we lost our chairman last week.»', topic: 'loss' },
    // intensive care and accidents in other words
    { text: '«My brother is in the ICU after a fall.»', topic: 'health' },
    { text: '«My sister met with an accident on the highway yesterday.»', topic: 'health' },
    { text: '«Dad was hit by a car while cycling, he is in serious condition.»', topic: 'health' },
    // rules.dev.20 generalisation (own wording): weeks off sick after an operation stay serious; the
    // writer's own post removed, in a non-native wording, is a lost job.
    { text: '«I have been on sick leave for a month after my knee surgery.»', topic: 'health' },
    { text: '«After the merger my role is removed, so June is my last month here.»', topic: 'other' },
    // a lost job without "laid off"
    { text: '«My role has been eliminated in the reorganisation.»', topic: 'other' },
    { text: '«Sadly I lost my position after the merger.»', topic: 'other' },
    { text: '«Half of our team was furloughed until further notice.»', topic: 'other' },
    // cues.dev.2 generalisation (own wording)
    '«My cousin was badly hurt in a car crash on Sunday.»',
    '«Our warehouse caught fire overnight.»',
    '«Thieves broke into our flat while we slept.»',
    '«The company will cut 150 jobs in the spring.»',
    '«Sad news: my uncle was rushed to hospital last night.»',
    // a hard time with no cause named, or with a cause from private life
    { text: '«It has been a tough year.»', topic: 'other' },
    { text: '«It has been a difficult time since the divorce.»', topic: 'other' },
    { text: '«It has been a rough month, my mother has been ill.»', topic: 'other' },
    // rules.dev.16 generalisation (own wording): heart or brain treatment is serious even when
    // called routine; a thank-you in another sentence does not hide the news.
    { text: '«My wife needs a heart operation next week, the doctors say it is routine.»', topic: 'health' },
    { text: '«I will have a stent put in on Monday, so I am off for ten days.»', topic: 'health' },
    // A fire or an explosion told with "had", and staff let go in other words.
    { text: '«Our warehouse in Mersin had a fire on Sunday and most of the stock is gone.»', topic: 'other' },
    { text: '«We had to let go 12 drivers after the contract ended.»', topic: 'other' },
    // "left us" of a person is a death.
    { text: '«My grandfather left us last week, he was 94.»', topic: 'loss' },
    { text: '«We remembered my nonna, who left us in spring.»', topic: 'loss' },
    // An operation played down is still told: bad-news-pitch weighs the playing down.
    { text: '«I had to have surgery on my knee, nothing to worry about.»', topic: 'health' },
    {
      text: 'Thank you for the kind words. «My brother died on Friday after a long illness.»',
      topic: 'loss',
    },
    // near-misses of the reassurance: an illness called serious, or a reassurance taken back
    { text: '«My father got ill on Sunday and the doctor says it is serious.»', topic: 'health' },
    {
      text: '«My wife came down with a virus, nothing serious we thought, but then she could hardly breathe.»',
      topic: 'health',
    },
    { text: '«I was sick all weekend.» It is nothing serious. But then it got worse.', topic: 'health' },
    { text: '«My daughter has been ill since Friday.» The doctors are not sure yet.', topic: 'health' },
    // an operation stays grave news beside a reassurance, unless it is itself called small
    { text: '«I am off for three weeks after hip surgery, nothing too serious.»', topic: 'health' },
    // "left us" as a death needs a person who died; a customer or staff leaving is business news
    { text: '«Our grandmother left us peacefully on Sunday night.»', topic: 'loss' },
    { text: '«We planted a tree for my nonno, who left us last spring.»', topic: 'loss' },
    { text: '«Sadly, Henrik left us on Tuesday after a short illness.»', topic: 'loss' },
    { text: '«Our largest customer left us after twelve years.»', topic: 'other' },
  ],
  negative: [
    // rd39 near-misses: "not well" said of a thing, not a person
    'The new module is not well documented.',
    'The launch has not gone well so far.',
    // business departures: at most a mild setback, never a death
    'Two of our developers left us for a competitor in May.',
    'A couple of smaller clients left us this quarter, nothing dramatic.',
    'Our old distributor, who left us in 2021, wants to come back.',
    'She left us to join a start-up in Berlin.',
    'The last release left us with a pile of support tickets.',
    // a short illness toned down by "nothing serious", "nothing dramatic", "not serious, just ..."
    'My son has been ill since Monday, nothing too serious.',
    'I was down with a bug this week. It is nothing serious, back tomorrow.',
    'My husband got sick at the weekend. Not serious, just a sore throat.',
    'Our youngest is sick today, nothing dramatic, so I am answering from home.',
    'I had the flu, nothing to worry about.',
    // near-miss: a whole department that was praised, or a cut in its budget line, is no layoff
    'The whole department was cheering when the order came in.',
    // near-misses of the layoff plan: a plan that is only social, a plan for the site
    'The social media plan for the launch is attached.',
    'Our social plan for the summer party includes a boat trip.',
    // near-misses: a share cut from a price or a lead time is no layoff
    'We cut a third of the lead time on the new line.',
    'They cut half of the price of the company licence.',
    'Great news: my daughter has been admitted to study law at Makerere!',
    // rules.dev.20 generalisation (own wording): a relative who passed a test, not who passed away.
    'My daughter passed her driving test on the first try!',
    'Our boy passed the entrance exam for Seoul National, so proud 😭',
    'My husband finally passed the bar in October.',
    // The reader's news retold or asked after: its subject is "your ...".
    "I hope your son's surgery went well.",
    'I heard your father passed away.',
    // near misses: a lost document and a departure are no death
    "We lost our CEO's signed copy, could you resend it?",
    'Our chairman is leaving the board in June.',
    'Anna told me your husband had an accident, I hope he is OK.',
    // cues.dev.3 generalisation (own wording): sympathy after a clause break, condolences.
    'Thanks for telling me, I completely understand, it sounds like a brutal month.',
    'Please accept our condolences on the loss of your aunt.',
    // cues.dev.2 generalisation (own wording)
    'I had a minor procedure on my shoulder, nothing serious.',
    'I was ill with the flu last week, now feeling better.',
    // rules.dev.56 generalisation (own wording): the illness behind the writer, "back now"
    'Sorry for the slow answers, I was down with flu most of last week. Back now.',
    'Sounds like a rough month on your side.',
    // rules.dev.58 generalisation (own wording): something "giving us a hard time" is trouble, not misfortune
    'The label printer on line 2 is giving us a hard time, but they are on it.',
    // mild business setbacks stay below the finding threshold
    'Unfortunately the file is too big to send.',
    'Unfortunately we have to move the call to Friday.',
    'The bad news is that the old API is deprecated.',
    // A budget cut or freeze, a hiring freeze, a cancelled project: business setbacks, mild by the
    // conventions as a slipped budget is.
    'Our budget was cut by 40% for next year.',
    'Heads-up: our marketing budget got slashed for Q3, so we need a leaner plan.',
    'There is a hiring freeze until the autumn.',
    'The pilot project was cancelled by headquarters last week.',
    'Finance froze the budgets for the rest of the year.',
    // a hard time whose named cause is the business
    'It was a tough year with all the supply problems.',
    'We had a hard quarter, sales were down.',
    'Tough week here, our biggest customer cancelled.',
    // business uses of the same words
    'I deleted the email by accident.',
    'The server crashed again last night.',
    'We sell surgery scheduling software to clinics.',
    'Our flagship is a cancer research platform.',
    'We got a flood of requests after the launch.',
    'What a stroke of luck!',
    'My laptop died during the call.',
    // A fire drill or a fire safety check is no fire.
    'We had a fire drill this morning, so I missed your call.',
    'We had the fire safety inspection yesterday, all passed.',
    // "left us" of staff is no death.
    'Two engineers left us for a competitor.',
    // a short illness, or someone else's at work: below the finding threshold
    'Our office manager is sick today, so the invoice goes out tomorrow.',
    'I was on sick leave for a day with a fever, all good now.',
    // a child's everyday illness: worth a kind word, not a halt to business
    'Both girls are home sick today, so I am working from the kitchen.',
    'I was a bit under the weather on Monday, all good now.',
    'My son caught a bug at daycare, so I was off on Friday.',
    'Working from home with a sick toddler this week.',
    // near-misses: sick leave alone is an absence; a removed field is no lost post
    'I was on sick leave on Monday, sorry for the wait.',
    'The role field was removed from the signup form.',
    'We had a minor accident in the car park, just a scratch on the bumper.',
    // lookalikes
    'We passed the security audit last week.',
    'The old license expired on Sunday.',
    'Our accident reports module is new this year.',
    // sympathy for the reader, hypotheticals, questions
    'Sorry to hear you were sick last week.',
    'Hope your mother recovers quickly.',
    'My son got married on Saturday. Still recovering from the wedding party 😄',
    'I do hope the surgery went smoothly.',
    'If the budget gets cut, we will have to pause.',
    'Did your team get hit by the layoffs?',
    'Is your father still in hospital',
    // near-miss: a product made redundant is no layoff
    'The new release makes the old connector redundant.',
    // rules.dev.17 generalisation (own wording): a hospital stay whose good end is told with it.
    'My mother had an operation on her hip last week. It went smoothly, thank God, and she is back home.',
    'I was in hospital for three nights with an infection, but I am fully recovered.',
    // rules.dev.20 generalisation (own wording): the good end told in a short sentence of its own
    'My father had surgery on his hip on Monday. All went fine.',
    // ordinary news
    'We hired two new engineers this month.',
    'The demo went really well yesterday.',
    // rules.dev.16 generalisation (own wording): thanks for the sympathy already given is not news
    // told now; "nobody died" is the relief beside a fire, not a death.
    'Thank you for your kind words and the wreath for my mother, the family was moved.',
    'Many thanks for the condolences you sent after the funeral of our founder.',
    'The demo froze twice in front of the board, but hey, nobody died.',
    // near-misses of the cut hours: hours saved on a task, the short days of a holy month
    'We need to cut hours spent on manual reconciliation.',
    'Our office is on reduced hours during Ramadan, replies may be slower.',
    // near-miss of the evacuation: wildfire smoke in the air is weather
    'We have had wildfire smoke over the city all week.',
  ],
});
