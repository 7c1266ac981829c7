/**
 * `rapport audit PATH... --me NAME|EMAIL`: every rep message in every thread is checked against what
 * came before it, as if it were the draft. Files that cannot be read are reported and skipped; the
 * rest is still audited. Output: a JSON summary (totals per rule, rep and client), CSV (one row per
 * finding) or a self-contained HTML page.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalysisCache } from '../../core/analysis.ts';
import { check } from '../../core/check.ts';
import { InputError } from '../../core/errors.ts';
import type { Lang } from '../../core/rules/types.ts';
import type { Thread } from '../../core/thread.ts';
import { type LoadOptions, loadThreads } from '../../ingest/index.ts';
import { looksLikeSlackExport } from '../../ingest/slack.ts';
import { VERSION } from '../help.ts';
import { oneOf, UsageError } from '../usage.ts';
import { country } from './check.ts';

const SOURCE_EXTENSIONS = /\.(json|txt|transcript|eml|mbox|csv|tsv)$/i;
const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
type Severity = (typeof SEVERITIES)[number];
type Counts = Record<Severity, number>;

export interface AuditFinding {
  file: string;
  thread: number;
  /** Index of the checked rep message in its thread. */
  message: number;
  at?: string;
  rep: string;
  client: string;
  ruleId: string;
  severity: Severity;
  text: string;
  finding: string;
  fix?: string;
  /** Whether the client wrote again after this reply (a thread that went quiet did not). */
  answered: boolean;
}

export interface AuditReport {
  version: 1;
  tool: { name: string; version: string };
  files: number;
  failed: { file: string; error: string }[];
  threads: number;
  checked: number;
  totals: Counts;
  byRule: Record<string, Counts>;
  byRep: Record<string, Counts>;
  byClient: Record<string, Counts>;
  findings: AuditFinding[];
  /** Each thread's messages in time (for the HTML timeline): who wrote (rep or client) and when. */
  timelines: { file: string; thread: number; messages: { at?: string; rep: boolean }[] }[];
}

export interface AuditOptions extends LoadOptions {
  /** Called after each file: how many of how many are done, and the replies checked so far. */
  onProgress?: (done: number, total: number, checked: number) => void;
  lang?: Lang;
  writerCulture?: string;
  readerCulture?: string;
}

/** The files and export folders under `paths`, in a stable order. */
export async function sourcesUnder(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const visit = async (path: string, top: boolean) => {
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      if (top) found.push(path); // reported as "no such file" by the loader
      return;
    }
    if (!info.isDirectory()) {
      if (top || (SOURCE_EXTENSIONS.test(path) && !path.endsWith('rapport.contacts.json'))) found.push(path);
      return;
    }
    if (await looksLikeSlackExport(path)) return void found.push(path);
    const names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
    for (const name of names) await visit(join(path, name), false);
  };
  for (const path of paths) await visit(path, true);
  return found;
}

export async function audit(paths: readonly string[], options: AuditOptions): Promise<AuditReport> {
  const report: AuditReport = {
    version: 1,
    tool: { name: 'rapport', version: VERSION },
    files: 0,
    failed: [],
    threads: 0,
    checked: 0,
    totals: zero(),
    byRule: {},
    byRep: {},
    byClient: {},
    findings: [],
    timelines: [],
  };
  const sources = await sourcesUnder(paths);
  for (const file of sources) {
    options.onProgress?.(report.files, sources.length, report.checked);
    report.files++;
    let threads: Thread[];
    try {
      threads = await loadThreads(file, options);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      report.failed.push({ file, error: error.message });
      continue;
    }
    threads.forEach((thread, threadIndex) => {
      report.threads++;
      const reps = new Set(thread.participants.filter((p) => p.role === 'rep').map((p) => p.id));
      const all = thread.draft ? [...thread.messages, thread.draft] : thread.messages;
      report.timelines.push({
        file,
        thread: threadIndex,
        messages: all.map((m) => ({ ...(m.at ? { at: m.at } : {}), rep: reps.has(m.from) })),
      });
      // Each reply is checked against the messages before it: analyse each message once per thread.
      const cache: AnalysisCache = new Map();
      for (const { draftThread, index, answered } of replies(thread)) {
        report.checked++;
        const result = check(draftThread, {
          cache,
          lang: options.lang,
          writerCulture: options.writerCulture,
          readerCulture: options.readerCulture,
        });
        const rep = nameOf(draftThread, draftThread.draft!.from);
        const lastClient = [...draftThread.messages]
          .reverse()
          .find((m) => m.from !== draftThread.draft!.from);
        const client = lastClient ? nameOf(draftThread, lastClient.from) : '';
        for (const finding of result.findings) {
          const severity = finding.severity as Severity;
          report.totals[severity]++;
          tally(report.byRule, finding.ruleId, severity);
          tally(report.byRep, rep, severity);
          tally(report.byClient, client, severity);
          report.findings.push({
            file,
            thread: threadIndex,
            message: index,
            ...(draftThread.draft!.at ? { at: draftThread.draft!.at } : {}),
            rep,
            client,
            ruleId: finding.ruleId,
            severity,
            text: draftThread.draft!.text,
            finding: finding.message,
            answered,
            ...(finding.fix?.text ? { fix: finding.fix.text } : {}),
          });
        }
      }
    });
  }
  return report;
}

/** Each rep message that answers something a client wrote, as a thread with it as the draft. */
function* replies(thread: Thread): Generator<{ draftThread: Thread; index: number; answered: boolean }> {
  const reps = new Set(thread.participants.filter((p) => p.role === 'rep').map((p) => p.id));
  const all = thread.draft ? [...thread.messages, thread.draft] : thread.messages;
  for (let index = 0; index < all.length; index++) {
    const message = all[index]!;
    if (!reps.has(message.from)) continue;
    const before = all.slice(0, index);
    if (!before.some((m) => !reps.has(m.from))) continue;
    const answered = all.slice(index + 1).some((m) => !reps.has(m.from));
    yield {
      draftThread: { participants: thread.participants, messages: before, draft: message },
      index,
      answered,
    };
  }
}

function nameOf(thread: Thread, id: string): string {
  return thread.participants.find((p) => p.id === id)?.name ?? id;
}

function tally(table: Record<string, Counts>, key: string, severity: Severity): void {
  table[key] ??= zero();
  table[key][severity]++;
}

function zero(): Counts {
  return { error: 0, warning: 0, suggestion: 0 };
}

const CSV_COLUMNS = [
  'file',
  'thread',
  'message',
  'at',
  'rep',
  'client',
  'ruleId',
  'severity',
  'finding',
  'text',
  'fix',
  'answered',
] as const;

export function auditCsv(report: AuditReport): string {
  const cell = (value: unknown) => {
    const text = value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = report.findings.map((f) => CSV_COLUMNS.map((c) => cell(f[c])).join(','));
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** One line on a terminal, rewritten in place, shown only once the audit has run for a second. */
function progressLine(enabled: boolean) {
  const started = Date.now();
  let shown = false;
  return {
    update: (done: number, total: number, checked: number) => {
      if (!enabled || Date.now() - started < 1000) return;
      shown = true;
      process.stderr.write(`\rrapport audit: ${done}/${total} files, ${checked} replies checked\u001b[K`);
    },
    clear: () => {
      if (shown) process.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

export async function runAudit(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      me: { type: 'string', multiple: true },
      contacts: { type: 'string' },
      columns: { type: 'string' },
      writer: { type: 'string' },
      reader: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string', short: 'f' },
      quiet: { type: 'boolean', short: 'q' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0)
    throw new UsageError('audit: expected one or more PATHs; usage: rapport audit PATH... --me NAME|EMAIL');
  const format = oneOf('format', values.format, ['json', 'csv', 'html'] as const, 'json');
  const notes = new Set<string>();
  const progress = progressLine(process.stderr.isTTY === true && !values.quiet);
  const report = await audit(positionals, {
    me: values.me,
    contacts: values.contacts,
    columns: values.columns,
    lang: oneOf('lang', values.lang, ['en', 'ru'] as const, 'en'),
    writerCulture: country('writer', values.writer),
    readerCulture: country('reader', values.reader),
    // The same guess holds for every thread a person is in: say it once.
    onNote: (note) => {
      if (values.quiet || notes.has(note)) return;
      notes.add(note);
      progress.clear();
      process.stderr.write(`rapport: note: ${note}\n`);
    },
    onProgress: progress.update,
  });
  progress.clear();
  for (const failure of report.failed) process.stderr.write(`rapport: ${failure.error}\n`);
  const output =
    format === 'csv'
      ? auditCsv(report)
      : format === 'html'
        ? (await import('./audit-html.ts')).auditHtml(report)
        : `${JSON.stringify(report, null, 2)}\n`;
  process.stdout.write(output);
  if (report.failed.length > 0) return 2;
  return report.totals.error > 0 ? 1 : 0;
}
