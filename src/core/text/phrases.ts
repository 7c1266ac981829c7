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

/**
 * A step of a compiled pattern. Words are numbered (see `wordIds`) so that a token is matched by
 * comparing the numbers of its three forms, computed once per text, not by hashing strings.
 */
type Step =
  | { kind: 'words'; ids: number[]; idSet?: Set<number> }
  | { kind: 'any' }
  | { kind: 'gap'; max: number };

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
      if (alternatives.length > 1) return [wordsStep(alternatives.map((a) => a.toLowerCase()))];
      const normals = special.get(part) ?? [part.toLowerCase()];
      return normals.map((normal) => wordsStep([normal]));
    });
}

/** Every word of every pattern, numbered from 0. */
const wordIds = new Map<string, number>();

function wordsStep(words: string[]): Step {
  const ids = [
    ...new Set(
      words.map((word) => {
        let id = wordIds.get(word);
        if (id === undefined) {
          id = wordIds.size;
          wordIds.set(word, id);
        }
        return id;
      }),
    ),
  ];
  return ids.length > 8 ? { kind: 'words', ids, idSet: new Set(ids) } : { kind: 'words', ids };
}

/**
 * The numbers of each token's lower-case form, lemma and lower-cased value (-1: in no pattern),
 * three per token: a step matches a token when it holds any of the three.
 */
function tokenWordIds(tokens: Token[]): Int32Array {
  const ids = new Int32Array(tokens.length * 3);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const normal = wordIds.get(token.normal) ?? -1;
    const lemma = token.lemma === token.normal ? normal : (wordIds.get(token.lemma) ?? -1);
    const value = token.value.toLowerCase();
    const lower =
      value === token.normal ? normal : value === token.lemma ? lemma : (wordIds.get(value) ?? -1);
    ids[3 * t] = normal;
    ids[3 * t + 1] = lemma;
    ids[3 * t + 2] = lower;
  }
  return ids;
}

function stepMatches(step: { ids: number[]; idSet?: Set<number> }, ids: Int32Array, t: number): boolean {
  const a = ids[3 * t]!;
  const b = ids[3 * t + 1]!;
  const c = ids[3 * t + 2]!;
  if (a < 0 && b < 0 && c < 0) return false;
  const set = step.idSet;
  if (set) return set.has(a) || set.has(b) || set.has(c);
  const words = step.ids;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === a || w === b || w === c) return true;
  }
  return false;
}

/** Where steps [s, ...) match from token t on (tokens before `to`): the end token, or -1. */
function matchAt(steps: Step[], s: number, ids: Int32Array, t: number, to: number): number {
  for (; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.kind === 'gap') {
      for (let skip = 0; skip <= step.max && t + skip <= to; skip++) {
        const end = matchAt(steps, s + 1, ids, t + skip, to);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (t >= to || (step.kind === 'words' && !stepMatches(step, ids, t))) return -1;
    t++;
  }
  return t;
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
 * it, and each text is scanned once for all of them: a token costs three map lookups (to number
 * its forms) however many lexicons there are, and a phrase is tried only from a token that holds
 * its first word. Each lexicon then answers range queries from its own hits.
 */
const lexicons: (readonly string[])[] = [];
/** byWord[id]: the phrases whose first step holds word `id`; anyStart: those that start otherwise. */
const index = { byWord: [] as Entry[][], anyStart: [] as Entry[], covers: 0 };
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
      for (const id of first.ids) {
        const list = index.byWord[id];
        if (list) list.push(entry);
        else index.byWord[id] = [entry];
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
  const ids = tokenWordIds(tokens);
  const record = (entry: Entry, t: number, end: number) => {
    const hit = { order: entry.compiled.order, first: t, end, phrase: entry.compiled.phrase };
    const found = hits[entry.set]!;
    if (found === NO_HITS) hits[entry.set] = [hit];
    else found.push(hit);
  };
  for (let t = 0; t < tokens.length; t++) {
    if (tokens[t]!.pos === 'SPACE') continue;
    visit++;
    for (const entry of anyStart) {
      if (entry.set < fromSet) continue;
      entry.stamp = visit;
      const end = matchAt(entry.compiled.steps, 0, ids, t, tokens.length);
      if (end > t) record(entry, t, end);
    }
    const normal = ids[3 * t]!;
    const lemma = ids[3 * t + 1]!;
    const lower = ids[3 * t + 2]!;
    for (let k = 0; k < 3; k++) {
      const id = k === 0 ? normal : k === 1 ? lemma : lower;
      if (id < 0 || (k > 0 && id === normal) || (k === 2 && id === lemma)) continue;
      const list = byWord[id];
      if (!list) continue;
      for (const entry of list) {
        if (entry.set < fromSet || entry.stamp === visit) continue;
        entry.stamp = visit;
        // The first step holds this token's word: match the rest from the next token.
        const end = matchAt(entry.compiled.steps, 1, ids, t + 1, tokens.length);
        if (end >= 0) record(entry, t, end);
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
