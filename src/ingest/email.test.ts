import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../test/support/temp-dir.ts';
import { countryFromEmail, countryFromPhone } from './country-guess.ts';
import { normaliseSubject, parseEml, threadMails } from './email.ts';
import { loadThread, loadThreads } from './index.ts';
import { looksLikeMbox, readMbox } from './mbox.ts';

const tempDir = useTempDirs('rapport-mbox-');

const DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest', 'email');
const fixture = (name: string) => join(DIR, name);

describe('.eml', () => {
  it('keeps only what the author wrote and reads the thread from the quoted history', async () => {
    const conversation = await parseEml(readFileSync(fixture('marina-reply-gmail.eml')), 'reply.eml');
    expect(conversation.title).toBe('Re: Warehouse reporting');
    expect(conversation.messages.map((m) => [m.author.email, m.at, m.text])).toEqual([
      ['marina@acme.ru', '2026-08-25T07:00:00.000Z', 'OK.'],
      [
        'john@northwind-logistics.com',
        '2026-09-02T14:00:00.000Z',
        "I'm sorry Marina that I have not been in contact with you for some time.\nI took my family and kids to the Lakeside and we enjoyed some time by the beach.",
      ],
      // The signature ("-- ") and the quoted reply are gone; the time is the Date header's, in UTC.
      ['marina@acme.ru', '2026-09-02T15:00:00.000Z', 'So, do you want to buy our product?'],
    ]);
  });

  it('decodes windows-1251 and koi8-r headers, a base64 HTML body, emoji, and a Russian quote header', async () => {
    const conversation = await parseEml(readFileSync(fixture('client-cyrillic-html.eml')), 'ivan.eml');
    expect(conversation.title).toBe('Re: Коммерческое предложение');
    const [quoted, own] = conversation.messages;
    expect(quoted).toMatchObject({
      author: { name: 'Марина Иванова', email: 'marina@acme.ru' },
      at: '2026-08-31T10:00:00.000Z',
      text: 'Иван, добрый день! Вы приняли решение?',
    });
    expect(own!.author).toEqual({ name: 'Иван Петров', email: 'ivan.petrov@romashka.ru' });
    expect(own!.text).toBe(
      'Добрый день, Марина!\n\nПростите, что пропал: мы с семьёй ездили на Байкал 🏞️, дети в восторге.\nВернусь к вашему предложению на этой неделе.',
    );
  });

  it('rejects a file that is not an email, naming it', async () => {
    await expect(parseEml(readFileSync(fixture('not-an-email.eml')), 'note.eml')).rejects.toThrow(
      'note.eml: expected an email message with a "From" header',
    );
  });
});

describe('.mbox', () => {
  it('streams the archive, skips broken and truncated messages with a note, and drops duplicate copies', async () => {
    const notes: string[] = [];
    const mails = await readMbox(fixture('gmail-takeout.mbox'), (note) => notes.push(note));
    expect(notes).toEqual([
      expect.stringMatching(
        /gmail-takeout\.mbox: message 9 \(line 157\): expected an email message with a "From" header; skipped/,
      ),
      expect.stringMatching(
        /gmail-takeout\.mbox: message 10 \(line 165\): no end of headers, the archive looks truncated; skipped/,
      ),
    ]);
    expect(mails).toHaveLength(8);
    // mboxrd: a body line written as ">From" is "From" in the message; the attachment is not text.
    expect(mails[1]!.text).toBe(
      'Hello John, thank you for your interest. Please find attached our product overview.\nFrom our side, I can arrange a demo this week.',
    );
    expect(mails[5]!.text).toBe(
      'Sehr geehrte Frau Ivanova, bitte senden Sie uns das Angebot bis Freitag. Grüße',
    );
    expect(mails[7]!.author.name).toBe('Иван Петров');
    expect(mails[7]!.subject).toBe('Коммерческое предложение 👍');

    const threads = threadMails(mails);
    expect(threads.map((t) => [t.title, t.messages.length])).toEqual([
      ['Warehouse reporting', 4],
      ['Angebot', 2],
      ['Коммерческое предложение 👍', 1],
    ]);
    // The Outlook reply had no References: it joins by subject; its "Original Message" and "Sent from my iPhone" are gone.
    expect(threads[0]!.messages[2]!.text).toBe(
      "I'm sorry Marina that I have not been in contact with you for some time. I took my family and kids to the Lakeside and we enjoyed some time by the beach. 🏖",
    );
  });

  it('reads CRLF archives and messages larger than a read chunk', async () => {
    const dir = tempDir();
    const crlf = join(dir, 'crlf.mbox');
    writeFileSync(
      crlf,
      readFileSync(fixture('gmail-takeout.mbox')).toString('latin1').replace(/\n/g, '\r\n'),
      'latin1',
    );
    expect((await readMbox(crlf)).map((m) => m.text)).toEqual(
      (await readMbox(fixture('gmail-takeout.mbox'))).map((m) => m.text),
    );

    const big = join(dir, 'big.mbox');
    const attachment = Buffer.alloc(600_000, 7).toString('base64').replace(/.{76}/g, '$&\n');
    const message = (i: number) =>
      `From x@xxx Mon Jul 06 15:00:00 +0000 2026\nFrom: John <john@example.com>\nSubject: Deal\nMessage-ID: <m${i}@x>\n` +
      `Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nNote ${i}.\n--b\n` +
      `Content-Type: application/octet-stream; name=a.bin\nContent-Transfer-Encoding: base64\n\n${attachment}\n--b--\n\n`;
    writeFileSync(big, Array.from({ length: 5 }, (_, i) => message(i)).join(''));
    expect((await readMbox(big)).map((m) => m.text)).toEqual([0, 1, 2, 3, 4].map((i) => `Note ${i}.`));
  });

  it('is recognised by its separator line, not by any text starting with "From "', () => {
    expect(looksLikeMbox('From 1838000000000000001@xxx Mon Jul 06 15:00:00 +0000 2026\n')).toBe(true);
    expect(looksLikeMbox('From MAILER-DAEMON Thu Nov 26 15:20:15 2026\n')).toBe(true);
    expect(looksLikeMbox('From the team: welcome aboard\n')).toBe(false);
  });

  it('rejects a file that is not an archive with its line', async () => {
    await expect(readMbox(fixture('not-an-archive.mbox'))).rejects.toThrow(
      /not-an-archive\.mbox: line 1: expected an mbox archive/,
    );
  });
});

describe('loadThread on email', () => {
  it('checks the latest rep message of the newest thread, with cultures from the contacts file or guessed', async () => {
    const notes: string[] = [];
    const thread = await loadThread(fixture('gmail-takeout.mbox'), {
      me: 'Marina@Acme.ru',
      onNote: (note) => notes.push(note),
    });
    expect(thread.draft).toMatchObject({
      text: 'So, do you want to buy our product?',
      at: '2026-09-02T20:00:00.000Z',
    });
    expect(thread.messages).toHaveLength(3);
    expect(thread.participants).toEqual([
      { id: 'john-carter', name: 'John Carter', role: 'client', culture: 'US' },
      { id: 'marina-ivanova', name: 'Marina Ivanova', role: 'rep', culture: 'RU', cultureGuessed: true },
    ]);
    expect(notes).toContainEqual(
      expect.stringMatching(/Marina Ivanova: country RU is a guess from the \.ru email domain/),
    );
  });

  it('gives every thread with a message from me and someone else, whole, for an audit', async () => {
    const threads = await loadThreads(fixture('gmail-takeout.mbox'), { me: 'marina@acme.ru' });
    expect(
      threads.map((t) => [t.participants.map((p) => p.name).join(' & '), t.messages.length, t.draft]),
    ).toEqual([
      ['John Carter & Marina Ivanova', 4, undefined],
      ['Hans Müller & Marina Ivanova', 2, undefined],
    ]);
  });

  it('keeps every message as history when the draft is given apart', async () => {
    const thread = await loadThread(fixture('client-cyrillic-html.eml'), {
      me: 'marina@acme.ru',
      draftGiven: true,
    });
    expect(thread.draft).toBeUndefined();
    expect(thread.messages.map((m) => m.from)).toEqual(['марина-иванова', 'иван-петров']);
  });

  it.each([
    [
      {},
      /which participant is you\? pass --me NAME\|EMAIL, one of: Marina Ivanova <marina@acme\.ru>, John Carter/,
    ],
    [{ me: 'boss@acme.ru' }, /--me "boss@acme\.ru" matches none of the participants/],
    [
      { me: 'marina@acme.ru', contacts: '/nonexistent/contacts.json' },
      /contacts\.json: no such contacts file/,
    ],
  ])('says what is missing: %o', async (options, message) => {
    await expect(loadThread(fixture('marina-reply-gmail.eml'), options)).rejects.toThrow(message);
  });
});

describe('country guesses', () => {
  it.each([
    ['ivan@romashka.ru', 'RU'],
    ['a@firm.co.uk', 'GB'],
    ['b@mueller-gmbh.de', 'DE'],
    ['c@startup.io', undefined],
    ['d@gmail.com', undefined],
  ])('email %s -> %s', (email, country) => {
    expect(countryFromEmail(email)?.country).toBe(country);
  });
  it.each([
    ['+7 916 123-45-67', 'RU'],
    ['+7 701 123 4567', 'KZ'],
    ['+1 (415) 555-0100', 'US'],
    ['00 49 170 1234567', 'DE'],
    ['+380 44 123 4567', 'UA'],
    ['8 916 123-45-67', undefined],
  ])('phone %s -> %s', (phone, country) => {
    expect(countryFromPhone(phone)?.country).toBe(country);
  });
  it('normalises reply prefixes in several languages', () => {
    expect(normaliseSubject('RE: AW: Fwd: [EXT] Angebot')).toBe('angebot');
    expect(normaliseSubject('Ответ: Re[2]: Счёт')).toBe('счёт');
  });
});
