/**
 * Versioned migrations, run at start (Kysely's Migrator records them in kysely_migration).
 * Append new ones; never edit one that has shipped. Written with the schema builder so the same
 * migration runs on SQLite and PostgreSQL.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('rep', 'lead')`))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('contacts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('culture', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('contacts_owner_name', ['owner_id', 'name'])
        .execute();
      await db.schema
        .createTable('threads')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('participants', 'text', (c) => c.notNull())
        .addColumn('draft', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('threads_owner')
        .on('threads')
        .columns(['owner_id', 'updated_at'])
        .execute();
      await db.schema
        .createTable('messages')
        .addColumn('thread_id', 'text', (c) => c.notNull().references('threads.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('from_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('messages_pk', ['thread_id', 'seq'])
        .execute();
      await db.schema
        .createTable('checks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('thread_id', 'text', (c) => c.notNull().references('threads.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('draft_text', 'text', (c) => c.notNull())
        .addColumn('report', 'text', (c) => c.notNull())
        .addColumn('errors', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('suggestion_used', 'integer')
        .addUniqueConstraint('checks_thread_seq', ['thread_id', 'seq'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['checks', 'messages', 'threads', 'contacts', 'tokens', 'users'])
        await db.schema.dropTable(table).execute();
    },
  },
  '0002_contacts_and_teams': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('contacts').addColumn('email', 'text').execute();
      await db.schema.alterTable('contacts').addColumn('notes', 'text').execute();
      await db.schema.alterTable('contacts').addColumn('style', 'text').execute();
      await db.schema
        .alterTable('users')
        .addColumn('team', 'text', (c) => c.notNull().defaultTo('default'))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const column of ['email', 'notes', 'style'])
        await db.schema.alterTable('contacts').dropColumn(column).execute();
      await db.schema.alterTable('users').dropColumn('team').execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export const MIGRATION_NAMES = Object.keys(migrations);

/** Brings the database up to the latest version; throws with the failing migration's name. */
export async function migrate(db: Kysely<unknown>, schema?: string): Promise<string[]> {
  // With a schema, Kysely's own tables live there too (else it may find another schema's).
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error)
    throw new Error(
      `database migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? String(error)}`,
    );
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
