/** Analyses a thread once: each message's text and cues, the draft with what it answers. */
import { detectCues } from './cues/index.ts';
import type { Cue, ReplyContext } from './cues/types.ts';
import { type AnalyzedText, analyze } from './text/analyze.ts';
import { capitalisedNames, isLowerCaseStyle } from './text/truecase.ts';
import { author, type Message, type Participant, type Thread } from './thread.ts';

export interface AnalyzedMessage {
  /** Index in thread.messages, or 'draft'. */
  index: number | 'draft';
  message: Message;
  author: Participant;
  text: AnalyzedText;
  cues: Cue[];
}

export interface AnalyzedThread {
  thread: Thread;
  messages: AnalyzedMessage[];
  draft?: AnalyzedMessage;
  /** The client messages the draft answers: those after the rep's last message. */
  answered: AnalyzedMessage[];
}

/** A cache keyed by text, so re-checking a draft while typing does not re-analyse the thread. */
export type AnalysisCache = Map<string, { text: AnalyzedText; cues: Cue[] }>;

function analyzeMessage(
  message: Message,
  thread: Thread,
  index: number | 'draft',
  cache?: AnalysisCache,
  reply?: ReplyContext,
): AnalyzedMessage {
  // A text typed in lower case is read with the names capitalised: the names are part of the key.
  // So are the names the rest of the thread writes with a capital ("how long until chicago?").
  const names = isLowerCaseStyle(message.text)
    ? [
        ...thread.participants.map((p) => p.name),
        ...thread.messages.filter((m) => m !== message).flatMap((m) => capitalisedNames(m.text)),
      ]
    : [];
  const key = names.length ? `${message.text}\u0000${names.join('\u0000')}` : message.text;
  let entry = reply ? undefined : cache?.get(key);
  if (!entry) {
    const text = analyze(message.text, names);
    entry = { text, cues: detectCues(text, reply) };
    if (!reply) cache?.set(key, entry);
  }
  return { index, message, author: author(thread, message), text: entry.text, cues: entry.cues };
}

export function analyzeThread(thread: Thread, cache?: AnalysisCache): AnalyzedThread {
  const messages = thread.messages.map((m, i) => analyzeMessage(m, thread, i, cache));
  let lastRep = -1;
  messages.forEach((m, i) => {
    if (m.author.role === 'rep') lastRep = i;
  });
  const answered = messages.slice(lastRep + 1).filter((m) => m.author.role === 'client');
  const previous = answered.at(-1) ?? [...messages].reverse().find((m) => m.author.role === 'client');
  const reply: ReplyContext | undefined =
    previous && typeof previous.index === 'number'
      ? {
          previous: { text: previous.text, cues: previous.cues, index: previous.index },
          answered: answered.map((m) => ({ text: m.text, cues: m.cues, index: m.index as number })),
        }
      : undefined;
  const draft = thread.draft ? analyzeMessage(thread.draft, thread, 'draft', cache, reply) : undefined;
  return { thread, messages, draft, answered };
}
