/**
 * hedge: words that soften a claim or a request ("maybe", "I think", "I'm afraid", "would you
 * mind", "would it be possible", "I was wondering"). Words that only sometimes soften ("just",
 * "could", "would", "a bit") are kept as weak cues (below the finding threshold), so the
 * politeness features still see them: "I just came back" and "a bit of a cold" are not hedges, and
 * neither is a plain "Could you send ...?". A degree word counts when it tones down a judgement
 * ("a bit high", "slightly late").
 */
import type { AnalyzedText } from '../text/analyze.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
import type { Cue, Detector } from './types.ts';

/** Softeners in their own right. */
const STRONG = phrases([
  'maybe',
  'perhaps',
  'possibly',
  'probably',
  'might',
  'i think',
  // "I don't think it holds up": the negated opinion softens as much as "I think it doesn't".
  'i ~1 not think|believe',
  'i believe',
  'i guess',
  'i suppose',
  'i feel that|like',
  "i would|’d|'d say|suggest|recommend",
  'it seems',
  'seems|seem',
  'it looks like',
  "i’m|i'm|im afraid",
  'i am afraid',
  'would you mind',
  'would you be open|willing|able|interested',
  'would it be possible|ok|okay|alright|feasible',
  'would that be ok|okay|alright|possible',
  'it would be great|nice|helpful|good|wonderful if',
  'do you think ~3 could|would|possible',
  'if possible',
  'if you can',
  'if you don’t mind',
  'if you do not mind',
  "if it is|’s|'s ok|okay|fine|convenient|possible",
  "if that is|’s|'s ok|okay|fine|convenient",
  'if that works',
  'if it helps',
  'if it suits',
  'when you get a chance',
  'when you have a moment|minute|chance',
  'whenever suits|convenient',
  // "We would appreciate if you could reconsider": the request put as a wish.
  "would|’d|'d appreciate if|it",
  'i wonder',
  'i was wondering',
  "i’m|i'm|im not sure",
  'i am not sure',
  'not sure',
  'not entirely|quite sure',
  'sort of',
  'kind of',
  'may i ask|suggest|propose',
]);
const AFRAID = new Set(["i’m|i'm|im afraid", 'i am afraid']);
/** Degree words: a hedge only before a judgement ("a bit high"), not a state ("a bit tired"). */
const DEGREE = phrases(['a bit', 'a little', 'slightly', 'a tad', 'somewhat']);
const JUDGEMENT = new Set([
  'high',
  'higher',
  'expensive',
  'pricey',
  'steep',
  'costly',
  'low',
  'lower',
  'long',
  'longer',
  'late',
  'later',
  'slow',
  'short',
  'tight',
  'heavy',
  'complicated',
  'complex',
  'unclear',
  'confusing',
  'unrealistic',
  'ambitious',
  'aggressive',
  'optimistic',
  'difficult',
  'hard',
  'early',
  'over',
  'off',
  'more',
  'less',
  'concerned',
  'worried',
  'disappointed',
  'surprised',
  'different',
  'vague',
  'generic',
  'limited',
  'outdated',
  'behind',
  'above',
  'beyond',
]);
/** The writer as subject of a state: "I'm a bit ...", "feeling a little ...". */
const OWN_STATE = new Set(['i', "i'm", 'i’m', 'im', 'am', 'feel', 'feeling', 'felt']);
/** Words that soften only sometimes: weak cues for the politeness features, never a finding. */
const WEAK = phrases([
  'just',
  'could',
  'would',
  'may',
  'a bit',
  'a little',
  'slightly',
  'happy to',
  'feel free',
  // Reassurance ("no rush at all on our side") softens no claim of the writer's.
  'no rush',
  'no pressure',
]);
/** "what kind of", "this sort of": a noun phrase, not a hedge. */
const KIND_DETERMINERS = new Set([
  'what',
  'which',
  'this',
  'that',
  'these',
  'those',
  'any',
  'the',
  'a',
  'every',
  'some',
  'same',
  'all',
  'one',
]);

function cue(text: AnalyzedText, m: PhraseMatch, confidence: number): Cue {
  return {
    type: 'hedge',
    start: m.start,
    end: m.end,
    confidence,
    triggers: [text.text.slice(m.start, m.end)],
  };
}

/** Whether a match overlaps any of `others` (a module function: it runs for every weak hedge). */
function overlapsAny(m: PhraseMatch, others: readonly PhraseMatch[]): boolean {
  for (const o of others) if (m.firstToken < o.endToken && o.firstToken < m.endToken) return true;
  return false;
}

export const hedge: Detector = {
  type: 'hedge',
  description:
    'A softener: "maybe", "perhaps", "I think", "I\'m afraid", "would you mind", "if possible"; "a bit" before a judgement.',
  detect(text, _reply, earlier) {
    const cues: Cue[] = [];
    for (const sentence of text.sentences) {
      const { firstToken: from, endToken: to } = sentence;
      // "I'm afraid my wife is in hospital" announces the writer's news; it softens no claim.
      // Looked for only beside "I'm afraid": most sentences have no hedge at all.
      const news = () =>
        earlier.some(
          (c) =>
            (c.type === 'bad-news' || c.type === 'personal-disclosure') &&
            c.confidence >= 0.8 &&
            c.start < sentence.end &&
            sentence.start < c.end,
        );
      const strong = STRONG.find(text, from, to).filter((m) => {
        if (AFRAID.has(m.phrase) && news()) return false;
        const first = text.tokens[m.firstToken]!.normal;
        if (first !== 'kind' && first !== 'sort') return true;
        const before = text.tokens
          .slice(from, m.firstToken)
          .filter((t) => t.pos !== 'SPACE')
          .at(-1);
        return !before || !KIND_DETERMINERS.has(before.normal);
      });
      const degree = DEGREE.find(text, from, to).filter((m) => {
        // "I'm a bit slow today", "feeling a bit flat": the writer's own state, not a judgement.
        const before = text.tokens
          .slice(Math.max(from, m.firstToken - 3), m.firstToken)
          .filter((t) => t.pos !== 'SPACE');
        if (before.some((t) => OWN_STATE.has(t.normal))) return false;
        const next = text.tokens.slice(m.endToken, to).find((t) => t.pos !== 'SPACE');
        const after =
          next?.normal === 'too'
            ? text.tokens.slice(m.endToken + 1, to).find((t) => t.pos !== 'SPACE')
            : next;
        if (next?.normal === 'too') return true;
        if (after === undefined || !JUDGEMENT.has(after.lemma)) return false;
        // "a bit more expensive", "a bit more time" compare; "sleep a bit more soon" does not.
        if (after.lemma !== 'more' && after.lemma !== 'less') return true;
        const then = text.tokens.slice(text.tokens.indexOf(after) + 1, to).find((t) => t.pos !== 'SPACE');
        return then !== undefined && ['ADJ', 'NOUN'].includes(then.pos);
      });
      const found = [...strong, ...degree];
      for (const m of found) cues.push(cue(text, m, 0.8));
      for (const m of WEAK.find(text, from, to)) if (!overlapsAny(m, found)) cues.push(cue(text, m, 0.3));
    }
    return cues.sort((a, b) => a.start - b.start);
  },
};
