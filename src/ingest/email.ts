/**
 * Email: one message (.eml) parsed with mailparser (MIME, encoded headers, charsets, HTML bodies),
 * reduced to what its author wrote (email-reply-parser drops quoted replies and signatures), and
 * messages grouped into threads by Message-ID / In-Reply-To / References, with a subject fallback.
 */
import EmailReplyParser from 'email-reply-parser';
import { type AddressObject, simpleParser } from 'mailparser';
import { InputError } from '../core/errors.ts';
import type { Author, Conversation, SourceMessage } from './conversation.ts';

export interface Mail extends SourceMessage {
  messageId?: string;
  /** Message-IDs this one answers (In-Reply-To and References). */
  parents: string[];
  subject: string;
  /** Every address on the message (From, To, Cc), lower case: the subject fallback needs an overlap. */
  addresses: string[];
  /** The quoted text the author replied to, when the message carries it (a lone .eml's history). */
  quoted?: string;
}

const replyParser = new EmailReplyParser();

/** Parses one RFC 822 message. Returns undefined (with `problem` set) for something that is not an email. */
export async function readMail(raw: Buffer, place: string): Promise<Mail | { problem: string }> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true });
  const from = addressesOf(mail.from)[0];
  if (!from) return { problem: 'expected an email message with a "From" header' };
  const full = (mail.text ?? '').replace(/\r\n?/g, '\n');
  let text = tidy(replyParser.parseReply(full));
  // Inline images of an HTML body (related parts) are not attachments the author sent.
  const attachments = mail.attachments.filter((a) => !a.related).map((a) => a.filename ?? a.contentType);
  // A message that is only an attachment still happened: keep it, saying what it carried.
  if (!text && attachments.length > 0) text = `(attachment: ${attachments.join(', ')})`;
  return {
    author: from,
    ...(mail.date && !Number.isNaN(mail.date.getTime()) ? { at: mail.date.toISOString() } : {}),
    text,
    place,
    messageId: mail.messageId,
    parents: [...new Set([...toList(mail.references), ...toList(mail.inReplyTo)])],
    subject: mail.subject ?? '',
    addresses: [mail.from, mail.to, mail.cc]
      .flatMap(addressesOf)
      .flatMap((a) => (a.email ? [a.email.toLowerCase()] : [])),
    ...(/\n\s*>/.test(full) ? { quoted: full } : {}),
  };
}

/**
 * Trims, collapses the runs of blank lines an HTML body leaves in its text version, and joins lines
 * that a plain-text mailer wrapped at ~72 columns mid-sentence (a short line, like "Best,", or a
 * line ending a sentence, stays).
 */
function tidy(text: string): string {
  return text
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^(.{60,}[^\s.!?:;…])\n(?=\S)/gm, '$1 ')
    .trim();
}

function toList(value: string | string[] | undefined): string[] {
  if (!value) return [];
  return Array.isArray(value) ? value : (value.match(/<[^>]+>/g) ?? [value]);
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): Author[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects
    .flatMap((o) => o.value.flatMap((a) => (a.group ? a.group : [a])).filter((a) => a.address || a.name))
    .map((a) => ({
      ...(a.name ? { name: a.name } : {}),
      ...(a.address ? { email: a.address.toLowerCase() } : {}),
    }));
}

/** "Re: Fwd: AW: Ответ: [EXT] Demo" -> "demo": replies keep the subject under prefixes in many languages. */
export function normaliseSubject(subject: string): string {
  let s = subject.trim().toLowerCase();
  for (;;) {
    const next = s
      .replace(/^(?:re|fwd?|aw|wg|sv|vs|tr|rif|ответ|отв|пересл|на)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*/u, '')
      .replace(/^\[[^\]]*\]\s*/, '');
    if (next === s) return s.replace(/\s+/g, ' ');
    s = next;
  }
}

/** Groups mails into conversations (oldest first), dropping copies of the same Message-ID. */
export function threadMails(mails: readonly Mail[]): Conversation[] {
  const index = new MailIndex();
  const kept: Mail[] = [];
  for (const mail of mails) if (index.add(mail) !== undefined) kept.push(mail);
  return index
    .threads()
    .map((group) => ({ title: kept[group[0]!]!.subject, messages: group.map((i) => kept[i]!) }));
}

/** What threading needs of a mail. */
export type MailKey = Pick<Mail, 'messageId' | 'parents' | 'subject' | 'addresses' | 'at'>;

/**
 * The threading keys of many mails, without their text: each string (Message-ID, subject, address)
 * is kept once and each mail is a few numbers in flat arrays, so the index of a large archive stays
 * small. Mails are numbered in the order they are added; a copy of a Message-ID already added is not.
 */
export class MailIndex {
  private readonly strings = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Per interned string: the mail whose Message-ID it is, or -1. */
  private readonly owner = new Column(Int32Array);
  private readonly subject = new Column(Int32Array);
  private readonly normalised = new Column(Int32Array);
  private readonly time = new Column(Float64Array);
  private readonly parentStart = new Column(Int32Array, [0]);
  private readonly parentIds = new Column(Int32Array);
  private readonly addressStart = new Column(Int32Array, [0]);
  private readonly addressIds = new Column(Int32Array);

  get size(): number {
    return this.subject.length;
  }

  /** Adds a mail and returns its number, or undefined for a copy of a Message-ID already added. */
  add(mail: MailKey): number | undefined {
    const index = this.size;
    if (mail.messageId) {
      const id = this.intern(mail.messageId);
      if (this.owner.at(id) >= 0) return undefined;
      this.owner.set(id, index);
    }
    for (const parent of mail.parents) this.parentIds.push(this.intern(parent));
    this.parentStart.push(this.parentIds.length);
    for (const address of mail.addresses) this.addressIds.push(this.intern(address));
    this.addressStart.push(this.addressIds.length);
    this.subject.push(this.intern(mail.subject));
    this.normalised.push(this.intern(normaliseSubject(mail.subject)));
    this.time.push(mail.at ? Date.parse(mail.at) : 0);
    return index;
  }

  subjectOf(index: number): string {
    return this.texts[this.subject.at(index)]!;
  }

  /**
   * Threads as lists of mail numbers, each oldest first, ordered by their first mail: mails joined
   * by In-Reply-To/References, and a mail with no known parent joined to the earliest earlier mail
   * with the same subject and a shared address.
   */
  threads(): number[][] {
    const n = this.size;
    const root = Array.from({ length: n }, (_, i) => i);
    const find = (i: number): number => {
      while (root[i] !== i) i = root[i] = root[root[i]!]!;
      return i;
    };
    const union = (a: number, b: number) => {
      root[find(a)] = find(b);
    };
    const parents = (i: number) => this.parentIds.slice(this.parentStart.at(i), this.parentStart.at(i + 1));
    const addresses = (i: number) =>
      this.addressIds.slice(this.addressStart.at(i), this.addressStart.at(i + 1));
    const known = (id: number) => this.owner.at(id) >= 0;
    for (let i = 0; i < n; i++) for (const id of parents(i)) if (known(id)) union(i, this.owner.at(id));
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => this.time.at(a) - this.time.at(b));
    const empty = this.strings.get('');
    // Per normalised subject, the mails with it so far in time order: the subject fallback's candidates.
    const bySubject = new Map<number, number[]>();
    for (const i of order) {
      const subject = this.normalised.at(i);
      if (subject === empty) continue;
      const earlier = bySubject.get(subject);
      if (!earlier) bySubject.set(subject, [i]);
      else {
        if (!parents(i).some(known)) {
          const mine = new Set(addresses(i));
          const match = earlier.find((j) => addresses(j).some((a) => mine.has(a)));
          if (match !== undefined) union(i, match);
        }
        earlier.push(i);
      }
    }
    const groups = new Map<number, number[]>();
    for (const i of order) {
      const key = find(i);
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
    return [...groups.values()];
  }

  private intern(text: string): number {
    let id = this.strings.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.strings.set(text, id);
      this.texts.push(text);
      this.owner.push(-1);
    }
    return id;
  }
}

/** A growing typed array of numbers: a few bytes a mail, where an array of objects would take a hundred. */
export class Column<T extends Int32Array | Float64Array> {
  length = 0;
  private data: T;

  constructor(
    private readonly type: { new (length: number): T },
    values: readonly number[] = [],
  ) {
    this.data = new type(Math.max(16, values.length));
    for (const value of values) this.push(value);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.type(this.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  slice(start: number, end: number): number[] {
    return Array.from(this.data.subarray(start, end));
  }
}

// "On Mon, Aug 31, 2026 at 10:00 AM Marina <marina@acme.ru> wrote:" and
// "пн, 31 авг. 2026 г. в 10:00, Марина <marina@acme.ru>:" (Gmail, Apple Mail, Thunderbird).
const QUOTE_HEADER =
  /^(?:On\s+(?<date>.+?\d{1,2}:\d{2}(?:\s*[AP]M)?),?\s+)?(?<name>[^<>,]*?)\s*<(?<email>[^<>\s]+@[^<>\s]+)>\s*(?:wrote|писал\(а\)|написал\(а\)|написал|написала)?\s*:\s*$/iu;
const RU_QUOTE_HEADER = /^(?<date>.+?\d{4}\s*г\.\s*в\s*\d{1,2}:\d{2}),\s*(?<rest>.*)$/u;
const RU_MONTHS = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/**
 * The messages quoted below a reply ("On ..., X wrote:" followed by "> " lines), oldest first.
 * A lone .eml carries its thread this way; deeper quotes ("> >") are earlier messages.
 */
export function quotedHistory(quoted: string, place: string): SourceMessage[] {
  const lines = quoted.split('\n');
  const start = lines.findIndex((line, i) => {
    const header = quoteHeader(line) ?? quoteHeader(`${lines[i - 1] ?? ''} ${line}`);
    return header !== undefined && /^\s*>/.test(lines.slice(i + 1).find((l) => l.trim() !== '') ?? '');
  });
  if (start < 0) return [];
  const header = quoteHeader(lines[start]!) ?? quoteHeader(`${lines[start - 1] ?? ''} ${lines[start]}`)!;
  const body = lines
    .slice(start + 1)
    .filter((l, i, all) => /^\s*>/.test(l) || (l.trim() === '' && all.slice(i).some((x) => /^\s*>/.test(x))))
    .map((l) => l.replace(/^\s*> ?/, ''))
    .join('\n');
  const text = tidy(replyParser.parseReply(body));
  const earlier = quotedHistory(body, place);
  if (!text) return earlier;
  return [
    ...earlier,
    { author: header.author, ...(header.at ? { at: header.at } : {}), text, place: `${place} (quoted)` },
  ];
}

function quoteHeader(line: string): { author: Author; at?: string } | undefined {
  // HTML bodies turned into text write links as "marina@acme.ru [mailto:marina@acme.ru]".
  const trimmed = line.replace(/\s*\[(?:mailto:)?[^\]\s]+\]/g, '').trim();
  let date: string | undefined;
  let rest = trimmed;
  const ru = RU_QUOTE_HEADER.exec(trimmed);
  if (ru?.groups) {
    date = ru.groups.date;
    rest = ru.groups.rest!;
  }
  const match = QUOTE_HEADER.exec(rest);
  if (!match?.groups) return undefined;
  date ??= match.groups.date;
  const name = match.groups.name!.trim().replace(/^"|"$/g, '');
  return {
    author: { ...(name ? { name } : {}), email: match.groups.email!.toLowerCase() },
    ...(date ? { at: quoteDate(date) } : {}),
  };
}

/** A quote header's date, read as UTC (the header does not give the zone); undefined when unreadable. */
function quoteDate(text: string): string | undefined {
  const ru = /(\d{1,2})\s+([а-я]+)\.?\s+(\d{4})\s*г\.\s*в\s*(\d{1,2}):(\d{2})/u.exec(text);
  if (ru) {
    const month = RU_MONTHS.findIndex((m) => ru[2]!.startsWith(m.slice(0, 3)));
    if (month < 0) return undefined;
    return new Date(
      Date.UTC(Number(ru[3]), month, Number(ru[1]), Number(ru[4]), Number(ru[5])),
    ).toISOString();
  }
  const parsed = new Date(`${text.replace(/\sat\s/, ' ')} UTC`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** A single .eml: the message and the history it quotes. */
export async function parseEml(raw: Buffer, file: string): Promise<Conversation> {
  const mail = await readMail(raw, 'the message');
  if ('problem' in mail) throw new InputError(`${file}: ${mail.problem}`);
  const history = mail.quoted ? quotedHistory(mail.quoted, 'the message') : [];
  if (!mail.text) throw new InputError(`${file}: the message has no text of its own`);
  return { title: mail.subject, messages: [...history, mail] };
}
