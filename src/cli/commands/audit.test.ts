import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/support/temp-dir.ts';
import { check } from '../../core/check.ts';
import { parseThreadText } from '../../ingest/index.ts';
import { audit, auditCsv } from './audit.ts';
import { auditHtml } from './audit-html.ts';

const tempDir = useTempDirs('rapport-audit-test-');

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'ingest');
const FOUNDING = join(ROOT, 'examples', 'founding-case.json');

describe('rapport audit', () => {
  it('checks every rep reply of a thread; the last one is exactly what check reports for the draft', async () => {
    const report = await audit([FOUNDING], {});
    const thread = parseThreadText(readFileSync(FOUNDING, 'utf8'), FOUNDING);
    const repReplies = thread.messages.filter((m) => m.from === 'marina').length + 1;
    expect(report.checked).toBe(repReplies);
    const draftIndex = thread.messages.length;
    const atDraft = report.findings.filter((f) => f.message === draftIndex).map((f) => f.ruleId);
    expect(atDraft).toEqual(check(thread).findings.map((f) => f.ruleId));
    expect(atDraft).toEqual(
      expect.arrayContaining(['ignored-disclosure', 'abrupt-pivot', 'closed-pressure-question']),
    );
  });

  it('audits a folder of mixed formats, reports broken files and keeps going; totals add up', async () => {
    const dir = tempDir();
    cpSync(FIXTURES, join(dir, 'exports'), { recursive: true });
    cpSync(FOUNDING, join(dir, 'founding-case.json'));
    writeFileSync(join(dir, 'notes.md'), 'not a source: ignored by extension');
    const report = await audit([dir], {
      me: ['marina@acme.ru', 'Marina Ivanova', 'Марина Иванова'],
      readerCulture: 'US',
      writerCulture: 'RU',
    });
    const failedNames = report.failed.map((f) => f.file.slice(dir.length + 1)).sort();
    expect(failedNames).toEqual(
      expect.arrayContaining([
        join('exports', 'email', 'not-an-email.eml'),
        join('exports', 'email', 'not-an-archive.mbox'),
        join('exports', 'telegram', 'truncated-result.json'),
        join('exports', 'whatsapp', 'bad-date.txt'),
        join('exports', 'csv', 'unclosed-quote.csv'),
      ]),
    );
    expect(report.failed.every((f) => f.error.startsWith(f.file))).toBe(true);
    // Readable sources from every format were audited.
    const audited = new Set(
      report.findings.map((f) => f.file.slice(dir.length + 1).split(/[/\\]/)[1] ?? 'root'),
    );
    expect([...audited].sort()).toEqual(expect.arrayContaining(['csv', 'email', 'slack', 'whatsapp']));
    // Totals are the findings, and each table adds up to them.
    const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
    expect(report.totals).toEqual({
      error: count('error'),
      warning: count('warning'),
      suggestion: count('suggestion'),
    });
    for (const table of [report.byRule, report.byRep, report.byClient]) {
      const sum = Object.values(table).reduce((acc, c) => acc + c.error + c.warning + c.suggestion, 0);
      expect(sum).toBe(report.findings.length);
    }
    const csv = auditCsv(report);
    expect(csv.split('\r\n')[0]).toBe(
      'file,thread,message,at,rep,client,ruleId,severity,finding,text,fix,answered',
    );
    expect(csv).toContain('ignored-disclosure');
    const html = auditHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|src="http|href="http/); // opens offline
    expect(html).toContain(`${report.totals.error} errors`);
    expect(html).toContain('So, do you want to buy our product?');
    expect(html).toContain('not-an-email.eml');
    expect(html).toContain('<svg');
    expect(report.timelines).toHaveLength(report.threads);
  });
});
