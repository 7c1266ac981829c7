/**
 * Messages in CSV: LinkedIn's data-export messages.csv, or any CSV with a column mapping
 * (`--columns "from=Sender,text=Body,at=Sent,thread=Ticket"`). Without a mapping, common header
 * names are recognised (from/sender/author, text/message/body/content, date/time/timestamp ...).
 */
import { parse } from 'csv-parse/sync';
import { InputError } from '../core/errors.ts';
import type { Conversation, SourceMessage } from './conversation.ts';

import { looksLikeLinkedIn } from './sniff.ts';

export { looksLikeLinkedIn };

const FIELDS = ['from', 'text', 'at', 'thread', 'title', 'email', 'phone', 'attachment'] as const;
type Field = (typeof FIELDS)[number];
export type ColumnMap = Partial<Record<Field, string>>;

/** LinkedIn: CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO, ..., DATE, SUBJECT, CONTENT, FOLDER. */
const LINKEDIN: ColumnMap = {
  thread: 'CONVERSATION ID',
  title: 'CONVERSATION TITLE',
  from: 'FROM',
  at: 'DATE',
  text: 'CONTENT',
  attachment: 'ATTACHMENTS',
};

// Header names recognised without a mapping, compared case-insensitively.
const USUAL_HEADERS: Record<Field, string[]> = {
  from: ['from', 'sender', 'author', 'name', 'from name', 'sender name', 'user'],
  text: ['text', 'message', 'body', 'content', 'message text'],
  at: ['at', 'date', 'time', 'timestamp', 'sent', 'sent at', 'datetime', 'created at'],
  thread: ['thread', 'thread id', 'conversation', 'conversation id', 'chat', 'chat id', 'ticket'],
  title: ['subject', 'title', 'conversation title', 'chat name'],
  email: ['email', 'from email', 'sender email', 'e-mail'],
  phone: ['phone', 'from phone', 'phone number'],
  attachment: ['attachment', 'attachments', 'file', 'files'],
};

/** "from=Sender,text=Body" -> { from: 'Sender', text: 'Body' }. */
export function parseColumnSpec(spec: string): ColumnMap {
  const map: ColumnMap = {};
  for (const pair of spec.split(',')) {
    const [key, ...header] = pair.split('=');
    const field = key?.trim() as Field;
    if (!FIELDS.includes(field) || header.join('=').trim() === '')
      throw new InputError(
        `--columns: expected FIELD=HEADER pairs separated by commas, FIELD one of ${FIELDS.join(', ')}; got "${pair}"`,
      );
    map[field] = header.join('=').trim();
  }
  return map;
}

export function parseCsv(raw: string, file: string, columns?: ColumnMap): Conversation[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(raw, {
      columns: true,
      bom: true,
      info: true,
      delimiter: delimiterOf(headerLine(raw)),
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new InputError(
      `${file}: ${lines ? `line ${lines}: ` : ''}invalid CSV: ${(error as Error).message.replace(/ at line \d+$/, '')}`,
    );
  }
  const headers = rows.length > 0 ? Object.keys(rows[0]!.record) : [];
  const map = resolveColumns(headers, columns ?? (looksLikeLinkedIn(raw) ? LINKEDIN : {}), file);
  const threads = new Map<string, Conversation>();
  for (const { record, info } of rows) {
    const place = `line ${info.lines}`;
    const from = record[map.from!]?.trim();
    if (!from) throw new InputError(`${file}: ${place}: expected the sender in column "${map.from}"`);
    const message: SourceMessage = {
      author: {
        name: from,
        ...(map.email && record[map.email] ? { email: record[map.email]!.trim().toLowerCase() } : {}),
        ...(map.phone && record[map.phone] ? { phone: record[map.phone]!.trim() } : {}),
      },
      text: plainText(record[map.text!] ?? '') || attachmentOf(map.attachment && record[map.attachment]),
      place,
    };
    if (map.at && record[map.at]?.trim())
      message.at = timestamp(record[map.at]!, `${file}: ${place}: column "${map.at}"`);
    const key = (map.thread && record[map.thread]) || '';
    const thread = threads.get(key) ?? {
      title: (map.title && record[map.title]) || key || file,
      messages: [],
    };
    thread.messages.push(message);
    threads.set(key, thread);
  }
  // Exports list newest first (LinkedIn) or in any order: a thread reads oldest first.
  for (const thread of threads.values())
    thread.messages.sort((a, b) => (a.at && b.at ? Date.parse(a.at) - Date.parse(b.at) : 0));
  return [...threads.values()];
}

function headerLine(raw: string): string {
  return raw.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
}

/** Excel writes ";" where the decimal mark is a comma (most of Europe), and some tools write tabs. */
function delimiterOf(header: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function resolveColumns(headers: string[], wanted: ColumnMap, file: string): ColumnMap {
  const byLower = new Map(headers.map((h) => [h.trim().toLowerCase(), h]));
  const map: ColumnMap = {};
  for (const field of FIELDS) {
    const asked = wanted[field];
    if (asked) {
      const header = byLower.get(asked.toLowerCase());
      if (!header)
        throw new InputError(
          `${file}: no column "${asked}" for ${field}; the columns are: ${headers.join(', ')}`,
        );
      map[field] = header;
    } else {
      const header = USUAL_HEADERS[field].map((name) => byLower.get(name)).find(Boolean);
      if (header && !Object.values(map).includes(header)) map[field] = header;
    }
  }
  for (const field of ['from', 'text'] as const)
    if (!map[field])
      throw new InputError(
        `${file}: which column is the ${field === 'from' ? 'sender' : 'message text'}? pass --columns "${field}=HEADER"; the columns are: ${headers.join(', ')}`,
      );
  return map;
}

/** ISO 8601, LinkedIn's "2026-09-02 14:00:00 UTC", or anything Date reads; a time without a zone is UTC. */
function timestamp(value: string, where: string): string {
  const text = value.trim();
  const isoLike = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:\s*UTC)?$/i.exec(text);
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC)$/i.test(text);
  const parsed = new Date(isoLike ? `${isoLike[1]}T${isoLike[2]}Z` : hasZone ? text : `${text} UTC`);
  if (Number.isNaN(parsed.getTime()))
    throw new InputError(
      `${where}: expected a date and time such as "2026-09-02 14:00:00", got ${JSON.stringify(value)}`,
    );
  return parsed.toISOString();
}

/** A message that only carried a file still happened: "(attachment: overview.pdf)". */
function attachmentOf(value: string | undefined): string {
  const name = value?.trim().split(/[/\\]/).at(-1);
  return name ? `(attachment: ${name})` : '';
}

/** LinkedIn InMail content can be HTML: keep the words and line breaks. */
function plainText(text: string): string {
  if (!/<\/?(p|br|div|span|a)\b/i.test(text)) return text.trim();
  return text
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
