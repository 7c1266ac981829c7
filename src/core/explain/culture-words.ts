/**
 * Words for talking about a culture in an explanation, always as a tendency ("many American
 * clients", "in Russia it is common"), with a neutral wording when no profile is known.
 */
import type { CultureProfile } from '../culture/profile.ts';
import type { Lang, Text } from '../rules/types.ts';

/** "in Russia" / "в России"; without a profile, "in your business culture". */
export function inCulture(profile: CultureProfile | undefined, lang: Lang): string {
  if (profile) return profile.names[lang].in;
  return lang === 'en' ? 'in many business cultures' : 'во многих деловых культурах';
}

/** "Many American clients" / "Многие американские клиенты". */
export function manyClients(profile: CultureProfile | undefined, lang: Lang): string {
  if (lang === 'en') return profile ? `Many ${profile.names.en.people} clients` : 'Many clients';
  return profile ? `Многие ${profile.names.ru.people} клиенты` : 'Многие клиенты';
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Joins an English and a Russian sentence list into a Text. */
export function text(en: string | string[], ru: string | string[]): Text {
  return { en: [en].flat().filter(Boolean).join(' '), ru: [ru].flat().filter(Boolean).join(' ') };
}

/** Unique source ids from claims and extra ids, in order. */
export function sourcesOf(...lists: (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))];
}
