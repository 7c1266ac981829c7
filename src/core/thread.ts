/** The normalised conversation every input format is turned into (see DESIGN.md, "Thread JSON"). */

import { TITLE } from './text/tokens.ts';

export type Role = 'rep' | 'client';

export interface Participant {
  id: string;
  name: string;
  role: Role;
  /** ISO 3166-1 alpha-2 country code, upper case. */
  culture?: string;
  /** Whether the culture was guessed (from an email domain, a phone code) rather than stated. */
  cultureGuessed?: boolean;
}

export interface Message {
  from: string;
  /** ISO 8601 timestamp; timing rules need it. */
  at?: string;
  text: string;
}

export interface Thread {
  participants: Participant[];
  messages: Message[];
  draft?: Message;
}

/** The participant a message is from; the thread schema guarantees it exists. */
export function author(thread: Thread, message: Message): Participant {
  const found = thread.participants.find((p) => p.id === message.from);
  if (!found) throw new Error(`unknown participant "${message.from}"`);
  return found;
}

export function isFromClient(thread: Thread, message: Message): boolean {
  return author(thread, message).role === 'client';
}

/** The rep who writes the draft, and the client(s) who will read it. */
export function sides(thread: Thread): { writer: Participant; reader: Participant } {
  const writer =
    (thread.draft && thread.participants.find((p) => p.id === thread.draft?.from)) ??
    thread.participants.find((p) => p.role === 'rep');
  // The reader is the client who wrote last; with several clients, the one the draft answers.
  const lastClientMessage = [...thread.messages].reverse().find((m) => isFromClient(thread, m));
  const reader =
    (lastClientMessage && author(thread, lastClientMessage)) ??
    thread.participants.find((p) => p.role === 'client');
  if (!writer || !reader) throw new Error('a thread needs a rep and a client');
  return { writer, reader };
}

/**
 * The name to call a participant by in a sentence: the given name ("Anna" for "Dr. Anna Schmidt");
 * a title with one name is kept whole ("Mr. Tanaka", "Eng. Tarek"): alone, the name may be a
 * surname, and the title is how they are addressed.
 */
export function firstName(participant: Participant): string {
  const name = participant.name.trim();
  const words = name.split(/\s+/);
  const titles = words.findIndex((w) => !TITLE.test(w));
  if (titles <= 0) return words[0] ?? name;
  return words.length - titles >= 2 ? words[titles]! : name;
}
