/**
 * The HTTP API (versioned under /v1): the engine (check, cues, rewrite, rules, cultures) and the
 * stored threads of a team. Every body is validated; every error is RFC 9457 problem+json.
 */

import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import pkg from '../../package.json';
import type { AnalysisCache } from '../core/analysis.ts';
import { check, type Report } from '../core/check.ts';
import { detectCues } from '../core/cues/index.ts';
import { politeness } from '../core/cues/politeness.ts';
import type { Cue } from '../core/cues/types.ts';
import { normaliseCountry } from '../core/culture/country.ts';
import { allProfiles, profileFor, SOURCES } from '../core/culture/profile.ts';
import { InputError } from '../core/errors.ts';
import { formatJson } from '../core/format/json.ts';
import { wholeNumberIn } from '../core/numbers.ts';
import { RULES } from '../core/rules/index.ts';
import type { Lang } from '../core/rules/types.ts';
import { type AnalyzedText, analyze } from '../core/text/analyze.ts';
import { type Message, sides, type Thread } from '../core/thread.ts';
import { parseThread } from '../core/thread-schema.ts';
import { parseThreadText } from '../ingest/index.ts';
import type { Role, Scope, Store, StoredCheck, StoredThread } from '../store/index.ts';
import { OPENAPI } from './openapi.ts';
import { HttpProblem, problemResponse } from './problem.ts';
import { RateLimiter } from './rate-limit.ts';

export interface AppOptions {
  /** Largest request body, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Most messages a thread may hold (default 2000). */
  maxMessages?: number;
  /** Most texts in one POST /v1/cues (default 1000). */
  maxCueItems?: number;
  /** Requests per minute per caller (default 600). */
  rateLimit?: number;
}

export interface Principal {
  id: string;
  name: string;
  role: Role;
  team: string;
  /** True for the single local user of a server with no users configured. */
  local: boolean;
}

const LOCAL: Principal = { id: 'local', name: 'local', role: 'lead', team: 'default', local: true };

/** What a caller may see: a rep their own rows, a lead their team's, the local user everything. */
function scopeOf(who: Principal): Scope {
  if (who.local) return 'all';
  return who.role === 'lead' ? { team: who.team } : { owner: who.id };
}
const TOOL = { name: 'rapport', version: pkg.version };

type Env = { Variables: { principal: Principal } };

// Request bodies

const lang = v.optional(v.picklist(['en', 'ru'], 'expected "en" or "ru"'));
const country = v.optional(
  v.pipe(
    v.string('expected an ISO 3166-1 alpha-2 country code as a string'),
    v.check(
      (s) => normaliseCountry(s) !== undefined,
      (i) => `expected a country code such as "US", got ${JSON.stringify(i.input)}`,
    ),
  ),
);
const isoTime = v.optional(
  v.pipe(
    v.string('expected an ISO 8601 date-time as a string'),
    v.check(
      (s) => !Number.isNaN(Date.parse(s)),
      (i) => `expected an ISO 8601 date-time, got ${JSON.stringify(i.input)}`,
    ),
  ),
);
const checkOptions = {
  draftText: v.optional(v.string('expected the draft text as a string')),
  lang,
  writer: country,
  reader: country,
  now: isoTime,
};
const CheckBody = v.object({ thread: v.unknown(), ...checkOptions }, 'expected a JSON object');
const ThreadCheckBody = v.object(checkOptions, 'expected a JSON object');
const CuesBody = v.object(
  {
    items: v.array(
      v.object(
        {
          id: v.optional(v.union([v.string(), v.number()], 'expected a string or number')),
          text: v.string('expected the text as a string'),
        },
        'expected an object with text',
      ),
      'expected an array of {id, text}',
    ),
  },
  'expected a JSON object with items',
);
const CreateThreadBody = v.object(
  {
    title: v.optional(
      v.pipe(v.string('expected a title as a string'), v.maxLength(200, 'expected at most 200 characters')),
    ),
    thread: v.unknown(),
  },
  'expected a JSON object with thread',
);
const MessageBody = v.object(
  {
    from: v.pipe(
      v.string('expected the id of a participant as a string'),
      v.minLength(1, 'expected the id of a participant'),
    ),
    at: isoTime,
    text: v.string('expected the message text as a string'),
  },
  'expected an object with from and text',
);
const MessagesBody = v.object({ messages: v.array(MessageBody, 'expected an array of messages') });
const CheckPatchBody = v.object(
  { suggestionUsed: v.boolean('expected true or false') },
  'expected a JSON object with suggestionUsed',
);
const optionalText = (what: string, max: number) =>
  v.optional(
    v.nullable(
      v.pipe(
        v.string(`expected ${what} as a string or null`),
        v.maxLength(max, `expected at most ${max} characters`),
      ),
    ),
  );
const ContactPatchBody = v.strictObject(
  {
    email: v.optional(
      v.nullable(
        v.pipe(
          v.string('expected an email address as a string or null'),
          v.maxLength(320, 'expected at most 320 characters'),
          v.email((i) => `expected an email address, got ${JSON.stringify(i.input)}`),
        ),
      ),
    ),
    notes: optionalText('notes', 10_000),
  },
  (i) => `only email and notes can be changed, got ${JSON.stringify(i.input)}`,
);
const Page = { limit: 50, maxLimit: 200 };

function pathOf(issue: v.BaseIssue<unknown>): string {
  const keys = issue.path?.map((item) => item.key) ?? [];
  return keys.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

function validate<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = pathOf(issue);
  const missing = issue.input === undefined && where !== '';
  throw new HttpProblem(
    400,
    'invalid-body',
    `${where || 'body'}: ${missing ? 'required field is missing' : issue.message}`,
    {
      pointer: where
        ? `/${where
            .replace(/\[(\d+)\]/g, '.$1')
            .split('.')
            .join('/')}`
        : '',
    },
  );
}

async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '')
    throw new HttpProblem(400, 'invalid-body', 'the request body is empty: expected JSON');
  const value = parseJson(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new HttpProblem(
      400,
      'invalid-body',
      `body: expected a JSON object, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`,
    );
  return value;
}

/** The JSON object of a thread, checked; the InputError names the field. */
function threadFrom(value: unknown, maxMessages: number): Thread {
  const thread = parseThread(value, 'thread');
  if (thread.messages.length > maxMessages)
    throw new HttpProblem(
      413,
      'too-many-messages',
      `thread: messages: ${thread.messages.length} messages, at most ${maxMessages} are accepted`,
    );
  return thread;
}

/** Message analyses by text, bounded (oldest out first), so a re-check only analyses what is new. */
class BoundedCache extends Map<string, { text: AnalyzedText; cues: Cue[] }> {
  constructor(private readonly max: number) {
    super();
  }
  override set(key: string, value: { text: AnalyzedText; cues: Cue[] }): this {
    if (!this.has(key) && this.size >= this.max) this.delete(this.keys().next().value!);
    return super.set(key, value);
  }
}

/** One cache per caller: one user's texts never answer (or time) another's check. */
const caches = new Map<string, AnalysisCache>();
function cacheFor(principalId: string): AnalysisCache {
  let cache = caches.get(principalId);
  if (!cache) {
    if (caches.size >= 100) caches.delete(caches.keys().next().value!);
    cache = new BoundedCache(5000);
    caches.set(principalId, cache);
  }
  return cache;
}

function runCheck(
  thread: Thread,
  options: v.InferOutput<typeof ThreadCheckBody>,
  cache?: AnalysisCache,
): { report: Report; text: string } {
  const report = check(thread, {
    cache,
    lang: (options.lang ?? 'en') as Lang,
    writerCulture: options.writer ? normaliseCountry(options.writer) : undefined,
    readerCulture: options.reader ? normaliseCountry(options.reader) : undefined,
    draftText: options.draftText,
    now: options.now ? new Date(options.now) : undefined,
  });
  return { report, text: formatJson(report, TOOL) };
}

/** Stores a thread for its owner and, when it has a draft, checks it and keeps the report. */
export async function storeThread(
  store: Store,
  ownerId: string,
  thread: Thread,
  title?: string,
): Promise<string> {
  const id = await store.createThread(ownerId, title ?? `Conversation with ${clientNames(thread)}`, thread);
  if (thread.draft) {
    const { report, text } = runCheck(thread, {});
    await store.addCheck(id, thread.draft.text, text, errorCount(report));
    await learnStyle(store, id, report);
  }
  return id;
}

/** The client's style, as a check read it from their own messages, is kept on their contact. */
async function learnStyle(store: Store, threadId: string, report: Report): Promise<void> {
  const stored = await store.getThread(threadId);
  if (!stored || !report.client.known) return;
  const reader = sides(stored.thread as Thread).reader;
  const contactId = stored.thread.participants.find((p) => p.id === reader.id)?.contactId;
  if (contactId) await store.setContactStyle(contactId, report.client);
}

function errorCount(report: Report): number {
  return report.findings.filter((f) => f.severity === 'error').length;
}

function checkView(stored: StoredCheck) {
  return {
    id: stored.id,
    createdAt: stored.createdAt,
    draftText: stored.draftText,
    errors: stored.errors,
    suggestionUsed: stored.suggestionUsed,
    report: JSON.parse(stored.report) as unknown,
  };
}

function clientNames(thread: Thread): string {
  return thread.participants
    .filter((p) => p.role === 'client')
    .map((p) => p.name)
    .join(', ');
}

function isLoopback(address: string | undefined): boolean {
  return (
    address !== undefined &&
    (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'))
  );
}

export function createApp(store: Store, options: AppOptions = {}): Hono<Env> {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const maxMessages = options.maxMessages ?? 2000;
  const maxCueItems = options.maxCueItems ?? 1000;
  const limiter = new RateLimiter(options.rateLimit ?? 600);
  const app = new Hono<Env>();

  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(error.toProblem(c.req.path), error.headers);
    if (error instanceof InputError)
      return problemResponse(new HttpProblem(400, 'invalid-input', error.message).toProblem(c.req.path));
    console.error(
      `rapport serve: ${c.req.method} ${c.req.path}: ${(error as Error)?.stack ?? String(error)}`,
    );
    return problemResponse(
      new HttpProblem(
        500,
        'internal',
        'the server failed to answer this request; the error is in its log',
      ).toProblem(c.req.path),
    );
  });
  app.notFound((c) =>
    problemResponse(
      new HttpProblem(404, 'not-found', `no such endpoint: ${c.req.method} ${c.req.path}`).toProblem(
        c.req.path,
      ),
    ),
  );

  app.get('/healthz', async (c) => {
    try {
      await store.ping();
    } catch (error) {
      throw new HttpProblem(503, 'unhealthy', `the database does not answer: ${(error as Error).message}`);
    }
    return c.json({ status: 'ok', version: pkg.version, database: store.kind });
  });

  // The API's description is public, like /healthz.
  app.get('/v1/openapi.json', (c) => c.json(OPENAPI));

  // Authentication, then rate limiting per caller, for everything else under /v1.
  app.use('/v1/*', async (c, next) => {
    const users = await store.countUsers();
    const address = getConnInfo(c).remote.address;
    if (users === 0) {
      if (!isLoopback(address))
        throw new HttpProblem(
          403,
          'local-only',
          'this server has no users: it answers only on this machine; add one with "rapport users add"',
        );
      c.set('principal', LOCAL);
    } else {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const user = match ? await store.userByToken(match[1]!) : undefined;
      if (!user) {
        const limited = limiter.take(`addr:${address ?? '?'}`);
        if (!limited.allowed) throw tooMany(limited.retryAfter);
        throw new HttpProblem(
          401,
          'unauthorized',
          match
            ? 'the API token is not valid (revoked, or never issued)'
            : 'this server has users: send "Authorization: Bearer <token>" (tokens come from "rapport users add")',
          {},
          { 'www-authenticate': 'Bearer realm="rapport"' },
        );
      }
      c.set('principal', { ...user, local: false });
    }
    const limited = limiter.take(`user:${c.get('principal').id}`);
    c.header('ratelimit-limit', String(limiter.limit));
    c.header('ratelimit-remaining', String(limited.remaining));
    if (!limited.allowed) throw tooMany(limited.retryAfter);
    await next();
  });

  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        problemResponse(
          new HttpProblem(
            413,
            'body-too-large',
            `the request body is larger than ${maxBodyBytes} bytes`,
          ).toProblem(c.req.path),
        ),
    }),
  );

  // The engine

  app.post('/v1/check', async (c) => {
    const body = await jsonBody(c);
    const input = validate(CheckBody, isBareThread(body) ? { thread: body } : body);
    const thread = threadFrom(input.thread, maxMessages);
    const { text } = runCheck(thread, input, cacheFor(c.get('principal').id));
    return c.body(text, 200, { 'content-type': 'application/json' });
  });

  app.post('/v1/rewrite', async (c) => {
    const body = await jsonBody(c);
    const input = validate(CheckBody, isBareThread(body) ? { thread: body } : body);
    const thread = threadFrom(input.thread, maxMessages);
    const { report } = runCheck(thread, input, cacheFor(c.get('principal').id));
    return c.json({ text: report.rewrite.text, findings: report.findings.map((f) => f.ruleId) });
  });

  app.post('/v1/cues', async (c) => {
    const { items } = validate(CuesBody, await jsonBody(c));
    if (items.length > maxCueItems)
      throw new HttpProblem(
        413,
        'too-many-items',
        `items: ${items.length} texts, at most ${maxCueItems} per request`,
      );
    const results = items.map((item, i) => {
      const text = analyze(item.text);
      const cues = detectCues(text);
      return { id: item.id ?? i, cues, politeness: politeness(cues) };
    });
    return c.json({ results });
  });

  app.get('/v1/rules', (c) => {
    const l = langOf(c.req.query('lang'));
    return c.json({
      rules: RULES.map(({ meta }) => ({
        id: meta.id,
        defaultSeverity: meta.defaultSeverity,
        scope: meta.scope,
        summary: meta.docs.summary[l],
        details: meta.docs.details[l],
        sources: meta.sources.map((id) => ({ id, ...(SOURCES[id] ?? { title: id }) })),
      })),
    });
  });

  app.get('/v1/cultures', (c) => {
    const l = langOf(c.req.query('lang'));
    return c.json({ cultures: allProfiles().map((p) => ({ code: p.id, name: p.names[l].country })) });
  });

  app.get('/v1/cultures/:code', (c) => {
    const raw = c.req.param('code');
    const code = normaliseCountry(raw);
    const profile = code ? profileFor(code) : undefined;
    if (!profile)
      throw new HttpProblem(
        404,
        'unknown-culture',
        `no culture profile for "${raw}"; GET /v1/cultures lists the known ones`,
      );
    return c.json({ code: profile.id, ...profile });
  });

  // Stored threads

  const visibleThread = async (c: Context<Env>, id: string): Promise<StoredThread> => {
    const stored = await store.getThread(id);
    // Someone else's thread is "not found": its existence is not the caller's to know.
    if (!stored || !(await store.canSee(scopeOf(c.get('principal')), stored.ownerId)))
      throw new HttpProblem(404, 'thread-not-found', `no thread with id "${id}"`);
    return stored;
  };

  const saveThread = async (c: Context<Env>, thread: Thread, title: string | undefined) => {
    const id = await storeThread(store, c.get('principal').id, thread, title);
    return c.json(await threadView(id), 201, { location: `/v1/threads/${id}` });
  };

  const threadView = async (id: string) => {
    const stored = (await store.getThread(id))!;
    const latest = await store.latestCheck(id);
    return {
      id: stored.id,
      title: stored.title,
      ownerId: stored.ownerId,
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
      thread: stored.thread,
      latestCheck: latest ? checkView(latest) : null,
    };
  };

  app.post('/v1/threads', async (c) => {
    const body = await jsonBody(c);
    const input = validate(CreateThreadBody, isBareThread(body) ? { thread: body } : body);
    return saveThread(c, threadFrom(input.thread, maxMessages), input.title);
  });

  app.post('/v1/import', async (c) => {
    const raw = await c.req.text();
    if (raw.trim() === '')
      throw new HttpProblem(400, 'invalid-body', 'the request body is empty: expected a thread');
    const type = c.req.header('content-type') ?? '';
    const name = c.req.query('name') ?? (type.includes('json') ? 'import.json' : 'import.txt');
    const thread = parseThreadText(raw, name);
    if (thread.messages.length > maxMessages)
      throw new HttpProblem(
        413,
        'too-many-messages',
        `${name}: ${thread.messages.length} messages, at most ${maxMessages} are accepted`,
      );
    const title = c.req.query('title');
    if (title !== undefined && title.length > 200)
      throw new HttpProblem(400, 'invalid-query', 'title: expected at most 200 characters');
    return saveThread(c, thread, title);
  });

  app.get('/v1/threads', async (c) => {
    const who = c.get('principal');
    const limit = intQuery(c.req.query('limit'), 'limit', Page.limit, 1, Page.maxLimit);
    const offset = intQuery(c.req.query('offset'), 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    const threads = await store.listThreads(scopeOf(who), { limit, offset });
    return c.json({ threads, limit, offset });
  });

  app.get('/v1/threads/:id', async (c) => {
    const stored = await visibleThread(c, c.req.param('id'));
    return c.json(await threadView(stored.id));
  });

  app.post('/v1/threads/:id/messages', async (c) => {
    const stored = await visibleThread(c, c.req.param('id'));
    const body = (await jsonBody(c)) as object;
    // One message, or {messages: [...]}.
    const messages: Message[] =
      'messages' in body ? validate(MessagesBody, body).messages : [validate(MessageBody, body)];
    const ids = new Set(stored.thread.participants.map((p) => p.id));
    messages.forEach((m, i) => {
      if (!ids.has(m.from))
        throw new HttpProblem(
          400,
          'invalid-body',
          `messages[${i}].from: ${JSON.stringify(m.from)} is not the id of a participant of this thread`,
        );
    });
    const total = (await store.countMessages(stored.id)) + messages.length;
    if (total > maxMessages)
      throw new HttpProblem(
        413,
        'too-many-messages',
        `the thread would hold ${total} messages, at most ${maxMessages} are accepted`,
      );
    const clean = messages.map((m) => ({ from: m.from, ...(m.at ? { at: m.at } : {}), text: m.text }));
    await store.appendMessages(stored.id, clean);
    // The rep sent a reply: the draft is settled, and we learn whether the suggestion was used.
    const reps = new Set(stored.thread.participants.filter((p) => p.role === 'rep').map((p) => p.id));
    const sent = clean.filter((m) => reps.has(m.from)).at(-1);
    if (sent) {
      const latest = await store.latestCheck(stored.id);
      if (latest && latest.suggestionUsed === null) {
        const suggested = (JSON.parse(latest.report) as Report).rewrite.text;
        await store.setSuggestionUsed(latest.id, normalise(sent.text) === normalise(suggested));
      }
      if (stored.thread.draft) await store.setDraft(stored.id, null);
    }
    return c.json(await threadView(stored.id), 201);
  });

  app.post('/v1/threads/:id/check', async (c) => {
    const stored = await visibleThread(c, c.req.param('id'));
    const text = await c.req.text();
    const input = validate(ThreadCheckBody, text.trim() === '' ? {} : parseJson(text));
    const { report, text: json } = runCheck(stored.thread, input, cacheFor(c.get('principal').id));
    const draftText = input.draftText ?? stored.thread.draft?.text ?? '';
    if (input.draftText !== undefined) {
      const rep = stored.thread.participants.find((p) => p.role === 'rep')!;
      await store.setDraft(stored.id, {
        from: stored.thread.draft?.from ?? rep.id,
        text: input.draftText,
        ...(input.now ? { at: input.now } : {}),
      });
    }
    const saved = await store.addCheck(stored.id, draftText, json, errorCount(report));
    await learnStyle(store, stored.id, report);
    return c.json(checkView(saved), 201);
  });

  app.patch('/v1/checks/:id', async (c) => {
    const id = c.req.param('id');
    const found = await store.getCheck(id);
    if (!found) throw new HttpProblem(404, 'check-not-found', `no check with id "${id}"`);
    await visibleThread(c, found.threadId).catch(() => {
      throw new HttpProblem(404, 'check-not-found', `no check with id "${id}"`);
    });
    const body = validate(CheckPatchBody, await jsonBody(c));
    await store.setSuggestionUsed(id, body.suggestionUsed);
    return c.json(checkView((await store.getCheck(id))!));
  });

  app.get('/v1/contacts', async (c) => {
    return c.json({ contacts: await store.listContacts(scopeOf(c.get('principal'))) });
  });

  const visibleContact = async (c: Context<Env>, id: string) => {
    const found = await store.getContact(id);
    if (!found || !(await store.canSee(scopeOf(c.get('principal')), found.ownerId)))
      throw new HttpProblem(404, 'contact-not-found', `no contact with id "${id}"`);
    return found;
  };

  app.get('/v1/contacts/:id', async (c) => c.json(await visibleContact(c, c.req.param('id'))));

  app.patch('/v1/contacts/:id', async (c) => {
    const found = await visibleContact(c, c.req.param('id'));
    const change = validate(ContactPatchBody, await jsonBody(c));
    await store.updateContact(found.id, change);
    return c.json(await store.getContact(found.id));
  });

  app.get('/v1/me', (c) => {
    const { id, name, role, team, local } = c.get('principal');
    return c.json({ id, name, role, team, local });
  });

  return app;
}

function tooMany(retryAfter: number): HttpProblem {
  return new HttpProblem(
    429,
    'rate-limited',
    `too many requests: try again in ${retryAfter} s`,
    { retryAfter },
    { 'retry-after': String(retryAfter) },
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpProblem(
      400,
      'invalid-json',
      `the request body is not valid JSON: ${(error as Error).message}`,
    );
  }
}

function isBareThread(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    'participants' in body &&
    !('thread' in body)
  );
}

function langOf(value: string | undefined): Lang {
  if (value === undefined) return 'en';
  if (value === 'en' || value === 'ru') return value;
  throw new HttpProblem(400, 'invalid-query', `lang: expected "en" or "ru", got ${JSON.stringify(value)}`);
}

function intQuery(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = wholeNumberIn(value, min, max);
  if (n === undefined)
    throw new HttpProblem(
      400,
      'invalid-query',
      `${name}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  return n;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
