import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThread } from './index.ts';
import { looksLikeWhatsApp, parseWhatsApp } from './whatsapp.ts';

const DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest', 'whatsapp');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('WhatsApp chat export', () => {
  it('reads Android US: 12-hour clock with U+202F, month first, multi-line messages, media, deleted and system lines', () => {
    const notes: string[] = [];
    const chat = parseWhatsApp(read('android-us.txt'), 'chat.txt', (note) => notes.push(note));
    expect(chat.messages.map((m) => [m.author.name, m.at, m.text])).toEqual([
      [
        'John Carter',
        '2026-07-06T10:00:00.000Z',
        'Hi Marina, thanks for reaching out. Can you send me some info on your platform?',
      ],
      [
        'Marina Ivanova',
        '2026-07-07T07:00:00.000Z',
        'Hello John, thank you for your interest.\nHere is our overview:',
      ],
      ['Marina Ivanova', '2026-07-07T07:01:00.000Z', '(attachment: Media omitted)'],
      ['John Carter', '2026-08-26T12:00:00.000Z', 'Have a good weekend, Marina 😊'],
      [
        'John Carter',
        '2026-09-02T14:00:00.000Z',
        "I'm sorry Marina that I have not been in contact with you for some time. I took my family and kids to the Lakeside and we enjoyed some time by the beach.",
      ],
      ['Marina Ivanova', '2026-09-02T15:00:00.000Z', 'So, do you want to buy our product?'],
    ]);
    expect(notes).toEqual(['chat.txt: 1 deleted message(s) have no text; skipped']);
  });

  it('reads iOS Russian: brackets, dotted dates, seconds, bidi marks around a phone number, a BOM', () => {
    const chat = parseWhatsApp(read('ios-ru.txt'), 'chat.txt');
    expect(chat.messages.map((m) => [m.author, m.at, m.text])).toEqual([
      [{ name: 'Марина Иванова' }, '2026-09-01T09:30:12.000Z', 'Иван, добрый день! Вы приняли решение?'],
      [
        { phone: '+7 916 123-45-67' },
        '2026-09-02T18:45:03.000Z',
        'Добрый вечер! Простите, что пропал 🙏\nМы с семьёй были на Байкале, дети в восторге 🏞️',
      ],
      [{ phone: '+7 916 123-45-67' }, '2026-09-02T18:45:40.000Z', '(attachment: image omitted)'],
      [{ name: 'Марина Иванова' }, '2026-09-03T08:10:00.000Z', 'Итак, вы покупаете?'],
    ]);
  });

  it('reads an undecidable 01.02.26 as day first (German Android)', () => {
    expect(parseWhatsApp(read('android-de.txt'), 'chat.txt').messages[0]!.at).toBe(
      '2026-02-01T09:00:00.000Z',
    );
  });

  it('names the file and line of what it cannot read', () => {
    expect(() => parseWhatsApp(read('broken.txt'), 'broken.txt')).toThrow(
      'broken.txt: line 1: expected a WhatsApp chat line such as "02/09/2026, 14:00 - John: text"',
    );
    expect(() => parseWhatsApp(read('bad-date.txt'), 'bad.txt')).toThrow(
      'bad.txt: line 1: not a real date and time',
    );
  });

  it('is told apart from a transcript', () => {
    expect(looksLikeWhatsApp(read('ios-ru.txt'))).toBe(true);
    expect(looksLikeWhatsApp('[2026-09-02 14:00] John Carter (client, US): hi')).toBe(false);
  });

  it('becomes a thread: the rep by name or phone, the client guessed from the calling code', async () => {
    const notes: string[] = [];
    const thread = await loadThread(join(DIR, 'ios-ru.txt'), {
      me: 'Марина Иванова',
      onNote: (n) => notes.push(n),
    });
    expect(thread.draft?.text).toBe('Итак, вы покупаете?');
    expect(thread.participants.find((p) => p.role === 'client')).toMatchObject({
      name: '+7 916 123-45-67',
      culture: 'RU',
      cultureGuessed: true,
    });
    expect(notes).toContainEqual(expect.stringMatching(/country RU is a guess from the \+7 phone number/));
    const us = await loadThread(join(DIR, 'android-us.txt'), { me: 'marina ivanova' });
    expect(us.messages.at(-1)?.text).toMatch(/Lakeside/);
  });
});
