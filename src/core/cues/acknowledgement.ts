/**
 * acknowledgement: the reply recognises what the other person shared: a stock phrase of
 * recognition ("glad to hear", "sorry to hear", "congratulations", "sounds wonderful"), or a
 * sentence that speaks to the same private-life topic as the message it answers ("hope the kids
 * enjoyed the lake") in the reader's direction (you/your) or with feeling.
 */
import type { AnalyzedText, Sentence } from '../text/analyze.ts';
import { phrases } from '../text/phrases.ts';
import { topicHits } from './topic-hits.ts';
import type { Cue, Detector, ReplyContext } from './types.ts';

const RECOGNITION = phrases([
  'glad|happy|great|good|nice|wonderful|lovely to hear|to see|to know',
  'glad|happy|pleased ~2 you|your',
  'sorry to hear|to learn',
  'so sorry',
  'sorry for your loss',
  'my condolences',
  'condolences',
  'my sympathies',
  'thinking of you',
  'get well soon',
  'wishing you|him|her|them ~3 speedy|quick|full|well|best',
  'feel better',
  'take care',
  'hope|hoping ~4 you|your|everyone|everybody|the|he|she|they ~4 well|better|ok|okay|fine|recovering|enjoyed|enjoy|had|have|great|good|fun|safe|rested|relaxing',
  'sounds|sounded ~2 great|wonderful|lovely|amazing|fun|fantastic|perfect|nice|relaxing|like',
  'what a ~2 great|wonderful|lovely|nice|fun|fantastic|treat',
  'how nice|lovely|wonderful|fun|exciting',
  'congratulations|congrats|congratulate',
  'welcome back',
  'good to have you back',
  'nice to have you back',
  'no need to apologize|apologise',
  'no worries',
  'no problem at all',
  'not at all',
  'completely understand',
  'totally understand',
  'i understand',
  'thank you|thanks for sharing|letting me know|telling me',
  'that is|that’s|must be ~2 great|wonderful|exciting|hard|tough|difficult',
  'well deserved|well-deserved',
  'you deserve',
  'enjoy|enjoyed your|the',
]);
const TOWARD_READER = new Set(['you', 'your', 'yours', "you're", "you've", 'yourself']);
const FEELING = phrases([
  'glad',
  'happy',
  'hope',
  'great',
  'wonderful',
  'lovely',
  'fun',
  'nice',
  'sorry',
  'important',
  'enjoy',
  'enjoyed',
  'rest',
  'love',
  'sounds',
]);

function sharesTopic(reply: AnalyzedText, sentence: Sentence, previous: ReplyContext['previous']): string[] {
  const told = previous.cues.filter((c) => c.type === 'personal-disclosure' || c.type === 'bad-news');
  if (told.length === 0) return [];
  const toldTopics = new Set(
    topicHits(previous.text)
      .filter((h) => told.some((c) => h.start >= c.start && h.end <= c.end))
      .map((h) => h.topic),
  );
  return topicHits(reply, sentence.firstToken, sentence.endToken)
    .filter((h) => toldTopics.has(h.topic))
    .map((h) => reply.text.slice(h.start, h.end));
}

export const acknowledgement: Detector = {
  type: 'acknowledgement',
  description:
    'The reply recognises what the other person shared, in stock phrases or by speaking to the same topic.',
  detect(text, reply) {
    const cues: Cue[] = [];
    for (const sentence of text.sentences) {
      const stock = RECOGNITION.find(text, sentence.firstToken, sentence.endToken);
      const tokens = text.tokens.slice(sentence.firstToken, sentence.endToken);
      const towardReader = tokens.some((t) => TOWARD_READER.has(t.normal));
      const shared = reply ? sharesTopic(text, sentence, reply.previous) : [];
      const felt = FEELING.test(text, sentence.firstToken, sentence.endToken);
      let confidence = 0;
      if (stock.length > 0 && shared.length > 0) confidence = 0.97;
      else if (shared.length > 0 && (towardReader || felt)) confidence = 0.9;
      else if (stock.length > 0 && (towardReader || !reply)) confidence = 0.8;
      else if (stock.length > 0) confidence = 0.6;
      if (confidence === 0) continue;
      cues.push({
        type: 'acknowledgement',
        start: sentence.start,
        end: sentence.end,
        confidence,
        triggers: [...stock.map((m) => text.text.slice(m.start, m.end)), ...shared],
        ...(reply && confidence >= 0.8 ? { acknowledges: reply.previous.index } : {}),
      });
    }
    return cues;
  },
};
