/**
 * bad-news: the writer reports something painful: a death (topic `loss`), an illness, injury or
 * accident (`health`), a lost job, layoffs or a hard time (`other`). A reply should
 * meet it with sympathy before anything else. A mild business setback ("unfortunately the file is
 * too big", a budget cut) stays at low confidence; a question about it, a hypothetical ("if the budget is cut")
 * and sympathy for the reader ("sorry to hear you were ill") are not the writer's news.
 */

import type { AnalyzedText } from '../text/analyze.ts';
import { type PhraseMatch, type PhraseSet, phrases } from '../text/phrases.ts';
import { happensToReader } from './owner.ts';
import { questionShape } from './question.ts';
import { topicHits } from './topic-hits.ts';
import type { Cue, Detector, DisclosureTopic } from './types.ts';

/** "A tough year", "a rough few weeks": a hard time, whose cause decides whether it is bad news. */
const HARD_TIME =
  'rough|tough|hard|difficult|grim|brutal ~2 week|weeks|fortnight|month|months|time|times|year|patch|period|quarter';

const RELATIVE =
  'mother|father|mom|mum|dad|wife|husband|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|granny|aunt|uncle|cousin|friend|colleague|partner|baby|dog|cat|parent|parents';

/** Who leaves a business: its customers, partners in trade and staff. */
const DEPARTING =
  'account|accounts|client|clients|customer|customers|distributor|distributors|supplier|suppliers|vendor|reseller|resellers|retailer|retailers|engineer|engineers|developer|developers|employee|employees|staff|people|hire|hires|salesperson|agency';
/** Who is unwell in "my father is not well", "I haven't been well": a person, not a plan or a launch. */
const UNWELL_PERSON =
  'father|mother|dad|mum|mom|wife|husband|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|parents|uncle|aunt|he|she|i';
const DEPARTING_WORDS = new Set(DEPARTING.split('|'));
/** A person named before "left us" in the death sense: a relative, a head of the firm, "he", "she". */
const MOURNED = new Set([
  ...RELATIVE.split('|'),
  ...'chairman|chairperson|founder|ceo|md|patron|mentor|boss|he|she|grandpa|grandma|granny|abuela|abuelo|nonna|nonno|oma|opa'.split(
    '|',
  ),
]);
/** "left us for a competitor", "left us with the bill", "left us to join Acme": a departure, not a death. */
const DEPARTURE_AFTER = new Set(['for', 'with', 'without', 'hanging']);
const DEPARTURE_TO = new Set(['join', 'work', 'go', 'start', 'become', 'pursue', 'move']);

const BAD_NEWS: { topic: DisclosureTopic; confidence: number; words: readonly string[] }[] = [
  {
    topic: 'loss',
    confidence: 0.95,
    words: [
      'passed away|on',
      'died',
      'funeral',
      'memorial service',
      `lost my|our|his|her|their ~2 ${RELATIVE}`,
      `my|our ~2 ${RELATIVE} ~3 passed|died`,
      'death in the|my|our family',
      'bereavement',
      'grieving',
      'mourning',
      'miscarriage',
      'lost the baby',
      'hospice',
      // "We had to put our old dog Selma down": the pet's name may stand between.
      'put ~3 dog|cat|horse|pet ~1 down',
      'terminally ill',
      // Euphemisms and regional phrasings of a death.
      'heavenly abode',
      'left for ~2 abode|heaven',
      'no longer with us',
      'left us',
      'lost ~2 battle|fight with|against',
      'breathed ~1 last',
      `${RELATIVE} ~4 expired|demise|succumbed`,
      'demise',
      'succumbed',
      'untimely|sudden|tragic death|loss|passing',
      'rest in peace',
      'put to sleep',
      'rainbow bridge',
      `loss of ~2 ${RELATIVE}`,
      // The head of a firm, mourned as a family member is: "We lost our Chairman last Tuesday".
      'lost|mourn|mourning our|my ~2 chairman|chairperson|founder|ceo|md|patron|mentor|boss',
      // The formulas other faiths and regions say of a death: "Inna lillahi wa inna ilayhi raji'un",
      // "May Allah grant him Jannah", "God rest his soul", "may his soul rest in peace".
      'inna lillahi|lillah',
      'innalillahi',
      'may allah ~2 grant|forgive|have mercy|rest',
      'jannah|aljannah|jannatul',
      'allah yarhamu|yarhamuhu|yerhamu',
      'god rest ~1 his|her|their soul',
      'may ~1 his|her|their soul rest',
    ],
  },
  {
    topic: 'health',
    confidence: 0.9,
    words: [
      'in the hospital',
      'taken|admitted|rushed|brought into|to ~1 hospital',
      'rushed ~3 hospital|er|icu|emergency',
      'at the hospital ~3 days|nights|week|weeks|since',
      // A crash named with the vehicle or its gravity: "a serious motorbike crash", "car crash".
      'car|bike|motorbike|motorcycle|scooter|bus|plane|skiing|cycling|road crash',
      'serious|bad|terrible|horrible ~2 crash|accident|fall',
      'had a fall',
      'fell and ~1 broke|hit|hurt',
      "alzheimer|alzheimer's|alzheimer’s|dementia|parkinson|parkinson's|parkinson’s",
      'tumour|tumor',
      'coma',
      'was|been|got admitted',
      'not keeping well',
      'in hospital',
      'hospitalized|hospitalised',
      'in the icu',
      'intensive care',
      'emergency room',
      'er visit',
      'surgery',
      'operation on my|his|her',
      // Heart or brain treatment is serious, however routine the doctors call it: "a heart procedure
      // (a stent)", "a bypass", "a pacemaker fitted".
      'heart|cardiac|brain|spinal|spine ~1 procedure|operation|surgery|condition|problem|problems|issue|issues',
      'stent|stents|angioplasty|pacemaker|biopsy',
      'bypass surgery|operation',
      'diagnosed',
      'cancer',
      'chemo|chemotherapy',
      'heart attack',
      'stroke',
      'car|bike|skiing|road accident',
      'had|was|were ~2 accident',
      'crashed my|our|his|her car|bike',
      'injured',
      'got hurt',
      'broke|broken|fractured|sprained ~2 leg|arm|wrist|ankle|hip|collarbone|back|foot|hand|rib|ribs',
      'been|was|am|is|are|were|fell|got ~2 sick|ill|unwell',
      'seriously|very ill',
      // "My father is not well", "mum hasn't been well": illness said the modest way, of a person.
      `${UNWELL_PERSON} ~2 not well`,
      `${UNWELL_PERSON} ~2 not been well`,
      'down with ~2 flu|cold|covid|fever|virus|bug|pneumonia|bronchitis|something',
      'covid',
      'the flu',
      'recovering from',
      'on sick leave',
      'bedridden',
      'stomach bug',
      'pneumonia',
      'concussion',
      'icu',
      'critical|serious condition',
      'ventilator',
      'life support',
      'met with ~2 accident',
      'accident',
      'collision',
      'hit by a ~1 car|truck|bus|vehicle',
      'ambulance',
    ],
  },
  {
    topic: 'other',
    confidence: 0.85,
    words: [
      'laid off',
      'layoffs|layoff|redundancies',
      // South African and Indian English: "we went through retrenchments", "had to retrench a third of our staff".
      'retrenchment|retrenchments|retrenched',
      'retrench ~3 staff|people|employees|workers|third|half|quarter|percent|%',
      'lay off',
      'made redundant',
      // "We've had to make about a third of the company redundant", "they made 40 people redundant"
      // (not "the new API makes the old connector redundant").
      'make|made|making ~2 third|half|quarter|fifth|tenth|percent|% of ~3 redundant',
      'make|made|making ~2 people|staff|employees|colleagues|workers|engineers|roles|positions|posts|jobs ~1 redundant',
      'let go ~3 people|staff|employees|team|colleagues|workers|engineers|operators|drivers|planners|developers|designers|analysts|agents|reps|nurses|technicians|percent|%',
      // "We had to let 120 people go".
      'let ~3 people|staff|employees|colleagues|workers|engineers go',
      'lost my|his|her job',
      'lost ~2 job|jobs|position|role',
      'lose|losing ~2 job|jobs|position|positions|livelihood',
      // Cuts by headcount, in native and non-native phrasing ("will reduce 200 employees").
      'reduce|reducing|reduced|cut|cutting ~2 employees|staff|workforce|headcount|people|jobs|positions',
      'cut|cutting|closing|close|shut|shutting ~2 whole|entire ~1 department|division|team|office|plant|site',
      // The same told in the passive: "the whole commercial department was cut after the merger".
      'whole|entire ~2 department|division|team|office|unit ~2 was|were|got|been cut|closed|shut|eliminated|axed|dissolved',
      // Cuts told as a share of the company: "they cut about a third of the company", "laid off
      // half of the staff", "let go 20% of the workforce".
      'cut|cuts|cutting|laid|lay|lays|let ~2 off|go ~3 third|half|quarter|fifth|tenth|percent|% of ~2 company|staff|workforce|employees|people|headcount|team|engineers|planners|developers|designers|analysts|agents|reps|nurses|technicians|operators|drivers|workers',
      'cut|cuts|cutting ~3 third|half|quarter|fifth|tenth|percent|% of ~2 company|staff|workforce|employees|people|headcount',
      'position|role|job|jobs|positions|roles ~6 eliminated|axed|terminated|abolished|cut',
      'eliminated|axed ~2 position|positions|role|roles|job|jobs',
      // The writer's own post, in the words a non-native writer may choose: "my position is
      // removed", "his role was scrapped" (not "the position of the logo was removed").
      'my|his|her|our ~1 position|positions|role|roles|job|jobs|post ~3 removed|scrapped|dissolved|discontinued|abolished',
      'out of work',
      'unemployed',
      'furlough|furloughed',
      'let me go',
      'been|was|were|got let go',
      'been|was|got fired',
      'cut ~3 jobs|staff|positions|headcount|team',
      'job cuts',
      'headcount reduction',
      // Staff kept but paid for less, a layoff in part: "we might need to cut hours", "pay cuts for
      // everyone" (not "our tool cuts 20 hours of manual work", nor the shorter hours of a holy month:
      // only a cut someone is forced to make).
      'need|needs|had|have|has|forced ~2 to cut|reduce ~2 hours|salaries|salary|wages|pay',
      'must ~1 cut|reduce ~2 hours|salaries|salary|wages|pay',
      "cut|cutting ~1 staff|team|everyone|everyone’s|everyone's ~1 hours",
      'pay|salary|wage cuts',
      'short-time work|working',
      // Layoffs by the name of the plan that announces them, as French or German writers carry it into
      // English: "a plan social", "a social plan", "the redundancy programme".
      'plan social',
      // In English "social plan" may be a party's: only announced, or with the jobs it costs.
      'announce|announced|announces|present|presented|presents|sign|signed|launch|launched|negotiate|negotiated|agree|agreed ~3 social plan',
      'social plan ~8 jobs|job|employees|staff|people|persons|positions|workers|leave|cuts|redundancies',
      'redundancy plan|programme|program|scheme',
      'restructuring',
      'downsizing',
      'budget ~3 cut|cuts|slashed|frozen|freeze',
      'cut|slashed|froze ~2 our|the budget|budgets',
      'hiring freeze',
      'funding fell through',
      'lost our ~2 funding|investor|biggest|largest|main|key',
      // A customer or staff who "left us" (see diedSense): the business side of the words. The
      // biggest customer gone weighs as "lost our biggest" does; any other departure is mild.
      `biggest|largest|main|key|best ~2 ${DEPARTING} ~3 left us`,
      `${DEPARTING} ~3 left us`,
      'project was|got cancelled|canceled',
      'went bankrupt',
      'bankruptcy|insolvency',
      'shutting down',
      'house fire',
      'caught fire',
      // "Our cold storage in Port Klang had a fire last week", "the plant had a big fire".
      'had ~2 fire|explosion',
      'fire broke out',
      'fire in|at ~3 warehouse|office|plant|factory|house|home|building|apartment|flat|store|shop|kitchen|site',
      'burned|burnt down',
      'destroyed by ~2 fire|flood|flooding|storm|earthquake',
      // "The fire came through the Hills on Friday", "bushfires swept through the valley".
      'fire|fires|bushfire|bushfires|wildfire|wildfires|typhoon|cyclone|hurricane|tornado ~1 came|went|swept|ripped|tore|raced|passed through',
      'broken|broke into',
      'break-in',
      'burgled|burglarized|burglarised',
      'mugged',
      'tough|sad|terrible|awful|devastating|heartbreaking|horrible news',
      'flooded',
      // The plural too: "Floods in Kisumu hit us" opens a sentence, where the tagger takes it for a name and gives no lemma.
      'flood|floods',
      'burglary',
      // "We had a robbery at the Centro store", "a break-in at the warehouse".
      'robbery|robberies|break-in',
      'robbed',
      'evacuated',
      'earthquake',
      // War: "our office was damaged by shelling last night".
      'shelling|shelled|bombing|bombed|missile|missiles',
      'air raid|raids',
      HARD_TIME,
      'going through a lot',
      'family emergency',
      'devastated',
      'heartbroken',
      'divorce',
      'bad news',
      'unfortunately',
      'sad news',
    ],
  },
];
/** Everyday senses of the same words. */
const LOOKALIKES = phrases([
  'by accident',
  'fire drill|alarm|alarms|inspection|exit|exits|safety|extinguisher|extinguishers|certificate|door|doors',
  'stroke of',
  'flood of',
  'crash course',
  'battery|laptop|phone|server|computer|project|deal|idea|app|car|engine|printer ~1 died',
  'sick of',
  'cancer research|centre|center|clinic|patients|care|treatment|drugs|screening',
  'surgery ~1 software|system|scheduling|department|unit|robots|team|centre|center',
  'budget cuts ~2 are not|aren’t|won’t',
  'accident insurance|report|reports|rate|rates|prevention|claims|management',
  // "My son has been admitted to study medicine": admission to a school, not to a hospital.
  'admitted to|into ~3 study|studying|university|college|school|program|programme|course|faculty|degree|bar',
  // "My son passed the university exam!!", "she passed her driving test": a test passed, not a death.
  'passed ~3 exam|exams|test|tests|finals|entrance|university|college|driving|bar|thesis|defence|defense|audit|inspection|interview|certification|course|grade|boards',
  // "Nobody was injured": the reassurance after an incident, whose news lies elsewhere.
  // "we need to cut hours spent on reporting": time saved on a task, not staff cut to fewer hours.
  'hours spent|per|of|on',
  'nobody|noone ~3 injured|hurt|harmed|died|killed',
  'no one ~3 injured|hurt|harmed|died|killed',
  'ambulance chaser|chasers',
  // "Still recovering from the party 😄": the tiredness after a celebration or a trip, not an illness.
  'recovering|recover|recovered from ~2 party|parties|wedding|celebration|celebrations|festivities|trip|holiday|holidays|vacation|weekend|jet|jetlag|hangover|marathon|feast|night|festival',
]);
/** News that stays mild alone: the everyday openers of a business setback. */
const EXCLAMATIONS = new Set(['oh', 'ah', 'dear', 'wow', 'ugh', 'gosh', 'yikes', 'hmm']);
const SOFT_NOT_REPORTED = phrases([
  // A reply's sympathy ("Oh dear, sounds like a rough week") is about the reader's news.
  'sound|sounds|sounded|seems ~1 like',
]);
/** "..., I understand completely, it sounds like a very hard quarter": sympathy after a clause break too. */
const SYMPATHY_CLAUSE = phrases(['it|that|this sounds|sounded|seems ~1 like']);
/**
 * A setback of the business (a budget cut or freeze, a hiring freeze, a cancelled project) is mild
 * by the conventions, as a slipped budget or a lost deal is: worth a word, not sympathy before
 * business. Beside layoffs or a private misfortune in the same sentence it stays bad news.
 */
const MILD = new Set([
  'unfortunately',
  'bad news',
  'budget ~3 cut|cuts|slashed|frozen|freeze',
  'cut|slashed|froze ~2 our|the budget|budgets',
  'hiring freeze',
  'project was|got cancelled|canceled',
  `${DEPARTING} ~3 left us`,
]);
/** A short illness, or one of someone outside the family: worth a kind word, not a halt to business. */
const MILD_HEALTH = phrases([
  'fever',
  'a cold',
  'home with ~2 sick|ill|cold|flu|fever|bug',
  'sick|poorly ~1 kid|kids|child|children|toddler|baby',
  'a bit|little|slightly ~1 sick|ill|unwell|poorly',
  'under the weather',
  'sniffles|sniffle',
  'runny nose',
  'small|minor|routine|quick ~1 operation|surgery|procedure',
  // An illness already behind the writer: "now recovering", "back on my feet".
  'now ~2 recovering|better|fine|okay|ok|well',
  'back on my|our feet',
  'back at ~1 my ~1 desk|work',
  // "I was down with flu all last week. Back now.": the writer back, the illness behind them.
  'back now',
  "i'm|i’m back",
  'i am back',
  'caught a|the ~1 cold|bug|virus',
  'school|daycare|kindergarten|nursery ~3 bug|virus|cold',
  'accountant|colleague|coworker|co-worker|manager|boss|assistant|developer|engineer|someone ~3 sick|ill|unwell',
]);
/**
 * "Nothing (too) serious", "not serious, just a fever": the writer's word that an illness is minor.
 * One phrase per sense: "a|b" alternates within a single word, so the old "nothing serious|dramatic|
 * too serious" read as a sequence of four words and never matched. An operation stays grave news
 * whatever the writer adds ("knee surgery, nothing too serious" is weeks off), unless it is itself
 * called small (MILD_HEALTH).
 */
const REASSURANCE = phrases([
  'nothing ~1 serious|dramatic|major|grave|worrying|bad',
  'nothing to worry about',
  'not ~1 serious|dramatic|major|grave',
]);
const OPERATION = new Set(['surgery', 'operation on my|his|her']);
/**
 * "Nothing serious, we thought, but then ...": a reassurance taken back later in the same sentence.
 */
const TAKEN_BACK = phrases(['but then', 'turned|turns out', 'until', 'thought|seemed|looked|hoped ~6 but']);
/** A mild marker not taken back after it in its sentence. */
function toldMild(text: AnalyzedText, from: number, to: number, set = MILD_HEALTH): boolean {
  const marks = set.find(text, from, to);
  if (marks.length === 0) return false;
  const back = TAKEN_BACK.find(text, from, to);
  return marks.some((m) => !back.some((b) => b.endToken > m.firstToken));
}
/**
 * "My son got sick. Nothing serious, just a fever.": the reassurance in the next sentence, when it
 * opens that sentence ("It's nothing serious", "Not serious, just ...").
 */
function toldMildAfter(text: AnalyzedText, sentenceIndex: number, set: PhraseSet): boolean {
  const next = text.sentences[sentenceIndex + 1];
  if (!next) return false;
  const opening = set
    .find(text, next.firstToken, next.endToken)
    .filter((m) => m.firstToken - next.firstToken <= 3);
  return (
    opening.length > 0 &&
    toldMild(text, opening[0]!.firstToken, next.endToken, set) &&
    !takenBackAfter(text, sentenceIndex + 2)
  );
}
/** "... nothing serious. But then he got worse.": the sentence after opens by taking it back. */
function takenBackAfter(text: AnalyzedText, sentenceIndex: number): boolean {
  const s = text.sentences[sentenceIndex];
  if (!s) return false;
  const first = text.tokens
    .slice(s.firstToken, s.endToken)
    .find((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE');
  return first !== undefined && ['but', 'however', 'then', 'unfortunately'].includes(first.normal);
}
/**
 * "On sick leave", "off sick": the words name the absence, not how grave its cause is. They tone
 * down only the illness they tell ("I'm home sick today"), not a surgery or a hospital stay told
 * beside them ("on sick leave for weeks after a surgery").
 */
const SICK_ABSENCE = phrases(['sick leave', 'home|off|out sick']);
/** Health news that a mild marker can tone down: an illness, not an accident, a hospital or surgery. */
const ILLNESS = new Set([
  'surgery',
  'operation on my|his|her',
  'recovering from',
  'been|was|am|is|are|were|fell|got ~2 sick|ill|unwell',
  `${UNWELL_PERSON} ~2 not well`,
  `${UNWELL_PERSON} ~2 not been well`,
  'down with ~2 flu|cold|covid|fever|virus|bug|pneumonia|bronchitis|something',
  'covid',
  'the flu',
  'stomach bug',
  'on sick leave',
]);
/**
 * A hospital stay or an operation whose good end the writer tells in the same message ("the
 * operation went well and he is home now"): health news to acknowledge, no longer a grave one.
 * Not an accident, a fracture or a named disease (those triggers are not in this set); "she is
 * recovering well" is still the recovery, bad news (cue labels).
 */
const HOSPITAL_STAY = new Set([
  ...ILLNESS,
  'in the hospital',
  'in hospital',
  // Not "rushed / taken to hospital": an emergency stays grave news even when it ended well.
  'at the hospital ~3 days|nights|week|weeks|since',
  'was|been|got admitted',
  'hospitalized|hospitalised',
]);
const GOOD_OUTCOME = phrases([
  'operation|surgery|procedure|everything ~1 went ~1 well|fine|smoothly|successfully',
  // "All went well.", "all went fine in the end": told in the sentence after the stay.
  'all ~1 went ~1 well|fine|smoothly|successfully',
  'is|are ~2 home now',
  'back home',
  'fully recovered',
  'doing fine|well|better now',
]);
/** Accident news that "minor" or "a fender bender" tones down. */
const ACCIDENT = new Set(['had|was|were ~2 accident', 'accident', 'met with ~2 accident', 'collision']);
const MINOR_ACCIDENT = phrases([
  'minor|small|little|tiny ~1 accident|collision|bump|scrape',
  'fender bender',
  'fender-bender',
]);
/** Sympathy for the reader or a hypothetical: not the writer reporting their own bad news. */
const NOT_REPORTED = phrases([
  'sorry to hear',
  // Condolences name the reader's loss: "my deepest condolences on the loss of your grandfather".
  // ("I was with the family in Abha for the condolences": the mourning days, the writer's own news.)
  'my|our|sincere|sincerest|deepest|heartfelt ~2 condolences',
  'condolences ~1 to|on',
  'condolences for your',
  'loss of your',
  'your ~2 loss',
  'sorry for your loss',
  'hope ~3 better|recover|recovers|recovery|well soon',
  // "I hope the surgery went well": a wish about how the reader's event turned out.
  'hope ~3 went|goes|go ~1 well|smoothly|fine|ok|okay',
  'get well',
  // "Thank you for your warm words and the flowers for the funeral": thanks for the sympathy the rep
  // already gave, not news told now.
  'thank|thanks ~5 condolences|sympathy|flowers|wreath|prayers',
  'thank|thanks ~5 kind|warm|comforting words',
]);
/** "If the budget gets cut, ...": a hypothetical, when it opens the sentence. */
const HYPOTHETICAL = phrases(['if', 'unless', 'in case', 'what if']);

const compiled = BAD_NEWS.map((group) => ({ ...group, set: phrases(group.words) }));

/** "giving us a hard time", "gave me a hard time": "give", its object and "a" before the hard time. */
function givesTrouble(text: AnalyzedText, first: number): boolean {
  const [give, object, article] = text.tokens.slice(Math.max(0, first - 3), first);
  return give?.lemma === 'give' && object?.pos === 'PRON' && article?.normal === 'a';
}
/**
 * "A tough year with all the supply problems", "a hard quarter, sales were down": a hard time whose
 * cause is named after it, in a sentence with no word of private life (family, health, a move, a
 * pet ...), is a setback of the business, mild by the conventions. Without a cause ("It has been a
 * tough year.") it stays bad news.
 */
function hardTimeOfBusiness(text: AnalyzedText, matches: readonly PhraseMatch[], from: number, to: number) {
  if (!matches.every((m) => m.phrase === HARD_TIME)) return false;
  // "The PLC on line 3 is giving us a hard time": the idiom for something causing trouble, whatever
  // it is, tells of no misfortune.
  if (matches.every((m) => givesTrouble(text, m.firstToken))) return true;
  const after = Math.max(...matches.map((m) => m.endToken));
  const causeNamed = text.tokens.slice(after, to).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return causeNamed && topicHits(text, from, to).length === 0;
}

/**
 * "Left us" as a death needs a person who died before it: a relative, a head of the firm, "he" or
 * "she", a name ("Grandpa Joe left us on Friday"), or "who" after one ("my abuelita, who left us in
 * March"). A customer, an account or staff ("our main account left us", "two engineers left us for
 * a competitor"), or a departure told after it ("left us for ...", "left us to join ...") is not.
 */
function diedSense(text: AnalyzedText, from: number, m: PhraseMatch): boolean {
  const after = text.tokens.slice(m.endToken).filter((t) => t.pos !== 'SPACE');
  if (after[0] && DEPARTURE_AFTER.has(after[0].normal)) return false;
  if (after[0]?.normal === 'to' && after[1] && DEPARTURE_TO.has(after[1].lemma)) return false;
  let who = false;
  for (let i = m.firstToken - 1; i >= from && i >= m.firstToken - 8; i--) {
    const t = text.tokens[i]!;
    if (t.normal === 'who') {
      who = true;
      continue;
    }
    if (DEPARTING_WORDS.has(t.normal) || t.normal === 'that' || t.normal === 'which') return false;
    if (MOURNED.has(t.normal) || MOURNED.has(t.lemma) || t.pos === 'PROPN') return true;
    if (t.pos === 'NOUN' && !who) return false;
    // The subject stands in the clause of "left us": "the merger we signed left us ..." is not a person.
    if (t.pos === 'VERB' || t.pos === 'AUX') return who;
  }
  return who;
}

/** Every illness trigger lies inside an "on sick leave" or "off sick" (see SICK_ABSENCE). */
function toldAsAbsence(text: AnalyzedText, matches: readonly PhraseMatch[], from: number, to: number) {
  const absences = SICK_ABSENCE.find(text, from, to);
  return absences.length > 0 && matches.every((m) => overlapsAny(m, absences));
}

/** Whether a match overlaps any of `others` (a module function: it runs for every sentence). */
function overlapsAny(m: PhraseMatch, others: readonly PhraseMatch[]): boolean {
  for (const o of others) if (m.firstToken < o.endToken && o.firstToken < m.endToken) return true;
  return false;
}

export const badNews: Detector = {
  type: 'bad-news',
  description: 'The writer reports something painful: a death, an illness or accident, layoffs, a hard time.',
  detect(text) {
    const cues: Cue[] = [];
    // Most texts hold no bad-news phrase: skip the per-sentence checks for them.
    if (!compiled.some((group) => group.set.any(text))) return cues;
    const wellAgain = GOOD_OUTCOME.any(text);
    for (const [index, sentence] of text.sentences.entries()) {
      const { firstToken: from, endToken: to } = sentence;
      // A sentence with no bad-news phrase has nothing to report: skip the checks below.
      if (!compiled.some((group) => group.set.test(text, from, to))) continue;
      if (questionShape(text, sentence)) continue; // asking about it is not reporting it
      if (NOT_REPORTED.test(text, from, to)) continue;
      // "Sounds like a rough week": only as the sentence's opening, where it answers someone.
      const lead = text.tokens
        .slice(from, to)
        .find((t) => !['PUNCT', 'SPACE', 'INTJ'].includes(t.pos) && !EXCLAMATIONS.has(t.normal));
      if (SOFT_NOT_REPORTED.find(text, from, to).some((m) => text.tokens[m.firstToken] === lead)) continue;
      if (SYMPATHY_CLAUSE.test(text, from, to)) continue;
      const opening = text.tokens.slice(from, to).findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE');
      if (HYPOTHETICAL.find(text, from, to).some((m) => m.firstToken === from + opening)) continue;
      const excluded = LOOKALIKES.find(text, from, to);
      for (const group of compiled) {
        const all = group.set.find(text, from, to).filter((m) => !overlapsAny(m, excluded));
        // "had a car accident" and "accident": one trigger, the longer. "I heard your father passed
        // away", "I hope your son's surgery went well": the reader's news, not the writer's.
        const matches = all.filter(
          (m) =>
            !all.some(
              (o) =>
                o !== m &&
                o.firstToken <= m.firstToken &&
                m.endToken <= o.endToken &&
                o.endToken - o.firstToken > m.endToken - m.firstToken,
            ) &&
            !happensToReader(text, from, m.firstToken) &&
            (m.phrase !== 'left us' || diedSense(text, from, m)),
        );
        if (matches.length === 0) continue;
        const onlyMild =
          matches.every((m) => MILD.has(m.phrase)) ||
          hardTimeOfBusiness(text, matches, from, to) ||
          (group.topic === 'health' &&
            matches.every((m) => ACCIDENT.has(m.phrase)) &&
            MINOR_ACCIDENT.test(text, from, to)) ||
          (group.topic === 'health' &&
            matches.every((m) => ILLNESS.has(m.phrase)) &&
            (toldMild(text, from, to) ||
              toldMildAfter(text, index, MILD_HEALTH) ||
              (!matches.some((m) => OPERATION.has(m.phrase)) &&
                (toldMild(text, from, to, REASSURANCE) || toldMildAfter(text, index, REASSURANCE))) ||
              toldAsAbsence(text, matches, from, to))) ||
          (group.topic === 'health' && wellAgain && matches.every((m) => HOSPITAL_STAY.has(m.phrase)));
        cues.push({
          type: 'bad-news',
          topic: group.topic,
          start: sentence.start,
          end: sentence.end,
          confidence: onlyMild ? 0.5 : group.confidence,
          triggers: matches.map((m) => text.text.slice(m.start, m.end)),
        });
        break;
      }
    }
    return cues;
  },
};
