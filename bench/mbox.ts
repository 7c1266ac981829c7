/**
 * Writes a generated mbox of about `megabytes` MB to `path`, streaming, for the audit benchmark:
 * threads of alternating client and rep messages with Message-ID / In-Reply-To headers.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { messages } from './corpus.ts';

export async function writeMbox(
  path: string,
  megabytes: number,
  rep = 'marina@acme.example',
): Promise<{ messages: number; threads: number }> {
  const out = createWriteStream(path);
  const bodies = messages(500, 60, 5);
  const target = megabytes * 1024 * 1024;
  let written = 0;
  let count = 0;
  let thread = 0;
  while (written < target) {
    thread++;
    const client = `client${thread}@buyer${thread % 97}.example`;
    let previous: string | undefined;
    for (let i = 0; i < 10 && written < target; i++) {
      const fromRep = i % 2 === 1;
      const date = new Date(Date.UTC(2026, 0, 1, 9) + thread * 3_600_000 + i * 86_400_000);
      const id = `<t${thread}.m${i}@bench.example>`;
      const body = bodies[(thread * 10 + i) % bodies.length]!.replace(/^From /gm, '>From ');
      const message = [
        `From ${fromRep ? rep : client} ${date.toUTCString().replace(',', '')}`,
        `From: ${fromRep ? `Marina <${rep}>` : `Client ${thread} <${client}>`}`,
        `To: ${fromRep ? client : rep}`,
        `Subject: ${i === 0 ? '' : 'Re: '}Warehouse reporting ${thread}`,
        `Date: ${date.toUTCString()}`,
        `Message-ID: ${id}`,
        ...(previous ? [`In-Reply-To: ${previous}`, `References: ${previous}`] : []),
        'Content-Type: text/plain; charset=utf-8',
        '',
        body,
        '',
        '',
      ].join('\n');
      previous = id;
      count++;
      written += Buffer.byteLength(message);
      if (!out.write(message)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return { messages: count, threads: thread };
}
