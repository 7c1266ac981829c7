import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { CompactLexicon, compactWinkLexicon, lazyHash, lazyList } from './compact-lexicon.ts';

interface Lexeme {
  list: string[];
  hash: Record<string, number>;
}
const coreModel = () => (model as unknown as { core: () => { features: { lexeme: Lexeme } } }).core();
const original = coreModel().features.lexeme;

describe('CompactLexicon', () => {
  const lexicon = new CompactLexicon(original.list);

  it('gives every word of wink’s list its number, and every number its word', () => {
    expect(lexicon.size).toBe(original.list.length);
    const wrong = original.list.filter(
      (word, i) => lexicon.indexOf(word) !== original.hash[word] || lexicon.wordAt(i) !== word,
    );
    expect(wrong).toEqual([]);
  });

  it('finds no word the list lacks, prefixes and extensions of its words included', () => {
    for (const word of ['qwxzv', 'Rapport-Lake', 'the ', 'th', 'thee e', '', 'negotiat'])
      expect(lexicon.indexOf(word)).toBe(original.hash[word] ?? -1);
  });

  it('gives a repeated word the later number, as wink’s own loop does', () => {
    const repeated = new CompactLexicon(['a', 'b', 'a']);
    expect(repeated.indexOf('a')).toBe(2);
    expect(repeated.wordAt(0)).toBe('a');
  });
});

describe('lazyHash and lazyList', () => {
  const lexicon = new CompactLexicon(original.list);

  it('read as wink’s hash does, and keep what was read or added', () => {
    const hash = lazyHash(lexicon);
    expect(hash.lake).toBe(original.hash.lake);
    expect(Object.keys(hash)).toEqual(['lake']);
    expect(hash.qwxzv).toBeUndefined();
    hash.qwxzv = 90_000;
    expect(hash.qwxzv).toBe(90_000);
    expect(hash.lake).toBe(original.hash.lake);
    expect((hash as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
  });

  it('read and grow as wink’s list does', () => {
    const list = lazyList(lexicon);
    const lake = original.hash.lake!;
    expect(list.length).toBe(original.list.length);
    expect(list[lake]).toBe('lake');
    expect(list[original.list.length]).toBeUndefined();
    expect(list.push('qwxzv')).toBe(original.list.length + 1);
    expect(list[original.list.length]).toBe('qwxzv');
    expect(list[0]).toBe(original.list[0]);
  });
});

describe('compactWinkLexicon', () => {
  it('leaves wink’s reading of a text unchanged, unknown words included', () => {
    const text =
      "Hi Sergei, sorry for the slow reply! I took my family to the lake. We'd love a demo of Rapport's CPQ-module on 12.05.";
    const read = (core: () => unknown) => {
      const nlp = winkNLP({ ...model, core } as unknown as typeof model, ['sbd', 'pos']);
      const doc = nlp.readDoc(text);
      const its = nlp.its;
      return [doc.tokens().out(its.value), doc.tokens().out(its.normal), doc.tokens().out(its.pos)];
    };
    expect(read(() => compactWinkLexicon(coreModel()))).toEqual(read(coreModel));
  });
});
