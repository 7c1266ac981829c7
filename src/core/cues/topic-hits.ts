/** Finds private-life topic words in a text, minus their business look-alikes. */
import type { AnalyzedText } from '../text/analyze.ts';
import { memo } from '../text/memo.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
import {
  BUSINESS_EVENTS,
  BUSINESS_LOOKALIKES,
  type LexicalTopic,
  TOPIC_WORDS,
  TRAVEL_LEADS,
} from './lexicon/topics.ts';

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
    if (t >= to || place?.pos !== 'PROPN') continue;
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

/** What topicHits keeps per text. */
interface TextState {
  /** Hits per range (from * 1_000_003 + to): disclosure, question, acknowledgement and several rules ask about the same sentences. */
  ranges: Map<number, readonly TopicHit[]>;
  /** The topic lexicons with a phrase anywhere in the text: most find nothing in a message. */
  sets: typeof TOPIC_SETS;
  /** Whether a travel lead ("back from") occurs at all. */
  places: boolean;
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

// Module-level helpers, not closures: findTopicHits runs for many sentences of every text.
function overlapsAny(m: PhraseMatch, others: readonly PhraseMatch[]): boolean {
  for (const x of others) if (m.firstToken < x.endToken && x.firstToken < m.endToken) return true;
  return false;
}

function atWork(text: AnalyzedText, m: PhraseMatch, workSentences: Set<number> | undefined): boolean {
  return workSentences?.has(text.tokens[m.firstToken]!.sentence) === true;
}

function findTopicHits(text: AnalyzedText, from: number, to: number, state: TextState): readonly TopicHit[] {
  if (state.sets.length === 0 && !state.places) return NONE;
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
  for (const { topic, strong, set } of state.sets) {
    for (const match of set.find(text, from, to)) {
      if (overlapsAny(match, excluded) || (topic === 'travel' && atWork(text, match, workSentences)))
        continue;
      const { phrase, firstToken, endToken, start, end } = match;
      hits.push({ phrase, firstToken, endToken, start, end, topic, strong });
    }
  }
  if (hits.length === 0) return NONE;
  return Object.freeze(hits.sort((a, b) => a.start - b.start || b.end - a.end));
}
