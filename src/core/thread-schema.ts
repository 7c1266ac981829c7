/** Validation of thread JSON (DESIGN.md): every problem is reported with the field's path. */
import * as v from 'valibot';
import { normaliseCountry } from './culture/country.ts';
import { InputError } from './errors.ts';
import type { Thread } from './thread.ts';

const nonEmpty = (what: string) =>
  v.pipe(
    v.string(`expected ${what} as a string`),
    v.trim(),
    v.minLength(1, `expected ${what}, got an empty string`),
  );

const country = v.pipe(
  v.string('expected an ISO 3166-1 alpha-2 country code such as "US" as a string'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const code = normaliseCountry(dataset.value);
    if (!code) {
      addIssue({
        message: `expected an ISO 3166-1 alpha-2 country code such as "US" or "RU", got ${JSON.stringify(dataset.value)}`,
      });
      return NEVER;
    }
    return code;
  }),
);

const timestamp = v.pipe(
  v.string('expected an ISO 8601 date-time as a string'),
  v.check(
    (s) =>
      /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
    (issue) =>
      `expected an ISO 8601 date-time such as "2026-09-02T14:00:00Z", got ${JSON.stringify(issue.input)}`,
  ),
);

const participant = v.object(
  {
    id: nonEmpty('an id'),
    name: nonEmpty('a name'),
    role: v.picklist(
      ['rep', 'client'],
      (issue) => `expected "rep" or "client", got ${JSON.stringify(issue.input)}`,
    ),
    culture: v.optional(country),
  },
  'expected an object with id, name and role',
);

const message = v.object(
  {
    from: nonEmpty('the id of a participant'),
    at: v.optional(timestamp),
    text: v.string('expected the message text as a string'),
  },
  'expected an object with from and text',
);

export const ThreadSchema = v.object(
  {
    participants: v.pipe(
      v.array(participant, 'expected an array of participants'),
      v.minLength(2, 'expected at least two participants: a rep and a client'),
    ),
    messages: v.array(message, 'expected an array of messages'),
    draft: v.optional(message),
  },
  'expected a JSON object with participants and messages',
);

function pathOf(issue: v.BaseIssue<unknown>): string {
  const keys = issue.path?.map((item) => item.key) ?? [];
  return keys.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * Checks a parsed JSON value and returns a Thread, or throws an InputError naming the field.
 * `source` (a file name) starts the message.
 */
export function parseThread(value: unknown, source = 'thread'): Thread {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(
      `${source}: expected a JSON object with participants and messages, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`,
    );
  }
  const result = v.safeParse(ThreadSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const where = pathOf(issue);
    // A missing key reaches us as "expected ... got undefined": say it plainly.
    const missing = issue.input === undefined && where !== '';
    throw new InputError(
      `${source}: ${where || '(top level)'}: ${missing ? 'required field is missing' : issue.message}`,
    );
  }
  const thread: Thread = result.output;
  checkReferences(thread, source);
  return thread;
}

function checkReferences(thread: Thread, source: string): void {
  const ids = new Set<string>();
  thread.participants.forEach((p, i) => {
    if (ids.has(p.id))
      throw new InputError(`${source}: participants[${i}].id: duplicate id ${JSON.stringify(p.id)}`);
    ids.add(p.id);
  });
  if (!thread.participants.some((p) => p.role === 'rep'))
    throw new InputError(
      `${source}: participants: expected one participant with role "rep" (the writer of the draft)`,
    );
  if (!thread.participants.some((p) => p.role === 'client'))
    throw new InputError(`${source}: participants: expected at least one participant with role "client"`);
  thread.messages.forEach((m, i) => {
    if (!ids.has(m.from))
      throw new InputError(
        `${source}: messages[${i}].from: ${JSON.stringify(m.from)} is not the id of a participant`,
      );
  });
  if (thread.messages.length === 0 && !thread.draft)
    throw new InputError(
      `${source}: messages: the thread is empty: expected at least one message or a draft`,
    );
  const draft = thread.draft;
  if (draft) {
    const writer = thread.participants.find((p) => p.id === draft.from);
    if (!writer)
      throw new InputError(
        `${source}: draft.from: ${JSON.stringify(draft.from)} is not the id of a participant`,
      );
    if (writer.role !== 'rep')
      throw new InputError(
        `${source}: draft.from: the draft must be written by the rep, but ${JSON.stringify(draft.from)} is a client`,
      );
  }
}
