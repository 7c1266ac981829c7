import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { phrases } from './phrases.ts';

describe('phrases', () => {
  const first = phrases(['thanks|thx', 'let me know']);
  const later = phrases(['send ~2 contract', 'by friday']);

  it('matches on normal forms and lemmas, gaps included', () => {
    const text = analyze('Thanks! Please send me the contract by Friday and let me know.');
    expect(first.find(text).map((m) => m.phrase)).toEqual(['thanks|thx', 'let me know']);
    expect(later.find(text).map((m) => m.phrase)).toEqual(['send ~2 contract', 'by friday']);
  });

  it('finds the same in a text scanned before the lexicon was first used', () => {
    const scannedEarly = analyze('Send the contract by Friday, thanks.');
    const fresh = analyze('Send the contract by Friday, thanks.');
    const another = phrases(['the contract']);
    expect(first.test(scannedEarly)).toBe(true);
    // `another` joins the index now: the early text is scanned again for it alone.
    expect(another.find(scannedEarly)).toEqual(another.find(fresh));
    expect(later.find(scannedEarly)).toEqual(later.find(fresh));
    expect(first.find(scannedEarly)).toEqual(first.find(fresh));
    expect(another.any(scannedEarly)).toBe(true);
  });

  it('answers range queries within a sentence', () => {
    const text = analyze('Let me know. Thanks.');
    const [one, two] = text.sentences;
    expect(first.test(text, one!.firstToken, one!.endToken)).toBe(true);
    expect(first.find(text, two!.firstToken, two!.endToken).map((m) => m.phrase)).toEqual(['thanks|thx']);
  });
});

const found = (set: ReturnType<typeof phrases>, text: string) =>
  set.find(analyze(text)).map((m) => text.slice(m.start, m.end));

describe('phrase matching', () => {
  it('matches on lower-case forms and lemmas, alternatives and gaps', () => {
    const set = phrases(['take|took ~2 kids', 'do not', 'hope you|your * well']);
    expect(found(set, 'We Took the Kids out. Don’t worry, hope you are well.')).toEqual([
      'Took the Kids',
      'Don’t',
      'hope you are well',
    ]);
    expect(found(set, "I don't know")).toEqual(["don't"]);
  });

  it('matches an alternative the analyser splits ("can\'t") as its several tokens, and as written', () => {
    const set = phrases(["couldn't|cannot|can't ~1 thank", "tumour|alzheimer's"]);
    for (const text of [
      "I can't thank you enough",
      'we cannot thank you enough',
      'I couldn’t thank them enough',
    ])
      expect(set.test(analyze(text)), text).toBe(true);
    expect(set.test(analyze("My father has Alzheimer's."))).toBe(true);
    expect(set.test(analyze('I can thank you later'))).toBe(false);
  });

  it('the first listed phrase wins at a start token', () => {
    const set = phrases(['thank you', 'thank you so much']);
    expect(set.find(analyze('Thank you so much!')).map((m) => m.phrase)).toEqual(['thank you']);
  });

  it('finds a phrase with its article left out, as second-language writers write', () => {
    const set = phrases(['do we have a deal', 'send the contract today']);
    expect(found(set, 'So do we have deal?')).toEqual(['do we have deal']);
    expect(found(set, 'Please send contract today.')).toEqual(['send contract today']);
    expect(found(set, 'Do we have a deal?')).toEqual(['Do we have a deal']);
  });

  it('keeps an article at either end, next to a gap, or mixed with other words', () => {
    const set = phrases(['a bit', 'what a', 'you ~1 the best', 'before the|our holidays']);
    expect(found(set, 'Bit late, what news. Thank you. Best regards. Before holidays.')).toEqual([]);
    expect(found(set, 'A bit late, you are the best, before our holidays')).toEqual([
      'A bit',
      'you are the best',
      'before our holidays',
    ]);
  });

  it('answers range queries: test and find within tokens [from, to)', () => {
    const set = phrases(['big deal']);
    const text = analyze('No big deal. A big deal!');
    const second = text.sentences[1]!;
    expect(set.test(text, second.firstToken, second.endToken)).toBe(true);
    expect(set.find(text, second.firstToken, second.endToken)).toHaveLength(1);
    expect(set.test(text, 0, 2)).toBe(false);
    expect(set.any(text)).toBe(true);
  });
});
