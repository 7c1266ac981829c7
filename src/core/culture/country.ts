/** ISO 3166-1 alpha-2 country codes, checked against the runtime's own region data (works in browsers too). */

// Answers are kept, the Intl object is not: a live ICU object cannot go into the CLI's V8
// startup snapshot (src/cli/snapshot.ts), and a code is looked up once per process anyway.
const isRegion = new Map<string, boolean>();
// Codes Intl knows that are not countries.
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB']);
const ALIASES: Record<string, string> = { UK: 'GB' };

/** The canonical code for `code` ("us" -> "US", "UK" -> "GB"), or undefined when it is not a country. */
export function normaliseCountry(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  const canonical = ALIASES[upper] ?? upper;
  if (!/^[A-Z]{2}$/.test(canonical) || NOT_COUNTRIES.has(canonical)) return undefined;
  let known = isRegion.get(canonical);
  if (known === undefined) {
    known = Boolean(new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of(canonical));
    isRegion.set(canonical, known);
  }
  return known ? canonical : undefined;
}
