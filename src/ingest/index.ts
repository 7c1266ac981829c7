/**
 * Reads a thread from a file, choosing the parser by extension and, when that does not decide, by
 * content. Thread JSON and transcripts say who is who; exports (email, chats) are turned into a
 * thread by people.ts, with `--me` and the contacts file.
 */
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../core/errors.ts';
import type { Thread } from '../core/thread.ts';
import { parseThread } from '../core/thread-schema.ts';
import { loadContacts } from './contacts.ts';
import type { Conversation, LoadOptions } from './conversation.ts';
import { isMine, noteNoneMine, requireMe, toAuditThread, toThread, toThreads } from './people.ts';
import { looksLikeSlackExport, readSlackExport } from './slack.ts';
import { looksLikeLinkedIn, looksLikeMbox } from './sniff.ts';
import { looksLikeTelegram, parseTelegram, telegramOwner } from './telegram.ts';
import { parseJsonText, parseThreadJson } from './thread-json.ts';
import { looksLikeTranscript, parseTranscript } from './transcript.ts';
import { looksLikeWhatsApp, parseWhatsApp } from './whatsapp.ts';

export type { LoadOptions } from './conversation.ts';

const HEAD_BYTES = 4096;

export async function loadThread(path: string, options: LoadOptions = {}): Promise<Thread> {
  const source = await loadSource(path, options);
  if ('thread' in source) return source.thread;
  return toThread(
    source.conversations,
    path,
    await loadContacts(path, options.contacts),
    withOwner(source, options),
  );
}

/**
 * Every thread in a file or export folder with all its messages, for checking each rep message in
 * turn (`rapport audit`). A thread file's draft stays its draft.
 */
export async function loadThreads(path: string, options: LoadOptions = {}): Promise<Thread[]> {
  const source = await loadSource(path, options);
  if ('thread' in source) return [source.thread];
  return toThreads(
    source.conversations,
    path,
    await loadContacts(path, options.contacts),
    withOwner(source, options),
  );
}

/**
 * The threads of `loadThreads`, one at a time. An mbox archive is read in two passes: the first
 * keeps only where each mail is and how it threads, the second reads each thread back from the
 * file when it is asked for, so memory does not grow with the archive's text.
 */
export async function* eachThread(path: string, options: LoadOptions = {}): AsyncGenerator<Thread> {
  if (!(await isMboxFile(path))) {
    yield* await loadThreads(path, options);
    return;
  }
  const { indexMbox } = await import('./mbox.ts');
  const archive = await indexMbox(path, options.onNote);
  try {
    const { threads } = archive;
    const authorsOf = (thread: ArrayLike<number>) => Array.from(thread, (i) => archive.authorOf(i));
    const contacts = await loadContacts(path, options.contacts);
    // loadThreads's errors for an archive without mails or without --me (which names who wrote,
    // thread by thread): the conversations it needs are who wrote each mail, made only then.
    const writers = (threads: Iterable<ArrayLike<number>>): Conversation[] =>
      Array.from(threads, (t) => ({
        messages: authorsOf(t).map((author) => ({ author, text: '', place: '' })),
      }));
    const me = requireMe(
      options.me && archive.size > 0 ? writers([threads.at(0)]) : writers(threads),
      path,
      options,
    );
    // Thread numbers, not their mails: the list of a million-mail archive stays small.
    const mine: number[] = [];
    for (let t = 0; t < threads.length; t++) if (isMine(authorsOf(threads.at(t)), me)) mine.push(t);
    if (mine.length === 0) noteNoneMine(path, me, options);
    for (const t of mine) {
      const mails = await archive.read(threads.at(t));
      yield toAuditThread({ title: mails[0]!.subject, messages: mails }, path, contacts, options, me);
    }
  } finally {
    await archive.close();
  }
}

async function isMboxFile(path: string): Promise<boolean> {
  if (await looksLikeSlackExport(path)) return false;
  const extension = extname(path).toLowerCase();
  const head = await readHead(path); // its errors first, as loadThreads
  return extension === '.mbox' || (extension !== '.eml' && looksLikeMbox(head));
}

type Source = { thread: Thread } | { conversations: Conversation[]; owner?: string };

async function loadSource(path: string, options: LoadOptions): Promise<Source> {
  if (await looksLikeSlackExport(path)) return { conversations: await readSlackExport(path, options.onNote) };
  return readSource(path, extname(path).toLowerCase(), await readHead(path), options);
}

/** An export that names its owner (Telegram's personal_information) knows who "me" is. */
function withOwner(source: Source, options: LoadOptions): LoadOptions {
  return { ...options, me: options.me ?? ('owner' in source ? source.owner : undefined) };
}

/** A thread, when the file states who is who; else the conversations of an export (email, chats). */
async function readSource(
  path: string,
  extension: string,
  head: string,
  options: LoadOptions,
): Promise<Source> {
  // Email and CSV parsers (mailparser, csv-parse) load only for files that need them.
  if (extension === '.mbox' || (extension !== '.eml' && looksLikeMbox(head))) {
    const [{ readMbox }, { threadMails }] = await Promise.all([import('./mbox.ts'), import('./email.ts')]);
    return { conversations: threadMails(await readMbox(path, options.onNote)) };
  }
  if (extension === '.eml' || looksLikeEmail(head)) {
    const { parseEml } = await import('./email.ts');
    return { conversations: [await parseEml(await readFile(path), path)] };
  }
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  if (extension === '.csv' || extension === '.tsv' || looksLikeLinkedIn(text)) {
    const { parseColumnSpec, parseCsv } = await import('./csv.ts');
    const columns = options.columns ? parseColumnSpec(options.columns) : undefined;
    return { conversations: parseCsv(text, path, columns) };
  }
  if (extension === '.json' || (/^\s*\{/.test(text) && !looksLikeTranscript(text))) {
    const value = parseJsonText(text, path);
    if (looksLikeTelegram(value))
      return { conversations: parseTelegram(value, path), owner: telegramOwner(value) };
    return { thread: parseThread(value, path) };
  }
  if (extension !== '.transcript' && !looksLikeTranscript(text) && looksLikeWhatsApp(text))
    return { conversations: [parseWhatsApp(text, path, options.onNote)] };
  return { thread: parseThreadText(text, path) };
}

function looksLikeEmail(head: string): boolean {
  const headers = head.split(/\r?\n\r?\n/)[0] ?? '';
  return /^From:/im.test(headers) && /^(Date|Message-ID|Subject|Received|MIME-Version):/im.test(headers);
}

/** The first bytes of a file, with a one-line error for the usual ways a path can be wrong. */
async function readHead(path: string): Promise<string> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR')
      throw new InputError(`${path}: is a directory, expected a thread file or an unzipped Slack export`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? String(error)})`);
  }
}

/** Parses thread text whose format is told by its name's extension or, failing that, by its content. */
export function parseThreadText(raw: string, name: string): Thread {
  const text = raw.replace(/^\uFEFF/, '');
  const extension = extname(name).toLowerCase();
  if (extension === '.json') return parseThreadJson(text, name);
  if (extension === '.transcript') return parseTranscript(text, name);
  // A transcript may start with "[2026-..." or "[draft]", so it is tried before JSON's "[".
  if (looksLikeTranscript(text)) return parseTranscript(text, name);
  if (/^\s*[{[]/.test(text)) return parseThreadJson(text, name);
  if (extension === '.txt') return parseTranscript(text, name);
  throw new InputError(
    `${name}: unknown format: expected thread JSON (.json), a transcript (.txt, .transcript), email (.eml, .mbox), a WhatsApp (.txt), Telegram (result.json) or CSV export`,
  );
}
