import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { phrases } from './phrases.ts';

const found = (set: ReturnType<typeof phrases>, text: string) =>
  set.find(analyze(text)).map((m) => text.slice(m.start, m.end));

describe('phrases', () => {
  it('matches on lower-case forms and lemmas, alternatives and gaps', () => {
    const set = phrases(['take|took ~2 kids', 'do not', 'hope you|your * well']);
    expect(found(set, 'We Took the Kids out. Don’t worry, hope you are well.')).toEqual([
      'Took the Kids',
      'Don’t',
      'hope you are well',
    ]);
    expect(found(set, "I don't know")).toEqual(["don't"]);
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
