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

interface Compiled {
  phrase: string;
  steps: Step[];
  /** Position in the pattern list: the first listed phrase wins at a token. */
  order: number;
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
        // A plain word is one token as written; only words with apostrophes or other marks
        // ("can't", "e.g.") need the analyser to split them the way it splits the text.
        if (/^[\p{L}\p{N}]+$/u.test(part)) return [{ kind: 'words', words: new Set([part.toLowerCase()]) }];
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

/**
 * The phrases indexed by the words their first step accepts, so that each token only tries the
 * few phrases that can start with it (a lexicon of hundreds costs a map lookup per token).
 */
class PhraseIndex {
  private byWord = new Map<string, Compiled[]>();
  private anyStart: Compiled[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((phrase, order) => {
      const entry: Compiled = { phrase, steps: compile(phrase), order };
      const first = entry.steps[0];
      if (first?.kind !== 'words') {
        this.anyStart.push(entry);
        return;
      }
      for (const word of first.words) {
        const list = this.byWord.get(word);
        if (list) list.push(entry);
        else this.byWord.set(word, [entry]);
      }
    });
  }

  candidates(token: Token): Compiled[] {
    const byNormal = this.byWord.get(token.normal);
    const byLemma = token.lemma === token.normal ? undefined : this.byWord.get(token.lemma);
    const lower = token.value.toLowerCase();
    const byValue = lower === token.normal || lower === token.lemma ? undefined : this.byWord.get(lower);
    // The common cases allocate nothing: no candidates, or one list.
    const lists = [this.anyStart, byNormal, byLemma, byValue].filter(
      (l): l is Compiled[] => l !== undefined && l.length > 0,
    );
    if (lists.length === 0) return NONE;
    if (lists.length === 1) return lists[0]!;
    return [...new Set(lists.flat())].sort((a, b) => a.order - b.order);
  }
}

const NONE: Compiled[] = [];

/** Compiles a list of phrases; compilation is lazy so importing a lexicon costs nothing. */
export function phrases(patterns: readonly string[]): PhraseSet {
  let index: PhraseIndex | undefined;
  // Several detectors ask the same lexicon about the same sentence: remember the answers per text.
  const memo = new WeakMap<AnalyzedText, Map<number, PhraseMatch[]>>();
  const find = (text: AnalyzedText, from = 0, to = text.tokens.length): PhraseMatch[] => {
    let perText = memo.get(text);
    if (!perText) {
      perText = new Map();
      memo.set(text, perText);
    }
    const key = from * 1_000_003 + to;
    let found = perText.get(key);
    if (!found) {
      found = scan(text, from, to);
      perText.set(key, found);
    }
    return found;
  };
  const scan = (text: AnalyzedText, from: number, to: number): PhraseMatch[] => {
    index ??= new PhraseIndex(patterns);
    const tokens = text.tokens;
    const found: PhraseMatch[] = [];
    for (let t = from; t < to; t++) {
      const token = tokens[t]!;
      if (token.pos === 'SPACE') continue;
      for (const { phrase, steps } of index.candidates(token)) {
        const end = matchAt(steps, 0, tokens, t, to);
        if (end > t) {
          found.push({ phrase, firstToken: t, endToken: end, start: token.start, end: tokens[end - 1]!.end });
          break;
        }
      }
    }
    return found;
  };
  return { find, test: (text, from, to) => find(text, from, to).length > 0 };
}
