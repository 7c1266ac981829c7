/**
 * unanswered-question: the client asked something (often personal: "How was your weekend?",
 * "How's the weather over there?") and the reply skips it.
 */
import type { AnalyzedMessage } from '../analysis.ts';
import { topicHits } from '../cues/topic-hits.ts';
import type { Cue } from '../cues/types.ts';
import { manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import type { AnalyzedText, Sentence } from '../text/analyze.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
import { answeredCues, clientName, draftCues, readerExpectsAcknowledgement, tokenRange } from './helpers.ts';
import { defineRule, type Finding, type RuleContext } from './types.ts';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const LIGHT = new Set([
  'be',
  'have',
  'do',
  'get',
  'make',
  'know',
  'think',
  'want',
  'need',
  'can',
  'go',
  'let',
  'see',
  'say',
  'tell',
  'thing',
  'way',
  'time',
  'good',
  'great',
  'quick',
  'question',
  'you',
  'anything',
  'something',
  'lot',
  'bit',
  'hope',
  'well',
  'sure',
  // "Any news on the revised quote?": the status words ask about the thing named after them.
  'news',
  'update',
  'status',
]);
const WELLBEING_ANSWER = phrases([
  'i|we|everything|everyone|all am|are|is|feel ~1 well|good|fine|great|ok|okay|alright',
  "i'm|i’m|we're|we’re ~1 well|good|fine|great|ok|okay|alright",
  'doing ~2 well|good|fine|great',
  'thanks for asking',
  'thank you for asking',
  'all good',
  'not bad',
  'can not complain',
  'busy but good',
  'everyone is ~2 well|fine|good|great|healthy',
  'things|everything|all are|is|been ~2 good|fine|well|great|busy',
]);
/** Weather talk beyond the shared topic lexicon: "warm and sunny here", "grey and rainy". */
const WEATHER_ANSWER = phrases([
  'warm|cool|cold|hot|mild|rainy|cloudy|windy|grey|gray|sunny|snowy|freezing|chilly|sunshine|degrees|rain|snow|heat',
]);
const PROVIDES = phrases([
  'attached',
  'attach',
  'here is|are',
  'please find',
  'i ~1 sent',
  'sending',
  'will send',
  'shared',
  'link',
]);
const HOW_DID_IT_GO =
  /^\W*(?:(?:hi|hello|hey|dear)\b[^,]*,\s*)?(?:(?:and|so|also|btw|by the way)\W+)?how\s+(?:did|was|were|is|are|'s|’s)\b/i;
const VERDICT = phrases([
  'went|go|going|was|were|been ~2 well|great|fine|smoothly|brilliantly|lovely|amazing|wonderful|ok|okay|badly|better',
  'it was|went a ~1 success|hit|blast',
]);
/** When-questions are answered by a time; how-much ones by a number; who-questions by a name. */
const TIME_ANSWER = phrases([
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|weekend|morning|afternoon|evening',
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'next|this|in ~2 week|weeks|month|months|day|days|quarter|year',
  'am|pm|asap|soon|already|immediately',
  // A duration answers a lead time: "about five weeks from the order".
  'one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple|several ~1 hour|hours|day|days|week|weeks|month|months',
]);
const YES_NO = phrases([
  'yes|yeah|yep|no|nope|sure|absolutely|definitely|unfortunately|certainly|indeed|correct',
  'of course',
  'not yet',
]);
/** "We do.", "It does, ...": a short answer, only when nothing follows the auxiliary. */
const SHORT_ANSWER = phrases([
  'we|i|it|they|he|she do|does|can|will|have|has|are|is|am|did not',
  'we|i|it|they|he|she do|does|can|will|have|has|are|is|am|did',
]);

function contentLemmas(text: AnalyzedText, from = 0, to = text.tokens.length): Set<string> {
  const lemmas = new Set<string>();
  for (const t of text.tokens.slice(from, to))
    if (CONTENT_POS.has(t.pos) && !LIGHT.has(t.lemma) && t.lemma.length > 1) lemmas.add(t.lemma);
  return lemmas;
}

/** Verbs and nouns, the light ones included, but no auxiliaries: what a question with no content word asks. */
function verbLemmas(text: AnalyzedText, from = 0, to = text.tokens.length): Set<string> {
  const lemmas = new Set<string>();
  for (const t of text.tokens.slice(from, to))
    if ((t.pos === 'VERB' || t.pos === 'NOUN') && !AUXILIARY.has(t.lemma) && t.lemma.length > 1)
      lemmas.add(t.lemma);
  return lemmas;
}
const AUXILIARY = new Set([
  'be',
  'have',
  'do',
  'can',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
]);

/** Small talk that is the lightest to skip: the weather, a match, a show, "have you ever ...?". */
function lightSmallTalk(message: AnalyzedMessage, question: Cue, asked: string): boolean {
  if (/\b(?:weather|rain|monsoon|snow|sun|heat|cold)\b/i.test(asked)) return true;
  if (/^\W*(?:(?:and|so|also|btw|by the way)\W+)?(?:have|did) you ever\b/i.test(asked)) return true;
  const [first, to] = tokenRange(message.text, question);
  const topics = topicHits(message.text, first, to).map((h) => h.topic);
  return topics.length > 0 && topics.every((t) => t === 'weather' || t === 'hobby');
}

/** Whether one sentence of the draft opens with a yes or a no ("Yes, we do.", "Not yet, ..."). */
function opensWithYesOrNo(draft: AnalyzedText): boolean {
  return draft.sentences.some((s) => {
    const opening = draft.tokens
      .slice(s.firstToken, s.endToken)
      .findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE' && t.pos !== 'INTJ');
    const opensAt = (m: PhraseMatch) => m.firstToken <= s.firstToken + opening + 2;
    const closesClause = (m: PhraseMatch) => draft.tokens[m.endToken]?.pos === 'PUNCT';
    return (
      YES_NO.find(draft, s.firstToken, s.endToken).some(opensAt) ||
      SHORT_ANSWER.find(draft, s.firstToken, s.endToken).some((m) => opensAt(m) && closesClause(m))
    );
  });
}

/** Questions that need a particular kind of answer: a time, or a number; shared words are not enough. */
type Answers = (draft: AnalyzedText, statement: Sentence, asked: string) => boolean;
const TYPED: { asks: RegExp; answer: Answers }[] = [
  {
    asks: /^\W*(?:(?:hi|hello|hey|dear)\b[^,]*,\s*)?(?:(?:and|so|also|btw|by the way)\W+)?(?:when|what time(?!\s*zones?\b)|what date|how soon)\b|\b(?:lead time|timeline|delivery date|eta)\b/i,
    answer: (draft, s) => TIME_ANSWER.test(draft, s.firstToken, s.endToken) || /\d/.test(s.text),
  },
  {
    // "What does your company do?" is answered by what we do: "We help retailers forecast stock."
    asks: /^\W*what\s+(?:does|do)\s+(?:your|you)\b[^?]*\bdo\b/i,
    answer: (_draft, s) =>
      /\b(?:we|our\s+(?:company|team|product|platform|firm|service))\s+(?:\w+\s+)?(?:help|make|build|provide|offer|sell|develop|design|run|do|are|specialise|specialize|work|automate|supply)\b/i.test(
        s.text,
      ),
  },
  {
    // "Send the new price list" asks for a list, not a price.
    asks: /\b(?:how much|how many|how long|price(?!\s+list)|cost|costs|discount)\b/i,
    // A number the question did not already contain ("300 seats?" -> "300 seats" is no price).
    answer: (_draft, s, asked) => (s.text.match(/\d[\d,.]*/g) ?? []).some((n) => !asked.includes(n)),
  },
];

function answered(ctx: RuleContext, message: AnalyzedMessage, question: Cue): boolean {
  const draft = ctx.draft.text;
  const q = message.text;
  const [first, to] = tokenRange(q, question);
  const asked = q.text.slice(question.start, question.end);
  if (question.form === 'closed' && opensWithYesOrNo(draft)) return true;
  const typed = TYPED.find((t) => t.asks.test(asked));
  // Only the draft's statements answer: "Can you sign this week?" gives no delivery date.
  const asking = draftCues(ctx, 'question', 0.6);
  const statements = draft.sentences.filter((s) => !asking.some((q) => q.start < s.end && s.start < q.end));
  if (typed) return statements.some((s) => typed.answer(draft, s, asked));
  const said = contentLemmas(draft);
  // Naming the question's subject is not answering it: "Does the API support batch imports of
  // 10,000 rows?" is not answered by "Our API is REST-based". The reply has to take up at least
  // half of what was asked (or three of its words).
  // The names in "Hi Yuki, how did ...?" and "Hi Mark, ..." are no answer to anything.
  const names = new Set(
    [ctx.reader.name, ctx.writer.name].flatMap((n) => n.toLowerCase().split(/[\s,.]+/)).filter(Boolean),
  );
  for (const n of names) said.delete(n);
  let askedLemmas = new Set([...contentLemmas(q, first, to)].filter((l) => !names.has(l)));
  // "What do you need from our side?" has little but a light verb to take up: "We only need a list
  // of users."
  if (askedLemmas.size <= 1) askedLemmas = new Set([...askedLemmas, ...verbLemmas(q, first, to)]);
  const shared = [...askedLemmas].filter((l) => said.has(l) || verbLemmas(draft).has(l)).length;
  if (shared > 0 && (shared * 2 >= askedLemmas.size || shared >= 3)) return true;
  const askedTopics = new Set(topicHits(q, first, to).map((h) => h.topic));
  if (topicHits(draft).some((h) => askedTopics.has(h.topic))) return true;
  if (askedTopics.has('weather') && WEATHER_ANSWER.test(draft)) return true;
  if (question.about === 'personal' && WELLBEING_ANSWER.test(draft)) return true;
  // "How did your presentation go?" is answered by a verdict in other words: "The talk went well."
  if (HOW_DID_IT_GO.test(asked) && VERDICT.test(draft)) return true;
  return PROVIDES.test(draft) && /\b(send|share|forward|provide|get)\b/i.test(asked);
}

/** "Can you ship to Texas, and what would the lead time be?": each part needs its answer. */
function parts(message: AnalyzedMessage, cue: Cue): Cue[] {
  const body = message.text.text.slice(cue.start, cue.end);
  const joint =
    /,?\s+(?:and|also|plus)\s+(?=(?:what|how|when|where|which|who|why|can|could|do|does|is|are|will|would)\b)/gi;
  const cuts = [...body.matchAll(joint)].map((m) => m.index ?? 0);
  if (cuts.length === 0) return [cue];
  const bounds = [0, ...cuts, body.length];
  return bounds.slice(1).map((end, i) => {
    const start = bounds[i]!;
    const part = body.slice(start, end).replace(/^,?\s+(?:and|also|plus)\s+/i, '');
    const offset = cue.start + start + (body.slice(start, end).length - part.length);
    const open = /^(?:what|how|when|where|which|who|why)\b/i.test(part);
    return { ...cue, start: offset, end: cue.start + end, form: open ? 'open' : 'closed' };
  });
}

/**
 * What the question asks about, from the rep's side: "How was your weekend?" -> "my weekend",
 * "How's the weather over there?" -> "the weather here"; undefined for "How are you?".
 */
export function subjectOf(question: string): string | undefined {
  const flipped = question
    .replace(/[?.!]+\s*$/, '')
    .replace(/^\W*(?:(?:hi|hello|hey|dear)\b[^,]*,\s*)?(?:and|so|also|btw|by the way|oh)?\b,?\s*/i, '')
    .replace(
      /^(?:how|what)(?:'s|’s|\s+(?:is|was|are|were|did|do|have|has|about))?\s+|^(?:did|do|have|has|are|is|were|was)\s+(?:you\s+(?:have|enjoy|get)\s+)?/i,
      '',
    )
    .replace(/\b(?:a|an)\s+(?:good|nice|great|lovely|relaxing|fun)\s+/i, 'your ')
    .replace(/^any\s+/i, 'your ')
    .replace(/\b(?:over\s+)?there\b/gi, 'here')
    .replace(/\byour\b/gi, 'my')
    .replace(/\byours\b/gi, 'mine')
    .replace(/\byou\b/gi, 'me')
    .trim();
  // Keep the noun phrase: "my daughter feeling better now" -> "my daughter".
  const phrase = flipped
    .split(
      /\s+(?:feeling|doing|going|getting|keeping|coming|been|now|so far|these days|lately|go|went)\b/i,
    )[0]!
    .replace(/\s+(?:is|are|was|were)$/i, '')
    .trim();
  if (
    !phrase ||
    /^(?:me|things|everything|life|it|it going|all)$/i.test(phrase) ||
    phrase.split(/\s+/).length > 6
  )
    return undefined;
  return phrase;
}

/** A reply slot that reads as part of the letter and invents nothing: the rep fills in the brackets. */
function answerSlot(asked: string, personal: boolean): string {
  if (!personal) return `As for your question, "${asked}": [your answer].`;
  const subject = subjectOf(asked);
  return subject
    ? `Thanks for asking about ${subject}! [A sentence about it.]`
    : 'Thanks for asking! [A sentence on how you are.]';
}

export default defineRule({
  meta: {
    id: 'unanswered-question',
    defaultSeverity: 'warning',
    scope: 'draft',
    docs: {
      summary: {
        en: 'The client asked something (often personal: "How was your weekend?") and the reply skips it.',
        ru: 'Клиент о чём-то спросил (часто о личном: «Как прошли выходные?»), а ответ это пропускает.',
      },
      details: {
        en: 'A question left unanswered tells the client their message was skimmed. Personal questions are small bids for connection: a short answer ("Hot here too! Thanks for asking.") returns the gesture. Business questions left unanswered stall the deal. The check compares the content words and topics of each question (each part of a compound one) with the reply; a question for a time, a price or a number needs one in the reply, and a closed one is answered by a yes or a no. Rhetorical questions and offers ("Let me know if you have questions") expect no answer. The suggested fix leaves a bracketed slot for the rep to fill: it never invents their weekend.',
        ru: 'Вопрос без ответа говорит клиенту, что его письмо прочли по диагонали. Личные вопросы — маленькие шаги к контакту: короткий ответ («У нас тоже жарко! Спасибо, что спросили») возвращает жест. Деловой вопрос без ответа тормозит сделку. Проверка сравнивает значимые слова и темы каждого вопроса (и каждой части составного) с ответом; вопрос о сроке, цене или количестве требует их в ответе, а на закрытый вопрос отвечает «да» или «нет». Риторические вопросы и предложения помощи («Пишите, если будут вопросы») ответа не ждут. Предлагаемое исправление оставляет в скобках место для ответа: придумывать за представителя, как прошли его выходные, оно не станет.',
      },
    },
    sources: ['ALTHEN', 'POST'],
  },
  check(ctx) {
    // Rhetorical questions come in below 0.7; one-word tags ("Right?") expect no answer either.
    const questions = answeredCues(ctx, 'question', 0.7).filter(
      ({ message, cue }) => message.text.text.slice(cue.start, cue.end).trim().split(/\s+/).length >= 2,
    );
    const skipped = questions
      .flatMap(({ message, cue }) => parts(message, cue).map((part) => ({ message, cue: part })))
      .filter(({ message, cue }) => !answered(ctx, message, cue));
    const r = ctx.readerCulture;
    // A personal question matters more to a reader who expects warmth, and more as the relationship grows.
    const personalScore =
      (readerExpectsAcknowledgement(ctx) ? 1 : 0) +
      (ctx.relationship.stage !== 'new' ? 1 : 0) +
      (ctx.client.personable ? 1 : 0);
    return skipped.map(({ message, cue }): Finding => {
      const asked = message.text.text.slice(cue.start, cue.end).trim();
      const personal = cue.about === 'personal';
      // Weather, a match or a "have you ever" is the lightest small talk: skipping it is a nudge.
      const light = personal && lightSmallTalk(message, cue, asked);
      return {
        ruleId: 'unanswered-question',
        severity: personal && (personalScore < 2 || light) ? 'suggestion' : 'warning',
        message: {
          en: `${clientName(ctx)} asked "${asked}" and the reply does not answer it.`,
          ru: `Клиент (${clientName(ctx)}) спросил(а): «${asked}», а ответ этого не касается.`,
        },
        span: { start: 0, end: ctx.draft.text.text.length },
        evidence: [{ message: message.index as number, start: cue.start, end: cue.end, text: asked }],
        why: {
          writer: personal
            ? text(
                'A personal question from a business contact can look like a formality that needs no answer.',
                'Личный вопрос от делового партнёра может казаться формальностью, на которую не нужно отвечать.',
              )
            : text(
                'The answer may seem obvious, or planned for a later message.',
                'Ответ может казаться очевидным или запланированным на следующее письмо.',
              ),
          reader: personal
            ? text(
                `${manyClients(r, 'en')} ask a personal question to make a connection; when it goes unanswered it can feel like the gesture was ignored.`,
                `${manyClients(r, 'ru')} задают личный вопрос, чтобы установить контакт; если он остаётся без ответа, жест кажется проигнорированным.`,
              )
            : text(
                'An unanswered business question makes the client ask again, and can read as avoiding it.',
                'Деловой вопрос без ответа заставляет клиента спрашивать снова и может выглядеть как уклонение.',
              ),
        },
        fix: { action: personal ? 'prepend' : 'append', text: answerSlot(asked, personal) },
        confidence: Math.round(cue.confidence * 0.9 * 100) / 100,
        sources: sourcesOf(personal ? r?.rapport.openingRitual.sources : [], ['ALTHEN']),
      };
    });
  },
});
