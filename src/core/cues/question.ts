/**
 * question: a direct question ("How was the trip?"), one written without its question mark ("Do
 * you have time tomorrow."), or an embedded one ("I was wondering whether ..."), with `form` (open:
 * what/how/why...; closed: yes/no, either/or, tag questions) and `about` (personal: the reader's
 * life, wellbeing or small talk; business: anything else). Wishes ("Have a good weekend"),
 * exclamations ("What a trip!") and courtesy offers ("Let me know if you have questions") are not
 * questions; rhetorical ones ("Who doesn't love a long weekend?") are kept at low confidence.
 */
import type { AnalyzedText, Sentence, Token } from '../text/analyze.ts';
import { FRONTED_CLAUSE_OPENERS } from '../text/fronted-clause.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
import { hyphenatedNamePart } from '../text/tokens.ts';
import { businessTerms } from './business-ask.ts';
import { topicHits } from './topic-hits.ts';
import type { Cue, Detector } from './types.ts';

const WH = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose']);
/** Verbs that open a yes/no question by inversion ("Do you ...", "Is it ..."). wink's "won't" is "wo". */
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
/** Words before the question proper: "So, ...", "Quick question: ...", "Also, ...". */
const LEADERS = new Set([
  // A salutation on the question's line: "Dear Watanabe-san, so, where are we with the order?".
  'dear',
  'hi',
  'hello',
  'hey',
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
  'just',
  'quick',
  'question',
  'by',
  'the',
  'way',
  'hey',
  'hi',
  'hello',
  'dear',
  'please',
  'kindly',
  'sorry',
]);
const SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'u', 'there', 'this', 'that', 'your']);
/** "..., right?", "..., isn't it?", "..., no?": a statement asking to be confirmed. */
const TAG_WORDS = new Set(['right', 'correct', 'yes', 'no', 'ok', 'okay', 'eh', 'yeah', 'true', 'agreed']);

/** Frames that embed a question in a statement; the last word says its form. */
const EMBEDDED = phrases([
  "i|we|i'm|i’m|we're|we’re ~1 wondering|wonder|wondered if|whether|what|how|when|why|where|who|which",
  'i ~2 like|want|wanted|wish to know|ask|check|understand|confirm if|whether|what|how|when|why|where|who|which',
  'checking in ~4 if|whether|what|how|when',
  'let|tell|show me|us ~1 know if|whether|what|how|when|why|where|who|which',
  'tell me|us if|whether|what|how|when|why|where|who|which',
  'do you know if|whether|what|how|when|why|where|who|which',
  'any idea if|whether|what|how|when|why|where|who|which',
  'can|could|would you tell|advise|confirm ~2 if|whether|what|how|when|why|where|who|which',
  'please advise|confirm ~2 if|whether|what|how|when|why|where|who|which',
  'curious ~3 if|whether|what|how|when|why|where|who|which',
]);
/** "Let me know if you have any questions": an offer, not a question to answer. */
const OFFER_WORDS = new Set([
  'question',
  'questions',
  'need',
  'help',
  'assist',
  'concern',
  'concerns',
  'anything',
  // "Let me know if I can ever return the favour": the writer offers a good turn back.
  'favor',
  'favour',
]);

/** Questions that expect no answer. */
const RHETORICAL = phrases([
  'who do|does|would|could not',
  'who knew',
  'guess what',
  'can|could you believe',
  'what can|could you|one do',
  'what else is new',
  'what more could|can ~2 ask',
  'why not',
  'how cool|great|crazy|amazing|nice|funny|lucky ~2 is|was that',
  'how about that',
  'is not|isn’t that|it great|amazing|funny|crazy',
  'am i right',
  // "Why does everything always happen in December??": a sigh in the form of a question.
  'why does|do|is|are everything|things ~1 always',
  'why does|do this|that always happen',
]);

/** Small talk and the reader's private life: "how are you", "how was your weekend". */
const PERSONAL = phrases([
  'how are|r you|u',
  'how have you been',
  'how is|are things|everything|life|family|kids|children|weather',
  'how is|was it going',
  'how are things going',
  'how was|is|were your ~2 weekend|holiday|holidays|vacation|trip|summer|winter|break|flight|evening|day|week|time|birthday|wedding|move|recovery|stay',
  // The same asked over a time still going on: "How has the rest of your stay been?"
  'how has|have ~3 your ~1 weekend|holiday|holidays|vacation|trip|summer|winter|break|week|stay|recovery been',
  'how was|is|were the ~2 weekend|holiday|holidays|vacation|trip|flight|weather|wedding|birthday|party|game|match|marathon|race',
  'how did|do ~3 weekend|holiday|vacation|trip|move|surgery|recovery|wedding ~2 go',
  'did you have|enjoy|get ~3 good|nice|great|lovely|relaxing weekend|holiday|holidays|trip|time|vacation|break|rest',
  'are you ~2 enjoying|feeling|keeping|staying',
  'are you doing ~1 well|ok|okay|alright|fine|good',
  'any plans for ~3 weekend|holiday|holidays|summer|vacation|break|christmas',
  'what are your plans for ~3 weekend|holiday|holidays|summer|vacation|break',
  'doing anything fun|special|nice',
  // Leisure small talk: "Any fun plans?", "Get up to anything fun?".
  'any|got ~2 fun|nice|special|exciting plans',
  'up to anything ~1 fun|nice|special|exciting',
  'how did you like|enjoy',
  // "Have you ever been in Bologna?": the reader's own travels.
  'have|did you ever been|gone|travelled|traveled to|in',
  'what got|made|brought you ~2 into|interested|to',
  'how|what about you|yourself',
  'and you',
  'hope you|everyone|all ~3 well|good|ok|okay|fine|safe',
  'is everyone ~2 well|ok|okay|safe|fine',
  'weather',
  // "How are you" in the client's own language, common in mixed-language mail.
  'tudo bem|bom',
  'todo bien',
  'qué|que tal',
  // Not "¿Cómo está el proyecto?": "está" asks after a person only with "usted" or "você".
  'cómo|como estás|estas|vai|va',
  'cómo|como está|esta usted|você|voce',
  'ça|ca va',
  'wie geht',
]);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'u']);
/** How much is ordered or supplied: a question about it is business. */
const QUANTITIES = phrases([
  'volume|volumes|quantity|quantities|qty|tonnage|moq|moqs',
  'how many ~2 units|pieces|pcs|tons|tonnes|containers|pallets|cartons|boxes|licenses|licences|seats|users',
  'how much ~3 need|order|buy|take|require',
  'order size|sizes',
  'minimum order',
]);

// An emoji is no word: "😂 also can you resend the deck" opens on "can you".
const visible = (t: Token) =>
  t.pos !== 'PUNCT' && t.pos !== 'SPACE' && !(t.pos === 'SYM' && !/[\p{L}\p{N}]/u.test(t.value));

/** "Quick one:", "Honest question:", "hey Jasur, quick one:": a short label before a colon asks nothing. */
function afterLabel(text: AnalyzedText, sentence: Sentence): number {
  let words = 0;
  for (let i = sentence.firstToken; i < sentence.endToken && words <= 5; i++) {
    const token = text.tokens[i]!;
    if (token.value === ':') return i + 1 < sentence.endToken ? i + 1 : sentence.firstToken;
    if (visible(token)) words++;
  }
  return sentence.firstToken;
}

/** Index of the first word of the question proper, after a label, leaders, names and interjections. */
function firstWordIndex(text: AnalyzedText, sentence: Sentence): number | undefined {
  for (let i = afterLabel(text, sentence); i < sentence.endToken; i++) {
    const token = text.tokens[i]!;
    if (
      !visible(token) ||
      LEADERS.has(token.normal) ||
      token.pos === 'PROPN' ||
      token.pos === 'INTJ' ||
      hyphenatedNamePart(text.tokens, i)
    )
      continue;
    return i;
  }
  return undefined;
}

function lastWords(text: AnalyzedText, sentence: Sentence, count: number): Token[] {
  const words = text.tokens
    .slice(sentence.firstToken, sentence.endToken)
    .filter((t) => t.pos !== 'SPACE' && t.value !== '?');
  return words.slice(-count);
}

/** "..., isn't it?", "..., right?", "..., don't you?" */
function isTagQuestion(text: AnalyzedText, sentence: Sentence): boolean {
  const [a, b, c, d] = lastWords(text, sentence, 4);
  if (c?.value === ',' && d && TAG_WORDS.has(d.normal)) return true;
  if (b?.value === ',' && c && AUX.has(c.normal) && d?.pos === 'PRON') return true;
  return a?.value === ',' && b !== undefined && AUX.has(b.normal) && c?.normal === 'not' && d?.pos === 'PRON';
}

/** "Do you ...", "Can we ...", "Don't you ...": an inverted auxiliary before its subject. */
function isInverted(text: AnalyzedText, at: number): boolean {
  const first = text.tokens[at]!;
  if (!AUX.has(first.normal)) return false;
  let next = text.tokens[at + 1];
  if (next?.normal === 'not') next = text.tokens[at + 2];
  if (!next || !SUBJECTS.has(next.normal)) return false;
  // "May you have a wonderful year" is a wish; "Have a good weekend" has no subject at all.
  if (first.normal === 'may' && next.normal !== 'i' && next.normal !== 'we') return false;
  return true;
}

/** The word after the fronted clause's comma opens an inverted question: "If you can, could you ...". */
function invertedAfterComma(text: AnalyzedText, at: number, sentence: Sentence): boolean {
  for (let i = at + 1; i < sentence.endToken; i++) {
    const t = text.tokens[i]!;
    if (/[.:;!?]/.test(t.value)) return false;
    if (t.value !== ',') continue;
    let next = i + 1;
    while (next < sentence.endToken && !visible(text.tokens[next]!)) next++;
    return next < sentence.endToken && isInverted(text, next);
  }
  return false;
}

/** Whether an offer word follows the frame in its sentence ("I wonder if I could help"). */
function offerFollows(text: AnalyzedText, m: PhraseMatch, sentence: Sentence): boolean {
  for (let i = m.endToken; i < sentence.endToken; i++) {
    const t = text.tokens[i]!;
    if (OFFER_WORDS.has(t.normal) || OFFER_WORDS.has(t.lemma)) return true;
  }
  return false;
}

function embedded(text: AnalyzedText, sentence: Sentence): PhraseMatch | undefined {
  if (!EMBEDDED.any(text)) return undefined; // most texts have no frame: no per-sentence search
  return EMBEDDED.find(text, sentence.firstToken, sentence.endToken).find(
    (m) => !offerFollows(text, m, sentence),
  );
}

export interface QuestionShape {
  confidence: number;
  form: 'open' | 'closed';
  rhetorical: boolean;
  /** The words that make it a question: its frame, its opening words, or its question mark. */
  marker: string;
}

// Module-level helpers, not closures: questionShape runs for every sentence of every text.
/** The text of tokens [from, to). */
function tokensSaid(text: AnalyzedText, from: number, to: number): string {
  return text.text.slice(text.tokens[from]!.start, text.tokens[to - 1]!.end);
}

/** The text of a match. */
function matchSaid(text: AnalyzedText, m: { start: number; end: number }): string {
  return text.text.slice(m.start, m.end);
}

/** Whether a sentence asks something, and how; undefined for statements, wishes and offers. */
export function questionShape(text: AnalyzedText, sentence: Sentence): QuestionShape | undefined {
  // "what would the rate be (our night, your day I guess?)": the mark inside a closing aside.
  const marked = /\?[)\]]*\s*$/.test(sentence.text);
  const at = firstWordIndex(text, sentence);
  const first = at === undefined ? undefined : text.tokens[at];
  const inverted = at !== undefined && isInverted(text, at);
  const frame = embedded(text, sentence);
  const wh = first !== undefined && WH.has(first.normal);
  let confidence = 0;
  if (marked) confidence = 0.95;
  else if (frame) confidence = 0.75;
  else if (inverted && sentence.endToken - sentence.firstToken >= 4) confidence = 0.7;
  // "Before we bring this to management, could you share: ...": a fronted clause, then the question.
  else if (
    first !== undefined &&
    FRONTED_CLAUSE_OPENERS.has(first.normal) &&
    invertedAfterComma(text, at!, sentence)
  )
    confidence = 0.7;
  // "What do you think about it" without its mark: a wh-word then an inverted auxiliary.
  else if (wh && at !== undefined && isInverted(text, at + 1)) confidence = 0.7;
  if (confidence === 0) return undefined;

  const words = text.tokens.slice(sentence.firstToken, sentence.endToken);
  const hasOr = words.some((t, i) => t.normal === 'or' && words[i + 1]?.normal !== 'not');
  let form: 'open' | 'closed';
  if (frame) {
    const conj = text.tokens[frame.endToken - 1]!.normal;
    form = conj === 'if' || conj === 'whether' ? 'closed' : 'open';
  } else if (wh) form = first.normal === 'which' && hasOr ? 'closed' : 'open';
  else form = 'closed';
  if (isTagQuestion(text, sentence)) form = 'closed';

  const tail = lastWords(text, sentence, 2).map((t) => t.normal);
  const rhetorical =
    RHETORICAL.test(text, sentence.firstToken, sentence.endToken) ||
    (tail[0] === 'you' && tail[1] === 'know') || // "..., you know?"
    // "Right?", "No?"; not a proposed time ("4?", "Tuesday?").
    (words.filter(visible).length <= 1 && !words.some((t) => t.pos === 'NUM' || t.pos === 'PROPN'));
  const marker = frame
    ? tokensSaid(text, frame.firstToken, frame.endToken)
    : at !== undefined && (wh || inverted)
      ? tokensSaid(text, at, Math.min(at + 2, sentence.endToken))
      : '?';
  return { confidence: rhetorical ? 0.45 : confidence, form, rhetorical, marker };
}

/** Personal when it asks about the reader's life or wellbeing, business otherwise. */
function aboutOf(
  text: AnalyzedText,
  sentence: Sentence,
  afterPersonal: boolean,
): { about: 'personal' | 'business'; triggers: string[] } {
  const { firstToken, endToken } = sentence;
  const smallTalk = PERSONAL.find(text, firstToken, endToken);
  if (smallTalk.length > 0) return { about: 'personal', triggers: smallTalk.map((m) => matchSaid(text, m)) };
  // "Can you send the holiday schedule?" is about work, whatever its words.
  if (businessTerms(text, firstToken, endToken).length > 0) return { about: 'business', triggers: [] };
  // "What volume do you need for the season?" asks how much to supply, whatever season it names.
  if (QUANTITIES.test(text, firstToken, endToken)) return { about: 'business', triggers: [] };
  const named = namedExperience(text, sentence);
  if (named) return { about: 'personal', triggers: [named] };
  const hits = topicHits(text, firstToken, endToken);
  const toReader = text.tokens.slice(firstToken, endToken).some((t) => SECOND_PERSON.has(t.normal));
  const life = hits.filter((h) => h.strong || toReader);
  if (life.length > 0) return { about: 'personal', triggers: life.map((m) => matchSaid(text, m)) };
  // "What's his name?", "Is she eating again?" after news of a baby or a pet, "Where did you go?"
  // after a holiday: with no business word, a question on the heels of private life is about it.
  const words = text.tokens.slice(firstToken, endToken);
  const aboutSomeone = words.some((t) => THIRD_PERSON.has(t.normal));
  const toThem = words.some((t) => SECOND_PERSON.has(t.normal) || THIRD_PERSON.has(t.normal));
  // "Can you do 2pm instead?" proposes a time: that is work, after news or not.
  // "15 min next week?" proposes a meeting by its length.
  const schedules = words.some(
    (t, i) =>
      CLOCK.test(t.normal) ||
      WEEKDAYS.has(t.normal) ||
      (MINUTES.has(t.normal) && /^\d+$/.test(words[i - 1]?.normal ?? '')),
  );
  if (!schedules && ((afterPersonal && toThem) || aboutSomeone)) return { about: 'personal', triggers: [] };
  return { about: 'business', triggers: [] };
}
const MINUTES = new Set(['min', 'mins', 'minute', 'minutes']);
/** Verbs of how something was found: "Did you like Lisbon?", "How's Berlin treating you?". */
const EXPERIENCE = new Set(['like', 'enjoy', 'love', 'treat', 'find']);
/** Openings that ask how something went: "How was ...", "Was ...", "Did ...". */
const HOW_IT_WENT = new Set(['how', 'was', 'were', 'did']);
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

/**
 * "How was Portugal?", "Was Porto nice?", "Did you like Lisbon?": a question made only of a name
 * (a place, a person) and how it was found asks after the reader's time there, not about work; a
 * date ("Is Friday OK?", "How was Q3?") or any other noun or verb ("How did Acme take the news?")
 * keeps it business. Returns the name.
 */
function namedExperience(text: AnalyzedText, sentence: Sentence): string | undefined {
  const at = firstWordIndex(text, sentence);
  if (at === undefined) return undefined;
  let name: Token | undefined;
  // How it went, or how it was then: "Was Rome hot?" asks after a stay; "Is Acme ready?" does not.
  let experience = HOW_IT_WENT.has(text.tokens[at]!.normal);
  // "How's Cairo, still 40 degrees?": the weather there, a figure of it included, is part of the stay.
  const weather = new Set<number>();
  for (const h of topicHits(text, at, sentence.endToken)) {
    if (h.topic !== 'weather') continue;
    for (let i = h.firstToken; i < h.endToken; i++) weather.add(i);
    if (text.tokens[h.firstToken - 1]?.pos === 'NUM') weather.add(h.firstToken - 1);
  }
  for (let i = at; i < sentence.endToken; i++) {
    const t = text.tokens[i]!;
    if (weather.has(i)) continue;
    if (t.pos === 'PROPN') {
      if (/\d/.test(t.normal) || WEEKDAYS.has(t.normal) || MONTHS.has(t.normal)) return undefined;
      name ??= t;
    } else if (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'NUM') {
      if (!EXPERIENCE.has(t.lemma)) return undefined;
      experience = true;
    }
  }
  return experience ? name?.value : undefined;
}
const THIRD_PERSON = new Set(['he', 'she', 'his', 'her', 'him']);
const CLOCK = /^\d{1,2}(?::\d\d)?(?:am|pm)$/;
const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'tomorrow',
]);

export const question: Detector = {
  type: 'question',
  description:
    'A question, direct or embedded, with its form (open or closed) and whether it is personal or about business.',
  detect(text, reply, earlier) {
    const cues: Cue[] = [];
    // Private life told just before: the writer's own disclosure, or the client's in the message answered.
    const told = (reply?.answered ?? (reply ? [reply.previous] : [])).some((m) =>
      m.cues.some((c) => (c.type === 'personal-disclosure' || c.type === 'bad-news') && c.confidence >= 0.6),
    );
    const disclosures = earlier.filter((c) => c.type === 'personal-disclosure' && c.confidence >= 0.6);
    for (let index = 0; index < text.sentences.length; index++) {
      const sentence = text.sentences[index]!;
      const shape = questionShape(text, sentence);
      if (!shape) continue;
      const before = text.sentences[index - 1];
      const afterPersonal =
        (told && index <= 2) ||
        (before !== undefined && disclosures.some((c) => c.start < before.end && before.start < c.end));
      const { about, triggers } = aboutOf(text, sentence, afterPersonal);
      cues.push({
        type: 'question',
        about,
        form: shape.form,
        start: sentence.start,
        end: sentence.end,
        confidence: shape.confidence,
        triggers: [...(shape.rhetorical ? ['rhetorical'] : []), shape.marker, ...triggers],
      });
    }
    return cues;
  },
};
