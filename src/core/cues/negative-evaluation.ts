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
  'too expensive|high|low|slow|late|long|complicated|heavy',
  'unrealistic',
  'not realistic|competitive|feasible|good',
  'do|does not meet',
  'doesn’t|don’t meet',
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
/** Owning one's own mistake ("We made a mistake in our invoice") criticises no one. */
const SELF_CRITICISM = phrases([
  'my|our ~2 mistake|error|errors|bad|fault',
  'we|i ~3 mistake|error|errors|failed',
  'our ~4 is|was|were|are wrong|incorrect',
  'wrong|incorrect|mistake|error ~1 on|from our|my side|part|end',
  'sorry|excuse|apologise|apologize|apologies ~6 mistake|error|errors',
]);
/** Sympathy with bad news ("Sorry to hear that, how awful") is on the client's side, not against them. */
const SYMPATHY = phrases([
  'sorry to hear',
  'sorry for your',
  'terrible|awful|sad|bad|horrible news',
  'sounds ~2 terrible|awful|horrible|bad|rough',
  'what a|an ~2 terrible|awful|horrible',
  'that’s|that is too bad',
  'hope ~4 not too bad',
]);
/** One-word judgements that lose their edge when negated: "not bad", "not terrible". */
const NEGATABLE = new Set(['bad', 'terrible', 'awful', 'poor', 'useless', 'pointless']);
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
  'unfortunately',
  'sorry ,|but',
  'i don’t|do not think',
  'i’m not sure|i am not sure',
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
      if (SYMPATHY.test(text, sentence.firstToken, sentence.endToken)) continue;
      const own = SELF_CRITICISM.find(text, sentence.firstToken, sentence.endToken);
      const found = NEGATIVE.find(text, sentence.firstToken, sentence.endToken).filter(
        (m) =>
          !own.some((o) => o.firstToken <= m.firstToken && m.endToken <= o.endToken) &&
          !(
            NEGATABLE.has(text.tokens[m.firstToken]!.normal) &&
            text.tokens[m.firstToken - 1]?.normal === 'not'
          ),
      );
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
