import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, auditCsv, runAudit } from './audit.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'ingest');
const FOUNDING = join(ROOT, 'examples', 'founding-case.json');
const ME = ['marina@acme.ru', 'Marina Ivanova', 'Марина Иванова'];

/** runAudit's exit code and stdout (stderr is dropped). */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  const chunks: Buffer[] = [];
  const { write: out } = process.stdout;
  const { write: err } = process.stderr;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(Buffer.from(chunk));
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    const code = await runAudit(args);
    return { code, out: Buffer.concat(chunks).toString('utf8') };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

describe('rapport audit output, written from temporary files as findings come', () => {
  it('is the same JSON and CSV as the whole report rendered at once, with failed files and empty findings', async () => {
    const paths = [FIXTURES, FOUNDING];
    const args = [...paths, ...ME.flatMap((me) => ['--me', me]), '--quiet'];
    const report = await audit(paths, { me: ME, lang: 'en' });
    expect(report.failed.length).toBeGreaterThan(0);
    expect(report.findings.length).toBeGreaterThan(0);
    const json = await run([...args, '--format', 'json']);
    expect(json.code).toBe(2);
    expect(json.out).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect((await run([...args, '--format', 'csv'])).out).toBe(auditCsv(report));

    // No findings and no threads: empty arrays as JSON.stringify writes them.
    const none = join(FIXTURES, 'email', 'not-an-archive.mbox');
    const empty = await audit([none], { me: ['nobody'], lang: 'en' });
    expect((await run([none, '--me', 'nobody', '--quiet'])).out).toBe(`${JSON.stringify(empty, null, 2)}\n`);
    expect((await run([none, '--me', 'nobody', '--quiet', '--format', 'csv'])).out).toBe(auditCsv(empty));
  });
});
