/**
 * One linguistic analysis per text: sentences and tokens with UTF-16 offsets, part of speech,
 * lemma and negation, from wink-nlp's English lite model (runs in Node and in the browser).
 */

import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import { isLowerCaseStyle, truecase } from './truecase.ts';

export interface Token {
  /** The token as written. */
  value: string;
  /** Lower case, contractions expanded ("n't" -> "not"). */
  normal: string;
  lemma: string;
  /** Universal POS tag: NOUN, VERB, AUX, PRON, PROPN, ADJ, ... */
  pos: string;
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
let sentimentNlp: WinkMethods | undefined;

/**
 * What a wink document holds, as its.* functions read it: a flat array of numbers per token, the
 * lexicon cache, and the sentences as [first token, last token, ...]. wink's types keep it opaque.
 */
interface RawDocument {
  tokens: number[];
  cache: unknown;
  sentences: [number, number, ...number[]][];
  numOfTokens: number;
}

/**
 * The model with its readability add-on swapped for one that returns the document's raw data,
 * which wink hands to that add-on: `doc.out(its.readabilityStats)` then gives analyze() the data
 * to read with wink's own its.* functions in one loop, not one `tokens().out(...)` collection per
 * field (those cost about a tenth of the analysis). Nothing here reads readability.
 */
/** The part of a RawDocument that the its.* functions read. */
type TokenData = Pick<RawDocument, 'tokens' | 'cache'>;

const rawDataModel = { ...model, addons: { ...model.addons, readabilityStats: (rdd: unknown) => rdd } };

function pipeline(): WinkMethods {
  // Loaded on first use: the CLI's --help and explain never pay for the model.
  nlp ??= winkNLP(rawDataModel, ['sbd', 'pos']);
  return nlp;
}

/**
 * What a second wink pass with only sentences, negation and sentiment says of a text (part of
 * speech runs after them and changes neither): sentence sentiment and which tokens are negated.
 * The politeness model and a few rules' sentiment checks read them (cold-reply's warm sentences,
 * lines of feeling after bad news), so analyze() leaves the pass to the first read: about a sixth
 * of the tagger's time per message. It is a second wink instance with its own copy of the model
 * (about 5 MB of the CLI's snapshot, where the warm-up builds it).
 */
class SecondPass {
  readonly #cased: string;
  #sentiments: number[] | undefined;
  #negated: boolean[] | undefined;
  constructor(cased: string) {
    this.#cased = cased;
  }
  #read(): void {
    sentimentNlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
    const its = sentimentNlp.its;
    const doc = sentimentNlp.readDoc(this.#cased);
    this.#sentiments = doc.sentences().out(its.sentiment) as unknown as number[];
    this.#negated = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  }
  sentimentAt(sentence: number): number {
    if (this.#sentiments === undefined) this.#read();
    return this.#sentiments?.[sentence] ?? 0;
  }
  negatedAt(token: number): boolean {
    if (this.#negated === undefined) this.#read();
    return this.#negated?.[token] ?? false;
  }
}

/** The model's Porter stemmer: "splitting" and "split", "installation" and "install" share a stem. */
const porterStem = model.addons.stem as (word: string) => string;
const STEMS = new Map<string, string>();
/** A word's Porter stem, remembered: the same few thousand words recur across messages. */
export function stem(word: string): string {
  let known = STEMS.get(word);
  if (known === undefined) {
    if (STEMS.size >= 50_000) STEMS.clear();
    known = porterStem(word);
    STEMS.set(word, known);
  }
  return known;
}

/**
 * wink's sentiment of a piece of text read on its own, in [-1, 1]: a sentence without its
 * salutation ("Dear" alone reads as positive as "happy"), for the few texts that need it.
 */
export function sentimentOf(text: string): number {
  sentimentNlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
  return sentimentNlp.readDoc(text).out(sentimentNlp.its.sentiment) as unknown as number;
}

/**
 * A sentence whose sentiment is read through a getter on the class: a getter in each object
 * literal cost more to build than the sentiment pass it saves. JSON still has the field.
 */
class LazySentimentSentence implements Sentence {
  readonly #second: SecondPass;
  readonly #index: number;
  constructor(
    public text: string,
    public start: number,
    public end: number,
    public firstToken: number,
    public endToken: number,
    second: SecondPass,
    index: number,
  ) {
    this.#second = second;
    this.#index = index;
  }
  get sentiment(): number {
    return this.#second.sentimentAt(this.#index);
  }
  toJSON(): Sentence {
    const { text, start, end, firstToken, endToken, sentiment } = this;
    return { text, start, end, firstToken, endToken, sentiment };
  }
}

/**
 * A word of wink's lexicon under one tag, outside a contraction: its lemma (wink lemmatises such
 * a token from its word and tag alone), and a slot where the phrase scan (phrases.ts) keeps the
 * numbers of the token's forms, so that it looks them up once per word rather than once per token.
 */
export interface Form {
  lemma: string;
  /** Phrase word numbers of the normal, lemma and lower-cased value, or -1; valid while `idsFor` is current. */
  normalId: number;
  lemmaId: number;
  lowerId: number;
  idsFor: number;
}

/**
 * What wink says of a word of its lexicon wherever it stands: its value and normal, and its forms
 * under each tag seen so far. Keyed by wink's number for the word, so a token costs one numeric
 * lookup instead of two field reads and two string-keyed lookups. Emptied when it holds more than
 * LEXEME_MEMO_SIZE forms, so a long audit stays small.
 */
interface Lexeme {
  value: string;
  normal: string;
  /** The form under the first tag seen; others in `forms`. */
  tag: string;
  form: Form;
  forms: Map<string, Form> | undefined;
}
const lexemes = new Map<number, Lexeme>();
const LEXEME_MEMO_SIZE = 50_000;
let lexemeMemoSize = 0;

/** The lexeme of token `index` (not a contraction) tagged `tag`, from the memo or else from wink. */
function lexemeOf(rdd: TokenData, index: number, tag: string): Lexeme {
  const its = pipeline().its;
  const id = its.uniqueId(index, rdd);
  let lexeme = lexemes.get(id);
  if (lexeme !== undefined && (lexeme.tag === tag || lexeme.forms?.has(tag))) return lexeme;
  const form: Form = {
    lemma: its.lemma(index, rdd, rawDataModel.addons),
    normalId: -1,
    lemmaId: -1,
    lowerId: -1,
    idsFor: -1,
  };
  if (lexemeMemoSize >= LEXEME_MEMO_SIZE) {
    lexemes.clear();
    lexemeMemoSize = 0;
    lexeme = undefined;
  }
  lexemeMemoSize++;
  if (lexeme === undefined) {
    lexeme = { value: its.value(index, rdd), normal: its.normal(index, rdd), tag, form, forms: undefined };
    lexemes.set(id, lexeme);
  } else {
    lexeme.forms ??= new Map();
    lexeme.forms.set(tag, form);
  }
  return lexeme;
}

/**
 * The form of each token of an analysis (undefined for contractions), when the tokens are written
 * as tagged: a text whose capitals were restored for the tagger has none.
 */
const formsOfTokens = new WeakMap<readonly Token[], readonly (Form | undefined)[]>();
export const formsOf = (tokens: readonly Token[]): readonly (Form | undefined)[] | undefined =>
  formsOfTokens.get(tokens);

/**
 * `names`: the participants' names, for a text typed in lower case: the tagger reads it with its
 * capitals restored (truecase.ts), so "jen, send me the form" is an order to Jen.
 */
export function analyze(text: string, names?: readonly string[]): AnalyzedText {
  const engine = pipeline();
  const its = engine.its;
  const cased = truecase(text, names);
  const doc = engine.readDoc(cased);
  const raw = doc.out(its.readabilityStats) as unknown as RawDocument;
  // The its.* functions read only `tokens` and `cache`: a plain object keeps those reads fast
  // (wink's document data is a dictionary-mode object).
  const rdd: TokenData = { tokens: raw.tokens, cache: raw.cache };

  // wink keeps every character (doc.out() === text): a token starts at the first occurrence of its
  // value after the previous token (only spaces lie between). Should a model ever normalise a
  // token, it is placed after the spaces wink says precede it.
  const tokens: Token[] = [];
  const forms: (Form | undefined)[] = [];
  let cursor = 0;
  const shouted = SHOUTED.test(text);
  for (let i = 0; i < raw.numOfTokens; i++) {
    const tag = its.pos(i, rdd) ?? 'X';
    let tagged: string;
    let normal: string;
    let lemma: string;
    // A contraction's normal and lemma depend on how it was expanded ("'s" is "is" or "has").
    if (its.contractionFlag(i, rdd)) {
      tagged = its.value(i, rdd) ?? '';
      normal = its.normal(i, rdd);
      lemma = its.lemma(i, rdd, rawDataModel.addons);
      forms.push(undefined);
    } else {
      const lexeme = lexemeOf(rdd, i, tag);
      const form = lexeme.tag === tag ? lexeme.form : lexeme.forms!.get(tag)!;
      tagged = lexeme.value ?? '';
      normal = lexeme.normal;
      lemma = form.lemma;
      forms.push(form);
    }
    // Usually the value follows a few plain spaces: check there before searching.
    let start = cursor;
    while (cased.charCodeAt(start) === 32) start++;
    if (!tagged || tagged.charCodeAt(0) === 32 || !cased.startsWith(tagged, start))
      start = tagged ? cased.indexOf(tagged, cursor) : -1;
    if (start < 0) start = cursor + (doc.tokens().itemAt(i).out(its.precedingSpaces) as string).length;
    const end = start + tagged.length;
    // As written, not as restored for the tagger.
    const value = cased === text ? tagged : text.slice(start, end);
    // wink tags a word in capitals as a name ("CALL me", "NDA attached"), except the few it knows as
    // verbs: "SOW for phase 2 is attached" names a statement of work, as "RFQ sent" names a request.
    const acronym = tag === 'VERB' && ACRONYM.test(value) && !shouted;
    tokens.push({
      value,
      normal: CHAT_SHORTHAND.get(value) ?? normal ?? value.toLowerCase(),
      lemma: acronym ? value : (lemma ?? value.toLowerCase()),
      pos: acronym ? 'PROPN' : tag,
      start,
      end,
      sentence: 0,
    });
    cursor = end;
  }

  const sentences: Sentence[] = [];
  const spans = splitSpans(raw.sentences, tokens, isLowerCaseStyle(text));
  const second = new SecondPass(cased);
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
    sentences.push(
      new LazySentimentSentence(text.slice(start, end), start, end, first, last + 1, second, wink),
    );
  });
  if (cased === text) formsOfTokens.set(tokens, forms);
  return new Analysis(text, tokens, sentences, second);
}

/**
 * An analysis as analyze() returns it, with room for what other modules derive from it (a text's
 * phrase hits, its topic hits; see memo.ts). The room is a private field: JSON, Object.keys and
 * test equality see only text, tokens and sentences.
 */
class Analysis implements AnalyzedText {
  #memo: Record<symbol, unknown> | undefined;
  readonly #second: SecondPass;
  constructor(
    public text: string,
    public tokens: Token[],
    public sentences: Sentence[],
    second: SecondPass,
  ) {
    this.#second = second;
  }
  /** Whether wink's negation scope covers token `index` ("good" in "not good"); read by the politeness model. */
  static isNegated(text: AnalyzedText, index: number): boolean {
    if (#second in text) return text.#second.negatedAt(index);
    let second = secondPasses.get(text);
    if (second === undefined) {
      second = new SecondPass(text.text);
      secondPasses.set(text, second);
    }
    return second.negatedAt(index);
  }
  /** The memo record of an analysis made by analyze(), or undefined for any other object. */
  static memoOf(text: AnalyzedText): Record<symbol, unknown> | undefined {
    if (!(#memo in text)) return undefined;
    text.#memo ??= {};
    return text.#memo;
  }
}

export const memoOf = Analysis.memoOf;
export const isNegated = Analysis.isNegated;

/** The second pass of an analysis made elsewhere (a literal, a copy). */
const secondPasses = new WeakMap<AnalyzedText, SecondPass>();

/**
 * Chat shorthand read as the word it stands for ("r we moving fwd?", "pls", "thx u"), so that every
 * lexicon meets it as it meets the word. Lower case only, as typed: "R&D", "U-boat" stay as they are.
 */
const CHAT_SHORTHAND = new Map([
  ['r', 'are'],
  ['u', 'you'],
  ['ur', 'your'],
  ['fwd', 'forward'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['thx', 'thanks'],
  ['thnx', 'thanks'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['b4', 'before'],
  ['abt', 'about'],
  ['mtg', 'meeting'],
  ['msg', 'message'],
]);

const SHORTHAND_WORD = new RegExp(String.raw`\b(?:${[...CHAT_SHORTHAND.keys()].join('|')})\b(?![-'’])`, 'g');

/**
 * A text with its chat shorthand spelt out ("u must come" -> "you must come"), for the patterns a
 * rule tests on raw text rather than on tokens. Lengths change: use it for tests, not for offsets.
 */
export function spellOutShorthand(text: string): string {
  return text.replace(SHORTHAND_WORD, (word) => CHAT_SHORTHAND.get(word) ?? word);
}

// Not a literal in the loop: the bundler turns a \p{...} literal into a `new RegExp` per use.
const CAPITAL = /^\p{Lu}/u;
/** A word in capitals: an acronym in a text otherwise written in lower and upper case. */
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
/** A text with no lower-case word of three letters: shouted, so its capitals mark no acronym. */
const SHOUTED = /^(?![\s\S]*\p{Ll}{3})/u;
/** A token of an emoji: a pictograph, a skin tone, a flag letter, a joiner or a variation selector. */
const EMOJI_PART =
  /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D|\uFE0F)+$/u;
/** A typed emoticon, one token to wink: ":)", ";-)", ":D", ":(". It ends a sentence as an emoji does. */
const EMOTICON = /^[:;=]-?[)(DPp]$/;
const isEmoji = (value: string) => EMOJI_PART.test(value) || EMOTICON.test(value);
const QUESTION_WORD = /^(?:what|when|where|which|who|whom|whose|why|how)$/i;
/** Subject pronouns: "I ❤️ Paris" uses the emoji as a word. */
const SUBJECT = /^(?:i|we|he|she|they)$/i;
/** Tags of a word that wants one after it ("flights to 🇯🇵 Tokyo", "the 🏭 Plant"): no sentence ends there. */
const LEADS_ON = new Set(['ADP', 'AUX', 'CCONJ', 'DET', 'PART', 'SCONJ']);
/**
 * Tags of a word that carries on the sentence before an emoji ("the plant 🏭 is ready", "thanks 🙏
 * for the update"): in lower-case writing, where no capital marks a new sentence, any other word
 * after an emoji opens one ("hope she feels better 🙏 tomorrow works").
 */
const CARRIES_ON = new Set([...LEADS_ON, 'VERB', 'PUNCT', 'SYM', 'NUM']);

/**
 * Whether an emoji run (tokens `first`..`last`) in the span from `from` to `end` closes a sentence,
 * as chat writers end one with an emoji instead of a full stop ("Hope she feels better 🙏 Tomorrow
 * works", "Back from Samarkand 😅 What is your lead time?"): words before it on which it does not
 * hang, and after it on the same line a capitalised word, or a question word opening a question
 * (in lower-case writing, any word that does not carry the sentence on: see CARRIES_ON).
 * Inside a sentence ("the new plant 🏭 is ready") or before a line break it is left to wink.
 */
function emojiEnds(
  tokens: Token[],
  from: number,
  first: number,
  last: number,
  end: number,
  lowerCase: boolean,
): boolean {
  const before = tokens[first - 1];
  const next = tokens[last + 1];
  if (first <= from || !before || !next || last >= end) return false;
  if (before.pos === 'SPACE' || LEADS_ON.has(before.pos) || SUBJECT.test(before.value)) return false;
  // A space, not a line break (that is wink's to read) and not nothing ("Great🎉Let's").
  if (next.pos === 'SPACE' || next.start === tokens[last]!.end) return false;
  if (CAPITAL.test(next.value)) return true;
  if (lowerCase && !CARRIES_ON.has(next.pos)) return true;
  return QUESTION_WORD.test(next.value) && tokens[end]?.value === '?';
}

/** A unit of measure with its full stop, as one token ("µm.") or after the micro sign ("µ", "m."). */
const UNIT_WITH_STOP = /^[µμ][a-z]{0,2}\.$/i;
const MICRO = /^[µμ]$/;
/**
 * wink's sentence spans, with two ends wink does not see. A bare "No." that opens a line or a
 * sentence is a sentence of its own: wink reads "No." as the abbreviation of "number" and runs it
 * into what follows unless that is "The" or a pronoun: "No. Onboarding plan cannot be shorter." is
 * two sentences, "No. 5 is ready" is one. And an emoji can end a sentence (see emojiEnds). Each
 * span keeps the index of the wink sentence it came from (for its sentiment).
 */
function splitSpans(
  spans: RawDocument['sentences'],
  tokens: Token[],
  lowerCase: boolean,
): [number, number, number][] {
  const out: [number, number, number][] = [];
  spans.forEach(([first, last], wink) => {
    let from = first;
    for (let t = first; t < last; t++) {
      if (isEmoji(tokens[t]!.value) && !isEmoji(tokens[t - 1]?.value ?? '')) {
        let end = t;
        while (end < last && isEmoji(tokens[end + 1]!.value)) end++;
        if (emojiEnds(tokens, from, t, end, last, lowerCase)) {
          out.push([from, end, wink]);
          from = end + 1;
        }
        t = end;
        continue;
      }
      const next = tokens[t + 1]!;
      // "repeatability within 1.5 µm. How was your trip?": a unit with its full stop, then a capital,
      // ends the sentence; wink keeps the unknown "µm." as an abbreviation and runs on.
      const unit =
        UNIT_WITH_STOP.test(tokens[t]!.value) ||
        (MICRO.test(tokens[t - 1]?.value ?? '') && /^[a-z]{1,2}\.$/i.test(tokens[t]!.value));
      if (unit && CAPITAL.test(next.value)) {
        out.push([from, t, wink]);
        from = t + 1;
        continue;
      }
      const before = tokens[t - 1];
      const opens = t === from || (before?.pos === 'SPACE' && before.value.includes('\n'));
      // In lower-case writing the next word has no capital to show it: "no. invoice due friday".
      const nextOpens = CAPITAL.test(next.value) || (lowerCase && next.normal !== 'of');
      if (!opens || !/^no\.$/i.test(tokens[t]!.value) || next.pos === 'NUM' || !nextOpens) continue;
      if (t > from) out.push([from, t - 1, wink]);
      out.push([t, t, wink]);
      from = t + 1;
    }
    out.push([from, last, wink]);
  });
  return out;
}
