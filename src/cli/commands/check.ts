/** `rapport check` and `rapport rewrite`. */
import { parseArgs } from 'node:util';
import pc from 'picocolors';
import { check, type Report } from '../../core/check.ts';
import { normaliseCountry } from '../../core/culture/country.ts';
import { formatJson } from '../../core/format/json.ts';
import { formatSarif } from '../../core/format/sarif.ts';
import { plain, type Styler } from '../../core/format/styler.ts';
import { formatStylish } from '../../core/format/stylish.ts';
import type { Lang } from '../../core/rules/types.ts';
import { loadThread } from '../../ingest/index.ts';
import { VERSION } from '../help.ts';
import { oneOf, UsageError } from '../usage.ts';

const OPTIONS = {
  'draft-text': { type: 'string' },
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  writer: { type: 'string' },
  reader: { type: 'string' },
  now: { type: 'string' },
  me: { type: 'string' },
  contacts: { type: 'string' },
  columns: { type: 'string' },
} as const;

interface Checked {
  report: Report;
  draft: string;
  file: string;
  format: 'stylish' | 'json' | 'sarif';
}

export function country(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = normaliseCountry(value);
  if (!code)
    throw new UsageError(
      `--${option}: expected an ISO 3166-1 alpha-2 country code such as "US", got "${value}"`,
    );
  return code;
}

async function checkFromArgs(args: string[], command: string): Promise<Checked> {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length !== 1)
    throw new UsageError(
      `${command}: expected one FILE, got ${positionals.length}; usage: rapport ${command} FILE [options]`,
    );
  const file = positionals[0]!;
  const format = oneOf('format', values.format, ['stylish', 'json', 'sarif'] as const, 'stylish');
  const lang: Lang = oneOf('lang', values.lang, ['en', 'ru'] as const, 'en');
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime()))
      throw new UsageError(
        `--now: expected an ISO 8601 date-time such as "2026-09-09T08:00:00Z", got "${values.now}"`,
      );
  }
  const thread = await loadThread(file, {
    me: values.me,
    contacts: values.contacts,
    columns: values.columns,
    draftGiven: values['draft-text'] !== undefined,
    onNote: (note) => process.stderr.write(`rapport: note: ${note}\n`),
  });
  const report = check(thread, {
    lang,
    writerCulture: country('writer', values.writer),
    readerCulture: country('reader', values.reader),
    draftText: values['draft-text'],
    now,
  });
  const draft = values['draft-text'] ?? thread.draft?.text ?? '';
  return { report, draft, file, format };
}

export async function runCheck(args: string[]): Promise<number> {
  const { report, draft, file, format } = await checkFromArgs(args, 'check');
  const tool = { name: 'rapport', version: VERSION };
  const styler: Styler = process.stdout.isTTY && !process.env.NO_COLOR ? pc : plain;
  const out =
    format === 'json'
      ? formatJson(report, tool)
      : format === 'sarif'
        ? formatSarif(report, draft, file, tool)
        : formatStylish(report, draft, file, styler);
  process.stdout.write(out);
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

export async function runRewrite(args: string[]): Promise<number> {
  const { report } = await checkFromArgs(args, 'rewrite');
  process.stdout.write(`${report.rewrite.text}\n`);
  return 0;
}
