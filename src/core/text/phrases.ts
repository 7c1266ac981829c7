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

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const isSpecial = (part: string) =>
  part !== '*' && !/^~\d+$/.test(part) && !part.includes('|') && !PLAIN_WORD.test(part);

/**
 * How the analyser splits each word that is not plain letters ("can't" -> "ca" + "n't", normal
 * "can" + "not"). All of them go through one analysis, one per line, rather than one each: the
 * lexicons hold hundreds, and the analyser's per-call cost dominated start-up.
 */
function splitSpecialWords(words: Iterable<string>): Map<string, string[]> {
  const unique = [...new Set(words)];
  const split = new Map<string, string[]>();
  if (unique.length === 0) return split;
  const ranges: [string, number, number][] = [];
  let joined = '';
  for (const word of unique) {
    if (joined) joined += '\n\n';
    ranges.push([word, joined.length, joined.length + word.length]);
    joined += word;
  }
  const tokens = analyze(joined).tokens.filter((t) => t.pos !== 'SPACE');
  let t = 0;
  for (const [word, start, end] of ranges) {
    const normals: string[] = [];
    while (t < tokens.length && tokens[t]!.start < end) {
      if (tokens[t]!.start >= start) normals.push(tokens[t]!.normal);
      t++;
    }
    split.set(word, normals);
  }
  return split;
}

function compile(pattern: string, special: Map<string, string[]>): Step[] {
  return pattern
    .trim()
    .split(/\s+/)
    .flatMap((part): Step[] => {
      if (part === '*') return [{ kind: 'any' }];
      const gap = /^~(\d+)$/.exec(part);
      if (gap) return [{ kind: 'gap', max: Number(gap[1]) }];
      // Alternatives are single tokens; a word the analyser splits ("can't") becomes several steps.
      const alternatives = part.split('|');
      if (alternatives.length > 1)
        return [{ kind: 'words', words: new Set(alternatives.map((a) => a.toLowerCase())) }];
      const normals = special.get(part) ?? [part.toLowerCase()];
      return normals.map((normal) => ({ kind: 'words', words: new Set([normal]) }));
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
const index = { byWord: new Map<string, Entry[]>(), anyStart: [] as Entry[], covers: 0 };
const scanned = new WeakMap<AnalyzedText, Hit[][]>();
const NO_HITS: Hit[] = [];

/** Compiles the lexicons registered since the last call into the shared index. */
function extendIndex(): void {
  if (index.covers === lexicons.length) return;
  const fresh = lexicons.slice(index.covers);
  const special = splitSpecialWords(
    fresh.flatMap((patterns) => patterns.flatMap((p) => p.trim().split(/\s+/).filter(isSpecial))),
  );
  fresh.forEach((patterns, i) => {
    const set = index.covers + i;
    patterns.forEach((phrase, order) => {
      const entry: Entry = { set, compiled: { phrase, steps: compile(phrase, special), order }, stamp: -1 };
      const first = entry.compiled.steps[0];
      if (first?.kind !== 'words') {
        index.anyStart.push(entry);
        return;
      }
      for (const word of first.words) {
        const list = index.byWord.get(word);
        if (list) list.push(entry);
        else index.byWord.set(word, [entry]);
      }
    });
  });
  index.covers = lexicons.length;
}

/** Counts token visits across all scans, for Entry.stamp. */
let visit = 0;

/** Scans a text for the lexicons numbered `fromSet` and up, adding their hits to `hits`. */
function scan(text: AnalyzedText, hits: Hit[][], fromSet: number): void {
  extendIndex();
  const { byWord, anyStart } = index;
  // Most lexicons find nothing in a given text: they share one empty list until they do.
  for (let set = fromSet; set < lexicons.length; set++) hits[set] = NO_HITS;
  const tokens = text.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.pos === 'SPACE') continue;
    const lower = token.value.toLowerCase();
    visit++;
    for (const list of [anyStart, byWord.get(token.normal), byWord.get(token.lemma), byWord.get(lower)]) {
      if (!list) continue;
      for (const entry of list) {
        if (entry.set < fromSet || entry.stamp === visit) continue;
        entry.stamp = visit;
        const end = matchAt(entry.compiled.steps, 0, tokens, t, tokens.length);
        if (end <= t) continue;
        const hit = { order: entry.compiled.order, first: t, end, phrase: entry.compiled.phrase };
        const found = hits[entry.set]!;
        if (found === NO_HITS) hits[entry.set] = [hit];
        else found.push(hit);
      }
    }
  }
  for (let set = fromSet; set < lexicons.length; set++) {
    const list = hits[set]!;
    if (list.length > 1) list.sort((a, b) => a.first - b.first || a.order - b.order);
  }
}

function hitsOf(text: AnalyzedText, set: number): Hit[] {
  let hits = scanned.get(text);
  if (!hits) {
    hits = [];
    scanned.set(text, hits);
  }
  // Lexicons made after this text was scanned (some are built lazily) are scanned on their own.
  if (hits.length <= set) scan(text, hits, hits.length);
  return hits[set]!;
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
