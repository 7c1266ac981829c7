/**
 * Telegram Desktop's JSON export (result.json): one chat ({name, type, messages}) or the whole
 * account ({personal_information, chats: {list: [...]}}). A message's text is a string or an array
 * of strings and entities ({type: "bold", text}); media messages carry photo/file/sticker fields.
 */
import { InputError } from '../core/errors.ts';
import type { Conversation, SourceMessage } from './conversation.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function looksLikeTelegram(value: unknown): boolean {
  if (!isObject(value)) return false;
  const chats = value.chats;
  if (isObject(chats) && Array.isArray(chats.list)) return true;
  return Array.isArray(value.messages) && typeof value.type === 'string' && 'id' in value;
}

/** The account owner's name as their messages show it, from a whole-account export. */
export function telegramOwner(value: unknown): string | undefined {
  const info =
    isObject(value) && isObject(value.personal_information) ? value.personal_information : undefined;
  const name = [info?.first_name, info?.last_name]
    .filter((part) => typeof part === 'string' && part)
    .join(' ');
  return name || undefined;
}

export function parseTelegram(value: unknown, file: string): Conversation[] {
  const chats = isObject(value) && isObject(value.chats) ? value.chats.list : undefined;
  if (Array.isArray(chats)) return chats.map((chat, i) => parseChat(chat, file, `chats.list[${i}]`));
  return [parseChat(value, file, '')];
}

function parseChat(chat: unknown, file: string, path: string): Conversation {
  const at = (field: string) => `${file}: ${path ? `${path}.` : ''}${field}`;
  if (!isObject(chat) || !Array.isArray(chat.messages))
    throw new InputError(`${at('messages')}: expected a Telegram chat with an array of messages`);
  const messages: SourceMessage[] = [];
  chat.messages.forEach((message, i) => {
    const where = `messages[${i}]`;
    if (!isObject(message)) throw new InputError(`${at(where)}: expected a message object`);
    if (message.type !== 'message') return; // service entries: calls, joins, pinned messages
    const text = textOf(message.text, at(`${where}.text`)) || mediaOf(message);
    const from = typeof message.from === 'string' && message.from ? message.from : undefined;
    const fromId = typeof message.from_id === 'string' ? message.from_id : undefined;
    if (!from && !fromId) throw new InputError(`${at(where)}: expected "from" or "from_id"`);
    messages.push({
      // A deleted account has from: null; its id still tells its messages apart.
      author: { name: from ?? `Deleted account ${fromId}` },
      ...timeOf(message, at(where)),
      text,
      place: `message id ${String(message.id ?? i)}`,
    });
  });
  return { title: typeof chat.name === 'string' ? chat.name : file, messages };
}

function textOf(text: unknown, where: string): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text))
    return text
      .map((part) => (typeof part === 'string' ? part : isObject(part) ? String(part.text ?? '') : ''))
      .join('');
  if (text === undefined) return '';
  throw new InputError(`${where}: expected a string or an array of text parts`);
}

function mediaOf(message: Json): string {
  if (typeof message.sticker_emoji === 'string') return message.sticker_emoji;
  const media =
    (typeof message.file_name === 'string' && message.file_name) ||
    (typeof message.media_type === 'string' && message.media_type) ||
    ('photo' in message && 'photo') ||
    ('file' in message && 'file') ||
    ('location_information' in message && 'location') ||
    ('contact_information' in message && 'contact') ||
    ('poll' in message && 'poll');
  return media ? `(attachment: ${media})` : '';
}

/** date_unixtime is UTC; "date" alone is the exporting computer's local time, read as UTC. */
function timeOf(message: Json, where: string): { at?: string } {
  const unix = Number(message.date_unixtime);
  if (Number.isFinite(unix) && unix > 0) return { at: new Date(unix * 1000).toISOString() };
  if (typeof message.date === 'string') {
    const parsed = new Date(`${message.date}Z`);
    if (Number.isNaN(parsed.getTime()))
      throw new InputError(
        `${where}.date: expected a date such as "2026-09-02T14:00:00", got ${JSON.stringify(message.date)}`,
      );
    return { at: parsed.toISOString() };
  }
  return {};
}
