/**
 * The deadline a message asks the other side to meet ("we need the quote by Friday", "please
 * confirm before the 15th", "until tomorrow" as non-native writers say "by"). Past it, a reply is
 * late by what was said, not only by the thread's rhythm. Dates are read by chrono-node relative
 * to when the message was sent.
 */
import { type Chrono, casual, type ParsedResult } from 'chrono-node/en';
import type { AnalyzedMessage } from '../analysis.ts';
import { messageTime } from './relationship.ts';

/**
 * The words that make a date a limit: "by Friday", "no later than the 15th", "until Monday",
 * "before our campaign on the 10th" (a few words may name what the date is for).
 */
const LIMIT_BEFORE =
  /\b(?:by|before|until|till|no\s+later\s+than|latest|deadline)\b(?:\s+[\w'’-]+){0,4}?\s*$/i;

/**
 * What turns a limit into a deadline for the other side: the sentence asks for something ("can
 * you", "please", "we need", a question). "I am away until Monday" sets a pause, not a deadline.
 */
/**
 * A request to deliver on a day is a limit without "by": "Can you send today?", "please share the
 * file tomorrow". "Can we talk on Friday?" sets a time to meet, and "we send the parts today" tells
 * of the client's own step: neither is a deadline.
 */
const DELIVER_BEFORE =
  /\b(?:you|please|kindly|pls)\s+(?:\w+\s+)?(?:send|deliver|share|submit|provide|forward|return|finish|complete)\b(?:\s+[\w'’-]+){0,4}?\s*$/i;

const ASKS =
  /\b(?:need|needs|must|have to|has to|please|kindly|pls|could you|can you|would you|require|required|expect|latest|deadline|asap)\b|\?/i;

const HOUR_MS = 3_600_000;

/**
 * The client's own next step back to the other side: "we will review with our team and reply within
 * two weeks", "I'll discuss it with finance next week and come back to you". A date in it is when the
 * client means to answer, not a limit for the rep: the next move is the client's.
 */
export const OWN_NEXT_STEP =
  /\b(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)\s+(?:[^.!?]{0,80}?\b(?:and|then)\s+)?(?:\w+\s+){0,2}?(?:contact you|come back to you|get back to you|revert|reply|respond|answer you|let you know|be in touch|reach out)\b/i;

/**
 * The client's own plan, said as theirs: "(The) management will decide ...", "I'll sign it first thing
 * Tuesday", "we are meeting on the 12th". A date in it is when they act, not a limit for the reader.
 */
const OWN_PLAN =
  /\b(?:i|we|(?<!\byour\s+)(?:the\s+)?(?:management|board|committee|team)|our\s+(?:management|board|committee|team|cfo|ceo|director))\s*(?:'ll|’ll|\s+will|\s+shall|\s+(?:is|are|am)\s+(?:going\s+to|meeting|taking|presenting))\b/i;

/** A weekday and a bare number at the end of a date chrono read: "on Monday 16", "Friday the 13th". */
const WEEKDAY_AND_DAY =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/i;

/**
 * English casual dates, and a bare day of the month ("before the 10th"), which chrono leaves
 * unread. Built on first use: most checks parse no date.
 */
let dates: Chrono | undefined;
function dateParser(): Chrono {
  if (dates) return dates;
  dates = casual.clone();
  dates.parsers.push({
    pattern: () => /\b(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/i,
    extract: (_context, match) => ({ day: Number(match[1]) }),
  });
  // "The committee meets on Monday 16": chrono reads the 16 as the hour of the nearest Monday;
  // a weekday with a bare number after it names the day of the month ("Monday 16:00" and "Monday
  // 4pm" keep their hour).
  dates.refiners.push({
    refine: (context, results) => {
      for (const result of results) {
        const day = WEEKDAY_AND_DAY.exec(result.text)?.[1];
        if (!day || result.start.isCertain('month')) continue;
        const ref = context.reference.instant;
        const month = ref.getUTCMonth() + (Number(day) < ref.getUTCDate() ? 1 : 0);
        result.start.delete(['hour', 'minute', 'weekday']);
        result.start.assign('day', Number(day));
        result.start.imply('month', (month % 12) + 1);
        result.start.imply('year', ref.getUTCFullYear() + (month > 11 ? 1 : 0));
        result.start.imply('hour', 12);
      }
      return results;
    },
  });
  return dates;
}

/**
 * The last moment a date allows: the end of the day when no hour was named, the end of the week
 * for "this week"; a bare day of the month already past is next month's.
 */
function endOf(date: ParsedResult, sent: number): number {
  const limit = date.start.date();
  if (!date.start.isCertain('hour')) limit.setUTCHours(23, 59, 59, 999);
  if (!date.start.isCertain('day') && !date.start.isCertain('weekday'))
    limit.setUTCDate(limit.getUTCDate() + ((7 - limit.getUTCDay()) % 7));
  if (limit.getTime() <= sent && !date.start.isCertain('month')) limit.setUTCMonth(limit.getUTCMonth() + 1);
  return limit.getTime();
}

/**
 * A sentence that ties the client's own plans to a date: a need, a wish to order or decide, an
 * event they prepare for ("we need it for the vendor review on Monday", "our budget meeting is at
 * the end of the month", "we are compiling the bid today"). Any date in it is when the answer stops being of use.
 */
const TIMELINE =
  /\b(?:need|needs|needed|would like to|want to|have to|must|decide|decision|order|sign|meeting|review|board|launch|campaign|promo|promotion|deadline|tender|bid|bids|bidding|submission|committee|audit|presentation)\b/i;

/**
 * The words that make a date someone's return: "back on 2 December", "he is back from Brazil next
 * week", "returning on the 14th", "away until Monday".
 */
const RETURN_BEFORE =
  /\b(?:back|return|returns|returning|until|till|through)\b(?:\s+[\p{L}'’-]+){0,4}?\s*$/iu;

/** A sentence that tells of an absence: leave, a holiday, a trip, being away or out of office. */
const ABSENCE =
  /\b(?:leave|holidays?|vacation|away|off|out of (?:the )?office|travell?ing|trip|back|return|returns|returning)\b/i;

/** "On leave for three weeks", "away for 10 days": an absence of a stated length from when it was written. */
const ABSENT_FOR =
  /\b(?:leave|holidays?|vacation|away|off|out of (?:the )?office|travell?ing)\b[^.!?]{0,30}?\bfor\s+(?:the\s+next\s+)?(\d+|a|one|two|three|four|five|six)\s+(day|week|month)s?\b/i;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const UNIT_MS = { day: 24 * HOUR_MS, week: 168 * HOUR_MS, month: 730 * HOUR_MS } as const;

/**
 * When an absence the message announces ends: "on paternity leave from tomorrow for three weeks.
 * Back on 2 December", "I need to talk with my partner, he is back from Brazil next week". The
 * latest such end, undefined when the message announces none. Until then the thread waits on the
 * absence, not on either side.
 */
export function announcedReturn(message: AnalyzedMessage): number | undefined {
  const sent = messageTime(message);
  if (sent === undefined) return undefined;
  let latest: number | undefined;
  const later = (t: number) => {
    if (t > sent) latest = Math.max(latest ?? 0, t);
  };
  for (const sentence of message.text.sentences) {
    if (!ABSENCE.test(sentence.text)) continue;
    const span = ABSENT_FOR.exec(sentence.text);
    // A day's slack: "from tomorrow for three weeks" starts a day later.
    if (span)
      later(
        sent +
          (Number(span[1]) || COUNT[span[1]!.toLowerCase()] || 0) *
            UNIT_MS[span[2]!.toLowerCase() as keyof typeof UNIT_MS] +
          24 * HOUR_MS,
      );
    const found = dateParser().parse(
      sentence.text,
      { instant: new Date(sent), timezone: 'UTC' },
      { forwardDate: true },
    );
    for (const date of found) {
      // "Out of the office from 5 until 20 October" is one date range: the absence ends with it.
      if (date.end) {
        const back = date.end.date();
        if (!date.end.isCertain('hour')) back.setUTCHours(23, 59, 59, 999);
        later(back.getTime());
      } else if (RETURN_BEFORE.test(sentence.text.slice(0, date.index))) later(endOf(date, sent));
    }
  }
  return latest;
}

/** A length of time chrono reads as a date from now: "for one day", "for a couple of weeks". */
const DURATION =
  /^for\s+(?:\d+|a|an|one|two|three|four|five|six|seven|ten|a few|a couple of)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?)\b/i;
/** A part of the day with no day named: "evening", "in the morning". */
const PART_OF_DAY = /^(?:in\s+the\s+)?(?:morning|afternoon|evening|night)$/i;
/** What joins two dates as alternatives: "today or latest tomorrow", "Friday or at the latest Monday". */
const OR_LATER = /^\s*,?\s*or\s+(?:(?:at\s+the\s+)?(?:very\s+)?latest,?\s+)?(?:by\s+|on\s+)?$/i;

/** The end of the earliest deadline a message asks the other side to meet; undefined when it sets none. */
export function askedDeadline(message: AnalyzedMessage): number | undefined {
  const sent = messageTime(message);
  if (sent === undefined) return undefined;
  let earliest: number | undefined;
  for (const sentence of message.text.sentences) {
    const timeline = TIMELINE.test(sentence.text);
    const asks = ASKS.test(sentence.text);
    if (!timeline && !asks) continue;
    // "We will review it next week and come back to you": the client's own step, asked of no one;
    // so is "The management will decide in its meeting on 14 October", "I'll sign it first thing
    // Tuesday", "We will take it to our board on 12 May".
    if (!asks && (OWN_NEXT_STEP.test(sentence.text) || OWN_PLAN.test(sentence.text))) continue;
    const found = dateParser().parse(
      sentence.text,
      { instant: new Date(sent), timezone: 'UTC' },
      { forwardDate: true },
    );
    for (const [k, date] of found.entries()) {
      // "Come and visit us for one day", "we stay for two weeks": a length of time, not a date.
      if (DURATION.test(date.text)) continue;
      // "I'm on leave from tomorrow until 1 June, so please come back to me after that": a span of
      // absence is when the client is away, not a limit for the reader.
      if (date.end && ABSENCE.test(sentence.text)) continue;
      // "Today or latest tomorrow", "Friday or Monday at the latest": the last of the alternatives
      // joined by "or" is the limit; the earlier one is only a wish.
      const next = found[k + 1];
      if (next && OR_LATER.test(sentence.text.slice(date.index + date.text.length, next.index))) continue;
      // "By Friday" is a limit in any request; a date in a sentence about what the client needs
      // it for ("the vendor review on Monday", "we would like to order this month") is one too.
      const before = sentence.text.slice(0, date.index);
      const limited = LIMIT_BEFORE.test(before) || DELIVER_BEFORE.test(before);
      if (!timeline && !limited) continue;
      // "We visit the plant and in the evening we go out": a part of the day with no day, in a
      // sentence about plans, tells what happens then, not by when to answer.
      if (!limited && PART_OF_DAY.test(date.text)) continue;
      // "I need to talk with my partner, he is back next week": in a sentence about the client's
      // plans, a date that says when someone returns is when the client goes on, not a limit.
      // "We need it before our CEO is back on Monday" still sets one.
      if (!limited && !/\b(?:by|before|deadline)\b/i.test(before) && RETURN_BEFORE.test(before)) continue;
      const limit = endOf(date, sent);
      // A date within the hour it was written is the message's own time, not a limit.
      if (limit - sent < HOUR_MS) continue;
      // "... so we could start production today": the day it was written, in a sentence that asks
      // nothing, tells what happened; it sets the reader no limit.
      if (
        !asks &&
        !limited &&
        new Date(limit).toISOString().slice(0, 10) === new Date(sent).toISOString().slice(0, 10)
      )
        continue;
      earliest = Math.min(earliest ?? Number.POSITIVE_INFINITY, limit);
    }
  }
  return earliest;
}

/**
 * Asking to be contacted again on a day: "follow up with me around the 22nd", "call me after
 * Easter", "let's talk again on Monday 12th". The time the rep was asked to come back.
 */
const RESUME =
  /\b(?:follow(?:\s+|-)up|talk|speak|contact (?:me|us)|get in touch|reach out|get back to (?:me|us)|come back to (?:me|us)|touch base|ping (?:me|us)|write (?:to )?(?:me|us)|call (?:me|us)|reconnect|check (?:back|in))\b/i;

/**
 * The latest day a message asks the other side to come back on, undefined when it names none. Until
 * that day the thread waits by agreement: a follow-up on it keeps the client's own timing.
 */
export function agreedResume(message: AnalyzedMessage): number | undefined {
  const sent = messageTime(message);
  if (sent === undefined) return undefined;
  let latest: number | undefined;
  for (const sentence of message.text.sentences) {
    const verb = RESUME.exec(sentence.text);
    if (!verb) continue;
    const found = dateParser().parse(
      sentence.text,
      { instant: new Date(sent), timezone: 'UTC' },
      { forwardDate: true },
    );
    for (const date of found) {
      // The date must follow the verb it times: "on Friday we ship; talk soon" names no day to talk.
      if (date.index < verb.index || DURATION.test(date.text) || PART_OF_DAY.test(date.text)) continue;
      const limit = endOf(date, sent);
      if (limit > sent) latest = Math.max(latest ?? 0, limit);
    }
  }
  return latest;
}
