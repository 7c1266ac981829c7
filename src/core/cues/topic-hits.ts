/** Finds private-life topic words in a text, minus their business look-alikes. */
import type { AnalyzedText } from '../text/analyze.ts';
import { CALENDAR } from '../text/calendar.ts';
import { memo } from '../text/memo.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
import {
  BUSINESS_EVENTS,
  BUSINESS_LOOKALIKES,
  type LexicalTopic,
  TOPIC_WORDS,
  TRAVEL_LEADS,
} from './lexicon/topics.ts';
import { isClauseBreak } from './owner.ts';

export interface TopicHit extends PhraseMatch {
  topic: LexicalTopic;
  strong: boolean;
  /** A named place after a travel verb ("back from Portugal"). */
  place?: true;
}

const TOPICS = Object.keys(TOPIC_WORDS) as LexicalTopic[];
// Registered up front: phrases() compiles on first use, so this costs nothing at import, and the
// hot path does no key building or lookups.
const TOPIC_SETS = TOPICS.flatMap((topic) =>
  (['strong', 'weak'] as const).map((strength) => ({
    topic,
    strong: strength === 'strong',
    set: phrases(TOPIC_WORDS[topic][strength]),
  })),
);
const lookalikes = phrases(BUSINESS_LOOKALIKES);
const travelLeads = phrases(TRAVEL_LEADS);
const businessEvents = phrases(BUSINESS_EVENTS);
/** "now I am back in the office": the place of work the writer returned to, which ends the trip told. */
const backAtWork = phrases(['back in|at|to ~1 the|my|our office|offices|desk|headquarters']);

/** "back from Portugal", "two weeks in Lisbon": a lead followed by a place name (a proper noun). */
function placeHits(text: AnalyzedText, from: number, to: number): TopicHit[] {
  const hits: TopicHit[] = [];
  for (const lead of travelLeads.find(text, from, to)) {
    let t = lead.endToken;
    while (t < to && ['the', 'a'].includes(text.tokens[t]!.normal)) t++;
    const place = text.tokens[t];
    // "part of Sunday goes to Monday": a day or a month is a date, not a place gone to.
    if (t >= to || place?.pos !== 'PROPN' || CALENDAR.has(place.normal)) continue;
    hits.push({
      phrase: lead.phrase,
      firstToken: lead.firstToken,
      endToken: t + 1,
      start: lead.start,
      end: place.end,
      topic: 'travel',
      strong: false,
      place: true,
    });
  }
  return hits;
}

/** "watching England lose a lead", "watched Ireland beat the All Blacks": a side seen play. */
const watchedPlay = phrases([
  'watch|watched|watching ~9 lose|lost|losing|win|won|winning|beat|beaten|beating|draw|drew|thrash|thrashed|bottle|bottled|choke|choked',
]);
/** What a side wins or loses: "a lead", "the final"; a business object ("win deals") is not sport. */
const SPORT_OBJECTS = new Set([
  'lead',
  'match',
  'game',
  'final',
  'semi',
  'derby',
  'cup',
  'series',
  'title',
  'league',
  'points',
  'goal',
  'goals',
  'try',
  'tries',
  'penalty',
  'penalties',
  'shootout',
  'again',
]);

/**
 * "Mine was spent watching England find new ways to lose a lead": a named side (a proper noun right
 * after the watching) that wins, loses or draws, with nothing after it, another name, or a sport's
 * object. "Watching Acme win deals" is competition, not a weekend.
 */
function watchedSideHits(text: AnalyzedText, from: number, to: number): TopicHit[] {
  const hits: TopicHit[] = [];
  for (const m of watchedPlay.find(text, from, to)) {
    let t = m.firstToken + 1;
    while (t < m.endToken && (text.tokens[t]!.pos === 'SPACE' || text.tokens[t]!.normal === 'the')) t++;
    if (text.tokens[t]?.pos !== 'PROPN') continue;
    let o = m.endToken;
    while (o < to && (text.tokens[o]!.pos === 'SPACE' || text.tokens[o]!.pos === 'DET')) o++;
    const object = text.tokens[o];
    const sport =
      o >= to ||
      object === undefined ||
      object.pos === 'PUNCT' ||
      object.pos === 'PROPN' ||
      object.normal === 'to' ||
      object.normal === 'on' ||
      SPORT_OBJECTS.has(object.normal);
    if (!sport) continue;
    const last = text.tokens[m.endToken - 1]!;
    hits.push({
      phrase: m.phrase,
      firstToken: m.firstToken,
      endToken: m.endToken,
      start: m.start,
      end: last.end,
      topic: 'hobby',
      strong: true,
    });
  }
  return hits;
}

/** What topicHits keeps per text. */
interface TextState {
  /** Hits per range (from * 1_000_003 + to): disclosure, question, acknowledgement and several rules ask about the same sentences. */
  ranges: Map<number, readonly TopicHit[]>;
  /** The topic lexicons with a phrase anywhere in the text: most find nothing in a message. */
  sets: typeof TOPIC_SETS;
  /** Whether a travel lead ("back from") occurs at all. */
  places: boolean;
  /** Whether "watching ... lose|win" occurs at all. */
  watched: boolean;
}
const states = memo<TextState>('topic hits');
/** The text asked about last: its sentences are asked about one after another. */
let lastText: AnalyzedText | undefined;
let lastState: TextState | undefined;
const NONE: readonly TopicHit[] = Object.freeze([]);

/** Topic hits in tokens [from, to), longest first where they overlap, look-alikes removed. */
export function topicHits(text: AnalyzedText, from = 0, to = text.tokens.length): readonly TopicHit[] {
  let state = text === lastText ? lastState : states.get(text);
  if (!state) {
    state = {
      ranges: new Map(),
      sets: TOPIC_SETS.filter(({ set }) => set.any(text)),
      places: travelLeads.any(text),
      watched: watchedPlay.any(text),
    };
    states.set(text, state);
  }
  lastText = text;
  lastState = state;
  const key = from * 1_000_003 + to;
  let hits = state.ranges.get(key);
  if (!hits) {
    hits = findTopicHits(text, from, to, state);
    state.ranges.set(key, hits);
  }
  return hits;
}

/** Nouns that make "X family" a family of people: "my host family", "a foster family". */
const PEOPLE_FAMILY = new Set(['host', 'foster', 'birth', 'step', 'blood', 'war', 'church', 'football']);
/**
 * "the drawings for the bracket family", "our valve family": "family" after a common noun names a
 * range of products, whatever the product ("product family" and its like are in the lookalikes).
 */
function productFamily(text: AnalyzedText, match: { firstToken: number; endToken: number }): boolean {
  const word = text.tokens[match.firstToken]!;
  const before = text.tokens[match.firstToken - 1];
  return (
    match.endToken - match.firstToken === 1 &&
    /^famil(?:y|ies)$/.test(word.normal) &&
    before?.pos === 'NOUN' &&
    !PEOPLE_FAMILY.has(before.normal)
  );
}
/** Kinship words that also address a friend or a fellow believer: "thanks brother", "my dear sister". */
const ADDRESS_KIN = new Set(['brother', 'sister', 'brothers', 'sisters', 'bro', 'sis']);
/** Words after which "my brother" is still the address: "Salam my brother", "thank you my brother". */
const ADDRESS_LEADS = new Set([
  'thanks',
  'thank',
  'you',
  'thx',
  'hi',
  'hello',
  'hey',
  'salam',
  'salaam',
  'dear',
  'sorry',
  'welcome',
  'ok',
  'okay',
  'yes',
  'habibi',
]);
/** Parts of speech that take a relative as their object or modify it: "visited brother", "with brother", "big brother". */
const TAKES_RELATIVE = new Set(['VERB', 'AUX', 'ADP', 'ADJ', 'DET', 'PRON']);
/**
 * "Sorry for delay brother, ...", "Thanks my brother!", "Dear sister,": a kinship word used to
 * address the reader stands at the end of its clause, after nothing that makes it a relative
 * (a verb, a preposition, an adjective, a possessive), or after "my"/"dear" that follow a greeting,
 * thanks or the start of the clause. "I miss my brother." and "with my brother" tell of one.
 */
function addressesReader(text: AnalyzedText, m: PhraseMatch): boolean {
  if (m.endToken - m.firstToken !== 1 || !ADDRESS_KIN.has(text.tokens[m.firstToken]!.normal)) return false;
  const { sentence } = text.tokens[m.firstToken]!;
  const next = text.tokens[wordAt(text, m.endToken, 1, sentence)];
  if (next !== undefined && (next.pos !== 'PUNCT' || next.value === "'s" || next.value === '’s'))
    return false;
  let at = wordAt(text, m.firstToken - 1, -1, sentence);
  let before = text.tokens[at];
  if (before === undefined || isClauseBreak(before.value)) return true;
  // "my brother", "my dear brother", "dear brother": look past them to what leads in.
  if (before.normal === 'my' || before.normal === 'dear') {
    while (before !== undefined && (before.normal === 'my' || before.normal === 'dear')) {
      at = wordAt(text, at - 1, -1, sentence);
      before = text.tokens[at];
    }
    return before === undefined || isClauseBreak(before.value) || ADDRESS_LEADS.has(before.normal);
  }
  return ADDRESS_LEADS.has(before.normal) || !TAKES_RELATIVE.has(before.pos);
}
/** The index of the nearest token that is not white space from `at` in direction `step`, in `sentence` (-1 if none). */
function wordAt(text: AnalyzedText, at: number, step: 1 | -1, sentence: number): number {
  for (let t = at; t >= 0 && t < text.tokens.length; t += step) {
    const token = text.tokens[t]!;
    if (token.pos === 'SPACE') continue;
    return token.sentence === sentence ? t : -1;
  }
  return -1;
}

// Module-level helpers, not closures: findTopicHits runs for many sentences of every text.
function overlapsAny(m: PhraseMatch, others: readonly PhraseMatch[]): boolean {
  for (const x of others) if (m.firstToken < x.endToken && x.firstToken < m.endToken) return true;
  return false;
}

function atWork(text: AnalyzedText, m: PhraseMatch, workSentences: Set<number> | undefined): boolean {
  return workSentences?.has(text.tokens[m.firstToken]!.sentence) === true;
}

function findTopicHits(text: AnalyzedText, from: number, to: number, state: TextState): readonly TopicHit[] {
  if (state.sets.length === 0 && !state.places && !state.watched) return NONE;
  const excluded = lookalikes.find(text, from, to);
  // Travel in a sentence about a conference or a client visit is work, not private time.
  const back = backAtWork.find(text, from, to);
  const events = businessEvents
    .find(text, from, to)
    .filter((m) => back.length === 0 || !overlapsAny(m, back));
  const workSentences =
    events.length > 0 ? new Set(events.map((m) => text.tokens[m.firstToken]!.sentence)) : undefined;
  const hits: TopicHit[] = state.places
    ? placeHits(text, from, to).filter((h) => !atWork(text, h, workSentences) && !overlapsAny(h, excluded))
    : [];
  if (state.watched) hits.push(...watchedSideHits(text, from, to).filter((h) => !overlapsAny(h, excluded)));
  for (const { topic, strong, set } of state.sets) {
    for (const match of set.find(text, from, to)) {
      if (
        overlapsAny(match, excluded) ||
        (topic === 'travel' && atWork(text, match, workSentences)) ||
        (topic === 'family' && (addressesReader(text, match) || productFamily(text, match)))
      )
        continue;
      const { phrase, firstToken, endToken, start, end } = match;
      hits.push({ phrase, firstToken, endToken, start, end, topic, strong });
    }
  }
  if (hits.length === 0) return NONE;
  return Object.freeze(hits.sort((a, b) => a.start - b.start || b.end - a.end));
}
