/**
 * What this client's own messages show about how they write: length, warmth, small talk,
 * directness, reply time. It outranks the country profile: a client who writes curt business
 * notes is not offended by a curt business note, and one who shares family news invites a reply.
 */
import type { AnalyzedMessage } from '../analysis.ts';
import type { Cue } from '../cues/types.ts';
import { ownsTriggers } from '../rules/helpers.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import { median } from './relationship.ts';

export interface ClientStyle {
  /** Client messages seen. */
  messages: number;
  /** Median words per message. */
  medianWords: number;
  /** Share of messages that greet, thank or wish well. */
  warmth: number;
  /** Share of messages with personal disclosure or personal questions. */
  smallTalk: number;
  /** Share of messages with bare imperatives, blunt negatives or no softening at all. */
  directness: number;
  /** Share of messages that soften requests (please, hedges, could you). */
  softening: number;
  /** True when the history is long enough to judge the client's style (3+ messages). */
  known: boolean;
  /** The client writes short business notes with no small talk. */
  terse: boolean;
  /** The client opens up: shares private life or asks about ours. */
  personable: boolean;
  /** The client writes plain requests or objections themselves ("Send me X.", "That's wrong."). */
  direct: boolean;
  /** The client usually greets, thanks or wishes well: a curt reply stands out against that. */
  warm: boolean;
}

/** Words in a text: tokens with a letter or a digit. */
export function wordCount(text: AnalyzedText): number {
  return text.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.value)).length;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Words without the articles: the measure of effort when two messages' lengths are compared, so
 * that a writer who leaves articles out ("Price is in offer") has not written less. `until` ends
 * the count (before a sign-off, which every letter has).
 */
export function effortWords(text: AnalyzedText, until = text.text.length): number {
  return text.tokens.filter(
    (t) => t.start < until && /[\p{L}\p{N}]/u.test(t.value) && !ARTICLES.has(t.normal),
  ).length;
}

const WARM = new Set(['greeting', 'gratitude', 'acknowledgement']);

/** What one message shows, read once per analysis: a re-check of the draft reuses the thread's. */
interface MessageStyle {
  cues: Cue[];
  words: number;
  warm: boolean;
  smallTalk: boolean;
  direct: boolean;
  softening: boolean;
  playful: boolean;
  opensUp: boolean;
}

// Keyed by the analysed text: a cached message keeps its analysis across checks.
const STYLES = new WeakMap<AnalyzedText, MessageStyle>();

function styleOf(m: AnalyzedMessage): MessageStyle {
  const known = STYLES.get(m.text);
  if (known !== undefined && known.cues === m.cues) return known;
  const style: MessageStyle = {
    cues: m.cues,
    words: wordCount(m.text),
    warm: m.cues.some((c) => WARM.has(c.type)),
    smallTalk: m.cues.some(
      (c) =>
        (c.type === 'personal-disclosure' && c.confidence >= 0.6) ||
        (c.type === 'question' && c.about === 'personal'),
    ),
    direct: m.cues.some(
      (c) =>
        // An order's trigger lies in its own sentence: "Dear Anna," tagged with the next
        // sentence's "Thank" is a salutation, not a plain request.
        (c.type === 'imperative' && c.confidence >= 0.8 && ownsTriggers(m.text.text, c)) ||
        (c.type === 'negative-evaluation' && c.confidence >= 0.8),
    ),
    softening: m.cues.some((c) => c.type === 'please' || c.type === 'hedge'),
    // Laughter and emoji: short notes in high spirits are chatty, not curt.
    playful: /\b(?:ha(?:ha)+\w*|lol)\b|\p{Extended_Pictographic}/iu.test(m.text.text),
    opensUp: m.cues.some((c) => c.type === 'personal-disclosure' && c.confidence >= 0.8),
  };
  STYLES.set(m.text, style);
  return style;
}

export function clientStyle(messages: AnalyzedMessage[]): ClientStyle {
  const own = messages.filter((m) => m.author.role === 'client').map(styleOf);
  const n = own.length;
  const share = (test: (m: MessageStyle) => boolean) => (n === 0 ? 0 : own.filter(test).length / n);
  const medianWords = median(own.map((m) => m.words)) ?? 0;
  const warmth = share((m) => m.warm);
  const smallTalk = share((m) => m.smallTalk);
  const directness = share((m) => m.direct);
  const softening = share((m) => m.softening);
  const playful = share((m) => m.playful);
  const known = n >= 3;
  // A third of their messages is a habit, not a one-off curt day.
  const habit = 0.34;
  return {
    messages: n,
    medianWords,
    warmth: round(warmth),
    smallTalk: round(smallTalk),
    directness: round(directness),
    softening: round(softening),
    known,
    terse: known && medianWords <= 15 && smallTalk === 0 && warmth < habit && playful < habit,
    personable: smallTalk >= 0.15 || own.some((m) => m.opensUp),
    direct: known && directness >= habit,
    warm: known && warmth >= 0.5,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
