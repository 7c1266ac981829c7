/**
 * Where the relationship stands, from the history alone: how long it has run, how many exchanges,
 * how warm the client has been, and the cadence of messages (usual gap, current gap).
 */
import type { AnalyzedMessage } from '../analysis.ts';
import type { Message } from '../thread.ts';

export type Stage = 'new' | 'acquainted' | 'friendly' | 'close';

export interface Relationship {
  stage: Stage;
  /** Days from the first message to the draft (or the last message). */
  days: number;
  /** Messages in the thread, both sides. */
  exchanges: number;
  /** Median gap between consecutive messages, hours; undefined without timestamps. */
  medianGapHours?: number;
  /** Median time the client takes to answer a rep message, hours. */
  clientReplyHours?: number;
  /** Hours from the last message to the draft (or to `now`). */
  currentGapHours?: number;
  /** Client messages with personal disclosure or small talk. */
  clientPersonalMessages: number;
}

const HOUR = 3_600_000;

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// Parsed once per message object: a re-check of the draft reads every date in the thread again.
const TIMES = new WeakMap<Message, { at: string | undefined; time: number | undefined }>();

/** A message's time in milliseconds, undefined when it has none. */
export function messageTime(m: AnalyzedMessage): number | undefined {
  const at = m.message.at;
  const known = TIMES.get(m.message);
  if (known !== undefined && known.at === at) return known.time;
  const time = at ? Date.parse(at) : undefined;
  TIMES.set(m.message, { at, time });
  return time;
}

export function assessRelationship(
  messages: AnalyzedMessage[],
  draft: AnalyzedMessage | undefined,
  now?: Date,
): Relationship {
  const times = messages.map(messageTime).filter((t): t is number => t !== undefined);
  const gaps = times
    .slice(1)
    .map((t, i) => (t - times[i]!) / HOUR)
    .filter((g) => g >= 0);
  const clientReplies: number[] = [];
  for (let i = 1; i < messages.length; i++) {
    const prev = messages[i - 1]!;
    const cur = messages[i]!;
    const [a, b] = [messageTime(prev), messageTime(cur)];
    if (prev.author.role === 'rep' && cur.author.role === 'client' && a !== undefined && b !== undefined)
      clientReplies.push((b - a) / HOUR);
  }
  const end = (draft && messageTime(draft)) ?? now?.getTime() ?? times.at(-1);
  const first = times[0];
  const last = times.at(-1);
  const days = first !== undefined && end !== undefined ? Math.round((end - first) / (24 * HOUR)) : 0;
  const clientPersonalMessages = messages.filter(
    (m) =>
      m.author.role === 'client' &&
      m.cues.some(
        (c) =>
          (c.type === 'personal-disclosure' && c.confidence >= 0.6) ||
          (c.type === 'question' && c.about === 'personal'),
      ),
  ).length;

  const exchanges = messages.length;
  let stage: Stage = 'new';
  if (exchanges >= 4 || days >= 7) stage = 'acquainted';
  if ((exchanges >= 10 && days >= 21) || clientPersonalMessages >= 2) stage = 'friendly';
  if (exchanges >= 40 && days >= 90 && clientPersonalMessages >= 3) stage = 'close';

  return {
    stage,
    days,
    exchanges,
    medianGapHours: round(median(gaps)),
    clientReplyHours: round(median(clientReplies)),
    currentGapHours: end !== undefined && last !== undefined ? round((end - last) / HOUR) : undefined,
    clientPersonalMessages,
  };
}

function round(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Math.round(n * 10) / 10;
}
