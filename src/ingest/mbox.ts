/**
 * mbox archives (Gmail's Takeout export is one): streamed line by line, one message in memory at a
 * time, so a 2 GB archive is read in bounded memory. A broken message is skipped with a note naming
 * its number and line; the rest of the archive is still read.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../core/errors.ts';
import { type Mail, readMail } from './email.ts';

/** Whether the first bytes look like an mbox archive ("From " separator line). */
export function looksLikeMbox(head: string): boolean {
  return /^From \S+/.test(head.replace(/^\uFEFF/, ''));
}

/** Reads every message of an mbox archive, in file order. */
export async function readMbox(file: string, onNote?: (note: string) => void): Promise<Mail[]> {
  // latin1 maps bytes 1:1 to characters, so each message goes back to mailparser byte for byte.
  const input = createReadStream(file, { encoding: 'latin1' });
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  await opened;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const mails: Mail[] = [];
  let current: string[] = [];
  let startLine = 0;
  let lineNumber = 0;
  let previousBlank = true;
  let count = 0;

  const finish = async () => {
    if (startLine === 0) return;
    count++;
    const place = `message ${count} (line ${startLine})`;
    if (!current.some((line) => line === '')) {
      onNote?.(`${file}: ${place}: no end of headers, the archive looks truncated; skipped`);
    } else {
      const mail = await readMail(Buffer.from(current.join('\n'), 'latin1'), place);
      if ('problem' in mail) onNote?.(`${file}: ${place}: ${mail.problem}; skipped`);
      else if (!mail.text) onNote?.(`${file}: ${place}: no text of its own; skipped`);
      else mails.push(mail);
    }
    current = [];
  };

  for await (const line of lines) {
    lineNumber++;
    if (line.startsWith('From ') && previousBlank) {
      await finish();
      startLine = lineNumber;
    } else if (startLine === 0) {
      if (line.trim() === '') continue;
      throw new InputError(
        `${file}: line ${lineNumber}: expected an mbox archive, whose messages start with a "From " line`,
      );
    } else {
      // mboxrd escapes body lines starting with "From " as ">From "; undo one level.
      current.push(/^>+From /.test(line) ? line.slice(1) : line);
    }
    previousBlank = line === '';
  }
  await finish();
  if (count === 0) throw new InputError(`${file}: the archive is empty: no messages`);
  return mails;
}
