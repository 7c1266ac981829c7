/**
 * WhatsApp "Export chat" .txt. The line format depends on the phone and its locale:
 *
 *   iOS:      [02.09.26, 14:00:12] John Carter: text
 *   Android:  9/2/26, 2:00 PM - John Carter: text        (US; 12-hour, often with U+202F before PM)
 *             02/09/2026, 14:00 - Иван: текст             (most other locales; also "02.09.26")
 *
 * Lines that do not start with a timestamp continue the message above. Day/month order is decided
 * for the whole file (a first field over 12 means day first); times have no zone and are read as UTC.
 */
import { InputError } from '../core/errors.ts';
import type { Author, Conversation, SourceMessage } from './conversation.ts';

// Bidi marks WhatsApp puts around phone numbers and before media lines.
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE =
  /^\[?(?<a>\d{1,4})[./-](?<b>\d{1,2})[./-](?<c>\d{2,4})(?<comma>,)?\s+(?<h>\d{1,2})[:.](?<m>\d{2})(?:[:.](?<s>\d{2}))?(?:[\s\u202f]*(?<ampm>[AaPp]\.?\s?[Mm]\.?))?(?:(?<bracket>\])\s*|\s+[-–]\s+)(?<rest>.*)$/u;
const MEDIA =
  /^(?:<(?:Media omitted|Медиа отсутствуют|Медиафайл отсутствует|Medien ausgeschlossen|attached: [^>]+)>|(?:image|video|audio|sticker|GIF|document) omitted|.+\s•\s\d+ (?:pages?|страниц\S*).*)$/iu;
// System lines that can contain ": " themselves: 'Ann changed the subject from "A" to "B: C"'.
const SYSTEM =
  /^[^:]*(?:changed the subject|changed the group description|изменил\S* тему|изменил\S* описание)/u;
const DELETED =
  /^(?:This message was deleted|You deleted this message|Данное сообщение удалено|Вы удалили данное сообщение|Diese Nachricht wurde gelöscht)\.?$/iu;

interface Stamp {
  /** The two date fields besides the year, in file order: day and month in an order decided per file. */
  a: number;
  b: number;
  year: number;
  /** 2026-09-02: year, month, day; `a` is then the month. */
  yearFirst: boolean;
  twelveHour: boolean;
  hour: number;
  minute: number;
  second: number;
}

/** A chat line's parts; iOS always writes "[date, time]", so a bracket without the comma is not WhatsApp's. */
function matchLine(line: string): Record<string, string | undefined> | undefined {
  const groups = LINE.exec(line.replace(BIDI, ''))?.groups;
  return groups && !(groups.bracket && !groups.comma) ? groups : undefined;
}

export function looksLikeWhatsApp(text: string): boolean {
  const first = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .find((line) => line.trim() !== '');
  return first !== undefined && matchLine(first) !== undefined;
}

export function parseWhatsApp(raw: string, file: string, onNote?: (note: string) => void): Conversation {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const entries: { stamp: Stamp; author?: string; text: string; line: number }[] = [];
  lines.forEach((rawLine, index) => {
    const line = rawLine.replace(BIDI, '');
    const g = matchLine(line);
    if (!g) {
      const previous = entries.at(-1);
      if (previous) previous.text += `\n${line}`;
      else if (line.trim() !== '')
        throw new InputError(
          `${file}: line ${index + 1}: expected a WhatsApp chat line such as "02/09/2026, 14:00 - John: text"`,
        );
      return;
    }
    let hour = Number(g.h);
    const ampm = g.ampm?.toLowerCase().replace(/[.\s]/g, '');
    if (ampm) hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
    const yearFirst = g.a!.length === 4;
    const year = Number(yearFirst ? g.a : g.c);
    const stamp = {
      a: Number(yearFirst ? g.b : g.a),
      b: Number(yearFirst ? g.c : g.b),
      year: year < 100 ? 2000 + year : year,
      yearFirst,
      twelveHour: ampm !== undefined,
      hour,
      minute: Number(g.m),
      second: Number(g.s ?? 0),
    };
    // "Name: text"; a line without a name is a system message ("Messages are end-to-end encrypted").
    const colon = g.rest!.indexOf(': ');
    const author = colon > 0 && !SYSTEM.test(g.rest!) ? g.rest!.slice(0, colon).trim() : undefined;
    entries.push({ stamp, author, text: colon > 0 ? g.rest!.slice(colon + 2) : g.rest!, line: index + 1 });
  });

  const dayFirst = decideDayFirst(entries.map((e) => e.stamp));
  const messages: SourceMessage[] = [];
  let deleted = 0;
  for (const entry of entries) {
    if (!entry.author) continue;
    const text = entry.text.trim();
    if (DELETED.test(text)) {
      deleted++;
      continue;
    }
    const at = isoOf(entry.stamp, dayFirst);
    if (!at) throw new InputError(`${file}: line ${entry.line}: not a real date and time`);
    messages.push({
      author: authorOf(entry.author),
      at,
      text: MEDIA.test(text) ? `(attachment: ${text.replace(/^<|>$/g, '')})` : text,
      place: `line ${entry.line}`,
    });
  }
  if (deleted > 0) onNote?.(`${file}: ${deleted} deleted message(s) have no text; skipped`);
  return { title: file, messages };
}

/**
 * Whether "02/09" is 2 September: a first field over 12 settles it, so does a second one; else
 * 12-hour clocks suggest the US (month first) and everything else day first.
 */
function decideDayFirst(stamps: Stamp[]): boolean {
  const ordered = stamps.filter((s) => !s.yearFirst);
  if (ordered.some((s) => s.a > 12)) return true;
  if (ordered.some((s) => s.b > 12)) return false;
  return !ordered.some((s) => s.twelveHour);
}

function isoOf(stamp: Stamp, dayFirst: boolean): string | undefined {
  const [month, day] = stamp.yearFirst || !dayFirst ? [stamp.a, stamp.b] : [stamp.b, stamp.a];
  const year = stamp.year;
  const date = new Date(Date.UTC(year, month - 1, day, stamp.hour, stamp.minute, stamp.second));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1 || stamp.hour > 23 || stamp.minute > 59)
    return undefined;
  return date.toISOString();
}

function authorOf(label: string): Author {
  return /^\+?[\d\s()-]{7,}$/.test(label) ? { phone: label } : { name: label };
}
