import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const sentences = (text: string) => analyze(text).sentences.map((s) => s.text);

describe('analyze', () => {
  it('gives tokens with offsets into the text as written', () => {
    const text = 'Hi Jen,\nwe’ll send it.';
    for (const t of analyze(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
  });

  it('makes a bare "No." that opens a sentence or a line a sentence of its own', () => {
    expect(sentences('No. Onboarding plan cannot be shorter.')).toEqual([
      'No.',
      'Onboarding plan cannot be shorter.',
    ]);
    expect(sentences('Hi Ann,\nNo. Price is final.')).toEqual(['Hi Ann,', 'No.', 'Price is final.']);
    // "No." as "number" stays inside its sentence.
    expect(sentences('No. 5 is ready.')).toEqual(['No. 5 is ready.']);
    expect(sentences('Ref. No. 12345 is attached.')).toEqual(['Ref.', 'No. 12345 is attached.']);
  });

  it('numbers each token with the sentence it belongs to', () => {
    const text = analyze('No. Price is final.');
    expect(text.tokens.map((t) => t.sentence)).toEqual([0, 1, 1, 1, 1]);
  });

  it('tags a text typed in lower case as if capitalised, keeping the tokens as written', () => {
    const text = analyze('hi jen, fill in the form. noa', ['Jen Park', 'Noa Levi']);
    expect(text.tokens.map((t) => t.value).join(' ')).toBe('hi jen , fill in the form . noa');
    expect(text.tokens[1]!.pos).toBe('PROPN');
  });
});
