/**
 * For tests: the backends the same storage tests run against. SQLite always (a file in a fresh
 * temp dir); PostgreSQL when RAPPORT_TEST_PG holds a postgres:// URL (a database of its own per
 * store, created and dropped here; a schema of its own where the role may not create databases).
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
      const { default: pg } = await import('pg');
      const admin = async (sql: string) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(sql);
        } finally {
          await client.end();
        }
      };
      // Each store in its own database; where the role may not create one, in its own schema.
      const name = `rapport_t_${randomBytes(6).toString('hex')}`;
      try {
        await admin(`create database ${name}`);
      } catch {
        return {
          store: await openStore(url, { schema: name }),
          reopen: () => openStore(url, { schema: name }),
          location: url,
          drop: () => admin(`drop schema if exists ${name} cascade`),
        };
      }
      const own = new URL(url);
      own.pathname = `/${name}`;
      const location = own.toString();
      return {
        store: await openStore(location),
        reopen: () => openStore(location),
        location,
        drop: () => admin(`drop database if exists ${name} with (force)`),
      };
    },
  };
}

export function backends(): Backend[] {
  const url = process.env.RAPPORT_TEST_PG;
  return url ? [sqlite, postgres(url)] : [sqlite];
}
