/**
 * business-ask: the writer asks the reader for a business step. Commitment asks (buy, sign, decide,
 * order, pay, move forward, a PO) are the ones that press (confidence 0.9); ordinary work asks
 * (send the file, schedule a call, review a draft) do not (0.7). An ask is a question, a request
 * ("Please ...", a bare imperative) or a directive ("We are waiting for your decision"); a
 * statement about business ("We support SAP", "Please find the contract attached") is not one,
 * and an ask that lifts the pressure ("No rush to decide") counts for little (0.5).
 */
import type { AnalyzedText, Sentence, Token } from '../text/analyze.ts';
import { DISCOURSE_MARKERS, FRONTED_CLAUSE_OPENERS, TOPIC_LEADS } from '../text/fronted-clause.ts';
import { type PhraseMatch, type PhraseSet, phrases } from '../text/phrases.ts';
import { findToken, findTokenIndex } from '../text/tokens.ts';
import { topicHits } from './topic-hits.ts';
import type { Cue, Detector } from './types.ts';

/** Commitment: the steps that close or stall a deal. */
const COMMITMENT = phrases([
  'buy|purchase|procure|subscribe',
  // "confirm the Q1 order", "confirm your 40-seat order".
  'place|confirm ~2 order',
  // "confirm the trial order", "confirm your first order": an order however it is qualified.
  'confirm ~2 trial|first|initial|sample|pilot|test ~1 order|orders',
  // "place the first order of 600 bottles": placing an order, however it is qualified.
  'place ~3 order|orders',
  'to order',
  'order ~3 licence|licences|license|licenses|seats|units|subscription|product|platform',
  'sign|signed|signing',
  'send|return|forward|get ~3 signed|countersigned',
  'take|accept it|this|that ~1 or not',
  'upgrade|renew|renewal|extend ~3 plan|contract|subscription|licence|license|edition|tier',
  'sign-off',
  'go ahead',
  'go-ahead',
  'move|moving forward',
  'proceed',
  'decision|decide|decided',
  'final call|answer|word',
  'yes or no',
  'commit|commitment',
  'purchase order',
  'po',
  'pay|payment|prepayment',
  'wire ~2 money|funds|deposit',
  'transfer|wire|send|pay ~2 deposit|advance|downpayment|down-payment|funds|money|amount|balance',
  'approval',
  'approve|approved ~3 budget|purchase|deal|contract|order|po',
  'close ~2 deal',
  'go|work with us',
  'choose|chose|chosen|pick|select us|our',
  'on board',
  'onboard',
  'accept|take ~2 offer|proposal|quote',
  'ready to start|begin|launch',
  'thought|thoughts about|on our',
  'what|how about our|the|my ~1 offer|proposal|quote|contract|deal|order',
  'count on your|the ~2 order|purchase|signature|business|commitment|renewal|yes',
  // "So can we get your order now?", "could we have your PO this week?": the order asked for.
  'get|have|receive|expect your ~1 order|orders|po',
  // "Can we expect your confirmation of the order by Friday?": the yes asked for by its name.
  'get|have|receive|expect your ~1 confirmation|decision|go-ahead|approval|commitment',
  'it|have|got a deal',
  'move|moving ahead',
  'close ~1 this|it ~1 by|before|today|this',
  // The yes asked for in other words: "close the first container order", "close this quarter",
  // "lock it in", "award the package to us", "can we count on you to ...".
  'close ~3 order|orders|contract|purchase|quarter',
  'lock ~1 it|this|that|them|us ~1 in',
  // "Shall I lock in this price for you?", "can we lock in the three-property deal?": the price or
  // the deal held against a yes; "lock the order in before the price rise".
  'lock in ~5 price|prices|rate|rates|pricing|deal|order|slot|discount|contract|agreement|renewal|booking|seats|units',
  'lock ~3 deal|order|contract|agreement|renewal|booking in',
  // "lock in the 50 seats at the promo price", "shall we lock the January start?": the purchase held.
  'lock ~1 in ~3 seats|licences|licenses|units|spots|places|rooms',
  'lock ~3 start|kickoff|kick-off|go-live',
  // "Do you agree to start the pilot from 1 December?": the go-ahead asked for.
  'agree to start|begin|launch|kick|proceed',
  'award|awarded ~3 us|package|contract|tender|order|project|business',
  'count on you ~1 to',
  'make up your mind',
  // "Would you switch if I beat their price?", "switch suppliers": leaving a supplier for us.
  'would|will|could you switch',
  'switch|change supplier|suppliers|vendor|vendors|provider|providers',
  'renew',
  'put you down for',
  'agree to ~1 terms|offer|proposal|price|quote|contract',
  'think|thought ~2 about|of our|the ~2 product|offer|proposal|quote|platform|solution|pricing',
  // "Could you send the order form for signature?", "please approve the revised scope".
  'signature',
  'approve',
  // "Are you interested in cooperation?": an invitation to a deal.
  'interested in ~3 cooperation|cooperating|collaboration|collaborating|partnership|partnering|working|buying|purchasing|demo|call|meeting|trial|pilot|our',
]);

/** Commitment words used as plain descriptions: "the signed NDA", "your purchase history". */
const DESCRIBED = phrases([
  'the|a|your|our|my signed',
  'purchase|order history',
  'payment terms|details|method',
  'po|order|invoice|contract number|status',
  // A product feature named after the step it handles: "the payments story", "the order module",
  // "our signature flow" name work on software, not a payment or an order asked for.
  'pay|payment|order|purchase|signature|subscription|approval|checkout story|stories|feature|features|module|flow|gateway|integration|page|screen|api|endpoint|epic|ticket|widget|button|microservice',
]);

/** Ordinary work the writer asks the reader to do: send a file, book a call, review a draft. */
const WORK_ACTIONS = phrases([
  'send|share|forward|provide|give|get|receive ~4 file|files|document|documents|documentation|details|data|numbers|report|list|info|information|spec|specs|requirements|feedback|access|login|credentials|deck|slides|logo|logos|contact|contacts|quote|quotation|proposal|sow|samples|brochure|invoice|contract|agreement|nda|form|forms|terms|version|draft|estimate|figures|schedule|offer|po|certificate|statement|catalogue|scope|plan',
  // A document asked for again, corrected: "resend the updated terms", "Revise it and send it back".
  'resend|re-send|reissue|re-issue|revise|rework|amend|redo',
  'send ~2 back',
  // Moving a meeting or a date is scheduling: "Can we reschedule to Thursday?", "push the start date".
  'reschedule|rebook|postpone',
  'push|move|shift ~4 date|deadline|start|meeting|call|delivery|launch|kickoff|demo|appointment',
  'add|extend ~3 week|weeks|day|days|month|months',
  'when would|will|does|could ~2 suit|work',
  'when would|will|could ~1 be ~1 good|convenient|best',
  // A meeting by another name: "time for a coffee", "30 minutes with your CISO".
  'time for ~2 coffee|call|chat|meeting|lunch|drink|drinks|dinner',
  'grab ~2 coffee|lunch|drink|drinks|dinner',
  'minutes|minute|mins|hour ~2 with|of your',
  // A concession asked for: "Can you do something?", "Can you do better on the price?"
  'can|could you do|go ~1 something|anything|better|lower',
  'schedule|book|arrange|make ~3 call|meeting|demo|time|session|slot',
  // "Could you send over ...", "send me the questionnaire": a document asked for, whatever it is.
  'send|share|forward|provide|email ~1 me|us|over|across',
  'propose|suggest|offer ~3 package|option|options|plan|price|discount|alternative',
  'show|present|walk ~1 you',
  // Asking for a time is scheduling: "When would be a good moment to talk?"
  'good|convenient|suitable|best ~1 moment|time|day|slot|date ~1 to|for',
  'set up ~3 call|meeting|demo|time|session|slot',
  // A meeting named by its length: "Can we book 20 minutes on Tuesday?", "grab half an hour".
  'book|grab|schedule|block|find ~3 minutes|mins|min|hour',
  'review|check|confirm|test|try',
  'reply|respond|revert',
]);
/** What a work ask is about: named in a request or a yes/no question, not in a question for information. */
const WORK_TOPICS = phrases([
  'call|meeting|demo|webinar|workshop|chat|catch-up',
  'next step|steps',
  'meet',
  'feedback',
  'quote|quotation|pricing|price|proposal|offer|discount',
  'trial|pilot|sandbox',
  'contract|agreement|invoice|deal|budget|nda|sow|rfp|rfq',
  // The papers a client supplies: "I need the import licence copy by Friday".
  'licence|license|permit|certificate|certificates|document|documents|paperwork|forecast',
  'product|platform|solution|service',
  // "Let me know if it makes sense to talk": a conversation proposed.
  'to talk|speak|connect|chat',
  'cooperation|collaboration|partnership',
]);
/** Where things stand ("let us know the status of the order"): an ask only when requested, not in a yes/no question. */
const STATUS_TOPICS = phrases(['status|eta|progress|timeline|delivery|shipment|order|po']);

/**
 * The directive of the writer's side's own want or need: "we need to ...", "I need the ...", and
 * with its article dropped before a participle ("we need signed PO", "I need updated forecast").
 */
const OWN_NEED = 'i|we want|need ~1 a|an|the|to|your|signed|stamped|approved|updated|revised|confirmed|final';
/** Directives that ask without a question mark. */
const DIRECTIVE = phrases([
  'please',
  'kindly',
  'let me|us know',
  'i need you to',
  'we need your|you',
  'i|we would|’d appreciate',
  'would be great|good|helpful if you',
  'waiting|wait for your',
  'waiting|wait|awaiting for|on the',
  'would like|love',
  OWN_NEED,
  'await|awaiting your',
  'looking|look forward to your|hearing',
  'hope to hear|get|receive your',
  'you must|should',
  'you need|have to',
  'when can we expect',
  'would it be possible',
  'if it is|’s ok|okay|fine for|with you',
  'if that works|suits',
  // A meeting proposed with a softener: "maybe we can meet at our booth".
  'maybe|perhaps ~1 we|you ~1 can|could ~3 meet|call|chat|talk|speak|catch',
]);
/** "Please find the contract attached": the writer gives, it does not ask. */
const GIVING = phrases([
  'please find|see ~2 attached|enclosed|below|attachment',
  // "Kindly find the revised proposal attached", "Please be informed that ...".
  'please|kindly find|see ~5 attached|enclosed|below|herewith|attachment',
  'please|kindly be informed|advised|noted',
  'please note',
  'do not hesitate',
  'please feel free',
  'kindly|please expect|note',
  'let me|us know if you need|require|have',
]);
/** "No rush to decide", "take your time": the ask lifts its own pressure. */
const NO_PRESSURE = phrases([
  'no rush|hurry|pressure',
  'no need to',
  'do|does not|never ~4 decide|rush|hurry|commit',
  'take your time',
  'take all the time',
  'whenever you are|’re ready',
  'when|whenever you are ready',
  'can|will wait',
  'on hold',
  'do not|never worry',
  'in your own time',
  'not urgent',
  // "Please don't give the proposal another thought until you're ready".
  'another thought',
  "until|till you are|’re|'re ready",
]);
const MODALS = new Set(['can', 'could', 'would', 'will', 'shall', 'may', 'might', 'should', 'ca', 'wo']);
/** Directives that put an obligation on the reader. */
const OBLIGATION = new Set(['you must|should', 'you need|have to']);
/** "we need 36", "we want 30 days": a number asked for. */
const NEED = new Set(['need', 'want', 'require', 'expect']);
/** Base-form verbs that open wishes and thanks, not requests. */
const NOT_REQUESTS = new Set([
  'hope',
  'thank',
  'thanks',
  'enjoy',
  'have',
  'welcome',
  'feel',
  'take',
  'wish',
  'love',
]);

/** Verbs whose object the reader gives: "we need to receive the payment", "I need to have your decision". */
const OBTAINING_VERBS = new Set([
  'receive',
  'get',
  'have',
  'see',
  'hear',
  'obtain',
  'collect',
  'know',
  'understand',
]);
/** Steps both sides take: "we need to meet", "we need to sign the contract", "I want to meet your CFO". */
const JOINT_VERBS = new Set([
  'meet',
  'talk',
  'speak',
  'discuss',
  'chat',
  'agree',
  'decide',
  'sign',
  'finalise',
  'finalize',
  'close',
  'conclude',
  'settle',
  'negotiate',
  'schedule',
  'reschedule',
  'book',
  'arrange',
  'set',
  'align',
  'sit',
  'catch',
  'connect',
  'move',
  'proceed',
  'start',
  'begin',
  'kick',
  'go',
  'hop',
  'jump',
]);
/** Spans of time asked of no one: "we need a few days to check the contract". */
const TIME_NEEDED = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'time',
  'moment',
  'while',
  'hour',
  'hours',
]);

/**
 * "We need to prioritise the security review", "I need to check with my manager": the writer's side
 * states its own need or plan, and acts itself; the reader is asked for nothing. The need asks when
 * the reader acts or gives: "we need you to sign", "I need the PO", "we need to receive the payment",
 * "we need to meet" (both sides), or the reader is named after the verb ("discuss the price with you").
 */
function ownStep(text: AnalyzedText, subject: string, needEnd: number, to: number): boolean {
  const tokens = text.tokens;
  const last = tokens[needEnd - 1]!;
  const rest = tokens.slice(needEnd, to);
  if (rest.some((t) => t.normal === 'you' || t.normal === 'together')) return false;
  if (last.normal !== 'to') {
    // "we need a few days to check": time for the writer's own step.
    const toAt = rest.findIndex((t) => t.normal === 'to');
    return toAt > 0 && toAt <= 3 && rest.slice(0, toAt).some((t) => TIME_NEEDED.has(t.normal));
  }
  const verb = rest.find((t) => t.pos !== 'ADV' && t.pos !== 'SPACE');
  if (verb === undefined || OBTAINING_VERBS.has(verb.lemma)) return false;
  // "I want to schedule a demo with your team": a joint step with the reader's side named.
  const together = subject === 'we' || rest.some((t) => t.normal === 'your');
  return !(together && JOINT_VERBS.has(verb.lemma));
}

/** "we need 36": a verb of need in tokens [from, to) followed by a number (which may end the range). */
function needsNumber(text: AnalyzedText, from: number, to: number): boolean {
  const tokens = text.tokens;
  // A number is rare: it is looked for before the verb.
  for (let k = from; k < to; k++) if (tokens[k + 1]?.pos === 'NUM' && NEED.has(tokens[k]!.lemma)) return true;
  return false;
}

/** Business words in tokens [from, to): what a question or request is about. */
export function businessTerms(text: AnalyzedText, from = 0, to = text.tokens.length): PhraseMatch[] {
  return [
    ...COMMITMENT.find(text, from, to),
    ...workTerms(WORK_ACTIONS, text, from, to),
    ...workTerms(WORK_TOPICS, text, from, to),
  ];
}

/**
 * Everyday verbs that are work only by what they act on: "meet the team", "try the demo" are work;
 * "meet your new grandson", "did the kids try surfing?" are private life.
 */
const EVERYDAY_VERBS = new Set(['meet', 'try', 'test', 'check', 'talk', 'speak', 'chat', 'connect']);
/** Matches of a work lexicon in tokens [from, to), minus everyday verbs acting on private life. */
function workTerms(set: PhraseSet, text: AnalyzedText, from: number, to: number): readonly PhraseMatch[] {
  const found = set.find(text, from, to);
  if (found.length === 0 || !found.some((m) => isEverydayVerb(text, m))) return found;
  return found.filter(
    (m) => !isEverydayVerb(text, m) || !(actsOnPrivateLife(text, m) || greetsOnMeeting(text, m)),
  );
}

/** Words that make "to meet you" a greeting: "nice to meet you", "a pleasure meeting you". */
const MEETING_PLEASURE = new Set([
  'nice',
  'great',
  'lovely',
  'good',
  'wonderful',
  'pleasure',
  'pleased',
  'delighted',
]);
/**
 * "Nice to meet you", "It was great meeting you at the fair": a social formula, not a meeting to
 * arrange ("happy to meet you next week" offers one: "happy" is not among the words).
 */
function greetsOnMeeting(text: AnalyzedText, m: PhraseMatch): boolean {
  if (verbLemma(text, m.endToken - 1) !== 'meet' || text.tokens[m.endToken]?.normal !== 'you') return false;
  const before = text.tokens[m.endToken - 2];
  const adjective = before?.normal === 'to' ? text.tokens[m.endToken - 3] : before;
  return adjective !== undefined && MEETING_PLEASURE.has(adjective.normal);
}

/**
 * A token's lemma as a verb: "a meeting" is an appointment whatever it is about, but "meeting you",
 * "meeting your family" is the verb (wink reads both as the noun).
 */
function verbLemma(text: AnalyzedText, i: number): string {
  const t = text.tokens[i]!;
  if (t.normal === 'meeting') return text.tokens[i + 1]?.pos === 'PRON' ? 'meet' : 'meeting';
  return t.lemma;
}

function isEverydayVerb(text: AnalyzedText, m: PhraseMatch): boolean {
  for (let i = m.firstToken; i < m.endToken; i++) {
    const t = text.tokens[i]!;
    if (t.normal === 'to') continue;
    if (!EVERYDAY_VERBS.has(verbLemma(text, i))) return false;
  }
  return true;
}

/** Parts of speech that head who does or undergoes a verb. */
const HEADS = new Set(['NOUN', 'PROPN', 'PRON']);
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'our', 'their']);

/**
 * Whether the verb's subject or object is a strong private-life word: the nearest noun or pronoun
 * before it, and the first after it ("meet your new grandson", "talk to your daughter", "Did the
 * kids try ..."); "test it with the kids version" acts on "it".
 */
function actsOnPrivateLife(text: AnalyzedText, m: PhraseMatch): boolean {
  const sentence = text.sentences[text.tokens[m.firstToken]!.sentence]!;
  const hits = topicHits(text, sentence.firstToken, sentence.endToken).filter((h) => h.strong);
  if (hits.length === 0) return false;
  const isHit = (at: number) => hits.some((h) => h.firstToken <= at && at < h.endToken);
  const head = (from: number, step: 1 | -1): number | undefined => {
    for (let i = from; i >= sentence.firstToken && i < sentence.endToken; i += step) {
      const t = text.tokens[i]!;
      if (t.pos === 'PUNCT') return undefined;
      if (HEADS.has(t.pos) && !POSSESSIVES.has(t.normal)) return i;
      if (isHit(i)) return i; // a hit the tagger reads as a verb or an adjective ("surfing")
    }
    return undefined;
  };
  const subject = head(m.firstToken - 1, -1);
  const object = head(m.endToken, 1);
  return (subject !== undefined && isHit(subject)) || (object !== undefined && isHit(object));
}

/** Verbs that open a request even where the tagger reads them as a name ("Sign here ..."). */
const REQUEST_VERBS = new Set([
  'sign',
  'send',
  'confirm',
  'pay',
  'share',
  'schedule',
  'book',
  'review',
  'return',
  'forward',
  'approve',
  'order',
  'call',
  'reply',
  'release',
  'revise',
  'resend',
  'correct',
  'fix',
]);

/** "Send me ...", "Sign the contract": the sentence opens on a base-form verb with no subject. */
function opensOnRequest(text: AnalyzedText, sentence: Sentence): boolean {
  const { firstToken: from, endToken: to } = sentence;
  // "If you want this deal, fix ...", "Before I go: please approve ...": the request follows the lead-in.
  const first = findToken(text.tokens, from, to, (t) => t.pos !== 'SPACE' && t.pos !== 'PUNCT');
  const breakAt = findTokenIndex(
    text.tokens,
    from + 1,
    to,
    (t) =>
      t.value === ':' ||
      (t.value === ',' &&
        first !== undefined &&
        (FRONTED_CLAUSE_OPENERS.has(first.normal) || TOPIC_LEADS.has(first.normal))),
  );
  return (
    clauseOpensOnRequest(text, from, to, false) ||
    (breakAt >= 0 && clauseOpensOnRequest(text, breakAt + 1, to, true))
  );
}

/** After a lead-in's comma or colon a request verb opens the clause whatever its tag ("..., sign before Friday"). */
function clauseOpensOnRequest(text: AnalyzedText, from: number, to: number, afterLeadIn: boolean): boolean {
  for (let i = from; i < to; i++) {
    const t: Token = text.tokens[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'SPACE' || t.pos === 'INTJ' || SOFT.has(t.normal)) continue;
    // "So bottom line, we're not signing": a lead-in wink tags as a verb.
    if (t.normal === 'bottom' && text.tokens[i + 1]?.normal === 'line') return false;
    if (t.pos === 'PROPN' && !REQUEST_VERBS.has(t.normal)) continue; // "John, send me ..."
    // "Look, I understand", "Wait, I will check": a discourse marker; the clause after it decides.
    if (DISCOURSE_MARKERS.has(t.normal) && text.tokens[i + 1]?.value === ',') continue;
    // "Give me one day to check": patience asked, as "Bear with us", not a business step.
    if (PATIENCE.find(text, i, to).some((m) => m.firstToken === i)) return false;
    // "Need to check with my team first": a dropped "I", the writer's need, read as "I need to".
    if (t.normal === 'need' && text.tokens[i + 1]?.normal === 'to') return !ownStep(text, 'i', i + 2, to);
    // wink tags some opening verbs as names, adverbs or adjectives ("Forward me", "Please correct it").
    if (REQUEST_VERBS.has(t.normal) && t.normal === t.lemma && (afterLeadIn || t.pos !== 'NOUN')) return true;
    return t.pos === 'VERB' && t.normal === t.lemma && !NOT_REQUESTS.has(t.lemma);
  }
  return false;
}
const PATIENCE = phrases([
  'give me|us ~3 day|days|week|weeks|month|moment|second|sec|minute|minutes|time|while|hour|hours',
]);
/** Words before a request's verb: "Just send me ...", "And send me ...", "Sir pls share ...". */
const SOFT = new Set(['just', 'and', 'also', 'so', 'now', 'then', 'please', 'kindly', 'pls', 'sir', 'madam']);

/**
 * Questions for information, not for a step: "Who else would need to sign off?", "How many seats?",
 * "What is the approval process?", "Is 5,000 seats the right number?".
 */
const INFO_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'where']);
const HOW_MUCH = phrases(['how many|much|long|often|big|soon does|do|is|are']);
const INFO_ABOUT = phrases([
  'what ~3 process|procedure|criteria|steps|policy|cycle|requirements|timeline|setup|stack',
]);
const COPULA = new Set(['is', 'are', 'was', 'were']);
const HAVE_INFO = phrases([
  'do|does you have ~2 price|prices|pricing|information|info|details|data|stock|availability|figures',
]);

/**
 * "Maybe the 17th?", "Thursday at 10 instead?", "4?", "Does next Tuesday work?", "When would suit
 * you?": a question made only of a proposed time and the words that offer it is a meeting ask.
 */
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday tomorrow today tonight noon morning afternoon evening week am pm'.split(
    ' ',
  ),
);
const OFFERING_WORDS = new Set(
  'maybe perhaps the at or instead then on in how about what say shall we next this does do would will could can make it meet work works suit suits for you is ok okay fine good better when be convenient same time'.split(
    ' ',
  ),
);
function proposesTime(text: AnalyzedText, sentence: Sentence): boolean {
  if (!sentence.text.trim().endsWith('?')) return false;
  const words = text.tokens
    .slice(sentence.firstToken, sentence.endToken)
    .filter((t) => t.pos !== 'SPACE' && t.pos !== 'PUNCT');
  const isTime = (t: Token) =>
    TIME_WORDS.has(t.normal) || /^\d{1,2}(?::\d\d)?(?:am|pm|st|nd|rd|th)?$/.test(t.normal);
  return (
    words.length > 0 &&
    words.every((t) => isTime(t) || OFFERING_WORDS.has(t.normal)) &&
    words.some((t) => isTime(t) || t.normal === 'suit' || t.normal === 'work')
  );
}

function asksForInformation(text: AnalyzedText, sentence: Sentence, form: string | undefined): boolean {
  const { firstToken: from, endToken: to } = sentence;
  // After a lead-in with a colon ("Quick one: are you the right person ...?") the question starts anew.
  const colon = findTokenIndex(text.tokens, from, Math.min(to, from + 6), (t) => t.value === ':');
  const words = text.tokens
    .slice(colon >= 0 ? colon + 1 : from, to)
    .filter((t) => t.pos !== 'SPACE' && t.pos !== 'PUNCT');
  // Skip a vocative or a filler before the question ("John, who ...", "Quick one: which ...").
  const opening = words.find((t) => t.pos !== 'PROPN' && t.pos !== 'INTJ');
  if (!opening) return false;
  // "Do you have the price for 5,000 pieces?": asks what is known, not for a step.
  if (HAVE_INFO.find(text, from, to).some((m) => text.tokens[m.firstToken] === opening)) return true;
  if (form === 'open') {
    if (INFO_OPENERS.has(opening.normal)) return true;
    if (HOW_MUCH.find(text, from, to).some((m) => text.tokens[m.firstToken] === opening)) return true;
    if (INFO_ABOUT.find(text, from, to).some((m) => text.tokens[m.firstToken] === opening)) return true;
  }
  // "Is the delivery on schedule?", "Are 50 seats enough?": a yes/no on a fact, not a request.
  return form === 'closed' && COPULA.has(opening.normal);
}

export const businessAsk: Detector = {
  type: 'business-ask',
  description:
    'The writer asks for a business step: a commitment (buy, sign, decide, pay) or ordinary work (a file, a call).',
  detect(text, _reply, earlier) {
    const cues: Cue[] = [];
    // A sentence needs a commitment, work or status phrase to be an ask: skip texts with none.
    if (
      ![COMMITMENT, WORK_ACTIONS, WORK_TOPICS, STATUS_TOPICS].some((set) => set.any(text)) &&
      !text.sentences.some((s) => proposesTime(text, s))
    )
      return cues;
    for (const sentence of text.sentences) {
      const { firstToken: from, endToken: to } = sentence;
      const described = DESCRIBED.find(text, from, to);
      const commitment = COMMITMENT.find(text, from, to).filter(
        (m) => !described.some((d) => d.firstToken <= m.firstToken && m.endToken <= d.endToken),
      );
      const actions = workTerms(WORK_ACTIONS, text, from, to);
      const work = [...actions, ...workTerms(WORK_TOPICS, text, from, to)];
      const status = STATUS_TOPICS.find(text, from, to);
      const proposal = proposesTime(text, sentence);
      if (commitment.length === 0 && work.length === 0 && status.length === 0 && !proposal) continue;
      // "Please forgive me for this very late reply": an apology for the silence, whose "reply" asks
      // for nothing.
      if (
        commitment.length === 0 &&
        earlier.some(
          (c) =>
            c.type === 'absence-apology' &&
            c.confidence >= 0.8 &&
            c.start < sentence.end &&
            sentence.start < c.end,
        )
      )
        continue;
      // "42 euro is too high, we need 36": a counter-offer names its number.
      const counterOffer = needsNumber(text, from, to);
      const question = earlier.find(
        (c) =>
          c.type === 'question' && c.confidence >= 0.6 && c.start < sentence.end && sentence.start < c.end,
      );
      // "What did the team think of the demo?" asks for information, not for a step.
      const informational = question !== undefined && asksForInformation(text, sentence, question.form);
      // "the price went up 20%??": a statement of what happened, with a question mark, asks for no
      // step by its topic alone ("Worth a quick chat?", "Maybe you can give us 8%?" still ask).
      const declarative =
        question !== undefined &&
        question.triggers?.includes('?') === true &&
        text.tokens
          .slice(from, to)
          .some((t) => t.pos === 'VERB' && t.normal !== t.lemma && !t.normal.endsWith('ing')) &&
        !text.tokens.slice(from, to).some((t) => MODALS.has(t.normal));
      const asked =
        proposal ||
        (question !== undefined &&
          !(
            informational &&
            (question.form === 'open' || (commitment.length === 0 && actions.length === 0))
          ) &&
          (commitment.length > 0 ||
            actions.length > 0 ||
            (question.form === 'closed' && work.length > 0 && !declarative)));
      // "Please see attached the contract for signature": giving, but for a commitment.
      // "You must improve the packing for the next order": an obligation asks for the step its verb
      // names; a business word beside it ("order", "contract") does not make it one.
      const directives = DIRECTIVE.find(text, from, to).filter(
        (m) =>
          (!OBLIGATION.has(m.phrase) || commitment.length > 0 || actions.length > 0) &&
          !(m.phrase === OWN_NEED && ownStep(text, text.tokens[m.firstToken]!.normal, m.endToken, to)),
      );
      const requested =
        (!GIVING.test(text, from, to) || commitment.length > 0) &&
        (opensOnRequest(text, sentence) || directives.length > 0 || counterOffer);
      if (!asked && !requested) continue;
      const confidence = NO_PRESSURE.test(text, from, to) ? 0.5 : commitment.length > 0 ? 0.9 : 0.7;
      cues.push({
        type: 'business-ask',
        start: sentence.start,
        end: sentence.end,
        confidence,
        triggers: [
          ...[...commitment, ...work, ...status].map((m) => text.text.slice(m.start, m.end)),
          ...(proposal ? [sentence.text.trim()] : []),
        ],
      });
    }
    return cues;
  },
};
