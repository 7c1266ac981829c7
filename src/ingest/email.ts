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
  const unique: Mail[] = [];
  const byId = new Map<string, number>();
  for (const mail of mails) {
    if (mail.messageId && byId.has(mail.messageId)) continue;
    if (mail.messageId) byId.set(mail.messageId, unique.length);
    unique.push(mail);
  }
  const root = unique.map((_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    root[find(a)] = find(b);
  };
  unique.forEach((mail, i) => {
    for (const parent of mail.parents) {
      const j = byId.get(parent);
      if (j !== undefined) union(i, j);
    }
  });
  // Subject fallback: a mail with no known parent joins an earlier one with the same subject and a shared address.
  const order = unique.map((_, i) => i).sort((a, b) => timeOf(unique[a]!) - timeOf(unique[b]!));
  order.forEach((i, position) => {
    const mail = unique[i]!;
    if (mail.parents.some((p) => byId.has(p))) return;
    const subject = normaliseSubject(mail.subject);
    if (!subject) return;
    const earlier = order
      .slice(0, position)
      .find(
        (j) =>
          normaliseSubject(unique[j]!.subject) === subject &&
          unique[j]!.addresses.some((a) => mail.addresses.includes(a)),
      );
    if (earlier !== undefined) union(i, earlier);
  });
  const groups = new Map<number, Mail[]>();
  for (const i of order) {
    const key = find(i);
    groups.set(key, [...(groups.get(key) ?? []), unique[i]!]);
  }
  return [...groups.values()].map((group) => ({ title: group[0]!.subject, messages: group }));
}

function timeOf(mail: Mail): number {
  return mail.at ? Date.parse(mail.at) : 0;
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
