/** Finds private-life topic words in a text, minus their business look-alikes. */
import type { AnalyzedText } from '../text/analyze.ts';
import { type PhraseMatch, type PhraseSet, phrases } from '../text/phrases.ts';
import { BUSINESS_LOOKALIKES, type LexicalTopic, TOPIC_WORDS } from './lexicon/topics.ts';

export interface TopicHit extends PhraseMatch {
  topic: LexicalTopic;
  strong: boolean;
}

const TOPICS = Object.keys(TOPIC_WORDS) as LexicalTopic[];
const sets = new Map<string, PhraseSet>();
function setFor(topic: LexicalTopic, strength: 'strong' | 'weak'): PhraseSet {
  const key = `${topic}:${strength}`;
  let set = sets.get(key);
  if (!set) {
    set = phrases(TOPIC_WORDS[topic][strength]);
    sets.set(key, set);
  }
  return set;
}
const lookalikes = phrases(BUSINESS_LOOKALIKES);

/** Topic hits in tokens [from, to), longest first where they overlap, look-alikes removed. */
export function topicHits(text: AnalyzedText, from = 0, to = text.tokens.length): TopicHit[] {
  const excluded = lookalikes.find(text, from, to);
  const inExcluded = (m: PhraseMatch) =>
    excluded.some((x) => m.firstToken < x.endToken && x.firstToken < m.endToken);
  const hits: TopicHit[] = [];
  for (const topic of TOPICS) {
    for (const strength of ['strong', 'weak'] as const) {
      for (const match of setFor(topic, strength).find(text, from, to)) {
        if (!inExcluded(match)) hits.push({ ...match, topic, strong: strength === 'strong' });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Lemmas of the topic words in a text, for comparing what two texts talk about. */
export function topicLemmas(text: AnalyzedText): Set<string> {
  return new Set(topicHits(text).map((h) => text.text.slice(h.start, h.end).toLowerCase()));
}
