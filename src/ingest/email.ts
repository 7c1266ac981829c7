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
  return Array.from(index.threads(), (group) => ({
    title: kept[group[0]!]!.subject,
    messages: Array.from(group, (i) => kept[i]!),
  }));
}

/** What threading needs of a mail. */
export type MailKey = Pick<Mail, 'messageId' | 'parents' | 'subject' | 'addresses' | 'at'>;

/**
 * The threading keys of many mails, without their text, in typed arrays only: an archive of
 * millions of mails would spend a hundred bytes and more a mail on JS strings, arrays and Maps.
 * Message-IDs, addresses, subjects and sets of addresses are kept as 64-bit hashes (two
 * independent 32-bit ones). Two different keys with the same hash (about a 1e-7 chance among 3
 * million Message-IDs) are taken for one: at worst a mail joins the wrong thread, or is dropped
 * as a copy.
 * Mails are numbered in the order they are added; a copy of a Message-ID already added is not.
 */
export class MailIndex {
  // Per mail: its Message-ID's hash (0, 0 without one), date (below), union-find parent, whether a parent
  // of it is known (then its subject does not join it), and its topic (-1: empty subject).
  private readonly idHi = new Column(Uint32Array);
  private readonly idLo = new Column(Uint32Array);
  /** Dates in whole seconds since 1970; OTHER_TIME for another (kept in `otherTimes`), 0 for none. */
  private readonly seconds = new Column(Uint32Array);
  private readonly otherTimes = new Map<number, number>();
  private readonly root = new Column(Int32Array);
  private readonly answers = new Column(Uint8Array);
  private readonly topic = new Column(Int32Array);
  /** Message-IDs: the mail that has each. */
  private readonly ids = new HashTable(this.idHi, this.idLo);
  /** Parents not added yet when their reply was (or never): looked up again in `threads`. */
  private readonly pendingMail = new Column(Int32Array);
  private readonly pendingHi = new Column(Uint32Array);
  private readonly pendingLo = new Column(Uint32Array);
  /** Addresses and normalised subjects, each numbered once. */
  private readonly wordHi = new Column(Uint32Array);
  private readonly wordLo = new Column(Uint32Array);
  private readonly words = new HashTable(this.wordHi, this.wordLo);
  /** Sets of addresses (their word numbers, ascending), each kept once: mails of a thread share one. */
  private readonly setHi = new Column(Uint32Array);
  private readonly setLo = new Column(Uint32Array);
  private readonly sets = new HashTable(this.setHi, this.setLo);
  private readonly setStart = new Column(Int32Array, [0]);
  private readonly setMembers = new Column(Int32Array);
  /** Topics: a normalised subject with a set of addresses, keyed exactly by their two numbers. */
  private readonly topicSubject = new Column(Uint32Array);
  private readonly topicSet = new Column(Uint32Array);
  private readonly topics = new HashTable(this.topicSubject, this.topicSet);

  get size(): number {
    return this.root.length;
  }

  /** Adds a mail and returns its number, or undefined for a copy of a Message-ID already added. */
  add(mail: MailKey): number | undefined {
    const index = this.size;
    if (mail.messageId) {
      const hi = fnv1a(mail.messageId);
      const lo = murmur(mail.messageId);
      if (this.ids.get(hi, lo) >= 0) return undefined;
      this.idHi.push(hi);
      this.idLo.push(lo);
      this.ids.add(index);
    } else {
      this.idHi.push(0);
      this.idLo.push(0);
    }
    this.root.push(index);
    // A reply to a mail already added joins it now; other parents wait for `threads`.
    let answers = 0;
    for (const parent of mail.parents) {
      const hi = fnv1a(parent);
      const lo = murmur(parent);
      const owner = this.ids.get(hi, lo);
      if (owner >= 0) {
        this.union(index, owner);
        answers = 1;
      } else {
        this.pendingMail.push(index);
        this.pendingHi.push(hi);
        this.pendingLo.push(lo);
      }
    }
    this.answers.push(answers);
    const time = mail.at ? Date.parse(mail.at) : 0;
    if (Number.isInteger(time / 1000) && time >= 0 && time / 1000 < OTHER_TIME)
      this.seconds.push(time / 1000);
    else {
      this.seconds.push(OTHER_TIME);
      this.otherTimes.set(index, time);
    }
    this.topic.push(this.topicOf(normaliseSubject(mail.subject), mail.addresses));
    return index;
  }

  /**
   * Threads as lists of mail numbers, each oldest first, ordered by their first mail: mails joined
   * by In-Reply-To/References, and a mail with no known parent joined to the earliest earlier mail
   * with the same subject and a shared address.
   */
  threads(): Threads {
    const n = this.size;
    for (let p = 0; p < this.pendingMail.length; p++) {
      const owner = this.ids.get(this.pendingHi.at(p), this.pendingLo.at(p));
      if (owner < 0) continue;
      this.union(this.pendingMail.at(p), owner);
      this.answers.set(this.pendingMail.at(p), 1);
    }
    const order = this.byDate();
    // The subject fallback's candidates: per subject, its topics in the order of their first mail.
    // The earliest earlier mail sharing an address is the first mail of the first such topic.
    const topics = this.topicSet.length;
    const firstMail = new Int32Array(topics).fill(-1);
    const nextTopic = new Int32Array(topics).fill(-1);
    const head = new Int32Array(this.wordHi.length).fill(-1);
    const tail = new Int32Array(this.wordHi.length).fill(-1);
    for (const i of order) {
      const topic = this.topic.at(i);
      if (topic < 0) continue;
      const subject = this.topicSubject.at(topic);
      if (head[subject]! >= 0 && this.answers.at(i) === 0)
        for (let t = head[subject]!; t >= 0; t = nextTopic[t]!)
          if (this.overlap(this.topicSet.at(t), this.topicSet.at(topic))) {
            this.union(i, firstMail[t]!);
            break;
          }
      if (firstMail[topic]! >= 0) continue;
      firstMail[topic] = i;
      if (tail[subject]! >= 0) nextTopic[tail[subject]!] = topic;
      else head[subject] = topic;
      tail[subject] = topic;
    }
    // Thread numbers in the order of their first mail, then each thread's mails in time order.
    const thread = new Int32Array(n).fill(-1); // per root mail
    let count = 0;
    for (const i of order) {
      const root = this.find(i);
      if (thread[root]! < 0) thread[root] = count++;
    }
    const starts = new Int32Array(count + 1);
    for (let i = 0; i < n; i++) starts[thread[this.find(i)]! + 1]!++;
    for (let t = 0; t < count; t++) starts[t + 1]! += starts[t]!;
    const filled = starts.slice(0, count);
    const mails = new Int32Array(n);
    for (const i of order) mails[filled[thread[this.find(i)]!]!++] = i;
    return new Threads(mails, starts);
  }

  /**
   * Mail numbers by date, equal dates by number: a bottom-up merge sort in two Int32Arrays (8 bytes
   * a mail, where a typed array's sort with a comparator copies into two arrays of 8 bytes each).
   */
  private byDate(): Int32Array {
    const n = this.size;
    let from = new Int32Array(n);
    let to = new Int32Array(n);
    for (let i = 0; i < n; i++) from[i] = i;
    for (let width = 1; width < n; width *= 2) {
      for (let left = 0; left < n; left += 2 * width) {
        const middle = Math.min(left + width, n);
        const right = Math.min(left + 2 * width, n);
        let i = left;
        let j = middle;
        let k = left;
        // The left run first on equal dates: the order stays stable.
        while (i < middle && j < right)
          to[k++] = this.timeOf(from[j]!) < this.timeOf(from[i]!) ? from[j++]! : from[i++]!;
        while (i < middle) to[k++] = from[i++]!;
        while (j < right) to[k++] = from[j++]!;
      }
      [from, to] = [to, from];
    }
    return from;
  }

  private timeOf(i: number): number {
    const seconds = this.seconds.at(i);
    return seconds === OTHER_TIME ? this.otherTimes.get(i)! : seconds * 1000;
  }

  private find(i: number): number {
    let root = i;
    while (this.root.at(root) !== root) root = this.root.at(root);
    // Path compression: later finds on this path take one step.
    for (let next = this.root.at(i); next !== root; next = this.root.at(i)) {
      this.root.set(i, root);
      i = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    this.root.set(this.find(a), this.find(b));
  }

  /** The number of an address or a subject. */
  private word(text: string): number {
    const hi = fnv1a(text);
    const lo = murmur(text);
    let word = this.words.get(hi, lo);
    if (word < 0) {
      word = this.wordHi.length;
      this.wordHi.push(hi);
      this.wordLo.push(lo);
      this.words.add(word);
    }
    return word;
  }

  private topicOf(subject: string, addresses: readonly string[]): number {
    if (subject === '') return -1; // an empty subject joins nothing
    const words = [...new Set(addresses.map((a) => this.word(a)))].sort((a, b) => a - b);
    const key = words.join(',');
    const hi = fnv1a(key);
    const lo = murmur(key);
    let set = this.sets.get(hi, lo);
    if (set < 0) {
      set = this.setHi.length;
      this.setHi.push(hi);
      this.setLo.push(lo);
      for (const word of words) this.setMembers.push(word);
      this.setStart.push(this.setMembers.length);
      this.sets.add(set);
    }
    const subjectWord = this.word(subject);
    let topic = this.topics.get(subjectWord, set);
    if (topic < 0) {
      topic = this.topicSet.length;
      this.topicSubject.push(subjectWord);
      this.topicSet.push(set);
      this.topics.add(topic);
    }
    return topic;
  }

  /** Whether two sets of addresses share one (both ascending: a merge walk). */
  private overlap(a: number, b: number): boolean {
    let i = this.setStart.at(a);
    let j = this.setStart.at(b);
    const aEnd = this.setStart.at(a + 1);
    const bEnd = this.setStart.at(b + 1);
    while (i < aEnd && j < bEnd) {
      const x = this.setMembers.at(i);
      const y = this.setMembers.at(j);
      if (x === y) return true;
      if (x < y) i++;
      else j++;
    }
    return false;
  }
}

/** A date header has whole seconds, after 1970 and before 2106: 4 bytes a mail, not 8. */
const OTHER_TIME = 0xffffffff;

/** Threads as one array of mail numbers, thread after thread, and where each starts: 4 bytes a mail. */
export class Threads implements Iterable<Int32Array> {
  constructor(
    private readonly mails: Int32Array,
    private readonly starts: Int32Array,
  ) {}

  get length(): number {
    return this.starts.length - 1;
  }

  /** The mail numbers of thread `i`, oldest first. */
  at(i: number): Int32Array {
    return this.mails.subarray(this.starts[i], this.starts[i + 1]);
  }

  *[Symbol.iterator](): Iterator<Int32Array> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** 32-bit FNV-1a over UTF-16 code units, finished with murmur3's mixer. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h ^ text.length);
}

/** A second 32-bit hash, independent of `fnv1a`: MurmurHash2's multiplier and shifts. */
function murmur(text: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return mix(h ^ text.length);
}

/** murmur3's finaliser: every input bit changes about half the output bits. Unsigned. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Open addressing over entry numbers 0, 1, ...: each entry's 64-bit key is in two columns the
 * caller fills, so the table itself is one Int32Array (4 bytes a slot, at most 3/4 full).
 */
export class HashTable {
  size = 0;
  /** Entry + 1 in each used slot, 0 in a free one; linear probing. */
  private slots = new Int32Array(16);

  constructor(
    private readonly hi: Column<Uint32Array>,
    private readonly lo: Column<Uint32Array>,
  ) {}

  /** The entry whose key is (hi, lo), or -1. */
  get(hi: number, lo: number): number {
    const mask = this.slots.length - 1;
    for (let slot = mix(lo ^ Math.imul(hi, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return -1;
      if (this.lo.at(entry) === lo && this.hi.at(entry) === hi) return entry;
    }
  }

  /** Adds an entry whose key is already in the columns and is not in the table. */
  add(entry: number): void {
    if (4 * (this.size + 1) > 3 * this.slots.length) {
      const old = this.slots;
      this.slots = new Int32Array(old.length * 2);
      for (const kept of old) if (kept > 0) this.place(kept - 1);
    }
    this.place(entry);
    this.size++;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = mix(this.lo.at(entry) ^ Math.imul(this.hi.at(entry), 0x9e3779b1)) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }
}

type NumberArray = Int32Array | Uint32Array | Uint8Array | Float64Array;

const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;

/**
 * A growing typed array of numbers: a few bytes a mail, where an array of objects would take a
 * hundred. Kept in chunks of 16,384 numbers, so growing neither copies nor leaves half unused;
 * the first chunk starts small (16) and doubles, for the few mails of a single thread.
 */
export class Column<T extends NumberArray> {
  length = 0;
  private readonly chunks: T[] = [];

  constructor(
    private readonly type: { new (length: number): T },
    values: readonly number[] = [],
  ) {
    for (const value of values) this.push(value);
  }

  push(value: number): void {
    const i = this.length;
    let chunk = this.chunks[i >>> CHUNK_BITS];
    if (chunk === undefined) {
      chunk = new this.type(i === 0 ? 16 : CHUNK);
      this.chunks.push(chunk);
    } else if ((i & (CHUNK - 1)) === chunk.length) {
      const grown = new this.type(chunk.length * 2);
      grown.set(chunk);
      this.chunks[0] = chunk = grown;
    }
    chunk[i & (CHUNK - 1)] = value;
    this.length++;
  }

  at(index: number): number {
    return this.chunks[index >>> CHUNK_BITS]![index & (CHUNK - 1)]!;
  }

  set(index: number, value: number): void {
    this.chunks[index >>> CHUNK_BITS]![index & (CHUNK - 1)] = value;
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
