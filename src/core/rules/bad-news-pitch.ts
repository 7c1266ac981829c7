/**
 * bad-news-pitch: the client shared bad news (illness, a loss, layoffs) and the reply sells
 * before sympathising, or at all.
 */

import type { AnalyzedMessage } from '../analysis.ts';
import type { Cue } from '../cues/types.ts';
import { manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import { sympathise } from '../rewrite/acknowledge.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import { phrases } from '../text/phrases.ts';
import { bodyAfterGreeting } from '../text/tokens.ts';
import {
  answeredCues,
  asksUs,
  clientName,
  draftCues,
  draftOrders,
  evidenceOf,
  OWN_JOB_LOSS,
} from './helpers.ts';
import { defineRule, type Finding, type Fix, type RuleContext, type Severity, type Span } from './types.ts';

/**
 * A loss, an illness, or a misfortune at home (a flood, a fire, a burglary) is private grief;
 * layoffs and a lost job are setbacks at work, where the next step can follow sympathy.
 * Any part of the news in `message` decides: "Rough week. Our warehouse flooded." is a misfortune at home.
 */
function privateGrief(
  news: readonly { message: AnalyzedMessage; cue: Cue }[],
  message: AnalyzedMessage,
): boolean {
  return news
    .filter((n) => n.message === message)
    .some(
      (n) =>
        n.cue.topic === 'loss' ||
        n.cue.topic === 'health' ||
        HOME_MISFORTUNE.test(message.text.text.slice(n.cue.start, n.cue.end)) ||
        WAR_AT_HOME.test(message.text.text.slice(n.cue.start, n.cue.end)),
    );
}

/** The first sentence of the draft that is neither a greeting nor sympathy, as a span to point at. */
function beyondSympathy(ctx: RuleContext): Span[] {
  const { text: draft, cues } = ctx.draft;
  const kind = cues.filter((c) => c.type === 'greeting' || c.type === 'acknowledgement');
  const sentence = draft.sentences.find(
    (s) =>
      s.endToken - s.firstToken >= 3 &&
      !kind.some((c) => c.start < s.end && c.end > s.start) &&
      kind.some((c) => c.type === 'acknowledgement' && c.end <= s.start),
  );
  return sentence ? [{ start: sentence.start, end: sentence.end }] : [];
}

/** The finding for business (`selling`, in draft order) put to a client who told bad news (`cue` of `message`). */
function pitchFinding(
  ctx: RuleContext,
  { message, cue }: { message: AnalyzedMessage; cue: Cue },
  selling: readonly Span[],
  severity: Severity,
  { sympathyFirst, personal }: { sympathyFirst: boolean; personal: boolean },
  confidence: number,
): Finding {
  const firstSell = selling[0]!;
  const name = clientName(ctx);
  const sentence = message.text.text.slice(cue.start, cue.end);
  const sellEnd = Math.max(...selling.map((s) => s.end));
  const sells = { start: afterGreeting(ctx, firstSell.start), end: sellEnd };
  // After a loss or an illness the business waits for another message: sympathy takes its place.
  // After a work setback, sympathy comes first and the next step can stay.
  const fix: Fix = sympathyFirst
    ? { action: 'remove', text: '', span: sells }
    : personal
      ? { action: 'replace', text: sympathise(cue, sentence), span: sells }
      : { action: 'prepend', text: sympathise(cue, sentence) };
  const r = ctx.readerCulture;
  return {
    ruleId: 'bad-news-pitch',
    severity,
    message: sympathyFirst
      ? {
          en: `${name} shared bad news; the reply sympathises but still sells. Let the business wait.`,
          ru: `Клиент (${name}) сообщил плохую новость; ответ сочувствует, но всё равно продаёт. Пусть дело подождёт.`,
        }
      : {
          en: `${name} shared bad news; the reply sells before sympathising.`,
          ru: `Клиент (${name}) сообщил плохую новость, а ответ продаёт, не выразив сочувствия.`,
        },
    span: { start: firstSell.start, end: firstSell.end },
    evidence: [evidenceOf(message, cue)],
    why: {
      writer: text(
        'Keeping to business can feel like giving the client space and not intruding on something painful.',
        'Говорить только о деле может казаться способом дать клиенту пространство и не вторгаться в болезненное.',
      ),
      reader: text(
        `${manyClients(r, 'en')} read a sales ask right after sad news as not caring about them as a person; a few words of sympathy, and patience, keep the trust.`,
        `${manyClients(r, 'ru')} воспринимают предложение купить сразу после печальной новости как равнодушие к ним как к людям; несколько слов сочувствия и терпение сохраняют доверие.`,
      ),
    },
    fix,
    confidence,
    sources: sourcesOf(['BROWN87'], r?.rapport.personalNewsFromCounterpart.sources),
  };
}

export default defineRule({
  meta: {
    id: 'bad-news-pitch',
    defaultSeverity: 'error',
    scope: 'draft',
    docs: {
      summary: {
        en: 'The client shared bad news (illness, loss, layoffs) and the reply sells before sympathising, or at all.',
        ru: 'Клиент сообщил плохую новость (болезнь, утрата, сокращения), а ответ продаёт прежде сочувствия — или вообще продаёт.',
      },
      details: {
        en: 'After a death, an illness or a hard time, a sales ask reads as not caring, in every culture the product knows. Sympathy comes first; after a loss or a serious illness, the business can wait for another message. After layoffs or a lost job, sympathy first, then a gentle, flexible next step. A formula ("Sorry to hear.") in the same breath as a push to commit is a token, not sympathy first; a price deadline ("valid until Friday") is sales talk too. Selling after sympathy is a warning, unless it presses (a deadline, a price about to rise, a loss threatened with "otherwise", a bare order with no please) or sells the product as the cure ("this is where our add-on helps"): that puts the deal before their trouble, an error, as is selling with no sympathy, or pitching the product into a work setback; a plain work ask with no date after a setback at work is a warning. News the client played down ("nothing serious"), met with sympathy first and only material to read later, is a suggestion.',
        ru: 'После смерти близкого, болезни или тяжёлого периода просьба о покупке читается как равнодушие — в любой культуре. Сначала сочувствие; после утраты или серьёзной болезни дело может подождать до следующего письма. После сокращений или потери работы — сначала сочувствие, затем мягкий и гибкий следующий шаг. Формула («Sorry to hear.») на одном дыхании с требованием решения — для галочки, а не сочувствие; срок цены («valid until Friday») — тоже продажа. Продажа после сочувствия — предупреждение, если только она не торопит (дедлайн, цена вот-вот вырастет, угроза потери с «otherwise», голый приказ без please) или не предлагает продукт как лекарство от их беды («this is where our add-on helps»): это ставит сделку выше их беды — ошибка, как и продажа без сочувствия или продукт, предложенный как ответ на неприятности на работе; простая рабочая просьба без срока после неприятностей на работе — предупреждение. Если клиент сам преуменьшил новость («nothing serious»), а ответ сначала сочувствует и лишь оставляет материалы на потом — подсказка.',
      },
    },
    sources: ['BROWN87'],
  },
  check(ctx) {
    // "FreightHub laid off 30% of their support folks": another company's bad news, told as a
    // reason to move the business, is no misfortune of the client's.
    const news = answeredCues(ctx, 'bad-news', 0.8).filter(
      ({ message, cue }) => !othersNews(message.text.text.slice(cue.start, cue.end)),
    );
    if (news.length === 0) news.push(...warAtHome(ctx));
    if (news.length === 0) return [];
    const { message, cue } = news.reduce((a, b) => (b.cue.confidence > a.cue.confidence ? b : a));
    const personal = privateGrief(news, message);
    // "I was let go last month" answered with "who is handling it there now?": asking someone who
    // just lost their job to pass the rep on to their old company uses them for the sale.
    const ownJobLoss = news.some((n) => OWN_JOB_LOSS.test(message.text.text.slice(n.cue.start, n.cue.end)));
    const salesTalk = [...pitches(ctx), ...(ownJobLoss ? referrals(ctx) : [])];
    const raised = stepsRaised(ctx);
    const selling = [
      ...raised,
      // "We will keep the quotation valid, so no pressure at all" names the business only to let it wait.
      // Nor does an offer of help with their trouble ("if we can help, e.g. copies of the invoices
      // for your insurance claim, just let me know").
      ...draftCues(ctx, 'business-ask', 0.7).filter((a) => !patientSentence(ctx, a) && !offersHelp(ctx, a)),
      ...draftCues(ctx, 'direct-start', 0.8),
      // A sales statement sells too ("the discount ends on Friday"), after a setback at work as well.
      ...salesTalk,
    ].sort((a, b) => a.start - b.start);
    if (selling.length === 0) return [];
    const firstSell = selling[0]!;
    // "Sorry to hear. Can you get it signed before you leave?": a formula of sympathy in the same
    // breath as a push to commit is a token, not sympathy first.
    // A pitch for the product as the answer to their trouble is a push too ("Sorry to hear that.
    // Our suite is the perfect way to ...").
    // After a work setback (where sympathy may come with a next step) a short sorry before a pitch
    // is a token as well.
    // So is a short sorry before a price or a deadline held out after a death or an illness (settled
    // 2026-11-27: a token "Sorry to hear that." does not lower it).
    const commitment = draftCues(ctx, 'business-ask', 0.9).length > 0 || salesTalk.length > 0;
    const sympathyFirst = draftCues(ctx, 'acknowledgement', 0.6).some(
      (a) =>
        a.start < firstSell.start &&
        !(
          commitment &&
          (formulaWords(ctx.draft.text.text.slice(a.start, a.end)) <= 4 ||
            sorryForNothing(ctx.draft.text.text.slice(a.start, a.end)))
        ),
    );
    // After a work setback, sympathy first lets the next step of the business follow; an offer, a
    // discount, a deadline or a new product sold into their trouble is still selling.
    if (sympathyFirst && !personal && salesTalk.length === 0 && raised.length === 0) return [];
    // After a work setback, a plain work ask (a file, a contact) is less jarring than a sales ask,
    // unless the two have grown close enough that the silence on the news stands out.
    const commits =
      draftCues(ctx, 'business-ask', 0.9).length > 0 || draftCues(ctx, 'direct-start', 0.9).length > 0;
    const close = ctx.relationship.stage === 'friendly' || ctx.relationship.stage === 'close';
    // Sympathy first softens the selling that follows, unless it presses for a date: "so sorry for
    // your loss. The promo ends Friday" puts the deal before their grief whatever came first.
    // A bare order ("Send me the list", "it must be paid") presses as a date does: the deal is told,
    // not asked, while they are still in the trouble.
    const pressedAnyway = REMEDY.test(ctx.draft.text) || bareOrder(ctx);
    const pressed = selling.some((sell) => pressesForDate(ctx, sell)) || pressedAnyway;
    // "The typhoon flooded our warehouse. Can you send loaner units?" -> "So sorry. Yes, we send 12
    // tomorrow; what is the address?": the client asked for the business themselves, and a reply that
    // sympathises first and grants it, with nothing sold and no date pressed, helps.
    const theirAsks = message.cues.filter(
      (c) =>
        c.confidence >= 0.7 &&
        c.start >= cue.start &&
        ((c.type === 'business-ask' && asksUs(message, c)) ||
          (c.type === 'question' && c.about === 'business')),
    );
    // "Can we drop to 80 seats at renewal?" -> "Yes: we renew at 80 seats": business that answers
    // their own ask (it names what they asked for) sells nothing new; anything else still does.
    const asked = new Set(
      theirAsks.flatMap((c) =>
        message.text.tokens
          .filter((t) => t.start >= c.start && t.end <= c.end && (t.pos === 'NOUN' || t.pos === 'VERB'))
          .map((t) => t.lemma.toLowerCase()),
      ),
    );
    const unasked = selling.filter(
      (sell) =>
        // "There's no storage charge, of course": a cost waived is a kindness, not a sale.
        !NO_CHARGE.test(ctx.draft.text.text.slice(sell.start, sell.end)) &&
        !ctx.draft.text.tokens.some(
          (t) =>
            t.start >= sell.start &&
            t.end <= sell.end &&
            t.pos === 'NOUN' &&
            asked.has(t.lemma.toLowerCase()),
        ),
    );
    const sorryFirst = draftCues(ctx, 'acknowledgement', 0.6).some((a) => a.start < firstSell.start);
    // A date in the business they asked for ("quote v3, valid until the end of July", when they asked
    // for the pricing) is part of the answer; a date pressed with an ask ("valid until Friday only,
    // so please send the PO before then") or on anything else still presses.
    const asks = [...draftOrders(ctx, 0.6), ...draftCues(ctx, 'business-ask', 0.6)];
    const pressedUnasked =
      selling.some(
        (sell) =>
          pressesForDate(ctx, sell) &&
          (unasked.includes(sell) || asks.some((a) => a.start < sell.end && sell.start < a.end)),
      ) || pressedAnyway;
    if (theirAsks.length > 0 && sorryFirst && unasked.length === 0 && !pressedUnasked) return [];
    // After a work setback, a plain work ask with no date (a file, a contact) is less jarring than
    // a pitch sold into their trouble.
    const plainWorkAsk = !personal && !commits && !close && !pressed && salesTalk.length === 0;
    // News the client played down ("knee surgery, nothing too serious"), met with sympathy first and
    // only material to read, with no ask and no push: a light touch, a suggestion.
    const light =
      sympathyFirst &&
      !pressed &&
      !commits &&
      selling.every((sell) => salesTalk.includes(sell)) &&
      playedDown(message.text);
    const severity: Severity = light
      ? 'suggestion'
      : (sympathyFirst && !pressed) || plainWorkAsk
        ? 'warning'
        : 'error';
    return [
      pitchFinding(ctx, { message, cue }, selling, severity, { sympathyFirst, personal }, cue.confidence),
    ];
  },
  candidates(ctx) {
    // The lenient reading the verdict model weighs: any bad news or personal news the client told,
    // and anything in the reply beyond sympathy ("When you are back, perhaps we could go over the
    // renewal"), however patient.
    const news = [...answeredCues(ctx, 'bad-news', 0.5), ...answeredCues(ctx, 'personal-disclosure', 0.5)];
    if (news.length === 0) return [];
    const { message, cue } = news.reduce((a, b) => (b.cue.confidence > a.cue.confidence ? b : a));
    const business: Span[] = [
      ...stepsRaised(ctx),
      ...draftCues(ctx, 'business-ask', 0.5),
      ...draftOrders(ctx, 0.5),
      ...draftCues(ctx, 'direct-start', 0.5),
      ...pitches(ctx),
    ].sort((a, b) => a.start - b.start);
    const selling = business.length > 0 ? business : beyondSympathy(ctx);
    if (selling.length === 0) return [];
    const sympathyFirst = draftCues(ctx, 'acknowledgement', 0.5).some((a) => a.start < selling[0]!.start);
    const personal = privateGrief(news, message);
    const severity = sympathyFirst ? 'warning' : 'error';
    return [pitchFinding(ctx, { message, cue }, selling, severity, { sympathyFirst, personal }, 0.5)];
  },
});

/**
 * War at home told by its everyday marks: "my husband was called up for reserve duty", "we sleep in
 * the shelter with the kids". Told as a reason for a slow reply it is a personal disclosure, not a
 * bad-news cue (cue labels); but a sale pressed on someone living it reads as not caring, as after
 * a flood.
 */
const WAR_AT_HOME =
  /\b(?:(?:in|to|into) (?:(?:the|a) )?(?:bomb )?(?:shelters?|bunkers?)|reserve duty|called up|sirens?|shelling|air raids?|missiles?|rocket (?:fire|attacks?))\b/i;
/** The client's disclosures that tell of war at home, read as bad news (see WAR_AT_HOME). */
function warAtHome(ctx: RuleContext): ReturnType<typeof answeredCues> {
  return answeredCues(ctx, 'personal-disclosure', 0.8)
    .filter((n) => WAR_AT_HOME.test(n.message.text.text.slice(n.cue.start, n.cue.end)))
    .map((n) => ({
      message: n.message,
      cue: { ...n.cue, type: 'bad-news' as const, topic: 'other' as const },
    }));
}
const HOME_MISFORTUNE =
  /\b(?:(?:my|our) (?:house|home|basement|apartment|flat|car|garden|roof)\b|flood(?:ed|ing|s)?\b|burgl\w+|robbed|robbery|break-in|broke into|house fire|evacuat\w+|storm damage)/i;

/** A request to be passed on: the successor, an intro, who is in charge there now. */
const REFERRAL = phrases([
  'who ~3 in charge',
  'who ~3 handling|handles|responsible|owns|took|taking|replaced|replacing|running|runs|leads|heads|manages',
  'who ~2 should|can|could i ~2 contact|speak|talk|reach|write',
  'point|refer|introduce|connect|forward me',
  'put me in touch',
  'make|do|give|arrange ~2 intro|introduction',
  'successor|replacement',
  'name|contact|contacts|details|email of ~3 whoever|successor|replacement|new|right',
  'right ~1 person|contact',
]);
/** Sentences of the draft that ask to be passed on to someone else at the client's company. */
function referrals(ctx: RuleContext): Cue[] {
  const text = ctx.draft.text;
  return text.sentences
    .filter((s) => REFERRAL.test(text, s.firstToken, s.endToken))
    .map((s) => ({ type: 'business-ask' as const, start: s.start, end: s.end, confidence: 0.7 }));
}

/** Sales talk without an ask: offers, prices, launches, reminders of what is due. */
export const SALES = phrases([
  'discount|discounts|promotion|promo|upsell',
  'special price|pricing|offer|deal|rate|rates',
  '% off',
  'percent off',
  'new ~1 module|feature|features|version|release|product|plan|edition',
  'launch|launched|launches|launching',
  'due|expires|expire|ends|deadline',
  'runs|run|running out',
  'reminder',
  // A charge held over them: "the cancellation fee is USD 3,500 per container", "late fees apply".
  'cancellation|late|storage|demurrage|detention fee|fees|charge|charges',
  'last chance',
  'valid ~1 until',
  'price|prices go|goes|will ~1 up',
  'price|prices|rate|rates increase|increases|rise|rises',
  // "Our price for Robusta will increase 12% in Q1", "we can keep the old price if you order now".
  'price|prices|rate|rates ~3 will increase|rise',
  "keep|hold ~2 old|current|today’s|today's ~1 price|prices|rate|rates|pricing",
  'limited time|offer',
  // Our product offered as the answer to their trouble: "consider our backup package".
  'consider|try|use our',
  'our ~3 package|suite|solution|solutions|product|products|platform|brochure|catalogue|catalog',
  // "Our disaster-recovery plan starts at $199", "the kind of situation our tool is built for".
  'our ~3 plan|plans|service|services|tool|tools ~4 starts|starting|costs|built|designed|helps|help',
  'starts|starting at ~1 $|€|£|usd|eur',
  'built|designed for',
  // What the product did for others, offered as the answer to their trouble: "our customers cut
  // scrap by 18%", "clients saw 20% gains", "do more with less".
  'our ~2 customers|clients|users ~4 reduce|reduced|reduces|save|saved|saves|cut|cuts|saw|see|gain|gained|increase|increased|improve|improved|protect|protected|achieve|achieved|boost|boosted',
  // "clients of ours who went through a restructuring cut their costs by 30%", "our model may help you".
  'clients|customers|users of ours',
  'our ~2 model|approach|offering|software|system|platform ~3 help|helps',
  // What the product does, sold into their trouble: "our system reduces such incidents by 30%",
  // "with a smaller team our tool can be even more helpful".
  'our ~3 model|approach|offering|software|system|systems|platform|solution|tool|product ~4 reduce|reduces|cut|cuts|save|saves|prevent|prevents|lower|lowers|helpful|useful|valuable',
  // A price change or a saving held out to them: "the new prices start on 1 May", "save the 6%".
  'new ~1 price|prices|pricing|rate|rates|tariff ~2 start|starts|apply|applies|from',
  'save|saves|saving ~3 %',
  // Their cut made the case for buying, whoever sells it: "with a smaller team, automation is more
  // important than ever", "the outsourced QA is even more cost-effective", "so your remaining
  // engineers can focus", "run the same campaigns with half the people".
  'more ~1 important|valuable|relevant|essential|critical|useful|helpful than ever',
  'even more ~1 cost ~1 effective|efficient|essential|critical',
  'your remaining ~2 team|staff|engineers|people|employees|colleagues|developers ~2 can|could|will|focus',
  'with half|fewer|less ~1 the ~1 people|staff|headcount|engineers|employees|hands',
  'place|placing ~3 order|orders',
  'do more with less',
  // "our Lite plan might be a perfect fit, it is 40% cheaper": a cheaper product held out to cut
  // costs, and their trouble as the moment to buy ("a good moment to think about our model").
  'perfect|ideal|good|great|right ~1 fit',
  'cheaper',
  'good|right|perfect|ideal moment|time to consider|think|look|switch|upgrade|invest|move|order|buy',
  'brochure',
  'catalogue|catalog',
  // The deal pushed on: a signature, a PO, a renewal, a rate to lock before it rises.
  'sign|signs|signing|signed|signature',
  'po|pos',
  'purchase order',
  'renewal|renew',
  'lock ~3 price|prices|rate|rates|it',
  'rate|rates go|goes|will ~1 up',
  // The product as the remedy for their trouble: "this is exactly why our tracker is the right solution".
  'exactly why',
  'right|perfect|ideal solution|answer|tool',
  'protect|prevent|avoid ~5 this|such ~1 kind|sort|type ~1 of',
  // The price argued away: "it pays for itself in four months, so it's not really a cost".
  'pays|pay ~1 for itself|themselves',
  'return on investment|roi',
]);
/** The product sold as the cure for the very misfortune they told of: as jarring as a deadline. */
const REMEDY = phrases([
  'exactly why',
  'right|perfect|ideal solution|answer|tool',
  'protect|prevent|avoid ~5 this|such ~1 kind|sort|type ~1 of',
  // "This is where our add-on can help", "exactly the situation our tool is built for".
  'this|that is ~1 where',
  'exactly where',
  'exactly the ~1 situation|kind|case|scenario',
  'built|designed|made for ~1 this|such|situations|cases',
  // Their trouble as the occasion to buy: "a good moment to consider our backup package".
  'good|right|perfect|ideal moment|time to consider|think|look|switch|upgrade|invest|move|order|buy',
  // "since budgets are tight, our Lite plan is a perfect fit": the product fitted to their trouble.
  'perfect|ideal ~1 fit',
  // Their misfortune made the argument for the product: "this shows how important safety is", "our
  // system reduces such incidents", "with a smaller team, our tool is even more helpful".
  'this|that|it ~1 shows|proves ~2 how|why',
  'reduce|reduces|cut|cuts|prevent|prevents|avoid|avoids ~2 such|similar|these ~1 incidents|accidents|injuries|problems|cases|situations|losses|risks',
  'even more ~1 helpful|useful|valuable|important|relevant|efficient|essential|critical',
  'even more cost ~1 effective',
  'more ~1 important|valuable|relevant|essential|critical|useful|helpful than ever',
  // Their loss of people as the argument: "so your remaining engineers can focus on development".
  'your remaining ~2 team|staff|engineers|people|employees|colleagues|developers ~2 can|could|will|focus',
  // Their misfortune turned into a chance to buy: "this can be a great opportunity!", "a blessing in
  // disguise", "when money is tight is the best time to automate".
  'this|it|that ~2 can|could|may|might|will ~1 be ~3 opportunity',
  'this|it|that is ~3 opportunity',
  'blessing in disguise',
  'silver lining',
  'bright side',
  'tight|tough|hard|difficult|slow|down ~3 is|are ~1 the ~1 best|right|perfect|ideal time|moment',
  // "Precisely in times like these our MES can make a difference".
  'in|at times like these|this',
  'in such times',
  'pays|pay ~1 for itself|themselves',
]);
/** "please" or "kindly" in a span of the draft. */
function softened(ctx: RuleContext, s: { start: number; end: number }): boolean {
  return draftCues(ctx, 'please').some((p) => p.start >= s.start && p.end <= s.end);
}
/**
 * An order with no please in its sentence: told, not asked. Not one inside the sympathy ("Oh man,
 * that's really tough", "Hang in there!"): comfort words tell no deal.
 */
function bareOrder(ctx: RuleContext): boolean {
  const sympathy = draftCues(ctx, 'acknowledgement', 0.6);
  return draftOrders(ctx, 0.6).some((o) => {
    const s = ctx.draft.text.sentences.find((x) => x.start <= o.start && o.start < x.end);
    if (sympathy.some((a) => a.start <= (s ?? o).start && a.end >= (s ?? o).end)) return false;
    return !softened(ctx, s ?? o);
  });
}
/**
 * A turn back to business inside a message ("btw", "on a separate note", "anyway"): what follows is
 * business the rep chose to raise, however kind the words before it.
 */
const PIVOT = phrases(['btw', 'by the way', 'on ~1 separate|different|other|another note', 'anyway|anyways']);
/** A cost waived: "no storage charge", "free of charge", "at no extra cost". */
const NO_CHARGE =
  /\bno\s+(?:\w+\s+)?(?:charge|cost|fee)s?\b|\bfree\s+of\s+charge\b|\bat\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)\b/i;
/** Relief from the business itself: the deadline moved, the order on hold. */
const RELIEF_WORDS = [
  'can|will wait',
  // "We will keep the prices valid until the end of the year", "I have asked our team to keep the
  // current pricing open until the end of November": the offer waits for them.
  'keep|keeping ~5 valid|open|available',
  'on hold',
  'hold|extend|extended|postpone|postponed|pause|paused|move|moved',
  // "your prices stay in place until March".
  'stay|stays|remain|remains in place',
];
const RELIEF = phrases(RELIEF_WORDS);
/**
 * A hold offered on a condition: "we need the PO by the 15th to hold your discount, after that the
 * price goes up". The price rise or the loss threatened makes the "hold" a lever, not relief.
 */
const THREAT = phrases([
  'price|prices|rate|rates|cost|costs ~2 go|goes|will|going ~2 up',
  'price|prices|rate|rates|cost|costs ~2 increase|increases|rise|rises|jump|jumps',
  'after that',
  'otherwise',
  'or else',
  // "To keep things moving, can you confirm by Friday?": haste, whatever "moving" shares with "move".
  'keep ~2 moving|going',
  // "The discount expires Friday, so we need your PO by Thursday to hold the price": the hold is
  // bought by acting by a date.
  'need|needs ~3 by ~2 to hold|keep',
  'discount|offer|price|rate|promotion ~1 expires|ends',
  // "Before we postpone, will you confirm the order?": the pause comes after the yes asked for.
  'before ~2 postpone|pause|hold|move',
]);
/** Relief from the business in tokens [from, to), unless a threat turns it into a condition. */
function relief(text: AnalyzedText, from: number, to: number): boolean {
  return RELIEF.test(text, from, to) && !THREAT.test(text, from, to);
}
/** A date the client must act by: pressure, whatever courtesy wraps it ("whenever you're ready ... ends Friday"). */
const DEADLINE = phrases([
  'ends|expires|expire|deadline',
  'runs|run|running out',
  // "valid only until Friday", "valid just until the 15th".
  'valid ~1 until',
  'by then',
  'last chance',
]);
/** Patience about the business ("the contract can wait", "whenever you are ready"): not selling. */
const PATIENCE = phrases([
  // Relief from the business is patience with it.
  ...RELIEF_WORDS,
  'no rush|hurry|pressure',
  'take ~3 time',
  'whenever|when you are ready',
  'do not worry',
  'later',
  'not think|worry',
  // "Please don't give the renewal another thought".
  'not give ~4 thought',
  'when you are|’re back',
  'when you get back',
  // "We look forward to your feedback next week": waiting for the step the client promised.
  'look|looking forward to ~3 feedback|reply|response|thoughts|answer|news|hearing',
]);

/** "could you let me know whether ...", "perhaps we could find 20 minutes ...": the client asked to act. */
const PATIENT_ASK = /\b(?:could|can|would)\s+(?:you|we)\b|\blet\s+me\s+know\s+(?:if|whether)\b/i;
/** A step of the business: the renewal, a quote, the order, the headcount for a true-up. */
const BUSINESS_STEP = phrases([
  'renewal|renew|quote|quotation|proposal|order|contract|agreement|invoice|payment|headcount|true-up|terms|collection|package|protocol|demo|roadmap',
]);
/** "I would be glad to walk you through the renewal", "just so it's on your radar": the step put before them. */
const WALK_THROUGH = phrases([
  'walk|take ~1 you through',
  'walk|go|run through',
  'glad|happy ~2 to present|show',
  // "just so it's on your radar: your renewal comes up next month": the step put before them.
  'on your radar',
  'heads-up|heads up',
]);

/** News told of others only: "their", "they", with no word of the writer's own side. */
const FIRST_PERSON_SIDE = /\b(?:i|me|my|mine|we|us|our|ours|i'm|i’m|we're|we’re|i've|i’ve|we've|we’ve)\b/i;
const THIRD_PARTY = /\b(?:their|they|they're|they’re|them)\b/i;
const othersNews = (said: string): boolean => THIRD_PARTY.test(said) && !FIRST_PERSON_SIDE.test(said);

/**
 * A product pitched anew: "whenever you're ready, our new module could help you refill the
 * pipeline". Patience excuses business already under way (a quote, an order that can wait), not a
 * sale raised into their trouble: "no pressure" on a pitch is still a pitch.
 */
const PRODUCT_PITCH = phrases([
  'new ~1 module|feature|features|version|release|product|plan|edition|tool|service|addon',
  'new ~2 add-on',
  // "Our AI add-on can cover a lot of the gap", "our suite could replace two of the roles": the
  // product sold as the cure for the loss, in the verbs of making up for it.
  // ("our AI call-coaching module": a compound name runs to five words.)
  'our ~5 module|tool|product|platform|solution|software|suite|service|system|package|app|addon ~3 can|could|would|will|might|may ~1 help|cover|fill|close|replace|handle|absorb|compensate|automate|offset',
  'our ~3 add-on ~3 can|could|would|will|might|may ~1 help|cover|fill|close|replace|handle|absorb|compensate|automate|offset',
  'consider|try|use our',
  'free trial',
  // "Actually this is exactly where Datawise helps: with a smaller team ...": the product as the cure.
  'this|that is ~1 exactly|precisely where|when ~3 helps|help|shines',
]);

/** Help offered with their trouble: "if we can help with anything", "anything we can do". */
const HELP_OFFER = phrases([
  // The rep's help, not the client's doing ("if you can do it by Friday" stays an ask).
  'if ~1 we|i ~1 can|could ~1 help|do|support',
  'anything ~2 we|i ~1 can|could ~1 do|help',
  'happy|glad ~2 to help|support',
]);
/** The sentence around a cue offers help and sells nothing: no sales talk, no product pitched. */
function offersHelp(ctx: RuleContext, cue: Cue): boolean {
  const text = ctx.draft.text;
  const s = sentenceOf(ctx, cue);
  if (!s) return false;
  return (
    HELP_OFFER.test(text, s.firstToken, s.endToken) &&
    !SALES.test(text, s.firstToken, s.endToken) &&
    !PRODUCT_PITCH.test(text, s.firstToken, s.endToken)
  );
}

/** The client plays their own news down: "nothing too serious", "a routine operation", "no big deal". */
const PLAYED_DOWN = phrases([
  'nothing ~1 serious|major|dramatic|bad',
  'nothing to worry about',
  'not ~1 serious',
  'no big deal',
  'not a ~1 big deal',
  'minor|small|routine ~1 surgery|operation|procedure|injury',
]);
const playedDown = (text: AnalyzedText): boolean => PLAYED_DOWN.test(text);

/** The draft's sentence in which a cue starts. */
function sentenceOf(ctx: RuleContext, cue: Cue) {
  return ctx.draft.text.sentences.find((x) => x.start <= cue.start && cue.start < x.end);
}

/** The sentence around a cue offers patience about the business, with no deadline that is not relief. */
function patientSentence(ctx: RuleContext, cue: Cue): boolean {
  const text = ctx.draft.text;
  const s = sentenceOf(ctx, cue);
  if (!s) return false;
  return (
    PATIENCE.test(text, s.firstToken, s.endToken) &&
    !THREAT.test(text, s.firstToken, s.endToken) &&
    !(DEADLINE.test(text, s.firstToken, s.endToken) && !relief(text, s.firstToken, s.endToken))
  );
}

/** A push for a date: a deadline, a price about to rise, a rate to lock, unless the sentence gives relief. */
const PRESSING_DATE = phrases([
  'ends|expires|expire|deadline|due',
  // "the discount runs out on Thursday": an offer's end in everyday words.
  'runs|run|running out',
  'valid ~1 until',
  'by then',
  'last chance',
  'by|before monday|tuesday|wednesday|thursday|friday|tomorrow',
  // "if you confirm this week I can give 5%": an offer tied to the days left is a deadline.
  'if ~2 confirm|order|sign|decide|pay ~3 this|next week|month',
  // "signed by March 31", "your order before 30 June": a calendar date is a date as a weekday is.
  'by|before ~1 january|february|march|april|may|june|july|august|september|october|november|december',
  // "the pricing is only guaranteed until then, after that I can't hold it".
  'guaranteed|held|fixed ~1 until|till',
  'after that',
  'go|goes|will ~1 up',
  'lock ~3 price|prices|rate|rates|it',
  // A date insisted on, or a loss threatened if they do not act: "at least by Friday", "otherwise we lose the slot".
  'at the latest',
  'at least by',
  // Haste asked of someone in trouble is a date by another name: "share the signed SOW at the earliest".
  'at the earliest',
  'asap',
  'as soon as possible',
  'urgently',
  'right away',
  'otherwise',
  'or else',
]);
function pressesForDate(ctx: RuleContext, cue: Cue): boolean {
  const text = ctx.draft.text;
  const s = sentenceOf(ctx, cue);
  if (!s) return false;
  const from = Math.max(
    s.firstToken,
    text.tokens.findIndex((t) => t.start >= cue.start),
  );
  return PRESSING_DATE.test(text, from, s.endToken) && !relief(text, from, s.endToken);
}

/** Sentences of the draft that talk sales without asking, outside any sympathy. */
function pitches(ctx: RuleContext): Cue[] {
  const text = ctx.draft.text;
  const sympathy = draftCues(ctx, 'acknowledgement', 0.6);
  const found: Cue[] = [];
  for (const s of text.sentences) {
    // "sorry bro, get well soon btw the rate goes up on the 1st": the part after the turn is
    // business, even inside one sentence that opens with sympathy.
    const turn = PIVOT.find(text, s.firstToken, s.endToken)[0];
    // "the price goes up 4% anyway, so order now": sales talk before the word means it was no turn
    // to business but an adverb inside it, and the whole sentence sells.
    const pivot = turn && !SALES.test(text, s.firstToken, turn.firstToken) ? turn : undefined;
    const from = pivot ? pivot.endToken : s.firstToken;
    const start = pivot ? pivot.start : s.start;
    // A product pitched inside kind words is still pitched ("whenever you're ready, our add-on could help").
    if (
      !pivot &&
      sympathy.some((a) => a.start <= s.start && a.end >= s.end) &&
      !PRODUCT_PITCH.test(text, s.firstToken, s.endToken)
    )
      continue;
    if (
      !SALES.find(text, from, s.endToken).some(
        (m) => !signedFor(text, m) && !theirDate(text, m) && !dueTo(text, m),
      ) &&
      !PRODUCT_PITCH.test(text, from, s.endToken)
    )
      continue;
    // An offer of relief ("I can extend the pricing") announced as a change of subject is still
    // the offer raised in a message about their grief.
    const patient =
      PATIENCE.test(text, from, s.endToken) &&
      !PRODUCT_PITCH.test(text, from, s.endToken) &&
      !THREAT.test(text, from, s.endToken) &&
      !(DEADLINE.test(text, from, s.endToken) && (pivot || !relief(text, from, s.endToken)));
    if (!patient) found.push({ type: 'business-ask' as const, start, end: s.end, confidence: 0.7 });
  }
  return found;
}

/**
 * "When you're back, could we go through the renewal quote, whenever suits you?": a routine step of
 * the business raised by the rep, the client asked to take it however patiently (eval/README,
 * settled 2026-11-28: sympathy, then a routine step at the client's pace, is a warning). Not a
 * pause or a new date for what was planned: that is relief.
 */
function stepsRaised(ctx: RuleContext): Cue[] {
  const text = ctx.draft.text;
  return text.sentences
    .filter(
      (s) =>
        BUSINESS_STEP.test(text, s.firstToken, s.endToken) &&
        (PATIENT_ASK.test(s.text) || WALK_THROUGH.test(text, s.firstToken, s.endToken)) &&
        !relief(text, s.firstToken, s.endToken),
    )
    .map((s) => ({ type: 'business-ask' as const, start: s.start, end: s.end, confidence: 0.7 }));
}

/**
 * "delivered on Nov 14 and signed by Maria at reception", "the parcel was signed for": a receipt
 * signed by someone is a fact of the delivery, not the deal pushed on.
 */
function signedFor(text: AnalyzedText, m: { firstToken: number; endToken: number }): boolean {
  const word = text.tokens[m.firstToken]!;
  if (m.endToken - m.firstToken !== 1 || word.normal !== 'signed') return false;
  const next = text.tokens.slice(m.endToken).find((t) => t.pos !== 'SPACE');
  return next?.normal === 'by' || next?.normal === 'for';
}

/**
 * "changed to 14 June due to congestion at the port": "due to" gives a cause, not a payment or an
 * offer falling due.
 */
function dueTo(text: AnalyzedText, m: { firstToken: number; endToken: number }): boolean {
  if (m.endToken - m.firstToken !== 1 || text.tokens[m.firstToken]!.normal !== 'due') return false;
  const next = text.tokens.slice(m.endToken).find((t) => t.pos !== 'SPACE');
  return next?.normal === 'to';
}

/**
 * "we will send it by Wednesday, a day before your deadline": the client's own deadline is a date the
 * rep serves, not an offer's end held over them. "reserved for as long as you need, with no
 * deadline" lifts one.
 */
function theirDate(text: AnalyzedText, m: { firstToken: number; endToken: number }): boolean {
  const word = text.tokens[m.firstToken]!;
  if (m.endToken - m.firstToken !== 1 || word.normal !== 'deadline') return false;
  const before = text.tokens.slice(0, m.firstToken).filter((t) => t.pos !== 'SPACE');
  const [second, first] = [before.at(-2)?.normal, before.at(-1)?.normal];
  return (
    first === 'your' ||
    first === 'their' ||
    first === 'no' ||
    first === 'without' ||
    (second === 'without' && (first === 'a' || first === 'any'))
  );
}

/**
 * "I am so sorry to hear that, Madam.", "We're very sorry to hear this.": sorry for nothing named,
 * however it is padded with the speaker, an intensifier or the client's name. A token (settled
 * 2026-11-27); "sorry for your loss" names the loss and is not.
 */
/** "Chris, sorry to hear that.": the client's name before a formula adds nothing (case-sensitive). */
const LEADING_ADDRESS = /^(?:\p{Lu}[\p{L}.'’-]*\s*){1,3},\s*/u;
const SORRY_FOR_NOTHING =
  /^(?:i am|i'm|i’m|we are|we're|we’re)?\s*(?:so|very|really|truly|terribly)?\s*sorry to (?:hear|learn|read)(?: (?:that|this|it|the news|about (?:that|this|it)))?[.!]*$/i;
/** ", Madam." / ", Mr Tanaka!": the address after a formula (case-sensitive: names are capitalised). */
const TRAILING_ADDRESS = /,\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}([.!]*)\s*$/u;
function sorryForNothing(said: string): boolean {
  const bare = said
    .replace(/^\W*(?:hi|hello|hey|dear)\b[^,]{0,40},\s*/i, '')
    .trim()
    .replace(LEADING_ADDRESS, '')
    .replace(TRAILING_ADDRESS, '$1');
  return SORRY_FOR_NOTHING.test(bare);
}

/** Words of a sympathy formula without its salutation: "Hi Mark, sorry to hear that." is four. */
function formulaWords(said: string): number {
  return (
    said
      .replace(/^\W*(?:hi|hello|hey|dear)\b[^,]{0,40},\s*/i, '')
      // "I am so sorry to hear that, Madam.": the speaker, the intensifier and the address add nothing.

      .trim()
      .split(/\s+/)
      .filter(Boolean).length
  );
}

/** "Hi Noa, so, shall we ...": an edit of the ask starts after the greeting, which stays. */
function afterGreeting(ctx: RuleContext, start: number): number {
  const greeting = draftCues(ctx, 'greeting').find((g) => g.start === start);
  if (!greeting) return start;
  const { tokens } = ctx.draft.text;
  return tokens[bodyAfterGreeting(tokens, greeting.end, tokens.length)]?.start ?? start;
}
