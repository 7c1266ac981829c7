/**
 * personal-disclosure: the writer tells something of their private life (family, trips, health,
 * life events, hobbies, pets, celebrations). A sentence counts when a private-life word meets a
 * first-person anchor ("my kids", "we went", "I took ... to the lake"); business uses of the same
 * words ("our family of products", "business trip") are excluded by the topic lexicon.
 */
import type { AnalyzedText, Sentence } from '../text/analyze.ts';
import { phrases } from '../text/phrases.ts';
import { FIRST_PERSON, isClauseBreak, ownedByReader, SECOND_PERSON } from './owner.ts';
import { type TopicHit, topicHits } from './topic-hits.ts';
import type { Cue, Detector, DisclosureTopic } from './types.ts';

const POSSESSIVE = new Set(['my', 'our']);

/** Past verbs of taking someone along: "took kids to beach", "brought wife along". */
const TOOK_ALONG = new Set(['took', 'brought', 'drove', 'dropped', 'picked']);

/** Narrative of private time: "I took", "we spent", "got back from", "was off". */
const NARRATIVE = phrases([
  'take|took|taken',
  'spend|spent',
  'go|went|gone',
  'enjoy|enjoyed',
  'visit|visited',
  'get|got back',
  'be|was|were back',
  'come|came back',
  'return|returned',
  'be|was|were off',
  'be|was|were away',
  'fly|flew',
  'drive|drove',
  'stay|stayed',
  'celebrate|celebrated',
  'have|had a ~2 great|wonderful|lovely|fantastic|nice|amazing|relaxing|rough|tough|hard',
  'just started',
  'watch|watched',
  'play|played',
  'win|won',
  'run|ran',
  'host|hosted',
  'adopt|adopted',
  'move|moved',
  'have|had been',
  'start|started',
  'be|was|were out',
  'finally',
  'by the way',
  'btw',
  'back from',
  'just back',
]);

/**
 * Openings that answer someone else's news ("Sounds like a great Thanksgiving!", "What a trip!",
 * "Congrats on the new puppy"): with no first person in the sentence, the life in it is the reader's.
 */
const ANSWERING = phrases([
  'sound|sounds|sounded|look|looks|looked|seem|seems|seemed like|great|wonderful|lovely|amazing|fun|fantastic|perfect|nice|relaxing|exciting|awful|terrible|rough|tough|hard|scary',
  'how nice|lovely|wonderful|fun|exciting|cool|great|awful|terrible|sad',
  'congratulations|congrats',
  'happy|merry',
  'glad|great|good|nice|sorry|lovely|wonderful ~1 to hear|see|know',
  'glad|great|good|nice|wonderful|lovely ~2 the|your|that',
  'welcome back',
  // "Thank you for the gifts for the children": thanks for what the reader did.
  'thank you ~2 for',
  'thanks ~2 for',
]);

/** "after Eid", "before Christmas", "until Diwali": a holiday that says when, not how it was spent. */
const DEADLINE = new Set(['after', 'before', 'until', 'till', 'til', 'ahead']);

/**
 * "before Christmas", "ahead of the Chinese New Year break", "after the Easter holidays": a holiday
 * after a word of time, with at most three words between (an article, "of", a capitalised modifier),
 * dates the work; it tells nothing of how the writer spends it.
 */
function saysWhen(text: AnalyzedText, sentence: Sentence, h: TopicHit): boolean {
  for (let k = h.firstToken - 1; k >= Math.max(sentence.firstToken, h.firstToken - 4); k--) {
    const t = text.tokens[k]!;
    if (DEADLINE.has(t.normal)) return true;
    if (!DATING_FILLER.has(t.normal) && !CAPITAL.test(t.value)) return false;
  }
  return false;
}

const DATING_FILLER = new Set(['the', 'your', 'of']);

/** Where the writer is: "40 degrees here", "pouring rain over here" anchor the weather to them. */
const HERE = new Set(['here']);
/** When: "first snow today", "heatwave this week": weather reported as it happens is where the writer is. */
const NOW = new Set(['today', 'tonight', 'now', 'currently']);
/** Kinship words used as names ("Mum's in hospital", "Dad and I"): only one's own parents are called so. */
const KIN_NAMES = new Set([
  'mum',
  'mom',
  'dad',
  'mama',
  'papa',
  'mommy',
  'mummy',
  'daddy',
  'grandma',
  'grandpa',
  'granny',
  'nan',
  'nana',
]);
const DETERMINERS = new Set(['the', 'a', 'your', 'his', 'her', 'their', 'our', 'my', 'its']);
/**
 * The writer sharing the reader's interest ("I see you ran the marathon, me too!", "Fellow corgi
 * owner here"): the life named is the writer's as well as the reader's.
 */
const SHARED = phrases([
  'me too',
  'me as well',
  'same here',
  'fellow',
  'so do|did|am|have|was|were i|we',
  'i|we do|did|am|have|was|were too',
]);
/** "the family", "the parents" speak of families in general ("time with the family matters"). */
const GENERIC_FAMILY = new Set(['family', 'parents', 'relatives', 'children']);
/** Whom a wish is for when it is not the writer: "I hope they're back to school soon". */
const OTHERS = new Set(['you', 'your', 'they', 'he', 'she', 'it', 'everyone', 'everybody', 'all']);

/** Order decides the topic when a sentence touches several: the most specific news first. */
const TOPIC_PRIORITY: DisclosureTopic[] = [
  'loss',
  'health',
  // A flood, a burglary or a lost job outweighs the family it happened to.
  'other',
  'life-event',
  'celebration',
  'family-vacation',
  'travel',
  'hobby',
  'pet',
  'family',
  'feelings',
  'weather',
];

/** Good wishes about the reader's life ("I hope your kids ...", "Enjoy your holiday"). */
const WISH = phrases([
  'hope|hoping|wish|wishing',
  'enjoy',
  'congratulations|congrats',
  'have a ~2 great|good|nice|lovely|wonderful|fun|relaxing',
  'say hi|hello to',
  'give my',
  'all the best',
  // Greetings passed on to the reader's family: "Send my love to the kids", "Kiss them for me".
  'send|give|pass|extend|convey ~3 love|regards|best|greetings|wishes|congratulations|congrats|hugs|hug|kiss|kisses',
  'kiss|hug ~3 for me|us',
  // "You too, go to the beach finally 😄": the wish returned, and the plan the reader told of urged on.
  'you too ~1 go|get|make|take|finally',
]);
/** The wisher named inside a greeting passed on: "for me", "from us", "my love". */
const SENDER_AFTER = new Set(['for', 'from']);
const SENT_WITH = new Set([
  'love',
  'regards',
  'best',
  'greetings',
  'wishes',
  'congratulations',
  'congrats',
  'hugs',
  'hug',
  'kisses',
  'thanks',
]);

/** A wish about how something turned out: "hope the move went smoothly". */
const OUTCOME_WISH = phrases(['hope|hoping ~3 went|goes|go ~1 well|smoothly|fine|ok|okay']);

/** Travel words that only say when ("this weekend", "away"): no sign of a trip on their own. */
const WHEN_WORDS = new Set(['weekend', 'away', 'break']);

function topicOf(text: AnalyzedText, strong: readonly TopicHit[], all: readonly TopicHit[]): DisclosureTopic {
  const before = (h: TopicHit) => text.tokens[h.firstToken - 1]?.normal ?? '';
  // "tenth wedding anniversary", "graduation party": the last noun of a compound names the event.
  const modifier = (h: TopicHit) =>
    h.topic === 'life-event' && all.some((c) => c.topic === 'celebration' && c.firstToken === h.endToken);
  // "during Golden Week" says when the trip was, beside what it was; "the school holidays" are a
  // stretch of time at home, not a trip.
  const when = (h: TopicHit) =>
    (h.topic === 'celebration' && before(h) === 'during' && all.some((o) => o.topic !== 'celebration')) ||
    (h.topic === 'travel' && before(h) === 'school');
  const kept = (hits: readonly TopicHit[]) => hits.filter((h) => !modifier(h) && !when(h));
  const named = [kept(strong), kept(all), strong, all].find((hits) => hits.length > 0) ?? [];
  const topics = new Set<DisclosureTopic>(named.map((h) => h.topic));
  // Family named outright plus any sign of a trip ("for spring break", "flew to Florida") is a family trip.
  const trip = kept(all).some(
    (h) => h.topic === 'travel' && !WHEN_WORDS.has(text.text.slice(h.start, h.end).toLowerCase()),
  );
  if (topics.has('family') && trip) topics.add('family-vacation');
  // "We celebrated mum's 80th with 25 people, still recovering 😅": "recovering" beside a party or a
  // trip is the tiredness after it, not an illness; beside a surgery or a flu it stays health.
  // The outing may be named by a weak word ("a surprise party"): it then names the topic.
  const health = named.filter((h) => h.topic === 'health');
  const outings = kept(all).filter((h) => OUTING.has(h.topic));
  if (
    health.length > 0 &&
    health.every((h) => RECOVERING.has(text.tokens[h.firstToken]!.normal)) &&
    outings.length > 0
  ) {
    topics.delete('health');
    for (const h of outings) topics.add(h.topic);
  }
  // "my sister's wedding": a relative's wedding is a celebration the writer went to, not their own
  // life event (the writer's own wedding is).
  const attended = all.some(
    (h) =>
      h.topic === 'life-event' &&
      WEDDING.has(text.tokens[h.firstToken]!.normal) &&
      POSSESSIVE_S.has(text.tokens[h.firstToken - 1]?.normal ?? '') &&
      all.some((f) => f.topic === 'family' && f.endToken === h.firstToken - 1),
  );
  if (attended) {
    topics.delete('life-event');
    topics.add('celebration');
  }
  return TOPIC_PRIORITY.find((t) => topics.has(t)) ?? 'other';
}
const WEDDING = new Set(['wedding', 'marriage']);
const RECOVERING = new Set(['recovering', 'recovery']);
/** Times out one comes back tired from: a party, a trip, a race. */
const OUTING = new Set<DisclosureTopic>(['celebration', 'travel', 'family-vacation', 'hobby']);

const POSSESSIVE_S = new Set(["'s", '’s']);

/** Where the news starts: after a lead-in clause with no private-life word ("Sorry for the delay, ..."). */
function newsStart(text: AnalyzedText, sentence: Sentence, firstHit: number): number {
  for (let t = firstHit - 1; t > sentence.firstToken; t--) {
    if (!isClauseBreak(text.tokens[t]!.value)) continue;
    const next = text.tokens.slice(t + 1, sentence.endToken).find((k) => k.pos !== 'SPACE');
    return next?.start ?? sentence.start;
  }
  return sentence.start;
}

/**
 * Where the news ends: at a smiley or an emoji after its last private-life word when a capitalised
 * word follows ("... not sleeping much :) Regarding the pilot, ..."): the writer closed the news
 * there, as with a full stop, and the business after it is not part of it.
 */
function newsEnd(text: AnalyzedText, sentence: Sentence, lastHit: number): number {
  for (let t = lastHit; t < sentence.endToken - 1; t++) {
    const token = text.tokens[t]!;
    if (token.pos !== 'SYM' || !SMILEY.test(token.value)) continue;
    const next = text.tokens.slice(t + 1, sentence.endToken).find((k) => k.pos !== 'SPACE');
    if (next !== undefined && next.pos !== 'SYM' && CAPITAL.test(next.value)) return token.end;
  }
  return sentence.end;
}
/** Emoticons and pictographs: ":)", ":D", "😅"; not currency or maths signs. */
const SMILEY = /^(?:[:;=][-']?[()DPp]+|\p{Extended_Pictographic})/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * A sentence that wishes the reader well and tells nothing of the writer ("I hope your trip was
 * great", "Enjoy the long weekend!", "Hope the kids are well").
 */
function wishesReader(text: AnalyzedText, sentence: Sentence, hits: readonly TopicHit[]): boolean {
  const wishes = WISH.find(text, sentence.firstToken, sentence.endToken);
  if (wishes.length === 0) return false;
  const tokens = text.tokens.slice(sentence.firstToken, sentence.endToken);
  const opening = tokens.find((t) => t.pos !== 'SPACE');
  // An imperative or a dropped "I" opens the wish ("Enjoy ...", "Hope ..."); "Had a great week" is news.
  // So does "I hope" opening the sentence or a clause with no private life before it ("Hi Nomsa, I
  // hope the kids like their new school").
  const opensWish = wishes.some((w) => {
    const first = text.tokens[w.firstToken]!;
    if (first === opening) return first.normal === first.lemma;
    return wisherOpens(text, sentence, w.firstToken) && !hits.some((h) => h.firstToken < w.firstToken);
  });
  // "Poor kids, I hope they're better soon": the wish is for someone else, named right after it.
  const forOthers = wishes.some((w) => OTHERS.has(text.tokens[w.endToken]?.normal ?? ''));
  // "I hope the surgery went well": a wish about how an event turned out is about someone else's.
  const outcome = OUTCOME_WISH.test(text, sentence.firstToken, sentence.endToken);
  if (!opensWish && !forOthers && !outcome && !tokens.some((t) => SECOND_PERSON.has(t.normal))) return false;
  // "I" or "we" right before the wish ("I hope", "we wish") is the wisher, not news about them.
  // "I do hope", "we really hope": an adverb may stand between them.
  const wishers = new Set(wishes.flatMap((w) => [w.firstToken - 1, w.firstToken - 2]));
  // "Give my love to the kids", "Say hi to them for me", "from all of us": the sender, not their news.
  const sender = (i: number) =>
    SENDER_AFTER.has(tokens[i - 1]?.normal ?? '') ||
    (tokens[i - 1]?.normal === 'of' && SENDER_AFTER.has(tokens[i - 3]?.normal ?? '')) ||
    SENT_WITH.has(tokens[i + 1]?.normal ?? '');
  return !tokens.some(
    (t, i) =>
      FIRST_PERSON.has(t.normal) &&
      !wishers.has(sentence.firstToken + i) &&
      !sender(i) &&
      !observes(text, sentence.firstToken + i),
  );
}

/** "I hope ...", "we do hope ...": the wisher opens the sentence or a clause, before wish token `at`. */
function wisherOpens(text: AnalyzedText, sentence: Sentence, at: number): boolean {
  let k = at - 1;
  while (k >= sentence.firstToken && at - k <= 3) {
    const t = text.tokens[k]!;
    if (t.pos === 'SPACE' || t.pos === 'ADV' || t.normal === 'do') k--;
    else break;
  }
  if (k < sentence.firstToken || !FIRST_PERSON.has(text.tokens[k]!.normal)) return false;
  const before = text.tokens[k - 1];
  return k === sentence.firstToken || before === undefined || isClauseBreak(before.value);
}

/** Verbs of noticing: "I know it's Thanksgiving there", "I heard your son graduated" tell of the reader. */
const OBSERVING = new Set(['know', 'see', 'hear', 'read', 'notice', 'understand', 'gather']);
/** Whether the first-person word at `at` is the subject of a verb of noticing ("I know", "I just heard"). */
function observes(text: AnalyzedText, at: number): boolean {
  const next = text.tokens[at + 1];
  const verb = next?.pos === 'ADV' ? text.tokens[at + 2] : next;
  return verb !== undefined && OBSERVING.has(verb.lemma) && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/** Prepositions that name whom a step is taken with: "discuss with my brother", "talk to my wife". */
const PARTY_OF = new Set(['with', 'to']);
/** Words before a step not yet taken: "let me", "to", "I will", "I'll". */
const STEP_OPENERS = new Set(['me', 'us', 'to', 'will', "'ll", '’ll', 'shall', 'must', 'should', 'can']);
/** Verbs of consulting someone before a decision ("check with", "run it by"), unlike "spend time with". */
const CONSULT = new Set([
  'discuss',
  'check',
  'consult',
  'talk',
  'speak',
  'confirm',
  'decide',
  'clear',
  'agree',
  'review',
  'align',
  'share',
]);

/** "go through", "look over": reading something through, a step taken with someone. */
const READ_TOGETHER = new Set(['through', 'thru', 'over']); // wink's normal of "through" is "thru"
const READ_VERBS = new Set(['go', 'look', 'read', 'run', 'walk']);
/** Relatives "the" makes one's own in speech: "the wife", "the kids". */
const THE_OWN = new Set(['wife', 'husband', 'missus', 'kids']);

/**
 * "Let me discuss with my brother", "I will check it with my wife": a relative named only as the
 * party to a step the writer is about to take. The family word follows "with"/"to" and a possessive,
 * a base-form verb of consulting stands at most four words before (the step, not yet done), and its clause holds
 * no past verb ("I went sailing with my brother" tells) and no other private-life word ("talk to my
 * wife about our holiday" tells).
 */
function partyToStep(
  text: AnalyzedText,
  sentence: Sentence,
  hit: TopicHit,
  all: readonly TopicHit[],
): boolean {
  if (hit.topic !== 'family') return false;
  const possessive = hit.firstToken - 1;
  // "with the wife": one's own spouse or children, colloquially.
  const owner = text.tokens[possessive]?.normal ?? '';
  const ownByThe = owner === 'the' && THE_OWN.has(text.tokens[hit.firstToken]?.normal ?? '');
  if (!POSSESSIVE.has(owner) && !ownByThe) return false;
  if (!PARTY_OF.has(text.tokens[possessive - 1]?.normal ?? '')) return false;
  // The clause around the relative, between clause breaks.
  let from = hit.firstToken;
  while (from > sentence.firstToken && !isClauseBreak(text.tokens[from - 1]!.value)) from--;
  let to = hit.endToken;
  while (to < sentence.endToken && !isClauseBreak(text.tokens[to]!.value)) to++;
  const clause = text.tokens.slice(from, to);
  // The step's verb in its base form, at most four words before "with"/"to". wink tags "talk" in
  // "Let me talk to ..." as a noun: a step-opener right before it makes it the verb.
  let step = false;
  for (let k = Math.max(from, possessive - 5); k < possessive - 1 && !step; k++) {
    const t = text.tokens[k]!;
    step =
      (CONSULT.has(t.normal) &&
        (t.pos === 'VERB' || STEP_OPENERS.has(k > from ? text.tokens[k - 1]!.normal : ''))) ||
      // "go through it with the wife", "look it over with my husband": reading the offer together.
      (READ_TOGETHER.has(t.normal) && k > from && READ_VERBS.has(text.tokens[k - 1]!.lemma)) ||
      (READ_TOGETHER.has(t.normal) && k > from + 1 && READ_VERBS.has(text.tokens[k - 2]!.lemma));
  }
  const past = clause.some(
    (t) => (t.pos === 'VERB' || t.pos === 'AUX') && t.normal !== t.lemma && !t.normal.endsWith('ing'),
  );
  const otherLife = all.some((o) => o !== hit && o.firstToken >= from && o.endToken <= to);
  return step && !past && !otherLife;
}

/**
 * "The team was super engaged", "engaged in the pilot", "we were very engaged with the vendor":
 * "engaged" as taking part, with a degree word before it or "in"/"with" after it, is no betrothal.
 */
function involved(text: AnalyzedText, h: TopicHit): boolean {
  if (h.endToken - h.firstToken !== 1 || text.tokens[h.firstToken]?.normal !== 'engaged') return false;
  const before = text.tokens[h.firstToken - 1]?.normal ?? '';
  const after = text.tokens[h.endToken]?.normal ?? '';
  return INVOLVEMENT_DEGREE.test(before) || /^(?:in|with|by)$/.test(after);
}
const INVOLVEMENT_DEGREE =
  /^(?:super|very|really|so|highly|fully|deeply|actively|more|less|quite|totally|extremely)$/;

/** The sentence tells the reader what they must or should do: "you have to try ...", "u must go to ...". */
const RECOMMENDS =
  /^[\s\p{P}\p{Extended_Pictographic}\p{Emoji_Component}]*(?:(?:oh|and|so|but|btw|also)\W+)?(?:you|u)\s+(?:really\s+|absolutely\s+|definitely\s+)?(?:have\s+to|must|should|need\s+to|gotta|got\s+to)\s+(?:go|try|visit|see|eat|taste|stop|check)\b/iu;
/**
 * "Chen my sister, God bless you ...", "Kofi my brother, thanks": a name, then "my brother" or "my
 * sister" and a comma, opening the sentence, is a form of address among business friends (West
 * African, Gulf, South Asian English), not family news.
 */
function addressedAsKin(text: AnalyzedText, sentence: Sentence, h: TopicHit): boolean {
  const t = text.tokens;
  const first = (i: number) => i === sentence.firstToken || t[i - 1]?.pos === 'SPACE';
  return (
    /^(?:brother|sister|bro|sis)$/.test(t[h.firstToken]?.normal ?? '') &&
    t[h.firstToken - 1]?.normal === 'my' &&
    t[h.firstToken - 2]?.pos === 'PROPN' &&
    first(h.firstToken - 2) &&
    t[h.endToken]?.value === ','
  );
}

const CONDITION = new Set(['if', 'unless']);
const WHAT_IF = new Set(['might', 'could', 'would', "'d", '’d']);

/**
 * The private-life word comes after an "if ..." and the sentence says what "might", "could" or
 * "would" follow: "if this works, my wife might see me at dinner again".
 */
function hypothetical(text: AnalyzedText, sentence: Sentence, firstHit: number): boolean {
  let condition = false;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const word = text.tokens[i]!.normal;
    if (i < firstHit && CONDITION.has(word)) condition = true;
    else if (condition && WHAT_IF.has(word)) return true;
  }
  return false;
}

function judgeSentence(text: AnalyzedText, sentence: Sentence): Cue | undefined {
  // Most sentences hold no private-life word: rule them out before the costlier wish check.
  const found = topicHits(text, sentence.firstToken, sentence.endToken);
  if (found.length === 0 || wishesReader(text, sentence, found)) return undefined;
  const shared = SHARED.test(text, sentence.firstToken, sentence.endToken);
  const hits = found.filter(
    (h) =>
      !addressedAsKin(text, sentence, h) &&
      (shared || !ownedByReader(text, sentence.firstToken, h.firstToken)) &&
      !(h.topic === 'celebration' && saysWhen(text, sentence, h)) &&
      !partyToStep(text, sentence, h, found) &&
      !involved(text, h),
  );
  if (hits.length === 0) return undefined;
  const tokens = text.tokens.slice(sentence.firstToken, sentence.endToken);
  // "If this sorts the overtime mess, our payroll lady might name her next cat after you 😂": what
  // might follow on a condition is a joke or a what-if, not news.
  if (hypothetical(text, sentence, hits[0]!.firstToken)) return undefined;
  // "u have to go to Pastéis de Belém, promise me 😂": a tip for the reader's trip tells nothing of
  // the writer's own life ("promise me", "trust me" aside).
  if (
    RECOMMENDS.test(sentence.text) &&
    !tokens.some((t) => FIRST_PERSON.has(t.normal) && t.normal !== 'me' && t.normal !== 'i')
  )
    return undefined;
  // "Got back from Mexico yesterday", "Mate, just back from ...": notes often drop the "I".
  const leadFrom = (from: number) =>
    tokens.find((t) => t.start >= from && t.pos !== 'SPACE' && (t.pos !== 'ADV' || t.normal === 'back'));
  // "Back from Bali, still sunburnt": a note that opens on "Back" is all news, with its "I" dropped.
  const opensBack = leadFrom(sentence.start)?.normal === 'back';
  const start = opensBack ? sentence.start : newsStart(text, sentence, hits[0]!.firstToken);
  const lead = leadFrom(start);
  const explicitI = tokens.some(
    (t, i) => FIRST_PERSON.has(t.normal) && !observes(text, sentence.firstToken + i),
  );
  // "Sounds like a great Thanksgiving!", "Congrats on the new puppy!": an answer to their news,
  // also after a lead-in clause ("Just heard from Karim, congratulations on the baby!").
  const opens = (from: number) =>
    tokens.find((t) => t.start >= from && t.pos !== 'SPACE' && t.pos !== 'PUNCT' && t.pos !== 'INTJ');
  const openings = new Set([opens(sentence.start), opens(start)]);
  if (
    !explicitI &&
    ANSWERING.find(text, sentence.firstToken, sentence.endToken).some((m) =>
      openings.has(text.tokens[m.firstToken]),
    )
  )
    return undefined;
  // A gerund subject ("Losing a dog is like ...") generalises; a past verb with no subject is news,
  // and so is a gerund with no finite verb after it: "Feeling a bit flat this week" drops "I'm".
  const gerund = lead?.normal.endsWith('ing') === true && lead.normal !== lead.lemma;
  const finiteAfter =
    gerund &&
    tokens.some(
      (t) => t.start > lead.start && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))),
    );
  const droppedI =
    opensBack ||
    (lead !== undefined &&
      (['VERB', 'AUX'].includes(lead.pos) || lead.normal === 'back') &&
      (!gerund || !finiteAfter));
  // "Cycled 120 km ...": the tagger reads an opening past verb as a name; the news word opens the note.
  const opensOnPastHit =
    lead?.normal.endsWith('ed') === true && hits.some((h) => text.tokens[h.firstToken] === lead);
  // "today" anchors weather to the writer when it is told plainly: a strong word, or two signs of
  // it ("very hot in Osaka today, 38 degrees").
  const weatherHits = hits.filter((h) => h.topic === 'weather');
  const weatherHere =
    weatherHits.length > 0 &&
    tokens.some(
      (t) =>
        HERE.has(t.normal) || (NOW.has(t.normal) && (hits.some((h) => h.strong) || weatherHits.length >= 2)),
    );
  // "The kids have been off school", "the baby was up all night": family with "the" is the writer's own.
  // So is family after a past verb of taking with the article dropped: "took kids to beach".
  const ownFamily = hits.some(
    (h) =>
      h.topic === 'family' &&
      h.strong &&
      (text.tokens[h.firstToken - 1]?.normal === 'the' ||
        TOOK_ALONG.has(text.tokens[h.firstToken - 1]?.normal ?? '')) &&
      !GENERIC_FAMILY.has(text.tokens[h.firstToken]!.normal),
  );
  // "Mum's been rushed into hospital": a parent called by the kinship word, with no determiner.
  // The capital first: most tokens have none, and need no lower-cased copy.
  const kinByName = tokens.some((t, i) => {
    // "Baby Oscar arrived on the 9th", chat's "baby Nora arrived": a newborn called by name is the
    // writer's own.
    if (t.normal === 'baby') return tokens[i + 1]?.pos === 'PROPN';
    const initial = t.value.charAt(0);
    return (
      initial !== initial.toLowerCase() &&
      KIN_NAMES.has(t.value.toLowerCase()) &&
      !DETERMINERS.has(tokens[i - 1]?.normal ?? '')
    );
  });
  const firstPerson =
    droppedI || opensOnPastHit || explicitI || weatherHere || ownFamily || kinByName || shared;
  // "my son", "our kids": a possessive right before a private-life word is the strongest anchor.
  // ("my youngest", "our little one": the possessive may be part of the phrase itself.)
  const possessed = hits.some((h) => {
    const before = text.tokens[h.firstToken - 1];
    return (
      (before !== undefined && POSSESSIVE.has(before.normal)) ||
      POSSESSIVE.has(text.tokens[h.firstToken]?.normal ?? '')
    );
  });
  const narrative = NARRATIVE.test(text, sentence.firstToken, sentence.endToken);
  const strong = hits.filter((h) => h.strong);
  const asksAboutYou = text.text.slice(sentence.start, sentence.end).trim().endsWith('?');
  if (asksAboutYou && !possessed) return undefined; // "How was your trip?" asks; it does not tell.

  let confidence = 0;
  if (strong.length > 0 && possessed) confidence = 0.95;
  else if (strong.length > 0 && firstPerson && narrative) confidence = 0.93;
  else if (strong.length > 0 && firstPerson) confidence = 0.85;
  else if (strong.length > 0 && narrative) confidence = 0.75;
  // Weak words alone need a story ("we went ..."), or a named place and another sign of time off
  // ("I was in Foz do Iguaçu on the weekend").
  else if (firstPerson && hits.length >= 2 && (narrative || hits.some((h) => h.place))) confidence = 0.65;
  else if (firstPerson && narrative && hits.some((h) => h.place)) confidence = 0.65;
  // "We're at 15 degrees and rain here": weather words where the writer is, however plain.
  else if (weatherHere && hits.every((h) => h.topic === 'weather')) confidence = 0.6;
  else if (strong.length > 0) confidence = 0.55;
  if (confidence === 0) return undefined;

  const topic = topicOf(text, strong, hits);
  // Weather talk and passing moods are small talk: real, but lighter than family news.
  if (topic === 'weather' || topic === 'feelings') confidence = Math.min(confidence, 0.6);
  return {
    type: 'personal-disclosure',
    topic,
    start,
    end: newsEnd(text, sentence, Math.max(...hits.map((h) => h.endToken))),
    confidence,
    triggers: hits.map((h) => text.text.slice(h.start, h.end)),
  };
}

export const personalDisclosure: Detector = {
  type: 'personal-disclosure',
  description:
    'The writer shares something of their private life: family, trips, health, life events, hobbies, pets.',
  detect(text) {
    const cues: Cue[] = [];
    for (const sentence of text.sentences) {
      const cue = judgeSentence(text, sentence);
      if (cue) cues.push(cue);
    }
    return cues;
  },
};
