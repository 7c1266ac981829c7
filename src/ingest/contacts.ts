/**
 * rapport.contacts.json: who a person is when the export does not say (country, notes).
 *
 *   { "contacts": [{ "name": "John Carter", "email": "john@northwind.com", "country": "US", "notes": "..." }] }
 *
 * A contact is found by email, phone or name; `email` may be a list.
 */
import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as v from 'valibot';
import { normaliseCountry } from '../core/culture/country.ts';
import { InputError } from '../core/errors.ts';
import type { Author } from './conversation.ts';

export const CONTACTS_FILE = 'rapport.contacts.json';

export interface Contact {
  name?: string;
  email?: string[];
  phone?: string;
  country?: string;
  notes?: string;
}

const ContactSchema = v.object({
  name: v.optional(v.string('expected a name as a string')),
  email: v.optional(
    v.union(
      [
        v.pipe(
          v.string(),
          v.transform((e) => [e]),
        ),
        v.array(v.string()),
      ],
      'expected an email address or a list of them',
    ),
  ),
  phone: v.optional(v.string('expected a phone number as a string')),
  country: v.optional(
    v.pipe(
      v.string('expected an ISO 3166-1 alpha-2 country code such as "US" as a string'),
      v.check(
        (code) => normaliseCountry(code) !== undefined,
        (issue) =>
          `expected an ISO 3166-1 alpha-2 country code such as "US", got ${JSON.stringify(issue.input)}`,
      ),
      v.transform((code) => normaliseCountry(code)!),
    ),
  ),
  notes: v.optional(v.string('expected notes as a string')),
});

const ContactsSchema = v.object(
  { contacts: v.array(ContactSchema, 'expected an array of contacts') },
  'expected {"contacts": [...]}',
);

/** The contacts file named by `--contacts`, else rapport.contacts.json beside the input or in the working directory. */
export async function loadContacts(input: string, explicit?: string): Promise<Contact[]> {
  if (explicit) return readContacts(explicit);
  for (const candidate of [join(dirname(input), CONTACTS_FILE), CONTACTS_FILE]) {
    const exists = await access(candidate).then(
      () => true,
      () => false,
    );
    if (exists) return readContacts(candidate);
  }
  return [];
}

async function readContacts(file: string): Promise<Contact[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such contacts file`);
    throw new InputError(`${file}: invalid JSON: ${(error as Error).message}`);
  }
  const result = v.safeParse(ContactsSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue.path ?? [])
      .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
      .join('')
      .replace(/^\./, '');
    throw new InputError(`${file}: ${path || '(top level)'}: ${issue.message}`);
  }
  return result.output.contacts;
}

export function digitsOf(phone: string): string {
  return phone.replace(/\D/g, '').replace(/^00/, '');
}

/** The contact for an author: by email first, then phone, then name (case-insensitive). */
export function findContact(contacts: readonly Contact[], author: Author): Contact | undefined {
  const email = author.email?.toLowerCase();
  const phone = author.phone && digitsOf(author.phone);
  const name = author.name?.trim().toLowerCase();
  return (
    (email && contacts.find((c) => c.email?.some((e) => e.toLowerCase() === email))) ||
    (phone && contacts.find((c) => c.phone && digitsOf(c.phone) === phone)) ||
    (name && contacts.find((c) => c.name?.trim().toLowerCase() === name)) ||
    undefined
  );
}
