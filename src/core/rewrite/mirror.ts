/**
 * Turns the client's own words toward them: "my son just started little league" becomes
 * "your son just started little league", so an acknowledgement can quote what they told.
 * The tense is kept as written; only the person (and the verb that agrees with it) changes.
 */
import { analyze } from '../text/analyze.ts';

const PAIRS: [RegExp, string][] = [
  // "my wife and I are" -> "you and your wife are": "I" comes first once it is "you".
  [/\b(?:my|our) ([\p{L}-]+) and I\b/giu, 'you and your $1'],
  [/\bI was(n['’]t| not)?\b/g, 'you were$1'],
  [/\bI am\b/g, 'you are'],
  [/\bI['’]m\b/g, "you're"],
  [/\bI['’]ve\b/g, "you've"],
  [/\bI['’]ll\b/g, "you'll"],
  [/\bI['’]d\b/g, "you'd"],
  [/\bwe were\b/gi, 'you were'],
  [/\bwe['’]re\b/gi, "you're"],
  [/\bwe['’]ve\b/gi, "you've"],
  [/\bI\b/g, 'you'],
  [/\bme\b/gi, 'you'],
  [/\bmy\b/gi, 'your'],
  [/\bmine\b/gi, 'yours'],
  [/\bmyself\b/gi, 'yourself'],
  [/\bwe\b/gi, 'you'],
  [/\bus\b/g, 'you'],
  [/\bour\b/gi, 'your'],
  [/\bours\b/gi, 'yours'],
  [/\bourselves\b/gi, 'yourselves'],
];

/** Rewrites first person as second person, word by word; the rest is kept as written. */
export function toSecondPerson(clause: string): string {
  // One pass with placeholders, so that "you" produced by one pair is not rewritten by another.
  const out: string[] = [];
  let rest = clause;
  for (const [pattern, replacement] of PAIRS) {
    rest = rest.replace(pattern, (...match: string[]) => {
      out.push(replacement.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? ''));
      return `\uE000${out.length - 1}\uE000`;
    });
  }
  return rest.replace(/\uE000(\d+)\uE000/g, (_, i: string) => out[Number(i)]!);
}

// An apology or thanks often leads the news ("Sorry for being quiet, we ..."): it is not the news.
const APOLOGY_LEAD =
  /^(?:(?:i['’]m |i am |so |really )*sorry|apologies|my apologies|thanks|thank you)\b[^,.;!]*[,;:–—-]\s*/i;
const LEAD_INS =
  /^(?:(?:by the way|btw|also|and|oh|so|well|anyway|p\.?s\.?|fyi|on a personal note|personally|quick update|quick one|news|good news|big news)[,:!\-–— ]+)+/i;
const TAILS = /[,;]?\s*(?:ha(?:ha)*|lol|:\)|:-\)|;\)|😀|😊|🙂)\s*$/iu;
// The subject dropped in a quick note ("Got back from Mexico"): the verb tells how "you" reads.
const DROPPED_SUBJECT_VERB: Record<string, string> = { was: 'were', am: 'are', been: 'have been' };
const NOT_NEWS = /\b(?:sorry|apolog\w*|thanks?|thank you|please|attached|invoice|contract)\b/i;

/** "..., so my evenings are ..." / "..., everybody is healthy": where a second clause begins. */
function secondClauseAt(clause: string): number {
  const cut = clause.search(/,?\s+(?:so|but|which|because|and then|though|although)\s|;|\s[–—-]\s/);
  if (cut > 12) return cut;
  // A comma after a complete clause, followed by another clause with its own verb.
  const analysed = analyze(clause);
  const hasVerb = (from: number, to: number) =>
    analysed.tokens.slice(from, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const commas = analysed.tokens.flatMap((t, i) => (t.value === ',' ? [i] : []));
  const first = commas.find((i) => hasVerb(0, i) && i >= 3);
  return first === undefined ? -1 : analysed.tokens[first]!.start;
}

/**
 * The core clause of a disclosure sentence, ready to follow "that": lead-ins, laughter and the
 * final punctuation removed, cut before a second clause, in the second person. Undefined when
 * what is left is not a clean clause about the news (an apology, a fragment, too long to quote).
 */
export function coreClause(sentence: string, maxWords = 14): string | undefined {
  let clause = sentence.trim().replace(APOLOGY_LEAD, '').replace(LEAD_INS, '');
  clause = clause
    .replace(/[.!?…]+$/u, '')
    .replace(TAILS, '')
    .replace(/[.!?…]+$/u, '');
  const cut = secondClauseAt(clause);
  if (cut > 0) clause = clause.slice(0, cut);
  clause = clause.trim();
  // Lower-case the first letter unless it starts a name or "I".
  if (/^[A-Z][a-z]/.test(clause) && !/^(I\b|[A-Z][a-z]+\s+[A-Z])/.test(clause))
    clause = clause.charAt(0).toLowerCase() + clause.slice(1);
  const words = analyze(clause).tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.value));
  const first = words[0];
  if (!first || words.length > maxWords || NOT_NEWS.test(clause)) return undefined;
  if (!words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  // "Just got back from Mexico" -> "you just got back from Mexico"; "Was at my in-laws" -> "you were at ...".
  const verb = words.find((t) => t.pos !== 'ADV');
  if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX')) {
    const written = DROPPED_SUBJECT_VERB[verb.normal] ?? verb.value.toLowerCase();
    clause = `you ${clause.slice(0, verb.start).toLowerCase()}${written}${clause.slice(verb.end)}`;
  }
  // "my son is born on 3 May" (a common non-native tense) is told as past news.
  return toSecondPerson(clause).replace(/\b(is|are) born\b/g, (_, be: string) =>
    be === 'is' ? 'was born' : 'were born',
  );
}
