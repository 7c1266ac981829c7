/**
 * One linguistic analysis per text: sentences and tokens with UTF-16 offsets, part of speech,
 * lemma and negation, from wink-nlp's English lite model (runs in Node and in the browser).
 */

import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

export interface Token {
  /** The token as written. */
  value: string;
  /** Lower case, contractions expanded ("n't" -> "not"). */
  normal: string;
  lemma: string;
  /** Universal POS tag: NOUN, VERB, AUX, PRON, PROPN, ADJ, ... */
  pos: string;
  negated: boolean;
  start: number;
  end: number;
  /** Index of the sentence it belongs to. */
  sentence: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of its first token and one past its last. */
  firstToken: number;
  endToken: number;
  /** wink's sentence sentiment in [-1, 1]. */
  sentiment: number;
}

export interface AnalyzedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

let nlp: WinkMethods | undefined;

function pipeline(): WinkMethods {
  // Loaded on first use: the CLI's --help and explain never pay for the model.
  nlp ??= winkNLP(model, ['sbd', 'pos', 'negation', 'sentiment']);
  return nlp;
}

export function analyze(text: string): AnalyzedText {
  const engine = pipeline();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  // wink types lemma with a model-addon signature that `out` accepts at run time.
  const lemmas = doc.tokens().out(its.lemma as typeof its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const negations = doc.tokens().out(its.negationFlag) as unknown as boolean[];

  // wink keeps every character (doc.out() === text): a token starts at the first occurrence of its
  // value after the previous token (only spaces lie between). Should a model ever normalise a
  // token, it is placed after the spaces wink says precede it.
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    // Usually the value follows a few plain spaces: check there before searching.
    let start = cursor;
    while (text.charCodeAt(start) === 32) start++;
    if (!value || value.charCodeAt(0) === 32 || !text.startsWith(value, start))
      start = value ? text.indexOf(value, cursor) : -1;
    if (start < 0) start = cursor + (doc.tokens().itemAt(i).out(its.precedingSpaces) as string).length;
    const end = start + value.length;
    tokens.push({
      value,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos: tags[i] ?? 'X',
      negated: Boolean(negations[i]),
      start,
      end,
      sentence: 0,
    });
    cursor = end;
  }

  const sentences: Sentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentiments = doc.sentences().out(its.sentiment) as unknown as number[];
  spans.forEach(([first, last], index) => {
    for (let t = first; t <= last; t++) {
      const token = tokens[t];
      if (token) token.sentence = index;
    }
    const start = tokens[first]?.start ?? 0;
    // A sentence ends at its last visible token: line breaks after it belong to no sentence.
    let lastVisible = last;
    while (lastVisible > first && tokens[lastVisible]?.pos === 'SPACE') lastVisible--;
    const end = tokens[lastVisible]?.end ?? start;
    sentences.push({
      text: text.slice(start, end),
      start,
      end,
      firstToken: first,
      endToken: last + 1,
      sentiment: sentiments[index] ?? 0,
    });
  });
  return { text, tokens, sentences };
}
