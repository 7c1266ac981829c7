/**
 * mbox archives (Gmail's Takeout export is one): streamed line by line, one message in memory at a
 * time, so a 2 GB archive is read in bounded memory. A broken message is skipped with a note naming
 * its number and line; the rest of the archive is still read.
 */
import { createReadStream } from 'node:fs';
import { InputError } from '../core/errors.ts';
import { type Mail, readMail } from './email.ts';

export { looksLikeMbox } from './sniff.ts';

const NEWLINE = 10;
const LF = Buffer.from('\n');
const FROM_ = Buffer.from('From ');
const ESCAPED_FROM = /^>+From /;

interface RawMessage {
  parts: Buffer[];
  place: string;
  headersEnded: boolean;
}

/** Reads every message of an mbox archive, in file order. */
export async function readMbox(file: string, onNote?: (note: string) => void): Promise<Mail[]> {
  const mails: Mail[] = [];
  const ready: RawMessage[] = [];
  let current: RawMessage | undefined;
  let lineNumber = 0;
  let previousBlank = true;
  let count = 0;

  const onLine = (line: Buffer) => {
    lineNumber++;
    const content = line.at(-1) === 13 ? line.subarray(0, -1) : line; // CRLF archives
    const blank = content.length === 0;
    if (previousBlank && content.subarray(0, 5).equals(FROM_)) {
      if (current) ready.push(current);
      current = { parts: [], place: `message ${++count} (line ${lineNumber})`, headersEnded: false };
    } else if (!current) {
      if (content.toString('latin1').trim() !== '')
        throw new InputError(
          `${file}: line ${lineNumber}: expected an mbox archive, whose messages start with a "From " line`,
        );
    } else {
      if (blank) current.headersEnded = true;
      // mboxrd escapes body lines starting with "From " as ">From "; undo one level.
      const escaped = content[0] === 62 && ESCAPED_FROM.test(content.subarray(0, 64).toString('latin1'));
      current.parts.push(escaped ? content.subarray(1) : content, LF);
    }
    previousBlank = blank;
  };

  const parseReady = async () => {
    for (const raw of ready.splice(0)) {
      if (!raw.headersEnded) {
        onNote?.(`${file}: ${raw.place}: no end of headers, the archive looks truncated; skipped`);
        continue;
      }
      const mail = await readMail(Buffer.concat(raw.parts), raw.place);
      if ('problem' in mail) onNote?.(`${file}: ${raw.place}: ${mail.problem}; skipped`);
      else if (!mail.text) onNote?.(`${file}: ${raw.place}: no text of its own; skipped`);
      else mails.push(mail);
    }
  };

  // Reading waits while the messages of a chunk are parsed, so memory holds about one message.
  let rest = Buffer.alloc(0);
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    const buffer = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(NEWLINE); end >= 0; end = buffer.indexOf(NEWLINE, start)) {
      onLine(buffer.subarray(start, end));
      start = end + 1;
    }
    rest = Buffer.from(buffer.subarray(start));
    await parseReady();
  }
  if (rest.length > 0) onLine(rest);
  if (current) ready.push(current);
  await parseReady();
  if (count === 0) throw new InputError(`${file}: the archive is empty: no messages`);
  return mails;
}
