/**
 * Readers for the public human-labelled data sets in ../shared/data (never copied into the
 * repository). Each returns null with a one-line reason when its files are missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export type Missing = { missing: string };

/** Reddit exports spell some characters as the literal text `<U+0092>`. */
export function normaliseUnicodeEscapes(text: string): string {
  return text.replace(/<U\+([0-9A-Fa-f]{4,6})>/g, (_, hex: string) => {
    const code = Number.parseInt(hex, 16);
    // 0x80-0x9F are Windows-1252 positions in these files: 0x92 is a right single quote.
    const cp1252: Record<number, string> = { 145: '‘', 146: '’', 147: '“', 148: '”', 150: '–', 151: '—' };
    return cp1252[code] ?? String.fromCodePoint(code);
  });
}

export interface DisclosureRow {
  key: string;
  text: string;
  information: boolean;
  emotional: boolean;
  emoSupport: boolean;
}

/** OffMyChest (CL-Aff 2020) sentences with self-disclosure and support labels. */
export function readDisclosure(dataDir: string): DisclosureRow[] | Missing {
  const file = join(dataDir, 'disclosure', 'labeled_training_set.csv');
  if (!existsSync(file)) return { missing: file };
  const rows = parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
  }) as Record<string, string>[];
  const seen = new Set<string>();
  const out: DisclosureRow[] = [];
  for (const row of rows) {
    const text = normaliseUnicodeEscapes(row.full_text ?? '').trim();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push({
      key: text,
      text,
      information: row.Information_disclosure === '1',
      emotional: row.Emotional_disclosure === '1',
      emoSupport: row.Emo_support === '1',
    });
  }
  return out;
}

export interface RequestRow {
  key: string;
  text: string;
  request: boolean;
}

/** Parakweet Labs Email Intent data (Enron): `Yes|No<TAB>sentence`. */
export function readRequests(dataDir: string): RequestRow[] | Missing {
  const file = join(dataDir, 'requests', 'Ask0729-fixed.txt');
  if (!existsSync(file)) return { missing: file };
  const seen = new Set<string>();
  const out: RequestRow[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^(Yes|No)\t(.+)$/.exec(line);
    if (!m) continue;
    const text = m[2]!.trim();
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ key: text, text, request: m[1] === 'Yes' });
  }
  return out;
}

export interface PolitenessRow {
  key: string;
  text: string;
  score: number;
}

/** Stanford Politeness Corpus, Wikipedia requests with normalised politeness scores. */
export function readPoliteness(dataDir: string): PolitenessRow[] | Missing {
  const file = join(dataDir, 'politeness', 'wikipedia.annotated.csv');
  if (!existsSync(file)) return { missing: file };
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return rows
    .map((row) => ({
      key: row.Id ?? '',
      text: row.Request ?? '',
      score: Number(row['Normalized Score']),
    }))
    .filter((r) => r.key && r.text && Number.isFinite(r.score));
}

/** The paper's quartile thresholds on `Normalized Score` (Danescu-Niculescu-Mizil et al. 2013). */
export const POLITE_AT = 0.5144;
export const IMPOLITE_AT = -0.4426;
