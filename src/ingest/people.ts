/**
 * Who is who in an export: `--me` marks the rep, everyone else is a client; cultures come from
 * the contacts file, else a guess from the email domain or phone code (marked cultureGuessed).
 * Then the message to check: the latest rep message, or (with --draft-text) a reply after all.
 */
import { InputError } from '../core/errors.ts';
import type { Message, Participant, Thread } from '../core/thread.ts';
import { parseThread } from '../core/thread-schema.ts';
import { type Contact, digitsOf, findContact } from './contacts.ts';
import type { Author, Conversation, LoadOptions } from './conversation.ts';
import { countryFromEmail, countryFromPhone } from './country-guess.ts';
import { uniqueId } from './ids.ts';

/** One key per person: their address, else their phone number, else their name. */
function keyOf(author: Author): string {
  if (author.email) return `email:${author.email.toLowerCase()}`;
  if (author.phone) return `phone:${digitsOf(author.phone)}`;
  return `name:${(author.name ?? '').trim().toLowerCase()}`;
}

function labelOf(author: Author): string {
  return author.name?.trim() || author.email || author.phone || 'unknown';
}

/** Whether the author is me, by any of my names, addresses or numbers. */
function isMe(author: Author, me: readonly string[]): boolean {
  return me.some((identity) => isIdentity(author, identity));
}

function isIdentity(author: Author, identity: string): boolean {
  const wanted = identity.trim().toLowerCase();
  if (wanted.includes('@')) return author.email?.toLowerCase() === wanted;
  if (/^[+\d][\d\s().-]{5,}$/.test(wanted) && author.phone)
    return digitsOf(author.phone) === digitsOf(wanted);
  return author.name?.trim().toLowerCase() === wanted;
}

function describe(author: Author): string {
  return author.email && author.name ? `${author.name} <${author.email}>` : labelOf(author);
}

/** Builds the Thread for `rapport check` from the conversations of one export. */
export function toThread(
  conversations: readonly Conversation[],
  file: string,
  contacts: readonly Contact[],
  options: LoadOptions,
): Thread {
  const me = requireMe(conversations, file, options);
  const conversation = pickConversation(conversations, me, options.draftGiven);
  if (!conversation)
    throw new InputError(
      `${file}: --me "${me.join('" or "')}" matches none of the participants: ${everyone(conversations)}`,
    );
  return buildThread(conversation, file, contacts, options, me, !options.draftGiven);
}

/**
 * Every conversation of an export that has a message from me and someone else, as threads with
 * all their messages and no draft (`rapport audit` checks each rep message in turn).
 */
export function toThreads(
  conversations: readonly Conversation[],
  file: string,
  contacts: readonly Contact[],
  options: LoadOptions,
): Thread[] {
  const me = requireMe(conversations, file, options);
  const mine = conversations.filter((c) =>
    isMine(
      c.messages.map((m) => m.author),
      me,
    ),
  );
  if (mine.length === 0) noteNoneMine(file, me, options);
  return mine.map((c) => toAuditThread(c, file, contacts, options, me));
}

/** Whether a conversation by these authors is one an audit checks: with me and someone else. */
export function isMine(authors: readonly Author[], me: readonly string[]): boolean {
  return authors.some((a) => isMe(a, me)) && authors.some((a) => !isMe(a, me));
}

export function noteNoneMine(file: string, me: readonly string[], options: LoadOptions): void {
  options.onNote?.(`${file}: no conversation between you (${me.join(' or ')}) and someone else; skipped`);
}

/** One conversation of `toThreads`, for an export read a conversation at a time. */
export function toAuditThread(
  conversation: Conversation,
  file: string,
  contacts: readonly Contact[],
  options: LoadOptions,
  me: readonly string[],
): Thread {
  return buildThread(conversation, file, contacts, options, me, false);
}

function everyone(conversations: readonly Conversation[]): string {
  const authors = new Map<string, Author>();
  for (const conversation of conversations)
    for (const message of conversation.messages) authors.set(keyOf(message.author), message.author);
  return [...authors.values()].map(describe).join(', ');
}

/** The rep's identities (`--me`); the errors for an export without messages or without `--me`. */
export function requireMe(
  conversations: readonly Conversation[],
  file: string,
  options: LoadOptions,
): string[] {
  if (!conversations.some((c) => c.messages.length > 0)) throw new InputError(`${file}: no messages found`);
  if (!options.me)
    throw new InputError(
      `${file}: which participant is you? pass --me NAME|EMAIL, one of: ${everyone(conversations)}`,
    );
  return typeof options.me === 'string' ? [options.me] : [...options.me];
}

function buildThread(
  conversation: Conversation,
  file: string,
  contacts: readonly Contact[],
  options: LoadOptions,
  me: readonly string[],
  latestRepAsDraft: boolean,
): Thread {
  const participants = new Map<string, Participant>();
  const taken = new Set<string>();
  const participantOf = (author: Author): Participant => {
    const key = keyOf(author);
    const known = participants.get(key);
    if (known) return known;
    const participant: Participant = {
      id: uniqueId(labelOf(author), taken),
      name: labelOf(author),
      role: isMe(author, me) ? 'rep' : 'client',
    };
    taken.add(participant.id);
    Object.assign(participant, cultureOf(author, findContact(contacts, author), options));
    participants.set(key, participant);
    return participant;
  };

  // A message with no words (an empty email, a bare service entry) has nothing to read.
  const sourceMessages = conversation.messages.filter((m) => m.text.trim() !== '');
  const empty = conversation.messages.length - sourceMessages.length;
  if (empty > 0) options.onNote?.(`${file}: ${empty} message(s) without text skipped`);
  const writers = sourceMessages.map((m) => participantOf(m.author));
  const messages: Message[] = sourceMessages.map((m, i) => ({
    from: writers[i]!.id,
    ...(m.at ? { at: m.at } : {}),
    text: m.text,
  }));
  let draft: Message | undefined;
  if (latestRepAsDraft) {
    const last = writers.map((p) => p.role).lastIndexOf('rep');
    if (last < 0)
      throw new InputError(
        `${file}: no message from you (${me.join(' or ')}) in "${conversation.title ?? 'the conversation'}": pass --draft-text with the reply to check`,
      );
    draft = messages[last];
    messages.length = last;
  }
  const all = [...participants.values()];
  const thread = parseThread({ participants: all, messages, ...(draft ? { draft } : {}) }, file);
  // The schema keeps only the fields of thread JSON; a guess must stay marked as one.
  for (const participant of thread.participants)
    if (all.find((p) => p.id === participant.id)?.cultureGuessed) participant.cultureGuessed = true;
  return thread;
}

/** The conversation to check: the one whose latest message from me (or, with a draft given, latest message at all) is newest. */
function pickConversation(
  conversations: readonly Conversation[],
  me: readonly string[],
  draftGiven?: boolean,
): Conversation | undefined {
  let best: { conversation: Conversation; at: number } | undefined;
  for (const conversation of conversations) {
    const mine = conversation.messages.filter((m) => isMe(m.author, me));
    if (mine.length === 0) continue;
    const latest = Date.parse((draftGiven ? conversation.messages : mine).at(-1)?.at ?? '') || 0;
    if (!best || latest > best.at) best = { conversation, at: latest };
  }
  return best?.conversation;
}

function cultureOf(
  author: Author,
  contact: Contact | undefined,
  options: LoadOptions,
): Pick<Participant, 'culture' | 'cultureGuessed'> {
  if (contact?.country) return { culture: contact.country };
  const guess =
    (author.email && countryFromEmail(author.email)) || (author.phone && countryFromPhone(author.phone));
  if (!guess) return {};
  options.onNote?.(
    `${labelOf(author)}: country ${guess.country} is a guess from the ${guess.basis}; state it in rapport.contacts.json or with --writer/--reader`,
  );
  return { culture: guess.country, cultureGuessed: true };
}
