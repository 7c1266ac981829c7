/**
 * ignored-disclosure: the client shared personal news (family, a trip, health, a life event) and
 * the reply does not acknowledge it. The founding case: "I took my family and kids to the
 * Lakeside" answered with "So, do you want to buy our product?".
 */

import type { AnalyzedMessage } from '../analysis.ts';
import { addressedNames } from '../cues/acknowledgement.ts';
import { businessTerms } from '../cues/business-ask.ts';
import type { Cue, DisclosureTopic } from '../cues/types.ts';
import { capitalise, inCulture, manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import { acknowledgeDisclosure, sympathise } from '../rewrite/acknowledge.ts';
import type { AnalyzedText, Sentence } from '../text/analyze.ts';
import { CALENDAR } from '../text/calendar.ts';
import {
  answeredCues,
  COMPANY_PLACE,
  clientName,
  draftCues,
  escapeRegExp,
  evidenceOf,
  HOSPITALITY,
  INVITATION,
  isBusinessNews,
  isGraveNews,
  isLifeNews,
  OWN_JOB_LOSS,
  OWN_LIFE,
  openingSpan,
  ownApologyOnly,
  partyNameWords,
  REACTION_WORDS,
  readerExpectsAcknowledgement,
  tokenRange,
  topicName,
} from './helpers.ts';
import { defineRule, type Finding, type RuleContext, type Severity } from './types.ts';
import { EMOJI, HOLIDAY_WISH, LAUGHTER } from './warmth.ts';

function why(ctx: RuleContext, openedUpBefore: boolean) {
  const w = ctx.writerCulture;
  const r = ctx.readerCulture;
  const name = clientName(ctx);
  const writerReserved = w
    ? w.rapport.selfDisclosureToNewContacts.value === 'low' || w.rapport.openness.value === 'coconut'
    : false;
  const writer = writerReserved
    ? text(
        `${capitalise(inCulture(w, 'en'))} it is common not to take a business partner's time with private matters until you know each other well: leaving the news alone can feel tactful, and going straight to business can feel like respect for their time.`,
        `${capitalise(inCulture(w, 'ru'))} принято не занимать время делового партнёра личными темами, пока вы не знакомы близко: промолчать о его новостях кажется тактичным, а сразу перейти к делу — знаком уважения к его времени.`,
      )
    : text(
        'You may have wanted to keep the reply short and on business.',
        'Возможно, вы хотели ответить коротко и по делу.',
      );
  const readerOpen = r
    ? r.rapport.openness.value === 'peach' ||
      r.rapport.personalNewsFromCounterpart.value === 'acknowledge-warmly'
    : true;
  const reader = text(
    [
      readerOpen
        ? `${manyClients(r, 'en')} share news like this as a bid for connection once a working relationship feels friendly; a reply that skips it can read as cold, as if only the deal matters.`
        : `Even where private life usually stays out of business, a client who shares it has chosen to; a brief, friendly line shows you listened, and skipping it can read as indifference.`,
      openedUpBefore
        ? `${name} has opened up in this thread before: what they write outranks any country profile.`
        : '',
    ],
    [
      readerOpen
        ? `${manyClients(r, 'ru')} делятся такими новостями, когда деловые отношения становятся дружескими: это приглашение к личному контакту. Ответ, который их обходит, может прочитаться как холодный — будто важна только сделка.`
        : 'Даже там, где личное обычно не смешивают с делами, клиент, который делится им, сделал это сам: короткая дружеская фраза покажет, что вы его услышали, а молчание может прочитаться как безразличие.',
      openedUpBefore
        ? `${name} уже делился личным в этой переписке: то, как пишет сам клиент, важнее любого странового профиля.`
        : '',
    ],
  );
  const sources = sourcesOf(
    r?.rapport.personalNewsFromCounterpart.sources,
    r?.rapport.openness.sources,
    writerReserved ? w?.rapport.selfDisclosureToNewContacts.sources : [],
  );
  return { why: { writer, reader }, sources };
}

export default defineRule({
  meta: {
    id: 'ignored-disclosure',
    defaultSeverity: 'warning',
    scope: 'draft',
    docs: {
      summary: {
        en: 'The client shared personal news (family, a trip, health, a life event) and the reply does not acknowledge it.',
        ru: 'Клиент поделился личной новостью (семья, поездка, здоровье, важное событие), а ответ её не замечает.',
      },
      details: {
        en: "Personal news in a business thread is an invitation: answering it with one or two warm, specific sentences before business keeps the relationship the deal rests on. Severity rises with the relationship (how long, how friendly), with how much the client has opened up before, with how weighty the news is, and with how strongly the reader's culture expects it to be acknowledged. The client's own behaviour outranks the country profile.",
        ru: 'Личная новость в деловой переписке — это приглашение: одна-две тёплые конкретные фразы перед делом сохраняют отношения, на которых держится сделка. Серьёзность растёт с длительностью и теплотой отношений, с тем, насколько клиент открывался раньше, с весом новости и с тем, насколько культура читателя ожидает отклика. Поведение самого клиента важнее странового профиля.',
      },
    },
    sources: ['MEY14HBR', 'MEY16FC', 'SHEL17'],
  },
  check(ctx) {
    // A line that takes up the news counts wherever it stands ("..., please send it. Sounds like
    // you had fun!"): placing it after the business is abrupt-pivot's concern, not ignoring it.
    // A weaker one counts only when it names no business matter: "Glad to hear the budget was
    // approved" answers the business news beside the personal one, not the marathon.
    const draft = ctx.draft.text;
    const acknowledgements = draftCues(ctx, 'acknowledgement', 0.6).filter((a) => {
      // "Welcome back." greets the return, not the baby or the honeymoon told with it.
      if ((a.triggers ?? []).length > 0 && (a.triggers ?? []).every((t) => WELCOME_BACK.test(t)))
        return false;
      if (a.confidence >= 0.8) return true;
      const [from, to] = tokenRange(draft, a);
      return businessTerms(draft, from, to).length === 0 && !namesClientBusiness(ctx, from, to);
    });
    if (acknowledgements.length === 0) return checkUnacknowledged(ctx, notReactedTo(ctx, told(ctx, 0.6)));
    // The reply speaks to some news: what is left is news in other messages it does not reach.
    const reached = new Set(
      acknowledgements.map((c) => c.acknowledges ?? ctx.analysis.answered.at(-1)?.index),
    );
    // "Going to Bahia with the kids" then "Back from Bahia with the kids": news told again and
    // answered where it was told last has been heard.
    const heard = told(ctx, 0.6).filter((d) => reached.has(d.message.index));
    // "My father is not well again, I fly to Recife" then "My father died on Sunday": a reply to the
    // later news of the same person has heard the earlier.
    const member = (d: Told) =>
      FAMILY_MEMBER.exec(d.message.text.text.slice(d.cue.start, d.cue.end))?.[0].toLowerCase();
    const retold = (d: Told) => {
      const person = member(d);
      return heard.some(
        (h) =>
          (h.cue.topic === d.cue.topic &&
            (h.cue.triggers ?? []).some((t) => (d.cue.triggers ?? []).some((u) => sameWord(t, u)))) ||
          (person !== undefined && person === member(h)),
      );
    };
    // "Weekend was lovely, we got out to the lake", then days later "my mom had a stroke": a reply
    // that meets the later, weightier news need not go back to the passing remark before it.
    const latest = Math.max(...[...reached].map((i) => (typeof i === 'number' ? i : -1)));
    const passedOver = (d: Told) =>
      typeof d.message.index === 'number' &&
      d.message.index < latest &&
      !isLifeNews(d.cue) &&
      !isGraveNews(d.cue);
    return checkUnacknowledged(
      ctx,
      told(ctx, 0.85).filter((d) => !reached.has(d.message.index) && !retold(d) && !passedOver(d)),
    );
  },
});

/** "my father", "our daughter": one member of the writer's family, named. */
const FAMILY_MEMBER =
  /(?<=\b(?:my|our)\s+)(?:father|mother|dad|mum|mom|son|daughter|wife|husband|brother|sister|grandmother|grandfather|partner)\b/i;

/**
 * "Oh no.", "Ah bummer mate.", "Wow, sorry about that.", "Condolences.": the reply reacts first.
 * So does naming the news for what it is ("Very sad news.") or wishing the person well ("I wish
 * him a fast recovery", "hope she's OK"): thin, perhaps, but heard.
 */
const REACTION = new RegExp(
  `^\\W*(?:(?:hi|hello|hey|dear)\\b[^,.!?]{0,40}[,.!]\\s*)?(?:${REACTION_WORDS}|sorry|so sorry|condolences|my condolences|(?:(?:very|so|such|what|really) )?(?:sad|terrible|awful|tragic|shocking|heartbreaking) news|(?:i|we) (?:wish|hope) (?:him|her|you|them|your \\w+) (?:a |an )?(?:fast|quick|speedy|full|good|swift) recovery|get well|(?:i |we )?(?:hope|hoping) (?:he|she|they|your \\w+)(?:'s|’s|'re|’re| is| are)? (?:ok|okay|alright|all right|fine|better|recovering|doing (?:ok|okay|well|better)))\\b`,
  'i',
);

/**
 * Bad news the reply reacts to before anything else ("Oh no.", "Wow, sorry about that.") has been
 * heard, however thinly: whether the reply then sells too soon, or stays too cold, is for
 * bad-news-pitch and cold-reply, not a second finding that it ignored the news.
 */
function notReactedTo(
  ctx: RuleContext,
  told: ReturnType<typeof answeredCues>,
): ReturnType<typeof answeredCues> {
  const opening = ctx.draft.text.sentences.find((s) => /[\p{L}]/u.test(s.text));
  const bad = answeredCues(ctx, 'bad-news', 0.8);
  const isBad = (d: Told) =>
    bad.some((b) => b.message === d.message && b.cue.start < d.cue.end && d.cue.start < b.cue.end);
  if (
    opening &&
    (((REACTION.test(opening.text) || laughsBack(ctx, opening)) && !ownApologyOnly(ctx, opening)) ||
      OPENS_LAUGHING.test(opening.text))
  )
    // "...jammed more times than Ireland has lost at rugby" -> "Ouch, that's a low blow": a quip
    // or a passing remark is answered by reacting to it; so is a joke the client told laughing,
    // whatever its words ("stop sending us beach photos, it's raining here 😂" -> "Haha, promise").
    return told.filter(
      (d) =>
        !(d.cue.topic !== undefined && PASSING.has(d.cue.topic)) &&
        !(toldLaughing(d) && !isLifeNews(d.cue) && !isGraveNews(d.cue)) &&
        !isBad(d),
    );
  // Bad news met anywhere in the reply by a line of feeling with no business in it ("What a
  // terrible week.", "Horrible news, John."), however the writer words it, has been heard.
  if (!told.some(isBad)) return told;
  return ctx.draft.text.sentences.some((s) => feltReaction(ctx, s)) ? told.filter((d) => !isBad(d)) : told;
}

/**
 * "Haha sorry Tom, ...", "😂 fair enough": a reply that opens by laughing, before any other word,
 * laughs at what the client said; a "sorry" inside it is part of the joke, not an apology.
 */
const OPENS_LAUGHING = new RegExp(
  String.raw`^\W*(?:(?:hi|hello|hey|dear)\b[^,.!?]{0,40}[,.!]\s*)?(?:${LAUGHTER.source})`,
  'iu',
);

/** The remark laughs at itself: laughter inside it or right after ("it's 6 degrees here 😂"). */
function toldLaughing(d: Told): boolean {
  return LAUGHTER.test(d.message.text.text.slice(d.cue.start, d.cue.end + 12));
}

/**
 * "Bruno, I heard, and I'm still not speaking about it 😂" after the client's gloating about the
 * match: an opening line that laughs and names no business plays along with a passing remark.
 */
function laughsBack(ctx: RuleContext, sentence: Sentence): boolean {
  const { firstToken: from, endToken: to } = sentence;
  return (
    LAUGHTER.test(sentence.text) &&
    businessTerms(ctx.draft.text, from, to).length === 0 &&
    !namesClientBusiness(ctx, from, to)
  );
}

/** "Regarding the batch: ...", "we have a delay": the rep's side telling its own news. */
const OWN_SIDE_NEWS =
  /^\W*(?:(?:hi|hello|dear)\b[^,]*,\s*)?(?:regarding|re|about|as for)\b|\bwe\s+(?:have|had|face|are\s+facing)\s+(?:a|an|some)\b/i;
/**
 * A sentence that only reacts: wink reads it as negative, it names no business matter, and it is
 * no apology of the writer's own ("Sorry for my slow reply").
 */
function feltReaction(ctx: RuleContext, sentence: Sentence): boolean {
  if (businessTerms(ctx.draft.text, sentence.firstToken, sentence.endToken).length > 0) return false;
  if (ownApologyOnly(ctx, sentence)) return false;
  // "Regarding the second batch: we have a delay of 2 weeks": our own bad news, not a line of feeling
  // for theirs.
  if (OWN_SIDE_NEWS.test(sentence.text)) return false;
  // Read last: the sentiment pass runs only for a draft that gets this far.
  return sentence.sentiment < 0;
}

/** Nouns of any letter ("thanks for your email", "the update"): they name no matter of their own. */
const CORRESPONDENCE = new Set([
  'email',
  'mail',
  'message',
  'note',
  'update',
  'reply',
  'response',
  'letter',
  'news',
  'information',
  'info',
  'time',
]);

/**
 * "Great to hear about the test results" after "my son started school ... the test results were
 * good": a weak line of recognition that names what the client told of their business (a noun of
 * theirs from a business sentence with no news in it) greets the business, not the private news.
 */
function namesClientBusiness(ctx: RuleContext, from: number, to: number): boolean {
  const told = new Set<string>();
  const business = new Set<string>();
  for (const m of ctx.analysis.answered) {
    const news = m.cues.filter(
      (c) => (c.type === 'personal-disclosure' || c.type === 'bad-news') && c.confidence >= 0.6,
    );
    const opening = salutationEnd(m.text);
    for (const s of m.text.sentences) {
      // The news ends where its cue does: "... not sleeping much :) Regarding the pilot" is business after it.
      const inIt = news.filter((c) => c.start < s.end && s.start < c.end);
      const newsEnd = inIt.length > 0 ? Math.max(...inIt.map((c) => c.end)) : s.start;
      for (let k = Math.max(s.firstToken, opening); k < s.endToken; k++) {
        const t = m.text.tokens[k]!;
        if (t.pos === 'NOUN' && !CORRESPONDENCE.has(t.lemma))
          (t.end <= newsEnd ? told : business).add(t.lemma);
      }
    }
  }
  return ctx.draft.text.tokens
    .slice(Math.max(from, salutationEnd(ctx.draft.text)), to)
    .some((t) => t.pos === 'NOUN' && business.has(t.lemma) && !told.has(t.lemma));
}

/**
 * The token after a salutation that opens the text ("Kia ora Aroha,", "Hi Fujita-san,"): up to
 * four words before the first comma; 0 when the text opens otherwise. Its words greet, they name
 * no matter.
 */
function salutationEnd(text: AnalyzedText): number {
  const first = text.sentences[0];
  if (!first) return 0;
  const limit = Math.min(first.endToken, first.firstToken + 6);
  for (let k = first.firstToken; k < limit; k++) if (text.tokens[k]!.value === ',') return k + 1;
  return 0;
}

/** Topics of a passing remark, for which a reaction is reply enough. */
const PASSING = new Set<DisclosureTopic>(['weather', 'feelings', 'hobby']);

/** "Welcome back", "good to have you back": a greeting of the return. */
const WELCOME_BACK = /^(?:welcome back|(?:good|nice|great) to have you back)$/i;

/** "our chats about ...", "talking about ...": what precedes a topic talked about. */
const TALKED_ABOUT = /\b(?:chats?|talks?|conversations?|chatting|talking|talked)\s+about\s+/;

/** Thanks or praise for time the rep hosted: "your hospitality", "thank you for the dinner". */
function sharedTimeWithUs(sentence: string): boolean {
  return HOSPITALITY.test(sentence) && /\b(?:your|thank(?:s| you))\b/i.test(sentence);
}

/**
 * "Thank you for your warm hospitality. The dinner and the ballet were unforgettable for me and my
 * wife.": the line right after such thanks that names the hosted time again goes on thanking.
 */
function thanksGoOn(message: AnalyzedMessage, sentence: Sentence): boolean {
  if (!HOSPITALITY.test(sentence.text)) return false;
  const at = message.text.sentences.indexOf(sentence);
  const before = message.text.sentences
    .slice(0, Math.max(at, 0))
    .filter((s) => /[\p{L}]/u.test(s.text))
    .at(-1);
  return before !== undefined && sharedTimeWithUs(before.text) && /\bthank/i.test(before.text);
}

/** The sentence right before this one (with letters in it) invites the reader. */
function invitationGoesOn(message: AnalyzedMessage, sentence: Sentence): boolean {
  const at = message.text.sentences.indexOf(sentence);
  const before = message.text.sentences
    .slice(0, Math.max(at, 0))
    .filter((s) => /[\p{L}]/u.test(s.text))
    .at(-1);
  return before !== undefined && INVITATION.test(before.text);
}

/** The sentence right before this one asks about the reader's life, and this one points back to it. */
function questionGoesOn(message: AnalyzedMessage, sentence: Sentence): boolean {
  if (!/\b(?:it|there)\b/i.test(sentence.text) || /[!?]/.test(sentence.text)) return false;
  const at = message.text.sentences.indexOf(sentence);
  const before = message.text.sentences
    .slice(0, Math.max(at, 0))
    .filter((s) => /[\p{L}]/u.test(s.text))
    .at(-1);
  return (
    before !== undefined &&
    /\byou\b/i.test(before.text) &&
    message.cues.some(
      (c) =>
        c.type === 'question' &&
        c.about === 'personal' &&
        c.confidence >= 0.6 &&
        c.start < before.end &&
        before.start < c.end,
    )
  );
}

type Told = ReturnType<typeof answeredCues>[number];
const sameWord = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const OWN = /\b(?:i|me|my|we|us|our|i'm|i’m|i've|i’ve|we're|we’re)\b/i;
const WORK_ROLE =
  /\b(?:colleague|colleagues|coworker|co-worker|ceo|cfo|cto|coo|md|gm|vp|chairman|chairperson|founder|manager|director|boss|employee|engineer|accountant|assistant|supervisor|controller|buyer|lawyer|head of \w+|(?:purchasing|procurement|sales|finance|marketing|hr|legal|department|team|division|section|project) head|vice president|president|team lead|secretary)\b/i;

/** "I am writing to inform you", "we regret to inform you", "with great sadness": how news is announced. */
const SADNESS = /\bwith\s+(?:great\s+|deep\s+|heavy\s+)?(?:sadness|sorrow|regret)\b/gi;
const ANNOUNCING =
  /\b(?:i|we)(?:\s+am|\s+are|'m|’m)?\s+(?:writing|sorry|sad|saddened)\s+to\s+(?:inform|tell|let)\s+you\b|\b(?:i|we)\s+regret\s+to\s+inform\b/gi;
const unannounced = (said: string) => said.replace(SADNESS, '').replace(ANNOUNCING, '');

/**
 * What the client told: personal news, and bad news that is not also told as personal news ("our
 * company announced layoffs, my team was cut in half" is news about their life too).
 */
function told(ctx: RuleContext, minConfidence: number): ReturnType<typeof answeredCues> {
  const saidOf = (d: Told) => d.message.text.text.slice(d.cue.start, d.cue.end);
  // A flooded office or staff laid off, told with no word of the client's own life ("my house",
  // "I lost my job"), is bad news for the business: bad-news-pitch's, and so is what it touches.
  const businessNews = answeredCues(ctx, 'bad-news', 0.8).filter((b) => isBusinessNews(saidOf(b)));
  const overlaps = (a: Told, b: Told) =>
    a.message === b.message && a.cue.start < b.cue.end && b.cue.start < a.cue.end;
  // A colleague's holiday or illness ("our controller was on holiday") explains a delay at work:
  // it is not the client's private life.
  // "I am writing with great sadness: our purchasing manager passed away": the formula of the
  // announcement is no word of the writer's own life; the news is a colleague's, told to a supplier.
  const colleagueNews = answeredCues(ctx, 'bad-news', 0.8).filter((b) => {
    const said = saidOf(b);
    return WORK_ROLE.test(said) && !OWN_LIFE.test(unannounced(said));
  });
  const disclosures = answeredCues(ctx, 'personal-disclosure', minConfidence).filter((d) => {
    const said = saidOf(d);
    if (WORK_ROLE.test(said) && !OWN_LIFE.test(said)) return false;
    if (colleagueNews.some((b) => overlaps(b, d))) return false;
    if (businessNews.some((b) => overlaps(b, d))) return false;
    // "I was on holiday last week, sorry for the delay": an absence given as a bare excuse, with
    // no place, no family and no word of how it was, asks for no reply of its own.
    if (bareAbsence(d.cue, said)) return false;
    // "Happy Thanksgiving from all of us!" is a season's greeting, returned or not (cold-reply's,
    // abrupt-pivot's), not news; "my wife will cook for you" is part of an invitation, which
    // unanswered-question asks the reply to take up.
    const sentence = d.message.text.sentences.find((s) => s.start <= d.cue.start && d.cue.start < s.end);
    if (sentence && HOLIDAY_WISH.test(d.message.text, sentence.firstToken, sentence.endToken)) return false;
    if (sentence && INVITATION.test(sentence.text)) return false;
    // "... come for dinner at our place. My wife cooks and the kids want to meet you.": the line
    // right after an invitation that tells who will be there goes on inviting (not bad news).
    if (sentence && !isBadNews(d.message, d.cue) && invitationGoesOn(d.message, sentence)) return false;
    // "Did you go to the festival this year? My cousin went once and loved it.": a remark right after
    // a question about the reader's life that points back to it ("it", "there") backs the question,
    // which unanswered-question asks the reply to take up; it is no news of the client's own.
    if (
      sentence &&
      !isGraveNews(d.cue) &&
      !isBadNews(d.message, d.cue) &&
      questionGoesOn(d.message, sentence)
    )
      return false;
    // "Thank you for the dinner, my wife still talks about it": time shared with us, whose thanks
    // are owed a return (abrupt-pivot's, cold-reply's), not private news. (Wishes for the reader's
    // life are no disclosure at all: the personal-disclosure cue leaves them out.)
    if (sentence && (sharedTimeWithUs(sentence.text) || thanksGoOn(d.message, sentence))) return false;
    // "I enjoyed our chats about sailing": a topic talked about together is no news of theirs.
    const triggers = d.cue.triggers ?? [];
    return !(
      triggers.length > 0 &&
      triggers.every((t) => new RegExp(`${TALKED_ABOUT.source}${escapeRegExp(t)}\\b`, 'i').test(said))
    );
  });
  const bad = answeredCues(ctx, 'bad-news', Math.max(0.8, minConfidence)).filter((b) => {
    const said = b.message.text.text.slice(b.cue.start, b.cue.end);
    return (
      // Their own life ("my team was cut in half"), not a colleague who is out ("our CEO is sick").
      // A death told with no owner among words of private life ("Saga died on Saturday, she was
      // part of the family", "Grandpa passed last night") is the writer's own; a formula of prayer
      // after a chairman's death ("May Allah grant him Jannah") names no one's private life.
      (OWN.test(said) || (b.cue.topic === 'loss' && amongPrivateLife(b))) &&
      !WORK_ROLE.test(said) &&
      // A fire at the warehouse or a flooded plant is bad news for the business (bad-news-pitch's),
      // not news of the client's private life.
      !COMPANY_PLACE.test(said) &&
      !businessNews.some((n) => overlaps(n, b)) &&
      !disclosures.some((d) => d.message === b.message && d.cue.start < b.cue.end && b.cue.start < d.cue.end)
    );
  });
  return [...disclosures, ...bad];
}

/** A personal-disclosure cue of any confidence over the same words: they name private life. */
const amongPrivateLife = (b: Told) =>
  b.message.cues.some((c) => c.type === 'personal-disclosure' && c.start < b.cue.end && b.cue.start < c.end);

/** The words of an absence that say nothing of how it was spent: "on holiday", "a few days off". */
const ABSENCE_WORD =
  /^(?:away|off|holidays?|vacation|vacations|leave|(?:a |few |some |two |three )?(?:days?|weeks?|time) off|break|trip|travel(?:l?ing)?)$/i;
/** How it was, or who was there: what turns an absence into news. */
const ABSENCE_DETAIL =
  /!|\b(?:wonderful|amazing|great|lovely|fantastic|relax\w*|beautiful|fun|enjoy\w*|loved|first|finally|family|wife|husband|kids|children|honeymoon)\b/i;

function bareAbsence(cue: Cue, said: string): boolean {
  if (cue.topic !== 'travel') return false;
  const triggers = cue.triggers ?? [];
  return triggers.length > 0 && triggers.every((t) => ABSENCE_WORD.test(t)) && !ABSENCE_DETAIL.test(said);
}

/** Small talk: real, but a missed reply to it is a nudge, never an error. */
const SMALL_TALK = new Set<DisclosureTopic>(['weather', 'feelings']);
/** A cold or a headache is health news of the lightest kind. */
const MINOR_AILMENT = /^(?:cold|headache|migraine|flu|stomach bug|(?:had|have|caught|got) .*cold)$/i;

/**
 * The severity of leaving this news unanswered; undefined when it is fine to leave it. Calibrated on
 * the coach's labels: grave news (a loss, a hospital stay, a birth, a wedding) ignored after weeks of
 * friendly contact is an error; so is news the client gave as the reason for a silence, or with a
 * question about the rep's life. Lighter news (a trip, a party, a hobby), or news the client itself
 * followed with business ("Now back to work: ..."), is a warning; in the first emails, a nudge.
 */
/** Whether the message asks, orders or asks about business after the news: a turn to business. */
function turnsToBusinessAfter(message: AnalyzedMessage, cue: Cue): boolean {
  return message.cues.some(
    (c) =>
      c.start >= cue.end &&
      c.confidence >= 0.6 &&
      (c.type === 'business-ask' ||
        c.type === 'imperative' ||
        (c.type === 'question' && c.about === 'business')),
  );
}

/**
 * Weather told in the message's first sentence (after any greeting), with no question about the
 * reader and business after it: how a letter opens, not a bid for a reply.
 */
function openingFormula(message: AnalyzedMessage, cue: Cue): boolean {
  const first = message.text.sentences.find(
    (s) =>
      /[\p{L}]/u.test(s.text) &&
      !message.cues.some((c) => c.type === 'greeting' && c.start <= s.start && s.end <= c.end),
  );
  if (!first || cue.start < first.start || cue.start >= first.end) return false;
  if (/[!?]/.test(message.text.text.slice(cue.start, cue.end))) return false;
  if (message.cues.some((c) => c.type === 'question' && c.about === 'personal' && c.confidence >= 0.6))
    return false;
  return turnsToBusinessAfter(message, cue);
}

/**
 * "(they won silver!!)", "Still recovering 😄": family news told with delight (a double exclamation,
 * an emoji or laughter right after it) asks to be shared, not only explains a delay.
 */
function bidsForResponse(message: AnalyzedMessage, cue: Cue): boolean {
  // An emoji that closes the sentence just before the news, on its line, sets its tone too ("I know
  // you Swedes take it seriously 😄 We just got back from the coast with the kids").
  const before = EMOJI_BEFORE.exec(message.text.text.slice(Math.max(0, cue.start - 12), cue.start));
  const after = (before?.[0] ?? '') + message.text.text.slice(cue.start, cue.end + 40);
  return (
    /!!|\b(?:ha(?:ha)+|lol)\b/i.test(after) || EMOJI.test(after) || EMOTICON.test(after) || PRIDE.test(after)
  );
}
/** An emoji run (skin tones, joiners) at the end of a text, then only spaces. */
const EMOJI_BEFORE = /(?:\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\u200D|\uFE0F)*)+[ \t]*$/u;
/** ":)", ":-D", ";)": the emoticon of a writer without emoji. */
const EMOTICON = /(?:^|\s)[:;]-?[)D](?=\s|$|[.,!])/;
/**
 * "so proud", "a very big day for us", "finally taking her for her first ski trip": a family moment
 * told with pride or as a milestone ("home for the first time in two years", "the whole family
 * together after a long time") is a bid for a response (settled 2026-11-27: a warning).
 */
const PRIDE =
  /\b(?:(?:so|very|really|super|extremely|incredibly) proud|proud (?:of|mum|mom|dad|parents?|father|mother)|(?:a |such a )?(?:very |really )?big day|finally (?:taking|going|getting|got|went|made)|(?:the )?first time in (?:\w+ )?(?:years?|months?)|after (?:a |so )?long time|(?:whole|entire) family (?:is |was |are |were )?(?:all )?together|(?:his|her|their|our|my) (?:very )?first (?:\w+ )?(?:trip|holiday|vacation|steps?|day|birthday|game|race|match|concert|show|tournament))\b/i;

/**
 * "Valencia - lovely, I spent a semester there" after the rep said they write from Valencia; "my
 * wife is from Porto too": the client ties their own life to a place or thing the rep named. Such a
 * bridge is a bid for connection from the first message, and walking past it reads as a form letter.
 * Read from the sentence of the news: a proper noun in it (not a name of the two, not a date) that
 * an earlier message of the rep's holds.
 */
function bridgesToRep(ctx: RuleContext, message: AnalyzedMessage, cue: Cue): boolean {
  const at = typeof message.index === 'number' ? message.index : Number.POSITIVE_INFINITY;
  const sentences = message.text.sentences;
  const k = sentences.findIndex((s) => s.start <= cue.start && cue.start < s.end);
  if (k < 0) return false;
  // The news's sentence and the one before it: "Valencia! I spent a semester there."
  const from = sentences[Math.max(0, k - 1)]!.firstToken;
  // Whom the letters greet ("Dear Mr. Lee,", "Hi Carmen") are the two, not a place they share.
  const greeted = new Set(
    ctx.analysis.messages.flatMap((m) => [...addressedNames(m)].map((n) => n.toLowerCase())),
  );
  const names = partyNameWords(ctx);
  const own = new Set(
    ctx.analysis.messages
      .filter((m) => m.author.role === 'rep' && typeof m.index === 'number' && m.index < at)
      .flatMap((m) => m.text.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.normal)),
  );
  return message.text.tokens
    .slice(from, sentences[k]!.endToken)
    .some(
      (t) =>
        t.pos === 'PROPN' &&
        /^\p{L}{3,}$/u.test(t.value) &&
        own.has(t.normal) &&
        !names.has(t.normal) &&
        !greeted.has(t.lemma.toLowerCase()) &&
        !CALENDAR.has(t.normal),
    );
}

/** "..., so I will sign after I come back", "so I'll send it on Tuesday": the news sets a date. */
const TIMING =
  /\bso\s+(?:i|we)(?:'ll|’ll|\s+will|\s+can|\s+shall)\b[^.!?]*\b(?:after|when|once|until|by|on|next)\b/i;

/** A bad-news cue over the same words: a loss, an illness, a lost job. */
function isBadNews(message: AnalyzedMessage, cue: Cue): boolean {
  return message.cues.some(
    (b) => b.type === 'bad-news' && b.confidence >= 0.8 && b.start < cue.end && cue.start < b.end,
  );
}

function severityOf(
  ctx: RuleContext,
  message: AnalyzedMessage,
  cue: Cue,
  openedUpBefore: boolean,
): Severity | undefined {
  const expects = readerExpectsAcknowledgement(ctx);
  // "It is pouring here in Mumbai. Please send the PI.": weather opening a letter that then turns to
  // business is a formula of the opening, not news.
  if (cue.topic === 'weather' && openingFormula(message, cue)) return undefined;
  if (cue.topic === undefined || SMALL_TALK.has(cue.topic)) return expects ? 'suggestion' : undefined;
  const friendly = ctx.relationship.stage === 'friendly' || ctx.relationship.stage === 'close';
  const minor = cue.topic === 'health' && (cue.triggers ?? []).every((t) => MINOR_AILMENT.test(t));
  const grave =
    isGraveNews(cue) ||
    (cue.topic === 'health' && !minor && cue.confidence >= 0.85) ||
    message.cues.some(
      (b) =>
        b.type === 'bad-news' &&
        b.confidence >= 0.8 &&
        // "my wife and I are separating ... for the kids": bad news of the family itself weighs as a loss.
        (b.topic === 'loss' || b.topic === 'health' || cue.topic === 'family') &&
        b.start < cue.end &&
        cue.start < b.end,
    );
  // "Had a cold, so I'm a bit behind. Can you confirm ...?": a cold given as the reason for a delay,
  // before business, or by a client who writes curt notes, asks for no reply of its own.
  const turnedToBusiness = turnsToBusinessAfter(message, cue);
  if (minor && (ctx.client.terse || turnedToBusiness)) return undefined;
  if (minor && !friendly) return expects ? 'suggestion' : undefined;
  // A passing remark (a weekend, a hobby, the kids at a game) in the first emails is a chance for
  // warmth, not a duty; for a reader who keeps business and private life apart, it is fine to leave.
  const lifeNews = isLifeNews(cue);
  // The client explained a silence with it, or asked about the rep: the news is the message.
  const salient =
    message.cues.some((c) => c.type === 'absence-apology' && c.confidence >= 0.7) ||
    message.cues.some((c) => c.type === 'question' && c.about === 'personal' && c.confidence >= 0.6);
  // "Sorry for the delay, my father was in hospital": grave news given as the reason for a silence
  // is the whole message at any stage; answering it with business alone hurts from the first email.
  // "I'm away for my brother's wedding, so I will sign when I'm back": glad news told to explain a
  // date for the business is an aside on timing (settled 2026-11-27): a suggestion before the two
  // are friendly. Bad news given as the reason keeps its weight.
  if (!friendly && !isBadNews(message, cue) && TIMING.test(message.text.text.slice(cue.start, cue.end)))
    return 'suggestion';
  if (grave && salient && !friendly) return expects ? 'error' : 'warning';
  // "I was let go last month, so I'm not your contact anymore": a client who lost their own job has
  // told the news of the message; passing over it reads as caring only for the lead, at any stage.
  if (!friendly && OWN_JOB_LOSS.test(message.text.text.slice(cue.start, cue.end))) return 'warning';
  if (ctx.relationship.stage === 'new') {
    if (grave) return expects ? 'warning' : 'suggestion';
    // A family moment told with pride or as a milestone ("so proud", "her first ...") asks to be
    // shared from the first emails; a laughing emoji alone ("still recovering 😅") does not yet.
    if (lifeNews && PRIDE.test(message.text.text.slice(cue.start, cue.end + 40))) return 'warning';
    if (bridgesToRep(ctx, message, cue)) return 'warning';
    return expects || openedUpBefore || lifeNews ? 'suggestion' : undefined;
  }
  if (!friendly) {
    // "I got engaged this weekend!!", "my daughter is getting married 😅": a wedding, a birth or an
    // engagement told with delight, once the two are acquainted, is the news of the message to a
    // reader who expects it shared; a bare "ok" to it hurts as it does among friends.
    if (isGraveNews(cue) && expects && !isBadNews(message, cue) && bidsForResponse(message, cue))
      return 'error';
    // "My son was born last month. Regarding the tests, ...": grave news told as an aside before the
    // client's own business; a reply that takes up the business skips the news beside it visibly.
    if (isGraveNews(cue) && turnedToBusiness) return 'error';
    if (grave || (lifeNews && (openedUpBefore || salient || bidsForResponse(message, cue)))) return 'warning';
    if (bridgesToRep(ctx, message, cue)) return 'warning';
    return expects || openedUpBefore || lifeNews ? 'suggestion' : undefined;
  }
  // Among friends, family or life news as an aside inside a business message is an error (settled
  // 2026-11-27): the client's own turn to business does not make skipping it milder. Other news
  // ("Now back to work: is the integration ready?" after a hobby) is a warning once he turns.
  let severity: Severity =
    grave || (lifeNews && turnedToBusiness) || (salient && !turnedToBusiness) ? 'error' : 'warning';
  // A reader who keeps private life apart, and has not opened up before, minds less.
  if (!expects && !openedUpBefore) severity = severity === 'error' ? 'warning' : 'suggestion';
  return severity;
}

const SEVERITY_RANK: Record<Severity, number> = { suggestion: 1, warning: 2, error: 3 };

function checkUnacknowledged(ctx: RuleContext, disclosures: ReturnType<typeof answeredCues>): Finding[] {
  if (disclosures.length === 0) return [];
  // The weightiest disclosure speaks for the others: by what leaving it costs, then by confidence
  // ("we survived the wedding! ... my daughter cried": the wedding weighs, not the surer "daughter").
  const openedUpBefore = ctx.relationship.clientPersonalMessages >= 2;
  const rank = (s: Severity | undefined) => (s ? SEVERITY_RANK[s] : 0);
  const weighed = disclosures.map((d) => ({
    ...d,
    severity: severityOf(ctx, d.message, d.cue, openedUpBefore),
  }));
  const { message, cue, severity } = weighed.reduce((best, d) =>
    rank(d.severity) > rank(best.severity) ||
    (rank(d.severity) === rank(best.severity) && d.cue.confidence > best.cue.confidence)
      ? d
      : best,
  );
  if (!severity) return [];
  // Bad news in the same words gets the same sympathy bad-news-pitch offers, so the rewrite says it once.
  const bad = answeredCues(ctx, 'bad-news', 0.8).find(
    (b) => b.message === message && b.cue.start < cue.end && cue.start < b.cue.end,
  );
  const fixText = bad
    ? sympathise(bad.cue, message.text.text.slice(bad.cue.start, bad.cue.end))
    : acknowledgeDisclosure(cue, message.text.text.slice(cue.start, cue.end));
  const { why: reasons, sources } = why(ctx, openedUpBefore);
  const name = clientName(ctx);
  const topic = topicName(cue.topic);
  const finding: Finding = {
    ruleId: 'ignored-disclosure',
    severity,
    message: {
      en: `${name} shared ${topic.en}; the reply does not acknowledge it.`,
      ru: `${name} рассказал(а) о ${topic.ru}, а ответ этого не замечает.`,
    },
    span: openingSpan(ctx),
    evidence: disclosures.map((d) => evidenceOf(d.message, d.cue)),
    why: reasons,
    fix: { action: 'prepend', text: fixText },
    confidence: Math.round(cue.confidence * 100) / 100,
    sources,
  };
  return [finding];
}
