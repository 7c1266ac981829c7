/**
 * acknowledgement: the reply recognises what the other person shared. Three strengths:
 * - it speaks to the same thing, in its own words or the client's ("glad you had a chance to get
 *   away" after "we went to the lake"; "how was Portugal?"): topic words are matched across
 *   synonyms (trip/vacation/getaway/time off/lake; kids/children/family), names and places by lemma;
 * - a specific phrase of recognition ("sorry to hear", "congratulations", "sounds wonderful");
 * - a generic pleasantry ("hope you are well", "no worries"), or any of these inside a business
 *   sentence ("thanks for letting me know, the quote is attached"): a weak cue, not an acknowledgement
 *   of news.
 * Every client message the reply answers is considered, not only the last.
 */
import { type AnalyzedText, isNegated, type Sentence } from '../text/analyze.ts';
import { CALENDAR } from '../text/calendar.ts';
import { LAUGHTER } from '../text/laughter.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
import { findTokenIndex } from '../text/tokens.ts';
import { DECLINED_APOLOGY } from './apology.ts';
import { businessTerms } from './business-ask.ts';
import { TOPIC_WORDS } from './lexicon/topics.ts';
import { topicHits } from './topic-hits.ts';
import type { Cue, Detector, ReplyContext } from './types.ts';

/** Phrases that answer news: they make sense only after someone told something. */
const RECOGNITION = phrases([
  'glad|happy|great|good|nice|wonderful|lovely|excited|thrilled to hear|see|know|learn',
  'glad|happy|pleased|delighted ~1 you|your|that',
  'sorry to hear|learn',
  'sorry for|about your',
  'my condolences',
  'condolences',
  'my sympathies',
  'thinking of you|your',
  'get well soon',
  'wishing ~3 speedy|quick|full recovery',
  'feel|feeling better',
  'hope|hoping ~4 you|your|everyone|everybody|he|she|they|the ~4 enjoyed|enjoy|enjoying|recovering|recover|better|rested|fun|safe',
  // "I hope you had a blessed holiday with your family": the time they told of, wished well afterwards
  // (with or without the article, as writers who drop articles write it).
  'hope|hoping ~3 you|your|they|everyone ~2 had ~3 great|wonderful|lovely|good|fun|relaxing|fantastic|nice|blessed|joyful|joyous|restful|peaceful|happy|beautiful|memorable time|break|rest|trip|holiday|holidays|vacation|celebration|celebrations|festival',
  'sounds|sounded ~2 great|wonderful|lovely|amazing|fun|fantastic|perfect|nice|relaxing|exciting|like|idyllic|heavenly|dreamy|blissful|glorious|incredible|epic|magical',
  // "I'm very jealous!", "so envious": their good time recognised by wishing it were one's own.
  "i’m|i'm|am|im ~2 jealous|envious",
  'what a ~2 great|wonderful|lovely|nice|fun|fantastic|treat|joy',
  // "What lovely news!", "Such happy news": the news named for what it is.
  'what|such ~1 great|wonderful|lovely|happy|fantastic|brilliant|exciting|beautiful|amazing|sad|terrible news',
  'how nice|lovely|wonderful|fun|exciting|exciting|cool|great',
  'congratulations|congrats|congratulate',
  // Congratulations and delight in the writer's own language, common in mixed-language mail.
  'mazel|mazal tov',
  'parabéns|parabens|felicidades|felicitaciones|félicitations|felicitations|auguri|complimenti|gratulacje|gefeliciteerd|glückwunsch|mazel|mazal|enhorabuena|omedetou|omedeto|pozdravlyayu',
  // "Mabrook!", "Alf mabrouk", "Tebrikler": congratulations in Arabic, Turkish, Hindi and Malay.
  'mabrook|mabrouk|mabruk|mabrouke|tebrikler|badhai|badhaai|badhaiyan|tahniah',
  // "Hongera sana!" (Swahili); "Hajj mabroor", "May Allah accept it from you": a pilgrimage blessed.
  'hongera|hongereni',
  'hajj|haj|umrah ~1 mabroor|mabrur|mabrour|mubarak|maqbool',
  'may allah|god ~2 accept|bless|reward',
  'qué|que bien|bom|bueno|alegría|alegria',
  'que ~1 maravilha|legal|ótimo|otimo',
  // What they posted: "loved your post about the trek".
  // (Not "saw your post about the expansion": seeing it recognises nothing yet.)
  'loved|enjoyed|liked ~2 your post|posts|article|photos|pictures|video|update|story',
  'welcome back',
  'good|nice|great to have you back',
  'no need to apologize|apologise|apologies',
  'no need to be sorry',
  'thank|thanks ~1 for sharing',
  'must ~3 great|wonderful|exciting|hard|tough|difficult|fun|lovely|proud|special|emotional|scary|stressful|relief',
  'well deserved',
  'well-deserved',
  'you deserve|deserved',
  'it|that ~1 important|wonderful|lovely|great to ~3 rest|spend|take|time',
]);

/** "Enjoy the well-deserved break": a wish for what is coming, not recognition of what was told. */
const WISHED = phrases(['enjoy ~2 well-deserved', 'enjoy ~2 well deserved']);

/** A wish for what is coming: "Enjoy the village", "Have fun at the lake", "have a great time in Porto". */
const WISH_FOR_IT = phrases(['enjoy', 'have fun', 'have a ~1 great|lovely|wonderful|good|fun|nice time']);

/** Answers to an apology ("Sorry for the silence"): an acknowledgement of it when no news came with it. */
const APOLOGY_ANSWER = phrases([
  'no worries',
  'no problem',
  'not at all',
  ...DECLINED_APOLOGY,
  'completely|totally|fully understand',
  // "Don't worry about the delay", "Not a big deal", "All good", "These things happen".
  'not a ~1 problem|issue|big',
  'no big deal',
  'no issue|issues',
  'all good',
  'no harm done',
  'don’t|not worry',
  'never mind',
  'things happen',
  'it happens',
  'happens to ~1 all|everyone|everybody|the best',
]);

/**
 * Sympathy and patience that answer what someone just told ("Oh no!", "That sounds rough", "Take all
 * the time you need", "Hope nobody was hurt"): recognition only as a reply to news or an apology.
 */
const SYMPATHY = phrases([
  'oh no',
  'oh dear',
  'so|very|really|terribly|truly sorry',
  'that|this|it is|was|sounds|must ~2 awful|terrible|horrible|rough|tough|hard|scary|stressful|brutal|exhausting|hectic|intense|frightening|devastating|heartbreaking|miserable|nasty|unbearable',
  'that|this|it|’s|sounds ~2 awful|terrible|horrible|rough|tough|scary|stressful|brutal|exhausting|hectic|intense|frightening|devastating|heartbreaking|miserable|nasty|unbearable',
  'how awful|terrible|horrible|scary|sad|stressful|frightening',
  'what a shame|pity|nightmare|relief|scare|week|mess',
  'poor you|thing|guy|girl|kid|kids|baby|boy|dear|soul|dog|cat',
  'ugh',
  'yikes',
  'take care of yourself|yourselves|her|him|them|your|the',
  'take ~2 time you need',
  'take all the time',
  'take your time',
  'no rush|hurry|stress',
  '* can|will wait',
  'completely|totally|fully|perfectly|absolutely understand',
  'understand completely|totally|fully|perfectly',
  // "Totally get it": the same understanding in chat words.
  'completely|totally|fully|absolutely get it',
  // "I can imagine", "I can only imagine": fellow feeling with what they went through.
  'i|we can|could ~1 imagine',
  'hope ~4 nobody|everyone|everybody|all ~3 hurt|ok|okay|safe|fine|well',
  'hope ~4 no one ~3 hurt',
  'hope ~5 goes|go|went|going smoothly|well|ok|okay',
  'hope ~4 settle|settling|settled|settles|recover|recovers|heal|heals',
  // "Hope the power's back!", "hope it gets sorted soon": a wish that their trouble ends.
  'hope ~4 back|restored|sorted|fixed|resolved',
  'stay cool|warm|safe|dry',
  // "May she recover quickly", "May Allah grant her shifa", "May he rest in peace", "RIP",
  // "Barakallah", "Mashallah": blessings and prayers for the person in the news.
  'may ~2 he|she|they|his|her|their|your ~4 recover|heal|rest|peace|strength|soul',
  'may allah|god ~4 bless|grant|give|heal|shifa|peace|strength|mercy|jannah|reward',
  'rest in peace',
  'rip',
  'barakallah|mashallah|mashaallah|masha’allah|alhamdulillah',
  'barak allah',
  // "Wishing you both a lifetime of happiness", "Best wishes for the new home".
  'wishing|wish ~3 you|both ~4 happiness|joy|lifetime|blessed|blessings|love',
  'best|warm|warmest|good wishes ~2 for|on|to ~3 home|house|flat|arrival|baby|wedding|marriage|recovery|parents|couple|family|mother|father|mum|mom|dad|son|daughter|wife|husband|chapter',
  // "Inshallah he recovers soon", "God willing she is home soon", "praying for your father".
  "inshallah|insha’allah|insha'allah|insh’allah|in-shaa-allah ~5 recover|recovers|recovery|better|well|fine|ok|okay|soon|heal|heals|home|safe",
  'god willing ~5 recover|recovers|recovery|better|well|fine|soon|heal|heals|home|safe',
  'praying|pray for ~3 you|your|him|her|them|recovery',
  'in my|our prayers|thoughts',
  'happy belated',
  'family comes|come first',
]);
/**
 * Delight in a short line of its own after news ("Yay!", "Exciting times!", "Well done to him!",
 * "Wishing her an easy pregnancy."): heard only in a line that names no business.
 */
const DELIGHT = phrases([
  'exciting|happy times',
  'well done',
  'how cute|adorable|sweet|exciting|wonderful|lovely',
  'proud moment',
  'wishing|wish ~3 easy|smooth|healthy|safe|happy ~1 pregnancy|delivery|recovery|birth|arrival',
  'cute|adorable|yay|woohoo|hooray|hurray|bravo|kudos|chapeau|aww|awww|omg',
]);
/**
 * Praise that as often greets the business as the news ("Great news.", "Wonderful!", "Amazing
 * effort"): heard as delight at the news only when the client's message asked for no business.
 */
const PRAISE = phrases([
  'brilliant|great|wonderful|lovely|fantastic|amazing|happy|exciting|fab|fabulous|super news',
  'great|amazing|fantastic|incredible|impressive|huge|brilliant effort|achievement|feat|job|run',
  'all the best',
  'wonderful|fantastic|amazing|brilliant|awesome|incredible|impressive|superb|marvellous|marvelous|excellent|fab|fabulous|respect',
]);

/** Words of a line, not counting punctuation, names and emoji. */
function wordCount(text: AnalyzedText, sentence: Sentence): number {
  return text.tokens
    .slice(sentence.firstToken, sentence.endToken)
    .filter((t) => !['PUNCT', 'SPACE', 'SYM', 'PROPN'].includes(t.pos)).length;
}

/**
 * A brief wish for what they told of: "good luck with the unpacking", "best of luck with the exams",
 * "all the best for the surgery". It answers the news only when it names nothing else: "good luck
 * with the tender" wishes the business well.
 */
const LUCK = phrases([
  'good luck ~3 with|on|for|to',
  'best of luck ~3 with|on|for|to',
  'all the best ~3 with|for',
  'fingers crossed ~3 for|with',
]);
/** "I'm so sorry for the delay" is the writer's own apology, not sympathy. */
const OWN_APOLOGY = phrases([
  'sorry for|about the|my|our ~2 delay|late|slow|confusion|mistake|error|inconvenience|silence|trouble',
]);
/**
 * Recognising a position at the start of a reply ("I understand, but ...", "Fair enough, ..."): an
 * acknowledgement of what the client said, even when business follows in the same sentence.
 */
const UNDERSTANDING = phrases([
  // "I understand your position, and ...": the position named, then the sentence moves on.
  // (Before the short form: at one start, the earlier phrase of a lexicon is the one found.)
  'i ~2 understand|appreciate|respect your|the ~1 position|point|concern|concerns|situation|constraint|constraints|view|perspective|reasons|decision',
  'i ~1 understand|see|hear',
  'understood',
  'fair enough',
  'makes sense',
  'that makes sense',
  'i see your point',
  'point taken',
]);

/** "Lovely to hear from you", "nice to meet you": phatic, whatever recognition word they carry. */
export const PHATIC = phrases([
  'hear|see from you',
  'hear|hearing from you',
  'see|meet|meeting|connect|connecting|e-meet you',
  'to connect',
]);

/** Polite, but not about anything in particular: they acknowledge nothing on their own. */
const PLEASANTRY = phrases([
  'hope|hoping ~4 well|ok|okay|fine|good|great',
  'take care',
  'no worries|problem',
  'not at all',
  'i understand',
  'understand',
  'thank|thanks ~1 for ~2 letting|update|message|reply|email|getting',
  'enjoy your|the ~2 day|week|weekend|evening',
  'have a ~2 good|great|nice|lovely day|week|weekend|evening',
]);

const TOWARD_READER = new Set(['you', 'your', 'yours', "you're", "you've", 'yourself', 'he', 'she', 'they']);
const FEELING = phrases([
  'beautiful',
  'amazing',
  'awesome',
  'fantastic',
  'proud',
  'cute',
  'adorable',
  'glad',
  'happy',
  'hope',
  'wonderful',
  'lovely',
  'fun',
  'sorry',
  'important',
  'enjoy',
  'rest',
  'love',
  'sounds',
  'exciting',
  'congratulations',
  'great',
  'wow',
  'impressive',
  'incredible',
  'respect',
]);

/** Nouns that say nothing of their own: "sorry to hear the news" is still content-free. */
const EMPTY_NOUNS = new Set([
  'news',
  'time',
  'thing',
  'things',
  'everything',
  'that',
  'day',
  'week',
  'year',
  'moment',
  'milestone',
  'occasion',
  'achievement',
  'problem',
  'worries',
  'worry',
  'rush',
  'hurry',
  'ha',
  'haha',
  'lol',
  // "thanks - good luck with the surgery and a quick recovery": the wish's own words.
  'thanks',
  'recovery',
]);

/**
 * Whether a sentence is about something else: a noun that is neither a topic word nor one of the
 * client's own words ("glad you liked the demo" after a trip; not "sorry to hear about the flood").
 */
function talksOfOther(
  text: AnalyzedText,
  sentence: Sentence,
  recognition: PhraseMatch[],
  clientWords: Set<string>,
): boolean {
  const hits = [...topicHits(text, sentence.firstToken, sentence.endToken), ...recognition];
  return text.tokens.slice(sentence.firstToken, sentence.endToken).some(
    (t, i) =>
      // Names are how a reply addresses someone ("Hi John"), not what it talks about.
      t.pos === 'NOUN' &&
      !EMPTY_NOUNS.has(t.lemma) &&
      !clientWords.has(t.lemma) &&
      !hits.some((h) => sentence.firstToken + i >= h.firstToken && sentence.firstToken + i < h.endToken),
  );
}

/**
 * Whether a span lies in a sentence that told something: in "hope you had a good weekend, mine was
 * spent at my son's tournament", the weekend is part of the news.
 */
function toldSentences(message: Told, told: Cue[]): (s: { start: number; end: number }) => boolean {
  // A sentence counts up to where its news ends: business after a closing smiley is not news, nor
  // what the news asks of the reader ("my daughter's wedding is in Madurai, so pls coordinate with
  // Suresh"): a reply that takes up Suresh arranges the week, it does not answer the wedding.
  const spans = message.text.sentences.flatMap((s) => {
    const inIt = told.filter((c) => c.start < s.end && s.start < c.end);
    if (inIt.length === 0) return [];
    const from = Math.min(...inIt.map((c) => c.start));
    let end = Math.min(s.end, Math.max(...inIt.map((c) => c.end)));
    const consequence = CONSEQUENCE.exec(message.text.text.slice(from, end));
    if (consequence) end = from + consequence.index;
    return [{ start: s.start, end }];
  });
  return (x) => spans.some((s) => x.start >= s.start && x.end <= s.end);
}

type Told = NonNullable<ReplyContext['answered']>[number];

/** ", so pls coordinate with ...", ", so kindly ...": what the news asks the reader to do about it. */
const CONSEQUENCE = /,?\s+so\s+(?:pls|plz|please|kindly|could\s+you|can\s+you|you\s+(?:can|could|may))\b/i;

/** Client messages the reply answers that told something (a disclosure or bad news), newest first. */
function toldMessages(reply: ReplyContext | undefined): { message: Told; told: Cue[] }[] {
  if (!reply) return [];
  const answered = reply.answered ?? [reply.previous];
  return [...answered]
    .reverse()
    .map((message) => ({
      message,
      told: message.cues.filter(
        (c) => (c.type === 'personal-disclosure' || c.type === 'bad-news') && c.confidence >= 0.6,
      ),
    }))
    .filter((m) => m.told.length > 0);
}

/**
 * A season's wish: "Happy New Year", "Merry Christmas", "blessed Eid". Not warmth's SEASON_GREETINGS:
 * its "happy new" match ends before "year", so the holiday named in the wish would stay outside it.
 */
const SEASON_WISH = phrases([
  'happy|merry|blessed|joyful|joyous ~1 christmas|xmas|holidays|holiday|easter|diwali|eid|hanukkah|chanukah|thanksgiving|chuseok|ramadan',
  'happy|merry|blessed|joyful|joyous ~1 new year',
  'happy|merry|blessed|joyful|joyous ~1 lunar|chinese new year',
]);

/** Words of the reply sentence that speak to what a message told: same topic, or the same name or place. */
/** "I'm", "we're", "I’ve": a pronoun with its verb, which the tagger sometimes calls a proper noun. */
const CONTRACTED_PRONOUN = /^(?:i|we|you|they|he|she|it)['’](?:m|re|ve|ll|d|s)$/i;

function sharedWords(
  reply: AnalyzedText,
  sentence: Sentence,
  { message, told }: { message: Told; told: Cue[] },
  replyAddressed: ReadonlySet<string>,
) {
  const inTold = toldSentences(message, told);
  const toldHits = topicHits(message.text).filter(inTold);
  const topics = new Set(toldHits.map((h) => h.topic));
  // "Happy New Year to you too!": a season's wish returned is the ritual, not the news of how they
  // spent the holidays.
  const wishes = SEASON_WISH.find(reply, sentence.firstToken, sentence.endToken);
  const byTopic = topicHits(reply, sentence.firstToken, sentence.endToken).filter(
    (h) =>
      topics.has(h.topic) && !wishes.some((w) => w.firstToken <= h.firstToken && h.endToken <= w.endToken),
  );
  // The client's own names and places ("Portugal", "Max"): proper nouns said back are specific.
  // Days and months are dates, not names: "Before Friday, ..." schedules, it does not answer; and
  // the name the client greeted the rep by ("Dear Chris, ...") is the rep's, signed back ("Cheers, Chris!").
  const addressed = addressedNames(message);
  const names = new Set(
    message.text.tokens
      .filter(
        (t) =>
          t.pos === 'PROPN' &&
          inTold(t) &&
          t.value.length > 2 &&
          // "I'm back, and married!": the tagger's PROPN for a contracted pronoun is no name.
          !CONTRACTED_PRONOUN.test(t.value) &&
          !CALENDAR.has(t.normal) &&
          !addressed.has(t.lemma),
      )
      .map((t) => t.lemma),
  );
  // The name the reply greets the client by ("Dear Mr. Ishikawa,") is how it addresses them, even
  // when the client signed it inside the sentence that told the news.
  const byName = reply.tokens
    .slice(sentence.firstToken, sentence.endToken)
    .filter((t) => t.pos === 'PROPN' && names.has(t.lemma) && !replyAddressed.has(t.lemma));
  return {
    words: [...byTopic.map((h) => reply.text.slice(h.start, h.end)), ...byName.map((t) => t.value)],
    onlyNames: byTopic.length === 0,
  };
}

/**
 * "Delighted that Mrs Lefèvre liked the chocolates" after "My wife loved the Swedish chocolates": a
 * thing from inside the news (a common noun of the told span, not a business word) named again in
 * the reply. Counted only beside a phrase of recognition: said alone, a shared noun may be business.
 */
function echoedNouns(
  reply: AnalyzedText,
  sentence: Sentence,
  { message, told }: { message: Told; told: Cue[] },
) {
  // Token indices inside a business phrase ("delivery address", "the order").
  const businessAt = (text: AnalyzedText, from: number, to: number) => {
    const at = new Set<number>();
    for (const m of businessTerms(text, from, to)) for (let k = m.firstToken; k < m.endToken; k++) at.add(k);
    return at;
  };
  const toldBusiness = businessAt(message.text, 0, message.text.tokens.length);
  const inNews = new Set(
    message.text.tokens
      .filter(
        (t, k) =>
          t.pos === 'NOUN' &&
          !EMPTY_NOUNS.has(t.lemma) &&
          told.some((c) => c.start <= t.start && t.end <= c.end) &&
          !toldBusiness.has(k),
      )
      .map((t) => t.lemma),
  );
  if (inNews.size === 0) return [];
  const replyBusiness = businessAt(reply, sentence.firstToken, sentence.endToken);
  const words: string[] = [];
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = reply.tokens[k]!;
    if (t.pos === 'NOUN' && inNews.has(t.lemma) && !replyBusiness.has(k)) words.push(t.value);
  }
  return words;
}

/** Names right after a greeting of the message ("Dear Chris,", "Hi Ms Ito"): whom it addresses. */
export function addressedNames(message: { text: AnalyzedText; cues: readonly Cue[] }): Set<string> {
  const names = new Set<string>();
  const { tokens } = message.text;
  for (const greeting of message.cues) {
    if (greeting.type !== 'greeting') continue;
    let t = tokens.findIndex((k) => k.start >= greeting.end);
    for (; t >= 0 && t < tokens.length; t++) {
      const token = tokens[t]!;
      if (token.pos === 'PUNCT' || token.value.includes('\n')) break;
      if (token.pos === 'PROPN') names.add(token.lemma);
    }
  }
  return names;
}

/** "I understand, but ...": a phrase of understanding opens the sentence, before a comma or "but". */
function understandsFirst(text: AnalyzedText, sentence: Sentence): PhraseMatch | undefined {
  const words = text.tokens.slice(sentence.firstToken, sentence.endToken).filter((t) => t.pos !== 'SPACE');
  const first = words.findIndex((t) => t.pos !== 'INTJ' && t.pos !== 'PUNCT');
  // The longest phrase at the opening: "I understand your position" rather than "I understand".
  const match = UNDERSTANDING.find(text, sentence.firstToken, sentence.endToken)
    .filter((m) => text.tokens[m.firstToken] === words[first])
    .sort((a, b) => b.endToken - a.endToken)[0];
  if (!match || first < 0 || text.tokens[match.firstToken] !== words[first]) return undefined;
  const next = text.tokens.slice(match.endToken, sentence.endToken).find((t) => t.pos !== 'SPACE');
  const closes = next === undefined || [',', '.', '!', ';', '—', '-', 'but', 'and'].includes(next.normal);
  return closes ? match : undefined;
}

/** The writer's own words: a line about their own week is their news, not a reaction to the client's. */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours']);

/**
 * "What a terrible week.", "Oh no, that sounds awful.": after bad or unhappy news, a line of
 * distress that names nothing else, no business and nothing of the writer's own reacts to the
 * news, in whatever words. (Delight is not read this way: "Great!" as often greets the business.)
 */
function distressedByNews(
  text: AnalyzedText,
  sentence: Sentence,
  told: { message: Told; told: Cue[] }[],
  clientWords: Set<string>,
): boolean {
  const { firstToken, endToken } = sentence;
  if (findTokenIndex(text.tokens, firstToken, endToken, (t) => FIRST_PERSON.has(t.normal)) >= 0) return false;
  if (businessTerms(text, firstToken, endToken).length > 0) return false;
  if (OWN_APOLOGY.test(text, firstToken, endToken) || talksOfOther(text, sentence, [], clientWords))
    return false;
  // "Unfortunately, that is not possible.", "No, that's wrong.": a refusal or a denial, not a reaction.
  for (let t = firstToken; t < endToken; t++)
    if (isNegated(text, t) || (text.tokens[t]!.normal === 'no' && text.tokens[t - 1]?.normal !== 'oh'))
      return false;
  const unhappy = told.some(
    ({ message, told: cues }) =>
      cues.some((c) => c.type === 'bad-news') ||
      message.text.sentences.some(
        (s) => s.sentiment < 0 && cues.some((c) => c.start < s.end && s.start < c.end),
      ),
  );
  // Read last: the sentiment pass runs only for a sentence that gets this far.
  return unhappy && sentence.sentiment < 0;
}

/** He, she, they: the person a question after someone's news refers back to. */
const THIRD_PERSON = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'their', 'them']);
const FAMILY = new Set(TOPIC_WORDS.family.strong);

/**
 * A personal question in a reply to news that refers to someone by pronoun: the reply takes up
 * the news by asking about the person in it. Returns the pronoun.
 */
function askedAfterSomeoneTold(
  text: AnalyzedText,
  sentence: Sentence,
  earlier: readonly Cue[],
  told: { message: Told; told: Cue[] }[],
): string | undefined {
  // "Do you want to reserve them now?" after a choir and a church feast: the pronoun can only point
  // back to someone when the news names a person (a relative, a name, he or she).
  // (A capital opening a sentence, "Mine was busy", is no name.)
  const namesSomeone = told.some(({ message, told: cues }) =>
    message.text.tokens
      .filter(toldSentences(message, cues))
      .some(
        (t) =>
          (t.pos === 'PROPN' && !message.text.sentences.some((s) => s.start === t.start)) ||
          THIRD_PERSON.has(t.normal) ||
          FAMILY.has(t.lemma.toLowerCase()),
      ),
  );
  if (!namesSomeone) return undefined;
  const asked = earlier.some(
    (c) =>
      c.type === 'question' &&
      c.about === 'personal' &&
      c.confidence >= 0.6 &&
      c.start < sentence.end &&
      sentence.start < c.end,
  );
  if (!asked) return undefined;
  const at = findTokenIndex(text.tokens, sentence.firstToken, sentence.endToken, (t) =>
    THIRD_PERSON.has(t.normal),
  );
  if (at < 0) return undefined;
  // "I'll send the invite to you and your IT guy, could you share his email?": the pronoun has its
  // person earlier in the sentence, not in the news.
  const antecedent = text.tokens
    .slice(sentence.firstToken, at)
    .some((t) => WORK_PERSON.test(t.normal) || (t.pos === 'PROPN' && t.start !== sentence.start));
  return antecedent ? undefined : text.tokens[at]!.value;
}
/** People of the work the rep writes about: "your IT guy", "our engineer", "the manager". */
const WORK_PERSON =
  /^(?:guy|guys|colleague|colleagues|manager|engineer|engineers|director|assistant|lawyer|accountant|contact|boss|technician|developer|developers|admin|buyer|cfo|ceo|cto)$/;

export const acknowledgement: Detector = {
  type: 'acknowledgement',
  description:
    'The reply recognises what the other person shared: by speaking to it, or with a specific phrase of recognition.',
  detect(text, reply, earlier) {
    const told = toldMessages(reply);
    const apologised = (reply?.answered ?? (reply ? [reply.previous] : [])).some((m) =>
      m.cues.some((c) => c.type === 'apology' || c.type === 'absence-apology'),
    );
    const clientWords = new Set(
      told.flatMap(({ message, told: cues }) =>
        message.text.tokens.filter(toldSentences(message, cues)).map((t) => t.lemma),
      ),
    );
    // "From Monday I am off for two weeks with the family": time off they told of.
    const toldTimeOff = told.some(({ message, told: cues }) =>
      cues.some(
        (c) =>
          c.type === 'personal-disclosure' &&
          (c.topic === 'family-vacation' ||
            c.topic === 'travel' ||
            message.text.sentences.some((s) => s.start < c.end && c.start < s.end && TIME_OFF.test(s.text))),
      ),
    );
    // "... We are ready for phase two, please advise": praise may greet that, not the news (a
    // request, an order, a business question or a please).
    const askedBusiness = told.some(({ message }) =>
      message.cues.some(
        (c) =>
          c.confidence >= 0.6 &&
          (c.type === 'business-ask' ||
            c.type === 'imperative' ||
            c.type === 'please' ||
            (c.type === 'question' && c.about === 'business')),
      ),
    );
    const replyAddressed = told.length > 0 ? addressedNames({ text, cues: earlier }) : new Set<string>();
    const cues: Cue[] = [];
    for (const sentence of text.sentences) {
      const { firstToken, endToken } = sentence;
      // A sentence that asks for business is about business, whatever pleasantry it wraps.
      const business = earlier.some(
        (c) =>
          c.start < sentence.end &&
          sentence.start < c.end &&
          ((c.type === 'business-ask' && c.confidence >= 0.6) ||
            (c.type === 'question' && c.about === 'business')),
      );
      const sympathy =
        told.length > 0 || apologised
          ? SYMPATHY.find(text, firstToken, endToken).filter(
              (m) => !OWN_APOLOGY.test(text, m.firstToken, endToken),
            )
          : [];
      if (
        told.length > 0 &&
        wordCount(text, sentence) <= 10 &&
        businessTerms(text, firstToken, endToken).length === 0
      ) {
        sympathy.push(...DELIGHT.find(text, firstToken, endToken));
        if (!askedBusiness) sympathy.push(...PRAISE.find(text, firstToken, endToken));
      }
      const luck = told.length > 0 ? LUCK.find(text, firstToken, endToken) : [];
      if (luck.length > 0 && !talksOfOther(text, sentence, [...luck], clientWords)) sympathy.push(...luck);
      const phatic = PHATIC.find(text, firstToken, endToken);
      const recognition = [...RECOGNITION.find(text, firstToken, endToken), ...sympathy].filter(
        (m) =>
          !phatic.some((p) => p.firstToken < m.endToken + 2 && m.firstToken <= p.firstToken) &&
          // "I hope you had a wonderful holiday" opening a letter answers nothing the reader told.
          !(reply === undefined && /^hope\b/.test(m.phrase)) &&
          // ... unless the time off is what they told of ("I'm off with the family from Monday").
          !(WISHED.test(text, m.firstToken > 2 ? m.firstToken - 3 : 0, m.endToken) && !toldTimeOff),
      );
      const understood = reply && told.length === 0 ? understandsFirst(text, sentence) : undefined;
      const pleasantry = PLEASANTRY.find(text, firstToken, endToken);
      // Weighed only for a sentence that shares the news's words and recognises nothing.
      const engaged = () =>
        findTokenIndex(text.tokens, firstToken, endToken, (t) => TOWARD_READER.has(t.normal)) >= 0 ||
        FEELING.test(text, firstToken, endToken) ||
        /[?!]$/.test(sentence.text.trim()) ||
        // Laughing along with their remark ("my mum would win that one too 😄") takes it up.
        /\bha\b/i.test(sentence.text) ||
        LAUGHTER.test(sentence.text);
      const match = told
        .map((m) => ({ index: m.message.index, ...sharedWords(text, sentence, m, replyAddressed) }))
        .find((m) => m.words.length > 0);
      const shared = match?.words ?? [];
      // "Enjoy the village!" after "we are off to the village for Easter": a wish for the very
      // thing they told of, named again, takes it up as a phrase of recognition does.
      const echo =
        shared.length === 0 &&
        (recognition.length > 0 || (told.length > 0 && WISH_FOR_IT.test(text, firstToken, endToken)))
          ? told
              .map((m) => ({ index: m.message.index, words: echoedNouns(text, sentence, m) }))
              .find((m) => m.words.length > 0)
          : undefined;

      const followUp = told.length > 0 ? askedAfterSomeoneTold(text, sentence, earlier, told) : undefined;
      const otherTriggers: string[] = [];
      let confidence = 0;
      if (shared.length > 0 && recognition.length > 0) confidence = 0.97;
      else if (shared.length > 0 && engaged()) confidence = 0.9;
      else if (echo) {
        confidence = 0.9;
        otherTriggers.push(...echo.words);
      }
      // After news, a phrase of recognition about something else ("glad you liked the demo") is not about it.
      // "Is your wife feeling better?" with nothing told before it asks; it recognises nothing yet.
      else if (recognition.length > 0 && told.length === 0 && sentence.text.trim().endsWith('?'))
        confidence = 0.5;
      else if (recognition.length > 0)
        confidence = told.length > 0 && talksOfOther(text, sentence, recognition, clientWords) ? 0.6 : 0.8;
      // "No worries" answers an apology; after personal news it says nothing about the news.
      else if (apologised && told.length === 0 && APOLOGY_ANSWER.test(text, firstToken, endToken)) {
        confidence = 0.8;
        // The answer names the finding: "Don't be sorry", "Never mind".
        if (pleasantry.length === 0)
          otherTriggers.push(
            ...APOLOGY_ANSWER.find(text, firstToken, endToken).map((m) => text.text.slice(m.start, m.end)),
          );
      }
      // "Did her team win?", "Is he walking again?": a question after the person in their news.
      else if (followUp) {
        confidence = 0.8;
        otherTriggers.push(followUp);
      } else if (told.length > 0 && distressedByNews(text, sentence, told, clientWords)) {
        confidence = 0.8;
        // The words of feeling name the finding: "terrible", "Oh", "rough".
        const felt = text.tokens
          .slice(firstToken, endToken)
          .filter((t) => t.pos === 'ADJ' || t.pos === 'INTJ');
        otherTriggers.push(...(felt.length > 0 ? felt.map((t) => t.value) : [sentence.text.trim()]));
      } else if (understood) confidence = 0.65;
      else if (pleasantry.length > 0) confidence = 0.5;
      if (confidence === 0) continue;
      // Speaking to their news counts even beside business; a pleasantry wrapped around an ask does not.
      // "Who is in charge at Acme now?" after "I am no longer with Acme": a name of theirs said back
      // inside a business question, with no word of recognition, asks about the business, not the news.
      const namesOnly = match?.onlyNames === true && recognition.length === 0;
      if (
        business &&
        (shared.length === 0 || namesOnly) &&
        !echo &&
        !(confidence === 0.65 && told.length === 0)
      )
        confidence = Math.min(confidence, 0.5);
      const acknowledges =
        confidence >= 0.8 ? (match?.index ?? echo?.index ?? told[0]?.message.index) : undefined;
      cues.push({
        type: 'acknowledgement',
        start: sentence.start,
        end: sentence.end,
        confidence,
        triggers: [...recognition, ...pleasantry, ...(understood ? [understood] : [])]
          .map((m) => text.text.slice(m.start, m.end))
          .concat(shared, otherTriggers),
        ...(acknowledges !== undefined ? { acknowledges } : {}),
      });
    }
    cues.push(...emojiReactions(text, told));
    return cues.sort((a, b) => a.start - b.start);
  },
};

/** Words of time off: "off for two weeks", "on leave", "a break". */
const TIME_OFF = /\b(?:off|holidays?|vacation|leave|break|getaway)\b/i;

/** Emoji that greet good news: "🎉", "🥳", "👶". */
const CELEBRATING = /^(?:🎉|🥳|🎊|👏|💐|🍾|🥂|👶|🍼|❤️|❤|💕|💖|🤗)+$/u;
/** Emoji of sympathy or prayer: after bad or health news "🙏" is "our prayers", elsewhere mostly thanks. */
const PRAYING = /^(?:🙏|🤲|💔|😢|😔|🕊️|🕊)+$/u;
/** Person, not word: "Hi Tom 🎉", "Dear Ms Lee, 🙏". */
const LEAD_IN = new Set(['INTJ', 'PROPN', 'PUNCT', 'SPACE', 'SYM']);

/**
 * "Hi Tom 🎉 The shipment leaves on Friday.", "🙏 The shipment ...": after news, an emoji of
 * celebration or prayer standing before any word of the reply's own (a greeting and a name aside)
 * reacts to it. Not one after business ("The order shipped 🎉"), and "🙏" only after grave news.
 */
function emojiReactions(text: AnalyzedText, told: { message: Told; told: Cue[] }[]): Cue[] {
  if (told.length === 0) return [];
  const grave = told.some(({ told: cues }) =>
    cues.some((c) => c.type === 'bad-news' || c.topic === 'health' || c.topic === 'loss'),
  );
  const cues: Cue[] = [];
  for (const sentence of text.sentences) {
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = text.tokens[t]!;
      if (!LEAD_IN.has(token.pos)) break;
      if (token.pos !== 'SYM' && token.pos !== 'PUNCT') continue;
      if (!(CELEBRATING.test(token.value) || (grave && PRAYING.test(token.value)))) continue;
      cues.push({
        type: 'acknowledgement',
        start: token.start,
        end: token.end,
        confidence: 0.8,
        triggers: [token.value],
        acknowledges: told[0]!.message.index,
      });
      break;
    }
  }
  return cues;
}
