import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMbox } from '../../bench/mbox.ts';
import { useTempDirs } from '../../test/support/temp-dir.ts';
import { audit } from '../cli/commands/audit.ts';
import { threadMails } from './email.ts';
import { eachThread, type LoadOptions, loadThreads } from './index.ts';
import { indexMbox, Places, type RawMessage, readMbox } from './mbox.ts';

const tempDir = useTempDirs('rapport-mbox2-');

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'test', 'fixtures', 'ingest', 'email');
const TAKEOUT = join(DIR, 'gmail-takeout.mbox');
const ME = 'marina@acme.example';

async function collect(path: string, options: LoadOptions) {
  const threads = [];
  for await (const thread of eachThread(path, options)) threads.push(thread);
  return threads;
}

/** Both ways of reading a file for an audit, with their notes or error. */
async function bothWays(path: string, options: LoadOptions) {
  const run = async (read: (o: LoadOptions) => Promise<unknown>) => {
    const notes: string[] = [];
    try {
      return { threads: await read({ ...options, onNote: (n) => notes.push(n) }), notes };
    } catch (error) {
      return { error: (error as Error).message, notes };
    }
  };
  return {
    inMemory: await run((o) => loadThreads(path, o)),
    twoPass: await run((o) => collect(path, o)),
  };
}

/** An archive of `threads` threads of client and rep mails, each mail's body about `bodyBytes` long. */
function writeArchive(path: string, threads: number, bodyBytes: number): void {
  const line = 'We looked at the proposal with the team and have a few questions about the rollout. ';
  const body = (t: number, i: number) =>
    `Note ${t}.${i}. ${line.repeat(Math.ceil(bodyBytes / line.length))}`.replace(/(.{70}) /g, '$1\n');
  const mails: string[] = [];
  for (let t = 0; t < threads; t++)
    for (let i = 0; i < 4; i++) {
      const rep = i % 2 === 1;
      const from = rep ? `Marina <${ME}>` : `Client ${t} <client${t}@buyer.example>`;
      mails.push(
        `From x@x Mon Jul 06 15:00:00 +0000 2026\nFrom: ${from}\nSubject: ${i ? 'Re: ' : ''}Deal ${t}\n` +
          `Date: ${new Date(Date.UTC(2026, 0, 1) + t * 3_600_000 + i * 60_000).toUTCString()}\n` +
          `Message-ID: <t${t}.m${i}@x>\n${i ? `In-Reply-To: <t${t}.m${i - 1}@x>\n` : ''}\n${body(t, i)}\n\n`,
      );
    }
  writeFileSync(path, mails.join(''));
}

describe('mbox for an audit, in two passes', () => {
  it('gives the same threads, notes and errors as reading every mail into memory', async () => {
    const dir = tempDir();
    const crlf = join(dir, 'crlf.mbox');
    writeFileSync(crlf, readFileSync(TAKEOUT).toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    const generated = join(dir, 'generated.mbox');
    await writeMbox(generated, 0.2, ME);
    const noNewline = join(dir, 'no-final-newline.mbox');
    writeFileSync(
      noNewline,
      readFileSync(TAKEOUT, 'latin1').trimEnd().split('\nFrom 1838000000000000009')[0]!,
      'latin1',
    );
    // A message skipped before the others: every later mail's number counts it.
    const skipFirst = join(dir, 'skip-first.mbox');
    writeFileSync(
      skipFirst,
      `From x@x Mon Jul 06 15:00:00 +0000 2026\nSubject: no sender\n\nHello\n\n${readFileSync(TAKEOUT, 'latin1')}`,
      'latin1',
    );
    const cases: [string, LoadOptions][] = [
      [skipFirst, { me: 'marina@acme.ru' }],
      [TAKEOUT, { me: 'marina@acme.ru' }],
      [TAKEOUT, { me: ['John@northwind-logistics.com', 'nobody@x'] }],
      [TAKEOUT, { me: 'nobody@example.com' }], // no conversation of mine: a note
      [TAKEOUT, {}], // which participant is you: an error naming everyone, in the same order
      [TAKEOUT, { me: 'marina@acme.ru', contacts: join(dir, 'missing.json') }],
      [crlf, { me: 'marina@acme.ru' }],
      [noNewline, { me: 'marina@acme.ru' }],
      [generated, { me: ME }],
      [join(DIR, 'not-an-archive.mbox'), { me: ME }],
      [join(dir, 'missing.mbox'), { me: ME }],
    ];
    for (const [path, options] of cases) {
      const { inMemory, twoPass } = await bothWays(path, options);
      expect(twoPass, `${path} ${JSON.stringify(options)}`).toEqual(inMemory);
    }
    const takeout = await bothWays(TAKEOUT, { me: 'marina@acme.ru' });
    expect(takeout.twoPass.notes).toEqual([
      expect.stringMatching(
        /message 9 \(line 157\): expected an email message with a "From" header; skipped/,
      ),
      expect.stringMatching(
        /message 10 \(line 165\): no end of headers, the archive looks truncated; skipped/,
      ),
      expect.stringMatching(/Marina Ivanova: country RU is a guess/),
      expect.stringMatching(/Hans Müller: country DE is a guess/),
      expect.stringMatching(/Marina Ivanova: country RU is a guess/),
    ]);
    expect((await bothWays(generated, { me: ME })).twoPass.threads).toHaveLength(
      (await writeMbox(join(dir, 'again.mbox'), 0.2, ME)).threads,
    );
  });

  it('groups mails into the same threads as threadMails, from the index alone', async () => {
    // The takeout has a copy (message 3); the other archive also a skipped first message.
    const skipFirst = join(tempDir(), 'skip-first.mbox');
    writeFileSync(
      skipFirst,
      `From x@x Mon Jul 06 2026\nSubject: -\n\nHello\n\n${readFileSync(TAKEOUT, 'latin1')}`,
      'latin1',
    );
    for (const path of [TAKEOUT, skipFirst]) {
      const archive = await indexMbox(path);
      try {
        const expected = threadMails(await readMbox(path));
        const threads = await Promise.all(Array.from(archive.threads, (t) => archive.read(t)));
        expect(threads.map((mails) => [mails[0]!.subject, mails.length])).toEqual(
          expected.map((c) => [c.title, c.messages.length]),
        );
        // With each mail's place: its number and line in the archive.
        expect(threads).toEqual(expected.map((c) => c.messages));
      } finally {
        await archive.close();
      }
    }
  });

  it('fails the file, naming the message, when the archive changes between the passes; the audit drops its part', async () => {
    const dir = tempDir();
    const path = join(dir, 'changing.mbox');
    writeArchive(path, 3, 200);
    const threads = eachThread(path, { me: ME });
    await threads.next();
    truncateSync(path, 50);
    await expect(threads.next()).rejects.toThrow(
      /changing\.mbox: message 5 \(line \d+\): the archive changed while it was read/,
    );

    writeArchive(path, 3, 200);
    const other = join(dir, 'other.mbox');
    writeArchive(other, 2, 200);
    let first = true;
    const report = await audit([path, other], {
      me: ME,
      onProgress: () => {
        if (first)
          appendFileSync(path, ''); // the first call comes before any thread
        else truncateSync(path, 50);
        first = false;
      },
    });
    expect(report.failed).toEqual([
      { file: path, error: expect.stringContaining('changed while it was read') },
    ]);
    expect(report.findings.every((f) => f.file === other)).toBe(true);
    expect(report.timelines.map((t) => t.file)).toEqual([other, other]);
    expect(report.threads).toBe(2);
  });

  it('holds one thread at a time: memory does not grow with the text of the archive', () => {
    const dir = tempDir();
    // The same 400 mails, with short and with 6 KB bodies; and four times as many short ones.
    writeArchive(join(dir, 'short.mbox'), 100, 300);
    writeArchive(join(dir, 'long.mbox'), 100, 6000);
    writeArchive(join(dir, 'many.mbox'), 400, 300);
    // Heap in use after a full GC, at its highest while the threads are read, each in a child
    // process started with --expose-gc: bytes, not time, so a busy machine does not change them.
    const script = `
      const { eachThread, loadThreads } = await import(${JSON.stringify(join(ROOT, 'src', 'ingest', 'index.ts'))});
      const [path, way] = process.argv.slice(1);
      const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
      await loadThreads(${JSON.stringify(TAKEOUT)}, { me: '${ME}' }); // loads what parsing needs
      const base = heap();
      let most = 0, threads = 0;
      if (way === 'twoPass') {
        for await (const thread of eachThread(path, { me: '${ME}' })) {
          if (threads++ % 10 === 0) most = Math.max(most, heap());
        }
      } else {
        const all = await loadThreads(path, { me: '${ME}' });
        most = heap();
        threads = all.length;
      }
      process.stdout.write(JSON.stringify({ kept: most - base, threads }));
    `;
    const measure = (name: string, way: 'twoPass' | 'inMemory'): { kept: number; threads: number } =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            '--expose-gc',
            '--import',
            'tsx',
            '--input-type=module',
            '-e',
            script,
            join(dir, `${name}.mbox`),
            way,
          ],
          { cwd: ROOT, encoding: 'utf8' },
        ),
      );
    const short = measure('short', 'twoPass');
    const long = measure('long', 'twoPass');
    const many = measure('many', 'twoPass');
    expect([short.threads, long.threads, many.threads]).toEqual([100, 100, 400]);
    const MB = 1024 * 1024;
    // 400 × 6 KB more text: all of it stays when every mail is in memory, none in two passes.
    expect(measure('long', 'inMemory').kept - measure('short', 'inMemory').kept).toBeGreaterThan(1.5 * MB);
    expect(long.kept - short.kept).toBeLessThan(0.3 * MB);
    // Four times the mails: the index grows by under 1 KB a mail (1,200 more), whatever their length.
    expect(many.kept - short.kept).toBeLessThan(1200 * 1024);
  }, 180_000); // seven child processes, each loading tsx: slow on a busy machine
});

describe('the index of an archive larger than 4 GB', () => {
  // Offsets are kept as 32 bits and a step function of the high part: mails past 4 GB and 8 GB
  // must come back at their own offsets (a real 5 GB file is too big for a unit test).
  const raw = (start: number, number: number): RawMessage => ({
    parts: [],
    place: '',
    number,
    line: number * 10,
    headersEnded: true,
    start,
    end: start + 1000,
  });

  it('gives back every offset across the 4 GB and 8 GB boundaries, and the skipped numbers', () => {
    const starts = [0, 2 ** 32 - 1000, 2 ** 32, 2 ** 32 + 5, 5_000_000_000, 2 ** 33 + 7, 12_345_678_901];
    const places = new Places();
    // Mail 3 of the archive was skipped (no headers): numbers jump from 2 to 4.
    starts.forEach((start, i) => {
      places.add(raw(start, i < 2 ? i + 1 : i + 2), 0);
    });
    expect(starts.map((_, i) => places.start(i))).toEqual(starts);
    expect(starts.map((_, i) => places.number(i))).toEqual([1, 2, 4, 5, 6, 7, 8]);
    expect(places.lengths.at(6)).toBe(1000);
  });
});
