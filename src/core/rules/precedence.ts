/**
 * One finding for one mistake (eval/README, "Settled label questions"): where two rules fire on
 * the same fault of a draft, the coach names the one that says what the fault is. The rules run
 * independently; this is the one place where their findings on one draft are reconciled.
 */

import { HEADING_PIVOT, PIVOT_WORD } from './abrupt-pivot.ts';
import { PUSH } from './closed-pressure-question.ts';
import { draftCues } from './helpers.ts';
import type { Finding, RuleContext, RuleId } from './types.ts';
import { tokenOpening } from './warmth.ts';

/** Rules whose fault is that the reply turns from what the client shared to business. */
const TURNS_FROM_NEWS = new Set<RuleId>(['abrupt-pivot', 'ignored-disclosure', 'bad-news-pitch']);

/**
 * A request already softened by "please" or "kindly" in a reply that turns from the client's
 * news to business presses by its timing, not by its form: that is the turn's fault, named by
 * abrupt-pivot, ignored-disclosure or bad-news-pitch. A bare order there is bluntness as well, and
 * stays blunt-request's. Measured on the dev labels (nine annotators): of 25 please-requests in
 * replies labelled with one of those rules, 4 were also blunt-request, and no part had a majority
 * for it; of 6 bare orders there, 5 were.
 */
function softenedRequestAfterNews(finding: Finding, ctx: RuleContext, findings: readonly Finding[]): boolean {
  if (finding.ruleId !== 'blunt-request') return false;
  // A nudge ("a weekend remark in a first business email") names no fault the request could share.
  if (!findings.some((f) => TURNS_FROM_NEWS.has(f.ruleId) && f.severity !== 'suggestion')) return false;
  const { start, end } = finding.span;
  return draftCues(ctx, 'please').some((p) => p.start >= start && p.end <= end);
}

/**
 * A request for an act ("Could you send the signed PO by Friday?", "could you please return the
 * form?"), not for the decision in words ("would you like to sign?", "let me know if you want to
 * sign"): right after bad news, what hurts is asking at all, which bad-news-pitch names
 * (eval/README, settled label questions: a please-request after bad news is bad-news-pitch's
 * alone). "Can you get it signed today?" is not softened and stays a yes/no pressed.
 */
const SOFTENED_ASK =
  /\b(?:could|would)\s+you\s+(?:please\s+|kindly\s+)?(?!(?:like|love|want|prefer|be|agree|consider|let|tell|confirm\s+(?:if|whether|that))\b)[a-z]/i;
const ASKS_FOR_THE_DECISION = /\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))\b[^?]*\b(?:if|whether)\b/i;

function softenedAskAfterBadNews(finding: Finding, ctx: RuleContext, findings: readonly Finding[]): boolean {
  if (finding.ruleId !== 'closed-pressure-question') return false;
  if (!findings.some((f) => f.ruleId === 'bad-news-pitch' && f.severity !== 'suggestion')) return false;
  const { start, end } = finding.span;
  const asked = ctx.draft.text.text.slice(start, end);
  if (ASKS_FOR_THE_DECISION.test(asked)) return false;
  // "Could you sign before you go? The discount expires Friday": a push to commit beside it asks
  // for the yes itself, however softly the act is worded.
  if (PUSH.test(ctx.draft.text)) return false;
  return SOFTENED_ASK.test(asked) || draftCues(ctx, 'please').some((p) => p.start >= start && p.end <= end);
}

/** Rules that, by naming what the reply skipped, already say why it reads cold. */
const NAMES_THE_COLDNESS = new Set<RuleId>([
  'ignored-disclosure',
  'unanswered-question',
  'abrupt-pivot',
  'bad-news-pitch',
]);

/**
 * cold-reply beside a rule that names what was skipped says the same thing twice (the founding
 * case: ignored-disclosure, abrupt-pivot, closed-pressure-question, no cold-reply; settled by six
 * blind annotators).
 */
function coldnessNamedElsewhere(
  finding: Finding,
  findings: readonly Finding[],
  tokenFirst: boolean,
): boolean {
  return (
    finding.ruleId === 'cold-reply' &&
    findings.some((f) => NAMES_THE_COLDNESS.has(f.ruleId) && !(tokenFirst && f.ruleId === 'abrupt-pivot'))
  );
}

/**
 * A reply that opens on a token ("Noted.", "Good.", "Well received.") answers the warmth coldly; it
 * does not turn from it to business: cold-reply's, not abrupt-pivot's (eval/README, settled
 * 2026-11-27 and 2026-11-28).
 */
function pivotIsTokenColdness(finding: Finding, findings: readonly Finding[], tokenFirst: boolean): boolean {
  return finding.ruleId === 'abrupt-pivot' && tokenFirst && findings.some((f) => f.ruleId === 'cold-reply');
}

/**
 * "Hi Ji-hoon, you need to sign our NDA by Friday": a first name that is only a nudge, beside an
 * order that is a fault of its own, is part of the same curtness; the coach names the order.
 * Measured on the dev labels (2026-11-29, 6,160 cases): of 27 over-familiar suggestions beside a
 * blunt-request warning or error, 24 were not labelled.
 */
function familiarityBesideOrder(finding: Finding, findings: readonly Finding[]): boolean {
  return (
    finding.ruleId === 'over-familiar' &&
    finding.severity === 'suggestion' &&
    findings.some((f) => f.ruleId === 'blunt-request' && f.severity !== 'suggestion')
  );
}

/** The findings without those another rule already names. */
export function resolvePrecedence(findings: readonly Finding[], ctx: RuleContext): Finding[] {
  // "Ok good. Next step is ...", "Noted. So, ...": a pivot after the token still turns to business.
  const rest = tokenOpening(ctx.draft.text, ctx.draft.cues);
  const after = rest === undefined ? '' : ctx.draft.text.text.slice(rest).trimStart();
  const tokenFirst = rest !== undefined && !PIVOT_WORD.test(after) && !HEADING_PIVOT.test(after);
  return findings.filter(
    (f) =>
      !softenedRequestAfterNews(f, ctx, findings) &&
      !softenedAskAfterBadNews(f, ctx, findings) &&
      !coldnessNamedElsewhere(f, findings, tokenFirst) &&
      !pivotIsTokenColdness(f, findings, tokenFirst) &&
      !familiarityBesideOrder(f, findings),
  );
}
