/**
 * closed-pressure-question: the reply presses for a yes/no commitment ("Do you want to buy our
 * product?", "Did you make a decision?") where an open question would leave the client room.
 */

import type { AnalyzedMessage } from '../analysis.ts';
import type { Cue } from '../cues/types.ts';
import { isHighContext, placed } from '../culture/profile.ts';
import { capitalise, inCulture, manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import { openQuestion } from '../rewrite/open-question.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import { DAY_AND_MONTH_NAMES } from '../text/calendar.ts';
import { phrases } from '../text/phrases.ts';
import {
  clientInvitesRequests,
  clientName,
  draftCues,
  evidenceOf,
  opening,
  severityFromScore,
  tokenRange,
} from './helpers.ts';
import { defineRule, type Evidence, type Finding, type RuleContext, type Span } from './types.ts';

/** The client asked to be contacted again later ("ping me in Q3"). */
const clientPutOff = (ctx: RuleContext): boolean =>
  ctx.analysis.answered.some((m) => CONTACT_LATER.test(m.text.text));

/** Readers who expect positive framing, or for whom a flat "no" is hard to say, feel cornered. */
function readerMindsPressure(ctx: RuleContext): boolean {
  const r = ctx.readerCulture;
  return r
    ? r.rapport.positivityDisplay.value === 'default-positive' ||
        r.style.persuading.value >= 1 ||
        r.style.negativeFeedback.value >= 1
    : false;
}

/**
 * The findings for the draft's pressing questions, weighed by the reader, the relationship and
 * what the thread asked before; each with at most `confidence`.
 */
function pressureFindings(ctx: RuleContext, pressing: readonly Cue[], confidence: number): Finding[] {
  const earlier = earlierPressure(ctx);
  const waited = clientMadeRepWait(ctx);
  const r = ctx.readerCulture;
  const w = ctx.writerCulture;
  const readerMinds = readerMindsPressure(ctx);
  const writerDirect = w ? w.rapport.requestSoftening.value <= -1 : false;
  // The client asked for time ("we will study it internally and revert", "call me again in Q3"),
  // here or earlier with no decision since: a yes/no pressed before they come back overrides what
  // they asked for. Not when the yes is given and only its date was set ("I will sign it once I'm
  // back"): pressing for an earlier date hurries a decision already made.
  const promisedYes = ctx.analysis.answered.some((m) => CLIENT_READY.test(m.text.text));
  const putOff = clientPutOff(ctx);
  const askedForTime =
    !promisedYes &&
    (putOff ||
      ctx.analysis.messages.some(
        (m) =>
          m.author.role === 'client' &&
          (CLIENT_DEFERRED.test(m.text.text) || CLIENT_NEEDS_TIME.test(m.text.text)),
      ));
  // A reserved, indirect reader pressed in the first exchanges (Japan, Korea, China), or before they
  // come back with the decision they asked time for, is the worst case: where meaning lives in
  // context, a "no" is rarely said outright, so a yes/no corners them.
  const reservedNew =
    r !== undefined &&
    isHighContext(r) &&
    r.rapport.positivityDisplay.value === 'reserved-for-familiar' &&
    (ctx.relationship.stage === 'new' || (ctx.relationship.stage === 'acquainted' && askedForTime));
  // A reader not known to be direct: neither low-context nor at ease saying "no" outright
  // (Meyer's disagreeing scale). Only a placed profile counts as known.
  const directReader =
    r !== undefined &&
    ((placed(r.style.context)?.value ?? 0) <= -1 || (placed(r.style.disagreeing)?.value ?? 0) <= -1);
  // A profile that places the reader on neither scale (Pakistan, Lithuania, Hong Kong here) says
  // no more about their directness than none: weigh them as a reader with no profile.
  const unknownStyle =
    r === undefined || (placed(r.style.context) === undefined && placed(r.style.disagreeing) === undefined);
  // The first days after the first meeting: new, or a week of acquaintance at most.
  const early =
    ctx.relationship.stage === 'new' ||
    (ctx.relationship.stage === 'acquainted' && ctx.relationship.days <= 7);
  const base =
    // A reader not known to be direct is not known to take a plain yes/no in stride: the rule's
    // default, a warning, holds (a suggestion is for a reader known to take it in stride).
    (readerMinds || unknownStyle ? 1 : 0) +
    (earlier.length > 0 ? 1 : 0) +
    (waited ? 1 : 0) +
    (ctx.relationship.stage === 'friendly' || ctx.relationship.stage === 'close' ? 1 : 0) +
    (reservedNew ? 1 : 0) +
    (askedForTime ? 1 : 0);
  return pressing.map((q) => {
    const question = ctx.draft.text.text.slice(q.start, q.end);
    // An ultimatum ("yes or no?", "confirm today") corners the reader twice over; a question
    // tucked into "let me know if you want to sign" leaves them room.
    // "Shall I send the contract today?" dates the writer's own step, not the client's answer.
    const ultimatum = ULTIMATUM.test(question) && !OWN_STEP.test(question) ? 2 : 0;
    const embedded = EMBEDDED.test(question);
    const score = base + ultimatum;
    // "Please allow us some time" -> "Can you confirm this week that you will go ahead?": a yes/no
    // with a deadline right after the client asked for time overrides what they asked for. At an
    // early stage, for a reader who minds pressure and is not direct, a coach rates it an error (eval/README,
    // settled severity lines); a condition that leaves the outcome to them ("if the numbers work
    // for you, ...") does not corner them so.
    // A reader with no profile is not known to take pressure in stride either (see base).
    const deadlineOverTime =
      askedForTime &&
      early &&
      (readerMinds || unknownStyle) &&
      !directReader &&
      DEADLINE.test(question) &&
      !CONDITION.test(question);
    return {
      ruleId: 'closed-pressure-question' as const,
      // "I will sign it once I'm back" -> "Could you sign today before you leave?": the yes is given
      // and only its date is hurried; that presses less than asking for the yes itself.
      severity: embedded
        ? 'suggestion'
        : promisedYes
          ? severityFromScore(score, Number.POSITIVE_INFINITY, 1)
          : reservedNew || deadlineOverTime
            ? 'error'
            : severityFromScore(score, 4, 1),
      message: {
        en: `"${question}" presses ${clientName(ctx)} for a yes or no; an open question leaves room to talk.`,
        ru: `«${question}» требует от клиента (${clientName(ctx)}) ответа «да» или «нет»; открытый вопрос оставляет место для разговора.`,
      },
      span: { start: q.start, end: q.end },
      evidence: earlier,
      why: {
        writer: writerDirect
          ? text(
              `${capitalise(inCulture(w, 'en'))} a direct question is a sign of a serious, businesslike partner; after waiting for an answer, asking plainly can feel like the honest thing to do.`,
              `${capitalise(inCulture(w, 'ru'))} прямой вопрос — признак серьёзного, делового партнёра; после долгого ожидания спросить прямо кажется честным.`,
            )
          : text(
              'A direct question can feel like the fastest way to an answer.',
              'Прямой вопрос может казаться самым быстрым путём к ответу.',
            ),
        reader: text(
          [
            readerMinds
              ? `${manyClients(r, 'en')} hear a yes/no purchase question as pressure: it asks for a commitment before they are ready, with none of the positive framing they expect, and a "no" is the easy answer.`
              : `${manyClients(r, 'en')} hear a yes/no purchase question as a request to commit now; it leaves no room to raise doubts, and a "no" is the easy answer.`,
            earlier.length > 0
              ? 'The thread already asked for a decision before, which makes it feel like pushing.'
              : '',
            waited ? 'Right after a pause on their side it can read as impatience.' : '',
          ],
          [
            readerMinds
              ? `${manyClients(r, 'ru')} воспринимают вопрос «да/нет» о покупке как давление: он требует решения раньше, чем клиент готов, без привычной позитивной подачи, и ответить «нет» проще всего.`
              : `${manyClients(r, 'ru')} воспринимают вопрос «да/нет» о покупке как просьбу решить прямо сейчас: он не оставляет места для сомнений, и ответить «нет» проще всего.`,
            earlier.length > 0 ? 'В переписке уже спрашивали о решении, и повтор ощущается как нажим.' : '',
            waited ? 'Сразу после паузы с их стороны это может прозвучать как нетерпение.' : '',
          ],
        ),
      },
      fix: {
        action: 'replace' as const,
        span: { start: q.start, end: q.end },
        text: openQuestion(question),
      },
      confidence: Math.min(q.confidence, confidence),
      sources: sourcesOf(
        r?.rapport.positivityDisplay.sources,
        r?.style.persuading.sources,
        writerDirect ? w?.rapport.requestSoftening.sources : [],
      ),
    };
  });
}

export default defineRule({
  meta: {
    id: 'closed-pressure-question',
    defaultSeverity: 'warning',
    scope: 'draft',
    docs: {
      summary: {
        en: 'The reply presses for a yes/no commitment ("Do you want to buy ...?") where an open question fits.',
        ru: 'Ответ требует ответа «да/нет» на решение о покупке («Вы хотите купить ...?»), где уместнее открытый вопрос.',
      },
      details: {
        en: 'A closed question about buying, signing or deciding asks the client to say yes or no now. It leaves no room to share doubts, and a "no" is easier to give than to explain. An open question ("What have you thought about ...?") keeps the business intent and invites the conversation that leads to a yes. Repeated pressure (the rep asked for a decision before), a pause on the client’s side, a client who asked for time to decide, a warm relationship and a reader who expects positive framing or finds a flat "no" hard to say raise the severity; an ultimatum ("yes or no?", "today") raises it most, as does a new contact from a reserved, indirect culture, or one of some weeks who has just asked for time, or a reader who minds pressure and is not direct, asked in the first days after asking for time to say yes by a date; a client who writes curt business notes lowers it, and a question tucked into "let me know if ..." is only a suggestion. A tag ("..., yes?") asks for assent whatever the question, and so does a first call pressed for tomorrow that the client never asked for. Scheduling questions ("Does Tuesday work?") the client wants, work asks ("Can you send the file?") and choices between options are not pressure, unless the client still has to consult someone and the choice is which offer they will buy ("Which plan will you go with, Basic or Pro?"); offering one’s own next step is not either, unless the step takes the yes for granted ("Shall I send the contract for signature?" to a client who is still studying the offer).',
        ru: 'Закрытый вопрос о покупке, подписании или решении требует сказать «да» или «нет» прямо сейчас. Он не оставляет места для сомнений, а сказать «нет» проще, чем объяснить. Открытый вопрос («Что вы думаете о ...?») сохраняет деловую цель и приглашает к разговору, который ведёт к «да». Повторное давление (представитель уже спрашивал о решении), пауза со стороны клиента, просьба клиента дать время на решение, тёплые отношения и читатель, который ждёт позитивной подачи или которому трудно сказать прямое «нет», повышают серьёзность; сильнее всего её повышает ультиматум («да или нет?», «сегодня»), а также новый контакт из сдержанной, непрямой культуры или знакомый по нескольким неделям, который только что попросил время, или читатель, не любящий нажима и не склонный к прямоте, от которого в первые дни после просьбы о времени требуют «да» к определённой дате; клиент, который сам пишет коротко и по делу, её понижает, а вопрос внутри «let me know if ...» — лишь подсказка. Вопрос-хвостик («..., yes?») требует согласия, о чём бы ни был вопрос, как и первый звонок «на завтра», о котором клиент не просил. Вопросы о времени встречи, которой хочет сам клиент («Вам удобно во вторник?»), рабочие просьбы («Пришлёте файл?») и выбор между вариантами давлением не считаются, если только клиенту ещё нужно с кем-то посоветоваться, а выбор — какое предложение он купит («Какой тариф берёте, Basic или Pro?»); предложение собственного следующего шага — тоже, если только шаг не считает «да» уже сказанным («Прислать договор на подпись?» клиенту, который ещё изучает предложение).',
      },
    },
    sources: ['MEY14', 'LITLIT25'],
  },
  check(ctx) {
    const draft = ctx.draft.text;
    const asks = draftCues(ctx, 'business-ask', 0.9);
    const workAsks = draftCues(ctx, 'business-ask', 0.7);
    // "Did you have time to look at our proposal? ... 10% off if you sign this month": a yes/no
    // chaser beside a push to commit presses as hard as asking for the signature.
    const pushed = PUSH.test(draft);
    // A meeting the client has not asked for, pressed for tomorrow, asks for their time as a yes/no.
    const clientMeets = ctx.analysis.answered.some((m) => MEETING.test(m.text.text));
    const invited = clientInvitesRequests(ctx);
    const deferred = ctx.analysis.answered.some((m) => DEFERS.test(m.text.text));
    const putOff = clientPutOff(ctx);
    const dated = ctx.analysis.answered.some((m) => CLIENT_DATED.test(m.text.text));
    const onHold = putOff || ctx.analysis.answered.some((m) => ON_HOLD.test(m.text.text));
    // "It's really not a good time", "we are not considering new vendors", "maybe we can talk next
    // month": the client turned the meeting down for now or set it later.
    const notNow = ctx.analysis.answered.some((m) => CLIENT_NOT_NOW.test(m.text.text));
    const pressing = draftCues(ctx, 'question', 0.6).filter((q) => {
      const question = draft.text.slice(q.start, q.end);
      if (q.about !== 'business') return false;
      const range = tokenRange(draft, q);
      const slot =
        asksForSlot(draft, q, range) || (AVAILABLE.test(question) && !KEPT_AVAILABLE.test(question));
      // "Tuesday or Wednesday?", "15 min next week?" to a client who just said "not now" offers days
      // for a meeting they declined: the alternative close takes the yes to meeting for granted.
      if ((slot || SHORT_SLOT.test(question)) && notNow && NEAR.test(question)) return true;
      // "Which package will you go with, Standard or Premium?" to a client who must first consult
      // their VP: the alternative close takes the yes for granted and asks only which.
      if (deferred && ALTERNATIVE_CLOSE.test(question)) return true;
      if (offersChoice(question)) return false;
      // "..., yes?", "..., right?": a tag asks for assent, whatever the question is about; on the
      // writer's own step ("I'll update the form, ok?") it only checks.
      if (TAG.test(question) || BARE_YES_TAG.test(question))
        return (
          // "if they're not active anymore i can remove them ..., ok?": after a condition too.
          !/^\W*(?:if\b[^?]{0,60}?[,\s]\s*(?=i\b)|(?:fine|ok(?:ay)?|sure|great|so|then)\W+)?(?:i|i'll|i’ll|let me)\b/i.test(
            question,
          ) ||
          // "I will book the installation team for 3 June then, OK?" acts on a yes not yet given.
          COMMITTED_STEP.test(draft, ...range)
        );
      // "Do you want to start a pilot in Q2? Yes or no is fine, so I can plan.": the yes/no asked for
      // in so many words, in the sentence after the question.
      if (q.form === 'closed' && demandsYesOrNo(draft, q)) return true;
      // A call pressed for next week on a client who has just put the matter on hold asks for the
      // time they said they would not give yet.
      // "Which day this week works for you?" leaves the day to them: open, unless they put it on hold.
      if (slot)
        return (
          !clientMeets && ((SOON.test(question) && q.form !== 'open') || (onHold && NEAR.test(question)))
        );
      // "Shall I send the contract for signature?" offers a step that takes the yes for granted.
      if (OWN_STEP.test(question) && ASSUMES_YES.test(question)) return true;
      // "I'll ask finance tomorrow" -> "Shall I send over the order form now?": offered before they
      // come back, the order form takes the yes for granted too.
      if (deferred && OWN_STEP.test(question) && ORDER_FORM.test(question)) return true;
      if (NOT_PRESSURE.test(draft, ...range)) return false;
      // "Any update on the PO?" asks for news, which any answer gives; not for the yes itself.
      if (
        STATUS_CHASER.test(question) ||
        TRAILING_CHASER.test(question) ||
        STATUS_REQUEST.test(question) ||
        PAYMENT_STATUS.test(question) ||
        DECISION_STATUS.test(question)
      )
        return false;
      // "Have you had a chance to review the offer?" asks whether they read it, which leaves every
      // answer open; beside a push or a date ("the promotion ends Friday") it chases the yes.
      if (REVIEW_CHECK.test(question) && !pushed && !DEADLINE.test(question)) return false;
      // "Can you sign the NDA so we can share the roadmap?", "could you have page 3 of the end-user
      // certificate signed?": a step before any decision or a formality, not the yes.
      if (
        !(deferred && SOON.test(question)) &&
        /\b(?:nda|non-disclosure|confidentiality|forms?|certificates?|declarations?|questionnaires?)\b/i.test(
          question,
        ) &&
        !/\b(?:contract|order|purchase|deal)\b/i.test(question)
      )
        return false;
      // "We'll discuss internally and revert" -> "Can we close the order this quarter?": the client
      // said they would come back with the decision; a yes/no asked before then presses, whatever
      // the step: "confirm the 300 rooms", the NDA itself when pressed for today.
      if (
        (deferred || putOff || notNow) &&
        q.form === 'closed' &&
        (asks.some((a) => overlaps(a, q) && decides(a)) ||
          CONFIRMS_PURCHASE.test(draft, ...range) ||
          // A meeting, when the client asked to be contacted again later ("ping me in Q3").
          (putOff && workAsks.some((a) => overlaps(a, q) && decides(a))))
      )
        return true;
      // "I will check the LC with the bank on Monday", "payment after the Eid holidays" -> "Can you
      // confirm today?": the client named when they will act; a confirmation pressed for sooner
      // asks for the yes before the day they set.
      // The same when they said whom they must consult first ("I need to check with my partner"):
      // a confirmation asked by a date ("today", "before the holiday") outruns that talk.
      if (
        (dated || deferred) &&
        q.form === 'closed' &&
        (SOON.test(question) || DEADLINE.test(question)) &&
        CONFIRM.test(question)
      )
        return true;
      // "Can we reschedule for tomorrow?" after the client missed the call arranges what they want.
      if (clientMeets && /\breschedul\w*/i.test(question)) return false;
      // "So, are we good to go with the annual plan?" asks for the go-ahead; "When would you like to
      // sign?" asks for a date, open (see below).
      if (q.form !== 'open' && GO_AHEAD.test(draft, ...range)) return true;
      // "Anything you need from us?" -> "Could you sign page 2 of the form?", "Do you have a PO
      // number?": the client asked what we need, and the question names it; it presses for nothing.
      if (invited) return false;
      // "Regarding the proposal: when can we expect your order?", "As for the quote, when can you
      // confirm?" is open, whatever the label or topic phrase before it.
      const open = q.form === 'open' || TOPIC_THEN_WH.test(question);
      // "When will you sign the contract?" asks for a date and leaves room to say where things
      // stand: an open question, however eager (eval/README, settled label questions).
      if (open) return false;
      return (
        asks.some((a) => overlaps(a, q) && decides(a)) ||
        (pushed && workAsks.some((a) => overlaps(a, q))) ||
        // "Can we start the project on 1 June? Just confirm and I'll send the contract": a start
        // only the yes allows, beside a push, asks for that yes.
        (pushed && COMMITTED_STEP.test(draft, ...range))
      );
    });
    // "Interested?", "Deal?", "So, are you in?": a commitment asked for in one word after a pitch,
    // which the question detector takes for a fragment.
    for (const sentence of draft.sentences) {
      if (!ELLIPTIC.test(sentence.text.trim())) continue;
      if (pressing.some((q) => overlaps(q, sentence))) continue;
      pressing.push({ type: 'question', start: sentence.start, end: sentence.end, confidence: 0.8 });
    }
    if (pressing.length === 0) return [];
    // "If you haven't heard from me by Friday, ping me and make me decide": the client asked to be
    // pressed for the decision, and the question keeps that promise.
    if (
      ctx.analysis.messages.some(
        (m) =>
          m.author.role === 'client' &&
          (ASKED_TO_BE_PRESSED.test(m.text.text) || CHECK_IN_ASKED.test(m.text.text)),
      )
    )
      return [];
    // "pls tell me when you need it latest": the client asked for our date; a request that gives it
    // answers them.
    if (ctx.analysis.answered.some((m) => DATE_ASKED.test(m.text.text))) return [];
    // A direct reader who writes curt business notes asks for plain answers too: "Do you want to
    // order?" after "Send the price for 500 units." is just the next step. A reader who minds being
    // pressed still minds it, however short their own notes.
    const clientAsked = ctx.analysis.answered
      .at(-1)
      ?.cues.some((c) => (c.type === 'business-ask' || c.type === 'imperative') && c.confidence >= 0.6);
    if (ctx.client.terse && !readerMindsPressure(ctx) && clientAsked) return [];
    // "We're ready to buy, what's next?" -> "Shall we proceed with the contract?": the client has
    // said yes already; the closed question confirms a decision, it does not press for one.
    // "I will sign it once I'm back on the 12th" promises the yes for later, not now.
    if (
      yesInView(ctx).some(
        (m) => CLIENT_READY.test(m.text.text) && !NOT_READY.test(m.text.text) && !DEFERS.test(m.text.text),
      )
    )
      return [];
    // "Is the price final? If final, we sign this week." -> "Confirmed, it is final. Shall I send the
    // contract?": the client tied their yes to one condition and the reply opens by meeting it.
    if (
      (CONFIRMED_OPENING.test(draft.text) || MEETS_CONDITION.test(draft.text)) &&
      ctx.analysis.answered.some((m) => CONDITIONAL_YES.test(m.text.text) && !NOT_READY.test(m.text.text))
    )
      return [];
    return pressureFindings(ctx, pressing, 0.9);
  },
  candidates(ctx) {
    // The lenient reading the verdict model weighs: every question of the draft that is not open
    // ("When ...?", "What ...?"), whatever it asks for.
    const closed = draftCues(ctx, 'question', 0.5).filter((q) => q.form !== 'open');
    return pressureFindings(ctx, closed, 0.5);
  },
});

/** A label or a topic phrase, then a wh-question: "Re the quote: when ...", "Regarding the order, how ...". */
const TOPIC_THEN_WH =
  /^(?:[^?:]{1,80}:|(?:regarding|concerning|about|as for|as to|re|with regards? to|in regards? to|on)\b(?:[^?,:;]|(?<=\d),(?=\d)){1,80},)\s*(?:when|what|how|which|who|where|why)\b/i;

/** "Any update on the PO?": a status chaser, unless it names the decision ("any news on your decision?"). */
const STATUS_CHASER = opening(
  String.raw`(?:(?:so|and|just)\W+)?any\s+(?:update|updates|news|progress)\b(?![^?]*\b(?:decision|decide|decided|yes|go-ahead)\b)`,
);
/**
 * "Could you let me know the status of the approval?", "... where things stand with the order?":
 * asks for news in other words; not when it names the decision or adds a commitment to it.
 */
const STATUS_REQUEST =
  /\b(?:let (?:me|us) know|tell (?:me|us)|update (?:me|us) on|share|inform (?:me|us) (?:of|about))\s+(?:(?:the|your)\s+)?(?:(?:current|latest)\s+)?(?:status|progress|where (?:things|it|we|this|matters) stands?)\b(?![^?]*\b(?:decision|decide|decided|yes|go-ahead)\b)(?![^?]*\band\s+(?:confirm|sign|order|approve|commit)\b)/i;
/** "Could you check with accounts payable whether it is in the next payment run?": a payment's status. */
const PAYMENT_STATUS = /\bcheck\b[^?]*\b(?:whether|if)\b[^?]*\b(?:paid|payment|transfer|remittance)\b/i;
/** "May I ask whether a decision was taken?": where the decision stands, asked after the fact. */
const DECISION_STATUS =
  /\b(?:whether|if)\s+(?:(?:a|the|any)\s+)?decision(?:\s+[\w-]+){0,4}?\s+(?:was|has\s+been|had\s+been)\s+(?:taken|made|reached)\b/i;
/** "Did you get a chance to look at the quote?": whether they read it, not whether they buy. */
const REVIEW_CHECK =
  /\b(?:had|have|has|get|got|find|found)\s+(?:a\s+|the\s+|some\s+)?(?:chance|time|opportunity|moment)\s+to\s+(?:review|look|go through|read|check|study|see)\b/i;
/** "the PO for Q3 — any update?": the chaser closes the sentence. */
const TRAILING_CHASER = /(?:^|[—–:,;]|\s-|\bbtw\b)\s*any\s+(?:update|updates|news|progress)\s*\?+\s*$/i;
/** Free or available to meet; a "free trial" or a "free version" is an offer, not a slot. */
const AVAILABLE =
  /\b(?:free(?!\s+(?:trial|pilot|version|plan|tier|account|license|licence|upgrade|of charge))|available)\b/i;
/** "... so we can keep the team available for May": the writer's people held free, not the reader's time. */
const KEPT_AVAILABLE = /\b(?:keep|hold|have|make)\s+(?:[\w-]+\s+){0,3}?(?:free|available)\b/i;
/** The writer offers their own next step: "Shall I send ...", "Can we prepare ...", "Want me to send ...". */
const OWN_STEP =
  /\b(?:(?:shall|should|can|may)\s+(?:i|we)|(?:want|like)\s+(?:me|us)\s+to)\s+(?:send|prepare|share|forward|resend|draft|issue)\b/i;
/**
 * A step only a yes calls for: the contract or agreement itself, or papers "for signature". A
 * contract "to review" or "in draft" is still a step the client can take without deciding.
 */
const ASSUMES_YES =
  /\bfor\s+(?:your\s+)?(?:signatures?|signing)\b|\bto\s+(?:be\s+)?sign(?:ed)?\b|\b(?:contract|agreement)\b(?![^?]*\b(?:review|draft|comments?|legal|look|questions?)\b)/i;
/** "the order form": a paper only a yes calls for, once the client has said they will come back. */
const ORDER_FORM = /\border\s+forms?\b/i;
/**
 * The client asks to be chased for the decision: "ping me and make me decide", "chase me on Friday".
 * "Ping me again in Q3" asks to be left until then (CONTACT_LATER). "When you need a decision, just
 * ask me directly", "be straight with me": the client's own style outranks the default.
 */
const ASKED_TO_BE_PRESSED =
  /\b(?:ping|chase|nudge|hound)\s+me\b(?!\s+(?:again\s+)?(?:in|after|next|once|when)\b)|\b(?:give|send)\s+me\s+(?:a\s+)?(?:nudge|ping|reminder|shout)\b(?!\s+(?:again\s+)?(?:in|after|next|once|when)\b)|\bmake\s+me\s+(?:decide|commit|choose)\b|\bhold\s+me\s+to\s+it\b|\b(?:just\s+)?ask\s+me\s+(?:directly|straight(?:\s+out)?|outright|plainly)\b|\bbe\s+(?:direct|blunt|straight)\s+with\s+me\b/i;
/**
 * "Can you check in with me Monday the 23rd? I should have an answer by then.": the client set the
 * day to be asked, as "ping me Friday" does (kept apart from ASKED_TO_BE_PRESSED: see CLIENT_READY_WORDS).
 */
const CHECK_IN_ASKED = /\bcheck\s+in\s+with\s+(?:me|us)\b(?!\s+(?:again\s+)?(?:in|after|next|once|when)\b)/i;
/** The client asks by when we need their part: "tell me when you need it latest", "by when do you need the PO?". */
const DATE_ASKED =
  /\b(?:by\s+)?when\s+(?:do\s+|would\s+|will\s+)?you\s+need\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?|our\s+[\w-]+)(?:\s+(?:back|signed))?\s*(?:by|latest|at\s+the\s+latest|\?|$|[.!,])/im;
/** "Can we talk tomorrow at 11, yes?": a tag that asks for assent. */
const TAG = /,\s*(?:yes|right|ok(?:ay)?|agreed|no|yeah)\s*\?+\s*$/i;
/**
 * "So we can confirm the 500 units today yes?": the tag without its comma, as many write it in chat;
 * not "Is it a yes?" or "Can you say yes?", which ask for the yes in words GO_AHEAD knows.
 */
const BARE_YES_TAG = /(?<!\b(?:a|say|said|is|was|it's|it’s|that's|that’s|the|big|clear)\s)\byes\s*\?+\s*$/i;
/** The writer's own step that only a yes calls for: booking the installers, starting production. */
const COMMITTED_STEP = phrases([
  'book|reserve|block|schedule|plan ~3 installation|installers|production|shipment|delivery|truck|trucks|crew|team',
  // One word each: "the project" as an alternative never matched; the gap takes the article.
  'start|begin|launch ~2 production|installation|manufacturing|project|rollout|work',
  'ship|invoice|install|deliver ~2 it|them|the|your|on|next|this',
]);
/** The client speaks of meeting: a slot question then arranges what they want. */
const MEETING =
  /\b(?:call|calls|meet|meeting|demo|chat|talk|speak|reconnect|available|availability|slot|schedule|zoom|teams)\b|\bpick\s+(?:it\s+|this\s+|things\s+)?up\b/i;
const SOON = /\b(?:today|tonight|tomorrow|this week|right now|now|asap)\b/i;
/**
 * A date the yes is asked by: "this week", "before 30 September", "until end of the month", "by
 * the 27th", "this quarter". The writer's own schedule ("so we can start in January") is not one.
 */
const DEADLINE = new RegExp(
  String.raw`\b(?:today|tonight|tomorrow|now|asap|this (?:week|month|quarter|year)|next week|(?:by|before|until|till) (?:the )?(?:end\b|\d|this\b|next\b|(?:${DAY_AND_MONTH_NAMES.join('|')})\b)|(?:by|before) (?:the )?(?:holidays?|break|festival|christmas|new year|eid|ramadan|diwali)\b)`,
  'i',
);
/** "If the numbers work for your team, can we ...?": the yes is asked on a condition the client judges. */
const CONDITION = /^[^?]*\b(?:if|provided|assuming)\b[^?]*,[^?]*\?/i;
/** Soon enough to override a pause the client set: "next week", "this Thursday", "in the coming days". */
const NEAR =
  /\b(?:today|tonight|tomorrow|this week|next week|this month|(?:in )?the (?:next|coming) (?:few )?days|asap|(?:this|next) (?:mon|tues|wednes|thurs|fri)day)\b/i;
/**
 * The client declined a meeting for now or set it later: "it's not a good time", "we are currently
 * not considering new vendors", "maybe we can talk next month after the audit", "maybe in the future
 * we can discuss further", "not sure we need it right now".
 */
const CLIENT_NOT_NOW =
  /\bnot (?:a |the )?(?:good|right|great|convenient) time\b|\bnot (?:currently |actively )?(?:considering|looking (?:for|at)|evaluating) (?:any )?(?:new|other|additional|external)\b|\b(?:talk|speak|meet|connect|chat|discuss|pick (?:it|this|things) up)\b[^.!?]{0,30}\b(?:next (?:month|quarter|year)|later (?:this|in the) (?:month|year)|in (?:q[1-4]|the new year)|(?:some ?time )?later|in the future|after (?:the )?new year)\b|\bnot sure (?:we|i) need (?:it|this|that)\b/i;
/** A meeting asked for by its length: "15 min next week?", "a 30-minute call". */
const SHORT_SLOT = /\b\d+\s*-?\s*(?:min|mins|minutes?)\b/i;
/** The client paused the matter: "investments are on hold until January", "the project is frozen". */
const ON_HOLD =
  /\b(?:on hold|on ice|paused|frozen|postponed|put off|(?:until|till|after) (?:the )?(?:budget|budgets) (?:is |are )?(?:ready|set|approved|done))\b/i;
/** "Are we good to go?", "Are you ready to proceed?": a request for the go-ahead. */
const GO_AHEAD = phrases([
  'are|is we|you|it ~1 good|set|ready|clear to go|proceed',
  'good to go',
  'can we go ahead|proceed',
  // "So are we agreed at 48,000?", "Are you still interested?": the yes itself is what is asked.
  'are|is we|you ~1 agreed|decided',
  'are you ~1 still interested',
  // "Is it a yes?", "Do we have your go-ahead?", "Will you be ordering this month?".
  'is|was it|that|this a yes|go|deal',
  'is|was it|that|this a go-ahead',
  'take ~2 as a yes',
  // "Shall we say yes to the 3-year term?", "Can we consider the order confirmed?": the yes itself,
  // asked for in other words.
  'say|give ~1 yes',
  // "Could we get a yes on the pilot by the end of the month?"
  'get|have a|your yes',
  'consider ~3 confirmed|agreed|settled|final|decided|done',
  'your ~1 go ~1 ahead',
  'your ~1 green light',
  'will|would you be ordering|buying|signing|purchasing|renewing',
  // "Do you want to lock in the discount before Friday?": the commitment asked for as a wish.
  'do|would you want|like to lock|secure|grab|reserve|order|buy|sign|purchase|commit|renew',
]);
/** "Yes or no is fine", "Just a yes or no, please", "just need a quick yes": the answer's form demanded. */
const YES_OR_NO =
  /\b(?:yes\s+or\s+no|(?:(?:a|your)\s+)?(?:quick|simple|short|fast)\s+yes|just\s+(?:a|your)\s+yes|(?:revert|reply|respond|answer|come\s+back)\s+with\s+(?:a|your)\s+yes)\b/i;

/** The sentence right after the question asks for a yes or a no in those words. */
function demandsYesOrNo(draft: AnalyzedText, q: { end: number }): boolean {
  const next = draft.sentences.find((s) => s.start >= q.end);
  return next !== undefined && YES_OR_NO.test(next.text);
}

const ULTIMATUM =
  /\b(?:yes\s+or\s+no|today|tonight|right now|right away|now|asap|immediately|by (?:the )?end of (?:the )?day)\b/i;
/**
 * The client's own yes: ready to buy, decided, approved, "we'll order it", "we are going ahead with
 * the 3-year plan", "the agreement is OK for us"; also "we can sign this week", "all approved"
 * (CLIENT_CAN_GO). Two expressions, not one: compiled as one, the expression's machine code
 * crashes V8's startup-snapshot serializer (Node 20), and `npm run build` loses its snapshot.
 */
const CLIENT_READY_WORDS =
  /\b(?:(?:we|i)(?:'re|’re| are|'m|’m| am) (?:now |finally |all )?(?:ready|happy) to (?:buy|order|sign|go ahead|proceed|move forward|purchase|start)|(?:we|i)(?:'ll|’ll| will|'d|’d| would)(?: like to| love to| be happy to)? (?:order|buy|sign|proceed|go ahead|go with|renew|extend|take it(?! from)|take them|take the)|(?:have |'ve |’ve )?decided to (?:go|proceed|buy|order|sign|move)|(?:let's|let’s|let us) (?:go ahead|do it|proceed|move forward)|(?:gave|got|have) (?:the )?(?:green light|go-ahead)|(?:let's|let’s|let us) lock it in|(?:we're|we’re|we are) (?:good|fine|happy) (?:with|to go)|count us in|it's a deal|it’s a deal|(?:board|management|we|they|cfo|ceo) (?:has |have |just )?signed (?:it )?off|(?:we're|we’re|we are) in(?=\s*[.!,;—–-]|\s*$)|(?:we're|we’re|we are|i'm|i’m|i am) (?:going ahead|proceeding|moving forward) with(?! (?:another|other|a different|an? (?:other|competitor|alternative)))|(?:it|this|that|the (?:agreement|contract|offer|proposal|terms))(?:'s|’s| is) (?:ok|okay|fine|acceptable|good) (?:for us|from our side|on our side|with us))\b/i;
const CLIENT_CAN_GO =
  /\b(?:(?:we|i) can (?:now |already )?(?:sign|order|proceed|go ahead)(?! (?:if|once|when|after|only))|(?:all|fully|officially|finally) approved)\b/i;
/**
 * The yes in the present tense, as many second-language writers give it: "OK, we take 3 tractors",
 * "we go with the 3-year plan", "send the contract and we sign this week". Not "if we order 500",
 * nor a habit ("we order 3 containers per year"). Kept apart for the same reason as the two above.
 */
const CLIENT_YES_NOW =
  /(?:^|[.!;:,]\s*|\b(?:ok|okay|so|yes|then|and)\W+)(?:we|i) (?:(?:take|order|go with) (?:the |this |these |that |it\b|them\b|all\b|both\b|option\b|\d)(?![^.!?]{0,60}\b(?:per|every|each|a) (?:year|month|week|quarter|season)\b)|sign (?:it |the contract |the order )?(?:this week|today|tomorrow|on (?:mon|tues|wednes|thurs|fri)day)\b)/i;
/**
 * The yes told as a fact or a next step of the client's own: "deal is final from our side", "the
 * order is confirmed", "confirm it so I can launch the PO", "we will raise the purchase order".
 * Kept apart for the same reason as the three above.
 */
const CLIENT_DONE =
  /\b(?:(?:deal|order|purchase|contract)(?:'s|’s| is) (?:now )?(?:final|confirmed|approved|done)\b(?!\s*\?)|(?:so|then|and) (?:i|we) can (?:launch|raise|issue|place|release) (?:the |our |a )?(?:purchase order|po|order)\b|(?:we|i)(?:'ll|’ll| will) (?:launch|raise|issue|place|release) (?:the |our |a )?(?:purchase order|po|order)\b)/i;
/** The go-ahead given: "management approved the budget", "gerencia approved budget" (no article, as many write). */
const CLIENT_APPROVED = /\bapproved\s+(?:the\s+|our\s+)?(?:budget|purchase|order|deal|proposal|contract)\b/i;
/** The yes as the client's wish, dated: "I want to sign this week", "we plan to order before Easter". */
const CLIENT_WANTS =
  /\b(?:we|i) (?:want|plan|intend) to (?:order|buy|sign|proceed|go ahead)(?: it| the (?:contract|order|agreement))? (?:this|today|tomorrow|now|next|on|by|before)\b/i;
/** The yes as an approval of what was offered: "We approve the proof", "I approve the final quote". */
const CLIENT_APPROVES =
  /\b(?:we|i)\s+(?:hereby\s+|now\s+|officially\s+)?approve\s+(?:the|this|your|it\b)(?:\s+(?:final|revised|new|last|updated))?\s*(?:proof|proofs|design|offer|quote|quotation|proposal|order|contract|terms|sample|samples|artwork|it\b)/i;
/**
 * "I'll take it to the budget meeting", "we will take it up with finance": the quote taken somewhere,
 * not the offer taken. Removed before CLIENT_READY_WORDS is read: a longer lookahead inside that
 * expression breaks the startup snapshot as the alternations above do.
 */
const TAKEN_ELSEWHERE = /\btake\s+it\s+(?:to|up|back|further|forward|into|with)\b/gi;
/** The go-ahead in the present tense: "we go ahead with 3,000 tons as per your offer". */
const CLIENT_GOES_AHEAD = /\b(?:we|i)\s+(?:go\s+ahead|proceed)\s+with\s+(?:the\s+|this\s+|your\s+|it\b|\d)/i;
/** The yes said without its subject, as chat and notes give it: "all good. send the contract, ready to sign". */
const CLIENT_READY_ELLIPTIC =
  /(?:^|[.!,;:]\s*|\b(?:ok|okay|yes|good)\W+)(?:ready to (?:sign|order|buy|proceed|start)|good to go|ready when you are)\b/i;
/**
 * The offer accepted: "price ok for us", "the quotation is fine with us"; not "The piece price is ok
 * for us, but we need to check the tooling cost".
 */
const CLIENT_PRICE_OK =
  /\b(?:price|prices|quote|quotation|offer|terms)\s+(?:is\s+|are\s+)?(?:ok|okay|fine|acceptable|good)\s+(?:for|with)\s+(?:us|me)\b(?![^.!?]*\bbut\b)/i;
/** The order placed in words: "we would like to place a first trial order", "we will place our PO". */
const CLIENT_PLACES =
  /\b(?:we|i)\s+(?:would\s+like\s+to|want\s+to|will|'d\s+like\s+to|’d\s+like\s+to)\s+place\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,2}(?:order|po)\b/i;
/** The order sent: "Please find attached our PO 7719", "enclosed is our purchase order". */
const CLIENT_PO_SENT =
  /\b(?:attached|enclosed|here\s+is|please\s+find)\b[^.!?]{0,30}\b(?:our|the)\s+(?:purchase\s+order|po)\b/i;
/** The yes to a renewal: "we want to continue", "we'd like to renew for 2027", "we're good to renew". */
const CLIENT_CONTINUES =
  /\b(?:we|i) (?:want|would like|'d like|’d like|wish|plan) to (?:continue|renew|extend|keep (?:going|working))\b|\b(?:we're|we’re|we are|i'm|i’m|i am) (?:good|ok|okay|fine|all set|happy) to (?:renew|sign|order|proceed|go ahead|buy)\b/i;
/** "we're ready to go", "just tell me where to sign": the yes given, only the paperwork asked for. */
const CLIENT_READY_TO_GO =
  /\b(?:we|i)(?:'re|’re|\s+are|'m|’m|\s+am)\s+(?:now\s+|all\s+)?(?:ready|good)\s+to\s+go\b|\btell\s+(?:me|us)\s+where\s+to\s+sign\b/i;
const CLIENT_READY = {
  test: (text: string) =>
    CLIENT_READY_TO_GO.test(text) ||
    CLIENT_GOES_AHEAD.test(text) ||
    CLIENT_READY_ELLIPTIC.test(text) ||
    CLIENT_CONTINUES.test(text) ||
    CLIENT_PLACES.test(text) ||
    CLIENT_PO_SENT.test(text) ||
    CLIENT_PRICE_OK.test(text) ||
    CLIENT_READY_WORDS.test(text.replace(TAKEN_ELSEWHERE, ' ')) ||
    CLIENT_APPROVES.test(text) ||
    CLIENT_APPROVED.test(text) ||
    CLIENT_WANTS.test(text) ||
    CLIENT_CAN_GO.test(text) ||
    CLIENT_YES_NOW.test(text) ||
    CLIENT_DONE.test(text),
};
/**
 * "If final we sign this week", "if you can deliver in May, we will order", "we can take both
 * containers at this price if they arrive before week 48": a yes on one condition.
 */
const CONDITIONAL_YES =
  /\bif\s+[^.!?;]{1,80}?[,\s]\s*(?:then\s+)?(?:we|i)(?:'ll|’ll|\s+will|\s+can|\s+would)?\s+(?:sign|order|proceed|go ahead|buy|purchase|place the (?:order|po)|take (?:it|them)|have (?:a\s+)?deal|go(?=\s*[.!]|\s+(?:with|for)\s+it\b))\b|\b(?:we|i)\s+(?:can|will|would|could)\s+(?:sign|order|buy|take|proceed|go\s+ahead)\b[^.!?;]{0,80}?\bif\b/i;
/** The reply meets the client's condition in so many words: "We can do EUR 42k including ...". */
const MEETS_CONDITION =
  /(?:^|[.!,]\s*)(?:yes|ok(?:ay)?|sure|agreed|good news)?[\s,!:-]*(?:we|i) can (?:do|offer|accept|agree to|match|meet|include|add|provide|give|ship|deliver)\b/i;
/** The reply opens by confirming: "Confirmed - ...", "Yes, it is final", "I can confirm ...". */
const CONFIRMED_OPENING = opening(
  String.raw`(?:yes\b|confirmed\b|correct\b|(?:i|we) (?:can )?confirm\b|that(?:'s|’s| is) (?:right|correct)\b)`,
);
/**
 * The client put the decision off until they come back: "we will revert", "I'll get back to you
 * after Eid", "I will update you", "please allow us some time", "we'll discuss it internally" (not "approved internally", nor "we discussed internally", which is
 * done), "I will sign it once I'm back". Not "let me know if ...".
 */
const CLIENT_DEFERRED =
  /\b(?:revert|come back to you|get back to you|reply (?:to )?you|contact you again|be in touch|update you|inform you(?!\s+(?:that|about|of\b))|(?:allow|give|grant) (?:us|me) (?:some |more |a (?:little |bit of )?)?time|let you know(?!\s+(?:if|whether|in case))|(?:after|once|when) (?:i|we) (?:come back|get back|return|am back|are back)|(?:after|once|when) (?:i|we)(?:'m|’m|'re|’re) back|(?:after|on|upon) (?:coming back|getting back|returning|my return|our return))\b|\b(?:discuss|study|review|check|consider|evaluate|assess)\w*(?<!ed)\b[^.!?]{0,50}\binternally\b/i;
/**
 * Time asked for in other words: "we need some time to compare", "we need a couple of weeks",
 * "we will reply in due course", "we will contact you once we have a conclusion". Kept apart from
 * CLIENT_DEFERRED (see CLIENT_READY_WORDS); not "we need it in time for the launch".
 */
const CLIENT_NEEDS_TIME =
  /\b(?:need|needs|require|requires)\s+(?:some|more|a\s+(?:little|bit\s+(?:of|more))|a\s+(?:few|couple\s+of)\s+(?:more\s+)?(?:days|weeks))\s*(?:time\b|to\b)|\bin\s+due\s+course\b|\b(?:contact|write\s+to|answer)\s+you\s+(?:(?:once|when|as\s+soon\s+as)\s+(?:we|i)\b|after\s+(?:our|my|the)\s+(?:internal\s+)?(?:meeting|review|discussion|evaluation))/i;
/**
 * The decision waits on someone else or on more thought: "I need to check the numbers with my
 * business partner", "we need to discuss with our GM", "we're still working out what fits", "we can
 * give you feedback after the holiday". Kept apart from CLIENT_DEFERRED (see CLIENT_READY_WORDS).
 */
const CLIENT_CONSULTS =
  /\b(?:need|have|want|has|needs) to (?:check|discuss|talk|consult|run|go over|align|review)\b[^.!?]{0,50}\bwith (?:my|our|the|his|her) (?:[\w-]+ ){0,2}(?:partners?|(?:co-?)?founders?|boss|gm|ceo|cfo|coo|manager|management|team|board|director|owner|colleagues?|wife|husband|family|engineers?|lawyers?|legal)\b|\b(?:still|currently) (?:working out|figuring out|thinking|considering|deciding|evaluating|weighing)\b|\bgive you (?:our |some |a |the )?(?:feedback|answer|decision)\b/i;
/**
 * "I need to run this by my VP first": the offer taken to someone above. Kept apart from
 * CLIENT_CONSULTS: joined to it, the alternation made V8 abandon the startup snapshot (npm run build).
 */
const CLIENT_RUNS_BY =
  /\brun (?:it|this|that) (?:by|past) (?:my|our|the) (?:\w+ )?(?:partners?|boss|gm|ceo|cfo|coo|vp|svp|evp|manager|management|team|board|director|owner|head|legal)\b/i;
/** "give me some days pls", "let me check with my socio first": time asked for, in chat's words. */
const CLIENT_ASKS_DAYS =
  /\b(?:give|allow)\s+(?:me|us)\s+(?:some|a\s+few|a\s+couple\s+of|few|two|three|2|3)\s+(?:more\s+)?(?:days|weeks)\b|\blet\s+me\s+(?:first\s+)?(?:check|discuss|talk|consult)\b[^.!?]{0,40}\bwith\s+(?:my|our)\b/i;
const DEFERS = {
  test: (text: string) =>
    CLIENT_DEFERRED.test(text) ||
    CLIENT_CONSULTS.test(text) ||
    CLIENT_RUNS_BY.test(text) ||
    CLIENT_ASKS_DAYS.test(text) ||
    // "I need some time to discuss it with our management team."
    CLIENT_NEEDS_TIME.test(text),
};
/** The client named a later day they will act on: "I will check it with the bank on Monday", "will be processed after Eid". */
const CLIENT_DATED =
  /\b(?:will|'ll|’ll)\b[^.!?]{0,60}\b(?:after|on|next|from)\s+(?:the\s+)?(?:eid|holidays?|festival|new year|diwali|christmas|ramadan|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week)\b/i;
const CONFIRM = /\bconfirm\w*\b/i;
/** The client asked to be contacted later: "ping me again in Q3", "reach out after the summer". */
const CONTACT_LATER =
  /\b(?:ping|chase|contact|call|email|reach out to|try) me (?:again )?(?:in|after|next|once|when)\b|\breach out (?:again )?(?:in|after|next)\b/i;
/** Confirming a quantity is placing the order: "can we confirm the 300 rooms?", "confirm the 2 containers". */
const CONFIRMS_PURCHASE = phrases([
  'confirm ~3 booking|reservation|rooms|units|quantity|quantities|volume|volumes|containers|tonnes|seats|licences|licenses',
  // "Can we confirm the first order of 20,000 meters?": an order, or a quantity in goods' units.
  'confirm ~2 first|initial|trial|opening|pilot order|purchase',
  'confirm ~4 meters|metres|pieces|pcs|pallets|rolls|cartons|kg|tons|bottles|cases',
]);

/**
 * The client messages whose yes still stands for the draft: those it answers, and, when these only
 * acknowledge the rep's holding reply ("👍", "ok, thanks"), the client's turn before that reply. "I
 * want to sign this week" -> "I will confirm the cap with legal today" -> "👍": the yes is still
 * the client's last word on the deal.
 */
function yesInView(ctx: RuleContext): readonly { text: { text: string } }[] {
  const answered = ctx.analysis.answered;
  // "Also thank you again for the dinner in Almaty ...": a later note that asks nothing leaves the
  // yes the client gave before it standing.
  const bare = answered.every(
    (m) => !m.cues.some((c) => (c.type === 'question' || c.type === 'business-ask') && c.confidence >= 0.6),
  );
  if (answered.length === 0 || !bare) return answered;
  const messages = ctx.analysis.messages;
  let i = messages.length - 1;
  while (i >= 0 && messages[i]!.author.role === 'client') i--;
  while (i >= 0 && messages[i]!.author.role === 'rep') i--;
  const before: AnalyzedMessage[] = [];
  for (; i >= 0 && messages[i]!.author.role === 'client'; i--) before.unshift(messages[i]!);
  return [...before, ...answered];
}

/** "We are not ready to sign yet", "we won't order before Q3". */
const NOT_READY =
  /\b(?:not|n't|n’t|never) (?:yet )?(?:ready|decided|going to|able to)\b|\b(?:won't|won’t|will not) (?:order|buy|sign|proceed)\b/i;

/** A commitment asked for in a word or two: "Interested?", "Deal?", "So, are you in?". */
const ELLIPTIC =
  /^(?:(?:so|well|ok(?:ay)?|then)[,\s]+)?(?:(?:are\s+)?you\s+)?(?:interested|in(?:\s+or\s+out)?|deal|agreed|ready to (?:buy|sign|order|go ahead)|shall we sign|do we have a deal)\s*\?+$/i;
const EMBEDDED = /^[^?]*\b(?:let me know|tell me|advise)\b[^?]*\b(?:if|whether)\b[^?]*$/i;

/**
 * Paying an invoice or getting an internal approval is the client's process after (or apart from)
 * the decision: "Can you pay the invoice this week?" is a request, not a yes/no on buying. A
 * prepayment or a deposit secures the purchase, so it still counts.
 */
const PROCESS_ONLY =
  /^(?:pay|paying|paid|payment|payments|approval|invoice|invoices|confirm|send|share|review|check|provide|forward|get|receive|reply|respond)$/i;
const decides = (ask: Cue) => (ask.triggers ?? []).some((t) => !PROCESS_ONLY.test(t.trim()));

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Which of our offers the client will buy: "which package will you go with", "which plan do you take". */
const ALTERNATIVE_CLOSE =
  /\bwhich\b[^?]{0,40}\b(?:will|would|do|shall|are)\s+(?:you|we)\s+(?:be\s+)?(?:go(?:ing)?\s+(?:with|for)|take|taking|choose|choosing|pick|buy|order|sign)\b/i;

/** "The annual or the monthly plan?" offers a choice; "yes or no?", "or not?" and "in or out?" do not. */
const offersChoice = (question: string) =>
  /\bor\b/i.test(question) && !/\b(?:yes\s+or\s+no|or\s+not|in\s+or\s+out)\b/i.test(question);

/**
 * Closed questions about a purchase that press for nothing: the writer offers a step ("Shall I send
 * the order form?", "Do you want me to set up the payment link?"), invites doubts ("Any questions
 * before signing?") or checks that something arrived ("Did the payment go through?").
 */
const NOT_PRESSURE = phrases([
  'me|us to',
  'shall|should|can|may i|we send|prepare|share|draft|set|resend|forward',
  'would it help',
  'if i|we ~2 send|sent|prepare|prepared|share|shared',
  'any ~1 questions|concerns|doubts',
  'go|went through',
  'arrive|arrived|land|landed|clear|cleared|reach|reached|come through',
  // Asking how the decision will be made ("Can you share your timeline for the decision?") asks
  // for information about it, not for the decision.
  'timeline|timing|timeframe|process|criteria|procedure ~3 decision|decide|approval|purchase|purchasing|signing|signature|order|contract',
  // "Could you send over the signed copy when it's ready?": at the reader's pace.
  'when|whenever it|you is|are ready',
  'when|whenever its ready',
]);

/** A push to commit now: "if you sign this month", "the offer expires on Friday". */
export const PUSH = phrases([
  'if you ~2 sign|buy|order|purchase|commit|decide ~3 this|today|tomorrow|by|before|until|within|now',
  'offer|discount|price|deal|promotion|promo ~2 expires|ends',
  'offer|discount|price|deal ~2 valid until',
  // "After the 30th the discount is no longer valid": the same deadline, told from the other side.
  'offer|discount|price|deal|promotion|rate|conditions ~2 not|longer valid|available|apply',
  // "We need the decision until Friday to keep this price."
  'need|want ~2 decision|answer|signature|yes ~2 by|before|until|this|today|tomorrow',
  'give me a yes',
  // "Just confirm and I will send the contract for signature": the yes is the only step left.
  'confirm and i|we ~2 send|issue|prepare ~2 contract|agreement|invoice',
  // Scarcity asks for the yes before the client is ready: "we have only 3 places left".
  'only ~2 place|places|spot|spots|seat|seats|slot|slots|licence|licences|license|licenses left|remaining',
  'last ~2 place|places|spot|spots|seat|seats|slot|slots ~1 left|remaining|available',
]);

/** "Does Tuesday work for the signing?", "Shall we book a call to sign?": a closed question about a slot. */
const SCHEDULING = phrases([
  'schedule|book|arrange|have|do ~3 call|meeting|demo|chat|slot',
  'set|hop|jump up|on ~3 call|meeting|demo|chat|slot',
  // "Can we finalise a meeting tomorrow at 11?": the meeting fixed, not yet agreed.
  'finalise|finalize|fix|confirm ~3 call|meeting|demo|chat|slot',
  'do|does|would|will ~4 work|suit for you|us',
  'work|suit for you',
  'work|suit for your team',
]);

/**
 * A slot question, not a condition: "if the numbers work for your team, can we sign before the
 * 30th?" sets a condition on the commitment; it does not ask whether a time suits them.
 */
function asksForSlot(draft: AnalyzedText, q: Span, range: [number, number]): boolean {
  return SCHEDULING.find(draft, ...range).some(
    (m) => !/\bif\b[^,;:?]*$/i.test(draft.text.slice(q.start, m.start)),
  );
}

/** The rep's earlier commitment asks in this thread: closed questions, or "waiting for your decision". */
function earlierPressure(ctx: RuleContext): Evidence[] {
  return ctx.analysis.messages
    .filter((m) => m.author.role === 'rep')
    .flatMap((m) =>
      m.cues
        .filter((c) => c.type === 'business-ask' && c.confidence >= 0.9)
        .filter((ask) => {
          const question = m.cues.find((c) => c.type === 'question' && overlaps(c, ask));
          return question === undefined || question.form === 'closed';
        })
        .map((c) => evidenceOf(m, c)),
    );
}

/** The client went quiet before this message: they said sorry for it, or took far longer than usual. */
function clientMadeRepWait(ctx: RuleContext): boolean {
  const answered = ctx.analysis.answered;
  if (answered.some((m) => m.cues.some((c) => c.type === 'absence-apology' && c.confidence >= 0.7)))
    return true;
  const lastRep = [...ctx.analysis.messages].reverse().find((m) => m.author.role === 'rep');
  const firstAnswer = answered[0];
  const usual = ctx.relationship.clientReplyHours;
  if (!lastRep?.message.at || !firstAnswer?.message.at || usual === undefined) return false;
  const hours = (Date.parse(firstAnswer.message.at) - Date.parse(lastRep.message.at)) / 3_600_000;
  return hours >= 72 && hours >= 3 * usual;
}
