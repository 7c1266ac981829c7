import type { Token } from './analyze.ts';

/**
 * The index of the first token in [from, to) that passes `test`, or -1: findIndex over a range.
 * Detectors look inside one sentence or clause; a findIndex over the whole text with the range in
 * its predicate walks every token of the text for each sentence.
 */
export function findTokenIndex(
  tokens: readonly Token[],
  from: number,
  to: number,
  test: (token: Token) => boolean,
): number {
  const end = Math.min(to, tokens.length);
  for (let k = Math.max(from, 0); k < end; k++) if (test(tokens[k]!)) return k;
  return -1;
}

/** The first token in [from, to) that passes `test`, or undefined: slice().find() without the copy. */
export function findToken(
  tokens: readonly Token[],
  from: number,
  to: number,
  test: (token: Token) => boolean,
): Token | undefined {
  const k = findTokenIndex(tokens, from, to, test);
  return k >= 0 ? tokens[k] : undefined;
}

/** Titles written before a name: "Dr. Anna Schmidt", "Dra. Helena Sousa", "Eng. Tarek", "Mr Tanaka". */
export const TITLE =
  /^(?:mr|mrs|ms|miss|mx|dr|dra|prof|profa|eng|engr|sir|madam|mme|mlle|herr|frau|sr|sra|srta|sig|sig\.ra|dott|ing|shri|smt)\.?$/i;

/** Honorifics written after a name: Uzbek "aka", Turkish "bey"/"hanım", Hindi "ji", Japanese "san". */
const HONORIFIC_AFTER = /^(?:aka|opa|bey|hanım|hanim|ji|sahib|saheb|san|sama|jan|jaan|khanum|effendi)$/i;

/**
 * The token after a bare address that opens a clause: "Mr. Diop, regarding ...", "Wanjiru, so
 * ...", "Dr Weber, the offer ...", "Akmal aka, about ...": names (with or without a title or an
 * honorific after them), at most four words, then a
 * comma. `from` when the clause opens with no address. Read from the structure, not from a list
 * of names.
 */
export function afterAddress(tokens: readonly Token[], from: number, to: number): number {
  const end = Math.min(to, tokens.length, from + 8);
  let words = 0;
  let named = false;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (t.value === ',') {
      if (!named) return from;
      let next = k + 1;
      while (next < to && tokens[next]!.pos === 'SPACE') next++;
      return next;
    }
    // The dot of "Mr." and the hyphen of "Al-Harbi" belong to the name.
    if (t.value === '.' || t.value === '-') continue;
    if (TITLE.test(t.value)) named = true;
    else if (t.pos === 'PROPN') named = true;
    // "Akmal aka,", "Ahmet Bey,", "Rahul ji,": an honorific after the name belongs to the address.
    else if (named && HONORIFIC_AFTER.test(t.value)) continue;
    else return from;
    if (++words > 4) return from;
  }
  return from;
}

/**
 * The token after the name a greeting is addressed to, when its comma is left out: "Hi Jen fill in
 * the form", "Dear Ms. Han\nRegarding the review". The name (a title, names, an honorific) ends
 * at a line break or at the first word that is no part of it. `from` when no name follows.
 */
function afterGreetingName(tokens: readonly Token[], from: number, to: number): number {
  const end = Math.min(to, tokens.length, from + 8);
  let named = false;
  let k = from;
  for (; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') {
      if (named && t.value.includes('\n')) break;
      continue;
    }
    if (t.value === '.' || t.value === '-') continue;
    if (TITLE.test(t.value) || t.pos === 'PROPN' || hyphenatedNamePart(tokens, k)) named = true;
    else if (!(named && HONORIFIC_AFTER.test(t.value))) break;
  }
  if (!named) return from;
  while (k < to && tokens[k]!.pos === 'SPACE') k++;
  return k;
}

/**
 * The first token of the body after a greeting that ends at character `greetingEnd`, looking no
 * further than token `to`: after the comma that closes the salutation ("Hi John and team, so ..."),
 * or, the comma left out, after the name ("Hi Jen fill in ...", "Dear Ms. Han\nRegarding ...").
 * The first comma is not the salutation's when a verb comes before it ("Hi Jen fill in the form,
 * then ..."). `to` when nothing follows the greeting.
 */
export function bodyAfterGreeting(tokens: readonly Token[], greetingEnd: number, to: number): number {
  const named = findTokenIndex(tokens, 0, to, (t) => t.start >= greetingEnd);
  if (named < 0) return to;
  const comma = findTokenIndex(tokens, named, to, (t) => t.value === ',');
  const commaCloses =
    comma >= 0 && !tokens.slice(named, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  let body = commaCloses ? comma + 1 : afterGreetingName(tokens, named, to);
  if (body === named && comma >= 0) body = comma + 1;
  // "Hi Klaus! Thanks ...", "Dear Ms. Li: ...": the salutation's own stop is no part of the body.
  while (body < to && (tokens[body]!.pos === 'SPACE' || tokens[body]!.pos === 'PUNCT')) body++;
  return body;
}

/** A sentence that is a bare address and nothing else: "Tarek," or "Musa," on its own line. */
export function addressOnly(tokens: readonly Token[], from: number, to: number): boolean {
  const k = afterAddress(tokens, from, to);
  return k > from && k >= to;
}

// Not a literal in the function: the bundler turns a \p{...} literal into a `new RegExp` per call.
const LETTERS = /^\p{L}+$/u;

/**
 * Token `k` is the second half of a hyphenated name written without spaces ("Ji-hoon", "Al-Harbi",
 * "Watanabe-san"): the tagger may take it for a noun, an adjective or a verb.
 */
export function hyphenatedNamePart(tokens: readonly Token[], k: number): boolean {
  const [name, hyphen, part] = [tokens[k - 2], tokens[k - 1], tokens[k]];
  return (
    name?.pos === 'PROPN' &&
    hyphen?.value === '-' &&
    part !== undefined &&
    LETTERS.test(part.value) &&
    name.end === hyphen.start &&
    hyphen.end === part.start
  );
}
