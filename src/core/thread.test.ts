import { describe, expect, it } from 'vitest';
import { firstName } from './thread.ts';

const named = (name: string) => firstName({ id: 'c', name, role: 'client' });

describe('firstName', () => {
  it('is the first word of a plain name', () => {
    expect(named('John Carter')).toBe('John');
    expect(named('  Marina ')).toBe('Marina');
  });

  it('skips a title before a given name and a surname', () => {
    expect(named('Dr. Anna Schmidt')).toBe('Anna');
    expect(named('Eng. Tarek Mansour')).toBe('Tarek');
    expect(named('Mrs Priya Nair')).toBe('Priya');
    // Feminine and Romance-language titles: "Dra." (doctora), "Profa.", "Dott."
    expect(named('Dra. Marta Ribeiro')).toBe('Marta');
    expect(named('Profa. Inés Vidal')).toBe('Inés');
    expect(named('Dott. Luca Bassi')).toBe('Luca');
  });

  it('keeps a title with a single name whole, never the title alone', () => {
    expect(named('Eng. Tarek')).toBe('Eng. Tarek');
    expect(named('Mr. Tanaka')).toBe('Mr. Tanaka');
  });

  it('does not take a name that looks like a title for one', () => {
    expect(named('Mrinal Sen')).toBe('Mrinal');
    expect(named('Engin Yilmaz')).toBe('Engin');
  });
});
