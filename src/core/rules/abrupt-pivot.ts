/**
 * abrupt-pivot: the reply opens straight on business ("So, ...", an ask first) right after a
 * personal or warm message from the client, with nothing warm before it.
 */

import type { AnalyzedMessage } from '../analysis.ts';
import { businessTerms } from '../cues/business-ask.ts';
import type { Cue } from '../cues/types.ts';
import { capitalise, inCulture, manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import { acknowledgeDisclosure, sympathise } from '../rewrite/acknowledge.ts';
import { phrases } from '../text/phrases.ts';
import { addressOnly, bodyAfterGreeting, findTokenIndex } from '../text/tokens.ts';
import { SALES } from './bad-news-pitch.ts';
import {
  asksUs,
  clientName,
  draftCues,
  evidenceOf,
  HOSPITALITY,
  isBusinessNews,
  isGraveNews,
  isLifeNews,
  opening,
  PASSIVE_DUTY,
  REACTION_WORDS,
  severityFromScore,
  tokenRange,
} from './helpers.ts';
import { defineRule, type Evidence, type RuleContext } from './types.ts';
import {
  CLOSING,
  clearlyWarm,
  EMOJI,
  gestures,
  givesWarmthBack,
  HOLIDAY_WISH,
  heartfelt,
  PRAISE,
  praisedTwice,
  praiseSentences,
  type WarmthKind,
  warmSentences,
  warmthIn,
} from './warmth.ts';

/** A word that turns the conversation: "So, ...", "Anyway, ...", "Regarding the invoice, ...", "About X: ...". */
export const PIVOT_WORD =
  /^(?:so|anyway|anyways|now|ok(?:ay)?,?\s+so|well|moving on|back to business|regarding|concerning|as for|as to|re|with regards? to|in regards? to|about(?=\s+(?!\d)[^.!?:\n]{1,40}:\s))\b/i;

const WARM_TYPES = new Set(['greeting', 'gratitude', 'acknowledgement', 'absence-apology']);

/** Signs of a client in high spirits: warm gestures, laughter, an emoji, praise (see warmthIn). */
const SPIRITED = new Set<string>([...WARM_TYPES, 'laughter', 'emoji', 'praise']);

/**
 * How effusive a message is: warm gestures (greeting, thanks, acknowledgement) plus exclamations,
 * laughter, emoji and praise. Three or more is a message in high spirits.
 */
function effusiveness(message: RuleContext['analysis']['answered'][number]): number {
  const spirited = [...warmthIn(message.text, message.cues)].filter((k) => SPIRITED.has(k));
  return spirited.length + Math.min(bodyExclamations(message), 2);
}

/**
 * Where the message's sign-off wish starts ("Thanks and have a good weekend!", "Cheers and buon
 * weekend!" as the last line), or its length: a business note's sign-off is its frame, said with a
 * "!" by habit, not a sign of high spirits or of warmth beyond courtesy.
 */
function signOffWish(message: RuleContext['analysis']['answered'][number]): number {
  const said = message.text.sentences.filter((s) => /[\p{L}\p{N}]/u.test(s.text));
  // Short and among the last two sentences (a name may follow it).
  const i = said.findIndex(
    (s, k) => k >= said.length - 2 && k > 0 && WISH.test(s.text) && s.text.trim().split(/\s+/).length <= 6,
  );
  return i >= 0 ? said[i]!.start : message.text.text.length;
}

/** The exclamations of the message's body, before its sign-off wish. */
function bodyExclamations(message: RuleContext['analysis']['answered'][number]): number {
  return (message.text.text.slice(0, signOffWish(message)).match(/!+/g) ?? []).length;
}

/** "Have a lovely weekend!", "Looking forward to it": wishes and sign-offs are no chit-chat. */
const WISH =
  /^\W*(?:have|enjoy|hope|wishing|wish|looking forward|talk soon|see you|take care|cheers|best|thanks|thank you)\b/i;

/** Occasions people share for the fun of it: a match, a party, a birthday, a holiday. */
const OCCASION =
  /\b(?:part(?:y|ies)|dinner|drinks|karaoke|birthday|cake|celebrat\w*|finals?|match|game|won|wins?|derby|cup|league|footy|football|soccer|cricket|rugby|festival|carnival|concert|holidays?)\b/i;

/**
 * "right before the holidays", "after the match", "until the festival": an occasion named as a
 * date for the business ("thanks for turning it around before the holidays") shares nothing.
 */
const OCCASION_AS_TIME =
  /\b(?:before|after|over|during|until|till|since|around|ahead\s+of)\s+(?:the|this|that|next|last)\s+(?:\w+\s+)?(?:holidays?|festival|match|game|party|finals?)\b/gi;

/**
 * Chit-chat: an occasion shared for the fun of it ("Footy finals this weekend, the whole office is
 * buzzing!", "Everyone's still talking about the karaoke"). In high spirits, it is a bid for a
 * moment of small talk, and a reply that opens on business passes it by. Thanks and praise alone
 * are not small talk offered: only a turn to business passes them by (see opensOnBusiness). A wish
 * ("Have a lovely holiday!") shares nothing.
 */
function chitChat(message: RuleContext['analysis']['answered'][number]): boolean {
  return message.text.sentences.some(
    (s) => OCCASION.test(s.text.replace(OCCASION_AS_TIME, ' ')) && !WISH.test(s.text),
  );
}

interface Warmth {
  evidence: Evidence[];
  /** The warmth is news the client shared (a disclosure or bad news), not thanks, praise or wishes. */
  news?: boolean;
  opener: string;
  personal: boolean;
  lifeNews: boolean;
  grave: boolean;
  /** The news came with business in the same message, or as an availability notice ("I'm off Friday, ..."). */
  notice?: boolean;
  /** The warmth is a personal question ("How was your trip?"), not news. */
  asked?: boolean;
  /** The last message was in high spirits (see effusiveness). */
  effusive?: boolean;
  /** The warmth is heartfelt thanks alone: abrupt only when the reply turns from it with a pivot word. */
  thanked?: boolean;
  /** Among other warmth, thanks said with feeling: abrupt when the reply turns from it with a pivot word. */
  heartfeltThanks?: boolean;
  /** The warmth is the client's bad news (a loss, an illness, layoffs). */
  bad?: boolean;
  /** A social gesture owed a return: season's greetings, congratulations, thanks for hospitality or a gift. */
  gesture?: boolean;
  /** The client praised our work with feeling ("The team loved the demo, thank you so much!"). */
  praised?: boolean;
}

/**
 * The client praised our work with feeling: a sentence of praise (not a bare "Awesome, thanks!")
 * with thanks, an emoji or an exclamation.
 * Answered by a turn to business ("The next step is the pilot", "Can you also test ...?", "Send
 * the PO."), it is brushed aside; answered with a statement ("The invoice is attached."), it is
 * only answered coldly (cold-reply's).
 */
function praisedIn(message: RuleContext['analysis']['answered'][number]): boolean {
  const t = message.text.text;
  // Praise said twice is warm in any register: "Your team has done a wonderful job ... hats off to
  // them. We are very much satisfied with the service." has no "!" and no thanks.
  return (
    praisedTwice(message.text) ||
    (praiseSentences(message.text).length > 0 &&
      (message.cues.some((c) => c.type === 'gratitude' && c.confidence >= 0.9) ||
        EMOJI.test(t) ||
        t.includes('!')))
  );
}

/** The sentences that praise: what a praise-only message ("gorgeous 😍 great job") offers as evidence. */
function praiseEvidence(message: RuleContext['analysis']['answered'][number]): Evidence[] {
  return message.text.sentences
    .filter((s) => PRAISE.test(message.text, s.firstToken, s.endToken))
    .map((s) => ({ message: message.index as number, start: s.start, end: s.end, text: s.text }));
}

/**
 * A social gesture in the client's message, owed a return before any business: season's greetings
 * ("Happy Diwali to you and your family!"), congratulations to us ("congrats on the baby news!!"),
 * thanks for shared time or a gift ("Thank you for the lovely evening in Lyon"). Thanks and praise for
 * our work are owed a return when clearly warm (see clearlyWarm, praisedIn).
 */
function gestureIn(message: RuleContext['analysis']['answered'][number]): Cue | undefined {
  const t = message.text;
  const wish = HOLIDAY_WISH.find(t)[0];
  if (wish) return { type: 'greeting', start: wish.start, end: wish.end, confidence: 0.9 };
  const congrats = message.cues.find(
    (c) => c.type === 'acknowledgement' && (c.triggers ?? []).some((w) => /^congrat/i.test(w)),
  );
  if (congrats) return congrats;
  // The thanks may come first and the hospitality it is for just after: "It is us who must thank
  // you! Your hospitality was wonderful." The next sentence then praises the shared time, in listed
  // words or in any words of good feeling for the reader.
  const praisesHospitality = (i: number) => {
    const s = t.sentences[i];
    return (
      s !== undefined &&
      HOSPITALITY.test(s.text) &&
      (PRAISE.test(t, s.firstToken, s.endToken) || warmSentences(t, message.cues).includes(s))
    );
  };
  return message.cues.find(
    (c) =>
      c.type === 'gratitude' &&
      c.confidence >= 0.9 &&
      t.sentences.some(
        (s, i) =>
          s.start <= c.start && c.end <= s.end && (HOSPITALITY.test(s.text) || praisesHospitality(i + 1)),
      ),
  );
}

/**
 * The reply gives warmth back before its business opening: thanks, a wish, "you're welcome", an
 * emoji, a sentence of good feeling for the reader (see givesWarmthBack).
 */
function returnedFirst(ctx: RuleContext, start: Cue): boolean {
  const text = ctx.draft.text;
  // An emoji counts up to the opening's first word ("con gusto! 😊 Would it help ...?").
  const firstWord = text.text.slice(start.start, start.end).search(/[\p{L}\p{N}]/u);
  return givesWarmthBack(text, ctx.draft.cues, start.start + Math.max(firstWord, 0));
}

/**
 * The state of the business at hand: a shipment, a delivery, an order, an invoice, work scheduled
 * on the client's systems ("the server upgrade is scheduled for Saturday").
 */
const WORK_STATUS =
  /\b(?:shipment|shipped|delivery|tracking|eta|invoice|po|purchase order|samples|pallets|container|customs clearance|release notes|go-live|upgrade|maintenance|migration|deployment|hotfix|rollout)\b/i;

/**
 * "Oh no.", "Ah bummer mate.", "Wow, congrats", "So sorry to hear that 🙏 btw ...": a sentence that
 * opens on an interjection or sympathy reacts to what was said.
 */
const REACTION = new RegExp(
  `^\\W*(?:${REACTION_WORDS}|damn|oh my|ha|haha\\w*|welcome|congrat\\w*|(?:so\\s+|very\\s+|really\\s+)?sorry)\\b`,
  'i',
);

/**
 * "Great news on the approval, Thiago!", "Such good news!": delight at what the client told opens
 * the reply warmly, even when the news it greets is the business. It is no turn to business; if
 * it passes their personal news by, that is ignored-disclosure's.
 */
const DELIGHTED = opening(
  String.raw`(?:(?:such|what)\s+(?:a\s+)?)?(?:great|good|wonderful|fantastic|brilliant|excellent|amazing|lovely|happy|super|exciting)\s+news\b`,
);

/** "FYI I'm off on Friday, ...", "I'll be out of office": personal news given as a notice of absence. */
const NOTICE = phrases([
  'i am|will|be ~2 off|out|away|offline|unavailable',
  "i'm|i'll ~2 off|out|away|offline|unavailable",
  'on leave',
  'expect ~3 answer|reply|response',
  'fyi',
  'heads up',
  // An absence given as the reason for a business date: "so I will sign after coming back",
  // "we can confirm once I am back".
  'after coming|getting back',
  'when|once|after i|we ~1 come|get|am|are|be back',
  'so i|we will|shall|can|could ~3 sign|send|confirm|order|pay|reply|revert|decide|finalise|finalize|review|process',
  // "so I will go through the quotation on Monday", "so we can look at it after the weekend".
  'so i|we will|shall|can|could ~2 go|look ~1 through|at|over',
]);

/** The client's message turns to business itself, or gives the news as a notice of absence. */
function newsIsNotice(message: RuleContext['analysis']['answered'][number], cue: Cue): boolean {
  // A notice announces an absence to come ("I'm off Friday"); "so I was off all week" explains one
  // that is over, and the news in it is news.
  const t = message.text;
  if (
    NOTICE.find(t).some(
      (m) =>
        !t.tokens.slice(m.firstToken, m.endToken).some((k) => ['was', 'were', 'been'].includes(k.normal)),
    )
  )
    return true;
  return message.cues.some(
    (c) =>
      c.confidence >= 0.6 &&
      (c.type === 'business-ask' || (c.type === 'question' && c.about === 'business')) &&
      !(c.start < cue.end && cue.start < c.end),
  );
}

/**
 * The client offered more than thanks, praise or good wishes: news, a personal question, or an
 * occasion shared in high spirits (a bid for small talk; thanks for a dinner is thanks).
 */
const smallTalkOffered = (warm: Warmth) =>
  warm.news === true || warm.asked === true || (warm.effusive === true && !warm.gesture);

/**
 * The case the coaches settled (eval/README, 2026-11-27): the client's last message is thanks,
 * praise or good wishes, with no news and no question or request of its own.
 */
function warmthAlone(ctx: RuleContext, warm: Warmth): boolean {
  const last = ctx.analysis.answered.at(-1);
  return (
    !smallTalkOffered(warm) &&
    !last?.cues.some((c) => c.confidence >= 0.6 && (c.type === 'question' || c.type === 'business-ask'))
  );
}

/**
 * "Hi Sam, the invoice is overdue." after "We finally closed on the house!": a business statement
 * first, with nothing warm before it, right after personal news that asked for nothing, a message in
 * high spirits, or a personal question ("How was Sochi?") that the reply walks past.
 */
function businessStatementFirst(ctx: RuleContext, warm: Warmth): Cue | undefined {
  // After thanks, praise or good wishes alone, check() keeps only an opening that turns to business
  // (see opensOnBusiness).
  if (!(warm.lifeNews || warm.effusive || warm.asked || warm.gesture || warm.praised) || warm.notice)
    return undefined;
  const text = ctx.draft.text;
  const greetings = draftCues(ctx, 'greeting');
  const opening = text.sentences.find(
    (s) =>
      /[\p{L}\p{N}]/u.test(s.text) &&
      // "Musa," alone on its line (after "Good day Engr.") is the salutation, not the opening.
      !addressOnly(text.tokens, s.firstToken, s.endToken) &&
      !(
        greetings.some((g) => g.start >= s.start && g.end <= s.end) && s.text.trim().split(/\s+/).length <= 3
      ),
  );
  // "Ah bummer mate." reacts to the news before anything else: not a business opening; nor does
  // "Feliz año to you too!", which returns the client's wish, nor an opening after an apology.
  if (
    !opening ||
    REACTION.test(opening.text) ||
    DELIGHTED.test(opening.text) ||
    givesWarmthBack(text, ctx.draft.cues, opening.end) ||
    draftCues(ctx, 'apology').some((c) => c.start < opening.end && c.confidence > 0.5)
  )
    return undefined;
  const asks = draftCues(ctx, 'business-ask', 0.6);
  // "Samples shipped yesterday. Please confirm receipt.": an opening about work, in a reply that asks
  // for business, is business first even without a commercial word of its own; "Hope you are
  // doing well." is a wish, not work.
  const business =
    businessTerms(text, opening.firstToken, opening.endToken).length > 0 ||
    // Where the business stands: "the shipment left today", "the invoice is overdue".
    WORK_STATUS.test(opening.text) ||
    // A pitch ("We have the new K7 model, 20% more output") past grave news: selling first.
    (warm.grave && SALES.test(text, opening.firstToken, opening.endToken)) ||
    (asks.length > 0 &&
      !/\b(?:hope|wish|glad|happy|sorry|congrat\w*)\b/i.test(opening.text) &&
      // "Başınız sağ olsun. I am very sorry for your loss. ... we will go ahead": words we cannot
      // read, then sympathy before the ask. The reply answered the news before its business.
      !draftCues(ctx, 'acknowledgement', 0.5).some((c) => asks.every((a) => c.start < a.start)) &&
      !ctx.draft.cues.some(
        (c) =>
          ['acknowledgement', 'personal-disclosure', 'question'].includes(c.type) &&
          c.start < opening.end &&
          opening.start < c.end,
      ));
  if (!business) return undefined;
  return { type: 'direct-start', start: opening.start, end: opening.end, confidence: 0.8 };
}

/**
 * "So nice to meet you at the fair! Hope you enjoyed the durian haha 😄": a last message in high
 * spirits that names no business at all is small talk offered; "Regarding our software, ..." turns
 * from it even in the first emails.
 */
function socialOnly(ctx: RuleContext): boolean {
  const last = ctx.analysis.answered.at(-1);
  if (last === undefined) return false;
  // ("Nice to meet you" is a social formula, which businessTerms does not count.)
  return (
    effusiveness(last) >= 3 &&
    businessTerms(last.text).length === 0 &&
    !last.cues.some(
      (c) =>
        c.confidence >= 0.6 &&
        (c.type === 'business-ask' || (c.type === 'question' && c.about === 'business')),
    )
  );
}

/** A sentence before the business opening that is more than a greeting and names no business. */
function reactsFirst(ctx: RuleContext, start: Cue): boolean {
  const text = ctx.draft.text;
  const greetings = draftCues(ctx, 'greeting');
  return text.sentences.some((s) => {
    if (s.end > start.start || !/[\p{L}\p{N}]/u.test(s.text)) return false;
    const greetingOnly =
      greetings.some((g) => g.start >= s.start && g.end <= s.end) && s.text.trim().split(/\s+/).length <= 3;
    return !greetingOnly && businessTerms(text, s.firstToken, s.endToken).length === 0;
  });
}

/**
 * A heading that turns to the business: "About the pilot:", "To the point:", "Next steps:", "The
 * next step is ...": a pivot, as "So," is (eval/README, settled 2026-11-27).
 */
export const HEADING_PIVOT =
  /^\W*(?:(?:the\s+)?next\s+steps?\b|[\p{L}\p{N}'’#-]+(?:\s+[\p{L}\p{N}'’#-]+){0,3}\s*:\s)/iu;

/**
 * The opening turns to business as the coaches mean it: a pivot ("So,", "Regarding ...", "About
 * X:") or an ask, an order or a business question. A business statement ("The invoice is
 * attached.", "Please find attached ...") is not one: it answers warmth coldly, not abruptly
 * (cold-reply's; eval/README, direct-start, settled 2026-11-27 by four blind coaches).
 */
function opensOnBusiness(ctx: RuleContext, start: Cue): boolean {
  // "Hello Mauricio, next step is ...": read what follows a greeting inside the opening.
  const greeting = draftCues(ctx, 'greeting').find((g) => g.start >= start.start && g.end <= start.end);
  const opening = ctx.draft.text.text.slice(
    greeting ? bodyStartAt(ctx, greeting, start.end) : start.start,
    start.end,
  );
  // "Balance must be paid in full before shipment": an order in the passive is an order first.
  if (PIVOT_WORD.test(opening) || HEADING_PIVOT.test(opening) || PASSIVE_DUTY.test(opening)) return true;
  // Cues of the opening sentence may span the greeting before it: overlap, not containment.
  return ctx.draft.cues.some(
    (c) =>
      c.start < start.end &&
      c.end > start.start &&
      ((c.type === 'business-ask' && c.confidence >= 0.6) ||
        (c.type === 'imperative' && c.confidence >= 0.8) ||
        (c.type === 'question' && c.about === 'business' && c.confidence >= 0.6)),
  );
}

/** The opening sentence asks or orders something of the client: a request of ours, not an answer. */
function opensWithOwnAsk(ctx: RuleContext, start: Cue): boolean {
  return ctx.draft.cues.some(
    (c) =>
      c.start < start.end &&
      c.end > start.start &&
      ((c.type === 'business-ask' && c.confidence >= 0.6) ||
        (c.type === 'imperative' && c.confidence >= 0.8)),
  );
}

/**
 * "Noted.", "Well noted.", "Ok.", "Ok noted.", "Understood.", "Good.": a bare receipt, with nothing warm
 * in it (one to three receipt words in a row).
 * Not "Great!" or "Perfect!", which share the client's good feeling.
 */
const RECEIPT =
  /^\W*(?:(?:well\s+)?(?:noted|ok(?:ay)?|understood|received|got\s+it|alright|all\s+right|good|fine)[\s,]*){1,3}[.!]*\s*$/i;

/**
 * The reply opens with a bare receipt before its business ("Noted. Send the sign-off by Tuesday."):
 * it does not turn from the warmth to business, it answers it coldly. The coaches' example "Noted.
 * The invoice is attached." is cold-reply's, and an order after it is as well (eval/README, settled
 * 2026-11-27); the order's bluntness is blunt-request's.
 */
function receiptFirst(ctx: RuleContext, start: Cue): boolean {
  const draft = ctx.draft.text.text;
  // Past the salutation: "Dear Mr. Jason,\n\nNoted." or "Hi Carolina. Noted."
  const greeting = draftCues(ctx, 'greeting').find((g) => g.end <= start.start);
  const from = greeting ? Math.min(bodyStartAt(ctx, greeting, start.start), start.start) : 0;
  // "Ok good. Next step is ...", "Noted. So, ...": a pivot after the receipt still turns to business.
  const opening = draft.slice(start.start, start.end);
  return (
    RECEIPT.test(draft.slice(from, start.start)) && !PIVOT_WORD.test(opening) && !HEADING_PIVOT.test(opening)
  );
}

/** Where the draft's body starts after its greeting ("Hi Marco, noted.", "Hi Marco noted."), up to `limit`. */
function bodyStartAt(ctx: RuleContext, greeting: Cue, limit: number): number {
  const { tokens } = ctx.draft.text;
  const to = findTokenIndex(tokens, 0, tokens.length, (t) => t.start >= limit);
  const body = bodyAfterGreeting(tokens, greeting.end, to >= 0 ? to : tokens.length);
  return tokens[body]?.start ?? limit;
}

/** The text of the sentence(s) a cue lies in. */
function sentenceOf(message: AnalyzedMessage, cue: Cue): string {
  return message.text.sentences
    .filter((s) => s.start < cue.end && cue.start < s.end)
    .map((s) => s.text)
    .join(' ');
}

/** What made the client's messages since the rep last wrote personal or warm, strongest first. */
function warmth(ctx: RuleContext): Warmth | undefined {
  // Personal news in any answered message counts ("We were at the lake." then "Send the invoice.").
  const newestFirst = [...ctx.analysis.answered].reverse();
  // "A fire at our warehouse", "we let go of 30% of our staff": bad news of the business is answered
  // by sympathy and no sales pitch (bad-news-pitch's); going straight to business past it is no
  // turn away from the client's private life.
  const businessNews = (message: AnalyzedMessage, c: Cue) =>
    c.type === 'bad-news' && isBusinessNews(message.text.text.slice(c.start, c.end));
  const overlapsBusinessNews = (message: AnalyzedMessage, c: Cue) =>
    message.cues.some(
      (b) => b.confidence >= 0.8 && businessNews(message, b) && b.start < c.end && c.start < b.end,
    );
  for (const message of newestFirst) {
    const bad = message.cues.find(
      (c) => c.type === 'bad-news' && c.confidence >= 0.8 && !businessNews(message, c),
    );
    if (bad)
      return {
        evidence: [evidenceOf(message, bad)],
        opener: sympathise(bad, message.text.text.slice(bad.start, bad.end)),
        news: true,
        personal: true,
        lifeNews: true,
        grave: true,
        bad: true,
      };
  }
  // A last message in high spirits ("Today is my birthday 🎂 the team brought a cake haha!") is
  // owed a line in its tone whether or not it carries news.
  const last = ctx.analysis.answered.at(-1);
  const effusive = last !== undefined && effusiveness(last) >= 3 && chitChat(last);
  for (const message of newestFirst) {
    // "Thank you for the lovely dinner, my wife still talks about your dessert": a memory of the
    // time the rep hosted, told with the thanks for it, is that thanks (a gesture), not news.
    const thanksForHosting = message === last && gestureIn(message) !== undefined;
    const disclosure = message.cues.find(
      (c) =>
        c.type === 'personal-disclosure' &&
        c.confidence >= 0.6 &&
        !overlapsBusinessNews(message, c) &&
        !(thanksForHosting && HOSPITALITY.test(sentenceOf(message, c))),
    );
    if (disclosure)
      return {
        evidence: [evidenceOf(message, disclosure)],
        opener: acknowledgeDisclosure(disclosure, message.text.text.slice(disclosure.start, disclosure.end)),
        news: true,
        personal: true,
        lifeNews: isLifeNews(disclosure),
        grave: isGraveNews(disclosure),
        notice: newsIsNotice(message, disclosure),
        effusive: effusive && message === last,
      };
  }
  // Warmth without news is read from the last message only: that is the tone being answered.
  if (!last || typeof last.index !== 'number') return undefined;
  const gesture = gestureIn(last);
  if (gesture)
    return {
      evidence: [evidenceOf(last, gesture)],
      opener: `Thank you so much for your kind words, ${clientName(ctx)}!`,
      personal: true,
      lifeNews: false,
      grave: false,
      gesture: true,
      effusive,
    };
  const personalQuestion = last.cues.find((c) => c.type === 'question' && c.about === 'personal');
  if (personalQuestion)
    return {
      evidence: [evidenceOf(last, personalQuestion)],
      opener: `Thank you for asking, ${clientName(ctx)}!`,
      personal: true,
      lifeNews: false,
      grave: false,
      asked: true,
      effusive,
    };
  // A phatic "Hope you are well" (a doubtful acknowledgement) is the frame of a business note, not
  // warmth (see warmthIn).
  // The body's warmth: a sign-off wish ("Thanks and enjoy the weekend!") is the frame of the note.
  const kinds = warmthIn(last.text, last.cues, undefined, signOffWish(last));
  const warmKinds = [...kinds].filter((k) => WARM_TYPES.has(k));
  const praised = praisedIn(last);
  // "Dear Mr. Miller, thank you for your email.": a salutation and a thank-you are the courtesy of
  // any business note; answered by business, they are answered, not brushed aside.
  const beyondSalutation = warmKinds.filter((k) => k !== 'greeting');
  // Heartfelt thanks ("a massive thank you ... couldn't have asked for a better partner"): warm
  // enough that a turn with "So, ..." right past it brushes it aside.
  const thanks = last.cues.find((c) => c.type === 'gratitude' && c.confidence >= 0.9);
  const heartfeltThanks = thanks !== undefined && effusiveness(last) >= 2;
  if (
    beyondSalutation.length >= 2 ||
    (warmKinds.length >= 1 && kinds.has('exclamation')) ||
    effusive ||
    praised
  ) {
    const warm = last.cues.filter((c) => WARM_TYPES.has(c.type) && c.confidence >= 0.6);
    return {
      evidence: warm.length > 0 ? warm.map((c) => evidenceOf(last, c)) : praiseEvidence(last),
      opener: `Thank you for your message, ${clientName(ctx)}.`,
      personal: false,
      lifeNews: false,
      grave: false,
      effusive,
      praised,
      // "Thank you so much Sir Mark for staying late!! ... God bless you": thanks with feeling among
      // the warmth, which a turn with "So, ..." brushes aside at any stage.
      heartfeltThanks,
    };
  }
  // Not a salutation and a thank-you for the price list alone, whose only "!" is in the sign-off
  // ("Thanks and buon weekend!"): that is the courtesy of a business note.
  const moreThanCourtesy =
    gestures(kinds).length >= 2 || kinds.has('exclamation') || heartfelt(last.text, last.cues);
  if (thanks && heartfeltThanks && moreThanCourtesy)
    return {
      evidence: [evidenceOf(last, thanks)],
      opener: `Thank you so much, ${clientName(ctx)}, that means a lot.`,
      personal: false,
      lifeNews: false,
      grave: false,
      thanked: true,
    };
  return undefined;
}

/** Warmth that answers thanks or praise in kind, wherever it comes in the reply. */
const ANSWERING_WARMTH: WarmthKind[] = ['gratitude', 'praise', 'acknowledgement', 'warm-sentence'];

export default defineRule({
  meta: {
    id: 'abrupt-pivot',
    defaultSeverity: 'warning',
    scope: 'draft',
    docs: {
      summary: {
        en: 'The reply opens straight on business ("So, ...") after a personal or warm message.',
        ru: 'Ответ сразу начинается с дела («Итак, ...») после личного или тёплого сообщения.',
      },
      details: {
        en: 'Where a short personal exchange is the expected opening, a reply that begins with the business point right after the client was warm or personal reads as a brush-off. One line that answers the tone, then the business, fixes it. A client in high spirits sharing an occasion (a match, a party, a birthday) is owed that line even in the first emails. After warm thanks, praise or good wishes alone, it fires when the reply opens with a turn to business (a pivot such as "So,", "Regarding ...", "About X:", or an ask, an order or a business question first) with nothing warm before it; a reply that opens on a business statement ("The invoice is attached.") and returns none of the warmth is cold-reply\'s, and one that gives any warmth back first, even a short "thanks", is fine. One that thanks or praises back only after the business has answered the warmth in the wrong order: a suggestion. A social gesture (season\'s greetings, congratulations, thanks for a dinner or a gift) is owed a return before business at any stage. It does not fire after a merely courteous note, or for a client who writes curt business notes.',
        ru: 'Там, где принято начинать с короткого личного обмена, ответ, который сразу переходит к делу после тёплого или личного сообщения клиента, читается как отмахивание. Одна фраза в тон клиенту, затем дело — и всё в порядке. Клиенту, который в приподнятом настроении делится событием (матч, праздник, день рождения), такая фраза нужна уже в первых письмах. После одной лишь тёплой благодарности, похвалы или добрых пожеланий правило срабатывает, когда ответ начинается с поворота к делу (слова вроде «Итак,», «Что касается ...», «По поводу X:» или сразу просьба, указание или деловой вопрос), без единого тёплого слова перед ним; ответ, который начинается с делового сообщения («Счёт во вложении.») и не возвращает тепла, — это cold-reply, а ответ, который сначала хоть как-то отвечает теплом, даже коротким «спасибо», — в порядке. Ответ, который благодарит или хвалит в ответ лишь после дела, ответил теплом, но не в том порядке: подсказка. На жест вежливости (поздравление с праздником, поздравление с событием, благодарность за ужин или подарок) сначала отвечают тем же, и на любом этапе отношений. Правило молчит после просто вежливого письма и для клиента, который сам пишет сухо.',
      },
    },
    sources: ['POST', 'MEY14', 'PROPRU'],
  },
  check(ctx) {
    if (ctx.client.terse) return [];
    const warm = warmth(ctx);
    const last = ctx.analysis.answered.at(-1);
    if (!warm || !last) return [];
    const start = draftCues(ctx, 'direct-start')[0] ?? businessStatementFirst(ctx, warm);
    if (!start) return [];
    // Thanks, praise or good wishes with no news, no question and no occasion shared in high
    // spirits (chitChat): only a turn to business is abrupt.
    const settled = warmthAlone(ctx, warm);
    // A gesture (season's greetings, a gift) is owed its return whatever comes first.
    if (settled && (!opensOnBusiness(ctx, start) || receiptFirst(ctx, start))) return [];
    // After bad news, a reply that first reacts to it ("Oh no.", "OK.", "Sorry to hear.") does not
    // open on business, however short the reaction; what it does next is bad-news-pitch's concern.
    if (warm.bad && reactsFirst(ctx, start)) return [];
    // "You're welcome! Let me know when ...": the gesture is returned first. So is thanks, praise or
    // a wish, by any warmth before the business ("con gusto! 😊 Would it help ...?"): neither rule
    // then (eval/README, settled 2026-11-27).
    if ((warm.gesture || settled) && returnedFirst(ctx, start)) return [];
    const r = ctx.readerCulture;
    const w = ctx.writerCulture;
    const ritual = r ? r.rapport.openingRitual.value !== 'none-until-acquainted' : true;
    // Thanks or praise that is clearly warm ("the training was amazing, God bless you and your
    // team"), with no news or question in it: warmth aimed at us, whatever words carry it.
    const warmlyThanked =
      !warm.news && !warm.asked && (warm.praised === true || clearlyWarm(last.text, last.cues));
    const score =
      (ritual ? 1 : 0) +
      // Praise with feeling is warmth aimed at us, as personal as news.
      (warm.personal || warm.praised || warmlyThanked ? 1 : 0) +
      (ctx.client.personable ? 1 : 0) +
      (start.confidence >= 0.9 ? 1 : 0);
    // A coach rates a brusque opening a warning, not an error: the finding about the ignored news
    // (ignored-disclosure, bad-news-pitch) carries the weight; an unfriendly opening alone is a nudge.
    // A gesture not returned (season's greetings, congratulations) is noticed in any culture.
    // A reply that thanks or praises back later ("..., and thanks again for a lovely visit!") has
    // answered the warmth, only in the wrong order: a nudge to move that line up. Returning the
    // sign-off wish ("Have a nice weekend too!") does not answer thanks or praise.
    const later = warmthIn(ctx.draft.text, ctx.draft.cues);
    const returnedLater =
      !warm.personal && !warm.lifeNews && !warm.grave && ANSWERING_WARMTH.some((k) => later.has(k));
    const severity = returnedLater
      ? 'suggestion'
      : warm.gesture
        ? 'warning'
        : severityFromScore(score, Number.POSITIVE_INFINITY, 2);
    // In the first emails, grave news (a loss, a hospital stay, a birth) makes a business-first reply
    // abrupt, and so does a pivot word ("So,", "Anyway,") right past family news; a plain business
    // answer after the kids' game, a hobby or a thank-you is what a new contact expects.
    const draft = ctx.draft.text.text;
    const pivoted = PIVOT_WORD.test(draft.slice(start.start, start.end));
    // "How do you like the new office? Also, can you send the Q3 report?" -> "Hi Brian, attached is
    // the Q3 report.": the client asked for the business themselves, so opening with it answers
    // them (a skipped question is unanswered-question's). Turning with "So," or "Regarding" does not.
    // An ask or order of our own first ("Please send us the signed PO first") does not deliver
    // what they asked: after clearly warm thanks or praise it turns from the warmth as any ask
    // does, at any stage (eval/README, settled 2026-11-27). (Clearly warm, not only praised:
    // "thanks for the samples, the finish looks great. What are the next steps?" is courtesy, and
    // "You must pay a deposit first" answers its question.)
    const asksFirst =
      !warm.news && !warm.asked && clearlyWarm(last.text, last.cues) && opensWithOwnAsk(ctx, start);
    // The client turned to business themselves and asked it of us ("kindly send the drawings",
    // "can you move the order?"): opening with it answers them, even after grave news, whose
    // neglect ignored-disclosure and bad-news-pitch name.
    const askedBusiness = last.cues.some(
      (c) =>
        (c.confidence >= 0.6 &&
          ((c.type === 'business-ask' && asksUs(last, c)) ||
            (c.type === 'question' && c.about === 'business'))) ||
        // An order or plea of theirs, not the regards they send ("Please convey my regards").
        (c.type === 'imperative' &&
          c.confidence >= 0.8 &&
          !CLOSING.test(last.text, ...tokenRange(last.text, c))),
    );
    if (askedBusiness && !pivoted && !asksFirst && !warm.evidence.some((e) => e.message !== last.index))
      return [];
    // In the first emails a turn with "So," or "Regarding" right past a personal question is abrupt
    // too: the client opened a door, the reply shuts it.
    // A personal question walked past with business first ("How's your week?" -> "Hi Molly, the
    // shipment left today.") shuts the door as a pivot word does.
    const turnedFromQuestion =
      (warm.asked === true && (pivoted || !draftCues(ctx, 'direct-start')[0])) ||
      ((warm.thanked === true || warm.heartfeltThanks === true) && pivoted) ||
      (pivoted && socialOnly(ctx));
    if (warm.thanked && !pivoted) return [];
    // And a client in high spirits ("the team loved it!! 🎉") is owed a line in their tone even
    // in the first emails. So is clearly warm thanks, praise or good wishes answered by a turn to
    // business (an ask, an order, a pivot: see opensOnBusiness above): the coaches' answer has no
    // stage. Mere courtesy ("Many thanks for the samples. Best wishes") is answered, not turned from.
    const warmthTurnedFrom = settled && !warm.thanked && (warm.praised || clearlyWarm(last.text, last.cues));
    if (
      ctx.relationship.stage === 'new' &&
      !warm.grave &&
      !(warm.lifeNews && (pivoted || !warm.notice)) &&
      !turnedFromQuestion &&
      !warm.effusive &&
      !warm.gesture &&
      !warmthTurnedFrom &&
      !asksFirst
    )
      return [];
    const writerPlain = w ? w.rapport.openingRitual.value === 'none-until-acquainted' : false;
    return [
      {
        ruleId: 'abrupt-pivot',
        severity,
        message: {
          en: `The reply turns straight to business after ${clientName(ctx)}'s ${warm.personal ? 'personal' : 'warm'} message.`,
          ru: `Ответ сразу переходит к делу после ${warm.personal ? 'личного' : 'тёплого'} сообщения клиента (${clientName(ctx)}).`,
        },
        span: { start: start.start, end: start.end },
        evidence: warm.evidence,
        why: {
          writer: writerPlain
            ? text(
                `${capitalise(inCulture(w, 'en'))} business letters often go straight to the point: that is professional, not rude, and small talk with a business partner can feel like wasting their time.`,
                `${capitalise(inCulture(w, 'ru'))} деловые письма часто сразу переходят к сути: это профессионально, а не грубо, а светская беседа с деловым партнёром может казаться пустой тратой его времени.`,
              )
            : text(
                'Getting to the point can feel efficient and respectful of a busy client.',
                'Сразу перейти к делу может казаться деловым и уважительным к занятому клиенту.',
              ),
          reader: text(
            `${manyClients(r, 'en')} expect a line that answers their tone before business; opening with "So, ..." right after they were ${warm.personal ? 'personal' : 'warm'} can feel like being brushed aside.`,
            `${manyClients(r, 'ru')} ждут фразы в ответ на свой тон, прежде чем перейти к делу; начать с «Итак, ...» сразу после ${warm.personal ? 'личного' : 'тёплого'} сообщения — всё равно что отмахнуться.`,
          ),
        },
        fix: { action: 'prepend', text: warm.opener },
        confidence: start.confidence,
        sources: sourcesOf(r?.rapport.openingRitual.sources, w?.rapport.openingRitual.sources),
      },
    ];
  },
});
