/**
 * absence-apology: the writer apologises for having been silent or slow ("sorry I've been out of
 * touch", "apologies for the late reply", "forgive my silence", "this slipped through the
 * cracks"). One cue per sentence. Apologies for other things ("sorry for the delay in the
 * shipment", "sorry for the confusion") are not about the writer's silence.
 */
import type { AnalyzedText } from '../text/analyze.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
import type { Cue, Detector } from './types.ts';

const SORRY =
  'sorry|soz|sry|apols|apologies|apologise|apologize|apology|apologizing|apologising|forgive|excuse|pardon|regret|perdón|perdon|perdão|perdao|desculpa|desculpe|disculpa|disculpe|scusa|scusate|entschuldigung|przepraszam|sumimasen|izvinite|désolé|desole';
const SILENCE =
  'silence|delay|wait|waiting|absence|quiet|pause|gap|disappearance|slowness|tardiness|radio|lateness|demora|retraso|tardanza|atraso|silencio|ritardo|retard';

/** An apology and what it is for, with up to a few words between. (No multi-word alternatives.) */
const APOLOGY = phrases([
  `${SORRY} ~8 not been|being|getting|replying|answering|responding|writing ~3 touch|contact|back|sooner|earlier|before`,
  `${SORRY} ~8 have|had|has not ~3 replied|answered|responded|written|gotten|got|touch|contact|back|sooner|earlier`,
  `${SORRY} ~6 late|slow|delayed|belated|tardy reply|response|answer|replies|responses|feedback|email`,
  `${SORRY} ~6 ${SILENCE}`,
  `${SORRY} ~6 get|getting|got|reply|replying|respond|responding|write|writing|answer|answering ~4 sooner|earlier|late`,
  `${SORRY} ~6 was|were|been ~2 offline|away|awol|mia|quiet|silent|slow|absent|unreachable|unavailable|swamped|slammed|buried`,
  // "Sorry to be slow", "apologies for being so quiet": the writer's own pace, with no noun after it.
  `${SORRY} ~3 be|being ~2 slow|quiet|silent|unresponsive`,
  // "Soz mate, been flat out": too busy to answer.
  `${SORRY} ~6 been ~1 flat out`,
  `${SORRY} ~6 been ~1 snowed under`,
  `${SORRY} ~6 out of touch`,
  `${SORRY} ~6 off the grid`,
  `${SORRY} ~6 went|go|gone|going ~1 quiet|silent|dark|missing|mia|awol`,
  `${SORRY} ~6 disappearing|disappeared|vanishing|vanished`,
  `${SORRY} ~6 dropped|dropping off`,
  `${SORRY} ~6 took|taken|taking|take ~3 long|while|ages`,
  `${SORRY} ~6 took|taken|taking|take ~4 to answer|reply|respond|write|revert`,
  `${SORRY} ~6 kept|keeping|keep you waiting`,
  `${SORRY} ~6 missed|missing your ~2 email|emails|message|messages|call|calls`,
  `${SORRY} ~8 not coming|come back`,
  `${SORRY} ~4 did|could not answer|reply|respond|write|get`,
  `${SORRY} ~3 not answering|replying|responding|writing`,
  'slipped|slip through the cracks',
  'fell|fallen off my radar',
  'dropped the ball',
]);
/** Admissions of silence that carry no explicit apology, so they count for less. */
const ADMISSION = phrases([
  'i ~1 been ~2 offline|mia|awol|quiet|silent|unreachable',
  'i ~1 been ~2 out of touch',
  'i ~1 been ~2 off the grid',
  'long time no talk|speak|see|hear',
  'owe you ~2 answer|reply|response|email|update',
  'it ~1 been a while|ages',
  'just catching up on ~2 email|emails|messages|inbox',
]);
/** Apologies for things other than the writer's silence. */
const OTHER_MATTERS = phrases([
  'delay|delays|lateness in|with|on|of ~2 shipment|delivery|deliveries|order|project|release|payment|invoice|launch|build|update|train|flight|transfer',
  'delayed|late shipment|delivery|payment|invoice|order|train|flight',
  // "sorry, the shipment will be delayed three days": the thing delayed named first.
  'shipment|delivery|deliveries|order|project|release|payment|invoice|launch|flight|train ~3 delayed|late|delay',
  // "Sorry to be slow on the uptake": slow to understand, not to reply.
  'slow on the uptake',
]);
const REPLY_WORDS = new Set([
  'reply',
  'response',
  'answer',
  'respond',
  'get',
  'getting',
  'write',
  'writing',
  'touch',
]);

function aboutSilence(text: AnalyzedText, match: PhraseMatch, others: readonly PhraseMatch[]): boolean {
  const overlaps = others.some((o) => match.firstToken < o.endToken && o.firstToken < match.endToken);
  if (!overlaps) return true;
  return text.tokens.slice(match.firstToken, match.endToken).some((t) => REPLY_WORDS.has(t.normal));
}

export const absenceApology: Detector = {
  type: 'absence-apology',
  description: 'The writer apologises for having been silent or slow to reply.',
  detect(text) {
    const cues: Cue[] = [];
    for (const sentence of text.sentences) {
      const { firstToken: from, endToken: to } = sentence;
      const others = OTHER_MATTERS.find(text, from, to);
      const apology = APOLOGY.find(text, from, to).filter((m) => aboutSilence(text, m, others));
      const admission = apology.length > 0 ? [] : ADMISSION.find(text, from, to);
      const found = [...apology, ...admission];
      if (found.length === 0) continue;
      cues.push({
        type: 'absence-apology',
        start: sentence.start,
        end: sentence.end,
        confidence: apology.length > 0 ? 0.9 : 0.7,
        triggers: found.map((m) => text.text.slice(m.start, m.end)),
      });
    }
    return cues;
  },
};
