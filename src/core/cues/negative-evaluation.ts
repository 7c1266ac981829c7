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
  'do|does not meet our|the|your|my|their|any|all|requirements|expectations',
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
  // Judgements with no "wrong" in them: a mess, clunky, disappointing; "not ~ intuitive".
  'a|total|complete|such|real|big ~1 mess|disaster|nightmare',
  'messy|clunky|buggy|confusing|outdated|overpriced|unreliable|unstable|unusable|inadequate|insufficient|subpar|mediocre|disappointing|horrible',
  'not ~2 intuitive|helpful|useful|usable|convincing|reliable|stable|sufficient|satisfactory|professional|impressive|practical|ideal|user-friendly',
  'not up to',
  'below ~3 expectations|expected|hoped|standard|standards|par',
  'do not like the|your|this|that|it|how',
  'falls|fell ~1 short',
  // "n't" is its own token with the normal form "not": these cover "doesn't" and "does not".
  'does|do|did not ~2 work',
  'does|do not ~2 fit|match',
  // A price judged without "too": "a bit high", "the fee is high", "rather steep".
  'bit|little|slightly|rather|quite|very|so|really|pretty|somewhat high|expensive|steep|pricey|costly|slow|complicated|heavy',
  'price|prices|pricing|cost|costs|fee|fees|rate|rates|quote|offer|budget ~3 high|steep|pricey',
  'expensive|steep|pricey|costly',
  'disappointed with|by|in',
  // Blame pushed back: "This is not our fault".
  'not our|my fault|problem|responsibility',
]);
/** Owning one's own mistake ("We made a mistake in our invoice") criticises no one. */
const SELF_CRITICISM = phrases([
  'my|our ~2 mistake|error|errors|bad|fault',
  'we|i ~3 mistake|error|errors|failed',
  'our ~4 is|was|were|are wrong|incorrect',
  'our ~4 is|was|were|are ~2 mess|disaster|nightmare',
  'wrong|incorrect|mistake|error ~1 on|from our|my side|part|end',
  'sorry|excuse|apologise|apologize|apologies ~6 mistake|error|errors|wrong',
  'oops|whoops ~2 wrong|mistake|error',
  'wrong|mistake|error ~5 sorry|apologies|apologise|apologize',
]);
/** The writer already putting it right ("..., we will resend tomorrow"): a report, not a verdict. */
const OWN_FIX = phrases([
  'we|i will|shall ~2 resend|redo|fix|correct|replace|reissue|repeat|rerun',
  "we|i ~1 ’ll|'ll ~2 resend|redo|fix|correct|replace|reissue|repeat|rerun",
  "here is|’s|'s the ~1 right|correct|corrected|new",
]);
/** Sympathy with bad news ("Sorry to hear that, how awful") is on the client's side, not against them. */
const SYMPATHY = phrases([
  'sorry to hear',
  'sorry for your',
  'terrible|awful|sad|bad|horrible news',
  'sounds ~2 terrible|awful|horrible|bad|rough',
  'what a|an ~2 terrible|awful|horrible|nightmare|mess|disaster',
  'that’s|that is too bad',
  'hope ~4 not too bad',
  // "Poor thing!", "poor you": pity, not a verdict.
  'poor thing|things|you|guy|girl|kid|kids|baby|dog|cat|soul|man|fellow|dear',
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
  "i’m|i'm|im afraid",
  "i’m|i'm|im not sure",
  'i am not sure',
  'not really|very|that|so|particularly',
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
      if (OWN_FIX.test(text, sentence.firstToken, sentence.endToken)) continue;
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
      const softeners = SOFTENED.find(text, sentence.firstToken, sentence.endToken);
      // A hedged verdict is still a verdict ("I think the price is a bit high"), just not a blunt
      // one; "Unfortunately, this is not possible" alone is the writer declining, not judging.
      const declining = softeners.length > 0 && softeners.every((m) => m.phrase === 'unfortunately');
      const asked = sentence.text.trim().endsWith('?');
      cues.push({
        type: 'negative-evaluation',
        start: sentence.start,
        end: sentence.end,
        confidence: asked ? 0.4 : declining ? 0.5 : softeners.length > 0 ? 0.65 : 0.85,
        triggers: found.map((m) => text.text.slice(m.start, m.end)),
      });
    }
    return cues;
  },
};
