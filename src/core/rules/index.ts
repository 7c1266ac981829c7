/** The rule registry: adding a rule touches its own file and this list. */
import abruptPivot from './abrupt-pivot.ts';
import badNewsPitch from './bad-news-pitch.ts';
import bluntDisagreement from './blunt-disagreement.ts';
import bluntRequest from './blunt-request.ts';
import closedPressureQuestion from './closed-pressure-question.ts';
import coldReply from './cold-reply.ts';
import ignoredDisclosure from './ignored-disclosure.ts';
import overFamiliar from './over-familiar.ts';
import type { Rule, RuleId } from './types.ts';
import unansweredQuestion from './unanswered-question.ts';
import unusualSilence from './unusual-silence.ts';

export const RULES: readonly Rule[] = [
  ignoredDisclosure,
  badNewsPitch,
  abruptPivot,
  closedPressureQuestion,
  unansweredQuestion,
  bluntRequest,
  bluntDisagreement,
  coldReply,
  overFamiliar,
  unusualSilence,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === (id as RuleId));
}
