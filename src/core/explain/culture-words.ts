/**
 * Words for talking about a culture in an explanation, always as a tendency ("many American
 * clients", "in Russia it is common"), with a neutral wording when no profile is known.
 */
import { type Claim, type CultureProfile, placed } from '../culture/profile.ts';
import type { Lang, Text } from '../rules/types.ts';

function claimsOf(profile: CultureProfile): Claim<unknown>[] {
  return [...Object.values(profile.style), ...Object.values(profile.rapport)] as Claim<unknown>[];
}

/**
 * The profile, if the explanation may name the country: only when the claim behind the sentence
 * has a published placement (or, without a claim, when most of the profile's claims do). Where the
 * literature is silent on a country, the explanation speaks of "many clients", not of its people.
 */
function citable(profile: CultureProfile | undefined, claim?: Claim<unknown>): CultureProfile | undefined {
  if (!profile) return undefined;
  if (claim) return placed(claim) ? profile : undefined;
  const claims = claimsOf(profile);
  return claims.filter((c) => placed(c)).length * 2 >= claims.length ? profile : undefined;
}

/** "in Russia" / "в России"; without a citable profile, "in many business cultures". */
export function inCulture(profile: CultureProfile | undefined, lang: Lang, claim?: Claim<unknown>): string {
  const named = citable(profile, claim);
  if (named) return named.names[lang].in;
  return lang === 'en' ? 'in many business cultures' : 'во многих деловых культурах';
}

/** "Many American clients" / "Многие американские клиенты"; without a citable profile, "Many clients". */
export function manyClients(profile: CultureProfile | undefined, lang: Lang, claim?: Claim<unknown>): string {
  const named = citable(profile, claim);
  if (lang === 'en') return named ? `Many ${named.names.en.people} clients` : 'Many clients';
  return named ? `Многие ${named.names.ru.people} клиенты` : 'Многие клиенты';
}

export { capitalise } from '../text/case.ts';

/** Joins an English and a Russian sentence list into a Text. */
export function text(en: string | string[], ru: string | string[]): Text {
  return { en: [en].flat().filter(Boolean).join(' '), ru: [ru].flat().filter(Boolean).join(' ') };
}

/** Unique source ids from claims and extra ids, in order. */
export function sourcesOf(...lists: (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))];
}
