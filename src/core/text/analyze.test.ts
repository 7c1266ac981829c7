import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyze } from './analyze.ts';

describe('analyze', () => {
  it('gives the sentiment of the full pipeline, computed on first read', () => {
    const nlp = winkNLP(model, ['sbd', 'pos', 'negation', 'sentiment']);
    const texts = [
      'The meeting was lovely. I do not like the new price at all!',
      "Your numbers are wrong and the timeline isn't acceptable. Thanks anyway.",
      'hi jen, great news, the kids loved it',
    ];
    for (const text of texts) {
      const expected = nlp.readDoc(text).sentences().out(nlp.its.sentiment) as unknown as number[];
      const analysed = analyze(text);
      expect(analysed.sentences.map((s) => s.sentiment)).toEqual(expected);
      // A plain field to readers and in JSON.
      expect(JSON.parse(JSON.stringify(analysed.sentences[0])).sentiment).toBe(expected[0]);
    }
  });

  it("gives wink's lemmas, also when they come from the memo", () => {
    const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
    // Contractions ("'s" as "is" or "has") and words whose lemma depends on the tag ("saw", "left").
    const texts = [
      "She's been there. He's here. I can't go, we'd left.",
      'I saw the saw. They left on the left. The kids were running late.',
      "She's been there. He's here. I can't go, we'd left.",
    ];
    for (const text of texts) {
      const expected = nlp
        .readDoc(text)
        .tokens()
        .out(nlp.its.lemma as typeof nlp.its.value);
      expect(analyze(text).tokens.map((t) => t.lemma)).toEqual(expected);
    }
  });
});
