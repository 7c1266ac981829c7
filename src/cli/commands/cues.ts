/**
 * `rapport cues [FILE|-]`: JSON Lines in ({"id": ..., "text": ...}), JSON Lines out
 * ({"id": ..., "cues": [...], "politeness": n}). Streams, so memory stays flat for any input size.
 * A bad line is reported on stderr with its number and skipped; the exit code is then 2.
 */

import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { detectCues } from '../../core/cues/index.ts';
import { politeness } from '../../core/cues/politeness.ts';
import { InputError } from '../../core/errors.ts';
import { analyze } from '../../core/text/analyze.ts';
import { UsageError } from '../usage.ts';

export async function runCues(args: string[]): Promise<number> {
  if (args.length > 1) throw new UsageError('cues: expected at most one FILE (or - for standard input)');
  const file = args[0] ?? '-';
  if (file.startsWith('--')) throw new UsageError(`cues: unknown option "${file}"`);
  const input = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (file === '-') return resolve();
    input.once('open', () => resolve());
    input.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new InputError(
          `${file}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory' : error.message}`,
        ),
      ),
    );
  });
  await opened;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch {
      bad++;
      process.stderr.write(`rapport: ${file}:${lineNumber}: invalid JSON, skipped\n`);
      continue;
    }
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      bad++;
      process.stderr.write(
        `rapport: ${file}:${lineNumber}: expected {"id": ..., "text": "..."} with text as a string, skipped\n`,
      );
      continue;
    }
    const text = analyze(record.text);
    const cues = detectCues(text);
    const out = `${JSON.stringify({ id: record.id ?? lineNumber, cues, politeness: politeness(cues, text) })}\n`;
    if (!process.stdout.write(out)) await once(process.stdout, 'drain');
  }
  return bad > 0 ? 2 : 0;
}
