/**
 * The founding case as each source would hold it: whatever the format, the imported thread must
 * get the same verdict as the thread JSON (ignored family news, abrupt pivot, closed pressure question).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../core/check.ts';
import type { LoadOptions } from './conversation.ts';
import { loadThread } from './index.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest');
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

const SOURCES: [string, string, LoadOptions][] = [
  ['thread JSON', join(EXAMPLES, 'founding-case.json'), {}],
  ['transcript', join(EXAMPLES, 'founding-case.txt'), {}],
  ['a Gmail reply (.eml)', join(FIXTURES, 'email', 'marina-reply-gmail.eml'), { me: 'marina@acme.ru' }],
  ['a Takeout archive (.mbox)', join(FIXTURES, 'email', 'gmail-takeout.mbox'), { me: 'marina@acme.ru' }],
  ['a WhatsApp chat', join(FIXTURES, 'whatsapp', 'android-us.txt'), { me: 'Marina Ivanova' }],
  ['LinkedIn messages.csv', join(FIXTURES, 'csv', 'messages.csv'), { me: 'Marina Ivanova' }],
  ['a Slack export', join(FIXTURES, 'slack', 'acme-northwind-export'), { me: 'marina@acme.ru' }],
];

describe('the founding case from every source', () => {
  it.each(SOURCES)('%s', async (_name, path, options) => {
    const thread = await loadThread(path, options);
    // Exports rarely say where people are: the countries are given as a user would with --writer/--reader.
    const report = check(thread, { writerCulture: 'RU', readerCulture: 'US' });
    const ids = report.findings.map((f) => f.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining(['ignored-disclosure', 'abrupt-pivot', 'closed-pressure-question']),
    );
    expect(report.rewrite.text).toMatch(/glad you had a chance to get away with your family/);
  });
});
