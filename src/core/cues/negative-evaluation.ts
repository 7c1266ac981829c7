/** negative-evaluation: a direct judgement that something is wrong or bad ("This is wrong.", "No."). */
import { phrases } from '../text/phrases.ts';
import type { Cue, Detector } from './types.ts';

const NEGATIVE = phrases([
  'wrong',
  'incorrect',
  'not correct',
  'not right',
  'not true',
  'untrue',
  'false',
  'mistake|mistaken',
  'error|errors',
  'unacceptable',
  'not acceptable',
  'makes no sense',
  'doesn’t make sense',
  'does not make sense',
  'nonsense',
  'bad|terrible|awful|poor|useless|pointless|ridiculous|absurd|sloppy|unprofessional',
  'too expensive',
  'too high',
  'not good enough',
  'will not work',
  'won’t work',
  'can not work',
  'doesn’t work',
  'does not work',
  'disagree',
  'not possible',
  'impossible',
  'out of the question',
  'no way',
  'fail|failed|fails',
  'flawed',
  'misunderstood',
  'you misunderstand',
]);
const BARE_NO = /^\s*(no|nope|nah|нет)\s*[.!]*\s*$/i;
const SOFTENED = phrases([
  'i think',
  'i’m afraid',
  'i am afraid',
  'maybe',
  'perhaps',
  'might',
  'slightly',
  'a bit',
  'a little',
  'not quite',
  'i wonder',
  'it seems',
  'unless i',
  'i may be',
]);

export const negativeEvaluation: Detector = {
  type: 'negative-evaluation',
  description: 'A direct negative judgement: "this is wrong", "not correct", "unacceptable", a bare "No."',
  detect(text) {
    const cues: Cue[] = [];
    for (const sentence of text.sentences) {
      if (BARE_NO.test(sentence.text)) {
        cues.push({
          type: 'negative-evaluation',
          start: sentence.start,
          end: sentence.end,
          confidence: 0.9,
          triggers: [sentence.text.trim()],
        });
        continue;
      }
      const found = NEGATIVE.find(text, sentence.firstToken, sentence.endToken);
      if (found.length === 0) continue;
      const softened = SOFTENED.test(text, sentence.firstToken, sentence.endToken);
      const asked = sentence.text.trim().endsWith('?');
      cues.push({
        type: 'negative-evaluation',
        start: sentence.start,
        end: sentence.end,
        confidence: asked ? 0.4 : softened ? 0.5 : 0.85,
        triggers: found.map((m) => text.text.slice(m.start, m.end)),
      });
    }
    return cues;
  },
};
