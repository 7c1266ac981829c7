/**
 * Slack's workspace export, unzipped: users.json, channels.json (and dms.json, mpims.json), and one
 * folder per conversation holding a JSON array of messages per day (2026-09-02.json). Day files
 * are read one at a time. Mentions (<@U123>), channel links and <url|label> links become text.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/errors.ts';
import type { Author, Conversation, SourceMessage } from './conversation.ts';
import { parseJsonText } from './thread-json.ts';

type Json = Record<string, unknown>;

const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.json$/;
// Join/leave notices, topic changes and the like are not messages anyone wrote to someone.
const SKIPPED_SUBTYPES = new Set([
  'channel_join',
  'channel_leave',
  'channel_topic',
  'channel_purpose',
  'channel_name',
  'channel_archive',
  'group_join',
  'group_leave',
  'pinned_item',
]);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function looksLikeSlackExport(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.includes('users.json') && (names.includes('channels.json') || names.includes('dms.json'));
}

/** Reads every conversation; a broken day file is skipped with a note naming it and the place. */
export async function readSlackExport(dir: string, onNote?: (note: string) => void): Promise<Conversation[]> {
  const users = await readList(dir, 'users.json');
  const authors = new Map<string, Author>();
  for (const user of users) {
    if (!isObject(user) || typeof user.id !== 'string') continue;
    const profile = isObject(user.profile) ? user.profile : {};
    const name = [profile.real_name, user.real_name, profile.display_name, user.name].find(
      (n): n is string => typeof n === 'string' && n.trim() !== '',
    );
    authors.set(user.id, {
      name: name ?? user.id,
      ...(typeof profile.email === 'string' && profile.email ? { email: profile.email.toLowerCase() } : {}),
      ...(typeof profile.phone === 'string' && profile.phone ? { phone: profile.phone } : {}),
    });
  }
  const titles = new Map<string, string>();
  for (const listFile of ['channels.json', 'groups.json', 'dms.json', 'mpims.json']) {
    for (const entry of await readList(dir, listFile, true)) {
      if (!isObject(entry)) continue;
      const members = Array.isArray(entry.members) ? entry.members : [];
      const title =
        typeof entry.name === 'string'
          ? `#${entry.name}`
          : members.map((m) => authors.get(String(m))?.name ?? String(m)).join(', ');
      // Channels are exported in folders by name, direct messages by id.
      for (const key of [entry.name, entry.id]) if (typeof key === 'string') titles.set(key, title);
    }
  }

  const conversations: Conversation[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const folder of entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    const days = (await readdir(join(dir, folder))).filter((f) => DAY_FILE.test(f)).sort();
    const messages: SourceMessage[] = [];
    for (const day of days) {
      const path = join(dir, folder, day);
      try {
        messages.push(...(await readDay(path, authors)).map((m) => ({ ...m, place: `${folder}/${day}` })));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        onNote?.(`${error.message}; skipped`);
      }
    }
    if (messages.length > 0) conversations.push({ title: titles.get(folder) ?? folder, messages });
  }
  if (conversations.length === 0) throw new InputError(`${dir}: no conversation folders with day files`);
  return conversations;
}

async function readDay(
  path: string,
  authors: ReadonlyMap<string, Author>,
): Promise<Omit<SourceMessage, 'place'>[]> {
  const value = parseJsonText(await readFile(path, 'utf8'), path);
  if (!Array.isArray(value)) throw new InputError(`${path}: expected an array of messages`);
  return value.flatMap((message, i) => readMessage(message, authors, `${path}: [${i}]`) ?? []);
}

async function readList(dir: string, name: string, optional = false): Promise<unknown[]> {
  const path = join(dir, name);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    if (optional) return [];
    throw new InputError(`${path}: missing: expected a Slack export folder with users.json`);
  }
  const value = parseJsonText(text, path);
  if (!Array.isArray(value)) throw new InputError(`${path}: expected a JSON array`);
  return value;
}

function readMessage(
  message: unknown,
  authors: ReadonlyMap<string, Author>,
  where: string,
): Omit<SourceMessage, 'place'> | undefined {
  if (!isObject(message)) throw new InputError(`${where}: expected a message object`);
  if (message.type !== 'message' || SKIPPED_SUBTYPES.has(String(message.subtype))) return undefined;
  const seconds = Number(message.ts);
  if (!Number.isFinite(seconds))
    throw new InputError(`${where}.ts: expected a Slack timestamp such as "1788357600.000200"`);
  const profile = isObject(message.user_profile) ? message.user_profile : {};
  const user = typeof message.user === 'string' ? message.user : undefined;
  const author =
    (user && authors.get(user)) ??
    (typeof profile.real_name === 'string' ? { name: profile.real_name } : undefined) ??
    (typeof message.username === 'string' ? { name: message.username } : undefined);
  if (!author) throw new InputError(`${where}: expected "user" naming a member of users.json`);
  const files = Array.isArray(message.files)
    ? message.files.map((f) => (isObject(f) && typeof f.name === 'string' ? f.name : 'file'))
    : [];
  const text = slackText(typeof message.text === 'string' ? message.text : '', authors);
  return {
    author,
    at: new Date(seconds * 1000).toISOString(),
    text: text || (files.length > 0 ? `(attachment: ${files.join(', ')})` : ''),
  };
}

/** Slack's markup as a person reads it: <@U1> -> @Name, <#C1|general> -> #general, <url|label> -> label. */
export function slackText(text: string, authors: ReadonlyMap<string, Author>): string {
  return text
    .replace(
      /<@([A-Z0-9]+)(?:\|([^>]+))?>/g,
      (_, id: string, label?: string) => `@${label ?? authors.get(id)?.name ?? id}`,
    )
    .replace(/<#[A-Z0-9]+\|([^>]+)>/g, '#$1')
    .replace(/<!(here|channel|everyone)>/g, '@$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
