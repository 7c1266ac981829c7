/**
 * One linguistic analysis per text: sentences and tokens with UTF-16 offsets, part of speech,
 * lemma and negation, from wink-nlp's English lite model (runs in Node and in the browser).
 */

import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import { truecase } from './truecase.ts';

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

/**
 * `names`: the participants' names, for a text typed in lower case: the tagger reads it with its
 * capitals restored (truecase.ts), so "jen, send me the form" is an order to Jen.
 */
export function analyze(text: string, names?: readonly string[]): AnalyzedText {
  const engine = pipeline();
  const its = engine.its;
  const cased = truecase(text, names);
  const doc = engine.readDoc(cased);
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
    const tagged = values[i] ?? '';
    // Usually the value follows a few plain spaces: check there before searching.
    let start = cursor;
    while (cased.charCodeAt(start) === 32) start++;
    if (!tagged || tagged.charCodeAt(0) === 32 || !cased.startsWith(tagged, start))
      start = tagged ? cased.indexOf(tagged, cursor) : -1;
    if (start < 0) start = cursor + (doc.tokens().itemAt(i).out(its.precedingSpaces) as string).length;
    const end = start + tagged.length;
    // As written, not as restored for the tagger.
    const value = cased === text ? tagged : text.slice(start, end);
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
  const spans = splitBareNo(doc.sentences().out(its.span) as unknown as [number, number][], tokens);
  const sentiments = doc.sentences().out(its.sentiment) as unknown as number[];
  spans.forEach(([first, last, wink], index) => {
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
      sentiment: sentiments[wink] ?? 0,
    });
  });
  return { text, tokens, sentences };
}

/**
 * wink's sentence spans, with a bare "No." that opens a line or a sentence made a sentence of its
 * own. wink reads "No." as the abbreviation of "number" and runs it into what follows unless that
 * is "The" or a pronoun: "No. Onboarding plan cannot be shorter." is two sentences, "No. 5 is
 * ready" is one. Each span keeps the index of the wink sentence it came from (for its sentiment).
 */
function splitBareNo(spans: [number, number][], tokens: Token[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  spans.forEach(([first, last], wink) => {
    let from = first;
    for (let t = first; t < last; t++) {
      const next = tokens[t + 1]!;
      const before = tokens[t - 1];
      const opens = t === from || (before?.pos === 'SPACE' && before.value.includes('\n'));
      if (!opens || !/^no\.$/i.test(tokens[t]!.value) || next.pos === 'NUM' || !/^\p{Lu}/u.test(next.value))
        continue;
      if (t > from) out.push([from, t - 1, wink]);
      out.push([t, t, wink]);
      from = t + 1;
    }
    out.push([from, last, wink]);
  });
  return out;
}
