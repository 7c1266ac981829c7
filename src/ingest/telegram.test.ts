import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThread } from './index.ts';
import { parseTelegram } from './telegram.ts';

const DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest', 'telegram');
const read = (name: string) => JSON.parse(readFileSync(join(DIR, name), 'utf8'));

describe('Telegram Desktop export', () => {
  it('joins text entities, keeps media as attachments and stickers as their emoji, skips service entries', () => {
    const [chat] = parseTelegram(read('chat/result.json'), 'result.json');
    expect(chat!.title).toBe('Иван Петров');
    expect(chat!.messages.map((m) => [m.author.name, m.at, m.text])).toEqual([
      [
        'Марина Иванова',
        '2026-08-31T09:10:00.000Z',
        'Иван, добрый день! Отправляю коммерческое предложение. Вы приняли решение?',
      ],
      ['Марина Иванова', '2026-08-31T09:10:30.000Z', '(attachment: КП Acme 2026.pdf)'],
      [
        'Иван Петров',
        '2026-09-02T18:45:03.000Z',
        'Добрый вечер! Простите, что пропал 🙏\nМы с семьёй были на Байкале, https://baikal.example/photos дети в восторге 🏞️',
      ],
      ['Иван Петров', '2026-09-02T18:45:40.000Z', '(attachment: photo)'],
      ['Иван Петров', '2026-09-02T18:46:00.000Z', '😄'],
      ['Марина Иванова', '2026-09-03T08:10:00.000Z', 'Итак, вы покупаете?'],
    ]);
  });

  it('reads a whole-account export as one conversation per chat, deleted accounts included', () => {
    const chats = parseTelegram(read('account/result.json'), 'result.json');
    expect(chats.map((c) => [c.title, c.messages.length])).toEqual([
      ['Иван Петров', 6],
      ['John Carter', 3],
    ]);
    expect(chats[1]!.messages[2]!.author.name).toBe('Deleted account user400');
  });

  it('checks the chat with the newest message from the account owner', async () => {
    // A whole-account export names its owner: --me is not needed.
    const thread = await loadThread(join(DIR, 'account', 'result.json'));
    expect(thread.draft?.text).toBe('Итак, вы покупаете?');
    expect(thread.participants.map((p) => [p.name, p.role])).toEqual([
      ['Марина Иванова', 'rep'],
      ['Иван Петров', 'client'],
    ]);
  });

  it('names the file and the place of a problem', async () => {
    await expect(loadThread(join(DIR, 'truncated-result.json'), { me: 'x' })).rejects.toThrow(
      /truncated-result\.json: invalid JSON/,
    );
    await expect(loadThread(join(DIR, 'bad-text-result.json'), { me: 'x' })).rejects.toThrow(
      'bad-text-result.json: messages[3].text: expected a string or an array of text parts',
    );
  });
});
