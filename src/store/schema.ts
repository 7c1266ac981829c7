/**
 * The tables, as Kysely sees them. Portable between SQLite and PostgreSQL: ids are text (UUIDs),
 * times are ISO 8601 text, booleans are integers 0/1, JSON is text.
 */
export type Role = 'rep' | 'lead';

export interface UsersTable {
  id: string;
  name: string;
  role: Role;
  /** A lead sees the threads of the users of their team. */
  team: string;
  created_at: string;
}

export interface TokensTable {
  id: string;
  user_id: string;
  /** SHA-256 of the token, hex. The token itself is shown once and never stored. */
  hash: string;
  created_at: string;
}

export interface ContactsTable {
  id: string;
  owner_id: string;
  name: string;
  culture: string | null;
  email: string | null;
  notes: string | null;
  /** What their own messages show (the report's `client`), as JSON, from the latest check. */
  style: string | null;
  created_at: string;
}

export interface ThreadsTable {
  id: string;
  owner_id: string;
  title: string;
  /** Participant[] as JSON, each client with its `contactId`. */
  participants: string;
  /** The draft message as JSON, or null. */
  draft: string | null;
  created_at: string;
  updated_at: string;
}

export interface MessagesTable {
  thread_id: string;
  seq: number;
  from_id: string;
  at: string | null;
  text: string;
}

export interface ChecksTable {
  id: string;
  thread_id: string;
  /** 0, 1, 2 ... within the thread: the latest check has the highest. */
  seq: number;
  draft_text: string;
  /** The report JSON (as `rapport check --format json`). */
  report: string;
  errors: number;
  created_at: string;
  /** 1 when the rep sent the suggested reply, 0 when not, null while unknown. */
  suggestion_used: number | null;
}

export interface Database {
  users: UsersTable;
  tokens: TokensTable;
  contacts: ContactsTable;
  threads: ThreadsTable;
  messages: MessagesTable;
  checks: ChecksTable;
}
