/**
 * `rapport serve [--db PATH|postgres://...] [--host H] [--port N] [--demo]`: the HTTP API in one
 * process. With no users configured it binds to localhost only and serves a single local user.
 * `--demo` stores the founding case as a thread (once).
 */
import { parseArgs } from 'node:util';
import { wholeNumberIn } from '../../core/numbers.ts';
import { isPostgresUrl, openStore } from '../../store/index.ts';
import { UsageError } from '../usage.ts';

const OPTIONS = {
  db: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string', short: 'p' },
  'rate-limit': { type: 'string' },
  'max-body': { type: 'string' },
  'max-messages': { type: 'string' },
  demo: { type: 'boolean' },
} as const;

function whole(
  option: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = wholeNumberIn(value, min, max);
  if (n === undefined)
    throw new UsageError(`--${option}: expected a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

const DEMO_TITLE = 'Demo: John Carter (the founding case)';

/** Stores the founding case as a thread of the local user, once. */
async function loadDemo(store: Awaited<ReturnType<typeof openStore>>): Promise<void> {
  const { storeThread } = await import('../../server/app.ts');
  const { parseThread } = await import('../../core/thread-schema.ts');
  const { default: founding } = await import('../../../examples/founding-case.json');
  const existing = await store.listThreads({ owner: 'local' }, { limit: 200, offset: 0 });
  if (existing.some((t) => t.title === DEMO_TITLE)) return;
  await storeThread(store, 'local', parseThread(founding, 'examples/founding-case.json'), DEMO_TITLE);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Where the database is: --db, then RAPPORT_DB, then ./rapport.db. */
export function dbLocation(value: string | undefined): string {
  return value ?? (process.env.RAPPORT_DB || 'rapport.db');
}

export async function runServe(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new UsageError(`serve: unexpected argument "${positionals[0]}"`);
  const port = whole('port', values.port ?? process.env.PORT, 8787, 0, 65535);
  const rateLimit = whole('rate-limit', values['rate-limit'], 600, 1, 1_000_000);
  const maxBodyBytes = whole('max-body', values['max-body'], 1024 * 1024, 1024, 64 * 1024 * 1024);
  const maxMessages = whole('max-messages', values['max-messages'], 2000, 1, 100_000);
  const location = dbLocation(values.db);
  const { StoreError } = await import('../../store/index.ts');
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(location);
  } catch (error) {
    if (error instanceof StoreError) throw new UsageError(`serve: ${error.message}`);
    throw error;
  }
  const users = await store.countUsers();
  const host = values.host ?? '127.0.0.1';
  if (users === 0 && !LOOPBACK.has(host)) {
    await store.close();
    throw new UsageError(
      `serve: --host ${host}: this server has no users, so it serves only this machine; add one with "rapport users add NAME --role rep|lead" first`,
    );
  }
  const { startServer } = await import('../../server/index.ts');
  if (values.demo) await loadDemo(store);
  const server = await startServer(store, { host, port, rateLimit, maxBodyBytes, maxMessages });
  const where = isPostgresUrl(location) ? 'PostgreSQL' : location;
  process.stderr.write(
    `rapport: serving ${server.url} (database ${where}; ${users === 0 ? 'no users: local only' : `${users} user${users === 1 ? '' : 's'}, bearer tokens required`})\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.stderr.write(`rapport: ${signal}: finishing requests in flight, then stopping\n`);
      server.close().then(resolve, (error: unknown) => {
        process.stderr.write(`rapport: error while stopping: ${(error as Error).message}\n`);
        resolve();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}
