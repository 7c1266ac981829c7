import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseColumnSpec, parseCsv } from './csv.ts';
import { loadThread } from './index.ts';

const DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest', 'csv');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('LinkedIn messages.csv', () => {
  it('groups by conversation, puts newest-first rows in order, keeps multi-line content, attachments and HTML InMail text', () => {
    const [deal, inmail] = parseCsv(read('messages.csv'), 'messages.csv');
    expect(deal!.messages.map((m) => [m.author.name, m.at, m.text])).toEqual([
      [
        'John Carter',
        '2026-07-06T15:00:00.000Z',
        'Hi Marina, thanks for reaching out. Can you send me some info on your platform?',
      ],
      [
        'Marina Ivanova',
        '2026-07-07T07:00:00.000Z',
        'Hello John, thank you for your interest. I can arrange a demo this week.',
      ],
      ['Marina Ivanova', '2026-07-07T07:01:00.000Z', '(attachment: overview.pdf)'],
      [
        'John Carter',
        '2026-09-02T14:00:00.000Z',
        "I'm sorry Marina that I have not been in contact with you for some time.\nI took my family and kids to the Lakeside and we enjoyed some time by the beach. 🏖️",
      ],
      ['Marina Ivanova', '2026-09-02T15:00:00.000Z', 'So, do you want to buy our product?'],
    ]);
    expect(inmail!.title).toBe('Sponsored Conversation');
    expect(inmail!.messages[0]!.text).toBe(
      'Марина, добрый день!\nПредлагаю обсудить партнёрство & интеграцию.',
    );
  });

  it('checks the rep’s latest message; the client’s country comes from --reader or contacts, not from a name', async () => {
    const thread = await loadThread(join(DIR, 'messages.csv'), { me: 'Marina Ivanova' });
    expect(thread.draft?.text).toBe('So, do you want to buy our product?');
    expect(thread.messages).toHaveLength(4);
    expect(thread.participants.every((p) => p.culture === undefined)).toBe(true);
  });
});

describe('generic CSV', () => {
  it('reads a German Excel export (semicolons, BOM) with a column mapping, guessing countries from emails', async () => {
    const notes: string[] = [];
    const thread = await loadThread(join(DIR, 'crm-export.csv'), {
      me: 'marina@acme.ru',
      columns: 'from=Absender,email=E-Mail,at=Gesendet,text=Nachricht,thread=Ticket',
      onNote: (note) => notes.push(note),
    });
    expect(thread.messages[0]).toEqual({
      from: 'hans-müller',
      at: '2026-08-01T09:00:00.000Z',
      text: 'Guten Tag, Frau Ivanova. Meine Tochter hat geheiratet, daher war ich eine Woche weg.',
    });
    expect(thread.draft?.text).toBe('Bitte bestätigen Sie den Auftrag bis Freitag.');
    expect(thread.participants.map((p) => [p.name, p.role, p.culture, p.cultureGuessed])).toEqual([
      ['Hans Müller', 'client', 'DE', true],
      ['Marina Ivanova', 'rep', 'RU', true],
    ]);
    expect(notes).toHaveLength(2);
  });

  it.each([
    ['unclosed-quote.csv', undefined, /unclosed-quote\.csv: line \d+: invalid CSV: Quote Not Closed/],
    [
      'bad-date.csv',
      undefined,
      /bad-date\.csv: line 2: column "date": expected a date and time .* got "yesterday evening"/,
    ],
    [
      'crm-export.csv',
      undefined,
      /crm-export\.csv: which column is the sender\? pass --columns "from=HEADER"; the columns are: Ticket, Absender/,
    ],
    ['crm-export.csv', 'from=Sender', /crm-export\.csv: no column "Sender" for from/],
  ])('%s %s: a clear error', (file, columns, message) => {
    expect(() => parseCsv(read(file), file, columns ? parseColumnSpec(columns) : undefined)).toThrow(message);
  });

  it('rejects a malformed --columns', () => {
    expect(() => parseColumnSpec('sender=From')).toThrow(
      /--columns: expected FIELD=HEADER pairs .* got "sender=From"/,
    );
  });
});
