/** The store on real databases: SQLite files always, PostgreSQL too when RAPPORT_TEST_PG is set. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Thread } from '../src/core/thread.ts';
import { hashToken, type Store, StoreError } from '../src/store/index.ts';
import { MIGRATION_NAMES } from '../src/store/migrations.ts';
import { backends } from '../src/store/testing.ts';

const FOUNDING = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'examples', 'founding-case.json'), 'utf8'),
) as Thread;

const small: Thread = {
  participants: [
    { id: 'anna', name: 'Anna Lee', role: 'client', culture: 'US' },
    { id: 'ivan', name: 'Ivan', role: 'rep', culture: 'RU' },
  ],
  messages: [
    { from: 'anna', at: '2026-09-01T10:00:00Z', text: 'Hi Ivan, we are back from our trip to Maine!' },
    { from: 'ivan', text: 'Welcome back, Anna.' },
  ],
  draft: { from: 'ivan', text: 'Please sign the contract.' },
};

for (const backend of backends()) {
  describe(`store on ${backend.name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const c of cleanups.splice(0).reverse()) await c();
    });
    async function fresh() {
      const db = await backend.fresh();
      cleanups.push(async () => {
        await db.store.close().catch(() => {});
        await db.drop();
      });
      return db;
    }

    it('runs every migration once, and none again on reopen', async () => {
      const { store, reopen } = await fresh();
      const done = await store.db
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .execute();
      expect(done.map((r) => (r as { name: string }).name)).toEqual(MIGRATION_NAMES);
      await store.close();
      const again = await reopen();
      cleanups.push(() => again.close());
      expect(await again.countUsers()).toBe(0);
    });

    it('stores a thread, its messages in order, its clients as contacts, and reads it back', async () => {
      const { store } = await fresh();
      const id = await store.createThread('u1', 'Founding case', FOUNDING);
      const got = await store.getThread(id);
      expect(got?.title).toBe('Founding case');
      expect(got?.ownerId).toBe('u1');
      expect(got?.thread.messages).toEqual(FOUNDING.messages);
      expect(got?.thread.draft).toEqual(FOUNDING.draft);
      const contacts = await store.listContacts({ owner: 'u1' });
      expect(contacts.map((c) => [c.name, c.culture])).toEqual([['John Carter', 'US']]);
      const client = got?.thread.participants.find((p) => p.role === 'client');
      expect(client?.contactId).toBe(contacts[0]?.id);
      // The same client in a second thread is the same contact.
      await store.createThread('u1', 'Again', FOUNDING);
      expect(await store.listContacts({ owner: 'u1' })).toHaveLength(1);
      expect(await store.listContacts({ owner: 'u2' })).toHaveLength(0);
      expect(await store.getThread('no-such-id')).toBeUndefined();
    });

    it('appends messages after the last one and settles the draft', async () => {
      const { store } = await fresh();
      const id = await store.createThread('u1', 't', small);
      expect(await store.appendMessages(id, [{ from: 'ivan', text: 'Sent.' }])).toBe(3);
      expect(
        await store.appendMessages(id, [
          { from: 'anna', text: 'a' },
          { from: 'anna', text: 'b' },
        ]),
      ).toBe(5);
      await store.setDraft(id, null);
      const got = await store.getThread(id);
      expect(got?.thread.messages.map((m) => m.text).slice(2)).toEqual(['Sent.', 'a', 'b']);
      expect(got?.thread.draft).toBeUndefined();
      expect(await store.countMessages(id)).toBe(5);
    });

    it('lists threads per owner, latest first, with paging', async () => {
      const { store } = await fresh();
      const a = await store.createThread('u1', 'a', small);
      const b = await store.createThread('u2', 'b', small);
      const c = await store.createThread('u1', 'c', small);
      await new Promise((r) => setTimeout(r, 5));
      await store.appendMessages(a, [{ from: 'anna', text: 'bump' }]);
      const mine = await store.listThreads({ owner: 'u1' }, { limit: 10, offset: 0 });
      expect(mine.map((t) => t.id)).toEqual([a, c]);
      expect(mine[0]?.messages).toBe(3);
      const all = await store.listThreads('all', { limit: 10, offset: 0 });
      expect(all.map((t) => t.id).sort()).toEqual([a, b, c].sort());
      expect(await store.listThreads('all', { limit: 2, offset: 2 })).toHaveLength(1);
      expect(mine[0]?.lastMessage).toEqual({ from: 'anna', text: 'bump' });
      expect(mine[1]?.lastMessage).toEqual(small.messages.at(-1));
      expect(mine[0]?.participants.map((p) => p.id)).toEqual(['anna', 'ivan']);
    });

    it('shows a lead the threads and contacts of their own team only', async () => {
      const { store } = await fresh();
      const a = await store.addUser('a', 'rep', 'east');
      const b = await store.addUser('b', 'rep', 'west');
      await store.addUser('lead-east', 'lead', 'east');
      const ta = await store.createThread(a.user.id, 'a', small);
      const tb = await store.createThread(b.user.id, 'b', FOUNDING);
      const east = await store.listThreads({ team: 'east' }, { limit: 10, offset: 0 });
      expect(east.map((t) => t.id)).toEqual([ta]);
      expect((await store.listContacts({ team: 'east' })).map((c) => c.name)).toEqual(['Anna Lee']);
      expect(await store.canSee({ team: 'east' }, a.user.id)).toBe(true);
      expect(await store.canSee({ team: 'east' }, b.user.id)).toBe(false);
      expect(await store.canSee({ owner: b.user.id }, b.user.id)).toBe(true);
      expect(await store.canSee('all', b.user.id)).toBe(true);
      expect((await store.listThreads('all', { limit: 10, offset: 0 })).map((t) => t.id).sort()).toEqual(
        [ta, tb].sort(),
      );
    });

    it('keeps what people type about a contact, and the style their messages show', async () => {
      const { store } = await fresh();
      await store.createThread('u1', 't', small);
      const [contact] = await store.listContacts({ owner: 'u1' });
      expect(contact).toMatchObject({
        name: 'Anna Lee',
        culture: 'US',
        email: null,
        notes: null,
        style: null,
      });
      await store.updateContact(contact!.id, { email: 'anna@example.com', notes: 'Prefers calls' });
      await store.updateContact(contact!.id, { notes: null });
      await store.setContactStyle(contact!.id, { warmth: 0.5, known: true });
      expect(await store.getContact(contact!.id)).toMatchObject({
        email: 'anna@example.com',
        notes: null,
        style: { warmth: 0.5, known: true },
      });
    });

    it('keeps checks; the latest is the last added, and whether its suggestion was used', async () => {
      const { store } = await fresh();
      const id = await store.createThread('u1', 't', small);
      expect(await store.latestCheck(id)).toBeUndefined();
      const first = await store.addCheck(id, 'one', '{"n":1}', 2);
      const second = await store.addCheck(id, 'two', '{"n":2}', 0);
      const latest = await store.latestCheck(id);
      expect(latest?.id).toBe(second.id);
      expect(latest?.suggestionUsed).toBeNull();
      await store.setSuggestionUsed(first.id, true);
      await store.setSuggestionUsed(second.id, false);
      expect((await store.getCheck(first.id))?.suggestionUsed).toBe(true);
      expect((await store.getCheck(second.id))?.suggestionUsed).toBe(false);
      expect((await store.getCheck(first.id))?.errors).toBe(2);
    });

    it('keeps only the hash of a token; a new token can revoke the old; removing a user revokes all', async () => {
      const { store } = await fresh();
      const { user, token } = await store.addUser('marina', 'rep');
      expect(token).toMatch(/^rapport_[A-Za-z0-9_-]{43}$/);
      const rows = await store.db.selectFrom('tokens').selectAll().execute();
      expect(rows.map((r) => r.hash)).toEqual([hashToken(token)]);
      expect(JSON.stringify(rows)).not.toContain(token);
      expect((await store.userByToken(token))?.id).toBe(user.id);
      expect(await store.userByToken(`${token}x`)).toBeUndefined();
      await expect(store.addUser('marina', 'lead')).rejects.toThrow(StoreError);
      const second = await store.issueToken('marina');
      expect((await store.userByToken(token))?.name).toBe('marina');
      const third = await store.issueToken('marina', true);
      expect(await store.userByToken(token)).toBeUndefined();
      expect(await store.userByToken(second)).toBeUndefined();
      expect((await store.userByToken(third))?.role).toBe('rep');
      await store.addUser('olga', 'lead');
      expect((await store.listUsers()).map((u) => [u.name, u.role, u.tokens])).toEqual([
        ['marina', 'rep', 1],
        ['olga', 'lead', 1],
      ]);
      expect(await store.removeUser('marina')).toBe(true);
      expect(await store.userByToken(third)).toBeUndefined();
      expect(await store.removeUser('marina')).toBe(false);
      expect(await store.countUsers()).toBe(1);
    });

    it('takes concurrent writers: one contact for one client, messages and checks numbered without gaps', async () => {
      const { store } = await fresh();
      const ids = await Promise.all(
        Array.from({ length: 8 }, (_, i) => store.createThread('u1', `t${i}`, small)),
      );
      expect(new Set(ids).size).toBe(8);
      expect(await store.listContacts({ owner: 'u1' })).toHaveLength(1);
      const id = ids[0]!;
      await Promise.all(
        Array.from({ length: 12 }, (_, i) => store.appendMessages(id, [{ from: 'anna', text: `m${i}` }])),
      );
      await Promise.all(Array.from({ length: 6 }, (_, i) => store.addCheck(id, `d${i}`, '{}', 0)));
      const thread = await store.getThread(id);
      expect(thread?.thread.messages).toHaveLength(small.messages.length + 12);
      const seqs = await store.db
        .selectFrom('checks')
        .select('seq')
        .where('thread_id', '=', id)
        .orderBy('seq')
        .execute();
      expect(seqs.map((r) => Number(r.seq))).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('survives a restart: everything written is there after reopening', async () => {
      const { store, reopen } = await fresh();
      const id = await store.createThread('u1', 'persist', FOUNDING);
      await store.addCheck(id, 'draft', '{}', 1);
      const { token } = await store.addUser('lead', 'lead');
      await store.close();
      const again: Store = await reopen();
      cleanups.push(() => again.close());
      expect((await again.getThread(id))?.thread.messages).toHaveLength(FOUNDING.messages.length);
      expect((await again.latestCheck(id))?.draftText).toBe('draft');
      expect((await again.userByToken(token))?.name).toBe('lead');
    });
  });
}
