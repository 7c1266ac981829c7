/**
 * question: a direct question ("How was the trip?") or an embedded one ("I was wondering whether
 * ..."), with `form` (open: what/how/why...; closed: yes/no or either/or) and `about` (personal:
 * the reader's life, wellbeing or small talk; business: anything else).
 */
import type { AnalyzedText, Sentence } from '../text/analyze.ts';
import { phrases } from '../text/phrases.ts';
import { topicHits } from './topic-hits.ts';
import type { Cue, Detector } from './types.ts';

const WH = new Set([
  'what',
  'how',
  'why',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  "what's",
  "how's",
  "where's",
  "who's",
  "when's",
  "why's",
]);
const AUX = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'am',
  'can',
  'could',
  'would',
  'will',
  'shall',
  'should',
  'have',
  'has',
  'had',
  'may',
  'might',
  'must',
  'wo',
  'ca',
]);
const LEADERS = new Set([
  'so',
  'and',
  'but',
  'well',
  'ok',
  'okay',
  'now',
  'also',
  'anyway',
  'then',
  'oh',
  'btw',
  'ps',
  'and',
  'just',
  'quick',
  'question',
]);

const EMBEDDED = phrases([
  'i was|am wondering|wonder if|whether|what|how|when|why',
  'i would|i’d like to know|ask',
  'could|can you tell|let me know if|whether|what|how|when',
  'do you know if|whether|what|how|when',
  'any news|update|thoughts|feedback on|about',
]);

/** Small talk and the reader's private life: "how are you", "how was your weekend". */
const PERSONAL = phrases([
  'how are you',
  'how are things',
  'how is|was it going',
  "how's it going",
  'how have you been',
  'how are you doing',
  'how was|is your ~3 weekend|holiday|holidays|vacation|trip|summer|break|week|time off|day|evening|family|kids|flight',
  'how is|was|are ~2 family|kids|wife|husband|son|daughter|weather',
  'hope you|your are|is well',
  'how is|how’s the weather',
  'did you have|enjoy a ~3 good|nice|great|lovely weekend|holiday|trip|time|vacation|break',
  'are you ~3 enjoying|doing|feeling',
  'any plans for',
  'how about you',
  'and you',
  'what about you',
  'how about yourself',
]);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', "you're", "you've"]);

function firstWord(text: AnalyzedText, sentence: Sentence): { index: number; normal: string } | undefined {
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = text.tokens[i]!;
    if (
      token.pos === 'PUNCT' ||
      token.pos === 'SPACE' ||
      LEADERS.has(token.normal) ||
      token.pos === 'PROPN' ||
      token.pos === 'INTJ'
    )
      continue;
    return { index: i, normal: token.normal };
  }
  return undefined;
}

export function questionForm(text: AnalyzedText, sentence: Sentence): 'open' | 'closed' {
  const first = firstWord(text, sentence);
  const body = text.text.slice(sentence.start, sentence.end).toLowerCase();
  if (first && WH.has(first.normal)) {
    // "What about Friday?" and "How about we sign today?" propose; they still leave room to answer.
    return 'open';
  }
  if (
    /\b(what|how|why|which|when|where)\b/.test(body) &&
    !/\b(do|does|did|can|could|will|would|is|are)\s+you\b/.test(body.slice(0, 12))
  ) {
    return 'open';
  }
  return 'closed';
}

function isQuestion(text: AnalyzedText, sentence: Sentence): { confidence: number } | undefined {
  const body = sentence.text.trim();
  if (body.endsWith('?')) return { confidence: 0.95 };
  const first = firstWord(text, sentence);
  if (first && AUX.has(first.normal)) {
    const next = text.tokens[first.index + 1];
    // "Do you ...", "Can we ...", "Is it ...": inversion with a pronoun or name. "Have a good
    // weekend" is a wish, so a determiner after the verb does not count.
    if (
      next &&
      (next.pos === 'PRON' || next.pos === 'PROPN' || next.normal === 'not') &&
      !['have', 'has', 'had'].includes(first.normal)
    )
      return { confidence: 0.7 };
    if (
      next &&
      ['have', 'has', 'had'].includes(first.normal) &&
      ['you', 'we', 'they', 'he', 'she'].includes(next.normal)
    )
      return { confidence: 0.7 };
  }
  if (EMBEDDED.test(text, sentence.firstToken, sentence.endToken)) return { confidence: 0.75 };
  return undefined;
}

export const question: Detector = {
  type: 'question',
  description:
    'A question, direct or embedded, with its form (open or closed) and whether it is personal or about business.',
  detect(text) {
    const cues: Cue[] = [];
    for (const sentence of text.sentences) {
      const found = isQuestion(text, sentence);
      if (!found) continue;
      const tokens = text.tokens.slice(sentence.firstToken, sentence.endToken);
      const personalPhrase = PERSONAL.find(text, sentence.firstToken, sentence.endToken);
      const aboutYourLife =
        tokens.some((t) => SECOND_PERSON.has(t.normal)) &&
        topicHits(text, sentence.firstToken, sentence.endToken).some((h) => h.strong);
      const personal = personalPhrase.length > 0 || aboutYourLife;
      cues.push({
        type: 'question',
        about: personal ? 'personal' : 'business',
        form: questionForm(text, sentence),
        start: sentence.start,
        end: sentence.end,
        confidence: found.confidence,
        triggers: personalPhrase.map((m) => text.text.slice(m.start, m.end)),
      });
    }
    return cues;
  },
};
