/**
 * For tests: the backends the same storage tests run against. SQLite always (a file in a fresh
 * temp dir); PostgreSQL when RAPPORT_TEST_PG holds a postgres:// URL (a fresh schema per store).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from './index.ts';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A new, empty database; `reopen` opens the same one again (a restart). */
  fresh(): Promise<{
    store: Store;
    reopen: () => Promise<Store>;
    location: string;
    drop: () => Promise<void>;
  }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-store-'));
    const location = join(dir, 'rapport.db');
    return {
      store: await openStore(location),
      reopen: () => openStore(location),
      location,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

function postgres(url: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      return {
        store: await openStore(url, { schema }),
        reopen: () => openStore(url, { schema }),
        location: url,
        drop: async () => {
          const { default: pg } = await import('pg');
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`drop schema if exists ${schema} cascade`);
          await client.end();
        },
      };
    },
  };
}

export function backends(): Backend[] {
  const url = process.env.RAPPORT_TEST_PG;
  return url ? [sqlite, postgres(url)] : [sqlite];
}
