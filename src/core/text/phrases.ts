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
import { type AnalyzedText, analyze, formsOf, type Token } from './analyze.ts';
import { memo } from './memo.ts';

/**
 * A step of a compiled pattern. Words are numbered (see `wordIds`) so that a token is matched by
 * comparing the numbers of its three forms, computed once per text, not by hashing strings.
 */
interface Step {
  kind: 'words' | 'any' | 'gap';
  /** For words: the numbers of the words, and a set of them when there are many. */
  ids: number[];
  idSet: Set<number> | undefined;
  /** For a gap: up to how many tokens. */
  max: number;
}
// Every step has the same fields, so the matching loop reads one object shape.
const step = (kind: Step['kind'], ids: number[] = [], max = 0): Step => ({
  kind,
  ids,
  idSet: ids.length > 8 ? new Set(ids) : undefined,
  max,
});

export interface PhraseMatch {
  phrase: string;
  /** Token indices, end exclusive. */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
}

export interface PhraseSet {
  find(text: AnalyzedText, from?: number, to?: number): readonly PhraseMatch[];
  /** Whether any phrase occurs in the text (or in tokens [from, to)). */
  test(text: AnalyzedText, from?: number, to?: number): boolean;
  /**
   * Whether a phrase starts anywhere in the text, even one that runs past a sentence: false means
   * `find` returns nothing for any range, so callers can skip the lexicon.
   */
  any(text: AnalyzedText): boolean;
}

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const isSpecial = (part: string) => part !== '*' && !/^~\d+$/.test(part) && !PLAIN_WORD.test(part);

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

/**
 * The step sequences of a pattern: one, unless an alternative is a word the analyser splits
 * ("can't|cannot ~1 thank"): such an alternative is several steps, so it makes a sequence of its own.
 */
function compile(pattern: string, special: Map<string, string[]>): Step[][] {
  let sequences: Step[][] = [[]];
  const append = (steps: Step[][]) => {
    sequences = sequences.flatMap((sequence) => steps.map((more) => [...sequence, ...more]));
  };
  for (const part of pattern.trim().split(/\s+/)) {
    if (part === '*') append([[step('any')]]);
    else if (/^~\d+$/.test(part)) append([[step('gap', [], Number(part.slice(1)))]]);
    else {
      // Each alternative matches as written, one token ("alzheimer's" as the tagger reads it in a
      // sentence); one the analyser splits on its own ("can't") also matches as its several steps.
      const alternatives = part.split('|');
      if (alternatives.length === 1)
        append([(special.get(part) ?? [part.toLowerCase()]).map((normal) => wordsStep([normal]))]);
      else
        append([
          [wordsStep(alternatives.map((a) => a.toLowerCase()))],
          ...alternatives
            .map((a) => special.get(a) ?? [])
            .filter((normals) => normals.length > 1)
            .map((normals) => normals.map((n) => wordsStep([n]))),
        ]);
    }
  }
  return sequences;
}

/** Every word of every pattern, numbered from 0. */
const wordIds = new Map<string, number>();

function wordsStep(words: string[]): Step {
  const ids = words.map((word) => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
    }
    return id;
  });
  return step('words', [...new Set(ids)]);
}

/** Whether `value` lower-cased is `target`, without building the lower-case string for ASCII. */
function lowerIs(value: string, target: string): boolean {
  if (value.length !== target.length) return value.toLowerCase() === target;
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if (c >= 128) return value.toLowerCase() === target;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== target.charCodeAt(i)) return false;
  }
  return true;
}

/** Reused by every scan (scans do not nest), grown as needed. */
let idBuffer = new Int32Array(3 * 256);
/** Counts scans; present[id] === scans when word `id` is a form of some token of the text scanned. */
let scans = 0;
let present = new Int32Array(1024);

/**
 * The numbers of each token's lower-case form, lemma and lower-cased value (-1: in no pattern),
 * three per token: a step matches a token when it holds any of the three.
 */
function tokenWordIds(tokens: Token[]): Int32Array {
  if (idBuffer.length < 3 * tokens.length) idBuffer = new Int32Array(3 * tokens.length * 2);
  if (present.length < wordIds.size) present = new Int32Array(wordIds.size * 2);
  scans++;
  const ids = idBuffer;
  // A token's numbers follow from its word and tag: the analyser's form keeps them for later tokens.
  const forms = formsOf(tokens);
  for (let t = 0; t < tokens.length; t++) {
    const form = forms?.[t];
    let normal: number;
    let lemma: number;
    let lower: number;
    if (form !== undefined && form.idsFor === wordIds.size) {
      normal = form.normalId;
      lemma = form.lemmaId;
      lower = form.lowerId;
    } else {
      const token = tokens[t]!;
      normal = wordIds.get(token.normal) ?? -1;
      lemma = token.lemma === token.normal ? normal : (wordIds.get(token.lemma) ?? -1);
      const value = token.value;
      lower = lowerIs(value, token.normal)
        ? normal
        : lowerIs(value, token.lemma)
          ? lemma
          : (wordIds.get(value.toLowerCase()) ?? -1);
      if (form !== undefined) {
        form.normalId = normal;
        form.lemmaId = lemma;
        form.lowerId = lower;
        // wordIds only grows: its size names the set of words the numbers were looked up in.
        form.idsFor = wordIds.size;
      }
    }
    ids[3 * t] = normal;
    ids[3 * t + 1] = lemma;
    ids[3 * t + 2] = lower;
    if (normal >= 0) present[normal] = scans;
    if (lemma >= 0) present[lemma] = scans;
    if (lower >= 0) present[lower] = scans;
  }
  return ids;
}

function stepMatches(step: Step, ids: Int32Array, t: number): boolean {
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
  phrase: string;
  steps: Step[];
  /** Position in the pattern list: the first listed phrase wins at a token. */
  order: number;
  /** The last token visit this entry was tried at, so a phrase reached by two keys runs once. */
  stamp: number;
  /**
   * The words step after the first with the fewest words, or none: the phrase cannot match a text
   * in which none of them occurs.
   */
  anchor: Step | undefined;
  /** The scan `viable` was worked out for, and whether the anchor has a word in its text. */
  checked: number;
  viable: boolean;
}

/** Where a phrase of a lexicon matched: start token, end token (exclusive), list order. */
interface Hit {
  order: number;
  first: number;
  end: number;
  phrase: string;
}

/**
 * Every lexicon in use shares one index from a word to the phrases that can start with it, and
 * each text is scanned once for all of them: a token costs three map lookups (to number its forms)
 * however many lexicons there are, and a phrase is tried only from a token that holds its first
 * word. Each lexicon then answers range queries from its own hits.
 *
 * A lexicon joins the index the first time it is asked about, and its set number is its place in
 * that order: a program that never asks about some lexicons (cue analysis without the rules, say)
 * does not scan every text for them.
 */
interface Lexicon {
  patterns: readonly string[];
  /** Its compiled phrases: all registered lexicons are compiled together, on the first ask. */
  entries: Entry[] | undefined;
}
const registered: Lexicon[] = [];
let compiledCount = 0;
/** How many lexicons are in the index (set numbers 0 to activeCount - 1). */
let activeCount = 0;
/**
 * The phrases whose first step holds a given word, split by their second step: `bySecond` maps
 * each word of a second words step to its phrases, `rest` holds the one-step phrases and those
 * whose second step is a gap or any token.
 */
interface Bucket {
  bySecond: Map<number, Entry[]>;
  rest: Entry[];
}
/** byWord[id]: the bucket of word `id`; anyStart: the phrases that start with a gap or any token. */
const index = { byWord: [] as (Bucket | undefined)[], anyStart: [] as Entry[] };
const scanned = memo<Hit[][]>('phrase hits');
const NO_HITS: Hit[] = [];
/** What find returns when nothing matches: shared (its type keeps callers from changing it). */
const NO_MATCHES: readonly PhraseMatch[] = [];

/** Compiles the lexicons registered since the last call, in one pass of the analyser. */
function compilePending(): void {
  if (compiledCount === registered.length) return;
  const fresh = registered.slice(compiledCount);
  const special = splitSpecialWords(
    fresh.flatMap(({ patterns }) =>
      patterns.flatMap((p) =>
        p
          .trim()
          .split(/\s+/)
          .flatMap((part) => part.split('|'))
          .filter(isSpecial),
      ),
    ),
  );
  for (const lexicon of fresh) {
    lexicon.entries = lexicon.patterns.flatMap((phrase, order) =>
      compile(phrase, special)
        .flatMap(withoutArticles)
        .map((steps) => ({
          set: -1,
          phrase,
          steps,
          order,
          stamp: -1,
          anchor: steps
            .slice(1)
            .filter((s) => s.kind === 'words')
            .reduce<Step | undefined>((a, s) => (a && a.ids.length <= s.ids.length ? a : s), undefined),
          checked: -1,
          viable: false,
        })),
    );
  }
  compiledCount = registered.length;
}

/** Adds a lexicon's phrases to the shared index under the next set number, and returns it. */
function activate(lexicon: Lexicon): number {
  compilePending();
  const set = activeCount++;
  for (const entry of lexicon.entries!) {
    entry.set = set;
    const first = entry.steps[0];
    if (first?.kind !== 'words') {
      index.anyStart.push(entry);
      continue;
    }
    const second = entry.steps[1];
    for (const id of first.ids) {
      let bucket = index.byWord[id];
      if (!bucket) {
        bucket = { bySecond: new Map(), rest: [] };
        index.byWord[id] = bucket;
      }
      if (second?.kind !== 'words') {
        bucket.rest.push(entry);
        continue;
      }
      for (const next of second.ids) {
        const list = bucket.bySecond.get(next);
        if (list) list.push(entry);
        else bucket.bySecond.set(next, [entry]);
      }
    }
  }
  return set;
}

/** Words a second-language writer often leaves out. */
const ARTICLES = ['a', 'an', 'the'];

/**
 * The steps of a pattern, and, when it has an article between two words ("do we have a deal"),
 * the same steps without its articles: many writers of English as a second language leave them
 * out ("do we have deal?"). An article next to a gap or at either end stays ("a bit", "what a",
 * "you ~1 the best"): without it the phrase would be a different one. A step that mixes an article
 * with other words ("the|our") is no article.
 */
function withoutArticles(steps: Step[]): Step[][] {
  const articleIds = new Set(ARTICLES.map((a) => wordIds.get(a)));
  const isArticle = (s: Step | undefined) => s?.kind === 'words' && s.ids.every((id) => articleIds.has(id));
  const inner = steps.filter(
    (s, i) => !(isArticle(s) && steps[i - 1]?.kind === 'words' && steps[i + 1]?.kind === 'words'),
  );
  const words = inner.filter((s) => s.kind === 'words').length;
  return inner.length < steps.length && words >= 2 ? [steps, inner] : [steps];
}

/** Counts token visits across all scans, for Entry.stamp. */
let visit = 0;

/**
 * Adds a hit to its lexicon's list, which stays ordered by start token and then list order (the
 * scan goes token by token, so only hits at the same start token can be out of order).
 */
function record(hits: Hit[][], entry: Entry, first: number, end: number): void {
  const hit: Hit = { order: entry.order, first, end, phrase: entry.phrase };
  const found = hits[entry.set]!;
  if (found === NO_HITS) {
    hits[entry.set] = [hit];
    return;
  }
  let i = found.length;
  found.push(hit);
  while (i > 0 && found[i - 1]!.first === first && found[i - 1]!.order > hit.order) {
    found[i] = found[i - 1]!;
    i--;
  }
  found[i] = hit;
}

function inText(step: Step): boolean {
  const ids = step.ids;
  for (let i = 0; i < ids.length; i++) if (present[ids[i]!] === scans) return true;
  return false;
}

/** Tries phrases whose first step matched token t, once each per token. */
function tryEntries(
  list: Entry[],
  fromSet: number,
  ids: Int32Array,
  t: number,
  count: number,
  hits: Hit[][],
) {
  for (let e = 0; e < list.length; e++) {
    const entry = list[e]!;
    if (entry.set < fromSet || entry.stamp === visit) continue;
    entry.stamp = visit;
    // A phrase with a word that is nowhere in the text cannot match: most phrases tried at a
    // common first word ("the ~3 fix|solve|...") fail so, and each try walks its gap.
    if (entry.checked !== scans) {
      entry.checked = scans;
      entry.viable = entry.anchor === undefined || inText(entry.anchor);
    }
    if (!entry.viable) continue;
    const end = matchAt(entry.steps, 1, ids, t + 1, count);
    if (end >= 0) record(hits, entry, t, end);
  }
}

/** Scans a text for the lexicons numbered `fromSet` and up, adding their hits to `hits`. */
function scan(text: AnalyzedText, hits: Hit[][], fromSet: number): void {
  const { byWord, anyStart } = index;
  // Most lexicons find nothing in a given text: they share one empty list until they do.
  for (let set = fromSet; set < activeCount; set++) hits[set] = NO_HITS;
  const tokens = text.tokens;
  const count = tokens.length;
  const ids = tokenWordIds(tokens);
  for (let t = 0; t < count; t++) {
    if (tokens[t]!.pos === 'SPACE') continue;
    visit++;
    for (let e = 0; e < anyStart.length; e++) {
      const entry = anyStart[e]!;
      if (entry.set < fromSet) continue;
      const end = matchAt(entry.steps, 0, ids, t, count);
      if (end > t) record(hits, entry, t, end);
    }
    const normal = ids[3 * t]!;
    const lemma = ids[3 * t + 1]!;
    const lower = ids[3 * t + 2]!;
    // The words of the next token, to pick the phrases whose second step can match it.
    const next = t + 1 < count;
    const n0 = next ? ids[3 * t + 3]! : -1;
    const n1 = next ? ids[3 * t + 4]! : -1;
    const n2 = next ? ids[3 * t + 5]! : -1;
    for (let k = 0; k < 3; k++) {
      const id = k === 0 ? normal : k === 1 ? lemma : lower;
      if (id < 0 || (k > 0 && id === normal) || (k === 2 && id === lemma)) continue;
      const bucket = byWord[id];
      if (!bucket) continue;
      // The first step holds this token's word: match the rest from the next token.
      tryEntries(bucket.rest, fromSet, ids, t, count, hits);
      if (n0 < 0 && n1 < 0 && n2 < 0) continue;
      for (let j = 0; j < 3; j++) {
        const second = j === 0 ? n0 : j === 1 ? n1 : n2;
        if (second < 0 || (j > 0 && second === n0) || (j === 2 && second === n1)) continue;
        const list = bucket.bySecond.get(second);
        if (list) tryEntries(list, fromSet, ids, t, count, hits);
      }
    }
  }
}

/** The text asked about last, and its hits: detectors ask about one text many times in a row. */
let lastText: AnalyzedText | undefined;
let lastHits: Hit[][] = [];

function hitsOf(text: AnalyzedText, set: number): Hit[] {
  let hits = text === lastText ? lastHits : scanned.get(text);
  if (!hits) {
    hits = [];
    scanned.set(text, hits);
  }
  lastText = text;
  lastHits = hits;
  // Lexicons that joined the index after this text was scanned are scanned on their own.
  if (hits.length <= set) scan(text, hits, hits.length);
  return hits[set]!;
}

/**
 * Registers a lexicon; it is compiled, with all the others, the first time any is used, and joins
 * the index the first time it is used itself.
 */
export function phrases(patterns: readonly string[]): PhraseSet {
  const lexicon: Lexicon = { patterns, entries: undefined };
  registered.push(lexicon);
  let set = -1;
  const hitsIn = (text: AnalyzedText): Hit[] => {
    if (set < 0) set = activate(lexicon);
    return hitsOf(text, set);
  };
  const find = (text: AnalyzedText, from = 0, to = text.tokens.length): readonly PhraseMatch[] => {
    const tokens = text.tokens;
    const hits = hitsIn(text);
    // Most lexicons find nothing in most sentences: no array is built for them.
    let found: PhraseMatch[] | undefined;
    // At each start token, the first listed phrase that ends inside the range wins.
    let lastFirst = -1;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      if (hit.first < from || hit.first === lastFirst) continue;
      if (hit.first >= to) break;
      if (hit.end > to) continue;
      lastFirst = hit.first;
      found ??= [];
      found.push({
        phrase: hit.phrase,
        firstToken: hit.first,
        endToken: hit.end,
        start: tokens[hit.first]!.start,
        end: tokens[hit.end - 1]!.end,
      });
    }
    return found ?? NO_MATCHES;
  };
  // Whether find would return anything: a hit that starts and ends inside the range.
  const test = (text: AnalyzedText, from = 0, to = text.tokens.length): boolean => {
    const hits = hitsIn(text);
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      if (hit.first >= to) return false;
      if (hit.first >= from && hit.end <= to) return true;
    }
    return false;
  };
  return { find, test, any: (text) => hitsIn(text).length > 0 };
}
