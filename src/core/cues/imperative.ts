/**
 * imperative: a sentence that tells the reader to do something: a bare imperative ("Send me the
 * contract."), with or without "please", or an obligation put on them ("you must", "you need to",
 * "it is necessary"). Conventional formulas ("Let me know", "Have a nice day") are marked with
 * lower confidence: they are imperatives in form but not orders.
 */
import type { AnalyzedText, Sentence } from '../text/analyze.ts';
import { phrases } from '../text/phrases.ts';
import type { Cue, Detector } from './types.ts';

// One alternative list per token: "you must|have to" would read as "you must|have" + "to".
const OBLIGATION = phrases([
  'you must|should|shall',
  'you have|need to',
  'you will need to',
  'you’ll need to',
  'i need you to',
  'we need you to',
  'it is necessary|required|mandatory',
  'you are required|obliged|expected to',
  'make sure you',
  'be sure to',
]);
const CONVENTIONAL = phrases([
  'let me|us know',
  'have a ~3 good|great|nice|lovely|wonderful',
  'enjoy',
  'feel free',
  'take care',
  'see attached|below|above',
  'find attached|enclosed|below',
  'please find',
  'note that',
  'keep me posted',
  'keep in touch',
  'thank|thanks',
  'excuse',
  'pardon',
  'welcome',
  'congratulations',
  'good luck',
  'stay safe|cool|warm|dry|healthy|strong|well',
  'rest up',
  'accept my|our ~2 sympathy|sympathies|condolences|apologies|thanks|gratitude',
  // "Let's pick a date" proposes doing it together; it orders no one.
  "let's",
  'let’s',
  'let us',
  'say hi|hello',
  'look forward',
  'don’t hesitate',
  'do not hesitate',
  'rest assured',
  'get well',
  'hope',
  'imagine',
  'guess what',
  'talk soon',
  'speak soon',
  'cheers',
  'no worries',
  // Imperatives for the reader's own good are kindness, not orders (Brown & Levinson 1987).
  'take ~3 time|care|rest',
  'don’t worry|apologise|apologize|rush',
  'do not worry|apologise|apologize|rush',
  'never mind',
  'wish',
  'see you',
  'keep up',
  'get some rest',
  'give my ~1 regards|best|love',
]);
const SOFT_START = new Set([
  'dear',
  'hi',
  'hello',
  'hey',
  'ms',
  'mr',
  'mrs',
  'dr',
  'please',
  'kindly',
  'pls',
  'just',
  'so',
  'and',
  'also',
  'now',
  'then',
  'ok',
  'okay',
]);

const skip = (t: { pos: string; normal: string }) =>
  t.pos === 'PUNCT' || t.pos === 'SPACE' || t.pos === 'INTJ' || SOFT_START.has(t.normal);

function imperativeStart(text: AnalyzedText, sentence: Sentence): number | undefined {
  let i = sentence.firstToken;
  while (i < sentence.endToken && skip(text.tokens[i]!)) i++;
  // A vocative first: "John, send me ...", "Hi John, please send ..."
  while (
    text.tokens[i]?.pos === 'PROPN' &&
    (text.tokens[i + 1]?.value === ',' || text.tokens[i + 1]?.pos === 'PROPN')
  ) {
    i += 1;
    while (i < sentence.endToken && skip(text.tokens[i]!)) i++;
  }
  const token = text.tokens[i];
  if (!token) return undefined;
  const bareVerb = token.pos === 'VERB' && token.normal === token.lemma;
  const doNot = (token.normal === 'do' && text.tokens[i + 1]?.normal === 'not') || token.normal === 'never';
  // wink tags some sentence-initial base verbs as PROPN or NOUN ("Send", "Alex, call me"): accept a
  // common verb's base form followed by an object.
  const next = text.tokens[i + 1];
  const taggedOdd =
    (token.pos === 'PROPN' || token.pos === 'NOUN') &&
    token.normal === token.lemma &&
    next !== undefined &&
    (next.pos === 'PRON' || next.pos === 'DET' || next.normal === 'here') &&
    COMMON_VERBS.has(token.normal);
  if (sentence.text.trim().endsWith('?')) return undefined;
  return bareVerb || doNot || taggedOdd ? i : undefined;
}
const COMMON_VERBS = new Set([
  'send',
  'call',
  'sign',
  'check',
  'review',
  'email',
  'update',
  'fix',
  'pay',
  'book',
  'confirm',
  'share',
  'forward',
  'answer',
  'reply',
  'change',
  'tell',
  'give',
  'decide',
  'order',
  'buy',
  'approve',
  'return',
  'read',
  'fill',
  'complete',
  'provide',
]);

export const imperative: Detector = {
  type: 'imperative',
  description:
    'An order: a bare imperative ("Send me the file."), or an obligation ("you must", "you need to").',
  detect(text) {
    const cues: Cue[] = [];
    for (const sentence of text.sentences) {
      // "You must be proud", "you must have been busy" guess at the reader's state: no obligation.
      const obligation = OBLIGATION.find(text, sentence.firstToken, sentence.endToken).filter(
        (m) =>
          !(
            text.tokens.slice(m.firstToken, m.endToken).some((t) => t.normal === 'must') &&
            ['be', 'have'].includes(text.tokens[m.endToken]?.lemma ?? '')
          ),
      );
      const start = imperativeStart(text, sentence);
      if (obligation.length === 0 && start === undefined) continue;
      const conventional =
        start !== undefined && CONVENTIONAL.test(text, start, Math.min(start + 4, sentence.endToken));
      const triggers =
        obligation.length > 0
          ? obligation.map((m) => text.text.slice(m.start, m.end))
          : [text.tokens[start!]!.value];
      cues.push({
        type: 'imperative',
        start: sentence.start,
        end: sentence.end,
        confidence: obligation.length > 0 ? 0.9 : conventional ? 0.3 : 0.85,
        triggers,
      });
    }
    return cues;
  },
};
