/** Finds private-life topic words in a text, minus their business look-alikes. */
import type { AnalyzedText } from '../text/analyze.ts';
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

/** "back from Portugal", "two weeks in Lisbon": a lead followed by a place name (a proper noun). */
function placeHits(text: AnalyzedText, from: number, to: number): TopicHit[] {
  return travelLeads.find(text, from, to).flatMap((lead) => {
    let t = lead.endToken;
    while (t < to && ['the', 'a'].includes(text.tokens[t]!.normal)) t++;
    const place = text.tokens[t];
    if (t >= to || place?.pos !== 'PROPN') return [];
    return [
      {
        ...lead,
        endToken: t + 1,
        end: place.end,
        topic: 'travel' as const,
        strong: false,
        place: true as const,
      },
    ];
  });
}

// Disclosure, question, acknowledgement and several rules ask about the same sentences.
const memo = new WeakMap<AnalyzedText, Map<number, readonly TopicHit[]>>();
/** Per text, the topic lexicons with a phrase anywhere in it: most find nothing in a message. */
const present = new WeakMap<AnalyzedText, typeof TOPIC_SETS>();

/** Topic hits in tokens [from, to), longest first where they overlap, look-alikes removed. */
export function topicHits(text: AnalyzedText, from = 0, to = text.tokens.length): readonly TopicHit[] {
  let perText = memo.get(text);
  if (!perText) {
    perText = new Map();
    memo.set(text, perText);
  }
  const key = from * 1_000_003 + to;
  let hits = perText.get(key);
  if (!hits) {
    hits = Object.freeze(findTopicHits(text, from, to));
    perText.set(key, hits);
  }
  return hits;
}

function findTopicHits(text: AnalyzedText, from: number, to: number): TopicHit[] {
  const excluded = lookalikes.find(text, from, to);
  const inExcluded = (m: PhraseMatch) =>
    excluded.some((x) => m.firstToken < x.endToken && x.firstToken < m.endToken);
  // Travel in a sentence about a conference or a client visit is work, not private time.
  const workSentences = new Set(
    businessEvents.find(text, from, to).map((m) => text.tokens[m.firstToken]!.sentence),
  );
  const atWork = (m: PhraseMatch) => workSentences.has(text.tokens[m.firstToken]!.sentence);
  const hits: TopicHit[] = placeHits(text, from, to).filter((h) => !atWork(h) && !inExcluded(h));
  let sets = present.get(text);
  if (!sets) {
    sets = TOPIC_SETS.filter(({ set }) => set.any(text));
    present.set(text, sets);
  }
  for (const { topic, strong, set } of sets) {
    for (const match of set.find(text, from, to)) {
      if (inExcluded(match) || (topic === 'travel' && atWork(match))) continue;
      const { phrase, firstToken, endToken, start, end } = match;
      hits.push({ phrase, firstToken, endToken, start, end, topic, strong });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
