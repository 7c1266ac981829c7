/**
 * imperative: a sentence that tells the reader to do something: a bare imperative ("Send me the
 * contract."), with or without "please", or an obligation put on them ("you must", "you need to",
 * "it is necessary"). Conventional formulas ("Let me know", "Have a nice day") are marked with
 * lower confidence: they are imperatives in form but not orders.
 */
import type { AnalyzedText, Sentence, Token } from '../text/analyze.ts';
import { DISCOURSE_MARKERS, FRONTED_CLAUSE_OPENERS, TOPIC_LEADS } from '../text/fronted-clause.ts';
import { phrases } from '../text/phrases.ts';
import { findToken, findTokenIndex, hyphenatedNamePart } from '../text/tokens.ts';
import { isClauseBreak } from './owner.ts';
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
  // A demand with a deadline: "I expect a firm date by tomorrow".
  'i|we expect|require|demand a|an|your|full|firm|written ~4 by|until|within|latest|asap|immediately|today|tomorrow',
]);
const CONVENTIONAL = phrases([
  'let me|us know',
  // "Let me discuss it with my brother", "Let me check": the writer's own step, no order.
  'let me',
  'have a ~3 good|great|nice|lovely|wonderful',
  'enjoy',
  'feel free',
  'take care',
  'see attached|below|above',
  'find attached|enclosed|below',
  'please find',
  // "Kindly find the revised proposal attached", "Please be informed that ...".
  'find ~5 attached|enclosed|herewith|below',
  'be informed|advised',
  // Dropped "I": "Appreciate the outreach", "Appreciate your patience".
  'appreciate',
  // Dropped "I" before an opinion: "Reckon we could do a great deal", "Guess it works".
  'reckon',
  'guess|bet|suppose|figure we|it|that|this|they|you|so',
  'bear with',
  'shout',
  // "Just say the word", "give me a shout": an offer the reader may take up, as "let me know".
  'say the word',
  'give me|us a shout|ring|buzz',
  'note that',
  'keep me posted',
  'keep in touch',
  'thank|thanks',
  'excuse',
  'pardon',
  'forgive',
  'welcome',
  'congratulations',
  'good luck',
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
  // "Please don't give our project a second thought": relief for the reader, not an order.
  'do not ~1 give ~4 second thought',
  'do not ~1 stress|bother|fret',
  'never mind',
  'wish',
  'see you',
  'keep up',
  'get some rest|sleep',
  'give|send my|our ~1 regards|best|love|greetings|wishes',
  // Encouragement, comfort and affection for the reader, as "Take care": "Keep your chin up",
  // "Don't be sorry", "Look after yourself", "Give the kids a hug from me", "Stay tuned".
  'keep ~1 chin|head|spirits|pecker up',
  'keep it up',
  'keep going|fighting',
  'keep calm and carry on',
  'think positive|positively',
  'look after yourself|yourselves',
  'take it easy',
  'go easy on yourself',
  'give yourself',
  'do not ~1 be|feel ~2 sorry|sad|upset|shy|nervous|worried|stressed|afraid|scared|down|bad|guilty|embarrassed|hard',
  'do not ~1 be a stranger',
  'do not ~1 blame yourself',
  'do not ~1 give up',
  'never give up',
  'do not ~1 get sick|ill|hurt',
  'do not mention it',
  'forget ~1 about it|that',
  'forget it',
  'believe|trust me',
  'stay ~2 home|bed and ~2 rest|recover|sleep|relax|get',
  'give ~4 hug|hugs|kiss|kisses|cuddle|squeeze',
  'fly|drive|travel ~1 safe|safely',
  'stay tuned',
  'break a leg',
  'fingers crossed',
  // Set phrases, and patience asked as "Bear with us" asks it: "Don't get me wrong", "Believe it or
  // not", "Allow me to introduce myself", "Give me a few days to think about it".
  'do not ~1 get me wrong',
  'believe it or not',
  'allow|permit me|us to',
  'give me|us ~3 day|days|week|weeks|month|moment|second|sec|minute|minutes|time|while|hour|hours',
  // Pointing the reader to information, or inviting them to try something for their own benefit:
  // "See page 4", "Note the new bank details", "Keep in mind ...", "Have a look", "Give it a try".
  'take|have a ~1 look',
  'take|have look',
  'take|have quick look',
  'keep|bear in mind',
  'note',
  'see page|pages|section|attached|enclosed|below|above|our|link|here',
  'see the attached|enclosed|link|section|appendix',
  'check out',
  'remember that',
  'give it a try|go|shot',
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
  // Vocatives that are not names: "Sir pls share ...", "Guys, send me ...".
  'sir',
  'madam',
  'mate',
  'guys',
  'folks',
  // Lead-in adverbs: "Honestly, just send it."
  'honestly',
  'frankly',
  'basically',
  // Linking adverbs: "Meanwhile pls confirm the certs ...", "Lastly, send the invoice."
  'meanwhile',
  'lastly',
  'separately',
]);

const skip = (t: { pos: string; normal: string }) =>
  t.pos === 'PUNCT' || t.pos === 'SPACE' || t.pos === 'INTJ' || SOFT_START.has(t.normal);

// Not a literal in the function: the bundler turns a \p{...} literal into a `new RegExp` per call.
const HYPHEN_LETTER = /^[-‐‑]\p{L}/u;
/** A word in capitals: "DAP", "FOB", "SKU". */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** A greeting word ("Hi", "Dear") before token `i` in the clause, with no comma after it. */
const greeted = (text: AnalyzedText, from: number, i: number) => {
  const before = text.tokens.slice(from, i);
  return before.some((t) => t.pos === 'INTJ' || t.normal === 'dear') && !before.some((t) => t.value === ',');
};
/** A verb in its base form that commonly gives an order: "send", "pay", "fill". */
const orderVerb = (t: Token | undefined) =>
  t !== undefined && t.pos === 'VERB' && t.normal === t.lemma && COMMON_VERBS.has(t.normal);

/** The first word after token `i` in the clause. */
const nextWord = (text: AnalyzedText, i: number, end: number) =>
  findToken(text.tokens, i + 1, end, (t) => t.pos !== 'SPACE' && t.pos !== 'PUNCT');

/** Whether the clause starting at token `from` opens on an order; the token index of its verb. */
function clauseImperative(text: AnalyzedText, from: number, end: number): number | undefined {
  let i = from;
  while (i < end && skip(text.tokens[i]!)) i++;
  // A discourse lead-in is no verb: "So bottom line, we're not signing".
  if (text.tokens[i]?.normal === 'bottom' && text.tokens[i + 1]?.normal === 'line') return undefined;
  // A vocative first: "John, send me ...", "Hi John, please send ...", "Sir pls share ..."
  while (
    i < end &&
    (text.tokens[i]!.pos === 'PROPN' || hyphenatedNamePart(text.tokens, i)) &&
    (text.tokens[i + 1]?.value === ',' ||
      text.tokens[i + 1]?.pos === 'PROPN' ||
      // A hyphenated name: "Mr. Al-Harbi, send ...", "Hi Ji-hoon, send ..." (the tagger may take
      // the second half for a noun).
      (text.tokens[i + 1]?.value === '-' && hyphenatedNamePart(text.tokens, i + 2)) ||
      (i + 1 < end && SOFT_START.has(text.tokens[i + 1]!.normal)) ||
      // "Hi Jen fill in the form", "Dear Oliver Pay the deposit": the greeting's comma left out, the
      // name is still the vocative when an order's verb follows it.
      (greeted(text, from, i) && orderVerb(text.tokens[i + 1])))
  ) {
    i += 1;
    while (i < end && skip(text.tokens[i]!)) i++;
  }
  // A title and the name after it, whatever their case: "mr. al-harbi, send ..." typed in lower case.
  if (i > from && TITLES.has(text.tokens[i - 1]!.normal.replace(/\.$/, ''))) {
    const comma = findTokenIndex(text.tokens, i, Math.min(end, i + 5), (t) => t.value === ',');
    if (comma >= 0) {
      i = comma + 1;
      while (i < end && skip(text.tokens[i]!)) i++;
    }
  }
  // The clause ends at the sentence: a greeting line ("Hi Josh,") is not followed into the next one.
  if (i >= end) return undefined;
  // "Look, I understand", "Listen, ...", "Wait, I will check": a discourse marker, not an order; the
  // clause after it decides ("Look, send me the file" still orders).
  if (DISCOURSE_MARKERS.has(text.tokens[i]!.normal) && isDash(text.tokens[i + 1]?.value))
    return clauseImperative(text, i + 2, end);
  // "Need to check with my team first", "Have to run": a dropped "I", the writer's own need.
  if (DROPPED_I_NEED.has(text.tokens[i]!.normal) && text.tokens[i + 1]?.normal === 'to') return undefined;
  // "need it for the truck booking", "need them by Friday": the writer's own need, its "we" dropped.
  if (text.tokens[i]!.normal === 'need' && NEEDED_THING.has(nextWord(text, i, end)?.normal ?? ''))
    return undefined;
  // "ok understand.", "Agree.": a receipt in one verb, with nothing ordered after it.
  if (RECEIPT_VERBS.has(text.tokens[i]!.normal) && !nextWord(text, i, end)) return undefined;
  // "Dear Mariana, regarding the forecast, send it by Friday": a topic named first, then the order.
  if (TOPIC_LEADS.has(text.tokens[i]!.normal)) {
    const comma = findTokenIndex(text.tokens, i + 1, end, (t) => t.value === ',');
    return comma >= 0 ? clauseImperative(text, comma + 1, end) : undefined;
  }
  const token = text.tokens[i]!;
  // "Oh man, that's so hard", "Aw man.", "Oh boy": the word after an interjection finishes the
  // exclamation (wink tags "man" a verb there), it does not open an order.
  if (EXCLAIMED.has(token.normal) && text.tokens.slice(from, i).some((t) => t.pos === 'INTJ'))
    return undefined;
  // wink tags a lone name ("Josh" under a reply, the "woo" of "Hey Ji-woo!") or "everything" as a
  // verb now and then.
  if (NOT_VERBS.has(token.normal) || hyphenatedNamePart(text.tokens, i)) return undefined;
  // "Disagree.", "Agree, 30 days is fine": the writer's own stance in one word, not an order.
  if (STANCE.has(token.normal)) return undefined;
  // "Go-live will be in May", "Follow-up is booked": the first half of a compound noun.
  if (HYPHEN_LETTER.test(text.text.slice(token.end, token.end + 2))) return undefined;
  if (end - i === 1 && !/[.!]/.test(text.text.slice(token.end, text.tokens[end - 1]!.end + 1)))
    return undefined;
  // "Redline attached.", "Minutes enclosed.": a noun and its participle, a heading, unless the word
  // is a common order ("Review attached" still asks for the review).
  const after = text.tokens[i + 1];
  if (
    after !== undefined &&
    /^(?:attached|enclosed|included)$/.test(after.normal) &&
    !COMMON_VERBS.has(token.normal) &&
    text.tokens.slice(i + 2, end).every((t) => t.pos === 'PUNCT' || t.pos === 'SPACE')
  )
    return undefined;
  // "Lead time 5 weeks from PO.", "Ship date: 12 May", "Pay terms 30/70 against docs": a term of the
  // deal and its value, a line of an offer; the verb-like first word heads a compound noun.
  if (termAndValue(text, i, end)) return undefined;
  // "Fix released in 2.8.1.", "Order shipped today.": a noun and its participle, a telegraphic
  // report; not "Get started on ...", "Stay tuned for ...", whose verbs take a participle.
  const then = text.tokens[i + 2];
  if (
    after !== undefined &&
    PARTICIPLE.test(after.normal) &&
    !/^(?:attached|enclosed|included)$/.test(after.normal) &&
    !TAKES_PARTICIPLE.has(token.normal) &&
    (then === undefined || i + 2 >= end || ['ADP', 'ADV', 'NUM', 'PUNCT'].includes(then.pos))
  )
    return undefined;
  // "DAP Felixstowe price is ...", "EXW prices": an acronym (an Incoterm, a product code) that the
  // tagger takes for a verb when no article comes before it. A sentence typed in capitals is not one.
  if (ACRONYM.test(token.value) && !ACRONYM.test(nextWord(text, i, end)?.value ?? '')) return undefined;
  // An -ing form is never the base form an order takes ("18,400 GBP incl. onboarding.", split at
  // the abbreviation; "Onboarding" heading a line): the lemmatiser leaves unknown ones unchanged.
  // "Bring", "ring", "sing" keep fewer than three letters before "ing"; "string" is the one left.
  const bareVerb =
    token.pos === 'VERB' && token.normal === token.lemma && !/^(?!string$)\p{L}{3,}ing$/u.test(token.normal);
  const doNot = (token.normal === 'do' && text.tokens[i + 1]?.normal === 'not') || token.normal === 'never';
  // "Do the needful", "Do let me know": "do" before its object or a verb, not a question's "Do you".
  const doThing =
    token.normal === 'do' && ['DET', 'VERB', 'NOUN', 'ADJ'].includes(text.tokens[i + 1]?.pos ?? '');
  // wink tags some sentence-initial base verbs as PROPN, NOUN, ADV or ADJ ("Send", "Alex, call me",
  // "Forward me ...", "Please correct it"): accept a common verb's base form followed by an object.
  const next = text.tokens[i + 1];
  const taggedOdd =
    ['PROPN', 'NOUN', 'ADV', 'ADJ'].includes(token.pos) &&
    token.normal === token.lemma &&
    next !== undefined &&
    (next.pos === 'PRON' ||
      next.pos === 'DET' ||
      // "Reply by Monday", "Pay within 14 days".
      next.pos === 'ADP' ||
      next.normal === 'here' ||
      // Two orders joined: "Sign and return the form", "Review and approve the budget".
      (next.pos === 'CCONJ' && COMMON_VERBS.has(text.tokens[i + 2]?.normal ?? '')) ||
      // Dropped articles in non-native English: "Sign page 4", "Send invoice copy today", "Book
      // 30-minute call" (a number where "a" or "the" stood).
      // Not a heading with a participle: "Order confirmation attached", "Review meeting moved",
      // "Order 1234 shipped"; a participle after "if" is the condition's ("Close ticket if resolved").
      ((next.pos === 'NOUN' || next.pos === 'NUM') &&
        !untilClause(text, i + 2, end).some(
          (t) => (t.pos === 'VERB' || t.pos === 'ADJ') && /(?:ed|en|wn)$/.test(t.normal),
        )) ||
      // "Sign attached NDA", "Return signed copy": a participle before the object, its article dropped.
      (OBJECT_PARTICIPLE.has(next.normal) && ['NOUN', 'PROPN'].includes(text.tokens[i + 2]?.pos ?? '')) ||
      // Without its article the object may be tagged a verb too ("Correct address and resend it",
      // "Check spelling, please"): a bare base form that itself takes nothing is the object.
      (next.pos === 'VERB' &&
        next.normal === next.lemma &&
        ['CCONJ', 'PUNCT'].includes(text.tokens[i + 2]?.pos ?? 'PUNCT'))) &&
    COMMON_VERBS.has(token.normal) &&
    // "Close to 40 units shipped" is an adverb, "Close the ticket" an order.
    !(token.normal === 'close' && next.normal === 'to') &&
    // "Move them", "Move the call" order; "Move to Q3 was approved", "Move in date" name a move.
    !(token.normal === 'move' && next.pos !== 'PRON' && next.pos !== 'DET');
  // "Re-grout the base plate", "re-run it": a verb done again, which the lexicon does not know
  // hyphenated, before its object.
  const doneAgain = RE_VERB.test(token.normal) && ['DET', 'PRON', 'NOUN', 'ADJ'].includes(next?.pos ?? '');
  if (!(bareVerb || doNot || doThing || taggedOdd || doneAgain)) return undefined;
  return subjectOfStatement(text, i, end) ? undefined : i;
}

/** A verb with a hyphenated "re-": "re-grout", "re-align", "re-send". */
const RE_VERB = /^re-\p{L}{3,}$/u;
/** Participles that stand before a document: "the attached NDA", "a signed copy". */
const OBJECT_PARTICIPLE = new Set([
  'attached',
  'enclosed',
  'signed',
  'revised',
  'updated',
  'completed',
  'stamped',
]);

/** First words of the compound nouns that name a term of a deal: "lead time", "ship date", "pay terms". */
const TERM_FIRST = new Set([
  'lead',
  'ship',
  'pay',
  'order',
  'transit',
  'turnaround',
  'start',
  'end',
  'close',
  'run',
  'return',
  'due',
  'cut',
  'cutoff',
  'delivery',
  'payment',
  'price',
]);
/** What such a term measures: "time", "date", "terms". */
const TERM_HEADS = new Set([
  'time',
  'times',
  'date',
  'dates',
  'terms',
  'term',
  'period',
  'window',
  'total',
  'value',
  'quantity',
  'volume',
  'rate',
  'rates',
  'cost',
  'costs',
  'schedule',
  'validity',
]);
/** Words that may stand between a term and its value: "approx. 18 days". */
const ABOUT = new Set([
  'approx',
  'approx.',
  'approximately',
  'about',
  'around',
  'ca',
  'ca.',
  'circa',
  'roughly',
  'only',
  'just',
]);

/**
 * "Lead time 5 weeks from PO", "Ship date: 12 May", "Transit time approx. 18 days": a term and its
 * value with no verb, as offers list them. An order names a thing to act on, not a figure straight
 * after a compound ("Sign page 4" is no term; "Change date to 14 May" starts with no term word).
 */
function termAndValue(text: AnalyzedText, i: number, end: number): boolean {
  const head = text.tokens[i + 1];
  if (!TERM_FIRST.has(text.tokens[i]!.normal) || !TERM_HEADS.has(head?.normal ?? '')) return false;
  let k = i + 2;
  while (k < end && (text.tokens[k]!.pos === 'SPACE' || ABOUT.has(text.tokens[k]!.normal))) k++;
  const value = text.tokens[k];
  if (value === undefined || !(value.pos === 'NUM' || value.value === ':')) return false;
  // The rest is the value and its qualifiers ("from PO", "ex works"): no verb of its own.
  // ("ex works" is an Incoterm, not a verb), and no order spliced on after a comma.
  return text.tokens
    .slice(k, end)
    .every(
      (t, n, rest) =>
        ((t.pos !== 'VERB' && t.pos !== 'AUX') || rest[n - 1]?.normal === 'ex') &&
        !(isClauseBreak(rest[n - 1]?.value ?? '') && COMMON_VERBS.has(t.normal)),
    );
}

/** The tokens from `from` up to the first subordinate clause of the sentence ("if", "when"). */
function untilClause(text: AnalyzedText, from: number, end: number) {
  const rest = text.tokens.slice(from, end);
  const stop = rest.findIndex((t) => t.pos === 'SCONJ');
  return stop < 0 ? rest : rest.slice(0, stop);
}

const PLEASE_WORDS = new Set(['please', 'kindly', 'pls', 'plz']);
/** Verbs whose object may be a whole statement: "confirm price is ok", "ensure pallets are wrapped". */
const FACT_VERBS = new Set(['confirm', 'verify', 'ensure', 'advise']);

/**
 * "Build 3.8.2 fixes the timeout", "Shipping takes a week": the first word is the subject of a verb
 * in the third person that follows it in the same clause, so the sentence states, it does not order.
 * A pronoun or a conjunction first starts a clause of its own ("Make sure it works").
 */
function subjectOfStatement(text: AnalyzedText, i: number, end: number): boolean {
  // "Please confirm price is still valid": after "please" the first word is the order's verb, and
  // a verb that reports a fact takes the fact as its object, without "that" or "the" before it.
  let before = i - 1;
  while (before >= 0 && text.tokens[before]!.pos === 'SPACE') before--;
  if (PLEASE_WORDS.has(text.tokens[before]?.normal ?? '')) return false;
  if (FACT_VERBS.has(text.tokens[i]!.normal) && text.tokens[i + 1]?.pos !== 'AUX') return false;
  // "Build 3.8.2 ...", "Invoice 2026-114 ...": a word before an identifier names a thing; a
  // quantity ("Order 500 units") is a plain number.
  if (/^\d+(?:[.-]\d+){2,}$|^\d+-\d+$/.test(text.tokens[i + 1]?.value ?? '')) return true;
  // "Redline of the SOW will be in the folder": a noun with its "of" phrase, then the clause's verb;
  // in English written without articles, any such phrase ("dispatch from Porto will be on 30 April",
  // "lead time for 5,000 units is 6 weeks": the head of a compound first).
  let head = i + 1;
  while (head < end && text.tokens[head]!.pos === 'NOUN' && head < i + 3) head++;
  if (/^(?:of|from|to|for|in|at|on)$/.test(text.tokens[head]?.normal ?? '')) {
    for (let k = head + 1; k < end; k++) {
      const t = text.tokens[k]!;
      if (['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP'].includes(t.pos)) continue;
      return /^(?:is|are|was|were|will|would|has|have|had)$/.test(t.normal);
    }
  }
  for (let k = i + 1; k < end; k++) {
    const t = text.tokens[k]!;
    if (t.pos === 'PUNCT' && t.value !== '.' && t.value !== '-') return false;
    if (['PRON', 'SCONJ', 'CCONJ', 'DET', 'ADP', 'PART'].includes(t.pos)) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && /s$/.test(t.normal) && t.lemma !== t.normal) return true;
    if (t.normal === 'are' || t.normal === 'were') return true;
    // "Plug have SAA approval", "Price have changed": a noun and then "have" at once, as writers
    // whose language has no verb agreement put it. An order never puts "have" straight after its verb.
    if (k === i + 1 && t.normal === 'have') return true;
  }
  return false;
}

/**
 * Where the order of a sentence begins: at its start, after a fronted clause ("If you want this
 * deal, fix ...", "As discussed, kindly share ...") or after a lead-in with a colon ("Before I go:
 * please approve ...").
 */
function imperativeStart(text: AnalyzedText, sentence: Sentence): number | undefined {
  if (sentence.text.trim().endsWith('?')) return undefined;
  const { firstToken: from, endToken: end } = sentence;
  const first = findToken(text.tokens, from, end, (t) => t.pos !== 'SPACE' && t.pos !== 'PUNCT');
  if (first && FRONTED_CLAUSE_OPENERS.has(first.normal)) {
    const comma = findTokenIndex(text.tokens, from + 1, end, (t) => t.value === ',' || t.value === ':');
    return comma >= 0 ? clauseImperative(text, comma + 1, end) : undefined;
  }
  const atStart = clauseImperative(text, from, end);
  if (atStart !== undefined) return atStart;
  const colon = findTokenIndex(text.tokens, from + 1, Math.min(end, from + 10), (t) => t.value === ':');
  // "It would help if each manager could: - bring ...": the verbs after a modal lead-in complete
  // it; they are what is asked, not orders.
  // "We see two options: go live in February or move the date", "Option B: sign for two years":
  // the verbs after a lead-in that names options describe the choices, they order nothing.
  if (
    colon >= 0 &&
    !LEAD_IN_MODAL.has(text.tokens[colon - 1]!.normal) &&
    !text.tokens.slice(from, colon).some((t) => OPTION_NOUNS.has(t.normal))
  )
    return clauseImperative(text, colon + 1, end);
  return splicedOrder(text, from, end);
}

/**
 * "Next step is SSO, send me your metadata": an order spliced onto a statement with a comma. Only
 * a common request verb with its object ("send me", "sign the") counts, so that a list or an
 * aside is not read as one.
 */
function splicedOrder(text: AnalyzedText, from: number, end: number): number | undefined {
  for (let k = from + 1; k < end - 2; k++) {
    if (text.tokens[k]!.value !== ',' && text.tokens[k]!.value !== ';') continue;
    let i = k + 1;
    while (
      i < end &&
      (text.tokens[i]!.pos === 'SPACE' ||
        PLEASE_WORDS.has(text.tokens[i]!.normal) ||
        text.tokens[i]!.normal === 'just')
    )
      i++;
    const verb = text.tokens[i];
    const object = text.tokens[i + 1];
    // What comes before the comma is a statement with a verb of its own, not a topic ("About the
    // quote, no stress, tell your boss ...") or a greeting.
    let clause = k - 1;
    while (clause > from && text.tokens[clause]!.value !== ',' && text.tokens[clause]!.value !== ';')
      clause--;
    const statement = text.tokens
      .slice(clause, k)
      .some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !SOFT_START.has(t.normal));
    if (
      statement &&
      verb &&
      object &&
      COMMON_VERBS.has(verb.normal) &&
      verb.normal === verb.lemma &&
      (object.pos === 'PRON' || object.pos === 'DET') &&
      !subjectOfStatement(text, i, end)
    )
      return i;
  }
  return undefined;
}
/** Nouns that announce a set of choices: what follows the colon describes them. */
const OPTION_NOUNS = new Set([
  'option',
  'options',
  'alternative',
  'alternatives',
  'choice',
  'choices',
  'possibilities',
  'scenario',
  'scenarios',
]);
/** A lead-in that ends on a modal or "to" ("each manager could:", "we'd ask you to:") governs the list after it. */
const LEAD_IN_MODAL = new Set(['could', 'would', 'can', 'will', 'should', 'might', 'may', 'to']);
/** A past participle: "released", "shipped", "sent". */
const PARTICIPLE = /^(?:[a-z]{2,}(?:ed|en)|sent|paid|done|made|built|sold|set|put|found)$/;
/** Verbs that take a participle as their complement: "Get started", "Stay tuned", "Be prepared". */
const TAKES_PARTICIPLE = new Set([
  'get',
  'be',
  'stay',
  'keep',
  'have',
  'leave',
  'become',
  'feel',
  'remain',
  'consider',
  'go',
  'look',
  'make',
]);
/**
 * Verbs of the reader's own rest, recovery or endurance: used without an object ("Rest well", "Hang in
 * there", "Cheer up", "Recover soon") they wish the reader well; with one ("Relax the deadline") they order.
 */
const WELLBEING_VERBS = new Set([
  'rest',
  'sleep',
  'recover',
  'heal',
  'relax',
  'unwind',
  'hang',
  'cheer',
  'chill',
]);
/** Verbs of being or becoming, and the states of health, strength and comfort they wish the reader. */
const BECOMING_VERBS = new Set(['stay', 'keep', 'be', 'get', 'feel', 'remain']);
const WELL_STATES = new Set([
  'well',
  'better',
  'strong',
  'safe',
  'healthy',
  'positive',
  'sane',
  'calm',
  'happy',
  'warm',
  'cool',
  'dry',
  'smiling',
]);

/**
 * "Hang in there.", "Stay strong.", "Get well soon.", "Rest well": an imperative that wishes the
 * reader health, rest or strength asks nothing of them (Brown & Levinson 1987, as "Take care").
 * The verb at `at` is either one of rest and endurance with no object after it, or one of being or
 * becoming with a state of wellbeing after it (one degree word may come between: "feel much better").
 */
function wishesReaderWell(text: AnalyzedText, at: number, end: number): boolean {
  const verb = text.tokens[at]!;
  // "Hang on, send me the file": an order later in the sentence is still one.
  for (let k = at + 1; k < end; k++) {
    if (![',', ';', 'and'].includes(text.tokens[k]!.normal)) continue;
    const later = clauseImperative(text, k + 1, end);
    // "Stay healthy and see you soon": a formula after the wish is no order either.
    if (
      later !== undefined &&
      !wishesReaderWell(text, later, end) &&
      !CONVENTIONAL.find(text, later, end).some((m) => m.firstToken === later)
    )
      return false;
  }
  const rest = text.tokens.slice(at + 1, end).filter((t) => t.pos !== 'SPACE');
  const next = rest[0];
  if (WELLBEING_VERBS.has(verb.lemma))
    return (
      next === undefined ||
      next.pos === 'PUNCT' ||
      next.pos === 'ADV' ||
      next.pos === 'ADJ' ||
      // "Hang in there", "Cheer up": a particle, not a thing asked for.
      (next.pos === 'ADP' && !['DET', 'NOUN', 'PROPN', 'NUM'].includes(rest[1]?.pos ?? ''))
    );
  if (!BECOMING_VERBS.has(verb.lemma)) return false;
  const state = next?.pos === 'ADV' && !WELL_STATES.has(next.normal) ? rest[1] : next;
  return state !== undefined && WELL_STATES.has(state.normal);
}

const isDash = (value: string | undefined) => value === ',' || value === '—' || value === '–';
/** Verbs of need whose dropped subject is the writer: "Need to check ...", "Have to run", "Got to go". */
const DROPPED_I_NEED = new Set(['need', 'have', 'got']);
const NEEDED_THING = new Set(['it', 'them', 'this', 'that', 'these', 'those']);
/** Verbs that alone acknowledge what was said: "ok understand", "Agree.", "Noted.". */
const RECEIPT_VERBS = new Set(['understand', 'agree', 'noted', 'acknowledge']);

/** Titles before a name: what follows them up to a comma is the name, a vocative. */
const TITLES = new Set(['mr', 'ms', 'mrs', 'dr', 'prof']);

/** "If you have any questions, please contact me": an offer of help, as "Let me know" is. */
const CONTACT = new Set([
  'contact',
  'reply',
  'call',
  'email',
  'ping',
  'reach',
  'ask',
  'write',
  'text',
  'phone',
  'message',
]);
const OFFER = phrases([
  'if ~4 question|questions|need|needs|help|anything|concerns|problems|issues|doubts',
  'with any ~1 question|questions|concerns|doubts',
]);
/** Orders that commit the reader, which no formula before them softens. */
const COMMITMENT_VERBS = new Set([
  'sign',
  'countersign',
  'pay',
  'confirm',
  'order',
  'buy',
  'approve',
  'return',
  'send',
  'submit',
  'transfer',
  'complete',
  'fill',
  'provide',
  'decide',
]);
/** Subjects that start a clause of their own: "we will ... and send" is the writer's plan. */
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they']);
/** Verbs of opinion that a reply opens on for "I (dis)agree". */
const STANCE = new Set(['agree', 'disagree', 'agreed', 'disagreed']);
/** Words that finish an exclamation after "oh", "aw", "ah": "oh man", "oh boy", "oh lord". */
const EXCLAIMED = new Set(['man', 'boy', 'god', 'lord', 'gosh', 'jeez', 'geez', 'dear', 'my', 'dude']);
/** Closed-class words wink sometimes tags as verbs. */
const NOT_VERBS = new Set([
  'everything',
  'something',
  'nothing',
  'anything',
  'everyone',
  'someone',
  // Interjections: "Ooh exciting!!", "Aww, congrats".
  'ooh',
  'oh',
  'ah',
  'aw',
  'aww',
  'wow',
  'yay',
  'oops',
  'whoa',
  'phew',
  // The same in other languages, as clients and reps type them: "ai Carla, que susto!", "aiyo".
  'ai',
  'ay',
  'ayy',
  'aiyo',
  'aiya',
  'eita',
  'nossa',
  'vixe',
  'uff',
  'ufa',
  // Incoterms typed in lower case ("14 weeks, dap ribeirão preto", "fob shanghai"): terms, not verbs.
  'exw',
  'fca',
  'fob',
  'cfr',
  'cif',
  'cpt',
  'cip',
  'dap',
  'dpu',
  'ddp',
]);
const COMMON_VERBS = new Set([
  'send',
  'call',
  'sign',
  'countersign',
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
  // Trade-fair and follow-up orders: "Visit our stand", "Forward me the email".
  'visit',
  'join',
  'contact',
  'register',
  'download',
  'submit',
  'resend',
  'revise',
  'correct',
  'ship',
  'deliver',
  'arrange',
  'prepare',
  'transfer',
  'wire',
  'clarify',
  'explain',
  'attend',
  'cancel',
  'place',
  // "Close the ticket if resolved."
  'close',
  // "Move them to block A", which the tagger reads as a name: rearranging the reader's work.
  'move',
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
          ) &&
          !ownResolve(text, m.firstToken) &&
          !givenLatitude(text, m.firstToken) &&
          !inSubordinateClause(text, m.firstToken) &&
          !askedWhatYouNeed(text, m.firstToken) &&
          // "for you having to carry it": the -ing form tells what the reader bears, no order.
          !text.tokens
            .slice(m.firstToken, m.endToken)
            .some((t) => /ing$/.test(t.normal) && t.lemma !== t.normal),
      );
      const start = imperativeStart(text, sentence);
      if (obligation.length === 0 && start === undefined) continue;
      // A formula near the verb, or one that opens on it however long ("Kindly find the revised
      // proposal attached").
      // "Have a look at the contract and sign it by Friday": a formula first, then an order.
      // "Thank you, we will start on Monday and send the report": once a subject of its own starts a
      // clause, the verbs after it are that subject's (the writer's plan), not the reader's order.
      const rest = text.tokens.slice(start === undefined ? 0 : start + 1, sentence.endToken - 1);
      const ownClause = rest.findIndex((t) => CLAUSE_SUBJECTS.has(t.normal));
      const orderAfter =
        start !== undefined &&
        rest
          .slice(0, ownClause < 0 ? rest.length : ownClause)
          .some((t, k, clause) => t.normal === 'and' && COMMITMENT_VERBS.has(clause[k + 1]?.normal ?? ''));
      const conventional =
        start !== undefined &&
        !orderAfter &&
        (CONVENTIONAL.test(text, start, Math.min(start + 4, sentence.endToken)) ||
          wishesReaderWell(text, start, sentence.endToken) ||
          CONVENTIONAL.find(text, start, sentence.endToken).some((m) => m.firstToken === start) ||
          (CONTACT.has(text.tokens[start]!.lemma) &&
            OFFER.test(text, sentence.firstToken, sentence.endToken)));
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

/**
 * "Take all the time you need to decide", "whatever help you need to launch", "as long as you need to",
 * "there is nothing more you need to do": "you need to" there is a relative clause on what the writer
 * grants or spares, no obligation put on the reader.
 */
function givenLatitude(text: AnalyzedText, first: number): boolean {
  if (text.tokens[first]?.normal !== 'you') return false;
  const before = text.tokens[first - 1]?.normal ?? '';
  // "as long as you need to": the comparison's head is two words back.
  const head = before === 'as' ? (text.tokens[first - 2]?.normal ?? '') : before;
  if (/^(?:long|much|whatever|anything|everything|nothing)$/.test(head)) return true;
  // "nothing more you need to do", "nothing else you need to send".
  if (/^(?:more|else|further)$/.test(head) && (text.tokens[first - 2]?.normal ?? '') === 'nothing')
    return true;
  // "the time you need", not "next time you must": the noun needs a determiner of quantity, or
  // "take" before it in English written without articles ("please take time you need").
  return (
    /^(?:time|help|support|space|room|info|information)$/.test(head) &&
    /^(?:the|all|any|whatever|enough|more|extra|take|taking)$/.test(text.tokens[first - 2]?.normal ?? '')
  );
}

/**
 * "Since you will need to rebuild the line anyway, ...", "if you need to reschedule, ...": a need
 * stated as a reason or a condition, no obligation put on the reader; the main clause after it may
 * still order. Not "that": "Please note that you must sign by Friday" orders.
 */
const SUBORDINATORS = /^(?:since|because|cause|as|if|when|whenever|once|unless)$/;
function inSubordinateClause(text: AnalyzedText, first: number): boolean {
  return SUBORDINATORS.test(wordBefore(text, first)?.normal ?? '');
}

/**
 * "What price would you need to list the range?", "Do you need to check with finance?": "you need to"
 * after an auxiliary is a question about their need, no obligation put on them.
 */
function askedWhatYouNeed(text: AnalyzedText, first: number): boolean {
  return (
    text.tokens[first]?.normal === 'you' &&
    /^(?:would|do|did|will|could|might)$/.test(wordBefore(text, first)?.normal ?? '')
  );
}

/** The token before `first`, past any line breaks and spaces. */
function wordBefore(text: AnalyzedText, first: number) {
  let i = first - 1;
  while (i >= 0 && text.tokens[i]!.pos === 'SPACE') i--;
  return text.tokens[i];
}

/**
 * "I wanted to be sure to send you ...", "We will be sure to include it", "I'll make sure you get
 * it": "be sure" after a subject, a modal or "to" is the writer's own resolve, not an order.
 */
function ownResolve(text: AnalyzedText, first: number): boolean {
  const head = text.tokens[first];
  if (head?.normal !== 'be' && head?.normal !== 'make') return false;
  const before = wordBefore(text, first);
  return (
    before !== undefined &&
    /^(?:to|i|we|will|'ll|’ll|shall|would|'d|’d|can|always|also|just)$/i.test(before.normal)
  );
}
