/**
 * Turns the client's own words toward them: "my son just started little league" becomes
 * "your son just started little league", so an acknowledgement can quote what they told.
 */

const PAIRS: [RegExp, string][] = [
  [/\bI was\b/g, 'you were'],
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
  PAIRS.forEach(([pattern, replacement], i) => {
    rest = rest.replace(pattern, () => {
      out[i] = replacement;
      return `\uE000${i}\uE000`;
    });
  });
  return rest.replace(/\uE000(\d+)\uE000/g, (_, i: string) => PAIRS[Number(i)]![1]);
}

// An apology for the silence opens many such messages ("Sorry for being quiet, we ..."): it is not the news.
const APOLOGY_LEAD = /^(?:(?:i['’]m |i am |so )?sorry|apologies)\b[^,.;!]*[,;:–—-]\s*/i;
const LEAD_INS =
  /^(?:(?:by the way|btw|also|and|oh|so|well|anyway|p\.?s\.?|fyi|on a personal note|personally|quick update|news)[,:!\-–— ]+)+/i;
const TAILS = /[,;]?\s*(?:ha(?:ha)*|lol|:\)|:-\)|;\)|😀|😊|🙂)\s*$/iu;

/**
 * The core clause of a disclosure sentence, ready to follow "that": lead-ins, laughter and the
 * final punctuation removed, cut before a second clause ("..., so my evenings are ...").
 */
export function coreClause(sentence: string): string {
  let clause = sentence.trim().replace(APOLOGY_LEAD, '').replace(LEAD_INS, '');
  clause = clause
    .replace(/[.!?…]+$/u, '')
    .replace(TAILS, '')
    .replace(/[.!?…]+$/u, '');
  const cut = clause.search(/,?\s+(?:so|but|which|because|and then)\s|;|\s[–—-]\s/);
  if (cut > 12) clause = clause.slice(0, cut);
  // Lower-case the first letter unless it starts a name or "I".
  if (/^[A-Z][a-z]/.test(clause) && !/^(I\b|[A-Z][a-z]+\s+[A-Z])/.test(clause))
    clause = clause.charAt(0).toLowerCase() + clause.slice(1);
  return toSecondPerson(clause.trim());
}
