import { describe, expect, it } from 'vitest';
import { type CultureProfile, profileFor } from '../culture/profile.ts';
import { inCulture, manyClients } from './culture-words.ts';

const us = profileFor('US')!;

/** A copy of a profile whose claims all say "no published placement". */
function unplaced(profile: CultureProfile): CultureProfile {
  const blank = (claims: object) =>
    Object.fromEntries(
      Object.entries(claims).map(([k, c]) => [k, { ...c, confidence: 'low', sources: ['UNPLACED'] }]),
    );
  return {
    ...profile,
    style: blank(profile.style) as unknown as CultureProfile['style'],
    rapport: blank(profile.rapport) as unknown as CultureProfile['rapport'],
  };
}

describe('culture words', () => {
  it('names the country when its claims are sourced', () => {
    expect(manyClients(us, 'en')).toBe('Many American clients');
    expect(manyClients(us, 'ru')).toBe('Многие американские клиенты');
    expect(inCulture(profileFor('RU'), 'ru')).toBe('в России');
  });

  it('speaks of clients in general when the literature places nothing for the country', () => {
    const blank = unplaced(us);
    expect(manyClients(blank, 'en')).toBe('Many clients');
    expect(manyClients(blank, 'ru')).toBe('Многие клиенты');
    expect(inCulture(blank, 'en')).toBe('in many business cultures');
  });

  it('follows the one claim an explanation rests on, when given', () => {
    const blank = unplaced(us);
    expect(manyClients(us, 'en', blank.rapport.openness)).toBe('Many clients');
    expect(manyClients(blank, 'en', us.rapport.openness)).toBe('Many American clients');
  });

  it('has no profile to name without one', () => {
    expect(manyClients(undefined, 'en')).toBe('Many clients');
  });
});
