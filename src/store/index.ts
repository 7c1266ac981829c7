/**
 * Storage for the server: users and their API tokens, contacts, threads, messages and checks.
 * One query layer (Kysely) over embedded SQLite (default, a file, WAL) or PostgreSQL (a
 * postgres:// URL). Migrations run when the store opens. Drivers load on demand.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type Dialect, Kysely } from 'kysely';
import type { Message, Participant, Thread } from '../core/thread.ts';
import { migrate } from './migrations.ts';
import type { Database, Role } from './schema.ts';

export type { Role } from './schema.ts';

export interface User {
  id: string;
  name: string;
  role: Role;
  team: string;
  createdAt: string;
}

/** Whose rows a query may see: one owner's, a team's (a lead), or all (the single local user). */
export type Scope = { owner: string } | { team: string } | 'all';

export interface StoredParticipant extends Participant {
  /** For clients: the stored contact this participant is. */
  contactId?: string;
}

export interface StoredThread {
  id: string;
  ownerId: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  thread: Omit<Thread, 'participants'> & { participants: StoredParticipant[] };
}

export interface ThreadSummary {
  id: string;
  ownerId: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  messages: number;
  participants: StoredParticipant[];
  lastMessage: Message | null;
}

export interface StoredCheck {
  id: string;
  threadId: string;
  draftText: string;
  createdAt: string;
  errors: number;
  suggestionUsed: boolean | null;
  /** The report JSON text, exactly as `rapport check --format json` prints it. */
  report: string;
}

export interface Contact {
  id: string;
  ownerId: string;
  name: string;
  culture: string | null;
  email: string | null;
  notes: string | null;
  /** What their own messages show (the report's `client`), from the latest check; null before one. */
  style: unknown;
  createdAt: string;
}

export interface StoreOptions {
  /** PostgreSQL only: a schema to use (created when missing); tests use one each. */
  schema?: string;
}

export class StoreError extends Error {
  override name = 'StoreError';
}

const now = () => new Date().toISOString();

/** The SHA-256 of an API token, as stored. Tokens carry 256 random bits, so no salt or KDF is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return `rapport_${randomBytes(32).toString('base64url')}`;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Opens (creating when missing) a store at a file path, ":memory:", or a postgres:// URL. */
export async function openStore(location: string, options: StoreOptions = {}): Promise<Store> {
  let dialect: Dialect;
  let kind: Store['kind'];
  if (isPostgresUrl(location)) {
    const { default: pg } = await import('pg');
    const { PostgresDialect } = await import('kysely');
    if (options.schema && !/^[a-z_][a-z0-9_]*$/.test(options.schema))
      throw new StoreError(`invalid PostgreSQL schema name "${options.schema}"`);
    const pool = new pg.Pool({
      connectionString: location,
      max: 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle connection that the server drops (a restart, an admin) is replaced on next use; without
    // this listener it would crash the process.
    pool.on('error', (error) =>
      process.stderr.write(`rapport: PostgreSQL connection lost: ${error.message}\n`),
    );
    try {
      const client = await pool.connect();
      try {
        if (options.schema) await client.query(`create schema if not exists ${options.schema}`);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => {});
      throw new StoreError(`cannot connect to PostgreSQL: ${(error as Error).message}`);
    }
    dialect = new PostgresDialect({ pool });
    kind = 'postgres';
  } else {
    const { default: Sqlite } = await import('better-sqlite3');
    const { SqliteDialect } = await import('kysely');
    let database: InstanceType<typeof Sqlite>;
    try {
      database = new Sqlite(location);
    } catch (error) {
      throw new StoreError(`cannot open database ${location}: ${(error as Error).message}`);
    }
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    dialect = new SqliteDialect({ database });
    kind = 'sqlite';
  }
  const db = new Kysely<Database>({ dialect });
  try {
    await migrate(db as Kysely<unknown>, kind === 'postgres' ? options.schema : undefined);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new Store(db, kind);
}

export class Store {
  constructor(
    readonly db: Kysely<Database>,
    readonly kind: 'sqlite' | 'postgres',
  ) {}

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** Throws when the database does not answer. */
  async ping(): Promise<void> {
    await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
  }

  // Users and tokens

  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Adds a user and returns their first API token (shown once; only its hash is kept). */
  async addUser(name: string, role: Role, team = 'default'): Promise<{ user: User; token: string }> {
    const user: User = { id: randomUUID(), name, role, team, createdAt: now() };
    const existing = await this.userByName(name);
    if (existing) throw new StoreError(`a user named "${name}" already exists`);
    const token = newToken();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('users')
        .values({ id: user.id, name, role, team, created_at: user.createdAt })
        .execute();
      await trx
        .insertInto('tokens')
        .values({ id: randomUUID(), user_id: user.id, hash: hashToken(token), created_at: user.createdAt })
        .execute();
    });
    return { user, token };
  }

  async userByName(name: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
    return row && { id: row.id, name: row.name, role: row.role, team: row.team, createdAt: row.created_at };
  }

  async listUsers(): Promise<(User & { tokens: number })[]> {
    const rows = await this.db
      .selectFrom('users')
      .leftJoin('tokens', 'tokens.user_id', 'users.id')
      .select(['users.id', 'users.name', 'users.role', 'users.team', 'users.created_at'])
      .select((eb) => eb.fn.count<string | number>('tokens.id').as('tokens'))
      .groupBy(['users.id', 'users.name', 'users.role', 'users.team', 'users.created_at'])
      .orderBy('users.name')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      role: r.role,
      team: r.team,
      createdAt: r.created_at,
      tokens: Number(r.tokens),
    }));
  }

  /** Removes a user, their tokens (so they lose access at once); their threads stay, for leads. */
  async removeUser(name: string): Promise<boolean> {
    const user = await this.userByName(name);
    if (!user) return false;
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('tokens').where('user_id', '=', user.id).execute();
      await trx.deleteFrom('users').where('id', '=', user.id).execute();
    });
    return true;
  }

  /** Issues another token for a user; with `revokeOthers`, the old ones stop working. */
  async issueToken(name: string, revokeOthers = false): Promise<string> {
    const user = await this.userByName(name);
    if (!user) throw new StoreError(`no user named "${name}"`);
    const token = newToken();
    await this.db.transaction().execute(async (trx) => {
      if (revokeOthers) await trx.deleteFrom('tokens').where('user_id', '=', user.id).execute();
      await trx
        .insertInto('tokens')
        .values({ id: randomUUID(), user_id: user.id, hash: hashToken(token), created_at: now() })
        .execute();
    });
    return token;
  }

  async userByToken(token: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('tokens')
      .innerJoin('users', 'users.id', 'tokens.user_id')
      .select(['users.id', 'users.name', 'users.role', 'users.team', 'users.created_at'])
      .where('tokens.hash', '=', hashToken(token))
      .executeTakeFirst();
    return row && { id: row.id, name: row.name, role: row.role, team: row.team, createdAt: row.created_at };
  }

  // Contacts, threads and messages

  async listContacts(scope: Scope): Promise<Contact[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .selectAll()
      .$if(scope !== 'all', (q) =>
        q.where((eb) =>
          typeof scope === 'object' && 'owner' in scope
            ? eb('owner_id', '=', scope.owner)
            : eb('owner_id', 'in', eb.selectFrom('users').select('id').where('team', '=', teamOf(scope))),
        ),
      )
      .orderBy('name')
      .execute();
    return rows.map(toContact);
  }

  async getContact(id: string): Promise<Contact | undefined> {
    const row = await this.db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toContact(row);
  }

  /** Sets what a person typed about a contact (email, notes); undefined leaves a field as it is. */
  async updateContact(id: string, change: { email?: string | null; notes?: string | null }): Promise<void> {
    const set = {
      ...(change.email !== undefined ? { email: change.email } : {}),
      ...(change.notes !== undefined ? { notes: change.notes } : {}),
    };
    if (Object.keys(set).length > 0)
      await this.db.updateTable('contacts').set(set).where('id', '=', id).execute();
  }

  /** Keeps the style the latest check saw in this contact's own messages. */
  async setContactStyle(id: string, style: unknown): Promise<void> {
    await this.db
      .updateTable('contacts')
      .set({ style: JSON.stringify(style) })
      .where('id', '=', id)
      .execute();
  }

  /** Whether the scope may see a row owned by `ownerId`. */
  async canSee(scope: Scope, ownerId: string): Promise<boolean> {
    if (scope === 'all') return true;
    if ('owner' in scope) return scope.owner === ownerId;
    const owner = await this.db
      .selectFrom('users')
      .select('team')
      .where('id', '=', ownerId)
      .executeTakeFirst();
    return owner?.team === scope.team;
  }

  /** Stores a thread (its clients become the owner's contacts); returns its id. */
  async createThread(ownerId: string, title: string, thread: Thread): Promise<string> {
    const id = randomUUID();
    const at = now();
    await this.db.transaction().execute(async (trx) => {
      const participants: StoredParticipant[] = [];
      for (const p of thread.participants) {
        if (p.role !== 'client') {
          participants.push(p);
          continue;
        }
        // Insert-if-missing, then read: two threads with the same new client may be stored at once.
        await trx
          .insertInto('contacts')
          .values({
            id: randomUUID(),
            owner_id: ownerId,
            name: p.name,
            culture: p.culture ?? null,
            email: null,
            notes: null,
            style: null,
            created_at: at,
          })
          .onConflict((oc) => oc.columns(['owner_id', 'name']).doNothing())
          .execute();
        const found = await trx
          .selectFrom('contacts')
          .select(['id', 'culture'])
          .where('owner_id', '=', ownerId)
          .where('name', '=', p.name)
          .executeTakeFirstOrThrow();
        const contactId = found.id;
        if (p.culture && found.culture !== p.culture)
          await trx.updateTable('contacts').set({ culture: p.culture }).where('id', '=', contactId).execute();
        participants.push({ ...p, contactId });
      }
      await trx
        .insertInto('threads')
        .values({
          id,
          owner_id: ownerId,
          title,
          participants: JSON.stringify(participants),
          draft: thread.draft ? JSON.stringify(thread.draft) : null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await insertMessages(trx, id, 0, thread.messages);
    });
    return id;
  }

  async listThreads(scope: Scope, page: { limit: number; offset: number }): Promise<ThreadSummary[]> {
    const rows = await this.db
      .selectFrom('threads')
      .select(['id', 'owner_id', 'title', 'participants', 'created_at', 'updated_at'])
      .select((eb) =>
        eb
          .selectFrom('messages')
          .whereRef('messages.thread_id', '=', 'threads.id')
          .select((e) => e.fn.countAll<string | number>().as('n'))
          .as('messages'),
      )
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .$if(scope !== 'all', (q) =>
        q.where((eb) =>
          typeof scope === 'object' && 'owner' in scope
            ? eb('owner_id', '=', scope.owner)
            : eb('owner_id', 'in', eb.selectFrom('users').select('id').where('team', '=', teamOf(scope))),
        ),
      )
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const last = new Map<string, Message>();
    if (rows.length > 0) {
      const latest = await this.db
        .selectFrom('messages as m')
        .innerJoin(
          this.db
            .selectFrom('messages')
            .select('thread_id')
            .select((eb) => eb.fn.max('seq').as('last'))
            .where(
              'thread_id',
              'in',
              rows.map((r) => r.id),
            )
            .groupBy('thread_id')
            .as('l'),
          (join) => join.onRef('l.thread_id', '=', 'm.thread_id').onRef('l.last', '=', 'm.seq'),
        )
        .select(['m.thread_id', 'm.from_id', 'm.at', 'm.text'])
        .execute();
      for (const m of latest)
        last.set(m.thread_id, { from: m.from_id, ...(m.at ? { at: m.at } : {}), text: m.text });
    }
    return rows.map((r) => ({
      id: r.id,
      ownerId: r.owner_id,
      title: r.title,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      messages: Number(r.messages ?? 0),
      participants: JSON.parse(r.participants) as StoredParticipant[],
      lastMessage: last.get(r.id) ?? null,
    }));
  }

  async getThread(id: string): Promise<StoredThread | undefined> {
    const row = await this.db.selectFrom('threads').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const messages = await this.db
      .selectFrom('messages')
      .select(['from_id', 'at', 'text'])
      .where('thread_id', '=', id)
      .orderBy('seq')
      .execute();
    const thread: StoredThread['thread'] = {
      participants: JSON.parse(row.participants) as StoredParticipant[],
      messages: messages.map((m) => ({ from: m.from_id, ...(m.at ? { at: m.at } : {}), text: m.text })),
      ...(row.draft ? { draft: JSON.parse(row.draft) as Message } : {}),
    };
    return {
      id: row.id,
      ownerId: row.owner_id,
      title: row.title,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      thread,
    };
  }

  async countMessages(threadId: string): Promise<number> {
    const row = await this.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('thread_id', '=', threadId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Appends messages to a thread; a message from the draft's writer that repeats the draft's text
   * settles the draft (it was sent). Returns the new message count.
   */
  async appendMessages(threadId: string, messages: Message[]): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await this.lockThread(trx, threadId);
      const last = await trx
        .selectFrom('messages')
        .select((eb) => eb.fn.max<number | string | null>('seq').as('seq'))
        .where('thread_id', '=', threadId)
        .executeTakeFirst();
      const start = last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1;
      await insertMessages(trx, threadId, start, messages);
      await trx.updateTable('threads').set({ updated_at: now() }).where('id', '=', threadId).execute();
      return start + messages.length;
    });
  }

  /** Replaces the stored draft (null removes it). */
  async setDraft(threadId: string, draft: Message | null): Promise<void> {
    await this.db
      .updateTable('threads')
      .set({ draft: draft ? JSON.stringify(draft) : null, updated_at: now() })
      .where('id', '=', threadId)
      .execute();
  }

  /**
   * Serialises writers of one thread's numbered rows (messages, checks) on PostgreSQL. SQLite needs
   * nothing: its transactions already run one at a time.
   */
  private async lockThread(trx: Kysely<Database>, threadId: string): Promise<void> {
    if (this.kind === 'postgres')
      await trx.selectFrom('threads').select('id').where('id', '=', threadId).forUpdate().execute();
  }

  // Checks

  async addCheck(threadId: string, draftText: string, report: string, errors: number): Promise<StoredCheck> {
    const check: StoredCheck = {
      id: randomUUID(),
      threadId,
      draftText,
      report,
      errors,
      createdAt: now(),
      suggestionUsed: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await this.lockThread(trx, threadId);
      const last = await trx
        .selectFrom('checks')
        .select((eb) => eb.fn.max<number | string | null>('seq').as('seq'))
        .where('thread_id', '=', threadId)
        .executeTakeFirst();
      const seq = last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1;
      await trx
        .insertInto('checks')
        .values({
          id: check.id,
          thread_id: threadId,
          seq,
          draft_text: draftText,
          report,
          errors,
          created_at: check.createdAt,
          suggestion_used: null,
        })
        .execute();
    });
    return check;
  }

  async latestCheck(threadId: string): Promise<StoredCheck | undefined> {
    const row = await this.db
      .selectFrom('checks')
      .selectAll()
      .where('thread_id', '=', threadId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toCheck(row);
  }

  async getCheck(id: string): Promise<StoredCheck | undefined> {
    const row = await this.db.selectFrom('checks').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toCheck(row);
  }

  async setSuggestionUsed(id: string, used: boolean): Promise<void> {
    await this.db
      .updateTable('checks')
      .set({ suggestion_used: used ? 1 : 0 })
      .where('id', '=', id)
      .execute();
  }
}

function teamOf(scope: Scope): string {
  return typeof scope === 'object' && 'team' in scope ? scope.team : '';
}

function toContact(row: Database['contacts']): Contact {
  return {
    id: row.id,
    ownerId: row.owner_id,
    name: row.name,
    culture: row.culture,
    email: row.email,
    notes: row.notes,
    style: row.style === null ? null : (JSON.parse(row.style) as unknown),
    createdAt: row.created_at,
  };
}

function toCheck(row: Database['checks']): StoredCheck {
  return {
    id: row.id,
    threadId: row.thread_id,
    draftText: row.draft_text,
    report: row.report,
    errors: Number(row.errors),
    createdAt: row.created_at,
    suggestionUsed: row.suggestion_used === null ? null : Number(row.suggestion_used) === 1,
  };
}

async function insertMessages(
  trx: Kysely<Database>,
  threadId: string,
  start: number,
  messages: Message[],
): Promise<void> {
  // Batches keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < messages.length; i += 500) {
    const rows = messages.slice(i, i + 500).map((m, j) => ({
      thread_id: threadId,
      seq: start + i + j,
      from_id: m.from,
      at: m.at ?? null,
      text: m.text,
    }));
    await trx.insertInto('messages').values(rows).execute();
  }
}
