/**
 * over-familiar: the reverse of ignored-disclosure: personal questions, a first name or jokes too
 * early for a reader whose culture keeps private life private until trust is built (a US rep
 * asking a Japanese, German, Finnish or Russian client about their family in the second email).
 * A client who already shares, or who is on friendly terms, is not offended.
 */
import type { AnalyzedMessage } from '../analysis.ts';
import { topicHits } from '../cues/topic-hits.ts';
import { isHighContext } from '../culture/profile.ts';
import { capitalise, inCulture, manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import { phrases } from '../text/phrases.ts';
import { firstName } from '../thread.ts';
import { clientName, draftCues, escapeRegExp, severityFromScore, tokenRange } from './helpers.ts';
import { defineRule, type Finding, type RuleContext, type Span, type Text } from './types.ts';
import { strongWarmth } from './warmth.ts';

/** Private matters that have no topic word: age, money, beliefs, relationships. */
const PRIVATE = phrases([
  'how old are you',
  // Not "partner": in sales it is usually a business partner.
  'your age|salary|income|religion|politics|girlfriend|boyfriend',
  'how much do you earn|make',
  'are you married|single|religious|pregnant',
  // The same asked in statement order, as Indian, Russian or learner English often does: "Sir, you are married?".
  'you are married|single|pregnant',
  'who did you vote for',
  // Romance is private anywhere in business: "How's your love life?", "Seeing anyone?", "Any hot dates?".
  'love life',
  'dating life',
  'seeing anyone|someone',
  'are you dating',
  'hot|any date|dates',
  'how much do you weigh',
  // Their own faith kept or not: "Are you fasting too?", "Do you pray five times a day?".
  'are you fasting|muslim|christian|catholic|jewish|hindu|buddhist|observant',
  'do you fast|pray',
]);
/**
 * The price of the reader's home or car: "How much is a house like that?", "what did your flat
 * cost?". Their wealth, as private as a salary, though less pointed. Not "a home battery" or "car
 * parking": the noun must end the question.
 */
const HOME_PRICE =
  /\bhow\s+much\b[^?.!]{0,40}?\b(?:house|home|apartment|flat|villa|car)(?:\s+(?:like\s+(?:that|this|yours)|cost|costs|in\s+\p{Lu}\p{L}*))*\s*(?:\?|$)/iu;
/** "Must be tough with kids at home, how many do you have?": whether and how many, by "how many" alone. */
const HOW_MANY_OWN = /\bhow\s+many\s+(?:do|have)\s+you\s+(?:have|got)\b/i;
/**
 * What the reader does with their free time: "What do you get up to on weekends?", "what do you do
 * for fun?". Harmless alone; beside a first name or a joke the reader did not invite it adds up.
 */
const LEISURE =
  /\bget\s+up\s+to\b|\bwhat\s+do\s+you\s+(?:\w+\s+){0,2}?do\s+(?:on|at|in|for|when|after)\b[^?]{0,30}\b(?:weekends?|free|spare|fun|evenings?|off)\b|\bhobbies\b/i;
/**
 * "I saw on your profile that you moved to Austin", "I saw on Instagram you just got married": the
 * rep says they looked up the reader's private life online. Asked about at first contact, that
 * intrudes even where personal questions are welcome among people who know each other.
 */
const LOOKED_UP = phrases([
  // Also the short names people write: "your Insta", "on IG", "on FB".
  'saw|seen|see|noticed|read|spotted ~4 on|in|from|through your ~1 profile|instagram|insta|ig|facebook|fb|linkedin|feed|story|stories|posts|socials',
  'saw|seen|see|noticed|read|spotted ~2 on|in ~1 instagram|insta|ig|facebook|fb|linkedin|socials',
  'saw|seen|see|noticed|read|spotted ~2 on|in ~1 social media',
  'stalked|stalking your ~1 profile|instagram|insta|ig|facebook|fb|linkedin',
  // "I saw your post about coming back from leave": what the reader posted, seen by the rep.
  'saw|seen|noticed|spotted your ~1 post|posts|story|stories|photos|pictures|pics',
]);
/**
 * Whether the reader has a family at all: "Do you have kids?", "Have you got children?", "Do you
 * have a family too?", "How many children do you have?". It asks a new contact to tell their own
 * marriage and children (a childless or single reader has to say so), so a reader in between minds
 * it as their own life, not as passing family talk. (The topic lexicon keeps out "a family of products".)
 */
const FAMILY_STATUS = phrases([
  'do|does you have ~1 kid|kids|child|children|family|wife|husband|spouse',
  'have you get ~1 kid|kids|child|children|family',
  'how many kid|kids|child|children',
  'are you a mom|mum|dad|father|mother|parent',
]);
/** Where "Do you have kids ..." ends: the question itself, not "kids' sizes" or "a family plan". */
const STATUS_END =
  /^(?:\s+(?:too|yet|already|yourself|at\s+home|of\s+your\s+own|as\s+well|now|do\s+you\s+have|you\s+have))?\s*(?:[?.!,;:]|$|\s+(?:and|or)\b)/i;

function familyStatus(draft: AnalyzedText, first: number, to: number): boolean {
  return FAMILY_STATUS.find(draft, first, to).some(
    (m) =>
      STATUS_END.test(draft.text.slice(m.end)) &&
      topicHits(draft, m.firstToken, m.endToken).some((h) => h.topic === 'family'),
  );
}
/** Their children's ages: as private as their own, though it asks about the children, not the reader. */
const CHILD_AGE = phrases(['how old are|is ~1 your|the ~1 kids|children|son|daughter|boys|girls|twins|baby']);
/**
 * A spouse the rep has not met: "How's your wife doing?". Private for a reader in between as much
 * as age or money, though less pointed.
 */
const SPOUSE = phrases(['your wife|husband|spouse']);
/**
 * Where a business contact does not ask after a man's wife (the Gulf): a spouse question there
 * intrudes as much as age or marriage.
 */
const SPOUSE_PRIVATE = new Set(['SA', 'AE', 'QA', 'KW', 'BH', 'OM']);
/**
 * Greetings sent to the reader's family: "say hi to your wife and kids", "my regards to Madam",
 * "hugs to the family". From a new contact, the reader's family is no business of theirs yet.
 */
const FAMILY_GREETING = phrases([
  'regards|greetings|hi|hello|love|hug|hugs|kisses|wishes ~3 to your ~1 wife|husband|spouse|family|kids|children|missus',
  'regards|greetings|hi|hello|love|hug|hugs|kisses|wishes ~3 to madam',
  'regards|greetings|hi|hello|love|hug|hugs|kisses|wishes ~3 to the missus|wife|kids|family',
]);
/**
 * "Your husband and kids must be so proud": the reader's family taken for granted in a remark, a
 * liberty like a question about them when the reader never mentioned them.
 */
const FAMILY_ASSUMED = phrases(['your wife|husband|spouse|kids|children ~3 must|surely']);
/** Their wife or husband, in a family greeting ("Madam": the wife of a senior man, in Indian English). */
const SPOUSE_GREETED = /\b(?:wife|husband|spouse|missus|madam)\b/i;
/** The client's own spouse, named in their own words: a greeting to them then answers the client. */
const OWN_SPOUSE = /\bmy\s+(?:wife|husband|spouse)\b/i;
/** A child the draft has just mentioned: "the little one", "your son", "the kids", "maternity leave". */
const CHILD_MENTIONED =
  /\b(?:baby|babies|little\s+ones?|newborn|sons?|daughters?|kids?|children|child|twins|maternity|paternity|parental\s+leave|toddlers?)\b/i;
/** Topics that are private life rather than ordinary small talk (weather, travel and hobbies are fine). */
const PRIVATE_TOPICS = new Set(['family', 'life-event', 'loss', 'feelings', 'health']);
const JOKE =
  /\b(?:ha(?:ha)+|he(?:he)+|lol|lmao|rofl|jk|just kidding)\b|[:;]-?[)D](?!\w)|\p{Extended_Pictographic}/giu;
/** The same markers, for a yes-or-no test (JOKE is global, so it keeps state between tests). */
const JOKE_TEST = new RegExp(JOKE.source, 'iu');
/** Address that is casual or intimate for a new business contact: "Hey Kenji!", "my dear". */
// "Hello dear Hiroshi", "Good morning dear": "dear" after a greeting is an endearment (in West
// African and South Asian English), not the letter's "Dear Mr. ...".
const CASUAL_ADDRESS =
  /^\s*(?:hey|yo|hiya|howdy)\b|\b(?:my dear|dear friend|buddy|mate|pal|dude)\b|^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening|day))\W+dear\b/i;
/**
 * Endearments and hugs sent to a new business contact: "Mikko querido", "big hug!", "kisses from
 * Rio", "beijos". Warm among friends; from someone met once, the familiarity is at least a warning
 * (not more by itself: the rest of the draft decides an error).
 */
const ENDEARMENT = /\b(?:querid[oa]|darling|sweetie|big\s+hugs?|xoxo|besos|beijos|bisous|kisses)\b/i;
/** The client's own formal address ("Dear Ms Ivanova", "Tanaka-san"): they keep distance, whatever the country. */
const FORMAL_ADDRESS =
  /\b(?:Mr|Ms|Mrs|Dr|Dra|Sr|Sra|Srta|Herr|Frau|Prof|Profa|Dott|Mme|Mlle)\.?\s+\p{Lu}|\p{L}+-san\b/u;

/**
 * Asking leave to use a first name or a nickname: "can I call you Jae?", "may I call you that?";
 * not a phone call ("Can I call you Monday?", "can I call you at 3?"). Case-sensitive: the name is
 * capitalised.
 */
const ADDRESS_ASK =
  /\b(?:[Cc]an|[Mm]ay|[Cc]ould|[Ss]hould)\s+[Ii]\s+call\s+you\s+(?:that\b|by\s+your\s+first\s+name|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Tonight|Later|Now|Back|Again|ASAP)\b)\p{Lu}[\p{L}’'-]*)/u;

/**
 * Honorifics written after a name (Japanese -san/-sama/-sensei, Korean -nim/-ssi): respectful address,
 * hyphenated or not ("Watanabe-san", "Watanabe san", "Kim Min-jun nim").
 */
const HONORIFIC_SUFFIX = /^(?:[-‐]|\s+)?(?:san|sama|sensei|shi|dono|nim|ssi)\b/i;

/**
 * The client's own register is casual: every note of theirs opens in lower case ("got them, all
 * good"), or they use emoji or laughter themselves. A smiley back matches their tone.
 */
function casualRegister(clientMessages: AnalyzedMessage[]): boolean {
  if (clientMessages.length === 0) return false;
  return (
    clientMessages.some((m) => JOKE_TEST.test(m.text.text)) ||
    clientMessages.every((m) => /^\s*\p{Ll}/u.test(m.text.text))
  );
}

type Kind = 'question' | 'greeting' | 'remark' | 'joke' | 'first-name';
interface Familiarity {
  kind: Kind;
  /** A question private anywhere: age, money, marriage, beliefs. */
  pointed?: boolean;
  /** About the reader's wife or husband. */
  spouse?: boolean;
  /** About the reader's own private life or marriage (age, money, romance, a spouse), not their children. */
  own?: boolean;
  /** Pointed, or about a spouse: what a reader in between minds. */
  privateAnywhere?: boolean;
  /** Asked about private life the rep says they looked up online. */
  lookedUp?: boolean;
  span: Span;
  fix: { action: 'replace' | 'remove'; text: string };
}

/**
 * "I hope your wife liked the vase. Does she prefer modern design?": a question about the spouse
 * the sentence before named, by pronoun.
 */
function aboutNamedSpouse(ctx: RuleContext, q: Span): boolean {
  const draft = ctx.draft.text;
  const k = draft.sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
  const before = k > 0 ? draft.sentences[k - 1] : undefined;
  return (
    before !== undefined &&
    SPOUSE.test(draft, before.firstToken, before.endToken) &&
    /\b(?:she|he|her|him)\b/i.test(draft.text.slice(q.start, q.end))
  );
}

/**
 * "Hope the little one lets you sleep. How old is he now?": the age of a child the sentence before
 * brought up, by pronoun, as private as "How old are your kids?".
 */
function childsAge(ctx: RuleContext, q: Span): boolean {
  const draft = ctx.draft.text;
  const k = draft.sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
  const before = draft.text.slice(0, draft.sentences[k]?.start ?? q.start);
  return (
    /\bhow\s+old\s+(?:is|are)\s+(?:he|she|they|him|her)\b/i.test(draft.text.slice(q.start, q.end)) &&
    CHILD_MENTIONED.test(before)
  );
}

/** "Must be tough with the kids home. How many do you have?": how many children, the kids named just before. */
function kidsCount(ctx: RuleContext, q: Span): boolean {
  const draft = ctx.draft.text;
  return (
    HOW_MANY_OWN.test(draft.text.slice(q.start, q.end)) &&
    CHILD_MENTIONED.test(draft.text.slice(Math.max(0, q.start - 80), q.end))
  );
}

/** Leisure questions ("what do you get up to on weekends?"), counted only beside another familiarity. */
function leisureQuestions(ctx: RuleContext): Familiarity[] {
  const draft = ctx.draft.text.text;
  return draftCues(ctx, 'question')
    .filter((q) => LEISURE.test(draft.slice(q.start, q.end)))
    .map((q) => ({
      kind: 'question' as const,
      span: { start: q.start, end: q.end },
      fix: { action: 'remove' as const, text: '' },
    }));
}

/**
 * "I saw on your Instagram you were in Madeira, how was it?", "I saw your post about your maternity
 * leave. Boy or girl?": a question in the sentence that tells of private life looked up online, or
 * in the one after it, asks about that life, whatever its own words.
 */
function aboutLookedUp(ctx: RuleContext, q: Span): boolean {
  const draft = ctx.draft.text;
  const k = draft.sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
  return draft.sentences.slice(Math.max(0, k - 1), k + 1).some((s) => {
    const found = LOOKED_UP.find(draft, s.firstToken, s.endToken)[0];
    if (!found || found.start >= q.end) return false;
    // What was looked up must be the reader's life (a trip, family, a leave), not a business post:
    // read from the lookup ("your holiday photos") to the end of the question, which may hold it.
    const [, to] = tokenRange(draft, { start: 0, end: q.end });
    return (
      topicHits(draft, found.firstToken, Math.max(found.endToken, to)).length > 0 ||
      CHILD_MENTIONED.test(draft.text.slice(found.start, q.end))
    );
  });
}

function privateQuestions(ctx: RuleContext, lookedUp: boolean): Familiarity[] {
  const draft = ctx.draft.text;
  // Not only the cues marked personal: "How old are you?" has no small-talk wording to mark it.
  return draftCues(ctx, 'question')
    .filter((q) => {
      const first = draft.tokens.findIndex((t) => t.start >= q.start);
      const end = draft.tokens.findIndex((t) => t.start >= q.end);
      const to = end < 0 ? draft.tokens.length : end;
      return (
        PRIVATE.test(draft, first, to) ||
        HOME_PRICE.test(draft.text.slice(q.start, q.end)) ||
        familyStatus(draft, first, to) ||
        kidsCount(ctx, q) ||
        CHILD_AGE.test(draft, first, to) ||
        SPOUSE.test(draft, first, to) ||
        aboutNamedSpouse(ctx, q) ||
        childsAge(ctx, q) ||
        (lookedUp && aboutLookedUp(ctx, q)) ||
        topicHits(draft, first, to).some(
          // After "I saw on Instagram you got married", the honeymoon is as private as the wedding.
          (h) => (PRIVATE_TOPICS.has(h.topic) || lookedUp) && (h.strong || h.topic === 'health'),
        )
      );
    })
    .map((q) => {
      const [first, to] = tokenRange(draft, q);
      const status = familyStatus(draft, first, to) || kidsCount(ctx, q);
      const wealth = HOME_PRICE.test(draft.text.slice(q.start, q.end));
      const privateOwn = PRIVATE.test(draft, first, to);
      const pointed = privateOwn || CHILD_AGE.test(draft, first, to) || childsAge(ctx, q);
      const spouse = SPOUSE.test(draft, first, to) || aboutNamedSpouse(ctx, q);
      return {
        kind: 'question' as const,
        span: { start: q.start, end: q.end },
        fix: { action: 'replace' as const, text: 'I hope you and your team are doing well.' },
        pointed,
        spouse,
        // Whether they have a family is their own life: a reader in between minds it, as a warning.
        own: privateOwn || spouse || status || wealth,
        privateAnywhere: pointed || spouse || status || wealth,
      };
    });
}

/**
 * Greetings to the reader's family, and remarks that take it for granted: private family talk, the
 * spouse private anywhere (a spouse assumed is as pointed as one asked after). A remark is quoted
 * and removed as its whole sentence.
 */
function familyGreetings(ctx: RuleContext): Familiarity[] {
  const draft = ctx.draft.text;
  const greetings = FAMILY_GREETING.find(draft).map((m) => ({
    span: { start: m.start, end: m.end },
    remark: false,
  }));
  const remarks = FAMILY_ASSUMED.find(draft).flatMap((m) => {
    const s = draft.sentences.find((x) => x.start <= m.start && m.end <= x.end);
    return s ? [{ span: { start: s.start, end: s.end }, remark: true }] : [];
  });
  return [...greetings, ...remarks].map(({ span, remark }) => {
    const spouse = SPOUSE_GREETED.test(draft.text.slice(span.start, span.end));
    return {
      kind: remark ? ('remark' as const) : ('greeting' as const),
      span,
      fix: { action: 'remove' as const, text: '' },
      pointed: remark && spouse,
      spouse,
      own: spouse,
      privateAnywhere: spouse,
    };
  });
}

/** "👍", "👌": a sign for "OK", not a joke. */
const OK_SIGN = /^(?:👍|👌|✅|✔️?)/u;

/** A plain smile: 🙂, 😊, ":)". Not laughter or a wink. */
const SMILE = /^(?:🙂|😊|☺️?|:-?\))$/u;
/**
 * "Maybe we keep the option open? Just an idea, you tell me 🙂": one smile closing a tentative
 * proposal softens it, as a hedge does; it jokes about nothing (unless the client writes formally).
 */
function softeningSmile(ctx: RuleContext, at: number, mark: string): boolean {
  if (!SMILE.test(mark)) return false;
  // A client who writes "Dear Mr. ..." keeps a register where any emoji is familiar.
  if (ctx.analysis.messages.some((m) => m.author.role === 'client' && FORMAL_ADDRESS.test(m.text.text)))
    return false;
  // "Congrats on the new role, well deserved!" -> "Thank you so much, see you there 🙂": a smile
  // returning the client's own congratulations or praise answers their warmth in its register.
  const last = ctx.analysis.answered.at(-1);
  if (last && strongWarmth(last.text, last.cues)) return true;
  const sentences = ctx.draft.text.sentences;
  // A closing emoji may stand past its sentence's end: it belongs to the sentence before it.
  const within = sentences.findIndex((s) => s.start <= at && at < s.end);
  const k = within >= 0 ? within : sentences.filter((s) => s.start <= at).length - 1;
  const near = sentences.slice(Math.max(0, k - 1), k + 1);
  // "I can also send you our DPA if your DPO needs it 🙂": an offer the reader may take or leave.
  if (near.some((s) => OFFER.test(s.text))) return true;
  return draftCues(ctx, 'hedge', 0.6).some((h) => near.some((s) => s.start <= h.start && h.start < s.end));
}

/** An offer of help the reader may take or leave: "I can also send ... if you need it", "happy to help". */
const OFFER =
  /\b(?:(?:i|we)\s+(?:can|could)\s+(?:also\s+)?(?:send|share|set\s+up|arrange|walk|help)\b[^.!?]*\bif\b|(?:happy|glad)\s+to\s+help)/i;

function jokes(ctx: RuleContext): Familiarity[] {
  // The rep smiled before and the client wrote back as usual: the thread's register is set.
  const messages = ctx.analysis.messages;
  const smiled = messages
    .map((m) => m.author.role === 'rep' && JOKE_TEST.test(m.text.text))
    .lastIndexOf(true);
  if (smiled >= 0 && messages.slice(smiled + 1).some((m) => m.author.role === 'client')) return [];
  const marks = [...ctx.draft.text.text.matchAll(JOKE)];
  return marks
    .filter((m) => !OK_SIGN.test(m[0]))
    .filter((m) => !(marks.length === 1 && softeningSmile(ctx, m.index, m[0])))
    .map((m) => {
      // Take the space before the marker with it, so "Great haha." becomes "Great."
      const start = m.index - (ctx.draft.text.text[m.index - 1] === ' ' ? 1 : 0);
      return {
        kind: 'joke' as const,
        span: { start, end: m.index + m[0].length },
        fix: { action: 'remove' as const, text: '' },
      };
    });
}

function firstNameAddress(ctx: RuleContext, clientMessages: AnalyzedMessage[]): Familiarity[] {
  const formal = clientMessages.some((m) => FORMAL_ADDRESS.test(m.text.text));
  const name = clientName(ctx);
  if (name === ctx.reader.name.trim()) return [];
  // Where meaning and rank live in how people are addressed (Japan, Korea, China), a first name
  // the client never offered (they neither signed with theirs nor used ours) is a liberty in the
  // first exchanges, even when they wrote no "Mr." themselves.
  // "dear ji-yeon" typed in lower case uses the name the client signed as "Ji-yeon".
  const said = (n: string) =>
    clientMessages.some((m) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i').test(m.text.text));
  // A signature with the full name ("Park Min-ji", "Kenji Tanaka") offers no given name alone.
  const fullName = ctx.reader.name.trim();
  const offered = (said(name) && !said(fullName)) || said(firstName(ctx.writer));
  const highContextNew = ctx.relationship.stage === 'new' && isHighContext(ctx.readerCulture) && !offered;
  if (!formal && !highContextNew) return [];
  // Where address carries less rank (Germany, the Netherlands), a first name in an otherwise
  // business letter is a matter of style; with small talk the client did not invite ("How was your
  // weekend?"), a casual "mate" or a joke, it adds to the familiarity.
  const highContext = isHighContext(ctx.readerCulture);
  const personalTalk =
    draftCues(ctx, 'question').some((q) => q.about === 'personal') ||
    CASUAL_ADDRESS.test(ctx.draft.text.text) ||
    JOKE_TEST.test(ctx.draft.text.text);
  if (!highContext && !personalTalk) return [];
  // The salutation and its punctuation: "Hi Kenji!" becomes "Dear Kenji Tanaka,".
  // Any one part of the name, bare: where the family name comes first ("Kim Min-jun", "Yoshida
  // Mariko") the given name is the last part, and "Hi Mariko" is as familiar as "Hi Kenji".
  // "Jae" for "Jae-ho": the first part of a hyphenated given name is as bare as the whole.
  const hyphenated = ctx.reader.name
    .trim()
    .split(/\s+/)
    .flatMap((p) => (p.includes('-') ? [p.split('-')[0]!] : []))
    .filter((p) => p.length >= 3);
  const parts = [...new Set([name, ...ctx.reader.name.trim().split(/\s+/), ...hyphenated])].filter(
    (p) => p.length >= 2,
  );
  const opening = new RegExp(
    `^(\\s*)((?:(hi|hey|hello|dear|thanks|thank you|cheers|g'day|g’day|good morning|good afternoon|morning|hiya|hallo|hola|querid[oa]|car[oa]|ciao|bonjour|olá|oi)(?:,?\\s+dear)?,?\\s+)?(?:${parts.map(escapeRegExp).join('|')})\\b)([!,.])?`,
    'i',
  ).exec(ctx.draft.text.text);
  if (!opening) {
    // "Hi Minnie (can I call you that?)": a nickname or first name the rep asks to use, which a
    // client who keeps distance has not offered. Asking does not make it less of a liberty.
    const ask = ADDRESS_ASK.exec(ctx.draft.text.text);
    return ask
      ? [
          {
            kind: 'first-name',
            span: { start: ask.index, end: ask.index + ask[0].length },
            fix: { action: 'remove', text: '' },
          },
        ]
      : [];
  }
  // "Dear Yamada-san": a name with an honorific after it is the formal address (and, in a name
  // written family name first, the part before the honorific is the family name).
  if (HONORIFIC_SUFFIX.test(ctx.draft.text.text.slice(opening[0].length))) return [];
  const used = opening[2]!.slice(opening[3] ? opening[2]!.search(/\s\S+$/) + 1 : 0);
  // "Dear Kenji Tanaka" is the full name, not a first name; so is "dear kenji tanaka" typed in
  // lower case (chat style): the capitals do not make the address more or less formal.
  const after = ctx.draft.text.text.slice(opening[1]!.length + opening[2]!.length - used.length);
  if (after.toLowerCase().startsWith(fullName.toLowerCase())) return [];
  // "Kind regards, Fiona" offers the name; "Yoshida Mariko" under a formal letter does not.
  if (said(used) && !said(fullName)) return [];
  // A name the rep already used, which the client then answered without a "Dear Mr.", is settled.
  const messages = ctx.analysis.messages;
  const settled = messages.some(
    (m, i) =>
      m.author.role === 'rep' &&
      new RegExp(`^\\W*(?:\\w+\\s+)?${escapeRegExp(used)}\\b`, 'i').test(m.text.text) &&
      messages.slice(i + 1).some((later) => later.author.role === 'client'),
  );
  if (settled && !formal) return [];
  // "Thanks Katrin!" keeps the thanks: "Thank you, Katrin Weber."
  const thanks = /^thank/i.test(opening[3] ?? '');
  return [
    {
      kind: 'first-name',
      span: { start: opening[1]!.length, end: opening[0].length },
      fix: {
        action: 'replace',
        text: thanks
          ? `Thank you, ${fullName}${opening[4] ? '.' : ''}`
          : `Dear ${fullName}${opening[4] ? ',' : ''}`,
      },
    },
  ];
}

const WHAT: Record<Kind, Text> = {
  question: { en: 'a personal question', ru: 'личный вопрос' },
  greeting: { en: "a greeting to the client's family", ru: 'привет семье клиента' },
  remark: {
    en: "a remark that takes the client's family for granted",
    ru: 'замечание о семье клиента, о которой он не говорил',
  },
  joke: { en: 'a joke or emoji', ru: 'шутка или эмодзи' },
  'first-name': { en: 'a first name', ru: 'обращение по имени' },
};

function why(ctx: RuleContext) {
  const w = ctx.writerCulture;
  const r = ctx.readerCulture;
  const writerOpen = w ? w.rapport.openness.value === 'peach' : false;
  const writer = writerOpen
    ? text(
        `${capitalise(inCulture(w, 'en'))} a personal question, a first name or a light joke is a friendly way to build rapport quickly, even with a new contact.`,
        `${capitalise(inCulture(w, 'ru'))} личный вопрос, обращение по имени или лёгкая шутка — дружеский способ быстро наладить контакт, даже с новым знакомым.`,
      )
    : text(
        'A personal touch can feel like a friendly way to build rapport.',
        'Личная нотка может казаться дружеским способом наладить контакт.',
      );
  const reader = r
    ? text(
        `${manyClients(r, 'en')} keep private life private until trust has been built over time; from a new business contact, a question about family, a first name or a joke can feel intrusive or flippant rather than friendly.`,
        `${manyClients(r, 'ru')} не обсуждают личную жизнь, пока доверие не выстроено со временем; от нового делового партнёра вопрос о семье, обращение по имени или шутка могут показаться навязчивыми или несерьёзными, а не дружескими.`,
      )
    : text(
        'Some clients keep private life private until they know you well; from a new business contact, a personal question can feel intrusive.',
        'Некоторые клиенты не обсуждают личное, пока не узнают вас ближе; от нового делового партнёра личный вопрос может показаться навязчивым.',
      );
  const sources = sourcesOf(
    r?.rapport.selfDisclosureToNewContacts.sources,
    r?.rapport.openness.sources,
    r?.levels.powerDistance?.value === 'high' ? r.levels.powerDistance.sources : [],
    writerOpen ? w?.rapport.openness.sources : [],
  );
  return { why: { writer, reader }, sources };
}

export default defineRule({
  meta: {
    id: 'over-familiar',
    defaultSeverity: 'warning',
    scope: 'draft',
    docs: {
      summary: {
        en: 'Personal questions, a first name or jokes too early, for a reader who keeps private life private until trust is built.',
        ru: 'Личные вопросы, обращение по имени или шутки слишком рано — для читателя, который не обсуждает личное, пока не сложилось доверие.',
      },
      details: {
        en: 'In some business cultures ("peaches": friendly at once) personal questions and first names build rapport from the first email; in others ("coconuts": reserved until trust is built) they come only after a relationship has formed (Lewin 1936; Meyer 2014). This rule fires while the relationship is new or only acquainted, for a reader whose culture keeps private life private, on questions about family, health, age, money or beliefs, on jokes and emoji, and on a first name when the client addresses people formally. Weather, travel and "How are you?" are ordinary small talk. A client who has already shared personal news, or asked about yours, has opened the door to that talk: only what is private anywhere (age, money, marriage, a spouse they never mentioned) is still flagged, as a warning. Greetings sent to the family of a reader who never mentioned them, or a remark that takes that family for granted ("your husband must be so proud"), count as family talk. Severity rises with a hierarchical culture, a casual "Hey" or "my dear", and with what a question intrudes on: an error is kept for the private anywhere (age, money, marriage, the age of a child) asked at first contact, or a wife asked after where that is not done, while family or a holiday is a warning; a formal client raises the weight of a first name, jokes and emoji, not of the topic of a question; a reader from a culture in between minds only the questions that are private anywhere, and one on their own life or marriage as a reserved reader minds family talk; a question beside a first name or a joke weighs more, up to a warning. A client who writes "Dear Mr. ..." keeps their distance whatever the country: a bare given name (the last part in "Sato Yumiko") is too familiar, unless they signed with it alone. Where address carries less rank than in high-context cultures, a first name in an otherwise business reply is style, not a finding; with uninvited small talk, a casual "mate" or a joke it adds to the familiarity.',
        ru: 'В одних деловых культурах («персики»: дружелюбны сразу) личные вопросы и обращение по имени помогают наладить контакт с первого письма; в других («кокосы»: сдержанны, пока не возникло доверие) они уместны лишь когда отношения сложились (Lewin 1936; Meyer 2014). Правило срабатывает, пока отношения новые или только начались, для читателя, чья культура не выносит личное на деловой уровень: на вопросы о семье, здоровье, возрасте, деньгах или убеждениях, на шутки и эмодзи и на обращение по имени, когда клиент сам обращается формально. Погода, поездки и «Как дела?» — обычная светская беседа. Если клиент уже делился личным или спрашивал о вашем, дверь для такого разговора открыта: отмечается лишь личное везде (возраст, деньги, брак, супруг, о котором он не упоминал), как предупреждение. Приветы семье читателя, который о ней не упоминал, и замечания, принимающие эту семью как данность («ваш муж, наверное, так гордится»), считаются разговором о семье. Серьёзность растёт, если культура иерархична, обращение фамильярно («Hey», «my dear»), и с тем, насколько вопрос вторгается в личное: ошибкой остаётся личное везде (возраст, деньги, брак, возраст ребёнка) при первом контакте или вопрос о жене там, где так не принято, а семья или отпуск — предупреждение; формальный стиль клиента усиливает вес имени, шуток и эмодзи, а не темы вопроса; читатель из «промежуточной» культуры против только тех вопросов, которые личные везде, а вопрос о его собственной жизни или браке воспринимает так, как сдержанный читатель — разговор о семье; вопрос рядом с обращением по имени или шуткой весит больше, до предупреждения. Клиент, который пишет «Dear Mr. ...», держит дистанцию независимо от страны: голое личное имя (последняя часть в «Sato Yumiko») слишком фамильярно, если только он сам не подписался им. Там, где обращение значит меньше, чем в высококонтекстных культурах, имя в чисто деловом ответе — вопрос стиля, а не замечание; вместе с непрошеной болтовнёй, фамильярным «mate» или шуткой оно добавляет фамильярности.',
      },
    },
    sources: ['LEWIN36', 'MEY14HBR', 'MEY16FC', 'HOF15'],
  },
  check(ctx) {
    const stage = ctx.relationship.stage;
    if (stage === 'friendly' || stage === 'close') return [];
    // A client who shared some news of their own (a trip, a daughter's graduation given as why they
    // are away) has opened the door to that, not to what is private anywhere: their age, money,
    // marriage, or a wife they never mentioned.
    const opened = ctx.client.personable || ctx.relationship.clientPersonalMessages > 0;
    const r = ctx.readerCulture;
    const clientMessages = ctx.analysis.messages.filter((m) => m.author.role === 'client');
    // The client's own writing outranks the profile: one from an open culture who writes "Dear Mr.
    // Bellini" in every message and has shared nothing keeps their distance, as a reader in between.
    const keepsDistance =
      !opened && clientMessages.length >= 2 && clientMessages.every((m) => FORMAL_ADDRESS.test(m.text.text));
    const open = r
      ? (r.rapport.openness.value === 'peach' || r.rapport.selfDisclosureToNewContacts.value === 'high') &&
        !keepsDistance
      : false;
    const reserved = r
      ? r.rapport.selfDisclosureToNewContacts.value === 'low' || r.rapport.openness.value === 'coconut'
      : undefined;
    // A reader from an open culture welcomes this. A reader in between (Korea, India, Britain) minds
    // only questions that are private anywhere (age, money, marriage); for an unknown one every private question counts.
    // Family or a wedding the rep found online, asked about by a new contact, is intrusive for any
    // reader: even an open one did not tell it to them.
    const lookedUp = stage === 'new' && LOOKED_UP.test(ctx.draft.text);
    const questions = [
      ...privateQuestions(ctx, lookedUp).map((q) => (lookedUp ? { ...q, lookedUp } : q)),
      ...familyGreetings(ctx),
    ];
    // Even a reader from an open culture, who has shared nothing, minds marriage, age or money asked
    // by someone they have just met: that is private anywhere, not rapport.
    if (open && !lookedUp) {
      if (stage !== 'new' || opened || !questions.some((q) => q.pointed)) return [];
    }
    const privateAnywhere = questions.filter((q) => q.privateAnywhere || q.lookedUp);
    // A client who writes "Dear Mr. Reed" keeps their distance whatever their country's profile.
    const formal = clientMessages.some((m) => FORMAL_ADDRESS.test(m.text.text));
    const spouseMentioned = clientMessages.some((m) => OWN_SPOUSE.test(m.text.text));
    const found: Familiarity[] = opened
      ? questions.filter((q) => (q.pointed || q.spouse) && !(q.spouse && spouseMentioned))
      : open
        ? questions
        : [
            ...(reserved === false ? privateAnywhere : questions),
            ...(reserved && !casualRegister(clientMessages) ? jokes(ctx) : []),
            // firstNameAddress weighs the reader's culture itself: a reader in between keeps their
            // given name for those they offered it to where address carries rank (Korea).
            ...firstNameAddress(ctx, clientMessages),
          ];
    // A leisure question weighs itself up beside them, but does not raise a first name or a joke.
    const before = found.length;
    // Familiarity adds up: a leisure question beside a first name or a joke the client did not invite.
    if (
      !opened &&
      !open &&
      stage === 'new' &&
      found.some((f) => f.kind === 'first-name' || f.kind === 'joke') &&
      !casualRegister(clientMessages)
    )
      found.push(...leisureQuestions(ctx).filter((l) => !found.some((f) => f.span.start === l.span.start)));
    if (found.length === 0) return [];
    const hierarchical = r?.levels.powerDistance?.value === 'high';
    const casual = CASUAL_ADDRESS.test(ctx.draft.text.text);
    const endearment = ENDEARMENT.test(ctx.draft.text.text);
    const { why: reasons, sources } = why(ctx);
    const name = clientName(ctx);
    const draft = ctx.draft.text.text;
    const spousePrivate = SPOUSE_PRIVATE.has(ctx.reader.culture ?? '');
    return found.map((item): Finding => {
      // A question is weighed by what it intrudes on and how early: an error is kept for what is
      // private anywhere (age, money, marriage, a child's age) asked at first contact, or a wife asked
      // after where that is not done; family, children or a holiday with them is a warning, however
      // formal the client (their formal address weighs on a first name, not on a question's topic).
      // A reader in between minds a question on their own life or marriage as a reserved one minds
      // family talk. Beside another familiarity (a first name, a joke, a second question) a question
      // weighs more, up to a warning: the error stays kept for what is private anywhere.
      const questionScore =
        (reserved || item.own ? 1 : 0) +
        (stage === 'new' ? 1 : 0) +
        1 +
        (item.pointed ? (stage === 'new' ? 2 : 1) : 0) +
        (item.spouse && spousePrivate ? 2 : 0) +
        (hierarchical ? 1 : 0) +
        (casual ? 1 : 0);
      const asked = item.kind === 'question' || item.kind === 'greeting' || item.kind === 'remark';
      const score = asked
        ? found.length >= 2 && questionScore < 3
          ? questionScore + 1
          : questionScore
        : (reserved ? 1 : 0) +
          (stage === 'new' ? 1 : 0) +
          (formal ? 1 : 0) +
          (hierarchical ? 1 : 0) +
          (casual ? 1 : 0) +
          // Familiarity adds up: a joke beside a first name, or one smiley after another, weighs more
          // than either alone.
          (before >= 2 ? 1 : 0);
      // A client who shared news of their own has let some personal talk in: what goes past it is a
      // warning, not an error.
      const scored = severityFromScore(score, opened ? Number.POSITIVE_INFINITY : 5, asked ? 3 : 4);
      const quoted = draft.slice(item.span.start, item.span.end).trim();
      // Not "Mariko may find a first name too familiar": the full name, as the reader may prefer it.
      const who = item.kind === 'first-name' ? ctx.reader.name.trim() : name;
      return {
        ruleId: 'over-familiar',
        // A reader whose culture has no profile is weighed on what the draft and the thread show
        // (a pointed question, casual address, a formal client, a new contact), as one in between.
        // Private life looked up online and asked about, or an endearment, is at least a warning.
        severity: (item.lookedUp || endearment) && scored === 'suggestion' ? 'warning' : scored,
        message: {
          en: `"${quoted}" is ${WHAT[item.kind].en} early in the relationship; ${who} may find it too familiar.`,
          ru: `«${quoted}» — ${WHAT[item.kind].ru} в самом начале отношений; клиенту (${who}) это может показаться фамильярным.`,
        },
        span: item.span,
        evidence: [],
        why: reasons,
        fix: { ...item.fix, span: item.span },
        confidence: item.kind === 'first-name' ? 0.6 : 0.8,
        sources,
      };
    });
  },
});
