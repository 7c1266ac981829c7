/**
 * `rapport serve` and `rapport users` as a person runs them: real processes, a real SQLite file,
 * real HTTP, signals. Run from source through tsx, so this file does not race the build in cli.test.ts.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const MAIN = join(ROOT, 'src', 'cli', 'bin.ts');
// Absolute, since the processes run in temp dirs outside the project.
const TSX = import.meta.resolve('tsx');
const FOUNDING = readFileSync(join(ROOT, 'examples', 'founding-case.json'), 'utf8');

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-serve-'));
  dirs.push(dir);
  return dir;
}

function rapport(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, RAPPORT_DB: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts `rapport serve` and waits for its "serving" line. */
async function serve(
  args: string[],
  cwd: string,
): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', TSX, MAIN, 'serve', '--port', String(port), ...args], {
    cwd,
    env: { ...process.env, RAPPORT_DB: '' },
  });
  children.push(child);
  let err = '';
  child.stderr!.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 20_000);
    child.stderr!.on('data', (chunk: string) => {
      err += chunk;
      const m = /serving (http:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  return { child, url, stderr: () => err };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

describe('rapport serve', () => {
  it('serves ./rapport.db by default, keeps threads across restarts, and stops on SIGTERM', async () => {
    const dir = tempDir();
    const first = await serve([], dir);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.stderr()).toMatch(/no users: local only/);
    const created = await fetch(`${first.url}/v1/threads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: FOUNDING,
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(existsSync(join(dir, 'rapport.db'))).toBe(true);
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    expect(first.stderr()).toMatch(/SIGTERM: finishing requests in flight/);

    const second = await serve([], dir);
    const got = await fetch(`${second.url}/v1/threads/${id}`);
    expect(got.status).toBe(200);
    const body = (await got.json()) as { latestCheck: { errors: number } };
    expect(body.latestCheck.errors).toBeGreaterThan(0);
    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
  });

  it('--demo stores the founding case as a thread, once', async () => {
    const dir = tempDir();
    for (let run = 0; run < 2; run++) {
      const server = await serve(['--demo'], dir);
      const list = (await (await fetch(`${server.url}/v1/threads`)).json()) as {
        threads: { id: string; title: string }[];
      };
      expect(list.threads.map((t) => t.title)).toEqual(['Demo: John Carter (the founding case)']);
      const one = (await (await fetch(`${server.url}/v1/threads/${list.threads[0]!.id}`)).json()) as {
        latestCheck: { report: { findings: { ruleId: string }[] } };
      };
      expect(one.latestCheck.report.findings.map((f) => f.ruleId)).toContain('ignored-disclosure');
      server.child.kill('SIGTERM');
      expect(await exited(server.child)).toBe(0);
    }
  });

  it('refuses to listen beyond localhost while no users are configured', () => {
    const dir = tempDir();
    const r = rapport(['serve', '--host', '0.0.0.0', '--port', '0'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no users, so it serves only this machine; add one with "rapport users add/);
    expect(r.stdout).toBe('');
  });

  it('rejects bad options with exit 2 and one line', () => {
    const dir = tempDir();
    const r = rapport(['serve', '--port', 'eighty'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rapport: --port: expected a whole number from 0 to 65535, got "eighty"\n');
  });
});

describe('rapport users', () => {
  it('adds users whose tokens the server then requires; lists and removes them', async () => {
    const dir = tempDir();
    const db = join(dir, 'team.db');
    const added = rapport(['users', 'add', 'marina', '--role', 'rep', '--db', db], dir);
    expect(added.code).toBe(0);
    const token = added.stdout.trim();
    expect(token).toMatch(/^rapport_/);
    expect(added.stderr).toMatch(/shown only once/);
    expect(readFileSync(db).includes(Buffer.from(token))).toBe(false);
    expect(rapport(['users', 'add', 'olga', '--role', 'lead', '--db', db], dir).code).toBe(0);
    const dup = rapport(['users', 'add', 'marina', '--role', 'lead', '--db', db], dir);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toMatch(/a user named "marina" already exists/);
    expect(rapport(['users', 'add', 'x', '--role', 'boss', '--db', db], dir).stderr).toMatch(
      /--role: expected one of rep, lead/,
    );
    const list = rapport(['users', 'list', '--db', db], dir);
    expect(list.stdout).toMatch(/^marina\trep\tdefault\t1 token\t/m);
    expect(list.stdout).toMatch(/^olga\tlead\tdefault\t1 token\t/m);

    const server = await serve(['--db', db], dir);
    expect(server.stderr()).toMatch(/2 users, bearer tokens required/);
    expect((await fetch(`${server.url}/v1/threads`)).status).toBe(401);
    const me = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ name: 'marina', role: 'rep' });
    expect(rapport(['users', 'remove', 'marina', '--db', db], dir).code).toBe(0);
    const after = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
  });
});
