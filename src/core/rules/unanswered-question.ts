/**
 * unanswered-question: the client asked something (often personal: "How was your weekend?",
 * "How's the weather over there?") and the reply skips it.
 */
import type { AnalyzedMessage } from '../analysis.ts';
import { businessTerms } from '../cues/business-ask.ts';
import { topicHits } from '../cues/topic-hits.ts';
import type { Cue } from '../cues/types.ts';
import { manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import { type AnalyzedText, type Sentence, stem } from '../text/analyze.ts';
import { LAUGHTER_WORD } from '../text/laughter.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
import { bodyAfterGreeting, findTokenIndex } from '../text/tokens.ts';
import {
  answeredCues,
  clientName,
  draftCues,
  draftOrders,
  escapeRegExp,
  INVITATION,
  opening,
  partyNameWords,
  readerExpectsAcknowledgement,
  tokenRange,
} from './helpers.ts';
import { defineRule, type Finding, type RuleContext } from './types.ts';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const LIGHT = new Set([
  'be',
  'have',
  'do',
  'get',
  'make',
  'know',
  'think',
  'want',
  'need',
  'can',
  'go',
  'let',
  'see',
  'say',
  'tell',
  'thing',
  'way',
  'time',
  'good',
  'great',
  'quick',
  'question',
  'you',
  'anything',
  'something',
  'lot',
  'bit',
  'hope',
  'well',
  'sure',
  // "Any news on the revised quote?": the status words ask about the thing named after them.
  'news',
  'update',
  'status',
  // "What kind of results have you seen?" asks about the results.
  'kind',
  'sort',
  // "How do you handle updates?" asks about the updates.
  'handle',
]);
/** "All good there?", "everything ok?", "you good?": how are you, in chat. */
const WELLBEING_ASKED =
  /\b(?:all (?:good|well|ok|okay)|everything (?:ok|okay|good|fine|alright|well)|you (?:ok|okay|good))\b/i;
const WELLBEING_ANSWER = phrases([
  'i|we|everything|everyone|all am|are|is|feel ~1 well|good|fine|great|ok|okay|alright',
  "i'm|i’m|we're|we’re ~1 well|good|fine|great|ok|okay|alright",
  'doing ~2 well|good|fine|great',
  'thanks for asking',
  'thank you for asking',
  'all good',
  'not bad',
  'can not complain',
  'busy but good',
  // "how are you all holding up?" -> "tired but so happy": a state of mind with its contrast.
  'tired|exhausted|busy|sleepy but ~1 happy|good|great|fine|well|grateful',
  'everyone is ~2 well|fine|good|great|healthy',
  'things|everything|all are|is|been ~2 good|fine|well|great|busy',
  // Mixed-language mail: "Tudo bem?" -> "Tudo ótimo!", "¿Qué tal?" -> "Muy bien".
  'tudo|todo ~1 bem|bom|ótimo|otimo|bien|tranquilo|joia',
  'muy|très|tres|sehr|molto ~1 bien|bien|gut|bene',
]);
/** "Thank you for asking": the reply says it is answering the client's question. */
const THANKS_FOR_ASKING = phrases(['thank|thanks ~1 for asking']);
/** Weather talk beyond the shared topic lexicon: "warm and sunny here", "grey and rainy". */
const WEATHER_ANSWER = phrases([
  'warm|cool|cold|hot|mild|rainy|cloudy|windy|grey|gray|sunny|snowy|freezing|chilly|sunshine|degrees|rain|snow|heat',
]);
/** Weather asked in words the topic lexicon leaves to context: "getting cold yet?", "finally warm?". */
const WEATHER_ASKED =
  /\b(?:weather|rain\w*|monsoon|snow\w*|sun|sunny|heat|hot|cold|warm|chilly|freezing|temperatures?)\b|\b(?:is\s+it|it(?:'s|’s|\s+is))\s+(?:already\s+|still\s+)?(?:summer|winter|spring|autumn)\b/i;
/** A temperature told: "-18 this morning", "35°C", "minus twenty". */
const TEMPERATURE = /(?:^|[\s(,:;!])[-−–]\d{1,2}\b|\d\s?°|\bminus\s+\w+|\b\d{1,2}\s?degrees\b/i;
const PROVIDES = phrases([
  'attached',
  'attach',
  'here is|are',
  // One token for the analyser: "ok here's the file".
  "here's|here’s",
  'please find',
  'i ~1 sent',
  // "resent just now", "re-sent it to accounts".
  'resent|re-sent',
  'sending',
  'will send',
  'shared',
  'link',
  // "PFA the COA", "Attaching the sheet", "enclosed is the list".
  'pfa',
  'attaching',
  'enclosed',
]);
/** "here: https://files.example.com/spec.pdf": a link given is the document sent. */
const LINK_GIVEN = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/i;
const HOW_DID_IT_GO = opening(
  // "How are you" in the client's own language ("¿Cómo estás?", "Tudo bem?") asks the same.
  String.raw`(?:(?:and|so|also|btw|by the way)\W+)?(?:how\s+(?:did|was|were|is|are|'s|’s)\b|[¿¡]?\s*(?:c[oó]mo\s+(?:est[aá]s?|vai|va)|tudo\s+bem|todo\s+bien|qu[eé]\s+tal|[cç]a\s+va)\b)`,
);
const VERDICT = phrases([
  'went|go|going|was|were|been ~2 well|great|fine|smoothly|brilliantly|lovely|amazing|wonderful|ok|okay|badly|better',
  'it was|went a ~1 success|hit|blast',
  // "Came back tanned, so I'd call that a success": the verdict given as a name for it.
  'call|calling it|that a ~1 success|win|triumph',
]);
/** "It was restful, I spent it in the garden": "was", "were" or "went" then an adjective, said beside I or we. */
function ownVerdict(draft: AnalyzedText, s: Sentence): boolean {
  const tokens = draft.tokens.slice(s.firstToken, s.endToken);
  // "haha it was insane": the account opens on "it was", the thing asked about.
  const own =
    tokens.some((t) => t.pos === 'PRON' && /^(?:i|we|my|our|me|us)$/.test(t.normal)) ||
    // "mine was quiet": the tagger may take a chat's lower-case "mine" for a name.
    tokens.some((t) => /^(?:mine|ours)$/.test(t.normal)) ||
    /^\W*(?:(?:ha)+h?\W+|lol\W+|oh\W+|wow\W+)?it\s+was\b/i.test(s.text);
  const verdict = tokens.some(
    (t, i) =>
      /^(?:was|were|went)$/.test(t.normal) &&
      // "I hope yours was good too" is a wish for the client's, not an account of one's own.
      !/^(?:yours|you|your)$/.test(tokens[i - 1]?.normal ?? '') &&
      tokens
        .slice(i + 1, i + 4)
        .some((n, j, next) => n.pos === 'ADJ' && next.slice(0, j).every((m) => m.pos === 'ADV')),
  );
  return own && verdict;
}
/** Verbs of time off: what a rep tells of a weekend, a trip or a holiday. */
const LEISURE_VERB = new Set([
  'spend',
  'escape',
  'go',
  'enjoy',
  'visit',
  'stay',
  'relax',
  'rest',
  'sleep',
  'hike',
  'walk',
  'swim',
  'celebrate',
  'dance',
  'cook',
  'eat',
  'travel',
  'fly',
  'drive',
]);
/**
 * "How was your weekend?" -> "I spent Saturday digging garden beds": an account of the rep's own, "I"
 * or "we" with a verb of time off in the past ("spent", "escaped", "went"), not about the work.
 */
function ownAccount(draft: AnalyzedText, s: Sentence): boolean {
  const tokens = draft.tokens.slice(s.firstToken, s.endToken);
  const past = tokens.some(
    (t, i) =>
      /^(?:i|we)$/.test(t.normal) &&
      tokens
        .slice(i + 1, i + 3)
        .some(
          (v) =>
            v.pos === 'VERB' &&
            LEISURE_VERB.has(v.lemma) &&
            v.normal !== v.lemma &&
            !/(?:ing|s)$/.test(v.normal),
        ),
  );
  return past && businessTerms(draft, s.firstToken, s.endToken).length === 0;
}
/** When-questions are answered by a time; how-much ones by a number; who-questions by a name. */
const TIME_ANSWER = phrases([
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|weekend|morning|afternoon|evening',
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'next|this|in ~2 week|weeks|month|months|day|days|quarter|year',
  'am|pm|asap|soon|already|immediately',
  // A duration answers a lead time: "about five weeks from the order".
  'one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple|several ~1 hour|hours|day|days|week|weeks|month|months',
]);
const YES_NO = phrases([
  'yes|yeah|yep|no|nope|sure|absolutely|definitely|unfortunately|certainly|indeed|correct',
  'of course',
  'not yet',
  // "Can we meet while you're here?" -> "Gladly!": a yes in other words.
  'gladly',
  'with pleasure',
  // "can u check?" -> "on it, ...": a request taken on.
  'on it',
  'will do',
  // Short answers in other Englishes: "Can do", "Noted, will do", "Confirmed.", "Done already po".
  'can do',
  'noted ~1 will do',
  'confirmed',
  'done already',
  // "Can you help urgently?" -> "Checking now, ...": the help already under way.
  'checking|looking now|into',
  // "Smoke tests?" -> "All green", "Is the link working?" -> "All good now": a status word for yes.
  'all green|good|clear|set|fine',
]);
/** "We do.", "It does, ...": a short answer, only when nothing follows the auxiliary. */
const SHORT_ANSWER = phrases([
  'we|i|it|they|he|she do|does|can|will|have|has|are|is|am|did not',
  'we|i|it|they|he|she do|does|can|will|have|has|are|is|am|did',
  // Singapore and Malaysian English: "Can.", "Yes can", "Cannot lah".
  'can|cannot',
  'confirm|confirmed can|cannot',
]);
/** "Shall we go ahead?" -> "Please go ahead": consent in the question's own terms. */
const CONSENT = phrases(['go ahead', 'please proceed']);
/** "We continue?", "shall we proceed?", "can we move forward?": whether the work goes on. */
const CARRY_ON_ASKED =
  /^\W*(?:(?:so|ok|okay|and)\W+)?(?:(?:shall|can|should)\s+)?we\s+(?:continue|proceed|go\s+ahead|move\s+forward|go\s+on)\b[^?]*\?/i;
/**
 * The client asks for time: "i will back to the project next week ok?", "is it ok if we reply after
 * the audit?", "May I ask for your patience?".
 */
const TIME_ASKED_FOR =
  /\b(?:ask|beg)\s+(?:for\s+)?your\s+(?:patience|understanding)\b|\b(?:(?:next|this|coming)\s+week|tomorrow|(?:mon|tues|wednes|thurs|fri)day|later|after)\b[^?]*?\b(?:ok|okay|alright|fine)\s*\?+\s*$|^\W*(?:is\s+it|would\s+it\s+be)\s+(?:ok|okay|fine|alright)\s+if\s+(?:i|we)\b/i;
/** The time granted: "no rush", "take your time", "it can wait", "don't worry about the project". */
const TIME_GRANTED =
  /\bno\s+(?:rush|hurry|pressure)\b|\btake\s+(?:your|all\s+the)\s+time\b|\b(?:it|that|this|everything)\s+can\s+wait\b|\b(?:don't|don’t|do\s+not)\s+worry\b|\bwhenever\s+(?:you(?:'re|’re|\s+are)\s+ready|it\s+suits)\b/i;
/** "You need to confirm today", "we must have it by 6 pm": a demand with its own time. */
const SOONER_DEMANDED = /\b(?:you|we)\s+(?:need\s+to|have\s+to|must)\b/i;
/** "Samples will be dispatched", "it can be arranged", "we can send them": a thing told as coming. */
const WILL_BE_PROVIDED =
  /\b(?:will|can|could|would)\s+be\s+(?:sent|dispatched|shipped|delivered|provided|arranged|prepared|made\s+available)\b|\b(?:we|i)(?:'ll|’ll|\s+will|\s+can)\s+(?:send|dispatch|ship|deliver|provide|arrange|prepare)\b/i;
/** "Shall I send the final quote", "I'll prepare the contract": the rep's own next step. */
const CARRIES_ON =
  /\b(?:shall\s+i|i(?:'ll|’ll|\s+will)|let\s+me|we(?:'ll|’ll|\s+will))\s+(?:\w+\s+)?(?:send|prepare|book|start|schedule|issue|draft)\b/i;

function contentLemmas(text: AnalyzedText, from = 0, to = text.tokens.length): Set<string> {
  const lemmas = new Set<string>();
  for (let i = from; i < to; i++) {
    const t = text.tokens[i]!;
    if (!CONTENT_POS.has(t.pos) || LIGHT.has(t.lemma) || t.lemma.length <= 1) continue;
    // "in that case", "in any case": a link back, not a thing asked about.
    if (
      t.lemma === 'case' &&
      /^(?:that|this|which|any|such|either|each)$/.test(text.tokens[i - 1]?.normal ?? '')
    )
      continue;
    // "the old ones", "a bigger one": a stand-in for a thing named before, not a thing of its own.
    if (t.pos === 'NOUN' && t.lemma === 'one') continue;
    // "French" in the question, "french" typed in a lower-case reply: the same word.
    lemmas.add(t.lemma.toLowerCase());
  }
  return lemmas;
}

/** Verbs and nouns, the light ones included, but no auxiliaries: what a question with no content word asks. */
function verbLemmas(text: AnalyzedText, from = 0, to = text.tokens.length): Set<string> {
  const lemmas = new Set<string>();
  for (const t of text.tokens.slice(from, to))
    if ((t.pos === 'VERB' || t.pos === 'NOUN') && !AUXILIARY.has(t.lemma) && t.lemma.length > 1)
      lemmas.add(t.lemma.toLowerCase());
  return lemmas;
}
const AUXILIARY = new Set([
  'be',
  'have',
  'do',
  'can',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
]);

/** Small talk that is the lightest to skip: the weather, a match, a show, "have you ever ...?". */
function lightSmallTalk(message: AnalyzedMessage, question: Cue, asked: string): boolean {
  const [first, to] = tokenRange(message.text, question);
  const hits = topicHits(message.text, first, to);
  // "How was the holiday in the Carpathians, did you get snow?" asks about the holiday; the snow is
  // a detail of it. A weekend away is no such weight.
  const weighty = hits.some((h) => h.strong && h.topic !== 'weather' && h.topic !== 'hobby');
  if (WEATHER_ASKED.test(asked) && !weighty) return true;
  if (/^\W*(?:(?:and|so|also|btw|by the way)\W+)?(?:have|did) you ever\b/i.test(asked)) return true;
  const topics = hits.map((h) => h.topic);
  return topics.length > 0 && topics.every((t) => t === 'weather' || t === 'hobby');
}

/**
 * "How did the half-marathon go?" after wishing the rep luck for it by name: a question that takes up
 * what the client's own earlier message raised (not the weather) is a bid renewed, beyond small talk.
 */
function followsUp(ctx: RuleContext, message: AnalyzedMessage, question: Cue): boolean {
  const [first, to] = tokenRange(message.text, question);
  const names = partyNameWords(ctx);
  const own = [...contentLemmas(message.text, first, to)].filter(
    (l) => !names.has(l) && !TIME_WORD.test(l) && !WEATHER_ASKED.test(l),
  );
  // The rep's own messages count too: "off to the Alps for a long weekend" announced, then asked after.
  return ctx.analysis.messages
    .filter((m) => (m.index as number) < (message.index as number))
    .some((m) => {
      const earlier = contentLemmas(m.text);
      return own.some((l) => earlier.has(l));
    });
}

/**
 * "I'm off hiking this weekend" -> "How was the hike??": a question with no business word whose
 * life-topic word takes up private news the rep told is about that news, though the word alone
 * ("hike", "trip") is too weak for the question cue to call it personal without a "you".
 */
function asksAfterRepNews(ctx: RuleContext, message: AnalyzedMessage, question: Cue): boolean {
  const [first, to] = tokenRange(message.text, question);
  if (businessTerms(message.text, first, to).length > 0) return false;
  const asked = new Set(topicHits(message.text, first, to).map((h) => h.topic));
  if (asked.size === 0) return false;
  return ctx.analysis.messages.some(
    (m) =>
      m.author.role === 'rep' &&
      (m.index as number) < (message.index as number) &&
      m.cues
        .filter((c) => c.type === 'personal-disclosure' && c.confidence >= 0.6)
        .some((c) => {
          const [from, end] = tokenRange(m.text, c);
          return topicHits(m.text, from, end).some((h) => asked.has(h.topic));
        }),
  );
}

/**
 * The draft's clauses that open with a yes or a no ("Yes, we do.", "Not yet, ...", "About the API:
 * yes, ...", "... 😊 Yes, 2pm is on"): a clause starts a sentence or follows a colon, a semicolon
 * or an emoji. Returns the statements they are in ("If yes, can we ...?" answers nothing).
 */
function yesOrNoSentences(draft: AnalyzedText, statements: Sentence[]): Sentence[] {
  return statements.filter((s) => {
    const tokens = draft.tokens;
    const opensClause = (m: PhraseMatch) => {
      let i = m.firstToken - 1;
      while (
        i >= s.firstToken &&
        (tokens[i]!.pos === 'SPACE' || tokens[i]!.pos === 'INTJ' || laughter(tokens[i]!))
      )
        i--;
      if (i < s.firstToken) return true;
      const before = tokens[i]!;
      return (
        /^[:;—–-]$/.test(before.value) ||
        (before.pos === 'SYM' && !/[\p{L}\p{N}]/u.test(before.value)) ||
        // "Hi Wei Ling, of course!": after a salutation, however long the name.
        (before.value === ',' && tokens.slice(s.firstToken, i).every(salutationToken))
      );
    };
    const opening = tokens
      .slice(s.firstToken, s.endToken)
      .findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE' && t.pos !== 'INTJ' && !laughter(t));
    // "Hi Jen, yes ...": a name or a greeting may come first.
    const opensAt = (m: PhraseMatch) => m.firstToken <= s.firstToken + opening + 2 || opensClause(m);
    const closesClause = (m: PhraseMatch) => tokens[m.endToken]?.pos === 'PUNCT';
    // "Confirmed: 120 chairs in anthracite, week 5": a heading over the order restated, not a yes.
    const heading = (m: PhraseMatch) =>
      (m.phrase === 'confirmed' && tokens[m.endToken]?.value === ':') ||
      // "Oh no, so sorry!": dismay at their news, not a no to their question.
      (/^no$/i.test(tokens[m.firstToken]?.value ?? '') &&
        /^(?:oh|ah|aw|ugh)$/i.test(tokens[m.firstToken - 1]?.value ?? ''));
    return (
      YES_NO.find(draft, s.firstToken, s.endToken).some((m) => opensAt(m) && !heading(m)) ||
      CONSENT.find(draft, s.firstToken, s.endToken).some(opensAt) ||
      SHORT_ANSWER.find(draft, s.firstToken, s.endToken).some((m) => opensAt(m) && closesClause(m))
    );
  });
}

/**
 * The clause before a dash or an emoji in a question ("yes, definitely - can we do Thursday?", "haha
 * of course I'm watching 😎 ... maybe check spam?") says something of its own: the yes to the
 * client's question, with the rep's next question after it.
 */
function leadClause(draft: AnalyzedText, s: Sentence): Sentence[] {
  const tokens = draft.tokens;
  for (let i = s.firstToken + 1; i < s.endToken; i++) {
    const t = tokens[i]!;
    if (t.value === '?') return [];
    const emoji = t.pos === 'SYM' && /\p{Extended_Pictographic}/u.test(t.value);
    if ((/^[-—–]$/.test(t.value) || emoji) && tokens[i + 1]?.pos !== 'PUNCT') {
      const text = draft.text.slice(s.start, t.start);
      return [{ ...s, text, end: t.start, endToken: i }];
    }
  }
  return [];
}

/** "haha yes, still every Saturday": laughter before the yes, whatever the tagger calls it. */
const laughter = (t: AnalyzedText['tokens'][number]) => LAUGHTER_WORD.test(t.value);

/** A token of a salutation: "Hi", "Dear", a name, the punctuation between. */
const salutationToken = (t: AnalyzedText['tokens'][number]) =>
  ['PROPN', 'INTJ', 'SPACE', 'PUNCT'].includes(t.pos) ||
  // "Good afternoon Ma'am Rhea, yes ...", "Good morning Ms. Choi, yes of course.": greetings and titles.
  /^(?:hi|hello|hey|dear|good|morning|afternoon|evening|day|ma'am|ma’am|madam|sir|mr|mrs|ms|dr)\.?$/.test(
    t.normal,
  );

/** "We help retailers forecast stock", "our platform tracks reefers": what the rep's side does. */
const WE_DO =
  /\b(?:we|our\s+(?:company|team|product|platform|firm|service))\s+(?:\w+\s+)?(?:help|make|build|provide|offer|sell|develop|design|run|do|are|specialise|specialize|focus|work|automate|supply|cover|handle|track)\b/i;
/**
 * "In short: PeopleGraph follows each new hire's first 90 days", "we read vibration data from your
 * presses": a summary's frame, or "we" or "our tool" then a verb of any kind, says what we do.
 */
function weDoInOtherWords(draft: AnalyzedText, s: Sentence): boolean {
  if (IN_SHORT.test(s.text)) return true;
  const tokens = draft.tokens.slice(s.firstToken, s.endToken);
  return tokens.some((t, i) => {
    const subject =
      (t.pos === 'PRON' && t.normal === 'we') ||
      (OUR_OFFER.test(t.normal) && tokens[i - 1]?.normal === 'our');
    const next = tokens.slice(i + 1, i + 3).find((n) => n.pos !== 'ADV');
    return subject && next?.pos === 'VERB';
  });
}
/** "In short:", "In a nutshell,", "Basically,": a summary begins. */
const IN_SHORT = /^\W*(?:in\s+short|in\s+a\s+nutshell|basically|short\s+answer|simply\s+put)\s*[:,-]/i;
/** What the rep's side sells, as "our ...": "our tool", "our platform". */
const OUR_OFFER = /^(?:tool|app|software|platform|product|system|solution|service|sensors?|company|team)$/;
/**
 * "What exactly do you offer for cold chain?", asked with or without its auxiliary ("What exactly you
 * offer?"). ("What discount do you offer?" asks for a figure: a noun between "what" and "you" keeps
 * it out.)
 */
const OFFER_ASKED =
  /^\W*what\s+(?:exactly\s+|else\s+|(?:kind|kinds|type|types|sort)\s+of\s+)?(?:(?:services?|products?|solutions?)\s+)?(?:(?:do|does|can)\s+)?(?:you|your\s+(?:company|team|firm))\s+(?:exactly\s+)?(?:offer|provide|sell|supply|make|handle|handles|export|exports|distribute|distributes|produce|produces)\b/i;
/** "Spent most of it repainting", "Went to the coast", "Had a quiet one": an account without its "I". */
const SUBJECTLESS_ACCOUNT =
  /^\W*(?:(?:hi|hey|morning|good\s+morning|hello)\b[^.!?]*[.!?]\s*)?(?:spent|went|had|stayed|took|visited|slept|relaxed|hiked|watched|finally)\b/i;
/** "Where did you escape to?", "and where are you off to?": a place asked for. */
const WHERE_ASKED = opening(String.raw`(?:(?:and|so|also|btw)\W+)?where\b`);
/** "Did you manage to enjoy Barcelona?", "did you get some rest?": the rep's own time asked about. */
const OWN_TIME_ASKED = /^\W*(?:(?:and|so|also|btw)\W+)?(?:did|have|were)\s+(?:you|u)\b/i;
/** "Will you be at the fair?", "will your team be exhibiting?": whether the rep will be somewhere. */
const WILL_YOU_BE = /^\W*(?:(?:and|so|also|btw)\W+)?will\s+(?:you|your\s+team)\s+be\b/i;
const WE_WILL_BE = /\b(?:we|i)(?:'ll|’ll|\s+will)\s+(?:(?:also|both|definitely|certainly)\s+)?be\b/i;
/** "And yours, are they enjoying the summer?" -> "Mine are at their grandparents'": the rep's own, told. */
const YOURS_ASKED = /\byours\b/i;
const MINE_TOLD = /\b(?:mine|ours)\b/i;
/** "advise the vessel name", "which ship?": a vessel asked for. */
const VESSEL_ASKED = /\b(?:vessel|ship)(?:'s)?\s+name\b|\bwhich\s+(?:vessel|ship)\b/i;
/** "on the MV Black Sea Star", "MSC Aurora": a vessel named. */
const VESSEL_NAMED = /\b(?:MV|M\/V|MS|MT|MSC|CMA\s+CGM|Maersk)\s+[A-Z][\w-]*/;
/** "Please let me know ", "kindly let us know ": the courtesy before an embedded question. */
const LET_KNOW_LEAD = /^\W*(?:(?:please|kindly|pls)\s+)?let\s+(?:me|us)\s+know\s+/i;
/** Questions that need a particular kind of answer: a time, or a number; shared words are not enough. */
type Answers = (draft: AnalyzedText, statement: Sentence, asked: string, askedLemmas: Set<string>) => boolean;
/** "Why ...?", "the reason for the increase": a reason asked for. */
const REASON_ASKED = /\bwhy\b|\breasons?\s+(?:for|of|behind)\b/i;
/** "because ...", "due to ...", "the reason is ...", "Fair question. Two things: ...": a reason given. */
const REASON_GIVEN =
  /\b(?:because|due\s+to|caused\s+by|(?:the\s+)?(?:main\s+)?reasons?\s+(?:is|are|was|were)|(?:that|this)(?:'s|’s|\s+is)\s+why|(?:good|fair|valid)\s+question|for\s+(?:two|three|a\s+few)\s+reasons)\b/i;
/** "Which payment terms do you work with?": terms of payment asked. */
const PAYMENT_TERMS_ASKED = /\b(?:payment|credit)\s+terms?\b/i;
/** "30% advance, 70% against B/L", "net 60", "by L/C at sight": payment terms told. */
const PAYMENT_TERMS_TOLD =
  /\d\s?%\s*(?:in\s+)?(?:advance|deposit|upfront|up\s+front|prepayment|down|on\s+order|against|before|after|on\s+delivery)|\bnet\s+\d|\b\d+\s+days\s+net\b|\b(?:l\/c|letter\s+of\s+credit|cash\s+against\s+documents|cad)\b/i;
/** "What kind of improvements are your clients seeing?", "any results?": outcomes asked for. */
const RESULTS_ASKED =
  /\b(?:improvements?|results?|savings?|roi|gains?|reductions?|impact|benchmarks?|(?:recovery|success|conversion|yield|uptime|retention)\s+rates?)\b/i;
/** "The fix is deployed", "jobs are running again", "the goods were delivered": what was awaited has happened. */
const ALREADY_DONE =
  /\b(?:is|are|was|were|has\s+been|have\s+been|'s|’s)\s+(?:now\s+|already\s+)?(?:deployed|fixed|resolved|restored|shipped|delivered|dispatched|completed|running\s+again|back\s+(?:up|online|to\s+normal))\b/i;
/** "Settings → Team → Invite", "Admin > Users > Add", "go to Billing > History and click ...": a path through menus. */
const CLICK_PATH =
  /\S\s*(?:→|->|>)\s*\S[^.\n]{0,30}?\s*(?:→|->|>)\s*\S|\b(?:go\s+to|open)\s+[^.\n]{1,30}?(?:→|->|>)\s*\S[^.\n]{0,40}\bclick\b/i;
/** "What does onboarding look like?", "what would the rollout look like": a description asked. */
const LOOK_LIKE_ASKED = /\bwhat\s+(?:does|do|would|will|did)\b[^?]*\blook\s+like\b/i;
/** "just checking you're on track for Friday?": the thing asked for, chased. */
const ON_TRACK_ASKED = /\bon\s+track\b/i;
/** "tell me where to sign", "what is necessary from our side", "what are the next steps": the next step asked. */
const NEXT_STEP_ASKED =
  /\b(?:tell|show|let)\s+(?:me|us)\s+(?:know\s+)?(?:where|how|what)\s+to\s+sign\b|\bwhat\s+(?:is|are|would\s+be|will\s+be)\s+(?:necessary|needed|required)\s+from\s+(?:us|me|our\s+side|my\s+side)\b|\bwhat\s+(?:else\s+)?(?:do|would)\s+you\s+need\s+from\s+(?:us|me|our\s+side|my\s+side)\b|\bwhat(?:'s|’s|\s+is|\s+are)\s+(?:the\s+)?next\s+steps?\b|\bwhat(?:'s|’s|\s+is)\s+next\s*\?|\bwhat\s+(?:information|info|data|details|documents?|inputs?)\s+(?:do\s+|would\s+)?you\s+(?:need|require)\b/i;
/** "could you kindly send us the drawings", "we will need your signed NDA": what the client is asked for. */
const NEEDED_FROM_CLIENT =
  /\b(?:could|can|would)\s+you\s+(?:please\s+|kindly\s+)?(?:send|share|provide|sign|fill|complete|return|forward)\b|\b(?:we|i)(?:'ll|’ll|\s+will|\s+would)?\s+(?:only\s+|just\s+)?need\s+(?:your|the|a|an)\b/i;
/** "How was the flight back?", "how was your trip home?": the journey asked about. */
const TRIP_ASKED =
  /\bhow\s+(?:was|were|did)\s+(?:the\s+|your\s+|ur\s+)?(?:flights?|trip|journey|travel|drive)\b/i;
/** "no delays this time", "landed on time", "slept most of the way": a journey told. */
const TRIP_TOLD =
  /\b(?:no\s+delays?|delayed|on\s+time|landed|slept|smooth(?:ly)?|turbulen\w+|jet\s*-?lag\w*|long\s+(?:but|and)|uneventful|made\s+it\s+(?:home|back))\b/i;
/** "did you watch the game yesterday??", "did you see the final?": whether the rep saw it, asked. */
const SEEN_ASKED = /\b(?:did|have)\s+(?:you|u)\s+(?:\w+\s+)?(?:watch|see|catch)\b/i;
/** "I caught it in a bar", "we watched the second half", "I missed it": whether the rep saw it, told. */
const SEEN_TOLD = /\b(?:i|we)\s+(?:\w+\s+)?(?:caught|watched|saw|missed)\b/i;
/** "any food preference?", "dietary restrictions?", "anything you don't eat?": what a guest eats, asked. */
const DIET_ASKED =
  /\b(?:food|dietary|diet|meal|menu)\s+(?:preferences?|restrictions?|requirements?|wishes)\b|\ballerg(?:y|ies|ic)\b|\b(?:don't|do\s+not|can't|cannot)\s+eat\b/i;
/** "We eat everything", "no special preferences", "I am vegetarian": what a guest eats, told. */
const DIET_TOLD =
  /\b(?:eat|eats)\s+(?:(?:almost|nearly|just\s+about)\s+)?(?:everything|anything|all)\b|\bno\s+(?:special\s+|particular\s+)?(?:food\s+|dietary\s+)?(?:preferences?|restrictions?|allergies|requirements)\b|\b(?:vegetarian|vegan|halal|kosher|gluten[-\s]free|allergic)\b/i;
const TYPED: { asks: RegExp; answer: Answers }[] = [
  {
    // "Please advise the warranty period", "What is your typical duration?": a length of time answers,
    // in whatever words ("12 months of support", "4 to 6 weeks", "April 1 to March 31"), unless it
    // is said of a delivery.
    // A payment or notice term is a length of time too: "what were the payment terms?" -> "30 days".
    // "How long does onboarding usually take?" -> "Usually 2-3 weeks".
    asks: /\b(?:period|duration|validity|(?:payment|credit|notice)\s+terms?|how\s+long)\b/i,
    answer: (draft, s, asked) =>
      // "30% advance and 70% against the bill of lading": payment terms told as shares and events.
      (PAYMENT_TERMS_ASKED.test(asked) && PAYMENT_TERMS_TOLD.test(s.text)) ||
      ((DURATION.test(s.text) || (hasTime(draft, s) && SPAN.test(s.text))) &&
        (DELIVERY_TIMING.test(asked) ||
          SHIPPING_ASKED.test(asked) ||
          // "Warranty: 2 years from delivery date" counts from the delivery; it does not date it.
          !DELIVERY_TOLD.test(s.text.replace(FROM_DELIVERY, ' ')))),
  },
  {
    asks: opening(
      String.raw`(?:(?:and|so|also|btw|by the way)\W+)?(?:when|what time(?!\s*zones?\b)|what date|how soon|how (?:quickly|fast)(?=[^?]*\b(?:start|begin|deliver|ship|dispatch|arrive|join|install|replace|(?:be|get\s+it)\s+(?:ready|there|here))\b))\b|\b(?:lead time|timeline|eta)\b|\bdelays?\s+(?:for|of)\b|(?<!up to )\bdates?\b(?![-\s]to\b)`,
    ),
    // "The delay for the samples" is the French délai, the Spanish plazo: a lead time, asked.
    // A sum or a count is no date: "The balance of USD 28,600 is due before shipment". A lead time
    // or a dispatch date is not answered by any date: "our engineer can visit in October", "we were
    // closed from 1st to 8th October" say nothing of when the goods leave.
    // "any ETA?" -> "fix is deployed, jobs are running again": the wait is over, which answers when.
    answer: (draft, s, asked) =>
      ALREADY_DONE.test(s.text) ||
      (hasTime(draft, s) &&
        (!DELIVERY_TIMING.test(asked) ||
          DURATION.test(s.text) ||
          DELIVERY_TOLD.test(s.text) ||
          // "Delivery date for the 2 pallets?" -> "Tuesday 31 March, before noon.": the date alone,
          // with no verb of its own to be about something else.
          !draft.tokens.slice(s.firstToken, s.endToken).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))),
  },
  {
    // "What does your company do?" is answered by what we do: "We help retailers forecast stock."
    asks: /^\W*what\s+(?:does|do)\s+(?:your|you)\b[^?]*\bdo\b/i,
    answer: (draft, s) => WE_DO.test(s.text) || weDoInOtherWords(draft, s),
  },
  {
    // "What are you working on these days?", "What brings you to reach out?": asked about
    // themselves, the rep answers by saying what they do or why they write: "I'm still at Claimwise,
    // mostly helping insurers ...", "I lead partnerships at ...; I noticed your team ...".
    asks: /^\W*(?:what\s+(?:are|have)\s+you\s+(?:\w+\s+){0,2}?(?:working|doing|up to|been up to)\b|what\s+do\s+you\s+do\b|what\s+brings\s+you\b|why\s+(?:are|did)\s+you\s+(?:reach|reaching|contact|contacting|write|writing))/i,
    answer: (_draft, s) =>
      /\b(?:i|i'm|i’m|we|we're|we’re)\s+(?:(?:am|are|still|now|mostly|currently|just|also|really)\s+){0,3}(?:lead|leading|run|running|work|working|help|helping|build|building|noticed|saw|wanted|reached|reaching|sell|selling|make|making|develop|developing|focus|focusing|at|with|in\s+charge)\b/i.test(
        s.text,
      ),
  },
  {
    // "What's the API rate limit on the sandbox?" -> "it's 100 req/min on sandbox": a limit or a
    // capacity is a figure, said about what was asked.
    asks: /\b(?:limits?|capacity|quotas?|thresholds?|maximum|minimum|throughput|ceiling)\b/i,
    answer: figureAbout,
  },
  {
    // "A breakdown between licence and services", "the price split by module": the parts asked for
    // need their own figures; a total alone answers only in part. An attached breakdown answers.
    // "service response time in case of breakdown" asks about a machine that stops, not a price.
    asks: /(?<!\bcase\s+of\s+(?:an?\s+)?)\b(?:break\s?-?down|broken\s+down|split\s+(?:between|by|per|into)|itemi[sz]ed|per\s+(?:item|module|component|line\s+item))\b/i,
    answer: (draft, s) =>
      (draft.text.match(MONEY_EACH) ?? []).length >= 2 ||
      (/\b(?:break\s?-?down|split|itemi[sz]ed)\b/i.test(s.text) &&
        PROVIDES.test(draft, s.firstToken, s.endToken)),
  },
  {
    // "Send the new price list" asks for a list, not a price; "the reason of this price change" asks
    // for a reason, which a reason answers.
    asks: /^(?![\s\S]*\b(?:why|reasons?)\b)[\s\S]*?\b(?:how much|how many|how long|price(?!\s+list)|cost|costs|discount)\b/i,
    answer: figureAbout,
  },
];

/**
 * A number the question did not already contain ("300 seats?" -> "300 seats" is no price), said about
 * what was asked: "a 5% discount" is no answer to "what would the training cost?". "How many can you
 * ship?" -> "Hi Wanjiru, 350 from the Mombasa stock": a figure that leads the reply is the answer,
 * without the question's words.
 */
function figureAbout(draft: AnalyzedText, s: Sentence, asked: string, askedLemmas: Set<string>): boolean {
  // "You mentioned kids, how many you have?" -> "two girls, 6 and 4".
  if (/\bhow\s+many\b/i.test(asked) && (PEOPLE_COUNTED.test(s.text) || PARTY_COUNTED.test(s.text)))
    return true;
  // "How many locations can one admin manage?" -> "all your locations, there's no limit".
  if (/\bhow\s+many\b/i.test(asked) && NO_LIMIT.test(s.text)) return true;
  return (
    (s.text.match(/\d[\d,.]*/g) ?? []).some((n) => !asked.includes(n)) &&
    (aboutAsked(draft, s, askedLemmas) || LEADING_FIGURE.test(s.text))
  );
}

/** "there's no limit", "unlimited", "as many as you like": any number, told. */
const NO_LIMIT = /\b(?:no\s+(?:upper\s+)?limit|unlimited|as\s+many\s+as\s+you\s+(?:like|want|need))\b/i;
/** "two girls", "3 kids", "five engineers": people counted. */
const PEOPLE_COUNTED =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:kids|children|boys|girls|sons|daughters|grandchildren|grandkids|people|engineers|employees|staff)\b/i;
/** "How many people are you bringing?" -> "We will be two", "three of us": the party counted. */
const PARTY_COUNTED =
  /\b(?:we(?:'ll|’ll|\s+will|\s+would)?\s+be|there\s+will\s+be)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+us\b/i;

/** A sentence that opens on a figure, after a greeting at most: "Hi Wanjiru, 350 from stock". */
const LEADING_FIGURE =
  /^\W*(?:(?:hi|hello|hey|dear)\b[^,.!?\d]{0,30},\s*)?(?:about|around|approximately|approx\.?|roughly|only|just|up\s+to)?\s*(?:[$€£]|usd|eur|inr|rs\.?)?\s*\d/i;
/**
 * "The lead time for 4 chillers", "confirm the dispatch date": when goods are made or leave ("ETA on
 * a fix?" asks when software is mended).
 */
const DELIVERY_TIMING =
  /\b(?:lead[-\s]?times?|(?:delivery|dispatch|shipping|shipment|ship|production|arrival|loading|departure)\s+(?:times?|dates?|schedule|period)|eta(?!\s+(?:on|for)\s+(?:a|the)\s+(?:fix|patch|update|release|resolution|solution))|etd)\b/i;
const COUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** "10 working days", "six weeks", "4 to 6 weeks", "a 2-year", "a couple of months": a duration. */
const DURATION = new RegExp(
  String.raw`\b(?:${COUNT}(?:\s?[-–]\s?${COUNT}|\s+to\s+${COUNT})?|a\s+few|a\s+couple\s+of|several)[\s-]*(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?|years?|wks?)\b`,
  'i',
);
/**
 * "from ... to ...", "until March 31", "1–15 May": the bounds of a span of time. A bound names a
 * time: the "to" of "you need to send us the NDA by Friday" bounds nothing.
 */
const SPAN =
  /\bfrom\b|\b(?:to|until|till|through|thru)\s+(?:the\s+)?(?:\d|end\b|mid|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)|\d\s?[-–]\s?\d/i;
/** "from delivery date", "from the date of delivery": where a span starts, not when goods arrive. */
const FROM_DELIVERY = /\bfrom\s+(?:the\s+)?(?:date\s+of\s+)?deliver\w*(?:\s+date)?/gi;
/** "can you ship samples ...?", "how long does delivery take?": the goods' journey asked about. */
const SHIPPING_ASKED = /\b(?:ship|ships|shipping|deliver|delivery|dispatch|send)\b/i;
/** The goods made, ready or on their way: a date said of them answers a delivery question. */
const DELIVERY_TOLD =
  /\b(?:deliver\w*|ship(?:s|ped|ping|ment)?|dispatch\w*|lead[-\s]?times?|eta|etd|arriv\w*|ready|produc\w*|load\w*|depart\w*|sail\w*|leaves?|ex[-\s]?works|transit|booked|vessel|due\s+(?:in|at|into))\b/i;
/** "What did I miss?", "What's been happening?", "Fill me in": a request for whatever news there is. */
const CATCH_UP =
  /\bwhat\s+(?:did|have)\s+(?:i|we)\s+miss(?:ed)?\b|\bwhat(?:'s|’s|\s+is|\s+has)\s+(?:been\s+)?(?:new|happening|going\s+on)\b|\b(?:catch|fill)\s+(?:me|us)\s+(?:up|in)\b|\bwhere\s+(?:are|do)\s+(?:we|things)\s+stand\b/i;
/** Whether goods can be delivered, shipped or ready by a date: "deliver before 1 November?". */
const DEADLINE_ASKED =
  /\b(?:deliver\w*|ship\w*|dispatch\w*|arriv\w*|ready|install\w*|on\s+site)\b[^?]*\b(?:before|by|until|no\s+later\s+than)\s+(?:the\s+)?(?:\d|end|start|beginning|mid|middle|early|late|next|this|tomorrow|week|month|q[1-4]\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** "Also, ...", "Btw", "One more thing": a question that opens a point of its own. */
const FURTHER_POINT = opening(
  String.raw`(?:also|btw|by\s+the\s+way|plus|one\s+more\s+thing|another\s+(?:thing|question)|separately|on\s+another\s+note)\b`,
);
/** "Honest question: what ...?", "Quick one: is there ...?": the label before the colon is not what is asked. */
const LEAD_IN = /^[^?:]{1,60}:\s+(?=\S)/;
/**
 * "Before we go further, how quickly ...?", "Before we start, could you tell us ...?", "Abeg when will
 * ...?", "Sorry, when ...?", "Welcome back, how was ...?": an adverbial
 * lead-in (not a statement of its own: "We can go live in May, what do you think?") or a courtesy word (Nigerian "abeg", Igbo "biko" for please) before the question word is not what is asked.
 */
const LEAD_CLAUSE =
  /^\W*(?:(?:before|after|once|since|given|regarding|about|for|in|on|with|as\s+for)\b[^,?.!]{1,40},\s*|(?:abeg|biko|please|pls|kindly|sorry|welcome\s+back)\W+)(?=(?:when|how|what|where|which|who|could|can|would|will|may)\b)/i;
/** "We are sorry to trouble you, but ...": the courtesy before the question, not what is asked. */
const APOLOGY_LEAD =
  /^\W*(?:(?:we\s+are|we're|we’re|i\s+am|i'm|i’m)\s+)?sorry\s+(?:to\s+(?:trouble|bother|disturb)\s+you|for\s+the\s+(?:trouble|bother))[^,?]{0,20},\s*(?:but\s+)?/i;
/** "Could you please inform us of the delivery schedule?": the asking verb is a courtesy around its object. */
const INFORM_WRAPPER =
  /^\W*(?:(?:could|can|would|will)\s+you\s+)?(?:please\s+|kindly\s+)?(?:inform|advise|update|tell)\s+(?:me|us)\s+(?:of|about|on)\s+/i;
/** "Would this be possible?", "What do you think?": a question about what the client said just before. */
const REFERS_BACK =
  /^\W*(?:(?:and|so|also)\W+)?(?:(?:could|can|would)\s+you\s+(?:mind\s+|please\s+)?(?:double[-\s]?check|check|verify|look\s+into|(?:take|have)\s+a\s+(?:look|peek))(?:ing)?(?:\s+(?:this|that|it))?\s*[?.!]*$|(?:would|could|will|is|does|can)\s+(?:this|that|it|these|those)\b(?:\s+\w+){0,3}\s*[?.!]*$|(?:what|how)\s+do\s+you\s+(?:think|feel|say)\b|(?:let me know\s+)?what\s+you\s+think\b|(?:any\s+)?thoughts\b|your\s+(?:thoughts|take|view|opinion)\b)/i;
/** "Could we maybe ...", "I wonder whether we might ...", "What if we ...": the client proposes a course. */
const PROPOSAL =
  /^\W*(?:if\s+(?:possible|you\s+can|it\s+suits\s+you)\W+)?(?:(?:and|so|also|maybe|perhaps)\W+)?(?:(?:could|can|might|shall|should)\s+we\b|(?:i|we)\s+wonder(?:ed)?\s+(?:if|whether)\b|what\s+if\s+we\b|(?:maybe|perhaps)\s+we\s+(?:could|can|might)\b|would\s+it\s+be\s+possible\s+to\b)/i;
/** "What do you need from us?", "What are the next steps?": the client asks what to do next. */
const ASKS_FOR_STEPS =
  /\b(?:what|which|anything)\b[^?]*\b(?:need|needed|require|required|prepare|prepared|preparations?)\b|\bnext\s+steps?\b|\bwhat\s+(?:should|shall|do|can)\s+(?:we|i)\s+do\b/i;
/**
 * "What's the fastest way to ...?", "the procedure for return", "How do we ...?", "how to reset it?":
 * how something is done.
 */
const METHOD_ASKED =
  /\b(?:procedures?|process|steps|(?:fastest|quickest|best|easiest|simplest|right|correct|proper)\s+way|(?:how|where)\s+(?:do|can|should|could|would)\s+(?:we|i)\b|how\s+(?:we|i)\s+(?:can|should|could)\b|how\s+to\s+\w+)/i;
/** "How do I order?", "how can we pay?": the way to a commercial act, asked. */
const COMMERCIAL_ACT_HOW =
  /\bhow\s+(?:do|can|should|could)\s+(?:we|i)\s+(?:order|buy|pay|sign|book|purchase|register|apply|proceed)\b/i;
/** The writer's promise: "We will prepare it this week", "I'll check and revert". */
const PROMISED = /\b(?:we|i)(?:'ll|’ll|\s+will|\s+shall)\s+(?!not\b)\w+/i;
/** "Next steps: our legal sends the contract on Monday, ...", "The next step is a call with IT": the steps named and told. */
const STEPS_TOLD = /\bnext\s+steps?\s*(?::|\b(?:are|is|would\s+be|will\s+be)\b)/i;
/** "We can ship a loan server", "your team will need to ...", "the team can log in": a step told. */
const PLAN_TOLD =
  /\b(?:we|i|you|they|(?:the|your|our)\s+(?:team|staff|engineers?|technicians?))(?:'ll|’ll|\s+(?:can|will|could|should|must|need\s+to|have\s+to))\s+\w/i;
/** "The room must be at 20 °C", "your team needs to provide power": what the client has to do, as a statement. */
const DUTY_TOLD =
  /\b(?:you|your\s+\w+(?:\s+\w+)?|the\s+\w+(?:\s+\w+)?)\s+(?:must|needs?\s+to|has\s+to|have\s+to|should)\b/i;
/** The client asks when the rep is free: "What times work for you?", "When suits you?". */
const SCHEDULING =
  /\b(?:when|(?:what|which)\s+(?:time|times|day|days|date|dates|slot|slots))\b[^?]*\b(?:work|works|suit|suits|good|best|convenient|available|free)\b/i;
/** "Can you propose two dates?", "please suggest a few slots": dates or times asked for. */
const DATES_ASKED = /\b(?:propose|suggest|give|send|share|offer)\b[^?]*\b(?:dates?|times?|slots?|days?)\b/i;
/**
 * The client asks for the rep's time: "Would you have 30 minutes?", "Can you spare an hour?", "Are
 * you free?", and in chat with no subject: "Got 20 min Thursday?", "Grab a slot next week?".
 */
const TIME_ASKED =
  /\b(?:you|u)\s+(?:\w+\s+)?(?:have|got|spare|find)\s+(?:\w+\s+){0,2}?(?:minutes?|mins?|time|moment|hour|half\s+an\s+hour|slot)\b|\b(?:are|will)\s+you\s+(?:be\s+)?(?:free|available|around)\b|^\W*(?:got|have|grab|find|book)\s+(?:\w+\s+){0,2}?(?:minutes?|mins?|min|time|moment|hour|slot)\b/i;
/** A reference number of four digits or more: "4500-2231", "PO 77812", "INV/2026/0043"; not a year. */
const REFERENCE = /\b[\w/-]*\d{4,}[\w/-]*\b/g;
const YEAR = /^(?:19|20)\d\d$/;
/** "Any update?", "Any news?": a status question with no subject of its own. */
const BARE_STATUS = /^\W*(?:any\s+)?(?:update|updates|news|progress)\s*[?!.]*\s*$/i;
/**
 * "Could you confirm whether the certificates were included?": the asking verb is a courtesy
 * around the real question; what has to be answered is the clause after "whether".
 */
const WRAPPER =
  /^\W*(?:(?:and|so|also)\W+)?(?:(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?|(?:please|kindly)\s+)?(?:confirm|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|advise|clarify|check)\s+(?:whether|if)\s+(?=\S)/i;
/**
 * "Where are we on the firmware build?", "Any luck?", "Did the team look at it?": a status question
 * is answered by news about the matter, in whatever words the news comes.
 */
const STATUS_ASKED = opening(
  String.raw`(?:(?:ok|okay|so|and|also|btw)\W+)*(?:(?:(?:is|are)\s+there|do\s+you\s+have)\s+)?(?:any\s+(?:luck|news|update|updates|progress)\b|where\s+(?:are|do)\s+(?:we|things)\s+(?:stand\s+)?(?:on|with)\b|where\s+(?:are|do)\s+(?:we|things)(?:\s+stand)?\s*\?|(?:what(?:'s|’s|\s+is)\s+(?:the\s+)?)?status\s+(?:of|on|for)\b|how\s+(?:is|are)\b[^?]*\b(?:coming\s+along|progressing)\b|(?:did|has|have)\s+(?:you|they|the\s+team|your\s+team|anyone|someone)\s+(?:\w+\s+){0,3}?(?:look|looked|check|checked)\s+(?:at|into)\b)`,
);
/** Reported as carried out: "done", "went out", "sent", "forwarded". */
// "Resending now", "sending it over now": the request being carried out as the rep writes.
const CARRIED_OUT =
  /\b(?:done|sent|resent|went|gone|forwarded|shared|submitted|uploaded|on\s+its\s+way|(?:re)?sending(?:\s+(?:it|them))?(?:\s+over)?\s+(?:now|right\s+away))\b/i;
/** "For the mine, we will provide ...", "As for the hotel, ...": the reply names the point it answers. */
const FRAMED = opening(String.raw`(?:for|as\s+for|regarding|about|on|re)\s+[^,:;.!?]{1,40}[,:]`);
/** "Tell me what's wrong with it", "your honest feedback?": asked for a judgement, a judgement answers. */
const ASKS_VERDICT =
  /\b(?:what(?:'s|’s|\s+is)\s+wrong\s+with|what\s+(?:would|should)\s+you\s+change|(?:your|an?)\s+(?:honest\s+)?(?:feedback|opinion|verdict|read)\b)/i;
/**
 * A question the client dropped: "Who designs these processes, seriously? Anyway, ...", or a later
 * "nvm, found it in the docs". What the client withdrew or answered themselves needs no answer.
 */
const WITHDRAWN =
  /^\W*(?:anyway|anyhow|never\s*mind|nvm|scratch\s+that|ignore\s+(?:that|my)|forget\s+(?:it|that|my)|found\s+it|figured\s+it\s+out)\b/i;
/**
 * "Ah, just saw on your site that you do", "Sorry, it is back up now": a later message in which the
 * client answers their own question.
 */
const SELF_ANSWERED =
  /^\W*(?:(?:ah|oh|ok|okay|sorry|actually|update|edit|all\s+good|no\s+worries)\W+)*(?:(?:(?:i|we)\s+)?(?:just\s+)?(?:saw|checked|noticed|realised|realized|found\s+out)\b|it(?:'s|’s|\s+is)\s+(?:back|working|fine|sorted|resolved)\b|(?:all\s+)?sorted\b|no\s+need\b)/i;
/** "How was the trip, did you get to see the sea?": an open question closed by a yes/no clause. */
const CLOSED_TAIL =
  /,\s*(?:(?:did|do|have|has|were|was|could|can)\s+(?:you|u)\b|(?:are|is|were|was|have|has)\s+(?:they|it)\b|(?:still|already)\s+\w+ing\b)[^,?]*\?*\s*$/i;
/** "..., no?", "..., right?", "..., né?": a tag that asks the reader to agree with the statement before it. */
const AGREEMENT_TAG = /,\s*(?:no|right|yes|eh|na|né|ne|non|ja|true|correct)\s*[?!.]*\s*$/i;
/** Agreeing or disagreeing in so many words: "but", "actually", "in fact", "you're right", "exactly". */
const TAKES_A_SIDE =
  /\b(?:but|however|actually|in\s+fact|not\s+quite|exactly|indeed|you(?:'re|’re|\s+are)\s+right|that(?:'s|’s|\s+is)\s+(?:right|true|correct))\b/i;
/** "Who would have thought ...?", "Who knew?": an exclamation in the form of a question. */
const RHETORICAL = opening(
  String.raw`(?:(?:and|so|honestly|wow)\W+)?(?:who\s+would\s+have\s+(?:thought|guessed|known)|who\s+knew)\b`,
);
/**
 * "Who ships on a Friday anyway, right?", "Why would anyone pay that, eh?": a wh-question can only be
 * agreed with when it is a statement in disguise; the tag makes it rhetorical.
 */
const WH_AGREEMENT_TAG =
  /^\W*(?:(?:and|so|but|honestly|i\s+mean)\W+)?(?:who|what|why|how)\b[^?]*,\s*(?:right|eh|no)\s*[?!.]*\s*$/i;
/** "Wow, ...", "Wah, ...", "Omg ...": surprise voiced before the words it is about. */
const INTERJECTION = /^\W*(?:wow|wah|whoa|woah|omg|gosh|geez|jeez|blimey|yikes|haha|lol)\b[\s,!.]*/i;
/**
 * "Wah, 46 pages ah?", "Wow, Friday already?": surprise followed by words with no verb and no
 * question word echoes what was said; it asks for a reaction, not an answer. ("Wow, any discount
 * for 500?" still asks, by its "any".)
 */
function exclaimed(message: AnalyzedMessage, cue: Cue): boolean {
  const said = questionText(message, cue);
  const lead = INTERJECTION.exec(said);
  if (!lead) return false;
  const [first, to] = tokenRange(message.text, cue);
  return !message.text.tokens
    .slice(first, to)
    .some(
      (t) =>
        t.pos === 'VERB' || t.pos === 'AUX' || /^(?:any|who|what|when|where|which|why|how)$/.test(t.normal),
    );
}
/** "Anyway, ...", "Anyhow, ...": a turn of topic, which takes nothing back. */
const TURN_TO_BUSINESS = /^\W*(?:anyway|anyhow)\b/i;
/** Titles before a name: "Mr.", "Ms", "Dr", "Sir", "Ma'am". */
const TITLE = /^(?:mr|mrs|ms|miss|dr|sir|madam|ma'am|ma’am)\.?$/;
/** "Hope all is well on your side?": a wish with a question mark, the opening courtesy of a letter. */
const PHATIC_HOPE = opening(String.raw`(?:i|we)?\s*hope\b`);
/** "I hope the fair went well, how did it go in the end?": the hope, then a question of its own. */
const ASKED_AFTER_HOPE =
  /[,;:—–-]\s*(?:and\s+|so\s+)?(?:how|what|when|where|which|who|did|was|were|is|are)\b[^,;]*\?\s*$/i;
/**
 * "I hope your father has recovered from his operation", "hope you're feeling better": a hope about
 * the rep's own health news is no courtesy formula but a question after it, owed an answer.
 */
const HOPED_RECOVERY =
  /\bhop(?:e|ing)\b[^.!?]*\b(?:you|your)\b[^.!?]*\b(?:recover(?:ed|ing|y)?\b(?!\s+(?:the|your|our|all|some|any|its|their|data|files?|costs?|payments?|amounts?))|(?:feeling|getting|is|are|much)\s+better|healed|on\s+the\s+mend|out\s+of\s+(?:the\s+)?hospital|(?:operation|surgery)\s+went\s+well)/i;
/** "He is much better", "recovering well", "home again": news of the recovery asked after. */
const RECOVERY_TOLD =
  /\b(?:better|recover\w*|on\s+the\s+mend|healing|healed|home\s+(?:again|now)|back\s+home|fine\s+now|well\s+again)\b/i;
/**
 * "The monsoon makes it hard, isn't it?", "..., you know?": a tag that does not match its clause
 * (South Asian and Singapore English) or a "you know" asks for no answer, only agreement.
 */
const INVARIANT_TAG =
  /^(?![^,]*\b(?:is|it's|it’s|that's|that’s)\b)[^?]*,\s*isn(?:'|’)?t\s+it\W*$|,\s*you\s+know\W*$/i;

/**
 * What a question that refers back is about: the sentence before it in the message, or, when it
 * opens the message, the client's previous message (the matter last raised).
 */
function referentOf(
  ctx: RuleContext,
  message: AnalyzedMessage,
  start: number,
  whole = false,
  acrossMessages = true,
): Set<string> {
  const q = message.text;
  const sentences = q.sentences
    .filter((s) => s.end <= start && !s.text.trim().endsWith('?'))
    .map((s) => contentLemmas(q, s.firstToken, s.endToken))
    .filter((l) => l.size > 0);
  // A bare "Could you check?" asks about all the message has told so far.
  const before = whole && sentences.length > 0 ? new Set(sentences.flatMap((l) => [...l])) : sentences.at(-1);
  if (before) return before;
  const earlier = acrossMessages
    ? ctx.analysis.messages
        .filter((m) => m.author.role === 'client' && (m.index as number) < (message.index as number))
        .at(-1)
    : undefined;
  // "I think the term is 30 days? Would you mind double-checking?": with no statement before it,
  // the question before is what it refers to, beside the matter last raised.
  const asked = q.sentences
    .filter((s) => s.end <= start)
    .flatMap((s) => [...contentLemmas(q, s.firstToken, s.endToken)]);
  return new Set([...(earlier ? contentLemmas(earlier.text) : []), ...asked]);
}

/**
 * "Can you send / share ...?": a request, answered by the thing or a promise, not by a bare "Sure."
 * Only when the reader is asked to do it: "Can the export include cost centers?" asks what the
 * product can do, and "Yes." answers it.
 */
const REQUEST_VERB =
  /\b(?:you|u)\s+(?:\w+\s+){0,2}?(?:re)?(?:send|share|forward|provide|include|give|prepare|add|fix|correct|amend|issue|explain|show|walk\s+(?:me|us)\s+through)\b/i;

interface Asked {
  message: AnalyzedMessage;
  question: Cue;
  /** Closed questions in the messages the draft answers: one "Yes" answers one of them. */
  closedQuestions: number;
  /** The only question of its message: a reply on its matter can only be answering it. */
  sole: boolean;
}

/** The statement takes up a word of the question besides the price words, when it has any. */
function aboutAsked(draft: AnalyzedText, s: Sentence, askedLemmas: Set<string>): boolean {
  // An amount of money answers a price question whatever words frame it: "Price range?" -> "90-140k EUR".
  if (MONEY.test(s.text)) return true;
  // "7 out of 50": a bare figure, with no word of its own, can only be about what was asked.
  if ([...contentLemmas(draft, s.firstToken, s.endToken)].every((l) => /^[\d,.]+$/.test(l))) return true;
  const specific = [...askedLemmas].filter((l) => !PRICE_WORDS.has(l));
  if (specific.length === 0) return true;
  const lemmas = contentLemmas(draft, s.firstToken, s.endToken);
  return specific.some((l) => lemmas.has(l));
}
const MONEY =
  /(?:[$€£¥₹]\s?\d|\b(?:eur|usd|gbp|chf|sek|nok|dkk|jpy|inr|aud|cad|pln|rmb|cny|aed|sar|sgd|hkd|brl|mxn|krw|zar|myr|thb|idr|php|try|rs\.?)\s?\d|\d[\d,.\s]*(?:k|m)?\s?(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|sek|nok|dkk|jpy|yen|inr|rupees?|aud|cad|pln|zł|rmb|cny|yuan|aed|dirhams?|sar|riyals?|sgd|brl|reais|mxn|pesos?|krw|won|zar|rand)\b)/i;
/** Each amount of money in a text. */
const MONEY_EACH = new RegExp(MONEY.source, 'gi');
/** An enumerated list after a colon: "Checklist: 1. Open port 443. 2. ...", "to sum up: 1) ...; 2) ...". */
const INLINE_LIST = /:\s*(?:1[.)]|[-•*])\s[\s\S]*?(?:\b2[.)]|\n\s*[-•*])\s/;
const WHO_ASKED = opening(String.raw`(?:(?:and|so|also|btw)\W+)?(?:who|whom)\b`);
/** "sent it again", "forwarded them": the thing asked for, as a pronoun. */
const DONE_WITH_IT = /\b(?:sent|forwarded|shared|uploaded|resent|done)\s+(?:it|them|this|that)\b/i;
/** "done, same folder", "All done!": a statement that opens on a task being done. */
const BARE_DONE = /^\W*(?:all\s+)?done\b/i;
/** "Any tips?", "any advice for her?", "What would you recommend?": the client asks for advice. */
const ASKS_ADVICE =
  /\b(?:any|some|your)\s+(?:tips?|advice|recommendations?|suggestions?)\b|\bwhat\s+(?:would|do|should)\s+(?:you|i|we)\s+(?:recommend|suggest|advise)\b|\b(?:can|could|would)\s+you\s+(?:please\s+)?(?:suggest|recommend|advise|propose)\b/i;
/** "My best advice: ...", "you must try ...", "I'd recommend ...": advice given. */
const ADVICE_GIVEN =
  /\b(?:advice|tip|tips|recommend|recommendation|suggest|suggestion|options?)\b|\bi(?:'d|’d|\s+would)\s+(?:lean|go|opt|pick|choose)\b|\byou\s+(?:must|should|could|have\s+to)\s+(?:try|visit|see|go|take|get|book|bring)\b/i;
/** Whether something is in the price: "is onboarding included or extra?", "any additional cost?". */
const INCLUDED_ASKED =
  /\b(?:included|include|includes|extra|additional\s+(?:cost|costs|charge|fee)|on\s+top)\b/i;
/** Whether something changes: "will the price change?", "does the freight go up?". */
const CHANGE_ASKED = /\b(?:change[sd]?|changing|increase[sd]?|go(?:es)?\s+up|rise[sn]?|differ(?:ent)?)\b/i;
/** "Prices are up about 4%", "the rate went down", "it will increase by 3%": a change told. */
const CHANGE_TOLD =
  /\b(?:(?:is|are|go(?:es)?|went|will\s+go|has\s+gone|have\s+gone)\s+(?:up|down)|increase[sd]?|rise[sn]?|rose|drop(?:s|ped)?|decrease[sd]?)\b/i;
/** "stays the same", "remains unchanged", "no change": the answer that nothing changes. */
const UNCHANGED_TOLD =
  /\b(?:(?:stays?|remains?|is|are|will\s+be)\s+(?:exactly\s+)?(?:the\s+same|unchanged|as\s+(?:it\s+is|before|today|now))|no\s+change|(?:does|do|will)(?:\s+not|n't|n’t)\s+change|won't\s+change|won’t\s+change)\b/i;
/** What a price covers: "covers setup", "includes two training days", "quoted separately", "at no extra cost". */
const INCLUDED_TOLD =
  /\b(?:covers?|includes?|included|including|(?:is|are)\s+extra|quoted\s+separately|charged\s+separately|at\s+no\s+(?:extra\s+|additional\s+)?cost|free\s+of\s+charge)\b/i;
/** The rep's own price or package named: "the price covers ...", "our plan includes ...". */
const OUR_PRICE =
  /\b(?:the|our|this|your)\s+(?:price|fee|quote|quotation|package|plan|licen[cs]e|subscription|offer)\b/i;
/** People named in answer: "just me and our CTO", "my colleague Ana", "the two of us". */
const PEOPLE_NAMED =
  /\b(?:me|myself|us|colleague|colleagues|ceo|cfo|cto|coo|manager|director|engineer|architect|team|head\s+of)\b|[\w.+-]+@[\w-]+\.[\w.]+/i;
/** "Take a look", "look into it", "check", "investigate": the rep's side is asked to examine something. */
const LOOK_ASKED =
  /\b(?:(?:take|taking|have|having)\s+(?:a\s+)?(?:quick\s+)?look|look\s+(?:at|into)|check|investigate|dig\s+into)\b/i;
/** "We checked ...", "our logistics team has reviewed it", "our engineers found ...", "we are investigating": the look taken. */
const LOOKED_TOLD =
  /\b(?:(?:we|i|our\s+(?:\w+\s+)?(?:team|engineers?|developers?|support))\s+(?:have\s+|has\s+|already\s+)?(?:checked|looked|tested|investigated|reproduced|reviewed|analy[sz]ed|traced|debugged|found|identified|diagnosed|pinpointed)|(?:we|i)(?:'ve|’ve)\s+(?:already\s+)?(?:checked|looked|tested|investigated|reproduced|reviewed|analy[sz]ed|traced)|(?:we|i)(?:'re|’re|\s+are|'m|’m|\s+am)\s+(?:already\s+)?(?:looking|checking|investigating|debugging))\b/i;
/** "caused by", "that's what broke the connector", "the root cause is", "is a mistake of": a finding told as a cause. */
const CAUSE_TOLD =
  /\b(?:caused\s+by|(?:that|this)(?:'s|’s|\s+is|\s+was)\s+what\s+(?:broke|caused)|the\s+(?:root\s+)?cause\s+(?:is|was)|(?:is|was)\s+(?:a|the)\s+(?:mistake|fault|error)\s+of|(?:may|might|does|partly)?\s*comes?\s+from)\b/i;
/** "Can you explain what happened?", "explain why the seal failed", "explain the difference": a cause asked for. */
const CAUSE_ASKED =
  /\bexplain\s+(?:what\s+happened|why|how\s+(?:this|it|that)\s+happened|the\s+(?:difference|gap|increase|change))\b/i;
/** Clients named as a kind or a share of a kind: "three banks", "two of the largest insurers". */
const ORGS_NAMED =
  /\b(?:customers?|clients?|banks|insurers|retailers|hospitals|utilities|operators|manufacturers|distributors|companies|firms|brands|chains|institutions|universities|airlines|carriers|municipalities|agencies|funds)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|most|some|a\s+few)\s+of\s+(?:the|our)\s+(?:largest|biggest|leading|top|major|main)\b/i;
/** "Which certifications ...?", "which models ...?": the kind of thing asked for. */
const WHICH_ASKED = opening(String.raw`(?:(?:and|so|also|btw)\W+)?which\s+([a-z]{4,})`);
/** "certifications" and "certificates", "models" and "model": one stem. */
function sameStem(word: string, text: string): boolean {
  const stem = word.toLowerCase().slice(0, Math.max(5, Math.min(word.length - 3, 8)));
  return new RegExp(`\\b${escapeRegExp(stem)}`, 'i').test(text);
}
/** An e-mail address, a phone number or a web address. */
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s()-]{6,}\d|\b(?:https?:\/\/|www\.)\S+/i;
/** A request for a quote: answered by an amount as much as by an attachment. */
const QUOTE_REQUEST = /\b(?:offer|quote|quotation|pricing|price list|proposal)\b/i;
/** "Can you ...?", "Could someone ...?", "Can your team ...?": the rep's side is asked to do something. */
const ASKED_OF_YOU =
  /\b(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|one\s+of\s+your\s+\w+|your\s+(?:team|engineers?|developers?|people|colleagues?|support))\b|^\W*(?:please|kindly)\b/i;
/** "Is it available in Turkish?", "Do you support SSO?": whether the product has something. */
const AVAILABILITY = /\b(?:available|availability|support|supports|supported|compatible|ready)\b/i;
/** "scheduled for September", "due in Q3", "from version 4.2": a plan with its date. */
const PLANNED =
  /\b(?:scheduled|planned|due|coming|expected|launch|launches|launching|release|released|roadmap|from\s+(?:version|release|firmware))\b/i;
/** "I'm afraid I can't share ...", "we are unable to offer ...": a request declined. */
const REFUSAL =
  /\b(?:i|we)(?:'m|’m|\s+am|'re|’re|\s+are)?\s+(?:afraid\s+(?:i|we)\s+)?(?:can(?:not|'t|’t|\s+not)|(?:am|are|'m|’m|'re|’re)?\s*(?:unable|not\s+able)\s+to|won't|won’t|will\s+not)\s+(?:share|disclose|give|provide|tell|reveal|send|offer|do|accept|change|make|go|agree|commit)\b/i;
/**
 * A stance on a request or a proposal: "not possible", "not realistic", "already our best price",
 * "we cannot go lower", "the programme stays as it is", "we would not recommend skipping it".
 */
const STANCE =
  /\b(?:(?:is|are|'s|’s)(?:\s+not|n't|n’t)?\s+(?:possible|realistic|feasible|doable|achievable)|not\s+(?:possible|realistic|feasible|doable|achievable|an\s+option)|impossible|unrealistic|already\s+(?:our|the|my)\s+(?:best|lowest|final|bottom)|can(?:not|'t|’t|\s+not)\s+go\s+(?:lower|below|down|further)|stays?\s+as\s+(?:it|they)\s+(?:is|are)|(?:we|i)\s+(?:can|could)\s+do\s+(?:it|that|this)|(?:is|are|'s|’s)(?:n't|n’t)?\s+(?:final|wrong|incorrect|correct|(?:not\s+)?acceptable)|unacceptable|(?:we|i)\s+(?:don't|don’t|do\s+not)\s+change|(?:would|do|could)(?:\s+not|n't|n’t)\s+recommend|(?:is|are|was|were)(?:n't|n’t|\s+not)\s+the\s+(?:issue|problem|reason|cause|point))\b/i;
/**
 * The client asks where the rep stands: "Is it ok for you?", "could you confirm this is acceptable
 * for your side?", "any room for discussion?", "let us know if any issues".
 */
const STANCE_ASKED =
  /\b(?:(?:is|would)\s+(?:it|this|that)\s+(?:be\s+)?(?:ok|okay|fine|acceptable|alright)|(?:it|this|that)\s+(?:is|would\s+be)\s+(?:ok|okay|fine|acceptable|alright)\s+(?:for|with)\b|(?:ok|okay|acceptable)\s+(?:for|with)\s+you|room\s+for|(?:if|any)\s+(?:any\s+)?(?:issues?|problems?|concerns?))\b/i;
/** A concession asked for ("a better rate", "a discount") or a view ("your thoughts"). */
const CONCESSION_OR_VIEW =
  /\b(?:better|lower|best|discount|reduce|reduction|rate|price|cheaper|thoughts|view|opinion|feedback|think)\b/i;
/**
 * "Can you come closer?", "any flexibility?", "is this your final price?", "could you revise the
 * per-unit fee?": a price concession asked for.
 */
const CONCESSION_ASKED =
  /\b(?:(?:revise|revisit|reconsider|rework|adjust)\s+(?:the\s+|your\s+|this\s+)?(?:[\w-]+\s+){0,2}(?:price|pricing|prices|rates?|fees?|offer|quote|quotation|terms)|come\s+(?:closer|down|lower)|go\s+(?:lower|down)|do\s+(?:any\s+)?better|(?:better|lower|best|final|last|lowest)\s+(?:price|rate|offer|deal|terms)|discount|cheaper|flexibility|room\s+(?:on|in|for)\s+(?:the\s+)?(?:price|rate|fee)|wiggle\s+room|leeway|(?:any|some)\s+room)\b/i;
/**
 * "Let me see what I can do", "I'll check with our finance team", "leave it with me": a concession
 * asked for, taken to whoever decides. A coach counts that as an answer: the client knows it is
 * being weighed, and the outcome cannot be promised yet.
 */
const CONSIDERED =
  /\b(?:(?:let\s+me|i'll|i’ll|i\s+will|we'll|we’ll|we\s+will)\s+see\s+what\s+(?:i|we)\s+can\s+do|leave\s+it\s+with\s+(?:me|us)|(?:i'll|i’ll|i\s+will|we'll|we’ll|we\s+will|let\s+me)\s+(?:also\s+)?(?:(?:check|talk|speak|discuss\s+(?:it|this|that))\s+with|ask)\s+(?:my|our)\s+(?:\w+\s+)?(?:team|manager|management|boss|director|finance|cfo|head))\b/i;
const PERCENT = /\d\s?%/;
/** "Did you finish ...?", "Is the survey complete?": whether something is finished. */
const FINISHED_ASKED = /\b(?:finish|finished|complete|completed|done|over)\b/i;
/** "All sites are done", "we finished yesterday", "it's complete". */
const FINISHED_TOLD = /\b(?:done|finished|completed|complete|wrapped\s+up|all\s+set)\b/i;
/** "Did you get up to anything nice?", "Any plans for the summer?": what the rep did or will do with free time. */
const LEISURE_ASKED =
  /\b(?:up\s+to\s+anything|anything\s+(?:nice|fun|special|exciting)|plans?\s+for\s+(?:the\s+)?(?:weekend|holidays?|summer|break|christmas))\b/i;
/** "A quiet one, just a long walk", "nothing special", "mostly reading": free time told, however plain. */
const LEISURE_TOLD =
  /\b(?:(?:very|pretty|fairly|a)\s+(?:quiet|lazy|relaxing|restful|calm|slow)|(?:quiet|lazy|relaxing|restful|calm|slow)\s+(?:one|weekend|week|days?)|nothing\s+(?:much|special|exciting|big)|not\s+much|(?:a|long|short|nice|lovely)\s+walk|walked|hiked|hiking|reading|cooked|cooking|gardening|with\s+(?:the\s+)?(?:family|kids|friends))\b/i;
/**
 * "I attach two short cases", "references from three brewers", "the range we did for a roastery in
 * Turku": past work shown is the track record asked for, yes in other words.
 */
const TRACK_RECORD_SHOWN =
  /\b(?:case\s+stud(?:y|ies)|(?:short|two|three|some|a\s+few|similar|recent)\s+(?:cases|projects|references)|references?\s+(?:from|for|in)|portfolio|(?:we|i)\s+(?:did|made|designed|built|delivered|ran|launched)\s+(?:\w+\s+){0,2}?for\s+(?:a|an|one|two|three|several)\b)/i;
/** "Do you have experience with ...?", "Have you worked with ... before?": the rep's track record. */
const EXPERIENCE_ASKED =
  /\b(?:(?:do|does)\s+(?:you|your\s+\w+)\s+have\s+(?:any\s+|some\s+|prior\s+|previous\s+)?experience|have\s+you\s+(?:ever\s+|already\s+)?(?:worked|done|delivered|used|dealt|implemented|deployed))\b/i;
/** "We haven't worked under ...", "we have delivered for ...", "our experience with ...". */
const EXPERIENCE_TOLD =
  /\b(?:(?:we|i)(?:'ve|’ve|\s+have(?:\s+not)?|\s+haven(?:'|’)t|\s+never|\s+already)\s+(?:\w+\s+)?(?:worked|done|delivered|used|dealt|implemented|deployed|run|supported|served|completed)|experience)\b/i;
/** "Are you going to be at FABTECH?", "Will you attend the expo?", "Is your team coming to Dubai?". */
const ATTENDANCE_ASKED =
  /\b(?:be|attend|attending|come|coming|exhibit|exhibiting)\s+(?:\w+\s+){0,1}?(?:at|to|in)\b|\b(?:attend|attending|exhibit|exhibiting)\b/i;
/** "We are at booth B12", "I will be there on Tuesday", "see you there". */
const ATTENDANCE_TOLD =
  /\b(?:booth|stand\s+\w*\d|be\s+there|(?:will|'ll|’ll)\s+(?:attend|come|exhibit)|(?:are|am|'re|’re|'m|’m)\s+(?:attending|exhibiting|coming)|see\s+you\s+there|(?:won't|won’t|will\s+not)\s+(?:be\s+there|attend|make\s+it))\b/i;
/**
 * "Are you still coming to Manila?" -> "I land on the 18th and I'll be in Makati all week": the
 * rep's travel plan, arriving or being in a named place, says whether they come ("i land" typed in
 * lower case too).
 */
const TRAVEL_TOLD =
  /\b(?:[Ii]|[Ww]e)\s+(?:(?:will|'ll|’ll)\s+)?(?:land|arrive|fly\s+in|get\s+in)\b|(?:will|'ll|’ll)\s+be\s+in\s+\p{Lu}/u;
/**
 * "Could you confirm this (amount, point)?", "any difference from your understanding?", "is this
 * correct?": the client's understanding put to the rep.
 */
const UNDERSTANDING_PUT =
  /\bconfirm\s+(?:this|that|it|these|the\s+(?:above|amount|total|figures?|points?|terms|summary))\b|\bconfirm[,.]?\s*(?:then|so)\b|^\W*(?:please\s+|kindly\s+)?confirm\W*$|\bany\s+differen|\b(?:is|are)\s+(?:this|that|these|it|our\s+understanding)\s+(?:correct|right|accurate)\b|\bconfirm\b[^?]*\bacceptable\b/i;
/** "Your figure is wrong", "Point 1 is not correct", "a small mix-up", "our notes may differ": a correction. */
const CORRECTION_GIVEN =
  /\b(?:is|are|was|were)\s+(?:not\s+|in)?(?:wrong|correct|right|accurate)\b|\bmix-?up\b|\b(?:notes|records|figures|understanding)\s+(?:may\s+|might\s+)?differ\b|\bwould\s+not\s+recommend\b|\b(?:is|are),?\s+I(?:'m|’m|\s+am)\s+afraid,?\s+a\s+separate\b/i;
/** "Confirmed", "we confirm", "match our understanding", "that is correct": a confirmation given. */
const CONFIRMATION_GIVEN =
  /\b(?:confirmed|(?:we|i)\s+(?:hereby\s+|herewith\s+)?confirm|match(?:es)?\s+(?:our|my)\s+(?:understanding|records|notes)|(?:is|are)\s+(?:all\s+)?correct)\b/i;
const NOT_CONFIRMED = /\b(?:not|cannot|can't|can’t|unable\s+to|yet\s+to)\s+(?:be\s+|yet\s+)?confirm/i;
/** "We start the list today", "I'll prepare it by Friday", "we are already working on it": a request taken on. */
const TAKEN_ON =
  /\b(?:we|i)(?:'ll|’ll|\s+will|\s+shall|\s+can|(?:'re|’re|\s+are|'m|’m|\s+am)(?:\s+already)?(?:\s+going\s+to)?)?\s+(?:already\s+)?(?:start|starting|begin|beginning|prepare|preparing|work(?:ing)?\s+on)\b/i;
/** "then we make ...", "once we receive it, we'll ...", "as soon as we have ...": a step after a condition. */
const PRECONDITION =
  /\b(?:then\s+(?:we|i|you\s+(?:will|'ll|’ll|can))|(?:once|as\s+soon\s+as|after)\s+(?:we|i)\s+(?:receive|get|have)\b[^.!?]*\b(?:we|i)|before\s+(?:we|i)\s+(?:can\s+)?(?:quote|send|prepare|start|ship|proceed))\b/i;
/** "I need them by tomorrow to prepare the quote": what the quote waits for. */
const NEEDED_TO_QUOTE =
  /\b(?:need|needs|require)\b[^.!?]*\bto\s+(?:prepare|make|send|finali[sz]e|calculate)\b/i;
/** "Curious what you think", "keen to hear your take", "would love your view": a view asked for. */
const VIEW_ASKED =
  /\b(?:curious|keen|eager|interested|(?:love|like)\s+to\s+(?:hear|know))\s+(?:(?:to\s+(?:hear|know)|about)\s+)?(?:what\s+you\s+(?:think|make\s+of)|how\s+you\s+(?:see|feel)|your\s+(?:thoughts|take|view|opinion|read))\b/i;
/** "We should keep ...", "I'd recommend ...", "a good idea": a view given. */
const VIEW_GIVEN =
  /\b(?:(?:we|you)\s+should|(?:i|we)(?:'d|’d|\s+would)?\s+(?:recommend|suggest|advise|rather)|(?:good|great|bad|better)\s+idea|not\s+a\s+good\s+idea|makes?\s+sense)\b/i;
/** "I will send you the price", "we'll come back to you on section 9": the answer promised. */
const DEFERRED =
  /\b(?:i|we|our\s+\w+)(?:'ll|’ll|\s+will|\s+shall)\s+(?:\w+\s+){0,2}?(?:send|confirm|come\s+back|get\s+back|revert|share|let\s+you\s+know|follow\s+up|update|reply|answer)\b/i;
/** "... and will revert by Monday": a promise to come back whose subject came earlier. */
const WILL_REVERT = /\bwill\s+(?:revert|get\s+back|come\s+back|update\s+you|confirm)\b/i;
/** "she'll bring", "can be with you", "we will fix": someone on the rep's side will act. */
const COMMITMENT =
  /\b(?:will|'ll|’ll|can|shall)\s+(?:\w+\s+)?(?:be|come|bring|fix|look|visit|call|send|check|replace|repair)\b/i;
/** Words of any English question, none of them a word of Spanish, Portuguese, French or German ("a", "do", "in" are). */
const ENGLISH_WORD =
  /\b(?:the|is|are|was|were|does|did|can|could|would|will|you|your|we|our|what|how|when|which|who|why|where|of|to|for|and|or|it|any|have|has)\b/i;
/** A time in the statement: a day, a month, "next week", a clock time or a date in figures. */
function hasTime(draft: AnalyzedText, s: Sentence): boolean {
  return TIME_ANSWER.test(draft, s.firstToken, s.endToken) || DATE_FIGURES.test(s.text);
}
/** "14/05", "10:30", "the 15th", "3pm", "55 days", "Q3", "2027", "Jan 24", "2 Mar": a date, a time or a duration, not a sum. */
const DATE_FIGURES =
  /(?<![\d.])\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b(?![./]\d)|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}\s?(?:am|pm|h)\b|\b\d+(?:\s?[-–]\s?\d+)?\s?(?:working\s+|business\s+|calendar\s+)?(?:hours?|days?|weeks?|months?|years?)\b|\b(?:weeks?|wk|cw|kw)\s?\d{1,2}\b|\bQ[1-4]\b|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s?\d{1,2}\b|\b\d{1,2}\s?(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;
/** A day, a month or a span of time, as a lemma: when something happens, not what it is. */
/** "Sure, will do both", "yes to all three": one yes that says it covers every question. */
const COVERS_ALL =
  /\b(?:both|all\s+(?:of\s+)?(?:them|these|those|three|four|(?:the|your)\s+(?:changes|points|items|questions|requests)))\b/i;
/** "Can we talk MOQ next week?", "could we discuss the rollout on a call?": a talk about a topic, proposed. */
const DISCUSSION_PROPOSED = /^\W*(?:can|could|shall|should)\s+we\s+(?:talk|discuss|go\s+over|chat|speak)\b/i;
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|yesterday|weekend|morning|afternoon|evening|night|day|week|month|year|quarter|january|february|march|april|may|june|july|august|september|october|november|december)s?$/;
const PRICE_WORDS = new Set(['much', 'many', 'long', 'price', 'cost', 'discount', 'total', 'fee', 'rate']);

/** Where the question proper starts when the message's greeting cue opens its sentence. */
function afterOpeningGreeting(message: AnalyzedMessage, question: Cue): number {
  const text = message.text.text;
  const greeting = message.cues.find(
    (c) =>
      c.type === 'greeting' &&
      c.start >= question.start &&
      c.end <= question.end &&
      !/\w/.test(text.slice(question.start, c.start)),
  );
  if (!greeting) return question.start;
  const { tokens } = message.text;
  const to = findTokenIndex(tokens, 0, tokens.length, (t) => t.start >= question.end);
  const body = bodyAfterGreeting(tokens, greeting.end, to >= 0 ? to : tokens.length);
  return tokens[body] && tokens[body].start < question.end ? tokens[body].start : question.start;
}

/** "Khun Jake, ", "Rahul ji, ", "Ms. Tan, ": a title and a name opening the question, no greeting word. */
const VOCATIVE = /^\W*(?:[\p{L}.'’-]+\s+){0,2}?[\p{L}.'’-]+,\s*(?=\S)/u;

/** The length of an address to the rep that opens a question ("Jake, how was ...?"), or 0. */
function vocativeLength(ctx: RuleContext, message: AnalyzedMessage, question: Cue): number {
  const body = message.text.text.slice(question.start, question.end);
  const vocative = VOCATIVE.exec(body);
  if (!vocative) return 0;
  const rep = new Set(
    ctx.writer.name
      .toLowerCase()
      .split(/[\s,.]+/)
      .filter(Boolean),
  );
  return vocative[0]
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .some((w) => rep.has(w))
    ? vocative[0].length
    : 0;
}

function answered(ctx: RuleContext, { message, question, closedQuestions, sole }: Asked): boolean {
  const draft = ctx.draft.text;
  const q = message.text;
  // "Good morning Vikram, how was Diwali?": the greeting and the name are not what is asked.
  const greeted = afterOpeningGreeting(message, question);
  const afterGreeting =
    greeted > question.start ? greeted : question.start + vocativeLength(ctx, message, question);
  // "And you must come to us for dinner that evening: Giulia is already planning ...": a lead-in that
  // is itself an invitation is what is asked, not its label.
  const leadIn = LEAD_IN.exec(q.text.slice(afterGreeting, question.end));
  const label =
    (leadIn && !INVITATION.test(leadIn[0]) ? leadIn : null) ??
    LEAD_CLAUSE.exec(q.text.slice(afterGreeting, question.end)) ??
    APOLOGY_LEAD.exec(q.text.slice(afterGreeting, question.end));
  const afterLabel = afterGreeting + (label ? label[0].length : 0);
  const wrapper =
    WRAPPER.exec(q.text.slice(afterLabel, question.end)) ??
    INFO_REQUEST.exec(q.text.slice(afterLabel, question.end)) ??
    INFORM_WRAPPER.exec(q.text.slice(afterLabel, question.end));
  const start = afterLabel + (wrapper ? wrapper[0].length : 0);
  // "Just tell me what to sign and where, I'm flying tomorrow morning.": a clause of the writer's own,
  // spliced on after a comma in a sentence without a question mark, is not asked.
  const fromStart = q.text.slice(start, question.end);
  const spliced = fromStart.endsWith('?') ? null : WRITER_CLAUSE_SPLICED.exec(fromStart);
  const end = spliced ? start + spliced.index : question.end;
  const [first, to] = tokenRange(q, { start, end });
  const asked = q.text.slice(start, end);
  // Only the draft's statements answer: "Can you sign this week?" gives no delivery date.
  // A question without its mark ("I can hold seats if you tell me how many") states something too.
  const asking = draftCues(ctx, 'question', 0.8);
  const statements = draft.sentences.flatMap((s) =>
    asking.some((q) => q.start < s.end && s.start < q.end) ? leadClause(draft, s) : [s],
  );
  // The names in "Hi Yuki, how did ...?" and "Hi Mark, ..." are no answer to anything.
  const names = partyNameWords(ctx);
  const said = contentLemmas(draft);
  for (const n of names) said.delete(n);
  const ownLemmas = new Set([...contentLemmas(q, first, to)].filter((l) => !names.has(l)));
  // A draft sentence on the matter: it shares a content word with it that is not a party's name.
  const onMatter = (matter: Set<string>) => (s: Sentence) =>
    [...contentLemmas(draft, s.firstToken, s.endToken)].some((l) => matter.has(l) && !names.has(l));
  // Words the tagger leaves untagged ("Pro" in "the Pro tier") count here too.
  const words = (t: AnalyzedText, from: number, to: number) =>
    new Set(
      t.tokens
        .slice(from, to)
        .filter(
          (k) =>
            (CONTENT_POS.has(k.pos) || k.pos === 'X') &&
            !LIGHT.has(k.lemma) &&
            k.lemma.length > 1 &&
            // "Dear Mr. Li, ..." and "Dear Mr. Fahad, yes, ...": a title shared is no answer.
            !TITLE.test(k.normal),
        )
        // "Badges: yes please": a capitalised label the tagger takes for a name keeps its plural.
        .flatMap((k) => (LIGHT.has(k.normal) ? [k.lemma] : [k.lemma, k.normal]))
        // "provide the quotation" -> "we'll turn the quote around": one thing, two words.
        .map((l) => (l === 'quotation' ? 'quote' : l)),
    );
  const askedWords = words(q, first, to);
  const takesUp = (s: Sentence) =>
    [...words(draft, s.firstToken, s.endToken)].some((l) => askedWords.has(l) && !names.has(l));
  const request = REQUEST_VERB.test(asked);
  // "$45 feels steep, Linear is cheaper. Also, is SSO included?" -> "The comparison with Linear is
  // not correct, they don't include the API": a question put as a further point ("Also", "Btw") is
  // not answered by a statement that takes up another sentence of the message and none of the
  // question's nouns; its "include" is no yes or no. ("Can your team take a look?" after a bug
  // report asks about that bug: a reply on it answers.)
  const nouns = (t: AnalyzedText, from: number, to: number) =>
    new Set(
      t.tokens
        .slice(from, to)
        .filter((k) => (k.pos === 'NOUN' || k.pos === 'PROPN') && !names.has(k.lemma) && k.lemma.length > 1)
        .map((k) => k.lemma),
    );
  const askedNouns = nouns(q, first, to);
  const elsewhere = new Set(
    q.sentences
      .filter((s) => s.end <= question.start || s.start >= question.end)
      .flatMap((s) => [...contentLemmas(q, s.firstToken, s.endToken)])
      .filter((l) => !askedWords.has(l) && !names.has(l)),
  );
  const aboutElse = (s: Sentence) =>
    askedNouns.size > 0 &&
    FURTHER_POINT.test(q.text.slice(question.start, question.end)) &&
    ![...nouns(draft, s.firstToken, s.endToken)].some((l) => askedNouns.has(l)) &&
    [...contentLemmas(draft, s.firstToken, s.endToken)].some((l) => elsewhere.has(l));
  const onPoint = statements.filter((s) => !aboutElse(s));
  // "Can you add our new PO number 4500-2231?" -> "... with PO 4500-2231 on it": the reference the
  // client gave, repeated in the reply, shows the request carried out.
  const references = (asked.match(REFERENCE) ?? []).filter((r) => !YEAR.test(r));
  if (references.some((r) => draft.text.includes(r))) return true;
  const saidOnPoint = new Set(onPoint.flatMap((s) => [...contentLemmas(draft, s.firstToken, s.endToken)]));
  // "¿Cómo te fue en Cartagena?" -> "Cartagena was wonderful, thank you for asking": the reply says
  // it answers, and takes the question up.
  if (THANKS_FOR_ASKING.test(draft) && (question.about === 'personal' || statements.some(takesUp)))
    return true;
  // "You are from Estonia, the country of digital everything, no?" -> "Guilty as charged, in Estonia
  // even my grandmother ...": a statement with a tag asks only to be agreed with; a reply that takes
  // up its name, or two of its words, has agreed or not.
  if (AGREEMENT_TAG.test(asked)) {
    const proper = new Set(
      q.tokens
        .slice(first, to)
        .filter((t) => t.pos === 'PROPN')
        .map((t) => t.lemma),
    );
    if (
      statements.some((s) => {
        const taken = [...words(draft, s.firstToken, s.endToken)].filter(
          (l) => askedWords.has(l) && !names.has(l),
        );
        return (
          taken.some((l) => proper.has(l)) ||
          taken.length >= 2 ||
          // "..., no?" -> "I see why it looks that way, but our warehouse ...": one word taken up
          // with a "but", an "actually" or a "you're right" is a stance on it.
          (taken.length >= 1 && TAKES_A_SIDE.test(s.text))
        );
      })
    )
      return true;
  }
  // "Can we talk MOQ next week?" -> "MOQ is 5,000 units per SKU": a talk proposed on a topic is
  // overtaken by a reply that settles the topic now.
  if (
    question.about !== 'personal' &&
    DISCUSSION_PROPOSED.test(asked) &&
    onPoint.some((s) =>
      [...nouns(draft, s.firstToken, s.endToken)].some((l) => askedNouns.has(l) && !TIME_WORD.test(l)),
    )
  )
    return true;
  // "we continue?" -> "shall I send you the final quote today?": the rep's next step carries it on.
  if (CARRY_ON_ASKED.test(asked) && CARRIES_ON.test(draft.text)) return true;
  // "i will back to the project next week ok?" -> "it can wait, just be with your brother": the time
  // asked for is granted.
  if (TIME_ASKED_FOR.test(asked) && TIME_GRANTED.test(draft.text)) return true;
  // "Is it ok if I send the number tomorrow?" -> "You need to confirm the room block today": the time
  // refused with a sooner one answers it (how bluntly is blunt-request's).
  if (TIME_ASKED_FOR.test(asked) && statements.some((s) => SOONER_DEMANDED.test(s.text) && hasTime(draft, s)))
    return true;
  // "How was Bucharest, did you manage to see the old town?": the yes/no that closes it is answered
  // by "I did!", and the account after it.
  if (question.form === 'closed' || CLOSED_TAIL.test(asked)) {
    const yes = yesOrNoSentences(draft, statements).filter(
      // A bare "Sure." promises a document without giving it; with several closed questions a yes
      // answers the one whose words it takes up.
      (s) =>
        (!request || contentLemmas(draft, s.firstToken, s.endToken).size > 0) &&
        (closedQuestions <= 1 || takesUp(s) || COVERS_ALL.test(s.text)) &&
        // "you must come to our home for dinner" is not declined by "No need for hotel support".
        (!INVITATION.test(asked) || takesUp(s)),
    );
    if (yes.length > 0) return true;
    // An invitation's day echoed ("on the 4th you must let us take you ..." -> "I arrive on the 4th")
    // neither accepts nor declines it: that is for the invitation check below.
    if (!request && !INVITATION.test(asked) && echoesPredicate(q, first, to, onPoint, draft)) return true;
    if (alternativeNamed(q, first, to, saidOnPoint, draft, onPoint)) return true;
  }
  // An invitation ("When you come, we would be honoured to host you for dinner") is answered by
  // accepting or declining it, not by the date its when-clause mentions.
  // Only the words of the offer count: "When you come to Istanbul next month you must come to our
  // home" -> "Next month I will bring the catalogue" shares the visit's date, not the dinner.
  const invitation = INVITATION.exec(asked) ?? WELCOME_TO_COME.exec(asked);
  if (invitation) {
    const [offerFrom] = tokenRange(q, { start: start + invitation.index, end: question.end });
    // Nor the people it names: "Bilal will pick you up" -> "a tour with Bilal" is the visit's plan.
    const people = new Set(
      q.tokens
        .slice(offerFrom, to)
        .filter((t) => t.pos === 'PROPN')
        .map((t) => t.lemma),
    );
    const offered = new Set(
      [...words(q, offerFrom, to)].filter(
        (l) => !TIME_WORD.test(l) && !/\d/.test(l) && !names.has(l) && !people.has(l),
      ),
    );
    return (
      INVITATION_ANSWER.test(draft.text) ||
      statements.some(
        (s) => [...words(draft, s.firstToken, s.endToken)].filter((l) => offered.has(l)).length >= 2,
      )
    );
  }
  // "Can you tell us what they pay?" -> "I'm afraid I can't share another client's pricing": a
  // request to the rep declined in so many words is answered; how kindly is for other rules.
  // "Kindly advise how we can solve this issue" -> "we cannot accept the claim": so is a remedy asked.
  if (
    (ASKED_OF_YOU.test(asked) || (question.about !== 'personal' && METHOD_ASKED.test(asked))) &&
    statements.some((s) => REFUSAL.test(s.text))
  )
    return true;
  // "Could you consider a better rate?", "Could you check if ±2 µm is possible?", "Let us know your
  // thoughts on running them in parallel" -> "2.9% is already our best price", "That is not
  // realistic": a stance on what was asked answers it, however bluntly (blunt-disagreement's).
  const wholeQuestion = q.text.slice(question.start, question.end);
  if (
    question.about !== 'personal' &&
    // "Perhaps next time we can consider a morning slot?" -> "The timing is not the issue."
    (/\b(?:possible|feasible|realistic|doable|consider)\b|\bany\s+chance\b/i.test(asked) ||
      (ASKED_OF_YOU.test(wholeQuestion) && CONCESSION_OR_VIEW.test(asked)) ||
      // "Any wiggle room if we drop X?" -> "900 hours is realistic for this scope": a concession
      // asked without "can you" is answered by the same stance.
      CONCESSION_ASKED.test(wholeQuestion) ||
      // "Is it ok for you?" -> "This is not acceptable.": where the rep stands, asked and given.
      STANCE_ASKED.test(wholeQuestion)) &&
    statements.some((s) => STANCE.test(s.text) || CONSIDERED.test(s.text))
  )
    return true;
  // "Would it be possible to receive samples in 0.8 mm?" -> "Samples will be dispatched after that":
  // the thing asked for, told as on its way, is the yes (on whatever condition).
  if (
    question.about !== 'personal' &&
    /\b(?:possible|feasible)\b/i.test(asked) &&
    statements.some((s) => WILL_BE_PROVIDED.test(s.text) && takesUp(s))
  )
    return true;
  // "Can you come closer, or is this your final price?" -> "We won't match 18%, but we can move: EUR
  // 13.20 on the 24-month term": a concession asked for is answered by a counter-offer with its
  // figure, or by the price held with one.
  if (
    question.about !== 'personal' &&
    CONCESSION_ASKED.test(wholeQuestion) &&
    statements.some(
      (s) =>
        (MONEY.test(s.text) || PERCENT.test(s.text)) &&
        // A figure of the client's own ("you are 12% above") is no offer.
        (s.text.match(/\d[\d,.]*/g) ?? []).some((n) => !q.text.includes(n)),
    )
  )
    return true;
  // "Did your team finish the survey?" -> "All 42 sites are done now": whether something is
  // finished is answered by saying it is, in whatever words.
  if (
    question.about !== 'personal' &&
    FINISHED_ASKED.test(asked) &&
    statements.some((s) => FINISHED_TOLD.test(s.text))
  )
    return true;
  // "Do you have experience with CBJ rules?" -> "We haven't worked under the CBJ rules yet, but ...":
  // the rep's own track record, yes or no, on what was asked.
  if (EXPERIENCE_ASKED.test(asked) && statements.some((s) => EXPERIENCE_TOLD.test(s.text) && takesUp(s)))
    return true;
  // "Do you have experience with the Nordic market?" -> "I attach two cases: a juice brand from
  // Norway ...": past work shown, in whatever words, answers whether there is any.
  if (EXPERIENCE_ASKED.test(asked) && statements.some((s) => TRACK_RECORD_SHOWN.test(s.text))) return true;
  // "Are you going to be at the trade fair?" -> "Our team is at booth B12, I will be there on
  // Tuesday": where the rep's side will be answers whether they will be there.
  // "What exactly do you offer?" -> "We do real-time temperature tracking for reefer fleets": what
  // the rep's side does, in whatever words, answers what it offers.
  // ("Please let me know what products your company handles": the wrapper takes the "what" with it.)
  const offerAsked = OFFER_ASKED.test(asked) || OFFER_ASKED.test(wholeQuestion.replace(LET_KNOW_LEAD, ''));
  if (offerAsked && statements.some((s) => WE_DO.test(s.text) || weDoInOtherWords(draft, s))) return true;
  if (
    ATTENDANCE_ASKED.test(asked) &&
    statements.some((s) => ATTENDANCE_TOLD.test(s.text) || TRAVEL_TOLD.test(s.text))
  )
    return true;
  // "What would 200 licences cost?" -> "I will send you the price by Thursday": a promise dated and
  // about the point asked tells the client when the answer comes.
  // A promise to send something answers no personal question: "I will send the new quote today" says
  // nothing of the client's "did you make it home for New Year?".
  if (
    question.about !== 'personal' &&
    statements.some((s) => DEFERRED.test(s.text) && hasTime(draft, s) && takesUp(s))
  )
    return true;
  // "Is it available in Turkish?" -> "The Turkish interface is scheduled for September": whether
  // something is available is answered by when it is planned ("Will the samples ship?" is not).
  if (
    AVAILABILITY.test(asked) &&
    statements.some((s) => takesUp(s) && PLANNED.test(s.text) && hasTime(draft, s))
  )
    return true;
  // "Can someone look at it?" -> "Our technician can be with you tomorrow at 9": a request for help
  // with the matter just told is taken on by a dated commitment.
  if (
    ASKED_OF_YOU.test(asked) &&
    /\b(?:it|this|that|them)\b/i.test(asked) &&
    statements.some((s) => COMMITMENT.test(s.text) && hasTime(draft, s))
  )
    return true;
  // "Can you guys take a look?" after a bug report -> "We checked the login and it works in our
  // test environment": a look asked for is answered by reporting it taken, on the matter raised.
  if (ASKED_OF_YOU.test(asked) && LOOK_ASKED.test(asked)) {
    const matter = new Set([...ownLemmas, ...referentOf(ctx, message, start, true)]);
    if (statements.some((s) => LOOKED_TOLD.test(s.text) && onMatter(matter)(s))) return true;
    // "Could you check again?" -> "Your admins changed the proxy config, that's what broke the
    // connector": the cause found is the look taken, whatever words it uses.
    if (statements.some((s) => CAUSE_TOLD.test(s.text))) return true;
    // "I think we were billed twice, would you mind having a look?" -> "There is no double charge:
    // the second line is the March licence": the finding told on the matter, in two of its words,
    // is the look taken, whether or not the reply says "we checked".
    if (
      statements.some(
        (s) =>
          [...contentLemmas(draft, s.firstToken, s.endToken)].filter((l) => matter.has(l) && !names.has(l))
            .length >= 2,
      )
    )
      return true;
  }
  // A question the English tagger cannot read ("E qual é o prazo de entrega dos sensores?") is
  // answered by a statement that takes up one of its longer words ("Os sensores chegam ...").
  if (
    !ENGLISH_WORD.test(asked) &&
    statements.some((s) =>
      [...words(draft, s.firstToken, s.endToken)].some((l) => l.length >= 5 && askedWords.has(l)),
    )
  )
    return true;
  // "Confirm the training dates" -> "That's not correct: training was never included": disputing
  // the question's premise answers it; whether kindly is for blunt-disagreement.
  if (draftCues(ctx, 'negative-evaluation', 0.6).length > 0 && onPoint.some(takesUp)) return true;
  // "May I ask the reason of this price change?" -> "The reason is higher hosting costs", "Why would
  // I pay more?" -> "Fair question. Two things: ...": a reason asked, a reason given.
  if (
    question.about !== 'personal' &&
    REASON_ASKED.test(asked) &&
    statements.some((s) => REASON_GIVEN.test(s.text))
  )
    return true;
  // "What does onboarding typically look like with you?" -> "Onboarding usually takes 4-6 weeks:
  // ...": a description asked of something, told by a statement about it.
  if (question.about !== 'personal' && LOOK_LIKE_ASKED.test(asked) && statements.some(takesUp)) return true;
  // "just checking you're on track for Friday?" -> "please find our quote attached": the thing
  // chased, handed over, answers whether it is on track.
  if (
    ON_TRACK_ASKED.test(asked) &&
    statements.some((s) => PROVIDES.test(draft, s.firstToken, s.endToken) || CARRIED_OUT.test(s.text))
  )
    return true;
  // "Second, our power is 60 Hz. Is the standard model compatible?" -> "About 60 Hz: I have asked our
  // engineers which motor is right. I will reply by Thursday 12 March": the point taken up, then a
  // dated promise right after it.
  // (A question that needs a figure or a date still needs it: "How many pallets would that be?" is
  // not answered by "For 12,000 bottles the price is ... I will send the proforma today".)
  const typed = TYPED.find((t) => t.asks.test(asked));
  if (question.about !== 'personal' && !typed) {
    const matter = new Set([...ownLemmas, ...referentOf(ctx, message, start)]);
    if (
      draft.sentences.some(
        (s, i) =>
          DEFERRED.test(s.text) &&
          hasTime(draft, s) &&
          i > 0 &&
          FRAMED.test(draft.sentences[i - 1]!.text) &&
          onMatter(matter)(draft.sentences[i - 1]!),
      )
    )
      return true;
  }
  // "just tell me where to sign", "let us know what is necessary from our side": the next step asked
  // for is given by the rep taking it ("Shall I send the agreement through DocuSign today?") or by
  // what the client is asked for ("could you kindly send us the roof drawings").
  if (
    question.about !== 'personal' &&
    NEXT_STEP_ASKED.test(asked) &&
    (CARRIES_ON.test(draft.text) || NEEDED_FROM_CLIENT.test(draft.text) || draftOrders(ctx, 0.6).length > 0)
  )
    return true;
  // "How was the flight back?" -> "no delays this time, I even slept a few hours": the journey told.
  if (TRIP_ASKED.test(asked) && statements.some((s) => TRIP_TOLD.test(s.text))) return true;
  // "did you watch the game yesterday??" -> "I caught it in a packed bar": the seeing told.
  if (SEEN_ASKED.test(asked) && statements.some((s) => SEEN_TOLD.test(s.text))) return true;
  // "Please tell me if you have any food preference" -> "We eat everything", "no allergies": what
  // the guest eats, told without the question's words.
  if (DIET_ASKED.test(asked) && statements.some((s) => DIET_TOLD.test(s.text))) return true;
  // "Is it possible to deliver before 1 November?", "Can you ship by the end of May?" -> "The units
  // leave our warehouse in week 41 and reach Kaunas around 12 October": a dated delivery says
  // whether the deadline is met, yes or no, without the question's words.
  if (
    question.about !== 'personal' &&
    DEADLINE_ASKED.test(asked) &&
    statements.some((s) => hasTime(draft, s) && DELIVERY_TOLD.test(s.text))
  )
    return true;
  // "What did I miss?", "Catch me up?" after a leave: any news of the business is the catch-up
  // asked for ("the framework agreement ends on 30 September, Liis has the draft").
  if (
    question.about !== 'personal' &&
    CATCH_UP.test(asked) &&
    statements.some((s) => contentLemmas(draft, s.firstToken, s.endToken).size >= 3)
  )
    return true;
  // "Send me your SOC 2 report": a document asked for in the imperative is answered by sending it,
  // saying it is sent or when it will be, or asking about it ("Shall I address it to legal?").
  // "pricing sheet for the MS-200?" -> "here you go: mirai-sensors.com/pricing/ms200.pdf".
  if (DOCUMENT_NAMED.test(asked) && statements.some((s) => HANDED_OVER.test(s.text) || LINK.test(s.text)))
    return true;
  if (
    DOCUMENT_REQUEST.test(wholeQuestion) &&
    (statements.some(
      (s) => CARRIED_OUT.test(s.text) || DEFERRED.test(s.text) || HANDED_OVER.test(s.text) || takesUp(s),
    ) ||
      asking.some((a) => /\b(?:it|them|this|these)\b/i.test(draft.text.slice(a.start, a.end))))
  )
    return true;
  // "What times work for you?" is answered by proposing a slot, even as a question: "Would Tuesday
  // at 16:00 suit you?".
  // "Can you propose two dates in early December?" -> "How about December 3-4 or 8-9?": dates
  // asked for are given, as a question or a statement.
  if (
    (SCHEDULING.test(asked) || DATES_ASKED.test(asked)) &&
    draft.sentences.some((s) => TIME_ANSWER.test(draft, s.firstToken, s.endToken))
  )
    return true;
  // "Would you have 30 minutes next week?", "Are you free on Thursday?": asked for the rep's time, a
  // slot proposed ("Would Tuesday at 14:00 suit you?") or a yes in a word ("Happy to") answers.
  if (
    TIME_ASKED.test(asked) &&
    (MEETING_ACCEPTED.test(draft.text) ||
      draft.sentences.some((s) => TIME_ANSWER.test(draft, s.firstToken, s.endToken)))
  )
    return true;
  // "What's the fastest way to get them back online?", "Kindly advise the procedure for return": asked
  // how, the reply answers with the steps, as instructions or as what each side will do, about the
  // matter raised ("Send photos of the 14 panels", "we can ship a loan server").
  if (question.about !== 'personal' && METHOD_ASKED.test(asked)) {
    const matter = new Set([...ownLemmas, ...referentOf(ctx, message, start, true)]);
    const orders = draftOrders(ctx, 0.6);
    const step = (s: Sentence) =>
      PLAN_TOLD.test(s.text) || orders.some((o) => o.start < s.end && s.start < o.end);
    // "How do I add users?" -> "Here are the steps: 1. Go to Settings. 2. Click Invite.": a numbered
    // list of orders is the method, whatever its words ("1. dark mode 2. faster search" is not).
    if (INLINE_LIST.test(draft.text) && statements.some(step)) return true;
    // "Settings → Team → Invite": a click path is the steps.
    if (CLICK_PATH.test(draft.text)) return true;
    if (statements.some((s) => step(s) && onMatter(matter)(s))) return true;
    // "How do I order?" -> "Send the PO to orders@... with reference Q-2291": the way to a commercial
    // act is its steps, in whatever words.
    if (COMMERCIAL_ACT_HOW.test(asked) && statements.some(step)) return true;
  }
  // "Could you confirm this amount?", "Please let us know if there is any difference from your
  // understanding" -> "Your figure is wrong: the unit price is ...", "Point 1 is not correct", "one
  // point where our notes differ": the client's understanding put to the rep is answered by a
  // confirmation or a correction of it, however blunt (blunt-disagreement's). (A date or a price to
  // confirm still needs it: typed.)
  if (
    !typed &&
    UNDERSTANDING_PUT.test(asked) &&
    statements.some((s) => CONFIRMATION_GIVEN.test(s.text) || CORRECTION_GIVEN.test(s.text))
  )
    return true;
  // "Confirm by return email", "Please confirm the order" -> "PO received and confirmed": a bare
  // confirmation asked for is given in a word; a date or a price to confirm still needs it (typed).
  if (
    !typed &&
    /\bconfirm$/i.test(wrapper?.[0].trim() ?? '') &&
    statements.some((s) => CONFIRMATION_GIVEN.test(s.text) && !NOT_CONFIRMED.test(s.text))
  )
    return true;
  // "Can you prepare the profile list?" -> "We start the list today": the request taken on, with
  // when, about the thing asked for.
  if (request && statements.some((s) => TAKEN_ON.test(s.text) && hasTime(draft, s) && takesUp(s)))
    return true;
  // "Could you send a quotation?" -> "We need the signed NDA first; once we have it, we prepare the
  // quotation": the request taken on with its precondition, about the thing asked for, is answered
  // (whether the condition is put kindly is blunt-request's).
  if (request && statements.some((s) => PRECONDITION.test(s.text) && takesUp(s))) return true;
  // "Could you send pricing for the two-group model?" -> "I need the addresses by tomorrow to prepare
  // the quote": a quote under any of its names, with what it waits for.
  if (
    QUOTE_REQUEST.test(asked) &&
    statements.some(
      (s) => QUOTE_REQUEST.test(s.text) && (PRECONDITION.test(s.text) || NEEDED_TO_QUOTE.test(s.text)),
    )
  )
    return true;
  // "Curious what you think", "Keen to hear your take": a view asked on what the message proposed is
  // answered by a stance, a "no" included (how kindly is blunt-disagreement's).
  if (
    question.about !== 'personal' &&
    VIEW_ASKED.test(asked) &&
    (draftCues(ctx, 'negative-evaluation', 0.6).length > 0 ||
      yesOrNoSentences(draft, onPoint).length > 0 ||
      onPoint.some((s) => STANCE.test(s.text) || VIEW_GIVEN.test(s.text)))
  )
    return true;
  // "Could you send us the specification and price?" -> "Attached are the specs and our price
  // list": a figure asked to be sent is answered by sending it, about what was asked.
  if (request && statements.some((s) => PROVIDES.test(draft, s.firstToken, s.endToken) && takesUp(s)))
    return true;
  // "Will the freight cost change?" -> "The freight cost stays the same": whether something changes,
  // answered by its staying as it is, said of something the question named.
  if (
    question.about !== 'personal' &&
    CHANGE_ASKED.test(asked) &&
    statements.some(
      (s) =>
        (UNCHANGED_TOLD.test(s.text) && takesUp(s)) ||
        // "any idea if price goes up?" -> "Prices are up about 4%": the price words count here.
        // (By stem: the tagger may read a sentence-initial "Prices" as a name.)
        (CHANGE_TOLD.test(s.text) && [...ownLemmas].some((l) => sameStem(l, s.text))),
    )
  )
    return true;
  if (typed) {
    // "Can you ship samples to Verona? How long would it take?": "it" is what the sentence before asked.
    const inContext =
      ownLemmas.size <= 2 && /\b(?:it|that|this)\b/i.test(asked)
        ? `${q.sentences.filter((s) => s.end <= question.start).at(-1)?.text ?? ''} ${asked}`
        : asked;
    // "any news on the rate limit thing?" chases the question asked before ("what are the rate limits
    // on the standard plan?"): its words are what a figure has to be about.
    const typedLemmas = STATUS_ASKED.test(asked)
      ? new Set([...ownLemmas, ...referentOf(ctx, message, start)])
      : ownLemmas;
    return statements.some((s) => typed.answer(draft, s, inContext, typedLemmas));
  }
  // "Would this be possible?" after a proposal asks about the proposal, and a bare "Any update?"
  // about the matter last raised: a reply that takes up its subject, agreeing or not, has answered;
  // whether a "no" was kind is for blunt-disagreement.
  // A question with no content word of its own ("What are you going to do about it?", "Could you
  // please check?") asks about the matter just raised, like "Would this be possible?".
  // "How did it go in Monterrey?" names its own subject: a place or a name is content enough.
  const named = q.tokens.slice(first, to).some((t) => t.pos === 'PROPN' && ownLemmas.has(t.lemma));
  const contentless = question.about !== 'personal' && ownLemmas.size <= 1 && !named;
  if (REFERS_BACK.test(asked) || BARE_STATUS.test(asked) || contentless) {
    const referent = referentOf(ctx, message, start, contentless);
    if ([...referent].some((l) => said.has(l) && !names.has(l))) return true;
  }
  // "Can you send the invoice to finance?" -> "Done, the invoice went out an hour ago": a request is
  // answered by reporting it carried out.
  // "Can you resend the invoice?" -> "just sent it again": "it" is the thing asked for.
  if (
    request &&
    statements.some((s) => CARRIED_OUT.test(s.text) && (takesUp(s) || DONE_WITH_IT.test(s.text)))
  )
    return true;
  // "can you rerun the October export with the French labels?" -> "done, same folder": any task asked
  // of the rep is answered by a statement that opens on its being done.
  if (ASKED_OF_YOU.test(asked) && statements.some((s) => BARE_DONE.test(s.text))) return true;
  // "The invoice says Dublin, Ohio. Can you fix it?" -> "The corrected invoice is on its way": "it"
  // is the matter told before, and the reply reports it done.
  if (request && /\b(?:it|them|this|that)\b/i.test(asked)) {
    const matter = referentOf(ctx, message, start, true);
    if (statements.some((s) => CARRIED_OUT.test(s.text) && onMatter(matter)(s))) return true;
  }
  // "Is onboarding included in the price or extra?" -> "The AED 18,000 covers setup and training;
  // integrations are quoted separately": what a price covers answers what it includes.
  if (
    question.about !== 'personal' &&
    INCLUDED_ASKED.test(asked) &&
    statements.some(
      (s) =>
        INCLUDED_TOLD.test(s.text) &&
        (MONEY.test(s.text) || OUR_PRICE.test(s.text)) &&
        // "Are installation and training part of it?" names what it asks about: "it includes a
        // 3-year warranty" tells of something else.
        (question.form !== 'closed' || takesUp(s)),
    )
  )
    return true;
  // "Any tips for a first-timer?" -> "You must try the pastéis de nata": advice asked, advice given.
  if (
    ASKS_ADVICE.test(asked) &&
    (draftOrders(ctx, 0.6).length > 0 || statements.some((s) => ADVICE_GIVEN.test(s.text)))
  )
    return true;
  // "Who else will attend?" -> "Just me and our CTO": people named answer a who-question; "Who else
  // uses it?" -> "Two of the largest pension funds", "three banks in Lima": so do organisations.
  if (WHO_ASKED.test(asked) && statements.some((s) => PEOPLE_NAMED.test(s.text) || ORGS_NAMED.test(s.text)))
    return true;
  // "Which certifications does the plant have?" -> "Our certificates (ISO 9001 ...) are attached":
  // the reply names the kind of thing asked for.
  const which = WHICH_ASKED.exec(asked);
  if (which && statements.some((s) => sameStem(which[1]!, s.text))) return true;
  // A status question is answered by news on the matter: the question's own words or, for "Any
  // luck?" / "Did the team look at it?", the matter last raised.
  if (question.about !== 'personal' && STATUS_ASKED.test(asked)) {
    // "Where are we?" -> "The patch was deployed yesterday": the matter done is the news; so is its
    // plan with a date ("Status of 5521?" -> "Production release is Thursday 12:00").
    if (statements.some((s) => ALREADY_DONE.test(s.text) || (PLANNED.test(s.text) && hasTime(draft, s))))
      return true;
    // "Is there any update on the replacement?" -> "Our logistics team has reviewed your photos":
    // the look taken is the news.
    if (statements.some((s) => LOOKED_TOLD.test(s.text))) return true;
    const matter = new Set([...ownLemmas, ...referentOf(ctx, message, start)]);
    if (statements.some(onMatter(matter))) return true;
  }
  // "advise the vessel name" -> "to load on 2 October on the MV Black Sea Star".
  if (VESSEL_ASKED.test(asked) && statements.some((s) => VESSEL_NAMED.test(s.text))) return true;
  // "Can you explain what happened?" -> "It is a mistake of your QC team": the cause given answers it,
  // however bluntly (blunt-disagreement's).
  if (CAUSE_ASKED.test(asked) && statements.some((s) => CAUSE_TOLD.test(s.text))) return true;
  // "Tell me what's wrong with it": asked for a verdict, the reply's verdicts answer it.
  if (ASKS_VERDICT.test(asked) && draftCues(ctx, 'negative-evaluation', 0.6).length > 0) return true;
  // "For the mine, we will provide helmets": a statement that names its point and takes up the
  // question's words is the answer to it, point by point.
  if (statements.some((s) => FRAMED.test(s.text) && takesUp(s))) return true;
  // "How did the move go?" is answered by telling how it went, "Did you get up to anything nice at
  // the weekend?" by telling what one did: the rep's own news returns the question. Not a line
  // within the reply's congratulation on the client's news ("... I'm sure the family will love it").
  const acknowledgements = draftCues(ctx, 'acknowledgement');
  const ownNews = draftCues(ctx, 'personal-disclosure', 0.8).filter(
    (c) => !acknowledgements.some((a) => a.start <= c.start && c.end <= a.end),
  );
  if (
    question.about === 'personal' &&
    (HOW_DID_IT_GO.test(asked) || LEISURE_ASKED.test(asked)) &&
    (ownNews.length > 0 || statements.some((s) => LEISURE_TOLD.test(s.text)))
  )
    return true;
  // "Might be worth a chat before the renewal": a talk proposed is answered by taking it up (a
  // call, a time, a meeting in other words); pushing the next step passes over it.
  const meetingAsked = PROPOSED_MEETING.test(asked) || MEETING_OFFERED.test(asked);
  if (
    meetingAsked &&
    (MEETING_ACCEPTED.test(draft.text) || draft.sentences.some((s) => MEETING_TAKEN_UP.test(s.text)))
  )
    return true;
  // "Let's talk next week?" -> "Tuesday or Wednesday afternoon is better for you?": a talk proposed is
  // taken up by offering a slot, as a question or a statement ("Thursday at 4 works for me").
  if (
    LETS_TALK.test(asked) &&
    (MEETING_ACCEPTED.test(draft.text) ||
      draft.sentences.some(
        (s) =>
          TIME_ANSWER.test(draft, s.firstToken, s.endToken) &&
          (asking.some((a) => a.start < s.end && s.start < a.end) || SLOT_OFFERED.test(s.text)),
      ))
  )
    return true;
  // "Could we run the migration in parallel?": a proposal is answered by a stance on it, which
  // takes up the proposal or the reason given just before it ("That is not correct, the delay ...").
  if (PROPOSAL.test(asked) || meetingAsked) {
    // A proposal with words of its own ("can we get SSO on the basic plan?") is about them and the
    // reason given beside it, not an older message: "5 seats" asked months ago is no part of it.
    const subject = new Set([...ownLemmas, ...referentOf(ctx, message, start, false, ownLemmas.size < 2)]);
    const taken = [...subject].filter((l) => said.has(l) && !names.has(l));
    // A meeting offered is not taken up by its town and month alone ("we leave Porto on 30 April"):
    // one shared word has to be of the meeting itself (the plant to visit, the visit).
    const places = new Set(
      q.tokens
        .slice(0, to)
        .filter((t) => t.pos === 'PROPN')
        .map((t) => t.lemma),
    );
    if (taken.length >= 2 && (!meetingAsked || taken.some((l) => !TIME_WORD.test(l) && !places.has(l))))
      return true;
    // "Could we have a short call this week?" -> "Call me at 15:00 today": a time set for it. A
    // meeting's time sets the meeting: "the goods leave Porto on 30 April" shares the place, no more.
    if (
      statements.some(
        (s) =>
          takesUp(s) &&
          TIME_ANSWER.test(draft, s.firstToken, s.endToken) &&
          (!meetingAsked || MEETING_TAKEN_UP.test(s.text)),
      )
    )
      return true;
  }
  // "What kind of PUE improvements are your clients seeing?" -> "Most sites see PUE drop by 0.05 to
  // 0.12": results asked for, a figure said about them.
  // (The question cue may call "what rates are you getting?" personal: results are results.)
  if (
    RESULTS_ASKED.test(asked) &&
    statements.some((s) => /\d/.test(s.text) && (takesUp(s) || PERCENT.test(s.text)))
  )
    return true;
  // Naming the question's subject is not answering it: "Does the API support batch imports of
  // 10,000 rows?" is not answered by "Our API is REST-based". The reply has to take up at least
  // half of what was asked (or three of its words).
  let askedLemmas = ownLemmas;
  // "What do you need from our side?" has little but a light verb to take up: "We only need a list
  // of users."
  if (askedLemmas.size <= 1) askedLemmas = new Set([...askedLemmas, ...verbLemmas(q, first, to)]);
  // "could you split delivery across two trucks?" -> "Splitting the inland leg is no problem": one
  // word in two forms (the tagger may read the second as a name and keep it whole) shares its stem.
  const draftVerbs = verbLemmas(draft);
  const saidStems = new Set([...said, ...draftVerbs].map(stem));
  const sharedLemmas = [...askedLemmas].filter(
    (l) => said.has(l) || draftVerbs.has(l) || saidStems.has(stem(l)),
  );
  const shared = sharedLemmas.length;
  // "Did you get home ok on Friday?" -> "The quote follows on Friday": a day or a month dates what
  // was asked, it is not what was asked; it answers only a question about nothing else.
  const onlyWhen = sharedLemmas.every((l) => TIME_WORD.test(l)) && askedLemmas.size > sharedLemmas.length;
  if (shared > 0 && !onlyWhen && (shared * 2 >= askedLemmas.size || shared >= 3)) return true;
  const askedTopics = new Set(topicHits(q, first, to).map((h) => h.topic));
  if (topicHits(draft).some((h) => askedTopics.has(h.topic))) return true;
  if (
    (askedTopics.has('weather') || WEATHER_ASKED.test(asked)) &&
    (WEATHER_ANSWER.test(draft) || TEMPERATURE.test(draft.text))
  )
    return true;
  if (HOPED_RECOVERY.test(asked) && statements.some((s) => RECOVERY_TOLD.test(s.text))) return true;
  // ("Tudo bem?", "¿Cómo estás?" are personal too: the question cue knows them.)
  // "all good there?" is taken for business by its words; "all good here, thanks" answers it.
  if ((question.about === 'personal' || WELLBEING_ASKED.test(asked)) && WELLBEING_ANSWER.test(draft))
    return true;
  // "How did your presentation go?" is answered by a verdict in other words: "The talk went well."
  if (HOW_DID_IT_GO.test(asked) && VERDICT.test(draft)) return true;
  // "How was your trip back?" -> "The journey home was long but easy; I slept most of the flight":
  // the rep's own account, a verdict of any adjective beside "I" or "we", answers a personal one.
  if (
    question.about === 'personal' &&
    HOW_DID_IT_GO.test(asked) &&
    statements.some((s) => ownVerdict(draft, s))
  )
    return true;
  // "How was your weekend?" -> "Spent most of it repainting our kitchen 😄": the account told without
  // its "I", as chat often does, opening on what the rep did.
  if (
    question.about === 'personal' &&
    HOW_DID_IT_GO.test(asked) &&
    statements.some((s) => SUBJECTLESS_ACCOUNT.test(s.text))
  )
    return true;
  // "How was your weekend?" -> "I spent Saturday digging garden beds": the rep's own account, told
  // in the past, answers a personal how-question however it is worded.
  if (
    question.about === 'personal' &&
    (HOW_DID_IT_GO.test(asked) || OWN_TIME_ASKED.test(asked)) &&
    statements.some((s) => ownAccount(draft, s))
  )
    return true;
  // "Where did you escape to?" -> "Four days hiking in the Drakensberg": a place named (not a party's
  // name) answers a where-question about the rep. ("Where will our data be hosted?" is not answered
  // by "available in English".)
  if (
    WHERE_ASKED.test(asked) &&
    /\b(?:you|u)\b/i.test(asked) &&
    statements.some((s) =>
      draft.tokens.slice(s.firstToken, s.endToken).some(
        (t, i, tokens) =>
          // The tagger may read a capitalised place as a word ("near Bled" as the verb).
          (t.pos === 'PROPN' || /^\p{Lu}/u.test(t.value)) &&
          !names.has(t.lemma) &&
          // A place follows its preposition: "in the Drakensberg", "near Porto"; "Hi Rica" is a name.
          tokens
            .slice(Math.max(0, i - 2), i)
            .some((p) => p.pos === 'ADP' && /^(?:in|at|to|near|around|outside|from)$/.test(p.normal)),
      ),
    )
  )
    return true;
  // "And yours, are they enjoying the summer?" -> "Mine are at their grandparents' by the lake".
  if (YOURS_ASKED.test(asked) && statements.some((s) => MINE_TOLD.test(s.text))) return true;
  // "Could you send me an offer?" is answered by quoting one in the reply: "The price for two
  // plants is 84,000 EUR."
  if (QUOTE_REQUEST.test(asked) && statements.some((s) => MONEY.test(s.text))) return true;
  // A document answers a request for one ("Can you get me the specs?"), never a personal question
  // ("Did you get to go home?").
  if (
    question.about !== 'personal' &&
    (PROVIDES.test(draft) || LINK_GIVEN.test(draft.text)) &&
    /\b(?:re)?(?:send|share|forward|provide|get|download|access)\b|^\W*where\b/i.test(asked)
  )
    return true;
  // "What is the payment term?" -> "30 days from invoice, as last time": an open what-question
  // answered by a figure that leads a statement.
  if (
    question.about !== 'personal' &&
    question.form === 'open' &&
    /^\W*(?:\p{Lu}[\p{L}.'’-]*\W+){0,3}what\b/iu.test(asked) &&
    statements.some((s) => s.text.split(/:\s+/).some((part) => LEADING_FIGURE.test(part)))
  )
    return true;
  // "Kindly confirm receipt of the payment" -> "Received with thanks", "Well received".
  if (
    /\b(?:confirm\s+(?:the\s+)?receipt|(?:have|did)\s+you\s+(?:\w+\s+)?receive)\b/i.test(wholeQuestion) &&
    statements.some((s) => /\breceived\b/i.test(s.text) && !/\bnot\s+(?:yet\s+)?received\b/i.test(s.text))
  )
    return true;
  // "Will you be exhibiting at Hannover Messe?" -> "We'll be on our stand in Hall 9 ... see it in
  // Hannover": the question's "you will be" turned into the rep's "we will be", on its matter.
  if (WILL_YOU_BE.test(asked) && statements.some((s) => WE_WILL_BE.test(s.text)) && statements.some(takesUp))
    return true;
  // "Do you have stock of the valves?" -> "We have 120 pieces ready": a count of what is held.
  if (
    /\bdo\s+you\s+(?:still\s+)?(?:have|hold|carry|stock)\b/i.test(asked) &&
    statements.some((s) =>
      /\b(?:we|i)(?:'ve|’ve|\s+have)?\s+(?:still\s+)?(?:have|hold|carry|stock|got)\s+(?:about\s+|around\s+|over\s+)?\d/i.test(
        s.text,
      ),
    )
  )
    return true;
  // "Which parts are in stock?" -> "Please see the attached sheet, stock is marked in green": the
  // answer given by attachment, said about what was asked.
  if (
    question.about !== 'personal' &&
    statements.some((s) => PROVIDES.test(draft, s.firstToken, s.endToken) && takesUp(s))
  )
    return true;
  // "What is the status of the claim?" -> "We are checking with the factory and will revert by
  // Monday": a dated promise to come back is the news a status question asks for.
  if (
    question.about !== 'personal' &&
    /\b(?:status|update|progress|news)\b/i.test(asked) &&
    statements.some((s) => (DEFERRED.test(s.text) || WILL_REVERT.test(s.text)) && hasTime(draft, s))
  )
    return true;
  // "Can you send a checklist?" -> "Checklist for your IT team: 1. ... 2. ...": the reply is the
  // thing asked for, listed after a colon.
  if (request && INLINE_LIST.test(draft.text)) return true;
  // "Who should our admins contact?" -> "They can reach support@acme.io": contact details that take
  // up the question answer a who-question.
  if (WHO_ASKED.test(asked) && statements.some((s) => CONTACT.test(s.text) && takesUp(s))) return true;
  // "What do you need from us?", "What are the next steps?", "Which preparations are needed?": the
  // reply answers by saying what it needs, a request, an instruction or a duty, whatever its words.
  if (
    ASKS_FOR_STEPS.test(asked) &&
    (draftCues(ctx, 'business-ask', 0.6).length > 0 ||
      draftOrders(ctx, 0.6).length > 0 ||
      statements.some((s) => DUTY_TOLD.test(s.text) || STEPS_TOLD.test(s.text)))
  )
    return true;
  // "Can the machines reach Hanoi before the holiday?" -> "They are scheduled into Hai Phong on 3
  // February": the one business question of its message, answered in words no check above foresaw.
  // A statement that takes up one of its own words (not a date) and tells something (an open
  // question's answer, or a figure or a date) answers it. Not a request (the act is the answer), a
  // why (a reason is), an invitation, a how-did-it-go, or what a stance answers. "Does the API
  // support batch imports?" -> "Our API is REST-based" still tells nothing of what was asked.
  // Measured on first-run blind writing (dev parts 48-54 on their round-start code 59d8644, 55-57 on
  // 2b5d211): 8 fewer false alarms in 2,000 threads and no finding lost (eval/README, round 27).
  if (
    sole &&
    question.about !== 'personal' &&
    !request &&
    !REASON_ASKED.test(asked) &&
    !INVITATION.test(asked) &&
    !HOW_DID_IT_GO.test(asked) &&
    // A proposal, a meeting offered, a concession or a view asked for is answered by a stance.
    !PROPOSAL.test(asked) &&
    !meetingAsked &&
    !CONCESSION_ASKED.test(wholeQuestion) &&
    !VIEW_ASKED.test(asked) &&
    statements.some(
      (s) =>
        [...contentLemmas(draft, s.firstToken, s.endToken)].some(
          (l) => ownLemmas.has(l) && !names.has(l) && !TIME_WORD.test(l),
        ) &&
        (question.form === 'open' || /\d/.test(s.text) || hasTime(draft, s)),
    )
  )
    return true;
  return false;
}

/**
 * "Did the keys get renewed?" -> "Renewed this morning."; "Any chance of the 15th?" -> "The 15th is
 * not possible.": a statement that takes up the question's own verb or its number says yes or no.
 */
function echoesPredicate(
  q: AnalyzedText,
  first: number,
  to: number,
  statements: Sentence[],
  draft: AnalyzedText,
) {
  // "..., or is it too late?": the yes/no's other half has no predicate of the question's own.
  const or = q.tokens.slice(first, to).findIndex((t) => t.normal === 'or');
  const cut =
    or > 0 && NO_ALTERNATIVE.test(q.text.slice(q.tokens[first + or]!.end, q.tokens[to - 1]?.end))
      ? first + or
      : to;
  const tokens = q.tokens.slice(first, cut);
  // "Does the price include shipping?": a gerund is the object, not what is asked; "Is it still
  // running?" asks about the running.
  const gerundObject = (i: number) =>
    /ing$/i.test(tokens[i]!.value) && !tokens.slice(Math.max(0, i - 3), i).some((t) => t.lemma === 'be');
  // "Is the Saturday slot still open?" -> "Still open lah": the adjective that closes a be-question
  // is its predicate.
  let last = tokens.length - 1;
  while (last >= 0 && (tokens[last]!.pos === 'PUNCT' || tokens[last]!.pos === 'SPACE')) last--;
  const predicate = (i: number) =>
    i === last && tokens[i]!.pos === 'ADJ' && tokens.slice(0, i).some((t) => t.lemma === 'be');
  const keys = new Set(
    tokens
      .filter(
        (t, i) =>
          (t.pos === 'VERB' && !LIGHT.has(t.lemma) && !AUXILIARY.has(t.lemma) && !gerundObject(i)) ||
          predicate(i) ||
          /\d/.test(t.value),
      )
      .map((t) => t.lemma),
  );
  return statements.some((s) => draft.tokens.slice(s.firstToken, s.endToken).some((t) => keys.has(t.lemma)));
}

/** "..., or is it too late?", "... or would that be a problem?", "... or not?": the other side of a yes/no. */
const NO_ALTERNATIVE =
  /^\s*(?:not\b|(?:is|was|would|will)\s+(?:it|that|this)\b|(?:it|that|this)(?:'s|’s|\s+is|\s+was|\s+would|\s+will)\b)/i;
/** "Is it ready or still beta?" is answered by naming one of the alternatives: "It's beta." */
function alternativeNamed(
  q: AnalyzedText,
  first: number,
  to: number,
  said: Set<string>,
  draft: AnalyzedText,
  statements: Sentence[],
): boolean {
  const or = q.tokens.slice(first, to).findIndex((t) => t.normal === 'or');
  if (or <= 0) return false;
  // "Can we add Apple Pay before the launch, or is it too late?": the second half is the "no" of a
  // yes/no question, not a second thing to choose; only its own words ("too late") answer it.
  const rest = q.text.slice(q.tokens[first + or]!.end, q.tokens[to - 1]?.end ?? q.text.length);
  if (NO_ALTERNATIVE.test(rest)) {
    const no = contentLemmas(q, first + or + 1, to);
    // Said as a predicate ("too late for this release"), not of a noun ("sorry for the late reply").
    return statements.some((s) =>
      draft.tokens
        .slice(s.firstToken, s.endToken)
        .some((t, i, all) => no.has(t.lemma) && all[i + 1]?.pos !== 'NOUN'),
    );
  }
  // "Are you in or out?" -> "We're in!": the word on either side of "or", closing a clause of the reply.
  const sides = new Set([q.tokens[first + or - 1]!.normal, q.tokens[first + or + 1]?.normal]);
  const closesOn = (s: Sentence) =>
    draft.tokens
      .slice(s.firstToken, s.endToken)
      .some((t, i, all) => sides.has(t.normal) && /^\p{L}+$/u.test(t.value) && all[i + 1]?.pos === 'PUNCT');
  if (statements.some(closesOn)) return true;
  const left = contentLemmas(q, first, first + or);
  const right = contentLemmas(q, first + or + 1, to);
  const own = (a: Set<string>, b: Set<string>) => [...a].filter((l) => !b.has(l));
  return [...own(left, right), ...own(right, left)].some((l) => said.has(l));
}

/** "And", "Also", "Meanwhile", "In the meantime", "Lastly": a word that links a request to what came before. */
const LINKING = String.raw`(?:(?:and|also|meanwhile|in\s+the\s+meantime|lastly|finally|separately)\W+)?`;
/**
 * "Kindly confirm the warranty period": an information request in the imperative. The verb is the
 * courtesy; what is asked is its object.
 */
/**
 * A clause of time before a request: "Before I release the PO, ", "Once you have it, ". Not a
 * condition: "If not, tell me now" hangs on the question before it.
 */
const REQUEST_LEAD_CLAUSE = /^\W*(?:before|after|once|when|as\s+soon\s+as|since)\b[^,.!?]{1,60},\s*/i;
const INFO_REQUEST = opening(
  String.raw`${LINKING}(?:(?:please|kindly|pls)\W+)?(?:confirm|advise|clarify|specify|indicate|tell\s+(?:me|us)|inform\s+(?:me|us))\b`,
);
/**
 * "Please kindly let us know the lead time", "2) let me know your best price": a question put as a
 * request to be told, with what is asked named after it. Not "let us know if you have questions",
 * the formula that offers help.
 */
const LET_KNOW = opening(
  String.raw`(?:\d+[.)]\s*)?${LINKING}(?:(?:please|kindly|pls)\W+)*let\s+(?:me|us)\s+know\s+(?:the|your|what|when|which|how\s+(?:long|many|much|soon))\b`,
);
/**
 * "We would like to know if the price includes delivery", "we need to know when it ships": a
 * question stated as what the writer wants to know, asked as much as "Does the price include ...?".
 * Only an embedded question: "need to know by tomorrow" presses for an answer asked already.
 */
const WANTS_TO_KNOW = opening(
  // "Our procurement team wants to know what uptime SLA you commit to": asked on someone's behalf.
  String.raw`${LINKING}(?:(?:(?:i|we)\s+)?(?:would\s+like|'d\s+like|’d\s+like|need|want|wish)|(?:our|my)\s+(?:[\w&-]+\s+){1,3}?(?:wants|would\s+like|needs))\s+to\s+know\s+(?:if|whether|what|when|how|which|who|where|why)\b`,
);
/**
 * "And send me your SOC 2 report when you get a chance", "Please share the test protocol": a
 * document asked for in the imperative is asked as much as "Can you send ...?".
 */
const DOCUMENT_REQUEST = opening(
  String.raw`${LINKING}(?:(?:please|kindly|pls)\W+)?(?:re)?(?:send|share|forward|provide|email|e-mail)(?:\s+(?:me|us|over))*\s+(?:[\w-]+\s+){0,4}?(?:reports?|docs?|documents?|documentation|data\s?sheets?|certificates?|certification|contracts?|invoices?|quotes?|quotation|offer|price\s?list|pricing|sheets?|agreements?|specs?|specifications?|drawings?|files?|catalogues?|catalogs?|brochures?|proposal|deck|slides|presentation|forms?|policy|manual|statements?|logs?|minutes|draft)\b`,
);
/** "pricing sheet for the MS-200?", "deck from yesterday?": a document asked for by its name alone. */
const DOCUMENT_NAMED =
  /^\W*(?:(?:and|also|btw)\W+)?(?:the\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|docs?|documents?|data\s?sheets?|certificates?|quotes?|quotation|price\s?list|pricing|sheets?|specs?|drawings?|files?|catalogues?|catalogs?|brochures?|deck|slides|presentation|manual)\b[^?]{0,40}\?+\s*$/i;
/** "mirai-sensors.com/pricing/ms200.pdf", "https://...": a link handed over. */
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|co|de|fr|jp|cn|uk|eu)\/\S+/i;
/** "Here they are", "here it is": the thing asked for, handed over. */
const HANDED_OVER = /\bhere\s+(?:it|they|this|these|you\s+go)\b/i;
/**
 * Where a second thing is asked in the same sentence: "..., and whether ...", "... and share ...",
 * "... and need to know lead time".
 */
const NEXT_REQUEST =
  /,?\s+and\s+(?:(?:also|please|kindly|pls)\s+)*(?=(?:whether|if|what|when|how|which|who|share|send|provide|forward|confirm|advise|clarify|specify|indicate|arrange|revert|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|(?:(?:i|we)\s+)?(?:need|want|would\s+like|'d\s+like|’d\s+like)\s+to\s+know)\b)/gi;
/** What a client can propose to talk over: "a chat", "a call", "to catch up". */
const MEETING = String.raw`(?:quick\s+|short\s+|brief\s+)?(?:chat|call|talk|catch[-\s]?up|meet(?:ing)?|coffee|lunch|dinner|discussion|conversation|sync|session|demo|visit)`;
/**
 * A proposal to talk worded as a statement: "Might be worth a chat before we talk about renewal",
 * "Would be good to catch up when you're in town", "We should have a call". Not "It was good to
 * meet you": the conditional or "should" makes it a proposal.
 */
const PROPOSED_MEETING = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:(?:it\s+)?(?:might|may|could|would|should)\s+be|it(?:'d|’d)\s+be)\s+(?:\w+\s+)?(?:worth|good|great|nice|useful|helpful|wise|(?:a\s+)?good\s+idea)\s+(?:to\s+(?:have|set\s+up|schedule|arrange|do)\s+(?:a\s+)?|to\s+|having\s+(?:a\s+)?|a\s+)?|we\s+should\s+(?:(?:probably|maybe|really)\s+)?(?:(?:have|set\s+up|schedule)\s+(?:a\s+)?)?|let(?:'s|’s|\s+us)\s+(?:have|grab|set\s+up|schedule|arrange|book)\s+a\s+)${MEETING}\b`,
  'iu',
);
/**
 * "If possible we can meet in Lisbon", "I could visit your plant also", "we can meet up": a meeting
 * or a visit offered as a statement. Not "we can meet the deadline" or "meet your specs".
 */
const MEETING_OFFERED =
  /\b(?:we|i)\s+(?:can|could|may)\s+(?:also\s+|maybe\s+|perhaps\s+)?(?:meet(?:\s+up)?(?!\s+(?:the|your|our|this|these|that|those|all|any|its|their|every|each)\b)|visit\s+(?:you|your|the)\b)/i;
/** "Let's talk next week?", "Shall we meet on Monday?", "Can we hop on a call?": a talk proposed. */
const LETS_TALK = new RegExp(
  String.raw`^\W*(?:(?:so|ok|okay|and)\W+)?(?:let(?:'s|’s|\s+us)|shall\s+we|can\s+we|could\s+we)\s+(?:talk|meet|speak|chat|catch\s+up|connect|(?:jump|hop|get)\s+on\s+a\s+call|(?:have|set\s+up|schedule|book|do)\s+(?:a\s+)?${MEETING})\b`,
  'i',
);
/** "Thursday at 4 works for me", "Monday suits us", "I'm free on the 9th": a slot offered. */
const SLOT_OFFERED = /\b(?:works?|suits?|free|available|better|fine|good\s+for|how\s+about|what\s+about)\b/i;
/** "Sounds good!", "Good idea", "Happy to", "Works for me": a proposal accepted in a word ("happy to hear" is not). */
const MEETING_ACCEPTED =
  /\b(?:sounds?\s+(?:good|great|perfect|like\s+a\s+plan)|good\s+idea|great\s+idea|(?:happy|glad)\s+to(?!\s+(?:hear|see|read|know|learn))|works\s+for\s+me|count\s+me\s+in|let(?:'s|’s)\s+do\s+(?:it|that))\b/i;
/** A reply that takes up a proposed talk, to accept, put off or decline it. */
const MEETING_TAKEN_UP = new RegExp(String.raw`\b${MEETING}s?\b`, 'i');

/**
 * Questions the question cue does not mark, which a coach counts all the same (eval/README,
 * settled label questions): an information request in the imperative and an invitation worded as
 * a statement. Each part of "confirm X, and whether Y" is asked on its own.
 */
/** "Waiting for the warranty info", "still waiting on your price": a chase, with what is chased. */
const CHASE =
  /^\W*(?:(?:we|i)\s+(?:are|am|'m|’m|'re|’re)\s+)?(?:still\s+)?(?:waiting|awaiting)\s+(?:for\s+|on\s+)?(?:the\s+|your\s+)?([\p{L}\s-]{3,40}?)\s*(?:info|information|details|answer|reply|feedback)?\s*[.!]*\s*$/iu;

/** A word of what is chased that an earlier message of the rep named ("Warranty I will check"). */
function promisedEarlier(ctx: RuleContext, message: AnalyzedMessage, chased: string): boolean {
  const words = chased
    .toLowerCase()
    .split(/\s+/)
    // "Waiting for your answer" chases the question asked before, which is read on its own.
    .filter(
      (w) =>
        w.length >= 4 &&
        !/^(?:your|their|from|with|about|answer|reply|response|feedback|news|update|info|information|details)$/.test(
          w,
        ),
    );
  return ctx.analysis.messages.some(
    (m) =>
      m.author.role === 'rep' &&
      m.index < message.index &&
      DEFERRED_CHECK.test(m.text.text) &&
      words.some((w) => new RegExp(`\\b${escapeRegExp(w)}`, 'i').test(m.text.text)),
  );
}
/** ", I'm flying tomorrow", ", we are closed on Friday": a clause of the writer's own after a comma. */
const WRITER_CLAUSE_SPLICED = /,\s*(?:i|we)(?:'m|’m|\s+am|'re|’re|\s+are|'ll|’ll|\s+will)\b/i;
/** "I will check with our service team and revert", "let me find out": an answer promised for later. */
const DEFERRED_CHECK =
  /\b(?:(?:i|we)(?:'ll|’ll|\s+will)\s+(?:\w+\s+){0,2}?(?:check|confirm|find\s+out|revert|get\s+back|come\s+back)|let\s+me\s+(?:check|find\s+out|confirm))\b/i;

function unmarkedQuestions(
  ctx: RuleContext,
  messages: readonly AnalyzedMessage[] = ctx.analysis.answered,
): { message: AnalyzedMessage; cue: Cue }[] {
  return messages.flatMap((message) =>
    message.text.sentences.flatMap((s): { message: AnalyzedMessage; cue: Cue }[] => {
      if (s.text.trim().endsWith('?')) return [];
      const invitation =
        INVITATION.test(s.text) ||
        PROPOSED_MEETING.test(s.text) ||
        MEETING_OFFERED.test(s.text) ||
        guestWelcome(message, s.text);
      // "Waiting for the warranty info.": the client chases what the rep promised to find out
      // ("warranty I will check and revert tomorrow"); a reply that passes over it leaves it open.
      const chased = CHASE.exec(s.text);
      if (chased && promisedEarlier(ctx, message, chased[1]!)) {
        const cue: Cue = {
          type: 'question',
          start: s.start,
          end: s.end,
          confidence: 0.8,
          triggers: [chased[0].trim()],
          about: 'business',
          form: 'open',
        };
        return [{ message, cue }];
      }
      if (HOPED_RECOVERY.test(s.text)) {
        const cue: Cue = {
          type: 'question',
          start: s.start,
          end: s.end,
          confidence: 0.8,
          triggers: [HOPED_RECOVERY.exec(s.text)![0]],
          about: 'personal',
          form: 'closed',
        };
        return [{ message, cue }];
      }
      // "Before I release the PO, kindly confirm whether ...": the request after a lead clause.
      const body = s.text.replace(REQUEST_LEAD_CLAUSE, '');
      const request =
        WANTS_TO_KNOW.test(body) ||
        LET_KNOW.test(body) ||
        ((INFO_REQUEST.test(body) || DOCUMENT_REQUEST.test(body)) &&
          message.cues.some(
            (c) => c.type === 'imperative' && c.confidence >= 0.8 && c.start < s.end && s.start < c.end,
          ));
      if (!invitation && !request) return [];
      const cue: Cue = {
        type: 'question',
        start: s.start,
        end: s.end,
        confidence: 0.8,
        triggers: [
          (INVITATION.exec(s.text) ??
            PROPOSED_MEETING.exec(s.text) ??
            MEETING_OFFERED.exec(s.text) ??
            WELCOME_TO_COME.exec(s.text) ??
            INFO_REQUEST.exec(body) ??
            WANTS_TO_KNOW.exec(body) ??
            LET_KNOW.exec(body) ??
            DOCUMENT_REQUEST.exec(body))?.[0].trim() ?? '',
        ],
        about: 'business',
        form: invitation || confirmsClause(body) ? 'closed' : 'open',
      };
      if (invitation) return [{ message, cue }];
      // "confirm the warranty, and whether installation is included", "confirm the dispatch date and
      // share the packing list": two things asked, each answered on its own.
      const cuts = [...s.text.matchAll(NEXT_REQUEST)];
      if (cuts.length === 0) return [{ message, cue }];
      const bounds = [0, ...cuts.map((c) => c.index ?? 0), s.text.length];
      return bounds.slice(1).map((end, i) => {
        const cut = i === 0 ? undefined : cuts[i - 1]!;
        const start = s.start + bounds[i]! + (cut ? cut[0].length : 0);
        const form =
          (cut && /^(?:whether|if)\b/i.test(s.text.slice(bounds[i]! + cut[0].length))) ||
          (!cut && cue.form === 'closed')
            ? 'closed'
            : 'open';
        return { message, cue: { ...cue, start, end: s.start + end, form } };
      });
    }),
  );
}

/** "You are most welcome to attend", "you're always welcome to stay with us": a guest welcomed. */
const WELCOME_TO_COME =
  /\byou(?:'re|’re|\s+are|\s+will\s+be)\s+(?:most\s+|very\s+|more\s+than\s+|always\s+|warmly\s+)?welcome\s+to\s+(?:attend|join|come|visit|stay)\b/i;

/**
 * "My daughter is getting married in Kochi ... if you are in India then, you are most welcome to
 * attend": a guest welcomed to an occasion of the client's private life, told in the same message, is
 * an invitation worded as a statement. (A welcome to a webinar is an announcement, not asked of you.)
 */
function guestWelcome(message: AnalyzedMessage, sentence: string): boolean {
  return (
    WELCOME_TO_COME.test(sentence) &&
    message.cues.some((c) => c.type === 'personal-disclosure' && c.confidence >= 0.85)
  );
}

/**
 * "Pls confirm the certs will be shipped with the machines", "kindly confirm that the price is
 * fixed", "Kindly advise if the filters can come in two batches": confirming a whole clause, or
 * asking if or whether, asks for a yes or a no, as "Will the certs be shipped ...?" does.
 */
function confirmsClause(sentence: string): boolean {
  const request = INFO_REQUEST.exec(sentence) ?? WANTS_TO_KNOW.exec(sentence);
  if (request === null) return false;
  const rest = sentence.slice(request[0].length);
  return (
    /^\s*(?:if|whether)\b/i.test(rest) ||
    (/confirm$/i.test(request[0].trim()) &&
      /^\s*(?:that\s+)?(?:[\w.-]+\s+){1,5}?(?:will|is|are|was|were|has|have|can|shall|would)\b/i.test(rest))
  );
}

/**
 * "At my home", "my majlis", "our villa", "my wife will cook", "be our guest", "come round to ours":
 * hospitality in the host's own home.
 */
const HOME_HOSPITALITY =
  /\b(?:(?:my|our)\s+(?:home|house|place|farm|family|majlis|villa|dacha|garden)|my\s+(?:wife|husband|mother)|our\s+guests?|(?:round|over)\s+to\s+(?:ours|mine))\b/i;
/** "When you come to Osaka", "if you come", "when next you are in Lagos": a visit not yet planned. */
const OPEN_INVITATION =
  /\b(?:when|if|whenever|next\s+time)\s+(?:next\s+)?you\s+(?:\w+\s+)?(?:come|visit|travel|are\s+(?:next\s+)?(?:in|here|around))\b/i;

/** "When you come to Riyadh in April", "when you are here on the 12th": the visit has its date, it is planned. */
const DATED_VISIT =
  /\b(?:january|february|march|april|june|july|august|september|october|november|december|in\s+may|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\s+(?:week|month)|\d{1,2}(?:st|nd|rd|th))\b/i;
/** "How are you?", "How's your week going?", "How are things?": the passing pleasantry of a letter. */
const PLEASANTRY =
  /^\W*(?:(?:and|so|hey|hi|hello)\W+)?(?:\p{Lu}\p{L}*\W+)?how(?:'s|’s|\s+is|\s+are|\s+have|\s+has)\s+(?:you|u|things|everything|life|it\s+going|your\s+(?:week|day|month)(?:\s+going)?)(?:\s+(?:been|going|doing))?\s*[?!.]*\s*$/iu;
/**
 * The client says the answer blocks them or asks for it again: "the blocker", "legal won't move
 * without it", "can't approve the renewal without it", "our customer is asking daily", "per my last
 * email", "still need an answer", "the assembly is waiting".
 */
const PRESSED_QUESTION =
  /\b(?:(?:the|a|our) (?:main |real |only )?blocker|(?:won['’]t|will not|can['’]?t|cannot|can not) (?:move|approve|proceed|sign|continue|go ahead)\b[^.!?]{0,40}\bwithout|asking (?:us |me )?(?:daily|every day)|per my (?:last|previous|earlier) (?:email|mail|message|note)|still (?:need|waiting for|haven['’]t (?:had|got|received)|have not (?:had|got|received)|no (?:answer|reply|news)) (?:an? )?(?:answer|reply|response|update|the)|(?:is|are) (?:still )?waiting (?:on|for) (?:it|this|your|the)|asked (?:this |it )?(?:twice|again|before)|(?:second|third) time)\b/i;

/**
 * "Thank you for the kind invitation", "we would love to", "I would be honoured", "I am honoured",
 * "count me in", "I could not refuse": an invitation accepted or declined is answered.
 */
const INVITATION_ANSWER =
  /\b(?:invitation|invite|(?:i|we)(?:'m|’m|\s+am|'re|’re|\s+are)\s+(?:(?:so|very|truly|deeply)\s+)?(?:delighted|honou?red|touched)|(?:could|can)(?:\s+not|not|n't|n’t)\s+(?:refuse|say\s+no)|(?:i|we)(?:'d|’d|\s+would)\s+(?:love|be\s+(?:delighted|honou?red|happy|glad))\s+to|(?:i|we)(?:'d|’d|\s+would)\s+be\s+(?:delighted|honou?red)\b|count\s+(?:me|us)\s+in|(?:i|we)(?:'d|’d|\s+would)\s+love\s+(?:that|it)|gladly|with\s+pleasure)\b/i;

const questionText = (message: AnalyzedMessage, cue: Cue) =>
  message.text.text.slice(cue.start, cue.end).trim();

/** "Ok, ", "Ah, ", "Sorry, ": a word before a retraction ("Ah, never mind"). */
const INTERJECTION_FIRST = /^\W*(?:ok|oh|ah|sorry|actually)\W+/i;

/** The client moved on from the question in the same message, or withdrew it in a later one. */
function withdrawn(ctx: RuleContext, message: AnalyzedMessage, cue: Cue): boolean {
  // "... HX-32? Ah, never mind, I see it now on page 4": the interjection before the retraction.
  const after = message.text.text.slice(cue.end).replace(INTERJECTION_FIRST, '');
  // "How did the festival go? Anyway, we'll need a quote": a question about the rep's life, then a
  // turn to business, is asked all the same; "never mind" takes back any question.
  if (WITHDRAWN.test(after) && !(cue.about === 'personal' && TURN_TO_BUSINESS.test(after))) return true;
  return ctx.analysis.answered.some(
    (m) =>
      (m.index as number) > (message.index as number) &&
      (WITHDRAWN.test(m.text.text.replace(INTERJECTION_FIRST, '')) ||
        SELF_ANSWERED.test(m.text.text) ||
        thankedSinceFor(message, cue, m) ||
        settledSinceBy(message, cue, m)),
  );
}

/**
 * "Thursday 26th at 14:00 our time?", then "Let's talk on Thursday about the next steps": the
 * client set the day asked about in a later message; the question is settled.
 */
function settledSinceBy(message: AnalyzedMessage, cue: Cue, later: AnalyzedMessage): boolean {
  const day = WEEKDAY.exec(message.text.text.slice(cue.start, cue.end));
  if (!day) return false;
  const sameDay = new RegExp(String.raw`\b${day[0]}\b`, 'i');
  return later.text.sentences.some(
    (s) => !s.text.trim().endsWith('?') && sameDay.test(s.text) && SLOT_SET.test(s.text),
  );
}
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** "Let's talk on Thursday", "see you Friday", "talk Thursday then": a day set for the meeting. */
const SLOT_SET =
  /\b(?:let(?:'s|’s|\s+us)\s+(?:talk|meet|speak|discuss|chat)|see\s+you|talk\s+(?:to\s+you\s+)?(?:on|then)|speak\s+(?:to\s+you\s+)?on)\b/i;

/**
 * "Could we have a call next week?", then "Thank you for the call yesterday": a later message that
 * thanks for the very thing asked for says it happened; the question is overtaken.
 */
function thankedSinceFor(message: AnalyzedMessage, cue: Cue, later: AnalyzedMessage): boolean {
  const [first, to] = tokenRange(message.text, cue);
  const nouns = new Set(
    message.text.tokens
      .slice(first, to)
      .filter((t) => t.pos === 'NOUN' && !LIGHT.has(t.lemma) && !TIME_WORD.test(t.lemma))
      .map((t) => t.lemma),
  );
  // "We would be pleased to welcome you at our office on 8 July" -> "Thank you for visiting our
  // company yesterday": the visit invited is the visit thanked for.
  const visitAsked = VISIT_OFFERED.test(message.text.text.slice(cue.start, cue.end));
  return later.text.sentences.some((s) => {
    const thanks = THANKS_FOR.exec(s.text);
    if (!thanks) return false;
    if (visitAsked && VISIT_THANKED.test(s.text.slice(thanks.index + thanks[0].length))) return true;
    const [from] = tokenRange(later.text, { start: s.start + thanks.index + thanks[0].length, end: s.end });
    return later.text.tokens.slice(from, s.endToken).some((t) => t.pos === 'NOUN' && nouns.has(t.lemma));
  });
}
const VISIT_OFFERED = /\b(?:welcome|host|receive)\s+you\b|\bvisit\b/i;
const VISIT_THANKED = /^\s*(?:your\s+)?(?:visit|visiting|coming|hospitality|the\s+visit)\b/i;
const THANKS_FOR = /\bthank(?:s|\s+you)\b[^.!?]*?\bfor\b/i;

/**
 * "Paul, thank you ... Priya, could you resend invoice 2231?": a question put by another name than
 * the one the message greets (a colleague in copy) is theirs to answer.
 */
function forSomeoneElse(message: AnalyzedMessage, cue: Cue): boolean {
  const vocative = (from: number, to: number) => {
    const tokens = message.text.tokens
      .slice(from, to)
      .filter((t) => t.pos !== 'SPACE' && !/^(?:hi|hello|hey|dear)$/.test(t.normal));
    const [name, comma] = tokens;
    return name?.pos === 'PROPN' && comma?.value === ',' ? name.normal : undefined;
  };
  const [first, to] = tokenRange(message.text, cue);
  const asked = vocative(first, to);
  const greeted = vocative(0, message.text.tokens.length);
  return first > 0 && asked !== undefined && greeted !== undefined && asked !== greeted;
}

/** A numbered or bulleted item: "1) ...", "(2) ...", "b) ...", "- ..." at a line's start or after a colon. */
const LIST_MARK = /(?:^|\n|[:;,]\s)[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-e]\)|[-•*])[ \t]+(?=\S)/g;

/**
 * "I have two questions: 1) what is the lead time, 2) does the price include installation?": each
 * listed item is a question of its own; the lead-in before the first item asks nothing.
 */
function listItems(message: AnalyzedMessage, cue: Cue): Cue[] {
  const body = message.text.text.slice(cue.start, cue.end);
  const marks = [...body.matchAll(LIST_MARK)];
  if (marks.length < 2) return [cue];
  return marks.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < marks.length ? (marks[i + 1]!.index ?? 0) : body.length;
    const item = body.slice(start, end).replace(/[\s,;]+$/, '');
    const open = /^(?:what|how|when|where|which|who|why)\b/i.test(item);
    return {
      ...cue,
      start: cue.start + start,
      end: cue.start + start + item.length,
      form: open ? 'open' : 'closed',
    };
  });
}

/**
 * "Can you ship to Texas, and what would the lead time be?": each part needs its answer. Not "tell me
 * what to sign and where": a bare question word shares the verb before it.
 */
function parts(message: AnalyzedMessage, cue: Cue): Cue[] {
  const items = listItems(message, cue);
  if (items.length > 1) return items.flatMap((item) => parts(message, item));
  const body = message.text.text.slice(cue.start, cue.end);
  const joint =
    /,?\s+(?:and|also|plus)\s+(?=(?:what|how|when|where|which|who|why|can|could|do|does|is|are|will|would)\b(?!\s*(?:[,.;!?]|$)))/gi;
  const cuts = [...body.matchAll(joint)].map((m) => m.index ?? 0);
  if (cuts.length === 0) return [cue];
  const bounds = [0, ...cuts, body.length];
  return bounds.slice(1).map((end, i) => {
    const start = bounds[i]!;
    const part = body.slice(start, end).replace(/^,?\s+(?:and|also|plus)\s+/i, '');
    const offset = cue.start + start + (body.slice(start, end).length - part.length);
    const open = /^(?:what|how|when|where|which|who|why)\b/i.test(part);
    return { ...cue, start: offset, end: cue.start + end, form: open ? 'open' : 'closed' };
  });
}

/**
 * "Could you send the DPA? And does it support MitID?" -> "I'll send the DPA this week" -> "Sounds
 * good, thanks.": a question the rep's last message passed over is still open when all the client
 * has written since is a word of assent; the draft is the next chance to answer it.
 */
function leftOpen(ctx: RuleContext): { message: AnalyzedMessage; cue: Cue }[] {
  const { messages, answered: since } = ctx.analysis;
  const lastRep = messages.map((m) => m.author.role).lastIndexOf('rep');
  const before = messages[lastRep - 1];
  if (lastRep < 1 || before?.author.role !== 'client' || since.length === 0) return [];
  // "great, thank you. Just a reminder that Friday is our deadline.": a short note that asks nothing
  // new leaves the earlier questions where they were; a longer one (up to 16 words) only when the
  // rep's reply was a promise ("We will prepare it this week"), not the answer itself.
  const promised = PROMISED.test(messages[lastRep]!.text.text);
  const assentOnly = since.every(
    (m) =>
      !m.cues.some((c) => (c.type === 'question' || c.type === 'business-ask') && c.confidence >= 0.7) &&
      m.text.tokens.filter((t) => /\p{L}/u.test(t.value)).length <= (promised ? 16 : 8),
  );
  if (!assentOnly) return [];
  const repCtx: RuleContext = { ...ctx, draft: messages[lastRep]! };
  // "Also, please confirm the lead time is still 8 weeks": a request in imperative form is asked too.
  const asked = [
    ...before.cues.filter((c) => c.type === 'question' && c.confidence >= 0.7),
    ...unmarkedQuestions(ctx, [before]).map(({ cue }) => cue),
  ];
  const closedQuestions = asked.filter((c) => c.form === 'closed').length;
  return asked
    .filter(
      (cue) =>
        !parts(before, cue).some((part) =>
          // (Not `sole`: the one-question check was measured on drafts, not on the rep's earlier messages.)
          answered(repCtx, { message: before, question: part, closedQuestions, sole: false }),
        ),
    )
    .map((cue) => ({ message: before, cue }));
}

/**
 * "When can we get on a call? Sometime next week?", "What would it cost? Under 10k?": a fragment with
 * no verb and no question word right after a question offers an answer to it; once that question
 * is answered, so is the fragment.
 */
function offersAnswerTo(
  fragment: { message: AnalyzedMessage; question: Cue },
  asked: { message: AnalyzedMessage; question: Cue }[],
  open: { message: AnalyzedMessage; question: Cue }[],
): boolean {
  const { message, question } = fragment;
  const [first, to] = tokenRange(message.text, question);
  const verbless = !message.text.tokens
    .slice(first, to)
    .some(
      (t) => t.pos === 'VERB' || t.pos === 'AUX' || /^(?:who|what|when|where|which|why|how)$/.test(t.normal),
    );
  if (!verbless) return false;
  const before = asked.find(
    (a) =>
      a.message === message &&
      a.question.end <= question.start &&
      message.text.text.slice(a.question.end, question.start).trim() === '',
  );
  return before !== undefined && !open.includes(before);
}

/** A salutation and a linking word before a question: "Hi Ana, so how was ...". */
const QUESTION_OPENER = opening(String.raw`(?:and|so|also|btw|by the way|oh)?\b,?\s*`);

/**
 * What the question asks about, from the rep's side: "How was your weekend?" -> "my weekend",
 * "How's the weather over there?" -> "the weather here"; undefined for "How are you?".
 */
export function subjectOf(question: string): string | undefined {
  const flipped = question
    .replace(/[?.!]+\s*$/, '')
    .replace(QUESTION_OPENER, '')
    .replace(
      /^(?:how|what)(?:'s|’s|\s+(?:is|was|are|were|did|do|have|has|about))?\s+|^(?:did|do|have|has|are|is|were|was)\s+(?:you\s+(?:have|enjoy|get)\s+)?/i,
      '',
    )
    .replace(/\b(?:a|an)\s+(?:good|nice|great|lovely|relaxing|fun)\s+/i, 'your ')
    .replace(/^any\s+/i, 'your ')
    .replace(/\b(?:over\s+)?there\b/gi, 'here')
    .replace(/\byour\b/gi, 'my')
    .replace(/\byours\b/gi, 'mine')
    .replace(/\byou\b/gi, 'me')
    .trim();
  // Keep the noun phrase: "my daughter feeling better now" -> "my daughter".
  const phrase = flipped
    .split(
      /\s+(?:feeling|doing|going|getting|keeping|coming|been|now|so far|these days|lately|go|went)\b/i,
    )[0]!
    .replace(/\s+(?:is|are|was|were)$/i, '')
    .trim();
  if (
    !phrase ||
    /^(?:me|things|everything|life|it|it going|all)$/i.test(phrase) ||
    phrase.split(/\s+/).length > 6
  )
    return undefined;
  return phrase;
}

/** A reply slot that reads as part of the letter and invents nothing: the rep fills in the brackets. */
function answerSlot(asked: string, personal: boolean): string {
  if (!personal) return `As for your question, "${asked}": [your answer].`;
  const subject = subjectOf(asked);
  return subject
    ? `Thanks for asking about ${subject}! [A sentence about it.]`
    : 'Thanks for asking! [A sentence on how you are.]';
}

export default defineRule({
  meta: {
    id: 'unanswered-question',
    defaultSeverity: 'warning',
    scope: 'draft',
    docs: {
      summary: {
        en: 'The client asked something (often personal: "How was your weekend?") and the reply skips it.',
        ru: 'Клиент о чём-то спросил (часто о личном: «Как прошли выходные?»), а ответ это пропускает.',
      },
      details: {
        en: 'A question left unanswered tells the client their message was skimmed. Personal questions are small bids for connection: a short answer ("Hot here too! Thanks for asking.") returns the gesture. Business questions left unanswered stall the deal. The check compares the content words and topics of each question (each part of a compound one) with the reply; a question for a time, a price or a number needs one in the reply, and a closed one is answered by a yes or a no (one yes for one question). A proposal ("Could we ...?", "Would that work?") is answered by a stance on it, a refusal included: how kindly is for blunt-disagreement. A business question the client called blocking or asked again ("the blocker", "per my last email"), skipped with nothing else of theirs answered, is an error. Rhetorical questions and offers ("Let me know if you have questions") expect no answer. The suggested fix leaves a bracketed slot for the rep to fill: it never invents their weekend.',
        ru: 'Вопрос без ответа говорит клиенту, что его письмо прочли по диагонали. Личные вопросы — маленькие шаги к контакту: короткий ответ («У нас тоже жарко! Спасибо, что спросили») возвращает жест. Деловой вопрос без ответа тормозит сделку. Проверка сравнивает значимые слова и темы каждого вопроса (и каждой части составного) с ответом; вопрос о сроке, цене или количестве требует их в ответе, а на закрытый вопрос отвечает «да» или «нет» (одно «да» — на один вопрос). На предложение («Could we ...?», «Would that work?») отвечает позиция по нему, отказ тоже: насколько мягко — дело blunt-disagreement. Деловой вопрос, который клиент назвал блокирующим или задаёт повторно («the blocker», «per my last email»), пропущенный без ответа на что-либо другое из его письма, — ошибка. Риторические вопросы и предложения помощи («Пишите, если будут вопросы») ответа не ждут. Предлагаемое исправление оставляет в скобках место для ответа: придумывать за представителя, как прошли его выходные, оно не станет.',
      },
    },
    sources: ['ALTHEN', 'POST'],
  },
  check(ctx) {
    // Rhetorical questions come in below 0.7; one-word tags ("Right?") expect no answer either.
    const questions = [...answeredCues(ctx, 'question', 0.7), ...unmarkedQuestions(ctx), ...leftOpen(ctx)]
      .filter(
        ({ message, cue }) =>
          message.text.text.slice(cue.start, cue.end).trim().split(/\s+/).length >= 2 &&
          !forSomeoneElse(message, cue),
      )
      .map(({ message, cue }) =>
        cue.about === 'business' && asksAfterRepNews(ctx, message, cue)
          ? { message, cue: { ...cue, about: 'personal' as const } }
          : { message, cue },
      );
    const asked = questions
      .filter(
        ({ message, cue }) =>
          !withdrawn(ctx, message, cue) &&
          (!PHATIC_HOPE.test(questionText(message, cue)) ||
            HOPED_RECOVERY.test(questionText(message, cue)) ||
            ASKED_AFTER_HOPE.test(questionText(message, cue))) &&
          !INVARIANT_TAG.test(questionText(message, cue)) &&
          !RHETORICAL.test(questionText(message, cue)) &&
          !WH_AGREEMENT_TAG.test(questionText(message, cue)) &&
          !exclaimed(message, cue),
      )
      .flatMap(({ message, cue }) => parts(message, cue).map((part) => ({ message, question: part })))
      // "ok and can we replay them?" split at "and" leaves "ok": a word on its own asks nothing.
      .filter(({ message, question }) => questionText(message, question).split(/\s+/).length >= 2);
    // A how-question closed by a yes/no ("..., did you get any snow?") takes a yes of its own too.
    const closedQuestions = asked.filter(
      (a) => a.question.form === 'closed' || CLOSED_TAIL.test(questionText(a.message, a.question)),
    ).length;
    const perMessage = new Map<AnalyzedMessage, number>();
    for (const a of asked) perMessage.set(a.message, (perMessage.get(a.message) ?? 0) + 1);
    const open = asked.filter(
      (a) => !answered(ctx, { ...a, closedQuestions, sole: perMessage.get(a.message) === 1 }),
    );
    const skipped = open
      .filter((a) => !offersAnswerTo(a, asked, open))
      .map(({ message, question }) => ({ message, cue: question }));
    const r = ctx.readerCulture;
    // A personal question matters more to a reader who expects warmth, and more as the relationship grows.
    const personalScore =
      (readerExpectsAcknowledgement(ctx) ? 1 : 0) +
      (ctx.relationship.stage !== 'new' ? 1 : 0) +
      (ctx.client.personable ? 1 : 0);
    // Messages the reply answered in part: a pressed question beside an answered one is half kept.
    const partlyAnswered = new Set(asked.filter((a) => !open.includes(a)).map((a) => a.message));
    return skipped.map(({ message, cue }): Finding => {
      const asked = message.text.text.slice(cue.start, cue.end).trim();
      const personal = cue.about === 'personal';
      // Weather, a match or a "have you ever" is the lightest small talk: skipping it is a nudge.
      // ... unless the client remembered it from earlier in the thread: that is a bid of its own.
      // A question after what the client wished the rep well for or the rep announced ("How was the
      // weekend in the Alps?"), or after the rep's health news, is a bid renewed: never a nudge.
      const followUp =
        personal &&
        (followsUp(ctx, message, cue) || HOPED_RECOVERY.test(asked) || asksAfterRepNews(ctx, message, cue));
      const light = personal && lightSmallTalk(message, cue, asked) && !followUp;
      // "How's your week going?" in a first exchange is a passing pleasantry, however warm the client.
      // (Its last clause: an emoji can leave the news before it in the same sentence.)
      const lastClause =
        asked
          .split(/[.!]\s+|\p{Extended_Pictographic}+\s*/u)
          .filter((p) => p.trim())
          .at(-1) ?? asked;
      const passing =
        personal && !followUp && ctx.relationship.stage === 'new' && PLEASANTRY.test(lastClause);
      // Hospitality offered into one's home for a visit already planned ("an honour to host you for
      // dinner at my home on the 13th") and passed over is a slight where such offers are how trust
      // is built; an open "when you come to Lagos, ..." or a restaurant dinner skipped is a warning.
      const slighted =
        INVITATION.test(asked) &&
        HOME_HOSPITALITY.test(asked) &&
        (!OPEN_INVITATION.test(asked) || DATED_VISIT.test(asked)) &&
        readerExpectsAcknowledgement(ctx);
      // "Still need an answer on the IP question ... legal won't move without it", "our customer is
      // asking daily": a business question the client pressed as blocking or asked again, skipped.
      const pressed = !personal && !partlyAnswered.has(message) && PRESSED_QUESTION.test(message.text.text);
      return {
        ruleId: 'unanswered-question',
        severity:
          slighted || pressed
            ? 'error'
            : personal && !followUp && (personalScore < 2 || light || passing)
              ? 'suggestion'
              : 'warning',
        message: {
          en: `${clientName(ctx)} asked "${asked}" and the reply does not answer it.`,
          ru: `Клиент (${clientName(ctx)}) спросил(а): «${asked}», а ответ этого не касается.`,
        },
        span: { start: 0, end: ctx.draft.text.text.length },
        evidence: [{ message: message.index as number, start: cue.start, end: cue.end, text: asked }],
        why: {
          writer: personal
            ? text(
                'A personal question from a business contact can look like a formality that needs no answer.',
                'Личный вопрос от делового партнёра может казаться формальностью, на которую не нужно отвечать.',
              )
            : text(
                'The answer may seem obvious, or planned for a later message.',
                'Ответ может казаться очевидным или запланированным на следующее письмо.',
              ),
          reader: personal
            ? text(
                `${manyClients(r, 'en')} ask a personal question to make a connection; when it goes unanswered it can feel like the gesture was ignored.`,
                `${manyClients(r, 'ru')} задают личный вопрос, чтобы установить контакт; если он остаётся без ответа, жест кажется проигнорированным.`,
              )
            : text(
                'An unanswered business question makes the client ask again, and can read as avoiding it.',
                'Деловой вопрос без ответа заставляет клиента спрашивать снова и может выглядеть как уклонение.',
              ),
        },
        fix: { action: personal ? 'prepend' : 'append', text: answerSlot(asked, personal) },
        confidence: Math.round(cue.confidence * 0.9 * 100) / 100,
        sources: sourcesOf(personal ? r?.rapport.openingRitual.sources : [], ['ALTHEN']),
      };
    });
  },
});
