import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { afterAddress, bodyAfterGreeting, findTokenIndex } from './tokens.ts';

describe('findTokenIndex', () => {
  const { tokens } = analyze('Hi Ann, as discussed: send it, please, by Friday.');
  const comma = (t: { value: string }) => t.value === ',';

  it('finds what findIndex finds inside the range, and nothing outside it', () => {
    for (let from = 0; from <= tokens.length; from++) {
      for (let to = from; to <= tokens.length + 2; to++) {
        const expected = tokens.findIndex((t, k) => k >= from && k < to && comma(t));
        expect(findTokenIndex(tokens, from, to, comma)).toBe(expected);
      }
    }
  });

  it('gives -1 for an empty range', () => {
    expect(findTokenIndex(tokens, 3, 3, () => true)).toBe(-1);
    expect(findTokenIndex(tokens, 5, 2, () => true)).toBe(-1);
  });
});

describe('afterAddress', () => {
  const rest = (text: string) => {
    const { tokens } = analyze(text);
    return text.slice(tokens[afterAddress(tokens, 0, tokens.length)]!.start);
  };

  it('skips a bare name or a title and a name, up to the comma', () => {
    expect(rest('Mr. Diallo, regarding the order, we need the PO.')).toBe(
      'regarding the order, we need the PO.',
    );
    expect(rest('Priya, so when can we start?')).toBe('so when can we start?');
    expect(rest('Dr Al-Amin, the price is final.')).toBe('the price is final.');
  });

  it('skips an honorific written after the name ("Dilshod aka,", "Mehmet Bey,")', () => {
    expect(rest('Dilshod aka, about the tiles: the price is final.')).toBe(
      'about the tiles: the price is final.',
    );
    expect(rest('Mehmet Bey, so when can we start?')).toBe('so when can we start?');
  });

  it('leaves a clause that opens on anything else', () => {
    expect(rest('Regarding the order, we need the PO.')).toBe('Regarding the order, we need the PO.');
    expect(rest('Thanks, the price is final.')).toBe('Thanks, the price is final.');
    expect(rest('As discussed, the price is final.')).toBe('As discussed, the price is final.');
  });
});

describe('bodyAfterGreeting', () => {
  // The greeting is the first word ("Hi", "Dear") in every example.
  const body = (text: string) => {
    const { tokens } = analyze(text);
    const k = bodyAfterGreeting(tokens, tokens[0]!.end, tokens.length);
    return k < tokens.length ? text.slice(tokens[k]!.start) : undefined;
  };

  it('starts after the comma that closes the salutation', () => {
    expect(body('Hi John and team, so, the price is final.')).toBe('so, the price is final.');
    expect(body('Dear Mr. Diallo, regarding the order, we need the PO.')).toBe(
      'regarding the order, we need the PO.',
    );
  });

  it('starts after the name when the comma is left out, on the same line or the next', () => {
    expect(body('Hi Jen fill in the form, then send it back.')).toBe('fill in the form, then send it back.');
    expect(body('Hi Ciara regarding the numbers: yes, we got them.')).toBe(
      'regarding the numbers: yes, we got them.',
    );
    expect(body('Dear Ms. Han\nRegarding the review: we need the NDA.')).toBe(
      'Regarding the review: we need the NDA.',
    );
  });

  it('finds no body after a salutation alone, and skips its stop', () => {
    expect(body('Hi Klaus!')).toBeUndefined();
    expect(body('Hi Klaus! Thanks again for the visit.')).toBe('Thanks again for the visit.');
  });
});
