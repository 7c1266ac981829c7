/** Whose life a phrase is about, from the person words before it in its clause. */
import type { AnalyzedText } from '../text/analyze.ts';

export const FIRST_PERSON = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'ours',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  "we're",
  "we've",
  // wink keeps a typographic apostrophe's contraction as one token: "I’m" is not "i" + "'m".
  'i’m',
  'i’ve',
  'i’d',
  'i’ll',
  'we’re',
  'we’ve',
]);
export const SECOND_PERSON = new Set(['your', 'yours', 'you']);

const CLAUSE_BREAK = new Set([',', ':', ';', '—', '–', '-']);
/** Every clause break is one character: most words are ruled out without hashing them. */
export const isClauseBreak = (value: string) => value.length === 1 && CLAUSE_BREAK.has(value);

/**
 * Whether the nearest person word before token `at` (at most five tokens back, from `from`, in the
 * same clause) is the reader: "your kids", "you and the kids", "I heard your father passed away"
 * are the reader's life, not the writer's.
 */
export function ownedByReader(text: AnalyzedText, from: number, at: number): boolean {
  for (let t = at - 1; t >= Math.max(from, at - 5); t--) {
    const token = text.tokens[t]!;
    if (isClauseBreak(token.value)) return false;
    if (SECOND_PERSON.has(token.normal)) return true;
    if (FIRST_PERSON.has(token.normal)) return false;
  }
  return false;
}

/** Words that make a phrase the writer's: "our colleague", "my mother", "we". Not "me" or "us", objects of another verb. */
const WRITER_OWNS = new Set([
  'my',
  'our',
  'i',
  'we',
  "i'm",
  "i've",
  "we're",
  "we've",
  'i’m',
  'i’ve',
  'we’re',
  'we’ve',
]);
const READER_OWNS = new Set(['your', 'you']);

/**
 * Whether what happens at token `at` happens to the reader: the words back to the nearest verb
 * or clause break (its subject) name the reader and not the writer. "I heard your father passed
 * away" is the reader's news; "our colleague and your contact Paolo passed away" is the writer's too.
 */
export function happensToReader(text: AnalyzedText, from: number, at: number): boolean {
  let reader = false;
  for (let t = at - 1; t >= Math.max(from, at - 8); t--) {
    const token = text.tokens[t]!;
    if (isClauseBreak(token.value) || token.pos === 'VERB' || token.pos === 'AUX') break;
    if (WRITER_OWNS.has(token.normal)) return false;
    if (READER_OWNS.has(token.normal)) reader = true;
  }
  return reader;
}
