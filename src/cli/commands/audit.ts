/**
 * `rapport audit PATH... --me NAME|EMAIL`: every rep message in every thread is checked against what
 * came before it, as if it were the draft. Files that cannot be read are reported and skipped; the
 * rest is still audited. Output: a JSON summary (totals per rule, rep and client), CSV (one row per
 * finding) or a self-contained HTML page.
 */
import { once } from 'node:events';
import {
  closeSync,
  createReadStream,
  ftruncateSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalysisCache } from '../../core/analysis.ts';
import { check } from '../../core/check.ts';
import { InputError } from '../../core/errors.ts';
import type { Lang } from '../../core/rules/types.ts';
import type { Thread } from '../../core/thread.ts';
import { eachThread, type LoadOptions } from '../../ingest/index.ts';
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
  timelines: AuditTimeline[];
}

export interface AuditTimeline {
  file: string;
  thread: number;
  messages: { at?: string; rep: boolean }[];
}

/**
 * Where findings and timelines go as they are found: by default into the report; `rapport audit`
 * writes them to temporary files, so that a large archive's findings are not all in memory.
 */
export interface AuditSink {
  finding(finding: AuditFinding): void;
  timeline(timeline: AuditTimeline): void;
  /** Where the sink is now; `rollback` drops what came after (a file that failed part way). */
  mark(): unknown;
  rollback(mark: unknown): void;
}

/** What one file adds to the report's counts, added when the file has been read to its end. */
type Tallies = Pick<AuditReport, 'threads' | 'checked' | 'totals' | 'byRule' | 'byRep' | 'byClient'>;

export interface AuditOptions extends LoadOptions {
  /** Called after each file: how many of how many are done, and the replies checked so far. */
  onProgress?: (done: number, total: number, checked: number) => void;
  lang?: Lang;
  writerCulture?: string;
  readerCulture?: string;
  /** Where findings and timelines go (default: the report's `findings` and `timelines`). */
  sink?: AuditSink;
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
    ...tallies(),
    findings: [],
    timelines: [],
  };
  const sink = options.sink ?? reportSink(report);
  const sources = await sourcesUnder(paths);
  for (const file of sources) {
    options.onProgress?.(report.files, sources.length, report.checked);
    report.files++;
    // Threads come one at a time (an mbox archive is read back thread by thread); a file that
    // fails part way adds nothing but its error, as one that fails at once.
    const part = tallies();
    const mark = sink.mark();
    try {
      for await (const thread of eachThread(file, options)) {
        auditThread(thread, part.threads++, file, part, sink, options);
        options.onProgress?.(report.files - 1, sources.length, report.checked + part.checked);
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      sink.rollback(mark);
      report.failed.push({ file, error: error.message });
      continue;
    }
    addTallies(report, part);
  }
  return report;
}

function auditThread(
  thread: Thread,
  threadIndex: number,
  file: string,
  part: Tallies,
  sink: AuditSink,
  options: AuditOptions,
): void {
  const reps = new Set(thread.participants.filter((p) => p.role === 'rep').map((p) => p.id));
  const all = thread.draft ? [...thread.messages, thread.draft] : thread.messages;
  sink.timeline({
    file,
    thread: threadIndex,
    messages: all.map((m) => ({ ...(m.at ? { at: m.at } : {}), rep: reps.has(m.from) })),
  });
  // Each reply is checked against the messages before it: analyse each message once per thread.
  const cache: AnalysisCache = new Map();
  for (const { draftThread, index, answered } of replies(thread)) {
    part.checked++;
    const result = check(draftThread, {
      cache,
      lang: options.lang,
      writerCulture: options.writerCulture,
      readerCulture: options.readerCulture,
    });
    const rep = nameOf(draftThread, draftThread.draft!.from);
    const lastClient = [...draftThread.messages].reverse().find((m) => m.from !== draftThread.draft!.from);
    const client = lastClient ? nameOf(draftThread, lastClient.from) : '';
    for (const finding of result.findings) {
      const severity = finding.severity as Severity;
      part.totals[severity]++;
      tally(part.byRule, finding.ruleId, severity);
      tally(part.byRep, rep, severity);
      tally(part.byClient, client, severity);
      sink.finding({
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
}

function tallies(): Tallies {
  return { threads: 0, checked: 0, totals: zero(), byRule: {}, byRep: {}, byClient: {} };
}

function addTallies(report: Tallies, part: Tallies): void {
  report.threads += part.threads;
  report.checked += part.checked;
  for (const severity of SEVERITIES) report.totals[severity] += part.totals[severity];
  for (const table of ['byRule', 'byRep', 'byClient'] as const)
    for (const [key, counts] of Object.entries(part[table]))
      for (const severity of SEVERITIES) {
        report[table][key] ??= zero();
        report[table][key][severity] += counts[severity];
      }
}

function reportSink(report: AuditReport): AuditSink {
  return {
    finding: (finding) => void report.findings.push(finding),
    timeline: (timeline) => void report.timelines.push(timeline),
    mark: () => [report.findings.length, report.timelines.length],
    rollback: (mark) => {
      [report.findings.length, report.timelines.length] = mark as [number, number];
    },
  };
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
  const rows = report.findings.map(csvRow);
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * Findings or timelines as they will be written (JSON array items, CSV rows), in a temporary file:
 * the audit of a large archive keeps only the counts in memory.
 */
class Spill {
  count = 0;
  private fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private written = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w+');
  }

  push(text: string): void {
    this.pending.push(text);
    this.pendingBytes += Buffer.byteLength(text);
    this.count++;
    if (this.pendingBytes >= 1 << 20) this.flush();
  }

  mark(): { bytes: number; count: number } {
    this.flush();
    return { bytes: this.written, count: this.count };
  }

  rollback(mark: { bytes: number; count: number }): void {
    this.pending = [];
    this.pendingBytes = 0;
    ftruncateSync(this.fd, mark.bytes);
    this.written = mark.bytes;
    this.count = mark.count;
  }

  async *read(): AsyncGenerator<Buffer> {
    this.flush();
    yield* createReadStream(this.path) as AsyncIterable<Buffer>;
  }

  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(''), this.written);
    this.written += this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** An item of a JSON array as `JSON.stringify(report, null, 2)` writes it (a top-level key's array). */
function jsonItem(value: unknown, first: boolean): string {
  return `${first ? '' : ','}\n    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`;
}

function csvRow(finding: AuditFinding): string {
  const cell = (value: unknown) => {
    const text = value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return CSV_COLUMNS.map((c) => cell(finding[c])).join(',');
}

/** A sink that writes findings (and, for JSON, timelines) to temporary files, in the output's format. */
function spillSink(format: 'json' | 'csv') {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-audit-'));
  const findings = new Spill(join(dir, 'findings'));
  const timelines = new Spill(join(dir, 'timelines'));
  const sink: AuditSink = {
    finding: (f) => findings.push(format === 'csv' ? `${csvRow(f)}\r\n` : jsonItem(f, findings.count === 0)),
    timeline: (t) => {
      if (format === 'json') timelines.push(jsonItem(t, timelines.count === 0));
    },
    mark: () => [findings.mark(), timelines.mark()],
    rollback: (mark) => {
      const [f, t] = mark as [{ bytes: number; count: number }, { bytes: number; count: number }];
      findings.rollback(f);
      timelines.rollback(t);
    },
  };
  const close = () => {
    findings.close();
    timelines.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { sink, findings, timelines, close };
}

/** The report as JSON (the same text as `JSON.stringify(report, null, 2)` with the spilled items) or CSV. */
async function* spilledOutput(
  report: AuditReport,
  format: 'json' | 'csv',
  findings: Spill,
  timelines: Spill,
): AsyncGenerator<string | Buffer> {
  if (format === 'csv') {
    yield `${CSV_COLUMNS.join(',')}\r\n`;
    yield* findings.read();
    return;
  }
  const head = JSON.stringify({ ...report, findings: [], timelines: [] }, null, 2);
  yield head.slice(0, head.lastIndexOf('\n  "findings": []'));
  for (const [key, spill] of [
    ['findings', findings],
    ['timelines', timelines],
  ] as const) {
    yield `${key === 'findings' ? '' : ','}\n  "${key}": [`;
    yield* spill.read();
    yield spill.count > 0 ? '\n  ]' : ']';
  }
  yield '\n}\n';
}

/** One line on a terminal, rewritten in place, shown only once the audit has run for a second. */
function progressLine(enabled: boolean) {
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    update: (done: number, total: number, checked: number) => {
      const now = Date.now();
      if (!enabled || now - started < 1000 || now - last < 100) return;
      last = now;
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
  // Stopped with Ctrl-C or kill, the temporary files (as large as the report) go too. The handlers
  // come first: a signal between making the directory and listening would leave it behind.
  let spill: ReturnType<typeof spillSink> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    progress.clear();
    spill?.close();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // JSON and CSV go out as they were found, from temporary files; the HTML page needs them all.
  spill = format === 'html' ? undefined : spillSink(format);
  try {
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
      ...(spill ? { sink: spill.sink } : {}),
    });
    progress.clear();
    for (const failure of report.failed) process.stderr.write(`rapport: ${failure.error}\n`);
    if (spill && format !== 'html')
      await writeOut(spilledOutput(report, format, spill.findings, spill.timelines));
    else process.stdout.write((await import('./audit-html.ts')).auditHtml(report));
    if (report.failed.length > 0) return 2;
    return report.totals.error > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    spill?.close();
  }
}

async function writeOut(chunks: AsyncIterable<string | Buffer>): Promise<void> {
  for await (const chunk of chunks) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}
