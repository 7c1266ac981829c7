/**
 * The HTTP API over real HTTP: a real server on a random port, real databases (SQLite files in temp
 * dirs; PostgreSQL too when RAPPORT_TEST_PG is set).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Thread } from '../src/core/thread.ts';
import type { AppOptions } from '../src/server/app.ts';
import { type RunningServer, startServer } from '../src/server/index.ts';
import type { Store } from '../src/store/index.ts';
import { backends } from '../src/store/testing.ts';

const ROOT = join(import.meta.dirname, '..');
const FOUNDING_FILE = join(ROOT, 'examples', 'founding-case.json');
const FOUNDING = JSON.parse(readFileSync(FOUNDING_FILE, 'utf8')) as Thread;
const GOOD = JSON.parse(readFileSync(join(ROOT, 'examples', 'founding-case-good.json'), 'utf8')) as Thread;
const SMALL: Thread = {
  participants: [
    { id: 'anna', name: 'Anna Lee', role: 'client', culture: 'US' },
    { id: 'ivan', name: 'Ivan', role: 'rep', culture: 'RU' },
  ],
  messages: [{ from: 'anna', at: '2026-09-01T10:00:00Z', text: 'We are back from our trip to Maine!' }],
  draft: { from: 'ivan', at: '2026-09-02T10:00:00Z', text: 'Please sign the contract.' },
};

interface Call {
  status: number;
  type: string;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are JSON the assertions walk into
  body: any;
}

function client(server: RunningServer, token?: string) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      type,
      headers: response.headers,
      body: type.includes('json') ? JSON.parse(text) : text,
    } satisfies Call;
  };
}

/** An RFC 9457 problem with a clear detail and no stack trace. */
function expectProblem(call: Call, status: number, detail: RegExp) {
  expect(call.status).toBe(status);
  expect(call.type).toBe('application/problem+json');
  expect(call.body).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//) });
  expect(call.body.title).toEqual(expect.any(String));
  expect(call.body.detail).toMatch(detail);
  expect(JSON.stringify(call.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

for (const backend of backends()) {
  describe(`rapport serve API on ${backend.name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const c of cleanups.splice(0).reverse()) await c();
    });

    async function serve(options: AppOptions = {}) {
      const db = await backend.fresh();
      cleanups.push(db.drop);
      const server = await startServer(db.store, { port: 0, ...options });
      cleanups.push(() => server.close());
      return { server, store: db.store, reopen: db.reopen, api: client(server) };
    }

    describe('the engine', () => {
      it('answers /healthz with the database kind', async () => {
        const { api } = await serve();
        const health = await api('GET', '/healthz');
        expect(health.status).toBe(200);
        expect(health.body).toMatchObject({ status: 'ok', database: backend.name });
      });

      it('POST /v1/check returns the same report as `rapport check --format json`', async () => {
        const { api } = await serve();
        const cli = spawnSync(
          process.execPath,
          ['--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), 'check', FOUNDING_FILE, '--format', 'json'],
          { encoding: 'utf8', cwd: ROOT },
        );
        expect(cli.status).toBe(1);
        const wrapped = await api('POST', '/v1/check', { thread: FOUNDING });
        expect(wrapped.status).toBe(200);
        expect(wrapped.body).toEqual(JSON.parse(cli.stdout));
        // Again, with this caller's analyses cached: the same report.
        expect((await api('POST', '/v1/check', { thread: FOUNDING })).body).toEqual(wrapped.body);
        expect(wrapped.body.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
          expect.arrayContaining(['ignored-disclosure', 'abrupt-pivot', 'closed-pressure-question']),
        );
        // A bare thread is accepted too, and the good reply passes with no error.
        const good = await api('POST', '/v1/check', GOOD);
        expect(good.status).toBe(200);
        expect(good.body.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
      });

      it('applies check options: Russian explanations and a replacement draft', async () => {
        const { api } = await serve();
        const ru = await api('POST', '/v1/check', {
          thread: FOUNDING,
          lang: 'ru',
          draftText: 'So, do you want to buy our product?',
        });
        expect(ru.status).toBe(200);
        expect(ru.body.lang).toBe('ru');
        expect(ru.body.findings[0].message).toMatch(/[а-яё]/i);
        const bad = await api('POST', '/v1/check', { thread: FOUNDING, lang: 'fr' });
        expectProblem(bad, 400, /^lang: expected "en" or "ru"/);
        const badCountry = await api('POST', '/v1/check', { thread: FOUNDING, reader: 'Mars' });
        expectProblem(badCountry, 400, /^reader: expected a country code/);
      });

      it('POST /v1/rewrite returns the suggested reply', async () => {
        const { api } = await serve();
        const r = await api('POST', '/v1/rewrite', { thread: FOUNDING });
        expect(r.status).toBe(200);
        expect(r.body.text).toMatch(/glad you had a chance to get away with your family/);
      });

      it('POST /v1/cues analyses many texts', async () => {
        const { api } = await serve();
        const r = await api('POST', '/v1/cues', {
          items: [
            {
              id: 'a',
              text: 'I took my family and kids to the Lakeside and we enjoyed some time by the beach.',
            },
            { text: 'Thanks a lot!' },
          ],
        });
        expect(r.status).toBe(200);
        expect(r.body.results).toHaveLength(2);
        expect(r.body.results[0].id).toBe('a');
        expect(r.body.results[0].cues.map((c: { type: string }) => c.type)).toContain('personal-disclosure');
        expect(r.body.results[1].id).toBe(1);
        expect(r.body.results[1].politeness).toBeGreaterThan(0);
        expectProblem(
          await api('POST', '/v1/cues', { items: [{ id: 1 }] }),
          400,
          /^items\[0\]\.text: required/,
        );
      });

      it('lists rules and cultures, and one culture by code', async () => {
        const { api } = await serve();
        const rules = await api('GET', '/v1/rules');
        expect(rules.body.rules.map((r: { id: string }) => r.id)).toEqual(
          expect.arrayContaining(['ignored-disclosure', 'abrupt-pivot', 'closed-pressure-question']),
        );
        expect(rules.body.rules[0].sources[0]).toMatchObject({
          id: expect.any(String),
          title: expect.any(String),
        });
        const ru = await api('GET', '/v1/rules?lang=ru');
        expect(ru.body.rules[0].summary).toMatch(/[а-яё]/i);
        expectProblem(await api('GET', '/v1/rules?lang=xx'), 400, /lang: expected "en" or "ru"/);
        const cultures = await api('GET', '/v1/cultures');
        const codes = cultures.body.cultures.map((c: { code: string }) => c.code);
        expect(codes).toEqual(expect.arrayContaining(['US', 'RU']));
        const us = await api('GET', '/v1/cultures/us');
        expect(us.status).toBe(200);
        expect(us.body.code).toBe('US');
        expect(us.body.rapport.personalNewsFromCounterpart.sources.length).toBeGreaterThan(0);
        expectProblem(await api('GET', '/v1/cultures/ZZ'), 404, /no culture profile for "ZZ"/);
      });

      it('documents every route in /v1/openapi.json', async () => {
        const { api } = await serve();
        const doc = await api('GET', '/v1/openapi.json');
        expect(doc.body.openapi).toBe('3.1.0');
        const paths = Object.keys(doc.body.paths);
        for (const p of [
          '/healthz',
          '/v1/check',
          '/v1/cues',
          '/v1/rewrite',
          '/v1/rules',
          '/v1/cultures',
          '/v1/cultures/{code}',
          '/v1/threads',
          '/v1/threads/{id}',
          '/v1/threads/{id}/messages',
          '/v1/threads/{id}/check',
          '/v1/checks/{id}',
          '/v1/import',
          '/v1/contacts',
          '/v1/contacts/{id}',
        ])
          expect(paths).toContain(p);
        // Every documented operation answers something other than "no such endpoint".
        for (const [path, ops] of Object.entries(doc.body.paths as Record<string, object>))
          for (const method of Object.keys(ops)) {
            const r = await api(
              method.toUpperCase(),
              path.replace(/\{[^}]+\}/g, 'x'),
              method === 'get' ? undefined : {},
            );
            expect(r.body?.type ?? '', `${method} ${path}`).not.toBe('/problems/not-found');
          }
      });

      it('answers bad requests with problem+json that names the field', async () => {
        const { api } = await serve({ maxBodyBytes: 4096, maxMessages: 3 });
        expectProblem(await api('POST', '/v1/check', '{"thread": '), 400, /not valid JSON/);
        expectProblem(await api('POST', '/v1/check', ''), 400, /body is empty/);
        expectProblem(await api('POST', '/v1/check', []), 400, /^body: expected a JSON object/);
        expectProblem(
          await api('POST', '/v1/check', { thread: {} }),
          400,
          /thread: participants: required field is missing/,
        );
        const noText = { ...SMALL, messages: [{ from: 'anna' }] };
        expectProblem(
          await api('POST', '/v1/check', { thread: noText }),
          400,
          /messages\[0\]\.text: required field is missing/,
        );
        const noDraft = { ...SMALL, draft: undefined };
        expectProblem(await api('POST', '/v1/check', { thread: noDraft }), 400, /no draft to check/);
        expectProblem(await api('POST', '/v1/check', { thread: FOUNDING }), 413, /larger than 4096 bytes/);
        const many = { ...SMALL, messages: Array.from({ length: 4 }, () => ({ from: 'anna', text: 'hi' })) };
        expectProblem(await api('POST', '/v1/check', many), 413, /4 messages, at most 3/);
        expectProblem(await api('GET', '/v1/nothing-here'), 404, /no such endpoint: GET \/v1\/nothing-here/);
      });
    });

    describe('stored threads', () => {
      it('stores a thread, checks its draft, and returns it with its latest report', async () => {
        const { api } = await serve();
        const created = await api('POST', '/v1/threads', { title: 'John', thread: FOUNDING });
        expect(created.status).toBe(201);
        expect(created.headers.get('location')).toBe(`/v1/threads/${created.body.id}`);
        expect(created.body.latestCheck.errors).toBeGreaterThan(0);
        expect(created.body.latestCheck.suggestionUsed).toBeNull();
        const got = await api('GET', `/v1/threads/${created.body.id}`);
        expect(got.status).toBe(200);
        expect(got.body.title).toBe('John');
        expect(got.body.thread.messages).toEqual(FOUNDING.messages);
        expect(got.body.latestCheck.report.rewrite.text).toMatch(/glad you had a chance/);
        const list = await api('GET', '/v1/threads');
        expect(list.body.threads.map((t: { id: string }) => t.id)).toEqual([created.body.id]);
        expect(list.body.threads[0].messages).toBe(FOUNDING.messages.length);
        expect(list.body.threads[0].lastMessage).toEqual(FOUNDING.messages.at(-1));
        expect(list.body.threads[0].participants.map((p: { id: string }) => p.id)).toEqual([
          'john',
          'marina',
        ]);
        const contacts = await api('GET', '/v1/contacts');
        expect(contacts.body.contacts.map((c: { name: string }) => c.name)).toEqual(['John Carter']);
        // The contact keeps the style the check read from John's own messages, and what the rep types.
        const john = contacts.body.contacts[0];
        expect(john.style).toMatchObject({ known: true, personable: true });
        const patched = await api('PATCH', `/v1/contacts/${john.id}`, {
          email: 'john@example.com',
          notes: 'Two kids',
        });
        expect(patched.body).toMatchObject({ email: 'john@example.com', notes: 'Two kids', culture: 'US' });
        expectProblem(
          await api('PATCH', `/v1/contacts/${john.id}`, { email: 'not an email' }),
          400,
          /^email: expected an email address/,
        );
        expectProblem(
          await api('PATCH', `/v1/contacts/${john.id}`, { name: 'X' }),
          400,
          /only email and notes can be changed/,
        );
        expectProblem(await api('GET', '/v1/threads/nope'), 404, /no thread with id "nope"/);
        expectProblem(
          await api('GET', '/v1/threads?limit=0'),
          400,
          /limit: expected a whole number from 1 to 200/,
        );
      });

      it('records that the rep sent the suggested reply, and settles the draft', async () => {
        const { api } = await serve();
        const created = await api('POST', '/v1/threads', FOUNDING);
        const id = created.body.id;
        const suggestion = created.body.latestCheck.report.rewrite.text;
        const sent = await api('POST', `/v1/threads/${id}/messages`, { from: 'marina', text: suggestion });
        expect(sent.status).toBe(201);
        expect(sent.body.thread.messages.at(-1).text).toBe(suggestion);
        expect(sent.body.thread.draft).toBeUndefined();
        expect(sent.body.latestCheck.suggestionUsed).toBe(true);
        // The client answers; a new draft is checked against the longer thread and kept.
        const answered = await api('POST', `/v1/threads/${id}/messages`, {
          messages: [
            { from: 'john', at: '2026-09-10T09:00:00Z', text: 'Thanks Marina! Let us talk next week.' },
          ],
        });
        expect(answered.body.thread.messages).toHaveLength(FOUNDING.messages.length + 2);
        const checked = await api('POST', `/v1/threads/${id}/check`, {
          draftText: 'Send me the signed contract.',
        });
        expect(checked.status).toBe(201);
        expect(checked.body.draftText).toBe('Send me the signed contract.');
        expect(checked.body.report.findings.length).toBeGreaterThan(0);
        const after = await api('GET', `/v1/threads/${id}`);
        expect(after.body.latestCheck.id).toBe(checked.body.id);
        expect(after.body.thread.draft.text).toBe('Send me the signed contract.');
        // The rep writes something else: the suggestion was not used.
        const own = await api('POST', `/v1/threads/${id}/messages`, {
          from: 'marina',
          text: 'Contract attached.',
        });
        expect(own.body.latestCheck.suggestionUsed).toBe(false);
        const patched = await api('PATCH', `/v1/checks/${checked.body.id}`, { suggestionUsed: true });
        expect(patched.body.suggestionUsed).toBe(true);
        expectProblem(
          await api('PATCH', `/v1/checks/${checked.body.id}`, { suggestionUsed: 'yes' }),
          400,
          /suggestionUsed: expected true or false/,
        );
        expectProblem(
          await api('POST', `/v1/threads/${id}/messages`, { from: 'nobody', text: 'x' }),
          400,
          /"nobody" is not the id of a participant/,
        );
        expectProblem(
          await api('POST', `/v1/threads/${id}/messages`, { from: 'john' }),
          400,
          /text: required field is missing/,
        );
      });

      it('limits the messages a stored thread can grow to', async () => {
        const { api } = await serve({ maxMessages: 3 });
        const created = await api('POST', '/v1/threads', {
          ...GOOD,
          messages: GOOD.messages.slice(-2),
          draft: undefined,
        });
        expect(created.status).toBe(201);
        expect(created.body.latestCheck).toBeNull();
        const two = [
          { from: GOOD.participants[0]!.id, text: 'one' },
          { from: GOOD.participants[0]!.id, text: 'two' },
        ];
        expectProblem(
          await api('POST', `/v1/threads/${created.body.id}/messages`, { messages: two }),
          413,
          /would hold 4 messages, at most 3/,
        );
      });

      it('imports thread JSON, and says which formats it reads', async () => {
        const { api } = await serve();
        const imported = await api('POST', '/v1/import?title=Imported', JSON.stringify(FOUNDING), {
          'content-type': 'application/json',
        });
        expect(imported.status).toBe(201);
        expect(imported.body.title).toBe('Imported');
        expect(imported.body.thread.messages).toHaveLength(FOUNDING.messages.length);
        const transcript = readFileSync(join(ROOT, 'examples', 'founding-case.txt'), 'utf8');
        const fromText = await api('POST', '/v1/import?name=founding-case.txt', transcript, {
          'content-type': 'text/plain',
        });
        expect(fromText.status).toBe(201);
        expect(fromText.body.thread.messages.length).toBeGreaterThan(10);
        const broken = await api('POST', '/v1/import', '{"participants": 3}', {
          'content-type': 'application/json',
        });
        expectProblem(broken, 400, /import\.json: participants: expected an array/);
        const unknown = await api('POST', '/v1/import?name=notes.xyz', '\u0000\u0001 binary?', {
          'content-type': 'application/octet-stream',
        });
        expect(unknown.status).toBe(400);
        expect(unknown.type).toBe('application/problem+json');
      });

      it('keeps everything across a restart on the same database', async () => {
        const db = await backend.fresh();
        cleanups.push(db.drop);
        let server = await startServer(db.store, { port: 0 });
        const created = await client(server)('POST', '/v1/threads', FOUNDING);
        await server.close();
        const store: Store = await db.reopen();
        server = await startServer(store, { port: 0 });
        cleanups.push(() => server.close());
        const got = await client(server)('GET', `/v1/threads/${created.body.id}`);
        expect(got.status).toBe(200);
        expect(got.body.thread.messages).toEqual(FOUNDING.messages);
        expect(got.body.latestCheck.id).toBe(created.body.latestCheck.id);
      });
    });

    describe('teams: tokens and roles', () => {
      async function team(options: AppOptions = {}) {
        const s = await serve(options);
        const marina = await s.store.addUser('marina', 'rep');
        const pavel = await s.store.addUser('pavel', 'rep');
        const olga = await s.store.addUser('olga', 'lead');
        const other = await s.store.addUser('oleg', 'lead', 'another-team');
        return {
          ...s,
          marina: client(s.server, marina.token),
          pavel: client(s.server, pavel.token),
          olga: client(s.server, olga.token),
          oleg: client(s.server, other.token),
          ids: { marina: marina.user.id, pavel: pavel.user.id, olga: olga.user.id },
        };
      }

      it('asks for a bearer token once users exist', async () => {
        const { api, server } = await team();
        const none = await api('GET', '/v1/threads');
        expectProblem(none, 401, /send "Authorization: Bearer <token>"/);
        expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expectProblem(await client(server, 'rapport_forged')('GET', '/v1/rules'), 401, /token is not valid/);
        // Health and the API's description stay open.
        expect((await api('GET', '/healthz')).status).toBe(200);
        expect((await api('GET', '/v1/openapi.json')).status).toBe(200);
      });

      it('rejects a revoked token with 401, at once', async () => {
        const { marina, store, server } = await team();
        expect((await marina('GET', '/v1/me')).status).toBe(200);
        const fresh = await store.issueToken('marina', true);
        expectProblem(await marina('GET', '/v1/me'), 401, /token is not valid/);
        expect((await client(server, fresh)('GET', '/v1/me')).status).toBe(200);
      });

      it("shows a rep only their own threads and contacts; a lead sees their team's", async () => {
        const { marina, pavel, olga, oleg, ids } = await team();
        const mine = await marina('POST', '/v1/threads', FOUNDING);
        expect(mine.body.ownerId).toBe(ids.marina);
        const his = await pavel('POST', '/v1/threads', GOOD);
        expect((await marina('GET', '/v1/threads')).body.threads.map((t: { id: string }) => t.id)).toEqual([
          mine.body.id,
        ]);
        expect((await pavel('GET', '/v1/threads')).body.threads.map((t: { id: string }) => t.id)).toEqual([
          his.body.id,
        ]);
        const all = (await olga('GET', '/v1/threads')).body.threads.map((t: { id: string }) => t.id);
        expect(all.sort()).toEqual([mine.body.id, his.body.id].sort());
        expectProblem(await pavel('GET', `/v1/threads/${mine.body.id}`), 404, /no thread with id/);
        expectProblem(
          await pavel('POST', `/v1/threads/${mine.body.id}/messages`, { from: 'marina', text: 'x' }),
          404,
          /no thread/,
        );
        expectProblem(
          await pavel('PATCH', `/v1/checks/${mine.body.latestCheck.id}`, { suggestionUsed: true }),
          404,
          /no check/,
        );
        expect((await olga('GET', `/v1/threads/${mine.body.id}`)).status).toBe(200);
        expect((await pavel('GET', '/v1/contacts')).body.contacts).toHaveLength(1);
        expect((await olga('GET', '/v1/contacts')).body.contacts).toHaveLength(2);
        expect((await marina('GET', '/v1/me')).body).toMatchObject({
          name: 'marina',
          role: 'rep',
          local: false,
        });
        // A lead of another team sees none of them, even by id.
        expect((await oleg('GET', '/v1/threads')).body.threads).toEqual([]);
        expectProblem(await oleg('GET', `/v1/threads/${mine.body.id}`), 404, /no thread with id/);
        const contactId = mine.body.thread.participants.find(
          (p: { role: string }) => p.role === 'client',
        ).contactId;
        expectProblem(await pavel('GET', `/v1/contacts/${contactId}`), 404, /no contact with id/);
        expectProblem(await oleg('PATCH', `/v1/contacts/${contactId}`, { notes: 'x' }), 404, /no contact/);
        expect((await olga('GET', `/v1/contacts/${contactId}`)).status).toBe(200);
      });

      it('rate-limits each token on its own', async () => {
        const { marina, pavel } = await team({ rateLimit: 3 });
        for (let i = 0; i < 3; i++) expect((await marina('GET', '/v1/rules')).status).toBe(200);
        const limited = await marina('GET', '/v1/rules');
        expectProblem(limited, 429, /too many requests: try again in \d+ s/);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await pavel('GET', '/v1/rules')).status).toBe(200);
      });
    });

    it('serves a single local user (a lead) when no users are configured', async () => {
      const { api } = await serve();
      expect((await api('GET', '/v1/me')).body).toEqual({
        id: 'local',
        name: 'local',
        role: 'lead',
        team: 'default',
        local: true,
      });
    });

    it('finishes requests in flight when stopped, then refuses new connections', async () => {
      const { server } = await serve();
      const body = JSON.stringify({
        items: [{ id: 1, text: 'I took my family to the lake. How was your weekend?' }],
      });
      // Half of the body is sent before the server is told to stop, the rest after.
      const request = httpRequest(`${server.url}/v1/cues`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        request.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        request.on('error', reject);
      });
      request.write(body.slice(0, 10));
      await new Promise((r) => setTimeout(r, 200));
      const closing = server.close();
      await new Promise((r) => setTimeout(r, 100));
      request.end(body.slice(10));
      const result = await answered;
      await closing;
      expect(result.status).toBe(200);
      expect(JSON.parse(result.text).results[0].cues.length).toBeGreaterThan(0);
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    });
  });
}
