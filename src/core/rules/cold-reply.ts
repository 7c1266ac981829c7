/**
 * cold-reply: the reply is far colder or shorter than the client's warm message: no greeting, no
 * name, no thanks, a one-liner to a paragraph. People tend to match each other's warmth and
 * effort; a reply that does not can read as annoyance. Measured against this client's own
 * messages: a client who writes curt business notes gets no finding.
 */
import type { AnalyzedMessage } from '../analysis.ts';
import { effortWords, wordCount } from '../context/client-style.ts';
import { messageTime } from '../context/relationship.ts';
import { capitalise, inCulture, manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import { phrases } from '../text/phrases.ts';
import { clientName, draftCues, draftOrders, evidenceOf, severityFromScore } from './helpers.ts';
import { defineRule, type Finding, type RuleContext, type Severity, type Text } from './types.ts';
import {
  clearlyWarm,
  FAREWELL,
  formalNote,
  gestures,
  HOLIDAY_WISH,
  heartfelt,
  occasionWarmth,
  PRAISE,
  praisedTwice,
  signOffStart,
  strongWarmth,
  thanksWithFeeling,
  tokenOpening,
  tokenReturn,
  type WarmthKind,
  warmthIn,
} from './warmth.ts';

/** The warm client message the draft answers, with its warmth and length; undefined when it was not warm. */
type WarmMessage = {
  message: AnalyzedMessage;
  kinds: Set<WarmthKind>;
  words: number;
  strong: boolean;
  /** Praise said in two sentences or more. */
  praised: boolean;
  /** The message thanks us for the sympathy or congratulations of our last message (see thanksForOurKindWords). */
  closesExchange: boolean;
};

/** Messages sent within this time of the client's last one are one turn of theirs. */
const SAME_TURN_MS = 60 * 60 * 1000;

/**
 * The client's warm message among those of their last turn, the latest first: "we're live!! huge
 * thanks 🙌" followed a minute later by "quick q - ..." is answered by one reply to both. A wish
 * sent days before the message the reply answers is not part of that turn.
 */
function warmMessage(ctx: RuleContext): WarmMessage | undefined {
  for (const message of lastTurn(ctx)) {
    const warm = warmth(ctx, message);
    if (warm) return warm;
  }
  return undefined;
}

/** The client messages of their last turn, the latest first. */
function lastTurn(ctx: RuleContext): AnalyzedMessage[] {
  const answered = ctx.analysis.answered;
  const last = answered.at(-1);
  const lastAt = last ? messageTime(last) : undefined;
  const turn: AnalyzedMessage[] = [];
  for (const message of [...answered].reverse()) {
    const at = messageTime(message);
    if (message !== last && (lastAt === undefined || at === undefined || lastAt - at > SAME_TURN_MS)) break;
    turn.push(message);
  }
  return turn;
}

/** The warmth a client message offers. A sign-off is in every letter: it makes no message warm. */
function offeredWarmth(message: AnalyzedMessage): Set<WarmthKind> {
  const kinds = warmthIn(message.text, message.cues);
  kinds.delete('closing');
  return kinds;
}

function warmth(ctx: RuleContext, message: AnalyzedMessage): WarmMessage | undefined {
  const kinds = offeredWarmth(message);
  // Strong warmth (praise, congratulations, an invitation, heartfelt thanks) is warm in one touch.
  // Praise said twice is strong however much business surrounds it ("they're bloody brilliant ...
  // big kudos to your QC crew ... keen to get these on the shelves"). Thanks for our own sympathy
  // ("Thanks Arjun, that's very kind of you") closes that exchange: it asks for nothing more.
  const praised = praisedTwice(message.text);
  const closesExchange = thanksForOurKindWords(ctx, message);
  const strong = praised || (strongWarmth(message.text, message.cues) && !closesExchange);
  if (strong && gestures(kinds).length >= 1)
    return { message, kinds, words: wordCount(message.text), strong, praised, closesExchange };
  // One warm touch is warm from a client who is usually warm; otherwise it takes two. The frame
  // and the punctuation do not count: "Dear Avi, many thanks for the proposal. Kind regards" is
  // a courteous business note, "Thanks for the call! Looking forward to next steps." is warm.
  if (gestures(kinds).length < (ctx.client.warm ? 1 : 2)) return undefined;
  return { message, kinds, words: wordCount(message.text), strong, praised, closesExchange };
}

/**
 * The client's season's wish is theirs to be answered, not their answer to the rep's ("Happy new
 * year!" / "Thank you and happy new year"): wishes are read in turn, each answering the other
 * side's open one.
 */
function wishOwed(ctx: RuleContext): boolean {
  let open: 'client' | 'rep' | undefined;
  for (const m of ctx.analysis.messages) {
    if (!HOLIDAY_WISH.test(m.text)) continue;
    const role = m.author.role === 'client' ? 'client' : 'rep';
    open = open !== undefined && open !== role ? undefined : role;
  }
  return open === 'client';
}

/**
 * A plea for forgiveness said with a feast's wish: "mohon maaf lahir dan batin", "maaf zahir dan
 * batin", "please forgive any mistakes". The ritual is answered in kind.
 */
const FORGIVENESS_PLEA = phrases([
  'mohon|minta maaf',
  'maaf lahir|zahir',
  'minal aidin',
  'forgive ~1 us|me|our|my|any',
]);

/**
 * The client sets a quick, light pace for what follows the wish: "quick one when you're back", "quick
 * q, can ...?", "no rush". A short answer in that pace is what they asked for, however cold.
 */
const QUICK_PACE = phrases(['quick one|q|question|thing', 'no rush|hurry']);

/** The thread's messages before `message`, the latest first. */
function messagesBefore(ctx: RuleContext, message: AnalyzedMessage): AnalyzedMessage[] {
  return ctx.analysis.messages.slice(0, ctx.analysis.messages.indexOf(message)).reverse();
}

/**
 * The client turns to business in so many words: "ok, work mode:", "back to business". ("Anyway,"
 * is how many warm messages turn to their request: it sets no pace.)
 */
const CLIENT_TURNS =
  /\b(?:work\s+mode|back\s+to\s+(?:work|business)|down\s+to\s+business|business\s+time)\b/i;

/** Our message right before the client's warm one took up their news or warmth ("Welcome back! so glad the kids had fun"). */
function weWereWarm(ctx: RuleContext, message: AnalyzedMessage): boolean {
  const ours = messagesBefore(ctx, message).find((m) => m.author.role !== 'client');
  return ours?.cues.some((c) => c.type === 'acknowledgement' && c.confidence >= 0.8) === true;
}

/** A season's wish is owed in its season: one answered two weeks or more later is past its time. */
const WISH_SEASON_MS = 14 * 24 * 3_600_000;

/** Whether the draft is sent long after the wish, the feast or the season it wished for over. */
function pastSeason(ctx: RuleContext, wish: AnalyzedMessage): boolean {
  const sent = ctx.now?.getTime() ?? (ctx.draft.message.at ? Date.parse(ctx.draft.message.at) : Number.NaN);
  const wished = wish.message.at ? Date.parse(wish.message.at) : Number.NaN;
  return sent - wished >= WISH_SEASON_MS;
}

/** How many sentences of a message carry its thanks or praise. */
function ritualWarmth(message: AnalyzedMessage): number {
  const { text: t, cues } = message;
  return t.sentences.filter(
    (s) =>
      cues.some((c) => c.type === 'gratitude' && c.confidence >= 0.6 && c.start < s.end && c.end > s.start) ||
      PRAISE.test(t, s.firstToken, s.endToken),
  ).length;
}

/** "That's very kind of you", "thank you for your kind words": thanks for kindness shown. */
const KINDNESS_THANKED = phrases([
  'so|very|really|truly kind|thoughtful|sweet|considerate',
  'kind|thoughtful|sweet|considerate of you',
  'your kind words|message|note|wishes',
  'your kindness|understanding|sympathy|support',
]);

/**
 * The client thanks the rep for the sympathy or the congratulations of the rep's last message (a
 * loss, a fall, an illness, a birth met with kind words): the exchange is closed; a reply that goes
 * on to the business they raised leaves no warmth unreturned.
 */
function thanksForOurKindWords(ctx: RuleContext, message: AnalyzedMessage): boolean {
  const before = messagesBefore(ctx, message);
  const ours = before.find((m) => m.author.role !== 'client');
  const theirs = before.find((m) => m.author.role === 'client');
  if (!ours || !theirs) return false;
  const sympathy =
    theirs.cues.some(
      (c) => (c.type === 'bad-news' || c.type === 'personal-disclosure') && c.confidence >= 0.8,
    ) && ours.cues.some((c) => c.type === 'acknowledgement' && c.confidence >= 0.8);
  if (!sympathy) return false;
  const t = message.text;
  const praise = t.sentences.filter((s) => PRAISE.test(t, s.firstToken, s.endToken));
  return praise.every((s) => KINDNESS_THANKED.test(t, s.firstToken, s.endToken));
}

function missingList(missing: string[], lang: 'en' | 'ru'): string {
  const words: Record<string, Text> = {
    greeting: { en: 'greeting', ru: 'приветствия' },
    name: { en: 'name', ru: 'имени' },
    thanks: { en: 'thanks', ru: 'благодарности' },
  };
  return missing.map((m) => words[m]![lang]).join(', ');
}

/** "Dear Mr. Okafor" says the reader's name as much as "Hi Chinedu". */
function readerNames(ctx: RuleContext): string[] {
  return [
    clientName(ctx),
    ...ctx.reader.name
      .trim()
      .split(/\s+/)
      .filter((n) => n.length >= 2 && !/\.$/.test(n)),
  ];
}

/** Whether the reader's culture tends to show warmth by default in business writing. */
function readerShowsWarmth(ctx: RuleContext): boolean {
  const r = ctx.readerCulture;
  return r
    ? r.rapport.positivityDisplay.value === 'default-positive' || r.rapport.openness.value === 'peach'
    : true;
}

/**
 * What weighs on warmth left unreturned: a warm reader, a warm client, a message rich in warmth.
 * Warmth left unreturned is a warning once anything weighs on it.
 */
function warmthAtStake(ctx: RuleContext, kinds: ReadonlySet<WarmthKind>): number {
  return (readerShowsWarmth(ctx) ? 1 : 0) + (ctx.client.warm ? 1 : 0) + (kinds.size >= 3 ? 1 : 0);
}

/** The finding for the client's warm message (`warm`) that the draft, with its warmth `mine`, leaves unreturned. */
function coldFinding(
  ctx: RuleContext,
  warm: Pick<WarmMessage, 'message' | 'kinds' | 'words'>,
  mine: ReadonlySet<WarmthKind>,
  severity: Severity,
  confidence: number,
): Finding {
  const name = clientName(ctx);
  const words = wordCount(ctx.draft.text);
  const r = ctx.readerCulture;
  const w = ctx.writerCulture;
  const readerWarm = readerShowsWarmth(ctx);
  const missing = [
    mine.has('greeting') ? '' : 'greeting',
    mine.has('name') ? '' : 'name',
    mine.has('gratitude') ? '' : 'thanks',
  ].filter(Boolean);
  const writerReserved = w ? w.rapport.positivityDisplay.value === 'reserved-for-familiar' : false;
  // The same words as abrupt-pivot's opener, so a reply both rules flag is thanked once. A reply
  // with thanks in it is not cold (see the rule's check): the fix always gives the thanks.
  const fixText = `Thank you for your message, ${name}.`;
  const warmCues = warm.message.cues.filter((c) =>
    [
      'greeting',
      'gratitude',
      'acknowledgement',
      'absence-apology',
      'personal-disclosure',
      'question',
    ].includes(c.type),
  );
  return {
    ruleId: 'cold-reply',
    severity,
    message: {
      en: `${name} wrote a warm ${warm.words}-word message; this ${words}-word reply ${missing.length ? `has no ${missingList(missing, 'en')}` : 'gives only a formula'} in return.`,
      ru: `Клиент (${name}) написал тёплое письмо из ${warm.words} слов; в ответе из ${words} слов ${missing.length ? `нет ${missingList(missing, 'ru')}` : 'только дежурная формула'}.`,
    },
    span: { start: 0, end: ctx.draft.text.text.length },
    evidence: warmCues.map((c) => evidenceOf(warm.message, c)),
    why: {
      writer: writerReserved
        ? text(
            `${capitalise(inCulture(w, 'en'))} warmth with a business partner is often shown by doing the job well rather than by pleasantries, which can feel insincere before people know each other well; a short reply can feel efficient and respectful.`,
            `${capitalise(inCulture(w, 'ru'))} теплоту к деловому партнёру часто показывают хорошо сделанной работой, а не любезностями, которые до близкого знакомства могут казаться неискренними; короткий ответ кажется деловым и уважительным.`,
          )
        : text(
            'A short reply can feel efficient when you are busy.',
            'Короткий ответ может казаться деловым, когда много работы.',
          ),
      reader: text(
        [
          readerWarm
            ? `${manyClients(r, 'en')} treat friendly phrasing as the default in business email; after a warm message, a reply with no greeting or thanks can read as cold or annoyed.`
            : 'People tend to answer warmth with warmth; after a warm message, a reply with no greeting or thanks can read as cold or annoyed, whatever was meant.',
          ctx.client.warm ? `${name} usually writes warmly, so the contrast shows.` : '',
        ],
        [
          readerWarm
            ? `${manyClients(r, 'ru')} считают дружелюбный тон нормой деловой переписки; после тёплого письма ответ без приветствия и благодарности может прочитаться как холодный или раздражённый.`
            : 'На тепло обычно отвечают теплом; после тёплого письма ответ без приветствия и благодарности может прочитаться как холодный или раздражённый, что бы ни имелось в виду.',
          ctx.client.warm ? `${name} обычно пишет тепло, поэтому контраст заметен.` : '',
        ],
      ),
    },
    fix: { action: 'prepend', text: fixText },
    confidence,
    sources: sourcesOf(
      r?.rapport.positivityDisplay.sources,
      r?.rapport.openness.sources,
      writerReserved ? w?.rapport.positivityDisplay.sources : [],
      ['BROWN87'],
    ),
  };
}

export default defineRule({
  meta: {
    id: 'cold-reply',
    defaultSeverity: 'warning',
    scope: 'draft',
    docs: {
      summary: {
        en: "The reply is far colder or shorter than the client's warm message: no greeting, no name, no thanks, a one-liner to a paragraph.",
        ru: 'Ответ намного холоднее или короче тёплого письма клиента: без приветствия, имени и благодарности, одна строка в ответ на абзац.',
      },
      details: {
        en: "People tend to match each other's warmth and effort in a conversation (positive politeness, Brown & Levinson 1987). When the client writes a warm message (greeting, thanks, well-wishes, a personal touch) and the reply has none of that and is a fraction of its length, the reply can read as cold or annoyed, whatever was meant. It is measured on this client's own messages: a client who writes curt business notes gets no finding, a client who is usually warm raises the stakes. Replies that skip personal news or bad news are reported by ignored-disclosure and bad-news-pitch instead, a full reply that opens straight on business by abrupt-pivot, and a blunt order or verdict by blunt-request and blunt-disagreement.",
        ru: 'В разговоре люди обычно отвечают теплом на тепло и усилием на усилие (позитивная вежливость, Brown & Levinson 1987). Если клиент пишет тёплое письмо (приветствие, благодарность, добрые пожелания, что-то личное), а в ответе ничего этого нет и он во много раз короче, ответ может прочитаться как холодный или раздражённый, что бы ни имелось в виду. Мерило — письма самого клиента: для клиента, который сам пишет сухие деловые записки, правило молчит, а для обычно тёплого клиента ставки выше. Ответы, которые пропускают личную или плохую новость, отмечают правила ignored-disclosure и bad-news-pitch, полноценный ответ, который сразу начинается с дела, — abrupt-pivot, а резкий приказ или вердикт — blunt-request и blunt-disagreement.',
      },
    },
    sources: ['BROWN87', 'MEY14HBR', 'SHEL17'],
  },
  check(ctx) {
    // A reply whose coldness another rule names (ignored news, a skipped question, a turn to business,
    // a pitch into bad news) is left to that rule by rules/precedence.ts, which sees what fired.
    if (ctx.client.terse) return [];
    const draft = ctx.draft;
    const names = readerNames(ctx);
    const mine = warmthIn(draft.text, draft.cues, names);
    // What the reply gives back, beyond the frame every letter has (greeting, name, sign-off).
    const given = gestures(mine);
    // A courteous note (thanks for the email, a greeting, a hedge) answered curtly is not cold: it
    // needs warmth that was not returned (eval/README, settled 2026-11-27); the bluntness of an order
    // or verdict is blunt-request's or blunt-disagreement's alone.
    const warm = warmMessage(ctx);
    if (!warm) return [];
    // "very rested 😄 ok, work mode: can you do 3 pallets by the 20th?" after our own welcome back:
    // the warm exchange took place, and the client turned to business themselves.
    if (CLIENT_TURNS.test(warm.message.text.text) && weWereWarm(ctx, warm.message)) return [];
    // Lengths are compared without articles: leaving them out is no less effort; nor is a sign-off
    // ("Best regards, Li") more: it is the frame of any letter, on both sides.
    const effort = effortWords(draft.text, signOffStart(draft.text, draft.cues));
    const warmEffort = effortWords(warm.message.text, signOffStart(warm.message.text, warm.message.cues));
    const oneLiner = effort * 4 <= warmEffort && warm.words >= 30;
    const framed = mine.has('greeting') || mine.has('name');
    // Half the length or less is a short answer, not only a one-liner. A usually warm client's one
    // touch ("Thanks Andriy. Any news on the date?") is met by the greeting and the name of a reply
    // that answers it: only a one-liner, or a reply with no frame at all, leaves it short.
    const short = oneLiner || (effort * 2 <= warmEffort && (gestures(warm.kinds).length >= 2 || !framed));
    // Not one warm word back for two warm gestures (thanks and a wish, thanks and praise) is cold
    // when the reply has not even a greeting or the name and is the lesser effort; a reply as long
    // as their message that takes up what they asked ("be honest: is this setup stupid?") is
    // engaged, unless it is blunt. A letter with its
    // frame that opens straight on business is abrupt-pivot's (one finding for one mistake), unless
    // it is also far shorter, or blunt beside three gestures: bluntness and unreturned warmth are
    // different faults.
    // An order with "please" is a courteous request: beside a framed letter it leaves the opening
    // to abrupt-pivot, as a bare order does not.
    const please = draftCues(ctx, 'please');
    const bareOrder = draftOrders(ctx, 0.8).some(
      (o) => !please.some((p) => p.start >= o.start && p.end <= o.end),
    );
    const blunt = bareOrder || draftCues(ctx, 'negative-evaluation', 0.8).length > 0;
    const g = gestures(warm.kinds).length;
    // Any warmth given back, even a bare "Thanks." or "Noted, thank you.", answers the warmth: not
    // cold, however short (eval/README, settled 2026-11-27 by four blind coaches). Only a reply
    // that gives back none of it is cold.
    // Warmth no list-free reader could miss (praise, or a sentence of good feeling for the reader,
    // among three gestures) left with nothing at all is cold however long or framed the reply: a
    // reply that opens by turning to business is abrupt-pivot's instead (precedence).
    const clearly = clearlyWarm(warm.message.text, warm.message.cues) && !warm.closesExchange;
    // Season's greetings are a ritual that is always returned (eval/README): a wish for the feast left
    // without a word back is cold however framed and long the reply.
    const holiday = HOLIDAY_WISH.test(warm.message.text) && !HOLIDAY_WISH.test(draft.text);
    // A token return ("Thanks.", "Noted.", "Good to hear.") does not answer strong warmth (praise,
    // season's greetings, congratulations, an invitation, heartfelt thanks): it needs a clause that
    // takes it up (eval/README, settled 2026-11-28). Light warmth is answered by a short thanks.
    const token = given.length > 0 && tokenReturn(draft.text, draft.cues, names);
    // A bare receipt ("Noted.", "Hi Tom, ok.") before business gives even less than "Thanks.": to
    // strong warmth it is the same token return, at least.
    const receiptOnly = given.length === 0 && tokenOpening(draft.text, draft.cues) !== undefined;
    // A wish for the feast is answered by a wish: thanks and business beside it ("Thanks. Good to hear
    // the samples arrived.") read the wish and pass over it, as a token does (eval/README, 2026-11-28).
    const wishUnreturned =
      holiday &&
      given.length > 0 &&
      wishOwed(ctx) &&
      !['well-wish', 'holiday', 'returned'].some((k) => mine.has(k as WarmthKind));
    const cold =
      (warm.strong && (token || receiptOnly || wishUnreturned)) ||
      // Praise said twice given nothing back is cold however framed and long the reply: "The invoice
      // is attached." to "your team crushed it" (eval/README, settled 2026-11-27: a business
      // statement as the opening after warm thanks is cold-reply).
      (warm.praised && given.length === 0) ||
      (warm.strong && given.length === 0 && !blunt && heartfelt(warm.message.text, warm.message.cues)) ||
      (given.length === 0 &&
        (short ||
          clearly ||
          holiday ||
          (g >= 3 && (blunt || (!framed && effort < warmEffort))) ||
          // Feeling said with a smile or a prayer emoji ("thank you so much for coming 🙏", "we are very
          // happy to work with you 😊") is personal warmth, not a courteous note's "thank you very much":
          // a blunt answer to it leaves it unreturned as well.
          (blunt && warm.kinds.has('emoji') && heartfelt(warm.message.text, warm.message.cues)) ||
          (!framed && !blunt && g >= 2 && effort < warmEffort)));
    if (!cold) return [];
    // A reply that opens straight on business ("Regarding bug #4412, ...") with nothing warm and no
    // bare order or verdict is abrupt-pivot's: one finding for one mistake (eval/README). From a
    // client who is always warm, the contrast is a fault of its own.
    // A reply that thanks first is not abrupt: its token thanks is cold-reply's alone.
    if (!token && !ctx.client.warm && !blunt && draftCues(ctx, 'direct-start', 0.9).length > 0) return [];
    // Leaving season's greetings unanswered also weighs more (see above), and so does a goodbye at the
    // end of working together: the last impression the client keeps of the whole relationship.
    const farewell = FAREWELL.test(warm.message.text) && !FAREWELL.test(draft.text);
    const score = warmthAtStake(ctx, warm.kinds) + (oneLiner ? 1 : 0) + (holiday || farewell ? 1 : 0);
    // A season's wish answered by a token ("Thank you.", "Noted.") before business is an error
    // (eval/README, settled 2026-11-28): the token shows the wish was read and passed over; a reply
    // with no word back at all is not milder (settled again 2026-11-28). A blunt one is weighed by
    // its bluntness. Not when the client set a quick pace themselves ("quick one", "no rush"), nor
    // when the reply comes weeks later, the season over, unless the wish asked forgiveness: Lebaran's
    // "mohon maaf lahir dan batin" is answered whenever one next writes.
    const plea = FORGIVENESS_PLEA.test(warm.message.text);
    const noWordBack =
      given.length === 0 &&
      wishOwed(ctx) &&
      (plea || (!QUICK_PACE.test(warm.message.text) && !pastSeason(ctx, warm.message)));
    const holidayToken = holiday && !blunt && (token || receiptOnly || wishUnreturned || noWordBack);
    // A formal, ritual thanks for a visit or hospitality (eval/README, settled 2026-11-28) weighs by the
    // answer's register: a casual "Thanks." and a bare order is an error; a formal "Thank you." a
    // warning; a short host note, its ritual in one sentence, a suggestion.
    const ritual =
      warm.strong && formalNote(warm.message.text) && !occasionWarmth(warm.message.text, warm.message.cues);
    const ritualSentences = ritual ? ritualWarmth(warm.message) : 0;
    const ritualSeverity: Severity | undefined = !ritual
      ? undefined
      : bareOrder && !formalNote(draft.text)
        ? 'error'
        : !blunt && ritualSentences <= 1
          ? 'suggestion'
          : 'warning';
    // "Noted." or "Ok." to heartfelt thanks from a client who is usually warm: an error (eval/README,
    // settled 2026-11-28); the usual weighing otherwise.
    const severity =
      ritualSeverity ??
      (holidayToken ||
      (receiptOnly && ctx.client.warm && thanksWithFeeling(warm.message.text, warm.message.cues))
        ? 'error'
        : severityFromScore(score, 4, 1));
    return [coldFinding(ctx, warm, mine, severity, oneLiner ? 0.85 : 0.7)];
  },
  candidates(ctx) {
    // The lenient reading the verdict model weighs: any warmth in the client's last turn, however
    // the reply answered it. The warmest message of the turn is the one the finding quotes.
    let warmest: { message: AnalyzedMessage; kinds: Set<WarmthKind>; gestures: number } | undefined;
    for (const message of lastTurn(ctx)) {
      const kinds = offeredWarmth(message);
      const n = gestures(kinds).length;
      if (n > 0 && n > (warmest?.gestures ?? 0)) warmest = { message, kinds, gestures: n };
    }
    if (!warmest) return [];
    const { message, kinds } = warmest;
    const mine = warmthIn(ctx.draft.text, ctx.draft.cues, readerNames(ctx));
    const severity = severityFromScore(warmthAtStake(ctx, kinds), 4, 1);
    return [coldFinding(ctx, { message, kinds, words: wordCount(message.text) }, mine, severity, 0.5)];
  },
});
