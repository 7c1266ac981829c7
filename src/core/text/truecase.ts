/**
 * Restores the capitals of a text typed in lower case ("hi jen, send me the form. i need it
 * today"), as chat writers often do. The tagger reads capitals: in lower case it takes a name for
 * a noun and misses the order that follows ("jen, send me ..."). Only the tagger sees the
 * restored text; the offsets stay the same because each change is one letter for one letter.
 */

import { TITLE } from './tokens.ts';

// Module constants, not literals in the function: the bundler targets node20 by turning a \p{...}
// regex literal into `new RegExp(...)`, which would build the regex again on every call.
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITAL_AFTER_STOP = /[.!?]\s+\p{Lu}/u;
/** A lower-case word before a capitalised one: a title before a name ("eng. Saad", "dr Weber"). */
const WORD_BEFORE_CAPITAL = /(?<![\p{L}\p{N}])(\p{Ll}+)(\.?)(?=\s+\p{Lu})/gu;

/** Lower-case writing: no capital at the start of the text or of any sentence after it. */
export function isLowerCaseStyle(text: string): boolean {
  const first = LETTER.exec(text);
  if (!first || first[0] === first[0].toUpperCase()) return false;
  // A text that starts in lower case but capitalises a later sentence is written with capitals.
  return !CAPITAL_AFTER_STOP.test(text);
}

/**
 * A capitalised word inside a clause, right after a lower-case word or a number: a name ("for my
 * Chicago marathon"). Not after a comma: "Hi Tom, Thanks for ..." capitalises a clause's first word.
 */
const CAPITALISED_INSIDE = /(?<=[\p{Ll}\p{N}][ \t]+)\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*/gu;

/**
 * The names a text written with capitals shows inside its sentences ("Chicago", "Makati"): a reply
 * typed in lower case is read with them restored, as with the participants' names.
 */
export function capitalisedNames(text: string): string[] {
  return isLowerCaseStyle(text) ? [] : [...new Set(text.match(CAPITALISED_INSIDE) ?? [])];
}

/** Names that are also everyday words: "we will send", "i hope", "in may" keep their lower case. */
const COMMON_WORDS = new Set(
  'will may mark bill rose grace hope joy faith chase june april august summer dawn rich frank guy pat sue art rob jack ray sky river hunter page'.split(
    ' ',
  ),
);

/** `c` in upper case when that is one UTF-16 unit too ("ß" stays: its capital is "SS"). */
function upper(c: string): string {
  const u = c.toUpperCase();
  return u.length === c.length ? u : c;
}

/**
 * The text with capitals restored when it is written in lower case, else the text itself:
 * the first letter of each sentence and line, the pronoun "i" ("i'm", "i'll"), and the given
 * names (the participants' first and last names).
 */
export function truecase(text: string, names: readonly string[] = []): string {
  if (!isLowerCaseStyle(text)) return text;
  const chars = [...text];
  // Sentence starts: the first letter, and the first letter after . ! ? or a line break.
  let atStart = true;
  const out: string[] = [];
  for (const c of chars) {
    if (atStart && LETTER.test(c)) {
      out.push(upper(c));
      atStart = false;
    } else {
      out.push(c);
      if (/[.!?\n]/.test(c)) atStart = true;
      else if (LETTER_OR_DIGIT.test(c)) atStart = false;
    }
  }
  let cased = out.join('');
  cased = cased.replace(/(^|[^\p{L}\p{N}'’])i(?=$|[^\p{L}\p{N}]|['’](?:m|ll|ve|d)\b)/gu, '$1I');
  const words = new Set(
    names
      .flatMap((n) => n.split(/[\s,]+/))
      .filter((w) => w.length >= 2 && /^\p{Lu}/u.test(w) && !COMMON_WORDS.has(w.toLowerCase())),
  );
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower.length !== word.length) continue;
    const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    cased = cased.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), word);
  }
  // A title before a name ("dear eng. saad", "hi dr weber"): written as a title, so the tagger reads
  // "Eng. Saad" as the address it is and not "eng." as the end of a sentence. "miss" is a verb as
  // often as a title ("we miss Anna").
  cased = cased.replace(WORD_BEFORE_CAPITAL, (m, word: string, dot: string) =>
    word !== 'miss' && TITLE.test(word + dot) ? upper(word[0]!) + word.slice(1) + dot : m,
  );
  return cased;
}
