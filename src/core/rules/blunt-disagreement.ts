/**
 * blunt-disagreement: a direct negative evaluation ("Your numbers are wrong.", "This is not
 * correct.", a bare "No.") for a reader who expects criticism cushioned. Readers from cultures
 * that value direct negative feedback (Meyer 2014's "Evaluating" scale) get at most a hint.
 */
import type { AnalyzedMessage } from '../analysis.ts';
import { topicHits } from '../cues/topic-hits.ts';
import type { Cue } from '../cues/types.ts';
import { placed } from '../culture/profile.ts';
import { capitalise, inCulture, manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import { TOPIC_LEADS } from '../text/fronted-clause.ts';
import {
  answeredCues,
  clientName,
  draftCues,
  opening,
  partyNameWords,
  severityFromScore,
} from './helpers.ts';
import { defineRule, type Finding, type RuleContext, type Span } from './types.ts';

/** Downgraders for the usual blunt judgements: the point stays, the verdict becomes a view. */
const CUSHIONS: [RegExp, string][] = [
  [
    /\b(?:is|are|was|were) (?:just |simply |completely |totally |clearly )?(?:wrong|incorrect|not correct|not right)\b/i,
    'may not be quite right',
  ],
  [/\b(?:is|are|was|were) (?:not true|untrue|false)\b/i, 'may not be quite accurate'],
  [/\b(?:makes no sense|doesn(?:'|’)t make sense|does not make sense)\b/i, "isn't quite clear to me"],
  [/\b(is|are) too (?:expensive|high)\b/i, '$1 higher than we expected'],
  [/\b(?:is|are) (?:unacceptable|not acceptable)\b/i, 'would be difficult for us to accept'],
  [/\b(?:won(?:'|’)t|will not|doesn(?:'|’)t|does not|can(?:'|’)t|cannot) work\b/i, 'may not work for us'],
  [/\b(?:is|are) (?:impossible|not possible)\b/i, 'would be very difficult for us'],
  [/\b(?:is|are) (?:unrealistic|not realistic|not feasible)\b/i, 'may be hard to achieve'],
  [/\b(is|are) not competitive\b/i, "$1 not quite where we'd hoped"],
  [
    /\b(?:is|are) (?:bad|terrible|awful|poor|useless|pointless|ridiculous|absurd)\b/i,
    'may not be the best fit',
  ],
  [/\bi (?:completely |totally |strongly )?disagree\b/i, 'I see it a little differently'],
  [/\byou (?:have )?(?:misunderstood|misunderstand)\b/i, 'I may not have explained this clearly'],
];
/** Granting the other side something before disagreeing: "fair point, but", "you're right that". */
const CONCESSION =
  /\b(?:(?:fair|good|valid) point|i (?:see|understand|get) (?:your|the|what|why)|you(?:'|’)re right|you are right|i hear you|that(?:'|’)s fair|true, but)\b/i;
const LOWER_FIRST = /^(?:this|that|these|those|your|you|the|it|there|our|we)\b/i;

/**
 * Cushions a blunt judgement without losing its point:
 * "Your numbers are wrong." -> "I may be missing something, but your numbers may not be quite right."
 */
export function cushionDisagreement(sentence: string): string {
  const trimmed = sentence.trim();
  if (/^(?:no|nope|nah)[.!]*$/i.test(trimmed))
    return "I'm afraid that won't work for us, but I'd be glad to look for another option.";
  let body = trimmed.replace(/^(?:no|nope)[,!.]\s+/i, '').replace(/!+$/, '.');
  for (const [pattern, softer] of CUSHIONS) body = body.replace(pattern, softer);
  if (LOWER_FIRST.test(body)) body = body.charAt(0).toLowerCase() + body.slice(1);
  if (!/[.!?]$/.test(body)) body += '.';
  return `I may be missing something, but ${body}`;
}

/**
 * -2 direct negative feedback .. +2 indirect; unknown culture: cushioning is the safe middle. A
 * profile no source places on this scale (its 0 is a placeholder) is as unknown as no profile.
 */
const readerFeedback = (ctx: RuleContext) => placed(ctx.readerCulture?.style.negativeFeedback)?.value ?? 1;

/** Private-life talk ("the flight was awful") and owning up ("Our first draft was bad") judge no one here. */
function aimedAtClient(ctx: RuleContext, span: Span): boolean {
  const draft = ctx.draft.text;
  const tokens = draft.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE');
  const first = draft.tokens.indexOf(tokens[0]!);
  // "It was lovely, thank you, ... my mother fed everyone far too much": thanks address no one's work.
  const second = words.some(
    (t, i) => ['you', 'your', 'yours'].includes(t.normal) && !THANKS.has(words[i - 1]?.normal ?? ''),
  );
  // "The courier made a mistake with the address": a third party blamed judges no one across the table.
  if (!second && words[0]?.normal === 'the' && THIRD_PARTY.has(words[1]?.normal ?? '')) return false;
  if (!second && topicHits(draft, first, first + tokens.length).some((h) => h.strong)) return false;
  return !(['my', 'our'].includes(words[0]?.normal ?? '') && !second);
}

/** "thank you", "see you": the reader addressed, not judged. */
const THANKS = new Set(['thank', 'thanks', 'see']);
/** Second person in a sentence, but for thanks ("thank you", "see you"). */
const addressesReader = (sentence: string) =>
  /\byou(?:rs?)?\b/i.test(sentence.replace(/\b(?:thank|thanks|see)\s+you\b/gi, ''));

/** Third parties a delivery or a payment passes through. */
const THIRD_PARTY = new Set([
  'courier',
  'carrier',
  'forwarder',
  'customs',
  'airline',
  'bank',
  'post',
  'driver',
  'hotel',
  'venue',
  'port',
]);

function why(ctx: RuleContext) {
  const w = ctx.writerCulture;
  const r = ctx.readerCulture;
  const name = clientName(ctx);
  const feedback = readerFeedback(ctx);
  const writerDirect = (w?.style.negativeFeedback.value ?? 0) <= -1;
  const writer = writerDirect
    ? text(
        `${capitalise(inCulture(w, 'en'))} saying plainly that something is wrong is often a sign of honesty and of respect for the other person's time; wrapping it in compliments can sound evasive.`,
        `${capitalise(inCulture(w, 'ru'))} прямо сказать, что что-то не так, — часто знак честности и уважения ко времени собеседника; обёртывать это комплиментами может казаться уклончивым.`,
      )
    : text(
        'Saying it plainly can feel honest and efficient.',
        'Сказать прямо может казаться честным и деловым.',
      );
  const readerText =
    feedback <= -1
      ? text(
          `${manyClients(r, 'en')} value direct negative feedback as honest, so this is unlikely to offend; a short cushion still costs nothing.`,
          `${manyClients(r, 'ru')} ценят прямую критику как честную, так что это вряд ли обидит; короткое смягчение всё же ничего не стоит.`,
        )
      : feedback >= 2
        ? text(
            `${manyClients(r, 'en')} expect disagreement to be signalled gently and indirectly; a plain verdict in writing can feel like a loss of face, and the relationship may cool without a word said.`,
            `${manyClients(r, 'ru')} ожидают, что несогласие выразят мягко и косвенно; прямой вердикт в письме может восприниматься как потеря лица, и отношения охладеют без единого слова.`,
          )
        : text(
            `${manyClients(r, 'en')} expect criticism to be cushioned ("I may be missing something, but ..."); a bare verdict can sound like a judgement of them rather than of the numbers.`,
            `${manyClients(r, 'ru')} ожидают, что критику смягчат («I may be missing something, but ...»); голый вердикт может прозвучать как оценка их самих, а не цифр.`,
          );
  const reader = ctx.client.direct
    ? text(
        [readerText.en, `${name} writes direct objections too, which makes this matter less.`],
        [readerText.ru, `${name} и сам пишет прямые возражения, так что это менее важно.`],
      )
    : readerText;
  const sources = sourcesOf(
    r?.style.negativeFeedback.sources,
    r?.style.disagreeing.sources,
    writerDirect ? w?.style.negativeFeedback.sources : [],
    ['MEY14'],
  );
  return { why: { writer, reader }, sources };
}

/** "Agreed, ...", "You're right, ...": the verdict sides with the client. */
const AGREEING = /^\W*(?:agreed|you(?:'re|’re| are) (?:right|correct)|true|indeed|absolutely|fair enough)\b/i;
/**
 * "Yes, that kind of carton is wrong for sea freight" after the client complained about it: a
 * "yes" or "exactly" before the verdict joins the client's own complaint, also after a lead that
 * names the topic ("On the sync: yes, same error", "About the cartons, exactly").
 */
const TOPIC_LEAD = String.raw`(?:(?:${[...TOPIC_LEADS, 'on', 'as for'].join('|')})\s+[^:,.!?]{1,40}[:,]\s*)?`;
/** "Ugh,", "Argh,", "Oof,", "Oh no,": an interjection of shared dismay opening the sentence. */
const COMMISERATES = opening(String.raw`(?:ugh+|argh+|oof|ouch|oh\s+no|ah\s+man|oh\s+man|bummer)\b`);
const JOINS_COMPLAINT = opening(String.raw`${TOPIC_LEAD}(?:yes|yeah|yep|exactly|totally|definitely)\b`);
/**
 * "Be brutally honest: is six weeks realistic?", "Tell me what's wrong with it", "please tell me
 * directly, no need to be polite": the client asked for a frank verdict, and giving one is doing
 * what they asked. Not the client being frank themselves: "I must be frank", "let me be honest".
 */
const ASKS_FRANKNESS =
  /\b(?:(?<!\b(?:to|must|will|shall|should|gotta|i'll|i’ll|we'll|we’ll|me)\s)be\s+(?:\w+\s+)?(?:honest|frank|blunt|direct|candid)|(?<!\bto\s)be\s+(?:\w+\s+)?(?:straight|upfront|up-front)\s+with\s+(?:me|us)|(?:give|tell)\s+(?:it\s+to\s+)?(?:me|us)\s+(?:it\s+)?straight|(?:tell|answer)\s+(?:me|us)\s+(?:(?:very|quite|really|just)\s+)?(?:directly|honestly|frankly|plainly|openly|bluntly)|no\s+need\s+(?:to\s+be|for)\s+(?:so\s+)?(?:polite|diplomatic|nice|gentle|careful|politeness|diplomacy)|(?:don(?:'|’)t|do\s+not)\s+(?:need\s+to\s+)?be\s+(?:so\s+)?(?:polite|diplomatic)|your\s+(?:honest|frank|candid)\s+(?:opinion|view|feedback|read|take|answer|assessment)|what(?:'s|’s|\s+is)\s+wrong\s+with|don(?:'|’)t\s+sugar-?coat|(?:pull|pulling)\s+no\s+punches|tear\s+(?:it|this)\s+apart|rather\s+(?:hear|know|get)\s+(?:a\s+)?(?:no|the\s+truth|the\s+bad\s+news))\b/i;
/**
 * "Honest feedback though: the price feels steep": the client giving a frank verdict, not asking
 * for one. Only a request for frankness ("give me your honest opinion") or a question counts.
 */
const ASKS_FOR =
  /\b(?:give|share|want|need|like|appreciate|welcome|love|prefer|send|get)\b[^.!?]{0,30}\b(?:honest|frank|candid)\s+(?:opinion|view|feedback|read|take|answer|assessment)/i;
/**
 * "We need a clear answer, yes or no", "just give me a straight yes or no": the client asked for a
 * plain answer, and a plain "no, that date is not possible" is it.
 */
const ASKS_PLAIN_ANSWER =
  /\b(?:clear|straight|plain|simple|definite|direct|firm)\s+(?:answer|reply|yes\s+or\s+no)\b|\byes\s+or\s+no\s*[:?]/i;
const asksFrankness = (message: string) =>
  ASKS_FRANKNESS.test(message) || ASKS_FOR.test(message) || ASKS_PLAIN_ANSWER.test(message);
/** "It was too long and a bit naive": the client running down their own work or themselves. */
const SELF_CRITICAL = /\b(?:i|i'm|i’m|my|we|our|we're|we’re)\b/i;
/** "I think", "we feel", "our CFO feels": who holds the opinion, not whose work it judges. */
const OPINION_FRAME =
  /\b(?:i|we|(?:our|my)\s+(?:[\w-]+\s+){1,2}?)\s*(?:(?:really|still|honestly)\s+)?(?:think|thinks|feel|feels|believe|believes|find|finds|found|fear|fears|guess|suppose|worry|worries)\b/gi;
/** Where a clause ends before a verdict: a comma, a colon or a dash, "but", "though". */
const CLAUSE_BREAK = /[,;:—–]|\b(?:but|though|although)\b/i;
/** "Not at all, I disagree!", "Not true!": a contradiction that, after self-criticism, is praise. */
const CONTRADICTS = /\b(?:disagree|not at all|not true|nonsense|no way)\b/i;

/** "..., so I wanted to check", "so we want to make sure": the writer's own step follows from it. */
const OWN_CHECK =
  /\bso\s+(?:i|we)\s+(?:just\s+)?(?:wanted|want|thought\s+i(?:'d|’d)?\s+(?:better\s+)?)(?:\s+to)?\s+(?:check|make\s+sure|ask|double-check|confirm)\b/i;
/**
 * "I understand that a second failure is not acceptable for you", "we agree the lead time is too
 * long": the writer grants the client's own verdict, on their side like "Agreed, ...". Not once a
 * "but" turns the sentence, nor an accusation granted ("I realise your numbers are wrong").
 */
const GRANTS =
  /\b(?:i|we)\s+(?:(?:fully|completely|totally|really|do|can|absolutely)\s+)?(?:understand|appreciate|realise|realize|recogni[sz]e|agree|accept|see\s+why)\b(?:(?!\b(?:but|however|yet|although|though|still)\b)[^.;!?])*$/i;
const ACCUSATION = /\b(?:wrong|incorrect|mistake|mistaken|errors?|false|untrue|misunderst\w*|fault|your)\b/i;
function granted(sentence: string, triggers: string[]): boolean {
  const lower = sentence.toLowerCase();
  return (
    triggers.length > 0 &&
    triggers.every((t) => {
      const at = lower.indexOf(t.toLowerCase());
      return at > 0 && GRANTS.test(sentence.slice(0, at)) && !ACCUSATION.test(t);
    })
  );
}

/**
 * "Your engineers are wrong", "your team misunderstood", "the delay is on your side": the verdict
 * names the client's people, or puts the fault on their side, not on a document or a number. The
 * client may have to carry it to those colleagues: a loss of face in front of their own team,
 * beyond a corrected figure (Meyer 2014: criticise the work, and never in front of the group).
 */
const PEOPLE_BLAMED = new RegExp(
  // The client's people as the ones who erred (not "thanks to your team", "with your engineers").
  String.raw`(?<!\b(?:to|with|for|from|and|thank|thanks|meet|meeting)\s)\byour\s+(?:own\s+)?(?:[\w-]+\s+)?` +
    String.raw`(?:team|teams|engineers?|engineering|people|staff|pm|project\s+manager|managers?|consultants?|operators?|technicians?|colleagues?|developers?|lawyers?|accountants?|inspectors?|installers?|departments?|dept|buyers?|purchasers?|planners?)\b` +
    // ... or the fault put on their side: "the delay is on your side", "that is your responsibility",
    // "the mistake was made on your side".
    String.raw`|\b(?:is|are|was|were|lies|lie)\s+(?:(?:made|caused)\s+)?(?:on\s+|with\s+|by\s+)?your\s+(?:side|end|responsibility|fault)\b|\byour\s+fault\b` +
    // "a mistake from your QA team", "errors by your staff": "from" or "by" after the fault names who erred.
    String.raw`|\b(?:mistakes?|errors?|faults?)\s+(?:from|by)\s+your\s+(?:[\w-]+\s+)?(?:team|staff|people|engineers?|department|side)\b`,
  'i',
);
/**
 * The sentence after a verdict blames the client's side when it names their people with a failing
 * ("your installers have never done this", "your team did not test it") or puts the fault or the
 * risk on their side ("the currency risk is on your side"). Not "your team can send a new one".
 */
const FAILING =
  /\b(?:never|not|n(?:'|’)t|no|failed|forgot|missed|mistakes?|errors?|wrong|ignored)\b|\bon\s+your\s+(?:side|end)\b|\byour\s+(?:responsibility|fault|risk)\b/i;
const blamesInGrounds = (sentence: string) => PEOPLE_BLAMED.test(sentence) && FAILING.test(sentence);

/**
 * "No serious vendor will deliver at that price", "anyone in this industry knows", "nobody in their
 * right mind": the verdict measured against what every sensible party knows, which calls the
 * reader naive; a judgement of them, as "you are wrong" is.
 */
const BELITTLES =
  /\b(?:no|any|every)\s+(?:serious|sane|reasonable|competent|professional|experienced|credible)\s+(?:vendors?|suppliers?|compan(?:y|ies)|providers?|firms?|business(?:es)?|one|person|buyers?|partners?)\b|\bnobody\s+(?:serious|sane|in\s+their\s+right\s+mind)\b|\b(?:anyone|everyone|everybody)\s+(?:in\s+(?:the|this|our|your)\s+(?:industry|business|market|field)\s+)?(?:knows|would\s+(?:know|tell\s+you))\b/i;

/** "You are wrong", "you misunderstood the contract": the reader judged, one step beyond their numbers. */
const YOU_BLAMED =
  /\byou\s+(?:(?:are|were)\s+(?:(?:simply|just|completely|totally|clearly)\s+)?(?:wrong|mistaken)|misunderst\w*)/i;

/**
 * "Thanks." or "Thank you, Deepa." alone before the verdict: the courtesy of a letter, which thanks
 * for nothing in particular and so cushions nothing. "Thanks for checking" recognises the reader's
 * effort first, and that is a cushion.
 */
const BARE_THANKS = opening(
  String.raw`(?:many\s+|big\s+)?(?:thanks|thank\s+you|thx|ty)(?:\s+(?:a\s+lot|so\s+much|very\s+much|again))?(?:\s*,\s*[\w.'’-]+)?\s*[.!]*\s*$`,
);
/**
 * "Thanks for the quick feedback.", "thanks for the fast reply": thanks for the speed of a reply, the
 * courtesy of any answer. It recognises nothing of the reader's position, so it cushions no verdict
 * on it; "thank you for the feedback" on a complaint, "thanks for sharing your budget" or "thanks
 * for checking" does. (The formal "Thank you for your message." still frames a verdict politely for
 * a reader who expects it: dev labels keep it a cushion.)
 */
const MESSAGE_THANKS = opening(
  String.raw`(?:many\s+)?(?:thanks|thank\s+you|thx)(?:\s+(?:so\s+much|very\s+much|a\s+lot))?\s+for\s+(?:the|your)\s+(?:quick|fast|prompt|swift|speedy|rapid|early)\s+(?:reply|response|answer|feedback|revert|turnaround)(?:\s*,\s*[\w.'’-]+)?\s*[.!]*\s*$`,
);
function bareThanks(ctx: RuleContext, cue: Cue): boolean {
  const sentence = ctx.draft.text.sentences.find((s) => s.start <= cue.start && cue.end <= s.end);
  // A doubtful acknowledgement over the same sentence is that thanks read twice, no cushion of its own.
  return (
    (cue.type === 'gratitude' || (cue.type === 'acknowledgement' && cue.confidence < 0.6)) &&
    sentence !== undefined &&
    (BARE_THANKS.test(sentence.text) || MESSAGE_THANKS.test(sentence.text))
  );
}
/**
 * "No, that's wrong.": an outright "no" before the verdict contradicts what the reader has just
 * said, so it judges their words as "your figure is wrong" would.
 */
const CONTRADICTS_THEM = opening(String.raw`(?:no|nope|nah)\s*[,;:–—-]\s*\S`);

/** Words that name what a proposal is about: things, names, figures. */
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'NUM']);

/**
 * "90 days payment is not acceptable" after the client proposed "payment at 90 days": what the
 * verdict judges restates what the client has just written (two of its words or figures at least,
 * names aside), so it judges their proposal as plainly as "your proposal" would.
 */
function restatesTheirs(ctx: RuleContext, verdict: Cue): boolean {
  const draft = ctx.draft.text;
  const sentence = draft.text.slice(verdict.start, verdict.end);
  const at = Math.min(...(verdict.triggers ?? []).map((t) => sentence.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return false;
  const names = partyNameWords(ctx);
  const content = (t: { pos: string; normal: string }) => CONTENT_POS.has(t.pos) && !names.has(t.normal);
  const theirs = new Set(
    ctx.analysis.answered.flatMap((m) => m.text.tokens.filter(content).map((t) => t.lemma)),
  );
  const judged = draft.tokens.filter(
    (t) => t.start >= verdict.start && t.end <= verdict.start + at && content(t) && theirs.has(t.lemma),
  );
  return new Set(judged.map((t) => t.lemma)).size >= 2;
}

/**
 * "The estimate is correct, 900 hours is realistic" to a client who wrote "900 hours is on the high
 * side": the opposite verdict, flatly asserted on what the client has just judged, dismisses their
 * objection as "your view is wrong" would. Not "your CFO is right that ..." (someone is right: that
 * agrees), and not once it concedes or hedges ("I understand, but", "I think").
 */
const COUNTER =
  /\b(?:is|are|was|were|’s|'s)\s+(?:(?:absolutely|perfectly|entirely|fully|completely|totally|quite|very|definitely|clearly)\s+)?(?:correct|right|accurate|realistic|justified|reasonable|fair|appropriate|achievable|feasible|competitive)\b(?!\s+(?:that|to|about|in|on|with|for\s+(?:you|your))\b)/gi;
function counterVerdicts(
  ctx: RuleContext,
  own: Cue[],
  theirs: { message: AnalyzedMessage; cue: Cue }[],
): Cue[] {
  const draft = ctx.draft.text;
  const names = partyNameWords(ctx);
  const content = (t: { pos: string; normal: string }) => CONTENT_POS.has(t.pos) && !names.has(t.normal);
  // What the client's verdicts judged: their words and figures.
  const judged = new Set(
    theirs.flatMap(({ message, cue }) =>
      message.text.tokens
        .filter((t) => t.start >= cue.start && t.end <= cue.end && content(t))
        .map((t) => t.lemma),
    ),
  );
  if (judged.size === 0) return [];
  const hedged = draftCues(ctx, 'hedge', 0.6);
  return draft.sentences.flatMap((sentence): Cue[] => {
    if (own.some((v) => v.start < sentence.end && sentence.start < v.end)) return [];
    if (CONCESSION.test(sentence.text) || /\b(?:but|however|although|though)\b/i.test(sentence.text))
      return [];
    if (hedged.some((h) => h.start >= sentence.start && h.end <= sentence.end)) return [];
    const triggers = [...sentence.text.matchAll(COUNTER)].filter((m) => {
      // The words of the clause before the verdict, back to a comma: what it says is right.
      const head = sentence.text.slice(0, m.index).split(/[,;:]/).pop()!;
      const from = sentence.start + m.index! - head.length;
      return draft.tokens.some(
        (t) => t.start >= from && t.end <= sentence.start + m.index! && content(t) && judged.has(t.lemma),
      );
    });
    return triggers.length === 0
      ? []
      : [
          {
            type: 'negative-evaluation',
            start: sentence.start,
            end: sentence.end,
            confidence: 0.8,
            triggers: triggers.map((m) => m[0]),
          },
        ];
  });
}

const QUOTED = /(?<![\p{L}\p{N}])(["'‘“])([^"'’”]{1,60})["'’”](?![\p{L}\p{N}])/gu;
/** Quoted words are names, not verdicts: the status 'failed', the message "Access denied". */
function quotedOnly(sentence: string, triggers: string[]): boolean {
  // An apostrophe inside a word ("doesn't ... I'll") is no quote mark, straight or curly.
  const quoted = [...sentence.matchAll(QUOTED)].map((m) => m[2]!.toLowerCase());
  return triggers.length > 0 && triggers.every((t) => quoted.some((q) => q.includes(t.toLowerCase())));
}

/**
 * "If it still fails, send me the log", "no pressure if the timing isn't right": a verdict inside an
 * if-clause, leading or trailing, is a supposition, not a judgement.
 */
function supposed(sentence: string, triggers: string[]): boolean {
  const clause = /^\W*(?:(?:and|but|so)\s+)?(?:if|in case|should|unless)\b([^,;:]*)[,;:]/i.exec(sentence);
  const trailing = [...sentence.matchAll(/\b(?:if|in case|unless)\b([^,;:.!?]*)/gi)].map((m) => m[1]!);
  const inside = (part: string) => triggers.every((t) => part.toLowerCase().includes(t.toLowerCase()));
  return triggers.length > 0 && ((clause !== null && inside(clause[1]!)) || trailing.some(inside));
}

/**
 * "I know it is not good news" (or "isn't"), "sorry, bad news on the price": the writer naming their own news as
 * unwelcome judges no one; it is the cushion, not the verdict.
 */
const NEWS_NAMED =
  /\b(?:(?:not|\w+n['’]t)\s+(?:good|great|nice|the\s+best|the\s+news)|bad|sad|tough|hard|disappointing)\s+(?:\w+\s+)?news\b/i;
const namesNews = (sentence: string, triggers: string[]) => {
  const news = NEWS_NAMED.exec(sentence)?.[0].toLowerCase();
  return news !== undefined && triggers.length > 0 && triggers.every((t) => news.includes(t.toLowerCase()));
};

export default defineRule({
  meta: {
    id: 'blunt-disagreement',
    defaultSeverity: 'warning',
    scope: 'draft',
    docs: {
      summary: {
        en: 'Direct negative evaluation ("this is wrong", a bare "No.") without softening, for a reader who expects it cushioned.',
        ru: 'Прямая негативная оценка («это неверно», голое «Нет.») без смягчения, для читателя, который ждёт смягчения.',
      },
      details: {
        en: 'Cultures differ in how negative feedback is given (Meyer 2014): some say it plainly and hear it as honesty, others cushion it with downgraders ("I may be missing something", "not quite") and hear a bare verdict as an attack. Severity follows the reader\'s culture, rises when the judgement is aimed at the client ("your numbers", their own proposal restated: "90 days payment is not acceptable", or their statement flatly contradicted: "No, that\'s wrong") and more when it names their people or puts the fault on them ("your engineers are wrong", "the delay is on your side") and falls when the reply already thanks for something or acknowledges first (a bare "Thanks." is the courtesy of a letter, no cushion), or when the client writes direct objections too. Pushing the blame back ("this is not our fault") counts as aimed at the client. A reader from a culture that values the most direct negative feedback (Dutch, Israeli, Russian) hears a plain correction as plain talk and gets a suggestion only for a verdict aimed at them (their work, blame sent back); the most indirect ones (Japanese, Chinese) weigh a flat verdict more. The fix keeps the point and cushions the verdict. Sympathy ("sorry to hear, how awful"), owning one\'s own mistake and siding with the client\'s complaint ("Agreed, that is not acceptable", "I understand this is not acceptable for you") are not disagreement; a reasoned verdict to a reader who values direct feedback and has just written one is their own register, unless it sends the blame back.',
        ru: "Культуры по-разному выражают критику (Meyer 2014): одни говорят прямо и слышат в этом честность, другие смягчают её («возможно, я что-то упускаю», «не совсем») и воспринимают голый вердикт как нападение. Серьёзность зависит от культуры читателя, растёт, если оценка направлена на клиента («ваши цифры», его собственное предложение, повторённое в ответе: «90 days payment is not acceptable», или его слова, прямо опровергнутые: «No, that's wrong»), и ещё больше, если она называет его людей или возлагает вину на него («your engineers are wrong», «the delay is on your side»), и снижается, если ответ сначала благодарит за что-то или признаёт сказанное (голое «Thanks.» — вежливость письма, не смягчение), или если клиент сам пишет прямые возражения. Перекладывание вины («this is not our fault») считается оценкой в адрес клиента. Читатель из культуры, больше всего ценящей прямую критику (Нидерланды, Израиль, Россия), слышит в простой поправке просто прямую речь и получает подсказку, только если оценка направлена на него (его работа, вина переложена на него); для самых непрямых (Япония, Китай) голый вердикт весит больше. Исправление сохраняет суть и смягчает вердикт. Сочувствие («жаль это слышать, ужасно»), признание своей ошибки и согласие с жалобой клиента («Agreed, that is not acceptable», «I understand this is not acceptable for you») — не несогласие; аргументированный вердикт читателю, который ценит прямую критику и сам только что высказал вердикт, — его собственный регистр, если только вину не перекладывают на него.",
      },
    },
    sources: ['MEY14', 'BROWN87', 'LAR06'],
  },
  check(ctx) {
    const draftText = ctx.draft.text.text;
    const clientVerdicts = answeredCues(ctx, 'negative-evaluation', 0.6);
    const clientText = (m: (typeof clientVerdicts)[number]) =>
      m.message.text.text.slice(m.cue.start, m.cue.end);
    const complained = clientVerdicts.length > 0;
    // "We think the design is too crowded for our users" judges the rep's work: "we" there only
    // holds the opinion, and what is judged comes before the verdict's own words.
    const selfCritical = clientVerdicts.some((v) => {
      const said = clientText(v);
      const at = Math.min(...(v.cue.triggers ?? []).map((t) => said.indexOf(t)).filter((i) => i >= 0));
      // What is judged is in the verdict's own clause: "I have to be honest though, the hotel rate
      // feels quite high" judges the rate, whoever is honest.
      const clause = (Number.isFinite(at) ? said.slice(0, at) : said).split(CLAUSE_BREAK).at(-1)!;
      const judged = clause.replace(OPINION_FRAME, '');
      return SELF_CRITICAL.test(judged) && !/\byou(?:rs?)?\b/i.test(judged);
    });
    const verdicts = draftCues(ctx, 'negative-evaluation', 0.8).filter((v) => {
      const sentence = draftText.slice(v.start, v.end);
      const triggers = v.triggers ?? [];
      const atYou = addressesReader(sentence);
      return (
        aimedAtClient(ctx, v) &&
        // "Agreed, that's not acceptable": siding with the client's complaint is no disagreement.
        !AGREEING.test(sentence) &&
        !granted(sentence, triggers) &&
        !(complained && !atYou && JOINS_COMPLAINT.test(sentence)) &&
        // "ugh, FRA transfers are the worst 😅" after a missed connection: commiseration with their
        // trouble, a verdict on a third thing, not on them.
        !(!atYou && COMMISERATES.test(sentence)) &&
        // "Not at all, I disagree!" to a client who ran down their own work is a compliment.
        !(selfCritical && !atYou && CONTRADICTS.test(sentence)) &&
        // "Two of the vases are quite thin, so I wanted to check": the reason for the writer's own
        // check-up, a worry on the client's behalf, not a verdict on them.
        !(!atYou && OWN_CHECK.test(sentence)) &&
        !quotedOnly(sentence, triggers) &&
        !supposed(sentence, triggers) &&
        !namesNews(sentence, triggers)
      );
    });
    verdicts.push(...counterVerdicts(ctx, verdicts, selfCritical ? [] : clientVerdicts));
    if (verdicts.length === 0) return [];
    // The client asked for it straight ("be brutally honest", "tell me what's wrong with it"): a
    // frank verdict is the answer they asked for, not a breach of their expectations.
    if (ctx.analysis.answered.some((m) => asksFrankness(m.text.text))) return [];
    const feedback = readerFeedback(ctx);
    // A reader who values direct feedback and has just written a verdict of their own ("your
    // estimate is too high") gets an answer in their own register: their writing outranks the profile.
    const mirrored = feedback <= -1 && answeredCues(ctx, 'negative-evaluation', 0.8).length > 0;
    const { why: reasons, sources } = why(ctx);
    const draft = ctx.draft.text.text;
    return verdicts.flatMap((verdict): Finding[] => {
      const sentence = draft.slice(verdict.start, verdict.end);
      // "Six weeks is not realistic. Your team has never done this.": the verdict's grounds, in the
      // sentence right after it, can name who is to blame; the blame belongs to the verdict.
      const next = ctx.draft.text.sentences.find((s) => s.start >= verdict.end);
      const blamedNext = next !== undefined && blamesInGrounds(next.text);
      // "This is not our fault" pushes the blame back across the table, as "your" would.
      const atThem =
        blamedNext ||
        addressesReader(sentence) ||
        /^\s*(?:no|nope|nah)[.!]*\s*$/i.test(sentence) ||
        /(?:\bnot|n['’]t) (?:our|my) (?:fault|problem|responsibility)\b/i.test(sentence);
      // A reasoned verdict in the client's own register is fine; blame sent back is not. A reader
      // who values the most direct feedback (Dutch, Israeli) hears a plain correction as plain
      // talk; only a verdict on their side ("your numbers", "not our fault") is worth a hint.
      if ((mirrored || feedback <= -2) && !atThem) return [];
      // Thanks or an acknowledgement before the verdict is already a cushion.
      // So is a concession in the same sentence: "Fair point, but I disagree on the reports".
      const cushioned =
        CONCESSION.test(sentence) ||
        ctx.draft.cues.some(
          (c) =>
            ['gratitude', 'acknowledgement', 'apology'].includes(c.type) &&
            c.end <= verdict.start &&
            !bareThanks(ctx, c) &&
            // "Sorry for my late reply" apologises for the delay, not for the verdict that follows.
            !ctx.draft.cues.some((a) => a.type === 'absence-apology' && a.start <= c.start && c.end <= a.end),
        );
      // A reader who values direct feedback (Dutch, Israeli, German) needs no more than that.
      if (cushioned && feedback <= -1) return [];
      const score =
        Math.max(feedback, 0) +
        // The most indirect feedback cultures (Japan, China) hear a flat verdict as a loss of face.
        (feedback >= 2 ? 1 : 0) +
        // Their proposal restated and judged ("90 days payment is not acceptable") weighs as "your
        // proposal" does, and so does their statement flatly contradicted ("No, that's wrong"); to a
        // direct reader in their own register it is still a plain answer.
        (atThem || restatesTheirs(ctx, verdict) || CONTRADICTS_THEM.test(sentence) ? 1 : 0) +
        // Their colleagues judged, or the fault put on their side, is a breach for any reader who
        // does not value blunt feedback; the reader judged alone ("you misunderstood") a step less.
        (!atThem
          ? 0
          : PEOPLE_BLAMED.test(sentence) || blamedNext
            ? feedback >= 0
              ? 2
              : 1
            : YOU_BLAMED.test(sentence)
              ? 1
              : 0) +
        // Their figure or proposal set against what "any serious vendor" knows judges their sense.
        (BELITTLES.test(sentence) || (next !== undefined && BELITTLES.test(next.text)) ? 1 : 0) +
        (ctx.client.direct ? -1 : 1) +
        (cushioned ? -1 : 0);
      // Only readers who value the most direct feedback (Dutch, Israeli, Russian) take it as a hint.
      const severity = feedback <= -2 ? 'suggestion' : severityFromScore(score, 4, 2);
      return [
        {
          ruleId: 'blunt-disagreement',
          severity,
          message: {
            en: `"${sentence.trim()}" is a blunt negative verdict; cushioning it keeps the point without the sting.`,
            ru: `«${sentence.trim()}» — резкая негативная оценка; смягчённая форма сохранит суть без укола.`,
          },
          span: { start: verdict.start, end: verdict.end },
          evidence: [],
          why: reasons,
          fix: {
            action: 'replace',
            span: { start: verdict.start, end: verdict.end },
            text: cushionDisagreement(sentence),
          },
          confidence: verdict.confidence,
          sources,
        },
      ];
    });
  },
});
