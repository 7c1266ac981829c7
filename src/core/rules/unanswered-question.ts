/**
 * unanswered-question: the client asked something (often personal: "How was your weekend?",
 * "How's the weather over there?") and the reply skips it.
 */
import type { AnalyzedMessage } from '../analysis.ts';
import { topicHits } from '../cues/topic-hits.ts';
import type { Cue } from '../cues/types.ts';
import { manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import { phrases } from '../text/phrases.ts';
import { answeredCues, clientName } from './helpers.ts';
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
]);
const WELLBEING_ANSWER = phrases([
  'i am|i’m|we are|we’re|all ~2 well|good|fine|great|ok|okay',
  'doing ~2 well|good|fine|great',
  'thanks|thank you for asking',
  'all good',
  'not bad',
  'can not|can’t complain',
  'busy but good',
]);
const PROVIDES = phrases([
  'attached',
  'attach',
  'here is|are',
  'please find',
  'i’ve sent|i have sent|i sent',
  'sending',
  'will send',
  'shared',
  'link',
]);

function contentLemmas(text: AnalyzedText, from = 0, to = text.tokens.length): Set<string> {
  const lemmas = new Set<string>();
  for (const t of text.tokens.slice(from, to))
    if (CONTENT_POS.has(t.pos) && !LIGHT.has(t.lemma) && t.lemma.length > 1) lemmas.add(t.lemma);
  return lemmas;
}

function answered(ctx: RuleContext, message: AnalyzedMessage, question: Cue): boolean {
  const draft = ctx.draft.text;
  const q = message.text;
  const first = q.tokens.findIndex((t) => t.start >= question.start);
  const last = q.tokens.findIndex((t) => t.start >= question.end);
  const to = last < 0 ? q.tokens.length : last;
  const asked = contentLemmas(q, first, to);
  const said = contentLemmas(draft);
  if ([...asked].some((l) => said.has(l))) return true;
  const askedTopics = new Set(topicHits(q, first, to).map((h) => h.topic));
  if (topicHits(draft).some((h) => askedTopics.has(h.topic))) return true;
  if (question.about === 'personal' && WELLBEING_ANSWER.test(draft)) return true;
  if (
    PROVIDES.test(draft) &&
    /\b(send|share|forward|provide|get)\b/i.test(q.text.slice(question.start, question.end))
  )
    return true;
  // A closed question answered with "Yes, ..." or "No, ..." at the start of the reply.
  if (
    question.form === 'closed' &&
    /^\s*(?:hi[^,]*,\s*)?(yes|no|sure|absolutely|of course|definitely|unfortunately|not yet)\b/i.test(
      draft.text,
    )
  )
    return true;
  return false;
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
        en: 'A question left unanswered tells the client their message was skimmed. Personal questions are small bids for connection: a short answer ("Hot here too! Thanks for asking.") returns the gesture. Business questions left unanswered stall the deal. The check compares the content words and topics of each question with the reply.',
        ru: 'Вопрос без ответа говорит клиенту, что его письмо прочли по диагонали. Личные вопросы — маленькие шаги к контакту: короткий ответ («У нас тоже жарко! Спасибо, что спросили») возвращает жест. Деловой вопрос без ответа тормозит сделку. Проверка сравнивает значимые слова и темы каждого вопроса с ответом.',
      },
    },
    sources: ['ALTHEN', 'POST'],
  },
  check(ctx) {
    const questions = answeredCues(ctx, 'question', 0.7).filter(({ message, cue }) => {
      const body = message.text.text.slice(cue.start, cue.end).trim();
      // Tag questions and rhetorical asides ("right?", "ha?") expect no answer.
      return body.split(/\s+/).length >= 3 && !/^(right|ok|okay|no|eh|huh|ha)\?$/i.test(body);
    });
    const skipped = questions.filter(({ message, cue }) => !answered(ctx, message, cue));
    const r = ctx.readerCulture;
    return skipped.map(({ message, cue }): Finding => {
      const asked = message.text.text.slice(cue.start, cue.end).trim();
      const personal = cue.about === 'personal';
      return {
        ruleId: 'unanswered-question',
        severity: 'warning',
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
        fix: personal
          ? { action: 'prepend', text: `Thanks for asking! [Answer: "${asked}"]` }
          : { action: 'append', text: `[Answer: "${asked}"]` },
        confidence: Math.round(cue.confidence * 0.9 * 100) / 100,
        sources: sourcesOf(personal ? r?.rapport.openingRitual.sources : [], ['ALTHEN']),
      };
    });
  },
});
