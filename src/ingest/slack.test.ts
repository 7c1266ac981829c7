import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThread } from './index.ts';
import { readSlackExport, slackText } from './slack.ts';

const EXPORT = join(
  import.meta.dirname,
  '..',
  '..',
  'test',
  'fixtures',
  'ingest',
  'slack',
  'acme-northwind-export',
);

describe('Slack export folder', () => {
  it('reads channels and DMs day by day, names from users.json, markup as text, broken days skipped with a note', async () => {
    const notes: string[] = [];
    const conversations = await readSlackExport(EXPORT, (note) => notes.push(note));
    expect(notes).toEqual([
      expect.stringMatching(/broken-day[/\\]2026-08-01\.json: invalid JSON.*; skipped$/),
    ]);
    expect(conversations.map((c) => c.title)).toEqual(['Marina Ivanova, John Carter', '#northwind-deal']);
    const [dm, channel] = conversations;
    expect(channel!.messages.map((m) => [m.author.name, m.at, m.text])).toEqual([
      [
        'John Carter',
        '2026-07-06T15:00:00.000Z',
        'Hi @Marina Ivanova, thanks for reaching out. Can you send me some info on your platform?',
      ],
      [
        'Marina Ivanova',
        '2026-07-07T07:00:00.000Z',
        'Hello John, thank you for your interest. @Павел can run a demo & answer questions.',
      ],
      ['Павел', '2026-07-07T07:05:00.000Z', '(attachment: Acme architecture.pdf)'],
    ]);
    expect(dm!.messages.map((m) => m.author.email)).toEqual([
      'john@northwind-logistics.com',
      'marina@acme.ru',
    ]);
  });

  it('checks the newest rep message: the DM', async () => {
    const thread = await loadThread(EXPORT, { me: 'marina@acme.ru' });
    expect(thread.draft?.text).toBe('So, do you want to buy our product?');
    expect(thread.messages[0]!.text).toMatch(/Lakeside/);
    expect(thread.participants.find((p) => p.role === 'rep')).toMatchObject({
      culture: 'RU',
      cultureGuessed: true,
    });
  });

  it('turns Slack markup into what a person reads', () => {
    const people = new Map([['U1', { name: 'Ann' }]]);
    expect(
      slackText(
        '<!here> <@U1> see <#C1|sales> and <https://x.example> or <mailto:a@b.c|mail me> &lt;3',
        people,
      ),
    ).toBe('@here @Ann see #sales and https://x.example or mail me <3');
  });

  it('says what is missing in a folder that is not an export', async () => {
    await expect(loadThread(join(EXPORT, 'northwind-deal'), { me: 'x' })).rejects.toThrow(
      /northwind-deal: is a directory, expected a thread file or an unzipped Slack export/,
    );
  });
});
