/**
 * The build's answer to a startup snapshot that fails: fall back only when this Node has no
 * snapshot option, fail loudly otherwise. The failing snapshot is built for real by this Node.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotOutcome as outcome } from '../scripts/snapshot-outcome.mjs';

/** Builds a snapshot of `source` with this Node, as scripts/build.mjs does. */
function buildSnapshot(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-snapshot-'));
  writeFileSync(join(dir, 'entry.js'), source);
  return spawnSync(
    process.execPath,
    ['--snapshot-blob', join(dir, 'x.blob'), '--build-snapshot', join(dir, 'entry.js')],
    { encoding: 'utf8' },
  );
}

describe('snapshotOutcome', () => {
  it('accepts a snapshot that built', () => {
    const made = buildSnapshot('globalThis.ready = 1;');
    expect(made.status).toBe(0);
    expect(outcome(made, {})).toEqual({ ok: true });
  });

  it('fails the build when the snapshot entry cannot be kept, and says what node said', () => {
    const made = buildSnapshot('throw new Error("cannot keep this");');
    const result = outcome(made, {});
    expect(result).toMatchObject({ ok: false, fatal: true });
    expect(result.ok === false && result.message).toContain('dist/rapport.blob');
    expect(result.ok === false && result.message).toContain('cannot keep this');
    expect(result.ok === false && result.message).toContain('RAPPORT_ALLOW_NO_SNAPSHOT=1');
  });

  it('falls back when told to', () => {
    const made = buildSnapshot('throw new Error("cannot keep this");');
    expect(outcome(made, { RAPPORT_ALLOW_NO_SNAPSHOT: '1' })).toMatchObject({ ok: false, fatal: false });
  });

  it('falls back when this Node has no snapshot option', () => {
    const made = { status: 9, signal: null, stderr: 'node: bad option: --build-snapshot\n' };
    const result = outcome(made, {});
    expect(result).toMatchObject({ ok: false, fatal: false });
    expect(result.ok === false && result.message).toContain('bin/rapport will use dist/cli.js');
  });

  it('names the signal when node died without a word', () => {
    const result = outcome({ status: null, signal: 'SIGABRT', stderr: '' }, {});
    expect(result.ok === false && result.fatal && result.message).toContain('SIGABRT');
  });
});
