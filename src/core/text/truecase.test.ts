import { describe, expect, it } from 'vitest';
import { capitalisedNames, isLowerCaseStyle, truecase } from './truecase.ts';

describe('isLowerCaseStyle', () => {
  it.each([
    ['hi jen, send me the form.', true],
    ['ok. thanks! see you monday', true],
    ['hi, can you send the PO today', true],
    ['Hi Jen, send me the form.', false],
    ['hi jen. The form is attached.', false],
    ['1234', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(isLowerCaseStyle(text)).toBe(expected);
  });
});

describe('truecase', () => {
  it('capitalises sentence starts, lines, the pronoun I and the participants’ names', () => {
    expect(truecase("hi jen, fill in the form. i'm out today\nthanks, noa", ['Jen Park', 'Noa Levi'])).toBe(
      "Hi Jen, fill in the form. I'm out today\nThanks, Noa",
    );
  });

  it('keeps the length, so offsets into the text stay valid', () => {
    const text = 'straße? ok. ßtrange i’d say';
    const cased = truecase(text);
    expect(cased).toHaveLength(text.length);
    expect(cased).toBe('Straße? Ok. ßtrange I’d say');
  });

  it('leaves a name that is also an everyday word, and words that contain a name', () => {
    expect(
      truecase('we will send it in may, ask janet or jan', ['Will Smith', 'May Chen', 'Jan Kowalski']),
    ).toBe('We will send it in may, ask janet or Jan');
  });

  it('capitalises a title before a name, so that its dot does not end a sentence', () => {
    expect(truecase('dear eng. saad, thank you for your reply', ['Saad Al Ghamdi'])).toBe(
      'Dear Eng. Saad, thank you for your reply',
    );
    expect(truecase('hi dr weber, the offer is attached', ['Anna Weber'])).toBe(
      'Hi Dr Weber, the offer is attached',
    );
    // Near misses: "miss" before a name is as often the verb, and a title word before no name stays.
    expect(truecase('we miss Anna already. ask the dr', ['Anna Kim'])).toBe(
      'We miss Anna already. Ask the dr',
    );
  });

  it('leaves a text written with capitals untouched', () => {
    const text = 'Hi jen, send me the form. i need it';
    expect(truecase(text, ['Jen'])).toBe(text);
  });
});

describe('capitalisedNames', () => {
  it('takes the names a text capitalises inside a clause, not the words that open a sentence, a line or a clause', () => {
    expect(
      capitalisedNames(
        'Morning Jordan! Did a 20-miler for my Chicago marathon.\nThanks, see you in Makati-Taguig soon. Hi Tom, Thanks again.',
      ),
    ).toEqual(['Jordan', 'Chicago', 'Makati-Taguig', 'Tom']);
  });
  it('takes none from a text written in lower case', () => {
    expect(capitalisedNames('did a run for my chicago marathon')).toEqual([]);
  });
});
