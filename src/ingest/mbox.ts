/**
 * mbox archives (Gmail's Takeout export is one): streamed line by line, one message in memory at a
 * time. A broken message is skipped with a note naming its number and line; the rest of the
 * archive is still read. `readMbox` gives every mail (for `rapport check`); `indexMbox` keeps only
 * where each mail is and how it threads, and reads a thread's mails back when asked, so that
 * `rapport audit` reads a 2 GB archive in memory that does not grow with its text.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../core/errors.ts';
import type { Author } from './conversation.ts';
import { Column, type Mail, MailIndex, readMail, type Threads } from './email.ts';

export { looksLikeMbox } from './sniff.ts';

const NEWLINE = 10;
const LF = Buffer.from('\n');
const FROM_ = Buffer.from('From ');
const ESCAPED_FROM = /^>+From /;

export interface RawMessage {
  /** The message's lines as in the file, after its "From " line. */
  parts: Buffer[];
  place: string;
  /** Its number in the archive and the line of its "From " line. */
  number: number;
  line: number;
  headersEnded: boolean;
  /** Byte offsets in the file: the line after the "From " line, and the end of the message. */
  start: number;
  end: number;
}

/**
 * Calls `onMessage` with each message of the archive that has its headers, in file order (the
 * next chunk is read once it is done), and notes a truncated one. Returns the number of messages.
 */
async function scanMbox(
  file: string,
  onMessage: (raw: RawMessage) => Promise<void>,
  onNote?: (note: string) => void,
): Promise<number> {
  const ready: RawMessage[] = [];
  let current: RawMessage | undefined;
  let lineNumber = 0;
  let previousBlank = true;
  let count = 0;

  const onLine = (line: Buffer, next: number) => {
    lineNumber++;
    const content = line.at(-1) === 13 ? line.subarray(0, -1) : line; // CRLF archives
    const blank = content.length === 0;
    if (previousBlank && content.subarray(0, 5).equals(FROM_)) {
      if (current) ready.push(current);
      current = {
        parts: [],
        place: `message ${++count} (line ${lineNumber})`,
        number: count,
        line: lineNumber,
        headersEnded: false,
        start: next,
        end: next,
      };
    } else if (!current) {
      if (content.toString('latin1').trim() !== '')
        throw new InputError(
          `${file}: line ${lineNumber}: expected an mbox archive, whose messages start with a "From " line`,
        );
    } else {
      if (blank) current.headersEnded = true;
      current.parts.push(line);
      current.end = next;
    }
    previousBlank = blank;
  };

  const parseReady = async () => {
    for (const raw of ready.splice(0)) {
      if (!raw.headersEnded) {
        onNote?.(`${file}: ${raw.place}: no end of headers, the archive looks truncated; skipped`);
        continue;
      }
      await onMessage(raw);
    }
  };

  // Reading waits while the messages of a chunk are parsed, so memory holds about one message.
  let rest = Buffer.alloc(0);
  let offset = 0; // of `rest` in the file
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    const buffer = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(NEWLINE); end >= 0; end = buffer.indexOf(NEWLINE, start)) {
      onLine(buffer.subarray(start, end), offset + end + 1);
      start = end + 1;
    }
    rest = Buffer.from(buffer.subarray(start));
    offset += start;
    await parseReady();
  }
  if (rest.length > 0) onLine(rest, offset + rest.length);
  if (current) ready.push(current);
  await parseReady();
  if (count === 0) throw new InputError(`${file}: the archive is empty: no messages`);
  return count;
}

/**
 * The RFC 822 message in an archive's lines: line ends become LF, and a body line that mboxrd
 * escaped as ">From " is "From " again (one level undone).
 */
function messageOf(lines: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [];
  for (const line of lines) {
    const content = line.at(-1) === 13 ? line.subarray(0, -1) : line;
    const escaped = content[0] === 62 && ESCAPED_FROM.test(content.subarray(0, 64).toString('latin1'));
    parts.push(escaped ? content.subarray(1) : content, LF);
  }
  return Buffer.concat(parts);
}

/** The lines of a stretch of the file (without their LF). */
function linesOf(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/** A mail read from an archive, or undefined (with a note) for one that is skipped. */
async function mailOf(file: string, raw: RawMessage, onNote?: (note: string) => void) {
  const mail = await readMail(messageOf(raw.parts), raw.place);
  if ('problem' in mail) onNote?.(`${file}: ${raw.place}: ${mail.problem}; skipped`);
  else if (!mail.text) onNote?.(`${file}: ${raw.place}: no text of its own; skipped`);
  else return mail;
  return undefined;
}

/** Reads every message of an mbox archive, in file order. */
export async function readMbox(file: string, onNote?: (note: string) => void): Promise<Mail[]> {
  const mails: Mail[] = [];
  await scanMbox(
    file,
    async (raw) => {
      const mail = await mailOf(file, raw, onNote);
      if (mail) mails.push(mail);
    },
    onNote,
  );
  return mails;
}

/**
 * An archive read once for its threads: per mail only where it is in the file, its author and its
 * threading keys. `read` gives a thread's mails back, parsed again from the file.
 */
export interface MboxIndex {
  /** Mails kept (readable, with text, not a copy of one before). */
  size: number;
  /** Threads as lists of mail numbers, each oldest first, in the order of `threadMails`. */
  threads: Threads;
  /** Who wrote the mail: a new object each call (the index keeps each author once, as JSON). */
  authorOf(mail: number): Author;
  /** The thread's mails, read back from the file, oldest first. */
  read(thread: ArrayLike<number>): Promise<Mail[]>;
  close(): Promise<void>;
}

export async function indexMbox(file: string, onNote?: (note: string) => void): Promise<MboxIndex> {
  // The threading keys are dropped once the threads are made: only `places` stays for the audit.
  const { places, threads } = await firstPass(file, onNote);
  const handle = await open(file, 'r');
  return {
    size: places.size,
    threads,
    authorOf: (mail) => places.author(mail),
    read: async (thread) => {
      const mails: Mail[] = [];
      for (let t = 0; t < thread.length; t++) {
        const i = thread[t]!;
        const place = `message ${places.number(i)} (line ${places.lines.at(i)})`;
        const bytes = Buffer.alloc(places.lengths.at(i));
        const { bytesRead } = await handle.read(bytes, 0, bytes.length, places.start(i));
        const mail = await readMail(messageOf(linesOf(bytes.subarray(0, bytesRead))), place);
        if ('problem' in mail || !mail.text || bytesRead < bytes.length)
          throw new InputError(`${file}: ${place}: the archive changed while it was read`);
        mails.push(mail);
      }
      return mails;
    },
    close: () => handle.close(),
  };
}

async function firstPass(
  file: string,
  onNote?: (note: string) => void,
): Promise<{ places: Places; threads: Threads }> {
  const index = new MailIndex();
  const places = new Places();
  const authorKeys = new Map<string, number>();
  await scanMbox(
    file,
    async (raw) => {
      const mail = await mailOf(file, raw, onNote);
      if (!mail || index.add(mail) === undefined) return;
      // JSON: a new string (not a slice of the header, which it would keep alive), and the Author back.
      const key = JSON.stringify(mail.author);
      let author = authorKeys.get(key);
      if (author === undefined) {
        author = places.authors.push(key) - 1;
        authorKeys.set(key, author);
      }
      places.add(raw, author);
    },
    onNote,
  );
  return { places, threads: index.threads() };
}

const FOUR_GB = 2 ** 32;

/**
 * Where each mail kept is in the file and who wrote it: about 16 bytes a mail. A mail's offset is
 * kept modulo 4 GB and its number as how many messages before it were skipped, both of which
 * change only now and then: they are kept only where they change.
 */
// Exported for its unit test (offsets past 4 GB).
export class Places {
  /** Each author once, as JSON: half the memory of an object with its strings. */
  readonly authors: string[] = [];
  readonly authorIds = new Column(Int32Array);
  readonly lengths = new Column(Uint32Array);
  readonly lines = new Column(Uint32Array);
  private readonly lowStarts = new Column(Uint32Array);
  private readonly highStarts = new Steps();
  private readonly skipped = new Steps();

  get size(): number {
    return this.lengths.length;
  }

  add(raw: RawMessage, author: number): void {
    const i = this.size;
    this.lowStarts.push(raw.start % FOUR_GB);
    this.highStarts.push(i, Math.floor(raw.start / FOUR_GB));
    this.skipped.push(i, raw.number - 1 - i);
    this.lengths.push(raw.end - raw.start);
    this.lines.push(raw.line);
    this.authorIds.push(author);
  }

  author(i: number): Author {
    return JSON.parse(this.authors[this.authorIds.at(i)]!) as Author;
  }

  /** Byte offset of the mail's first line after its "From " line. */
  start(i: number): number {
    return this.highStarts.at(i) * FOUR_GB + this.lowStarts.at(i);
  }

  /** The mail's number in the archive, counting the messages skipped. */
  number(i: number): number {
    return i + 1 + this.skipped.at(i);
  }
}

/** A step function of the mail number, kept only where its value changes. */
class Steps {
  private readonly from = new Column(Int32Array);
  private readonly values = new Column(Float64Array);

  /** Gives mail `i` (each in turn) its value. */
  push(i: number, value: number): void {
    const last = this.values.length - 1;
    if (last >= 0 && this.values.at(last) === value) return;
    this.from.push(i);
    this.values.push(value);
  }

  at(i: number): number {
    // The last step starting at or before i: binary search.
    let low = 0;
    let high = this.from.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.from.at(middle) <= i) low = middle;
      else high = middle - 1;
    }
    return this.values.at(low);
  }
}
