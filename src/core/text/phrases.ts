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

/** One phrase of one lexicon, in the shared index. */
interface Entry {
  set: number;
  compiled: Compiled;
  /** The last token visit this entry was tried at, so a phrase reached by two keys runs once. */
  stamp: number;
}

/** Where a phrase of a lexicon matched: start token, end token (exclusive), list order. */
interface Hit {
  order: number;
  first: number;
  end: number;
  phrase: string;
}

/**
 * Every lexicon in the program shares one index from a word to the phrases that can start with
 * it, and each text is scanned once for all of them: a token costs a few map lookups however many
 * lexicons there are. Each lexicon then answers range queries from its own hits.
 */
const lexicons: (readonly string[])[] = [];
let index: { byWord: Map<string, Entry[]>; anyStart: Entry[]; covers: number } | undefined;
const scanned = new WeakMap<AnalyzedText, { covers: number; hits: Hit[][] }>();

function buildIndex(): NonNullable<typeof index> {
  const byWord = new Map<string, Entry[]>();
  const anyStart: Entry[] = [];
  lexicons.forEach((patterns, set) => {
    patterns.forEach((phrase, order) => {
      const entry: Entry = { set, compiled: { phrase, steps: compile(phrase), order }, stamp: -1 };
      const first = entry.compiled.steps[0];
      if (first?.kind !== 'words') {
        anyStart.push(entry);
        return;
      }
      for (const word of first.words) {
        const list = byWord.get(word);
        if (list) list.push(entry);
        else byWord.set(word, [entry]);
      }
    });
  });
  return { byWord, anyStart, covers: lexicons.length };
}

/** Counts token visits across all scans, for Entry.stamp. */
let visit = 0;

function scan(text: AnalyzedText): Hit[][] {
  if (!index || index.covers < lexicons.length) index = buildIndex();
  const { byWord, anyStart } = index;
  const hits: Hit[][] = lexicons.map(() => []);
  const tokens = text.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.pos === 'SPACE') continue;
    const lower = token.value.toLowerCase();
    visit++;
    for (const list of [anyStart, byWord.get(token.normal), byWord.get(token.lemma), byWord.get(lower)]) {
      if (!list) continue;
      for (const entry of list) {
        if (entry.stamp === visit) continue;
        entry.stamp = visit;
        const end = matchAt(entry.compiled.steps, 0, tokens, t, tokens.length);
        if (end > t)
          hits[entry.set]!.push({
            order: entry.compiled.order,
            first: t,
            end,
            phrase: entry.compiled.phrase,
          });
      }
    }
  }
  for (const list of hits) list.sort((a, b) => a.first - b.first || a.order - b.order);
  return hits;
}

function hitsOf(text: AnalyzedText, set: number): Hit[] {
  let result = scanned.get(text);
  if (!result || result.covers <= set) {
    result = { covers: lexicons.length, hits: scan(text) };
    scanned.set(text, result);
  }
  return result.hits[set]!;
}

/** Registers a lexicon; it is compiled, with all the others, the first time any is used. */
export function phrases(patterns: readonly string[]): PhraseSet {
  const set = lexicons.length;
  lexicons.push(patterns);
  const find = (text: AnalyzedText, from = 0, to = text.tokens.length): PhraseMatch[] => {
    const tokens = text.tokens;
    const found: PhraseMatch[] = [];
    const hits = hitsOf(text, set);
    // At each start token, the first listed phrase that ends inside the range wins.
    let lastFirst = -1;
    for (const hit of hits) {
      if (hit.first < from || hit.first === lastFirst) continue;
      if (hit.first >= to) break;
      if (hit.end > to) continue;
      lastFirst = hit.first;
      found.push({
        phrase: hit.phrase,
        firstToken: hit.first,
        endToken: hit.end,
        start: tokens[hit.first]!.start,
        end: tokens[hit.end - 1]!.end,
      });
    }
    return found;
  };
  return { find, test: (text, from, to) => find(text, from, to).length > 0 };
}
