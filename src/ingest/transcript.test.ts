import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.ts';
import { parseThreadText } from './index.ts';
import { looksLikeTranscript, parseTranscript, transcriptTimestamp } from './transcript.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

function errorOf(text: string, file = 'chat.txt'): string {
  try {
    parseTranscript(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('transcript', () => {
  it('reads the founding case as the same thread as its JSON', () => {
    const fromText = parseThreadText(readFileSync(join(EXAMPLES, 'founding-case.txt'), 'utf8'), 'case.txt');
    const fromJson = parseThreadText(readFileSync(join(EXAMPLES, 'founding-case.json'), 'utf8'), 'case.json');
    const nameOf = (thread: typeof fromJson, id: string) =>
      thread.participants.find((p) => p.id === id)!.name;
    const strip = (thread: typeof fromJson) => ({
      participants: thread.participants.map(({ name, role, culture }) => ({ name, role, culture })),
      messages: thread.messages.map((m) => ({ ...m, from: nameOf(thread, m.from) })),
      draft: thread.draft && { ...thread.draft, from: nameOf(thread, thread.draft.from) },
    });
    expect(strip(fromText)).toEqual(strip(fromJson));
  });

  it('joins continuation lines, keeps paragraphs, skips comments, and knows names after their first line', () => {
    const thread = parseTranscript(
      [
        '# pasted from Outlook',
        '[2026-09-01] Иван Петров (client, ru): Добрый день, Марина!',
        'Мы вернулись из отпуска 🏖️, дети в восторге.',
        '',
        'Note: the board meets on Friday.',
        '[2026-09-02T09:30:00+03:00] Marina Ivanova (rep, RU): Рада слышать!',
        'Иван Петров: Спасибо (правда).',
        '',
        '[draft] Marina Ivanova: Итак, вы покупаете?',
      ].join('\r\n'),
      'chat.txt',
    );
    expect(thread.participants).toEqual([
      { id: 'иван-петров', name: 'Иван Петров', role: 'client', culture: 'RU' },
      { id: 'marina-ivanova', name: 'Marina Ivanova', role: 'rep', culture: 'RU' },
    ]);
    expect(thread.messages).toEqual([
      {
        from: 'иван-петров',
        at: '2026-09-01',
        text: 'Добрый день, Марина!\nМы вернулись из отпуска 🏖️, дети в восторге.\n\nNote: the board meets on Friday.',
      },
      { from: 'marina-ivanova', at: '2026-09-02T09:30:00+03:00', text: 'Рада слышать!' },
      { from: 'иван-петров', text: 'Спасибо (правда).' },
    ]);
    expect(thread.draft).toEqual({ from: 'marina-ivanova', text: 'Итак, вы покупаете?' });
  });

  it('reads timestamps: date, date and time (UTC), seconds, ISO with a zone', () => {
    expect(transcriptTimestamp('2026-09-02')).toBe('2026-09-02');
    expect(transcriptTimestamp('2026-09-02 14:00')).toBe('2026-09-02T14:00:00Z');
    expect(transcriptTimestamp('2026-09-02 14:00:15')).toBe('2026-09-02T14:00:15Z');
    expect(transcriptTimestamp('2026-09-02T14:00:00.5-05:00')).toBe('2026-09-02T14:00:00.5-05:00');
    expect(transcriptTimestamp('2026-02-31')).toBeUndefined();
    expect(transcriptTimestamp('2026-09-02 25:00')).toBeUndefined();
    expect(transcriptTimestamp('02/09/2026')).toBeUndefined();
  });

  it('recognises a transcript by its content, not by a JSON-looking "["', () => {
    expect(looksLikeTranscript('\n# notes\n[2026-09-02 14:00] John (client, US): hi')).toBe(true);
    expect(looksLikeTranscript('John (client, US): hi')).toBe(true);
    expect(looksLikeTranscript('[draft] Marina (rep): hi')).toBe(true);
    expect(looksLikeTranscript('[{"participants": []}]')).toBe(false);
    expect(looksLikeTranscript('Dear John: hello')).toBe(false);
    const thread = parseThreadText(
      '[2026-09-02] John (client, US): Hi\n[draft] Marina (rep, RU): Hello',
      'pasted',
    );
    expect(thread.draft?.text).toBe('Hello');
  });

  it.each([
    [
      'text before any message',
      'Hello there\nJohn (client, US): hi',
      /chat\.txt: line 1: expected a message line such as/,
    ],
    [
      'an unknown name without a role',
      'John (client, US): hi\n[2026-09-02] Marina: hello',
      /line 2: first line of "Marina": expected the role and country/,
    ],
    [
      'a bad role',
      '[2026-09-02] John (customer, US): hi',
      /line 1: expected the role and country after the name, such as "\(client, US\)".*got "\(customer, US\)"/,
    ],
    [
      'a bad country',
      'John (client, USA): hi\n[draft] Marina (rep, RU): x',
      /line 1: expected an ISO 3166-1 alpha-2 country code .* got "USA"/,
    ],
    [
      'a bad timestamp',
      'John (client, US): hi\n[2026-13-01 10:00] Marina (rep, RU): x',
      /line 2: expected a timestamp such as \[2026-09-02\].*got \[2026-13-01 10:00\]/,
    ],
    [
      'a role that changes',
      'John (client, US): hi\nJohn (rep, US): x',
      /line 2: "John" was given as client earlier, here as rep/,
    ],
    [
      'a message after the draft',
      'John (client, US): hi\n[draft] Marina (rep, RU): x\nJohn: more',
      /line 3: the draft \(line 2\) must be the last message/,
    ],
    [
      'a draft by the client',
      'Marina (rep, RU): hi\n[draft] John (client, US): x',
      /line 2: the draft must be written by the rep, but "John" is a client/,
    ],
    [
      'an empty message',
      'John (client, US):\nMarina (rep, RU): x',
      /line 1: expected the message text after the colon/,
    ],
    [
      'no rep',
      'John (client, US): hi\nJane (client, GB): hello',
      /participants: expected one participant with role "rep"/,
    ],
    ['only comments', '# nothing here\n\n', /chat\.txt: the transcript is empty/],
  ])('rejects %s with the file and line', (_name, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });
});
