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
  /^(?:(?:by the way|btw|also|and|oh|so|well|anyway|p\.?s\.?|fyi|on a personal note|personally|quick update|quick one|news|good news|big news|i['’]m afraid|i am afraid|unfortunately|sadly|lots going on|heads up)[,:!\-–— ]+)+/i;
const TAILS = /[,;]?\s*(?:ha(?:ha)*|lol|:\)|:-\)|;\)|😀|😊|🙂)\s*$/iu;
// The subject dropped in a quick note ("Got back from Mexico"): the verb tells how "you" reads.
const DROPPED_SUBJECT_VERB: Record<string, string> = { was: 'were', am: 'are', been: 'have been' };
const NOT_NEWS = /\b(?:sorry|apolog\w*|thanks?|thank you|please|attached|invoice|contract)\b/i;

const CLAUSE_BREAK =
  /,?\s+(?:so|but|which|because|and then|though|although|hence)\s|,?\s+and (?:we|i|they|it|he|she)\b|;|\s[–—-]\s/i;

/** "..., so my evenings are ..." / "..., everybody is healthy": where a second clause begins. */
function secondClauseAt(clause: string): { at: number; length: number } | undefined {
  const match = CLAUSE_BREAK.exec(clause);
  if (match && match.index > 12) return { at: match.index, length: match[0].length };
  // A comma after a complete clause, followed by another clause with its own verb or by a
  // fragment ("..., slowest time ever").
  const analysed = analyze(clause);
  const hasVerb = (from: number, to: number) =>
    analysed.tokens.slice(from, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const commas = analysed.tokens.flatMap((t, i) => (t.value === ',' ? [i] : []));
  const first = commas.find((i) => hasVerb(0, i) && i >= 3);
  return first === undefined ? undefined : { at: analysed.tokens[first]!.start, length: 1 };
}

/**
 * The clause that holds the news: the first one, unless only a later one names what was told
 * ("I was not in the office because my son was born" -> "my son was born").
 */
function newsClause(text: string, news: readonly string[]): string {
  const mentions = (part: string) => news.some((w) => part.toLowerCase().includes(w.toLowerCase()));
  let rest = text;
  for (let guard = 0; guard < 4; guard++) {
    const cut = secondClauseAt(rest);
    if (!cut) return rest;
    const head = rest.slice(0, cut.at);
    const tail = rest.slice(cut.at + cut.length).trim();
    if (mentions(head) || !mentions(tail)) return head;
    rest = tail;
  }
  return rest;
}

/** "... on Sunday, slowest time ever": a trailing fragment with no verb is an afterthought. */
function dropAfterthought(clause: string): string {
  const comma = clause.lastIndexOf(',');
  if (comma < 0) return clause;
  const tail = analyze(clause.slice(comma + 1)).tokens;
  const verbless = !tail.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'and');
  return verbless ? clause.slice(0, comma) : clause;
}

/**
 * The core clause of a disclosure sentence, ready to follow "that": lead-ins, laughter and the
 * final punctuation removed, cut to the clause that holds the news (`news`: the words that told
 * it), in the second person. Undefined when what is left is not a clean clause about the news (an
 * apology, a fragment, too long to quote).
 */
export function coreClause(
  sentence: string,
  news: readonly string[] = [],
  maxWords = 14,
): string | undefined {
  let clause = sentence.trim().replace(APOLOGY_LEAD, '').replace(LEAD_INS, '');
  clause = clause
    .replace(/[.!?…]+$/u, '')
    .replace(TAILS, '')
    .replace(/[.!?…]+$/u, '');
  clause = dropAfterthought(newsClause(clause, news).trim());
  // Lower-case the first letter unless it starts a name or "I".
  if (/^[A-Z][a-z]/.test(clause) && !/^(I\b|[A-Z][a-z]+\s+[A-Z])/.test(clause))
    clause = clause.charAt(0).toLowerCase() + clause.slice(1);
  const words = analyze(clause).tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.value));
  const first = words[0];
  if (!first || words.length > maxWords || NOT_NEWS.test(clause)) return undefined;
  // wink tags some past participles as adjectives ("my father retired from ...").
  if (!words.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && /ed$/.test(t.normal))))
    return undefined;
  // "Just got back from Mexico" -> "you just got back from Mexico"; "Was at my in-laws" -> "you were at ...".
  const at = words.findIndex((t) => t.pos !== 'ADV');
  const verb = words[at];
  if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX')) {
    // "Was carnival here": the dropped subject is "it", not "I"; that is no clause to quote.
    if (verb.lemma === 'be' && ['NOUN', 'PROPN', 'DET'].includes(words[at + 1]?.pos ?? '')) return undefined;
    const written = DROPPED_SUBJECT_VERB[verb.normal] ?? verb.value.toLowerCase();
    clause = `you ${clause.slice(0, verb.start).toLowerCase()}${written}${clause.slice(verb.end)}`;
  }
  // "my son is born on 3 May" (a common non-native tense) is told as past news.
  return toSecondPerson(clause).replace(/\b(is|are) born\b/g, (_, be: string) =>
    be === 'is' ? 'was born' : 'were born',
  );
}
