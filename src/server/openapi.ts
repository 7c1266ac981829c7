/** The OpenAPI 3.1 document of the API, served at GET /v1/openapi.json. */
import pkg from '../../package.json';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const errors = {
  '400': problem('The body or a parameter is invalid; `detail` names the field.'),
  '401': problem('This server has users and the request has no valid bearer token.'),
  '413': problem('The body is too large, or the thread has too many messages.'),
  '429': problem('Too many requests for this caller; see Retry-After.'),
};
const idParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const langParam = { name: 'lang', in: 'query', schema: { enum: ['en', 'ru'], default: 'en' } };

const checkOptions = {
  draftText: { type: 'string', description: "Checked as the draft (replaces the thread's draft)." },
  lang: { enum: ['en', 'ru'], description: 'Language of explanations (default en).' },
  writer: { type: 'string', description: "Overrides the rep's country (ISO 3166-1 alpha-2)." },
  reader: { type: 'string', description: "Overrides the client's country (ISO 3166-1 alpha-2)." },
  now: { type: 'string', format: 'date-time', description: "Time of checking (default: the draft's)." },
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Rapport API',
    version: pkg.version,
    description:
      'Checks a sales reply for what a client from another culture will likely read as cold, rude or pushy, ' +
      "and stores a team's threads. Errors are RFC 9457 problem details. With no users configured the server " +
      'answers only on localhost, as a single local user; otherwise every /v1 request needs "Authorization: Bearer <token>".',
  },
  security: [{ bearer: [] }],
  paths: {
    '/healthz': {
      get: {
        summary: 'Liveness and database check',
        security: [],
        responses: { '200': json({ type: 'object' }), '503': problem('The database does not answer.') },
      },
    },
    '/v1/check': {
      post: {
        summary: 'Check a draft: the report of `rapport check --format json`',
        requestBody: { required: true, ...json(ref('CheckRequest')) },
        responses: { '200': { description: 'The report.', ...json(ref('Report')) }, ...errors },
      },
    },
    '/v1/rewrite': {
      post: {
        summary: 'Only the suggested reply',
        requestBody: { required: true, ...json(ref('CheckRequest')) },
        responses: {
          '200': json({
            type: 'object',
            properties: { text: { type: 'string' }, findings: { type: 'array', items: { type: 'string' } } },
          }),
          ...errors,
        },
      },
    },
    '/v1/cues': {
      post: {
        summary: 'Cues and politeness of many texts (as `rapport cues`)',
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['items'],
            properties: {
              items: {
                type: 'array',
                maxItems: 1000,
                items: {
                  type: 'object',
                  required: ['text'],
                  properties: { id: { type: ['string', 'number'] }, text: { type: 'string' } },
                },
              },
            },
          }),
        },
        responses: {
          '200': json({
            type: 'object',
            properties: {
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: ['string', 'number'] },
                    cues: { type: 'array', items: { type: 'object' } },
                    politeness: { type: 'number', minimum: -1, maximum: 1 },
                  },
                },
              },
            },
          }),
          ...errors,
        },
      },
    },
    '/v1/rules': {
      get: {
        summary: 'The rules, with docs and sources',
        parameters: [langParam],
        responses: { '200': json({ type: 'object' }) },
      },
    },
    '/v1/cultures': {
      get: {
        summary: 'Known culture profiles',
        parameters: [langParam],
        responses: { '200': json({ type: 'object' }) },
      },
    },
    '/v1/cultures/{code}': {
      get: {
        summary: 'One culture profile: cited tendencies, never facts about a person',
        parameters: [idParam('code')],
        responses: { '200': json({ type: 'object' }), '404': problem('No profile for that code.') },
      },
    },
    '/v1/threads': {
      get: {
        summary:
          "Threads visible to the caller (a rep: their own; a lead: their team's), latest first, with participants and last message",
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
        ],
        responses: { '200': json({ type: 'object' }), ...errors },
      },
      post: {
        summary: 'Store a thread (checked at once when it has a draft)',
        requestBody: {
          required: true,
          ...json({
            oneOf: [
              {
                type: 'object',
                required: ['thread'],
                properties: { title: { type: 'string', maxLength: 200 }, thread: ref('Thread') },
              },
              ref('Thread'),
            ],
          }),
        },
        responses: { '201': json(ref('StoredThread')), ...errors },
      },
    },
    '/v1/import': {
      post: {
        summary: 'Import a thread from a source format (thread JSON; others as importers land)',
        parameters: [
          {
            name: 'name',
            in: 'query',
            schema: { type: 'string' },
            description: 'A file name whose extension tells the format.',
          },
          { name: 'title', in: 'query', schema: { type: 'string', maxLength: 200 } },
        ],
        requestBody: { required: true, content: { 'application/json': {}, 'text/plain': {} } },
        responses: { '201': json(ref('StoredThread')), ...errors },
      },
    },
    '/v1/threads/{id}': {
      get: {
        summary: 'A stored thread with its latest report',
        parameters: [idParam('id')],
        responses: {
          '200': json(ref('StoredThread')),
          '404': problem('No such thread visible to the caller.'),
          ...errors,
        },
      },
    },
    '/v1/threads/{id}/messages': {
      post: {
        summary:
          'Append messages; a reply by the rep settles the draft and records whether the suggestion was used',
        parameters: [idParam('id')],
        requestBody: {
          required: true,
          ...json({
            oneOf: [
              ref('Message'),
              {
                type: 'object',
                required: ['messages'],
                properties: { messages: { type: 'array', items: ref('Message') } },
              },
            ],
          }),
        },
        responses: { '201': json(ref('StoredThread')), '404': problem('No such thread.'), ...errors },
      },
    },
    '/v1/threads/{id}/check': {
      post: {
        summary: 'Check the stored thread (with a new draft, which is stored) and keep the report',
        parameters: [idParam('id')],
        requestBody: { ...json({ type: 'object', properties: checkOptions }) },
        responses: { '201': json(ref('StoredCheck')), '404': problem('No such thread.'), ...errors },
      },
    },
    '/v1/checks/{id}': {
      patch: {
        summary: 'Record whether the suggested reply was used',
        parameters: [idParam('id')],
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['suggestionUsed'],
            properties: { suggestionUsed: { type: 'boolean' } },
          }),
        },
        responses: { '200': json(ref('StoredCheck')), '404': problem('No such check.'), ...errors },
      },
    },
    '/v1/contacts': {
      get: {
        summary: "Clients from the caller's stored threads (a rep: their own; a lead: their team's)",
        responses: { '200': json({ type: 'object' }), ...errors },
      },
    },
    '/v1/contacts/{id}': {
      get: {
        summary: 'One contact, with the style their own messages show (from the latest check)',
        parameters: [idParam('id')],
        responses: {
          '200': json(ref('Contact')),
          '404': problem('No such contact visible to the caller.'),
          ...errors,
        },
      },
      patch: {
        summary: "Set a contact's email or notes (null clears)",
        parameters: [idParam('id')],
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            additionalProperties: false,
            properties: {
              email: { type: ['string', 'null'], format: 'email', maxLength: 320 },
              notes: { type: ['string', 'null'], maxLength: 10000 },
            },
          }),
        },
        responses: { '200': json(ref('Contact')), '404': problem('No such contact.'), ...errors },
      },
    },
    '/v1/me': {
      get: { summary: 'Who the caller is', responses: { '200': json({ type: 'object' }), ...errors } },
    },
    '/v1/openapi.json': {
      get: { summary: 'This document', security: [], responses: { '200': json({ type: 'object' }) } },
    },
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'A token from `rapport users add`.' },
    },
    schemas: {
      Problem: {
        type: 'object',
        description: 'RFC 9457 problem details. `type` is a relative URI: /problems/<kind>.',
        required: ['type', 'title', 'status', 'detail'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          instance: { type: 'string' },
        },
      },
      Participant: {
        type: 'object',
        required: ['id', 'name', 'role'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          role: { enum: ['rep', 'client'] },
          culture: { type: 'string', description: 'ISO 3166-1 alpha-2' },
        },
      },
      Message: {
        type: 'object',
        required: ['from', 'text'],
        properties: {
          from: { type: 'string' },
          at: { type: 'string', format: 'date-time' },
          text: { type: 'string' },
        },
      },
      Thread: {
        type: 'object',
        required: ['participants', 'messages'],
        properties: {
          participants: { type: 'array', minItems: 2, items: ref('Participant') },
          messages: { type: 'array', maxItems: 2000, items: ref('Message') },
          draft: ref('Message'),
        },
      },
      CheckRequest: {
        oneOf: [
          { type: 'object', required: ['thread'], properties: { thread: ref('Thread'), ...checkOptions } },
          ref('Thread'),
        ],
      },
      Report: {
        type: 'object',
        description: 'As DESIGN.md and README ("Output formats", json).',
        required: ['findings', 'rewrite', 'relationship', 'cues'],
        properties: {
          version: { type: 'integer' },
          tool: { type: 'object' },
          findings: { type: 'array', items: { type: 'object' } },
          rewrite: { type: 'object', properties: { text: { type: 'string' } } },
          relationship: { type: 'object' },
          cues: { type: 'array', items: { type: 'object' } },
        },
      },
      Contact: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          ownerId: { type: 'string' },
          name: { type: 'string' },
          culture: { type: ['string', 'null'] },
          email: { type: ['string', 'null'] },
          notes: { type: ['string', 'null'] },
          style: { type: ['object', 'null'], description: "The report's `client` from the latest check." },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
      StoredCheck: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          createdAt: { type: 'string', format: 'date-time' },
          draftText: { type: 'string' },
          errors: { type: 'integer' },
          suggestionUsed: { type: ['boolean', 'null'] },
          report: ref('Report'),
        },
      },
      StoredThread: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          ownerId: { type: 'string' },
          createdAt: { type: 'string', format: 'date-time' },
          updatedAt: { type: 'string', format: 'date-time' },
          thread: ref('Thread'),
          latestCheck: { oneOf: [ref('StoredCheck'), { type: 'null' }] },
        },
      },
    },
  },
} as const;
