/**
 * closed-pressure-question: the reply presses for a yes/no commitment ("Do you want to buy our
 * product?", "Did you make a decision?") where an open question would leave the client room.
 */
import { capitalise, inCulture, manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import { openQuestion } from '../rewrite/open-question.ts';
import { clientName, draftCues, severityFromScore } from './helpers.ts';
import { defineRule, type Evidence } from './types.ts';

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
        en: 'A closed question about buying, signing or deciding asks the client to say yes or no now. It leaves no room to share doubts, and a "no" is easier to give than to explain. An open question ("What have you thought about ...?") keeps the business intent and invites the conversation that leads to a yes. Repeated pressure (the rep asked for a decision before) raises the severity.',
        ru: 'Закрытый вопрос о покупке, подписании или решении требует сказать «да» или «нет» прямо сейчас. Он не оставляет места для сомнений, а сказать «нет» проще, чем объяснить. Открытый вопрос («Что вы думаете о ...?») сохраняет деловую цель и приглашает к разговору, который ведёт к «да». Повторное давление (представитель уже спрашивал о решении) повышает серьёзность.',
      },
    },
    sources: ['MEY14', 'LITLIT25'],
  },
  check(ctx) {
    const asks = draftCues(ctx, 'business-ask', 0.9);
    const questions = draftCues(ctx, 'question', 0.6).filter(
      (q) => q.form === 'closed' && q.about === 'business',
    );
    const pressing = questions.filter((q) => asks.some((a) => a.start < q.end && q.start < a.end));
    if (pressing.length === 0) return [];
    // Did the rep already press for a decision earlier in the thread?
    const earlier: Evidence[] = ctx.analysis.messages
      .filter((m) => m.author.role === 'rep')
      .flatMap((m) => {
        const asked = m.cues.filter((c) => c.type === 'business-ask' && c.confidence >= 0.9);
        return m.cues
          .filter(
            (c) =>
              c.type === 'question' &&
              c.form === 'closed' &&
              asked.some((a) => a.start < c.end && c.start < a.end),
          )
          .map((c) => ({
            message: m.index as number,
            start: c.start,
            end: c.end,
            text: m.text.text.slice(c.start, c.end),
          }));
      });
    const r = ctx.readerCulture;
    const w = ctx.writerCulture;
    const positive = r
      ? r.rapport.positivityDisplay.value === 'default-positive' || r.style.persuading.value >= 1
      : true;
    const writerDirect = w ? w.rapport.requestSoftening.value <= -1 : false;
    return pressing.map((q) => {
      const score =
        (positive ? 1 : 0) + (earlier.length > 0 ? 1 : 0) + (ctx.relationship.stage !== 'new' ? 1 : 0);
      const question = ctx.draft.text.text.slice(q.start, q.end);
      return {
        ruleId: 'closed-pressure-question' as const,
        severity: severityFromScore(score, 2, 1),
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
              `${manyClients(r, 'en')} hear a yes/no purchase question as pressure: it asks for a commitment before they are ready, with none of the positive framing they expect, and a "no" is the easy answer.`,
              earlier.length > 0
                ? 'The thread already asked for a decision before, which makes it feel like pushing.'
                : '',
            ],
            [
              `${manyClients(r, 'ru')} воспринимают вопрос «да/нет» о покупке как давление: он требует решения раньше, чем клиент готов, без привычной позитивной подачи, и ответить «нет» проще всего.`,
              earlier.length > 0 ? 'В переписке уже спрашивали о решении, и повтор ощущается как нажим.' : '',
            ],
          ),
        },
        fix: {
          action: 'replace' as const,
          span: { start: q.start, end: q.end },
          text: openQuestion(question),
        },
        confidence: Math.min(q.confidence, 0.9),
        sources: sourcesOf(
          r?.rapport.positivityDisplay.sources,
          r?.style.persuading.sources,
          writerDirect ? w?.rapport.requestSoftening.sources : [],
        ),
      };
    });
  },
});
