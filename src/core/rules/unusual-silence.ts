/**
 * unusual-silence (thread-level): the time since the last message, or since the rep's last
 * unanswered one, is far beyond this thread's usual cadence. Reports the numbers ("usually
 * replies within a day; 7 days now") with a warm check-in, and flags a draft that scolds the
 * client for the silence ("Why don't you answer?", "I have been waiting for a week").
 */
import type { AnalyzedMessage } from '../analysis.ts';
import { agreedResume, announcedReturn, askedDeadline, OWN_NEXT_STEP } from '../context/deadline.ts';
import { median, messageTime } from '../context/relationship.ts';
import { capitalise, inCulture, manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import { phrases } from '../text/phrases.ts';
import { clientName, draftCues, severityFromScore } from './helpers.ts';
import { defineRule, type Evidence, type Finding, type RuleContext, type Text } from './types.ts';

const HOUR = 3_600_000;

/** Reproaches for not answering. */
const SCOLDING = phrases([
  'why do|did|does|have|has|would|will|wo|can|ca not ~1 you ~2 answer|reply|respond|write|get|call|return',
  'why do|did|does|have|has|would|will you not ~2 answer|reply|respond|write|get|call|return',
  'why no answer|reply|response',
  'why ~2 so quiet|silent',
  'i|we have been waiting',
  'i|we ~1 still waiting',
  'still no ~2 answer|reply|response|word|news',
  'you did|have|has not ~2 answer|reply|respond|get|write|return',
  'you never ~2 answer|reply|respond|get|write|return',
  'no answer|reply|response from you',
  'as i ~1 already ~1 wrote|said|asked|mentioned|told',
  // "I already asked you twice"; not "I've already told my family about them".
  'i ~1 already asked|wrote|told|sent you',
  'i ~1 already asked|wrote ~3 twice|before|times|weeks|days',
  'finally ~2 answer|reply|respond|write|hear',
  'where have you been',
  'where did you disappear|go|vanish',
  'you disappeared|vanished',
  'ignore|ignoring me|us|my|our',
]);
/** A draft that already checks in warmly needs no suggestion. */
const WARM_CHECK_IN = phrases([
  // "I hope the autumn season is starting well for your team": the wish may name what it is for.
  'hope ~6 well|good|fine|ok|okay|great|smoothly',
  'no rush|pressure',
  'when|whenever you have|get ~1 a moment|chance|time',
  'i know ~3 busy',
  'just checking in',
]);

/** How many gaps make a cadence, and how far beyond it a gap is unusual. */
const MIN_GAPS = 3;
/**
 * The client named when to talk again: "talk next quarter", "contact me in Q4", "after the
 * holidays", "I'm on holiday until the 18th, let's talk when I'm back", "on leave from tomorrow until
 * 17 August", "let's pick it up after the 16th".
 */
const AGREED_PAUSE =
  /\b(?:on (?:holiday|vacation|leave)|away|out of (?:the )?office|off)(?:\s+from\s+[^.!?,;]{1,25}?)?\s+(?:until|till|through)\b|\b(?:when|once|after)\s+(?:i|we)(?:'m|’m|\s+am|'re|’re|\s+are|\s+get|\s+come)\s+back\b|\b(?:talk|speak|catch up|review|reconnect|contact (?:me|us)|get back to (?:me|us)|touch base|follow up|pick (?:it|this|that) up|pick up|resume|continue)\b[^.!?]{0,30}\b(?:next (?:quarter|month|year)|in (?:q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|the (?:new|next) year)|after the (?:holidays|summer|new year)|after (?:the )?\d{1,2}(?:st|nd|rd|th)\b|after (?:mon|tues|wednes|thurs|fri)day\b)/i;
/**
 * The client gave the time: "we will wait for the results", "no rush", "take your time". Not "no
 * rush, but we're planning budgets": a reason it matters is a polite nudge, not time given. "No
 * rush, but when you put together the Q3 report in October, could you ...": a "but when" sets the
 * time, no nudge.
 */
const GRANTED_TIME =
  /\b(?:no rush|no hurry|take your time|whenever you(?:'re|’re| are) ready|in your own time|(?:we|i)(?:'ll|’ll| will| can) wait)\b(?![^.!?]*\bbut\b(?!\s+when\b))/i;
const SPAN_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  eight: 8,
  ten: 10,
  twelve: 12,
  'a couple of': 2,
  'couple of': 2,
  'a few': 3,
};
/** A wait announced with its length: "it needs about 6 weeks", "the results in 10 days", "for three weeks". */
const ANNOUNCED_SPAN =
  /\b(?:about|around|roughly|approximately|within|in|for|takes?|needs?)\s+(?:about\s+)?(\d+|two|three|four|five|six|eight|ten|twelve|a couple of|couple of|a few)(?:\s*(?:-|–|to)\s*(\d+))?\s+(day|week|month)s?\b/i;
const SPAN_HOURS = { day: 24, week: 168, month: 730 } as const;

/** Hours of the longest wait announced in a message ("about 6 weeks"), 0 when none. */
function announcedHours(m: AnalyzedMessage | undefined): number {
  const found = m && ANNOUNCED_SPAN.exec(m.text.text);
  if (!found) return 0;
  const n = Number(found[2] ?? found[1]) || SPAN_NUMBERS[found[1]!.toLowerCase().replace(/\s+/g, ' ')] || 0;
  return n * SPAN_HOURS[found[3]!.toLowerCase() as keyof typeof SPAN_HOURS];
}

/**
 * A gap both sides expected is no silence: a pause the client set ("talk again in Q3"), time the
 * client gave ("we will wait for the results"), or a wait the rep announced ("the test needs about
 * 6 weeks") that the gap has not overrun by much.
 */
function expectedGap(ctx: RuleContext, gapHours: number): boolean {
  const messages = ctx.analysis.messages;
  const lastClient = messages.filter((m) => m.author.role === 'client').at(-1);
  const lastRep = messages.filter((m) => m.author.role === 'rep').at(-1);
  if (lastClient && AGREED_PAUSE.test(lastClient.text.text)) return true;
  const last = messages.at(-1);
  if (last?.author.role === 'client' && GRANTED_TIME.test(last.text.text)) return true;
  // "The committee decides in March. I will contact you then": the next move was the client's.
  if (last?.author.role === 'client' && CLIENT_NEXT_STEP.test(last.text.text)) return true;
  if (last?.author.role === 'client' && closesExchange(last) && repRhythm(ctx, gapHours)) return true;
  // "Finance needs a couple of weeks to review, I'll come back to you after that": the client set
  // the wait and the next move, and a note of the rep's since that asks nothing does not take it back.
  if (lastClient && CLIENT_NEXT_STEP.test(lastClient.text.text)) {
    const span = announcedHours(lastClient);
    const from = at(lastClient);
    const end = replyTime(ctx);
    if (
      span > 0 &&
      from !== undefined &&
      end !== undefined &&
      !asksSince(messages, lastClient) &&
      (end - from) / HOUR <= span * 1.25 + 48
    )
      return true;
  }
  // The rep's announcement counts when it promised to come back after the wait ("it needs about 6
  // weeks; I will send the results when it finishes"), and the client has asked nothing new since.
  if (!lastRep || !PROMISE.test(lastRep.text.text)) return false;
  const announced = announcedHours(lastRep);
  if (announced > 0) return !asksSince(messages, lastRep) && gapHours <= announced * 1.25 + 48;
  // "We will check it", a holding note after "we will send the report within 5 days": the promise
  // with its length still runs, and the draft that keeps it is on time.
  const dated = messages
    .filter((m) => m.author.role === 'rep' && PROMISE.test(m.text.text) && announcedHours(m) > 0)
    .at(-1);
  const from = dated && at(dated);
  const end = replyTime(ctx);
  return (
    from !== undefined &&
    end !== undefined &&
    !asksSince(messages, lastRep) &&
    (end - from) / HOUR <= announcedHours(dated) * 1.25 + 48
  );
}

/** Someone asked something new after this message: a question or a business ask. */
function asksSince(messages: AnalyzedMessage[], m: AnalyzedMessage): boolean {
  return messages
    .slice(messages.indexOf(m) + 1)
    .some((n) =>
      n.cues.some((c) => (c.type === 'question' || c.type === 'business-ask') && c.confidence >= 0.7),
    );
}
/**
 * "On leave for three weeks, back on 2 December": an absence the client announced, still running
 * when the thread went quiet, is no one's silence; the clock starts when they are back. Not when the
 * client also set a deadline the reply misses: they said when they wanted it, away or not.
 */
function backFromPause(ctx: RuleContext, silence: Silence): boolean {
  const end = replyTime(ctx);
  const lastAt = at(silence.after);
  if (silence.deadline !== undefined || end === undefined || lastAt === undefined) return false;
  const back = ctx.analysis.messages
    .filter((m) => m.author.role === 'client')
    // "Follow up with me around the 22nd": a day the client asked to hear back on counts as a return.
    .map((m) => Math.max(announcedReturn(m) ?? 0, agreedResume(m) ?? 0))
    .reduce<number>((a, b) => Math.max(a, b ?? 0), 0);
  if (back <= lastAt) return false;
  return !unusual((end - back) / HOUR - weekendHours(back, end), silence.usualHours);
}

/**
 * The client's own next step: "I will contact you then", "we'll get back to you after the board", "we
 * will review with our team and reply within two weeks": the next move is the client's, and the rep's
 * follow-up after it is not late.
 */
const CLIENT_NEXT_STEP = {
  test: (said: string) =>
    OWN_NEXT_STEP.test(said) || CLIENT_UPDATE.test(said) || TIME_ASKED_FOR.test(said) || TALK_THEN.test(said),
};
/** "We'll run the pilot for three weeks ... Talk then.": the client names the wait and talks after it. */
const TALK_THEN = /\b(?:talk|speak)\s+(?:then|after\s+that|afterwards)\b/i;
/**
 * "Please give us about two weeks", "allow us a couple of weeks to align with head office": the
 * client asks for the wait with its length, and the next move is theirs until it has run.
 */
const TIME_ASKED_FOR =
  /\b(?:give|allow|grant)\s+(?:us|me)\s+(?:about\s+|around\s+|roughly\s+)?(?:\d+|a|one|two|three|four|five|six|a couple of|a few)\s+(?:more\s+)?(?:days?|weeks?|months?)\b/i;
/**
 * "I will update you after the management meeting", "we'll keep you posted", "comparing with other
 * suppliers, will tell you" (the "we" dropped): a next step in other words. Not "I will tell you the
 * problem: ...", which tells it now.
 */
const CLIENT_UPDATE =
  /(?:\b(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)|(?:^|[,;.]\s*)will)\s+(?:\w+\s+){0,2}?(?:update you|keep you (?:posted|updated|informed)|send you (?:an update|news|our feedback|feedback)|give you (?:an update|news|our feedback|feedback)|let you know|(?:tell|inform) you(?=\s*(?:[.!,;)]|$|soon|later|when|once|after|next|by|asap|again)))\b/i;

/** "Thanks Andrei!", "Gracias, see you in autumn": a client note that asks nothing closes the exchange. */
function closesExchange(m: AnalyzedMessage): boolean {
  return !m.cues.some(
    (c) =>
      (c.type === 'question' || c.type === 'business-ask' || c.type === 'bad-news') && c.confidence >= 0.6,
  );
}

/**
 * A monthly report answered with "thanks": the rep writes on a rhythm of their own, and the draft
 * keeps it. The gap since the rep's last message is no longer than the usual gap between the rep's
 * earlier messages: two of them a month apart and the draft a month later are the third report on
 * the same rhythm, so one earlier interval is enough.
 */
function repRhythm(ctx: RuleContext, gapHours: number): boolean {
  const rep = ctx.analysis.messages.filter((m) => m.author.role === 'rep');
  const intervals = gaps(rep);
  const lastRepAt = rep.length > 0 ? at(rep.at(-1)!) : undefined;
  const end = replyTime(ctx);
  if (intervals.length < 1 || lastRepAt === undefined || end === undefined) return false;
  const usual = median(intervals)!;
  // The client's silence is measured from their note; the rhythm from the rep's own messages.
  return gapHours <= (end - lastRepAt) / HOUR && (end - lastRepAt) / HOUR <= usual * 1.25;
}

const unusual = (gap: number, usual: number) => gap >= Math.max(3 * usual, usual + 48);

const DAY_FORMS_RU = ['день', 'дня', 'дней'] as const;
function daysRu(n: number): string {
  const tens = n % 100;
  const ones = n % 10;
  const form = tens >= 11 && tens <= 14 ? 2 : ones === 1 ? 0 : ones >= 2 && ones <= 4 ? 1 : 2;
  return `${n} ${DAY_FORMS_RU[form]}`;
}

/** "within a day" / "в течение дня", "7 days" / "7 дней". */
const URGENT_ASK =
  /\b(?:today|tonight|asap|urgent|urgently|immediately|right away|as soon as possible|end of (?:the )?day)\b/i;

export function duration(hours: number, within: boolean): Text {
  if (hours <= 30) {
    const h = Math.max(1, Math.round(hours));
    if (within && hours > 12) return { en: 'within a day', ru: 'в течение дня' };
    return within
      ? { en: `within ${h} hour${h === 1 ? '' : 's'}`, ru: `в течение ${h} ч` }
      : { en: `${h} hour${h === 1 ? '' : 's'}`, ru: `${h} ч` };
  }
  const d = Math.round(hours / 24);
  if (d === 1) return within ? { en: 'within a day', ru: 'в течение дня' } : { en: '1 day', ru: '1 день' };
  return within
    ? { en: `within ${d} days`, ru: `в течение ${daysRu(d)}` }
    : { en: `${d} days`, ru: daysRu(d) };
}

/** When the draft is sent: --now when given, else the draft's own time. */
function replyTime(ctx: RuleContext): number | undefined {
  return ctx.now?.getTime() ?? (ctx.draft.message.at ? Date.parse(ctx.draft.message.at) : undefined);
}

interface Silence {
  who: 'client' | 'rep';
  gapHours: number;
  usualHours: number;
  /** The message the silence follows. */
  after: AnalyzedMessage;
  /** The silence already ended: the client has just written after it. */
  ended: boolean;
  /** The end of a deadline the client stated that the rep's silence has run past. */
  deadline?: number;
}

// Parsed once per message (shared with the relationship), not on every re-check.
const at = messageTime;

function gaps(messages: AnalyzedMessage[]): number[] {
  const times = messages.map(at).filter((t): t is number => t !== undefined);
  return times.slice(1).map((t, i) => (t - times[i]!) / HOUR);
}

/** The silence now (since the last message), or the one the client's latest message just ended. */
function findSilence(ctx: RuleContext): Silence | undefined {
  const messages = ctx.analysis.messages;
  const last = messages.at(-1);
  const lastAt = last && at(last);
  const usualGap = ctx.relationship.medianGapHours;
  const end = replyTime(ctx);
  // Read once here: the silence carries it to the finding's severity and words.
  // "Yes, I will prepare it": a holding reply leaves the rep owing what the client asked for.
  // "Noted, thank you." or "Understood, you will have it by Friday." after the client's request is a
  // holding reply too: the rep took the request on.
  const holding = last?.author.role === 'rep' && holdingReply(last);
  const deadline =
    last?.author.role === 'client' || holding ? missedDeadline(ctx, stillWaiting(messages)) : undefined;
  if (last && lastAt !== undefined && end !== undefined && gaps(messages).length < MIN_GAPS) {
    const owed = owedReply(ctx, (end - lastAt) / HOUR);
    if (owed) return { ...owed, deadline };
  }
  // A deadline the client set and the reply misses is a silence whatever the thread's rhythm
  // (eval/README, settled label questions): the client said when the answer mattered.
  if (last && lastAt !== undefined && end !== undefined && deadline !== undefined)
    return {
      who: 'rep',
      gapHours: (end - lastAt) / HOUR,
      usualHours: usualGap ?? 24,
      after: last,
      ended: false,
      deadline,
    };
  if (!last || lastAt === undefined || usualGap === undefined) return undefined;
  if (end !== undefined && gaps(messages).length >= MIN_GAPS) {
    const gapHours = (end - lastAt) / HOUR;
    const waitingOnClient = last.author.role === 'rep' && !holding;
    const usualHours = waitingOnClient ? (ctx.relationship.clientReplyHours ?? usualGap) : usualGap;
    // A weekend is nobody's silence: a Friday note answered on Monday morning kept the rhythm of
    // working days, however fast the thread moves within them.
    if (unusual(gapHours - weekendHours(lastAt, end), usualHours))
      return {
        who: waitingOnClient ? 'client' : 'rep',
        gapHours,
        usualHours,
        after: last,
        ended: false,
        deadline,
      };
  }
  // The client is back after a long silence: the history before their message holds the cadence.
  const before = messages.slice(0, -1);
  const previous = before.at(-1);
  const previousAt = previous && at(previous);
  const cadence = gaps(before);
  if (last.author.role !== 'client' || !previous || previousAt === undefined || cadence.length < MIN_GAPS)
    return undefined;
  const usualHours = median(cadence)!;
  const gapHours = (lastAt - previousAt) / HOUR;
  return unusual(gapHours, usualHours)
    ? { who: 'client', gapHours, usualHours, after: previous, ended: true }
    : undefined;
}

const DAY = 24 * HOUR;

/** Hours between two times that fall on a Saturday or Sunday (UTC). */
function weekendHours(from: number, to: number): number {
  let total = 0;
  for (let day = from - (from % DAY); day < to; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) total += Math.max(0, Math.min(to, day + DAY) - Math.max(from, day));
  }
  return total / HOUR;
}

/** Two weeks: too long to leave a client's question or request unanswered, whatever the cadence. */
const OWED_HOURS = 14 * 24;
/** A week: the longest a matter the client called urgent can wait for news. */
const OWED_URGENT_HOURS = 7 * 24;
/**
 * "I will check both points and come back this week", "I'm checking stock and will send the PI" (the "I"
 * said once), "te las envío esta semana": the rep promised an answer.
 */
const PROMISE =
  /\b(?:(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)|and\s+will)\s+(?:\w+\s+){0,3}?(?:come back|get back|revert|send|check|confirm|follow up|update|prepare|share|work on|deliver|provide|submit)\b|\b(?:te|le|les|se|vos)\s+(?:(?:lo|la|los|las)\s+)?(?:env[ií]o|mando|paso|confirmo)\b|\b(?:vou|vamos)\s+(?:te\s+|lhe\s+)?(?:enviar|mandar|confirmar)\b|\bje\s+vous\s+(?:envoie|enverrai|confirme|confirmerai)\b/i;
/**
 * A short reply that takes the client's request on: "Noted, thanks.", "OK, noted.", "Thank you, well noted.",
 * "Understood, you will have it by Friday.", "You will have our offer before the 13th", "Sure, I'll have it
 * ready by Thursday".
 */
const TAKEN_ON =
  /^\W*(?:(?:hi|hello|dear)\b[^,!?\n]{0,40}[,!]\s*)?(?:(?:ok(?:ay)?|sure|yes)[,.!]?\s+)?(?:(?:many\s+)?(?:thank you|thanks)\b[,.!]?\s*)?(?:well\s+)?(?:noted|understood|will do|got it|on it)\b|\byou(?:'ll|’ll|\s+will)\s+(?:have|get|receive)\s+(?:it|them|(?:the|our|my)\s+\w+)\b|\b(?:i|we)(?:'ll|’ll|\s+will)\s+have\s+(?:it|them|(?:the|our|my)\s+\w+)\s+(?:ready|done|finished|for\s+you)\b/i;
/** "Perdona el retraso", "Toutes mes excuses": an apology in the language of the thread. */
const APOLOGY_ABROAD =
  /(?:^|[^\p{L}])(?:perd[oó]n[ae]?|disculp[ae]|lo siento|desculp[ae]|(?:toutes\s+)?mes\s+excuses|d[ée]sol[ée]e?|entschuldig\p{L}*|scus[ae]|mi\s+dispiace)(?![\p{L}])/iu;
/** A date the client has to decide by: "we need to decide by the end of next week". */
const CLIENT_DEADLINE =
  /\b(?:by|until|before)\s+(?:the\s+)?(?:end of|next|this|monday|tuesday|wednesday|thursday|friday)\b/i;

/**
 * Too few messages for a cadence: a thread that has just begun has none to measure against, but a
 * client's question or request (or the rep's own promise to come back) left two weeks without an
 * answer is a silence in any business correspondence.
 */
function owedReply(ctx: RuleContext, gapHours: number): Silence | undefined {
  const messages = ctx.analysis.messages;
  const last = messages.at(-1)!;
  // "Please keep me posted, it's really urgent": a matter the client called urgent is owed news
  // within days, not weeks.
  const urgent = ctx.analysis.answered.some((m) => URGENT_ASK.test(m.text.text));
  // "So sorry for the late reply": the rep owns that the answer is late, so a week measures it, as
  // for an urgent matter; the apology then keeps it a suggestion.
  const ownsDelay = draftCues(ctx, 'absence-apology', 0.7).length > 0;
  // The rep's own promise to come back ("I will prepare them and send them in the next days"),
  // left two weeks, is owed as much as the client's question.
  const promisedLast = last.author.role === 'rep' && PROMISE.test(last.text.text);
  if (
    (last.author.role !== 'client' && !promisedLast) ||
    gapHours < (urgent || ownsDelay ? OWED_URGENT_HOURS : OWED_HOURS)
  )
    return undefined;
  const asked = ctx.analysis.answered.some(
    (m) =>
      m.cues.some(
        (c) =>
          (c.type === 'question' && c.confidence >= 0.7) ||
          (c.type === 'business-ask' && c.confidence >= 0.7),
      ) || CLIENT_DEADLINE.test(m.text.text),
  );
  const lastRep = messages.filter((m) => m.author.role === 'rep').at(-1);
  const promised = promisedLast || (lastRep !== undefined && PROMISE.test(lastRep.text.text));
  if (!asked && !promised && !urgent) return undefined;
  const usualHours = ctx.relationship.medianGapHours ?? 24;
  return { who: 'rep', gapHours, usualHours, after: last, ended: false };
}

/** The thread ends on two client messages a day or more apart: the second chases the first. */
function chased(ctx: RuleContext): boolean {
  const [before, last] = ctx.analysis.messages.slice(-2);
  if (before?.author.role !== 'client' || last?.author.role !== 'client') return false;
  const from = at(before);
  const to = at(last);
  return from !== undefined && to !== undefined && to - from >= 24 * HOUR;
}

/** "I will prepare it", "Noted.", "You will have it by Thursday": the rep took a request on, not met it. */
const holdingReply = (m: AnalyzedMessage) => PROMISE.test(m.text.text) || TAKEN_ON.test(m.text.text);

/**
 * The client's messages still waiting on the rep: their latest turn (before any holding reply of the
 * rep's), and the turns before it that the rep only took on. "We need the quote by the 12th" ->
 * "You will have it by the 11th" -> "Thank you, I count on you": the request of the 12th is still
 * open, and the thanks after the promise does not close it.
 */
function stillWaiting(messages: AnalyzedMessage[]): AnalyzedMessage[] {
  const waiting: AnalyzedMessage[] = [];
  let i = messages.length - 1;
  while (i >= 0 && messages[i]!.author.role === 'rep') i--;
  for (;;) {
    for (; i >= 0 && messages[i]!.author.role === 'client'; i--) waiting.unshift(messages[i]!);
    const repEnd = i;
    while (i >= 0 && messages[i]!.author.role === 'rep') i--;
    if (i < 0 || !messages.slice(i + 1, repEnd + 1).every(holdingReply)) return waiting;
  }
}

/** A deadline is missed once the reply comes more than a day after it: time zones and "end of day" vary. */
const DEADLINE_GRACE_MS = 24 * 3_600_000;

/**
 * The earliest deadline the client asked for in a message the reply answers and the reply misses
 * by more than a day; undefined when there is none. A date the rep promised ("I will come back
 * this week") is not counted: the dev labels rate a broken promise a warning twice as often as an
 * error.
 */
function missedDeadline(ctx: RuleContext, answered: AnalyzedMessage[]): number | undefined {
  const end = replyTime(ctx);
  const client = answered.filter((m) => m.author.role === 'client');
  const lastAt = client.length > 0 ? messageTime(client.at(-1)!) : undefined;
  // A deadline after the client's last message cannot be a day behind a reply within a day of it:
  // most replies need no date parsing (and the CLI's startup snapshot, whose warm-up check is
  // such a reply, then holds no chrono state; with it, V8 failed to write the snapshot).
  if (end === undefined || lastAt === undefined || end - lastAt <= DEADLINE_GRACE_MS) return undefined;
  const deadline = statedDeadline(client);
  // It passed while the client waited on the rep: a client who wrote again after it has moved on.
  return deadline !== undefined && deadline > lastAt && end > deadline + DEADLINE_GRACE_MS
    ? deadline
    : undefined;
}

/**
 * The deadline the client's latest word on timing sets: "we need the offer by 19 September", then
 * "the committee moved, so we need it only by 17 October": the new date replaces the first.
 */
function statedDeadline(client: AnalyzedMessage[]): number | undefined {
  for (let i = client.length - 1; i >= 0; i--) {
    const deadline = askedDeadline(client[i]!);
    if (deadline !== undefined) return deadline;
  }
  return undefined;
}

/**
 * The reply comes before the deadline the client set and the rep took on ("send the offer by 17
 * October" -> "Noted, we will send it by then"), and the client has not written since: both sides
 * agreed the wait, so a long gap inside it is no silence (eval/README, settled label questions). Not
 * a date the client only plans by ("we would like to decide by the end of the month") while a
 * question waits: that wait nobody agreed.
 */
function withinDeadline(ctx: RuleContext): boolean {
  const last = ctx.analysis.messages.at(-1);
  if (last?.author.role !== 'rep' || !holdingReply(last)) return false;
  const end = replyTime(ctx);
  const deadline = statedDeadline(
    stillWaiting(ctx.analysis.messages).filter((m) => m.author.role === 'client'),
  );
  return end !== undefined && deadline !== undefined && end <= deadline + DEADLINE_GRACE_MS;
}

/** "Alex asked for it by Friday 6 March; this reply comes 7 days after that." */
function deadlineMissedBy(ctx: RuleContext, deadline: number): Text {
  const name = clientName(ctx);
  const day = (locale: string) =>
    new Date(deadline).toLocaleDateString(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
  const late = duration((replyTime(ctx)! - deadline) / HOUR, false);
  return {
    en: `${name} asked for it by ${day('en-GB')}; this reply comes ${late.en} after that.`,
    ru: `Клиент (${name}) просил ответ к сроку: ${day('ru-RU')}; этот ответ приходит на ${late.ru} позже.`,
  };
}

function numbers(ctx: RuleContext, silence: Silence): Text {
  const name = clientName(ctx);
  const usual = duration(silence.usualHours, true);
  const gap = duration(silence.gapHours, false);
  if (silence.who === 'rep')
    return {
      en: `Replies in this thread usually come ${usual.en}; ${name}'s last message has waited ${gap.en}.`,
      ru: `Ответы в этой переписке обычно приходят ${usual.ru}; последнее письмо клиента (${name}) ждёт ответа уже ${gap.ru}.`,
    };
  return silence.ended
    ? {
        en: `${name} usually replies ${usual.en}; this time it took ${gap.en}.`,
        ru: `${name} обычно отвечает ${usual.ru}; в этот раз прошло ${gap.ru}.`,
      }
    : {
        en: `${name} usually replies ${usual.en}; it has been ${gap.en} now.`,
        ru: `${name} обычно отвечает ${usual.ru}; сейчас прошло уже ${gap.ru}.`,
      };
}

/** The two sides of a silence: the rep scolding the client's, the rep's own late reply, or the client's. */
function why(ctx: RuleContext, scolding: boolean, repLate = false) {
  const w = ctx.writerCulture;
  const r = ctx.readerCulture;
  const writerDirect = w ? w.style.negativeFeedback.value <= -1 : false;
  const writer = scolding
    ? writerDirect
      ? text(
          `${capitalise(inCulture(w, 'en'))} saying plainly that you have been waiting is honest, and after a long silence it can feel like the natural thing to say.`,
          `${capitalise(inCulture(w, 'ru'))} прямо сказать, что вы ждёте, — честно, и после долгого молчания это кажется естественным.`,
        )
      : text(
          'After a long wait, pointing out the silence can feel fair.',
          'После долгого ожидания указать на молчание может казаться справедливым.',
        )
    : repLate
      ? text(
          'When the answer takes work (a price from the factory, a check with legal), writing once you have it can feel better than writing with nothing new.',
          'Когда ответ требует работы (цена с завода, проверка у юристов), написать, когда он готов, может казаться лучше, чем писать без новостей.',
        )
      : text(
          'A silence this long can feel like a sign that the deal is slipping away.',
          'Такое долгое молчание может казаться знаком того, что сделка ускользает.',
        );
  const reader = scolding
    ? text(
        `${manyClients(r, 'en')} go quiet for reasons that have nothing to do with the deal (holidays, illness, internal approvals); a reproach puts them on the defensive and makes coming back harder, while a warm check-in leaves the door open.`,
        `${manyClients(r, 'ru')} пропадают по причинам, не связанным со сделкой (отпуск, болезнь, внутренние согласования); упрёк заставляет оправдываться и мешает вернуться, а тёплое напоминание оставляет дверь открытой.`,
      )
    : repLate
      ? text(
          `${manyClients(r, 'en')} read a long wait with no word as a sign of where they stand on your list; a reply that owns the delay, and a short note in the meantime saying when the answer will come, keep their trust.`,
          `${manyClients(r, 'ru')} воспринимают долгое ожидание без вестей как знак того, какое место они занимают в вашем списке; ответ, который признаёт задержку, и короткая весточка в ожидании, когда будет ответ, сохраняют их доверие.`,
        )
      : text(
          `${manyClients(r, 'en')} respond better to a short, warm check-in than to a push: it shows you care about them, not only about the answer.`,
          `${manyClients(r, 'ru')} лучше откликаются на короткое тёплое напоминание, чем на нажим: оно показывает, что вам важны они, а не только ответ.`,
        );
  const sources = sourcesOf(
    r?.rapport.positivityDisplay.sources,
    r?.style.trusting.sources,
    scolding && writerDirect ? w?.style.negativeFeedback.sources : [],
  );
  return { why: { writer, reader }, sources };
}

export default defineRule({
  meta: {
    id: 'unusual-silence',
    defaultSeverity: 'suggestion',
    scope: 'thread',
    docs: {
      summary: {
        en: "The gap since the last message is far beyond this thread's usual cadence; a draft that scolds the client for it is flagged.",
        ru: 'Пауза с последнего сообщения намного длиннее обычного ритма переписки; черновик, упрекающий клиента за молчание, отмечается.',
      },
      details: {
        en: 'The usual cadence is measured on this thread: the median time the client takes to answer the rep (or between any two messages). A gap at least three times as long, and two days longer, is unusual. Rapport then says so with the numbers ("usually replies within a day; 7 days now") and suggests a warm check-in, or an apology when the rep is the one who is late: a late reply that does not own the delay is a warning (an error when it misses a deadline the client stated, such as "we need it by Friday"), a suggestion when it apologises or when the client takes about as long to answer themselves. A pause the client set ("talk next quarter", "I am away until the 18th") is agreed, not a silence. A thread too new for a cadence has none to compare with, but a client\'s question or request, or the rep\'s own promise to come back, left two weeks without an answer is a silence in any business correspondence. It uses --now when given, else the draft\'s time. A draft that reproaches the client for the silence ("Why don\'t you answer?", "I have been waiting for a week", "Finally!") is a warning, or an error in a warm relationship with a reader who expects positivity: people go quiet for many reasons, and a reproach makes coming back harder.',
        ru: 'Обычный ритм измеряется по этой переписке: медианное время ответа клиента на письма представителя (или между любыми двумя сообщениями). Пауза втрое длиннее и больше на двое суток — необычна. Тогда Rapport называет цифры («обычно отвечает в течение дня; сейчас прошло 7 дней») и предлагает тёплое напоминание или извинение, если задерживается сам представитель: запоздалый ответ без извинения — предупреждение (ошибка, если пропущен срок, который назвал клиент, например «we need it by Friday»), с извинением или клиенту, который и сам отвечает так же долго, — подсказка. Пауза, которую назначил сам клиент («talk next quarter», «I am away until the 18th»), — договорённость, а не молчание. В слишком новой переписке ритма ещё нет, но вопрос или просьба клиента (или собственное обещание представителя вернуться с ответом), оставленные без ответа на две недели, — молчание в любой деловой переписке. Учитывается --now, если задан, иначе время черновика. Черновик с упрёком за молчание («Почему вы не отвечаете?», «Я жду уже неделю», «Наконец-то!») — предупреждение, а в тёплых отношениях с читателем, который ждёт позитива, — ошибка: люди пропадают по разным причинам, и упрёк мешает вернуться.',
      },
    },
    sources: ['MEY14', 'LITLIT25', 'BROWN87'],
  },
  check(ctx) {
    const silence = findSilence(ctx);
    const draft = ctx.draft.text;
    const name = clientName(ctx);
    const scolds = draft.sentences.filter((s) => SCOLDING.test(draft, s.firstToken, s.endToken));
    // Evidence is the client's words: the message their silence ended, or the one left waiting.
    const waitedOn = silence?.ended ? ctx.analysis.messages.at(-1) : silence?.after;
    const clientWords = waitedOn?.author.role === 'client' ? waitedOn : undefined;
    const evidence: Evidence[] = clientWords
      ? [
          {
            message: clientWords.index as number,
            start: 0,
            end: clientWords.text.text.length,
            text: clientWords.text.text,
          },
        ]
      : [];
    // A silence the client measured by their own deadline is told by it, not by the thread's rhythm.
    const deadline = silence?.who === 'rep' && !silence.ended ? silence.deadline : undefined;
    const said = silence
      ? deadline !== undefined
        ? deadlineMissedBy(ctx, deadline)
        : numbers(ctx, silence)
      : undefined;
    if (scolds.length > 0) {
      const r = ctx.readerCulture;
      const expectsPositive = r ? r.rapport.positivityDisplay.value === 'default-positive' : true;
      const warmStage = ctx.relationship.stage === 'friendly' || ctx.relationship.stage === 'close';
      const severity = severityFromScore((expectsPositive ? 1 : 0) + (warmStage ? 1 : 0), 2, 0);
      const { why: reasons, sources } = why(ctx, true);
      return scolds.map(
        (s, i): Finding => ({
          ruleId: 'unusual-silence',
          severity,
          message: {
            en: [`"${s.text}" reproaches ${name} for the silence.`, said?.en ?? ''].filter(Boolean).join(' '),
            ru: [`«${s.text}» — упрёк клиенту (${name}) за молчание.`, said?.ru ?? '']
              .filter(Boolean)
              .join(' '),
          },
          span: { start: s.start, end: s.end },
          evidence,
          why: reasons,
          // The first reproach becomes the check-in; the others go.
          fix:
            i === 0
              ? {
                  action: 'replace',
                  span: { start: s.start, end: s.end },
                  text: 'I hope all is well with you. I know things get busy, so I just wanted to check in.',
                }
              : { action: 'remove', span: { start: s.start, end: s.end }, text: '' },
          confidence: 0.85,
          sources,
        }),
      );
    }
    if (!silence || silence.ended || !said) return [];
    const lateRep = silence.who === 'rep';
    // "Talk next quarter", "we will wait for the results": a gap both sides expected, whoever wrote last.
    if (expectedGap(ctx, silence.gapHours) || backFromPause(ctx, silence) || withinDeadline(ctx)) return [];
    if (!lateRep && WARM_CHECK_IN.test(draft)) return [];
    // A late reply that apologises has owned the delay, which softens it but does not undo it: the
    // client still waited far beyond the thread's rhythm, so it stays, as a suggestion.
    const apologised =
      lateRep && (draftCues(ctx, 'apology').length > 0 || APOLOGY_ABROAD.test(ctx.draft.text.text));
    const { why: reasons, sources } = why(ctx, false, lateRep);
    // A late reply that does not own the delay is a warning (eval/README, settled label questions),
    // unless the client takes about as long themselves: a slow writer minds a slow reply less.
    const clientPace = ctx.relationship.clientReplyHours ?? 0;
    // A client who asked for it today and waited days has been let down, whatever their own pace.
    const urgentAsk =
      lateRep && ctx.analysis.answered.some((m) => URGENT_ASK.test(m.text.text) && m.text.text.includes('?'));
    // A deadline the client stated and the reply misses by more than a day: the client said the
    // time mattered, so not owning the delay is an error (eval/README, settled label questions).
    const missed = lateRep && deadline !== undefined;
    // A client who wrote again to chase ("any update?", then "just checking in") has shown that the
    // wait matters to them, whatever their own pace.
    const ownPace = lateRep && silence.gapHours <= 2 * clientPace && !urgentAsk && !missed && !chased(ctx);
    return [
      {
        ruleId: 'unusual-silence',
        severity: lateRep && !apologised && !ownPace ? (missed ? 'error' : 'warning') : 'suggestion',
        message: said,
        span: { start: 0, end: 0 },
        evidence,
        why: reasons,
        ...(apologised
          ? {}
          : {
              fix: {
                action: 'prepend' as const,
                text: lateRep
                  ? `Sorry for my slow reply, ${name}.`
                  : 'I hope all is well with you! I know things get busy, so no rush at all.',
              },
            }),
        confidence: 0.8,
        sources,
      },
    ];
  },
});
