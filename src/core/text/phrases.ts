/**
 * Phrase lexicons matched on tokens, not on raw strings, so that "don't" and "do not", "took" and
 * "take", or "Kids" and "kid" meet. Patterns are tokenised by the same analyser as the text, once.
 *
 * Pattern syntax, one phrase per string:
 *   word       matches the token's lower-case form or its lemma
 *   a|b|c      any of these words
 *   *          any one token
 *   ~N         up to N tokens of any kind (a gap)
 */
import { type AnalyzedText, analyze, type Token } from './analyze.ts';

type Step = { kind: 'words'; words: Set<string> } | { kind: 'any' } | { kind: 'gap'; max: number };

export interface PhraseMatch {
  phrase: string;
  /** Token indices, end exclusive. */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
}

export interface PhraseSet {
  find(text: AnalyzedText, from?: number, to?: number): PhraseMatch[];
  /** Whether any phrase occurs in the text (or in tokens [from, to)). */
  test(text: AnalyzedText, from?: number, to?: number): boolean;
}

function compile(pattern: string): Step[] {
  return pattern
    .trim()
    .split(/\s+/)
    .flatMap((part): Step[] => {
      if (part === '*') return [{ kind: 'any' }];
      const gap = /^~(\d+)$/.exec(part);
      if (gap) return [{ kind: 'gap', max: Number(gap[1]) }];
      // Alternatives are tokenised one by one; a word wink splits ("can't") becomes several steps.
      const alternatives = part.split('|');
      if (alternatives.length === 1) {
        return analyze(part)
          .tokens.filter((t) => t.pos !== 'SPACE')
          .map((t) => ({ kind: 'words', words: new Set([t.normal]) }));
      }
      return [{ kind: 'words', words: new Set(alternatives.map((a) => a.toLowerCase())) }];
    });
}

function tokenMatches(step: Step, token: Token): boolean {
  if (step.kind !== 'words') return true;
  return (
    step.words.has(token.normal) || step.words.has(token.lemma) || step.words.has(token.value.toLowerCase())
  );
}

function matchAt(steps: Step[], s: number, tokens: Token[], t: number, to: number): number {
  if (s === steps.length) return t;
  const step = steps[s]!;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max && t + skip <= to; skip++) {
      const end = matchAt(steps, s + 1, tokens, t + skip, to);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[t];
  if (t >= to || !token || !tokenMatches(step, token)) return -1;
  return matchAt(steps, s + 1, tokens, t + 1, to);
}

/** Compiles a list of phrases; compilation is lazy so importing a lexicon costs nothing. */
export function phrases(patterns: readonly string[]): PhraseSet {
  let compiled: { phrase: string; steps: Step[] }[] | undefined;
  const all = () => {
    compiled ??= patterns.map((phrase) => ({ phrase, steps: compile(phrase) }));
    return compiled;
  };
  const find = (text: AnalyzedText, from = 0, to = text.tokens.length): PhraseMatch[] => {
    const tokens = text.tokens;
    const found: PhraseMatch[] = [];
    for (let t = from; t < to; t++) {
      if (tokens[t]?.pos === 'SPACE') continue;
      for (const { phrase, steps } of all()) {
        const end = matchAt(steps, 0, tokens, t, to);
        if (end > t) {
          found.push({
            phrase,
            firstToken: t,
            endToken: end,
            start: tokens[t]!.start,
            end: tokens[end - 1]!.end,
          });
          break;
        }
      }
    }
    return found;
  };
  return { find, test: (text, from, to) => find(text, from, to).length > 0 };
}
