/** Small readings of the context that several rules share. */
import type { AnalyzedMessage } from '../analysis.ts';
import { TOPIC_WORDS } from '../cues/lexicon/topics.ts';
import type { Cue, DisclosureTopic } from '../cues/types.ts';
import { type AnalyzedText, spellOutShorthand } from '../text/analyze.ts';
import { phrases } from '../text/phrases.ts';
import { firstName } from '../thread.ts';
import type { Evidence, RuleContext, Severity, Span, Text } from './types.ts';

export function evidenceOf(message: AnalyzedMessage, cue: Cue): Evidence {
  return {
    message: message.index as number,
    start: cue.start,
    end: cue.end,
    text: message.text.text.slice(cue.start, cue.end),
  };
}

/** Cues of one type in the client messages the draft answers, with their message. */
export function answeredCues(
  ctx: RuleContext,
  type: Cue['type'],
  minConfidence = 0,
): { message: AnalyzedMessage; cue: Cue }[] {
  return ctx.analysis.answered.flatMap((message) =>
    message.cues
      .filter((c) => c.type === type && c.confidence >= minConfidence)
      .map((cue) => ({ message, cue })),
  );
}

export function draftCues(ctx: RuleContext, type: Cue['type'], minConfidence = 0): Cue[] {
  return ctx.draft.cues.filter((c) => c.type === type && c.confidence >= minConfidence);
}

/**
 * The draft's orders: imperative cues whose trigger word lies in their own sentence. The detector
 * can read past a salutation ("Dear Anna," then "Thank you ...") and tag the salutation with the
 * next sentence's verb; a greeting orders nothing.
 */
export function draftOrders(ctx: RuleContext, minConfidence = 0): Cue[] {
  return draftCues(ctx, 'imperative', minConfidence).filter((c) => ownsTriggers(ctx.draft.text.text, c));
}

/**
 * "Sorry for my late reply.": the writer's own apology in the sentence, and no recognition of what
 * the client told beside it ("Sorry to hear that" is recognition, which the apology detector
 * scores low). Saying sorry for one's own delay answers no one's news.
 */
export function ownApologyOnly(ctx: RuleContext, sentence: Span): boolean {
  const inSentence = (c: Cue) => c.start < sentence.end && sentence.start < c.end;
  return (
    draftCues(ctx, 'apology', 0.6).some(inSentence) &&
    !draftCues(ctx, 'acknowledgement', 0.6).some(inSentence)
  );
}

/** Every trigger of the cue is inside its span. */
export function ownsTriggers(text: string, cue: Cue): boolean {
  const span = text.slice(cue.start, cue.end);
  return (cue.triggers ?? []).every((t) => span.includes(t));
}

/** The draft's first sentence: where an acknowledgement belongs and what a reader sees first. */
export function openingSpan(ctx: RuleContext): Span {
  const first = ctx.draft.text.sentences[0];
  return first ? { start: first.start, end: first.end } : { start: 0, end: ctx.draft.text.text.length };
}

export const clientName = (ctx: RuleContext) => firstName(ctx.reader);

const TOPIC_NAMES: Record<DisclosureTopic, Text> = {
  'family-vacation': { en: 'a family trip', ru: 'семейной поездке' },
  travel: { en: 'a trip', ru: 'поездке' },
  family: { en: 'family news', ru: 'новостях семьи' },
  health: { en: 'a health matter', ru: 'здоровье' },
  'life-event': { en: 'a life event', ru: 'важном событии в жизни' },
  loss: { en: 'a loss', ru: 'утрате' },
  hobby: { en: 'a hobby', ru: 'своём увлечении' },
  pet: { en: 'a pet', ru: 'домашнем питомце' },
  celebration: { en: 'a celebration', ru: 'празднике' },
  weather: { en: 'the weather where they are', ru: 'погоде у себя' },
  feelings: { en: 'how they feel', ru: 'своём самочувствии' },
  other: { en: 'something personal', ru: 'чём-то личном' },
};

/** "a family trip" / "семейной поездке" (Russian in the prepositional case, after «о»). */
export function topicName(topic: DisclosureTopic | undefined): Text {
  return TOPIC_NAMES[topic ?? 'other'];
}

/** Topics that matter to people: ignoring them hurts more than ignoring weather talk. */
export const WEIGHTY_TOPICS = new Set<DisclosureTopic>([
  'family-vacation',
  'family',
  'health',
  'life-event',
  'loss',
  'celebration',
  'pet',
  'travel',
]);

/** News about the client's life or people close to them: heavier than a trip, a hobby or a party. */
export const LIFE_NEWS_TOPICS = new Set<DisclosureTopic>([
  'family',
  'family-vacation',
  'health',
  'life-event',
  'loss',
]);

/** News about the client's life: a weighty topic, or any news that names their family ("cycling with my wife"). */
export function isLifeNews(cue: Cue): boolean {
  if (cue.confidence < 0.85) return false;
  if (cue.topic && LIFE_NEWS_TOPICS.has(cue.topic)) return true;
  return (cue.triggers ?? []).some((t) => FAMILY_WORDS.has(t.toLowerCase()) || MILESTONE_WORDS.test(t));
}
/** A milestone told as a trip or a party is still life news: "back from my honeymoon". */
const MILESTONE_WORDS = /\b(?:honeymoon|wedding|married|engaged|graduat\w*|retir\w*|newborn|pregnan\w*)\b/i;
const FAMILY_WORDS = new Set(TOPIC_WORDS.family.strong);

/**
 * Grave news: a loss, a serious illness or accident, a birth (or one awaited: "becoming a father"),
 * a wedding (a daughter's marriage), a lost job; and the rites a family marks as it marks a wedding
 * (a quinceañera, a bar or bat mitzvah, a first communion, a baptism).
 */
const GRAVE_WORDS =
  /\b(?:born|birth|baby|babies|newborn|little (?:girl|boy|one|guy) (?:\w+ )?(?:arrived|came)|pregnan\w*|married|wedding|engaged|quincea(?:ñ|n)era|(?:bar|bat) mitzvah|marriage|becoming (?:a )?(?:father|mother|dad|mum|mom|parents?)|first communion|baptism|christening|funeral|passed|died|death|hospital\w*|surgery|accident|cancer|diagnos\w*|divorce|laid off|lost my job|chemo|intensive care|icu)\b/i;

/** News that weighs on the client's life: leaving it unanswered hurts at any stage. */
export function isGraveNews(cue: Cue): boolean {
  if (cue.confidence < 0.85) return false;
  if (cue.topic === 'loss') return true;
  // "my position is removed", "my job was cut": the writer's own job lost, in any wording.
  return (cue.triggers ?? []).some((t) => GRAVE_WORDS.test(t) || OWN_JOB_LOSS.test(t));
}

/** The words of the client's and the rep's names, lower-cased: "Hi Yuki," answers nothing, judges nothing. */
export function partyNameWords(ctx: RuleContext): Set<string> {
  return new Set(
    [ctx.reader.name, ctx.writer.name].flatMap((n) => n.toLowerCase().split(/[\s,.]+/)).filter(Boolean),
  );
}

/** Severity from a score of reasons (0..n): the more reasons the reader will mind, the higher. */
export function severityFromScore(score: number, errorAt: number, warningAt: number): Severity {
  if (score >= errorAt) return 'error';
  if (score >= warningAt) return 'warning';
  return 'suggestion';
}

/** Whether the reader's culture expects personal news to be acknowledged, by profile. */
export function readerExpectsAcknowledgement(ctx: RuleContext): boolean {
  const rapport = ctx.readerCulture?.rapport;
  if (!rapport) return true; // unknown culture: acknowledging is the safe default everywhere
  return (
    rapport.personalNewsFromCounterpart.value !== 'acknowledge-if-close' || rapport.openness.value === 'peach'
  );
}

/** A name as literal text inside a RegExp ("O'Neil", "Jean-Luc", "J.R."). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Token indices [from, to) of a span (a cue, a question) in an analysed text, for phrase lookups. */
export function tokenRange(text: AnalyzedText, span: Span): [number, number] {
  const from = text.tokens.findIndex((t) => t.start >= span.start);
  const to = text.tokens.findIndex((t) => t.start >= span.end);
  return [from < 0 ? text.tokens.length : from, to < 0 ? text.tokens.length : to];
}

/**
 * Interjections a reply opens on when it reacts to what the client said ("Oh no.", "Ah bummer
 * mate.", "Wow"); each rule adds the reactions it counts besides these (a regex alternation).
 */
export const REACTION_WORDS = 'oh|ah|aw+|ahh|oof|ouch|wow|yikes|gosh|bummer|omg';

/** An optional salutation before what a sentence says: "Hi Ana, ", "Dear Mr. Sato, ". */
const SALUTATION = String.raw`(?:(?:hi|hello|hey|dear)\b[^,]*,\s*)?`;

/**
 * A case-insensitive pattern for how a sentence opens, after any salutation: `opening("any
 * update")` matches "Hi Ana, any update?". `rest` is regular-expression source.
 */
export const opening = (rest: string): RegExp => new RegExp(String.raw`^\W*${SALUTATION}${rest}`, 'i');

/**
 * An obligation in the passive ("the deposit must be paid within 7 days", "please note that the
 * balance has to be settled by Friday"): the reader is the one who pays, the form only hides it.
 * Not what our own side does ("has to be approved by our committee").
 */
export const PASSIVE_DUTY =
  /\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+be\s+(?:paid|signed|settled|transferred|wired|returned|submitted|sent|confirmed|placed|approved|received|made)\b(?![^.!?]*\bby\s+(?:us|me|our|my|we)\b)/i;
/**
 * "We would be honoured to show you our factory", "you must come for dinner", "you have to come
 * and try the birria with us", "it will be an honour for me to host you", "you must let us bring
 * you for chilli crab", "if you come, I take you to eat tortellini", "you and Ana must come to
 * my house", "that evening you will be my guest", "on the 17th you will come to our home for
 * dinner", "you are not leaving Monterrey without coming to my house", "let's go to El Cardenal
 * for lunch", "you and Marc must be my guests", "we would be honoured if you could join us", "when
 * you come to São Paulo you come to my house": an invitation worded as a statement, which asks
 * for a yes as much as "Would you like to ...?".
 */
const INVITATION_WORDS =
  /\b(?:(?:we|i)(?:'d|’d|\s+would)\s+(?:be\s+(?:honou?red|delighted|happy|glad|pleased)|love)\s+to\s+(?:show|host|invite|welcome|take|have)\s+you\b|(?:we|i)(?:'d|’d|\s+would)\s+(?:be\s+(?:honou?red|delighted|happy|glad|pleased)|love)\s+to\s+(?:show|host|invite|welcome|take|have)\b[^.!?]*\b(?:dinner|lunch|visit|tour|factory|plant|home)\b|you(?:\s+(?:and|&)\s+(?:your\s+)?\w+|\s+both|\s+all|\s+guys)?(?:'ll|’ll|\s+will)?\s+(?:must|have\s+to|(?:'ve|’ve|have)\s+got\s+to)\s+(?:come|visit|join|let\s+(?:us|me)\s+(?:take|host|invite|show|treat|bring))\b|you\s+(?:must|have\s+to|should)\s+(?:stay|dine|eat|have\s+(?:dinner|lunch|a\s+meal))\b[^.!?]*\b(?:with\s+(?:us|me|my|our)\b|at\s+(?:our|my)\b)|(?:i|we)(?:'ll|’ll|\s+will|\s+would)?\s+(?:take|bring)\s+you\s+(?:out\s+)?(?:to|for)\s+[^.!?]{0,100}?\b(?:eat|dinner|lunch|drinks?|coffee|restaurant|meal|taste|try|treat|churrasco|barbecue|bbq|braai|sushi|tapas|food)\b|(?:please\s+)?be\s+our\s+guests?\b|you(?:(?:'ll|’ll|\s+will)\s+(?:come|join\s+us)|(?:'re|’re|\s+are)\s+(?:coming|joining\s+us))\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}?(?:home|house|place|dinner|lunch)\b|you(?:\s+(?:and|&)\s+\w+)?\s+(?:will|'ll|’ll|shall|are\s+going\s+to)\s+be\s+(?:my|our)\s+guests?\b|\b(?:it\s+)?(?:will|would)\s+be\s+(?:an?\s+)?(?:honou?r|pleasure)\s+(?:for\s+(?:me|us)\s+)?to\s+(?:host|welcome|invite|have|receive)\s+you\b|\bnot\s+leaving\s+[^.!?]{0,40}?\bwithout\s+(?:coming|visiting|having\s+(?:dinner|lunch))\b|\byou(?:\s+(?:and|&)\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?\w+)?\s+(?:must|have\s+to|should)\s+be\s+(?:my|our)\s+guests?\b|\byou\s+(?:and|&)\s+(?:mr|ms|mrs|dr)\.?\s+\w+\s+(?:must|have\s+to)\s+(?:come|visit|join)\b|\b(?:honou?red|delighted|happy|glad|pleased)\s+if\s+you\s+(?:could|would|can)\s+(?:join|come|visit)\b|\byou\s+(?:come|will\s+come)\s+to\s+(?:my|our)\s+(?:house|home|place)\b|\blet(?:'s|’s|\s+us)\s+go\s+(?:to\s+[^.!?,]{1,40}?\s+)?for\s+(?:a\s+)?(?:lunch|dinner|drinks?|coffee|beer)\b(?![^.!?]*\b(?:next\s+time|some\s*time|one\s+day)\b))/i;
/**
 * An invitation, in chat shorthand too ("when u come to riyadh u must come to my home"). `exec`
 * reads the text as written; only where the invitation is in shorthand does its match come from
 * the spelt-out text, its index then approximate (the spelt-out words are longer).
 */
export const INVITATION = {
  test: (text: string) => INVITATION_WORDS.test(text) || INVITATION_WORDS.test(spellOutShorthand(text)),
  exec(text: string): RegExpExecArray | null {
    const asWritten = INVITATION_WORDS.exec(text);
    if (asWritten) return asWritten;
    const spelt = INVITATION_WORDS.exec(spellOutShorthand(text));
    if (spelt) spelt.index = Math.min(spelt.index, Math.max(text.length - 1, 0));
    return spelt;
  },
};

/** The company's premises or goods: "a fire at our warehouse", "our plant was flooded". */
export const COMPANY_PLACE =
  /\b(?:warehouse|plant|factory|office|offices|site|premises|store|shop|facility|stock|production line|data cent(?:er|re))\b/i;
/**
 * The company's people: "we had to lay off a third of our staff", "we let 40 people go from the
 * maintenance division" is news of the business; so is "two operators were injured at the plant".
 */
export const COMPANY_PEOPLE =
  /\b(?:staff|employees|workforce|headcount|workers|personnel|operators|technicians|drivers|crew|crews|labou?rers|division|divisions|department|departments|\d+\s+(?:people|colleagues|jobs|positions|roles))\b/i;
/** The writer's own life: "my house", "I lost my job", "my manager and I". */
export const OWN_LIFE = /\b(?:i|me|my|i'm|i’m|i've|i’ve|mine)\b/i;

/**
 * Bad news of the business, told with no word of the writer's own life: "a fire at our warehouse",
 * "we let go of 30% of our staff". Selling into it is bad-news-pitch's; it is no personal news.
 */
export const isBusinessNews = (said: string): boolean =>
  (COMPANY_PLACE.test(said) || COMPANY_PEOPLE.test(said)) && !OWN_LIFE.test(said);

/** The writer lost their own job: "I was let go", "I lost my job", "I am no longer with Acme". */
export const OWN_JOB_LOSS =
  /\b(?:i|we)(?:'m|’m|\s+am|\s+was|\s+were|\s+have\s+been|'ve\s+been|’ve\s+been|\s+got|\s+are)\s+(?:(?:also|just|now|recently|unfortunately)\s+)?(?:let\s+go|laid\s+off|made\s+redundant|fired|no\s+longer\s+(?:with|at|working))\b|\b(?:i|we)\s+(?:have\s+|'ve\s+|’ve\s+)?lost\s+(?:my|our)\s+(?:jobs?|positions?|roles?)\b|\bmy\s+(?:job|position|role|post)\s+(?:is|was|has\s+been|got|will\s+be)\s+(?:cut|eliminated|axed|removed|abolished|scrapped|made\s+redundant)\b/i;

/** Shared time and gifts: thanks for them are thanks for hospitality, not for our work. */
export const HOSPITALITY =
  /\b(?:evening|dinner|lunch|drinks|hospitality|hosting|having\s+us|gifts?|flowers|present|mooncakes)\b/i;

/**
 * "What do you need from us to get started?", "Anything you need from us?", "Let me know if you
 * need anything from us": the client invites the rep's requests; asking for what is needed answers
 * them, it does not press or order.
 */
const INVITES_REQUESTS =
  /\b(?:what|anything)\s+(?:else\s+)?(?:(?:do|would|will)\s+)?you\s+need\s+from\s+(?:us|me|our\s+side)\b|\bneed\s+anything\s+(?:else\s+)?from\s+(?:us|me|our\s+side)\b|\bwhat\s+(?:else\s+)?(?:do|should|must|can)\s+(?:we|i)\s+(?:\w+\s+){0,2}(?:send|provide|prepare|bring|get\s+ready)\b/i;

/** The client asked what the rep needs from them, or offered whatever is needed. */
export const clientInvitesRequests = (ctx: RuleContext): boolean =>
  ctx.analysis.answered.some((m) => INVITES_REQUESTS.test(m.text.text));

/**
 * A business ask the client put to us: asked ("Can you ...?"), ordered or pleaded ("kindly send
 * the drawings"), or wanted in their own name ("we need the order pushed back"). "Legal still
 * reviews the MSA, maybe one more week" reports where things stand and asks nothing of us, and
 * "we need two weeks to decide" asks for time.
 */
const ASKS_US = phrases([
  'i|we ~2 need|want|like|would|require|request',
  "i'd|we'd|i'll|we'll",
  'let me|us know',
  'you|your',
]);
export function asksUs(message: AnalyzedMessage, ask: Cue): boolean {
  const t = message.text;
  return t.sentences.some(
    (s) =>
      s.start < ask.end &&
      ask.start < s.end &&
      (s.text.includes('?') ||
        message.cues.some(
          (c) =>
            (c.type === 'please' || (c.type === 'imperative' && c.confidence >= 0.8)) &&
            c.start >= s.start &&
            c.end <= s.end,
        ) ||
        (ASKS_US.test(t, s.firstToken, s.endToken) && !TIME_NEEDED.test(s.text))),
  );
}
/** "We need a couple of weeks to talk with our bank": time asked for, no business asked of us. */
const TIME_NEEDED =
  /\b(?:need|needs|require)\s+(?:some\s+|more\s+|a\s+(?:little\s+|bit\s+(?:of\s+|more\s+)?)?|a\s+(?:few|couple\s+of)\s+(?:more\s+)?|\w+\s+(?:more\s+)?)?(?:time|days?|weeks?|months?)\b/i;
