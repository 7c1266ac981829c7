import type { AnalyzedMessage, AnalyzedThread } from '../analysis.ts';
import type { ClientStyle } from '../context/client-style.ts';
import type { Relationship } from '../context/relationship.ts';
import type { CultureProfile } from '../culture/profile.ts';
import type { Participant } from '../thread.ts';

export type Lang = 'en' | 'ru';
/** Every text the product shows exists in both languages; the report picks one. */
export type Text = Record<Lang, string>;

export type Severity = 'error' | 'warning' | 'suggestion';

export const RULE_IDS = [
  'ignored-disclosure',
  'bad-news-pitch',
  'abrupt-pivot',
  'closed-pressure-question',
  'unanswered-question',
  'blunt-request',
  'blunt-disagreement',
  'cold-reply',
  'over-familiar',
  'unusual-silence',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Span {
  start: number;
  end: number;
}

/** A place in an earlier message that triggered the finding. */
export interface Evidence extends Span {
  message: number;
  text: string;
}

/**
 * How to repair the draft. `prepend` adds text before it (an acknowledgement), `replace` swaps
 * the span for `text`, `remove` drops the span. The rewrite composes all fixes.
 */
export interface Fix {
  action: 'prepend' | 'replace' | 'remove' | 'append';
  text: string;
  span?: Span;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: Text;
  /** UTF-16 span in the draft (empty for thread-level findings). */
  span: Span;
  evidence: Evidence[];
  why: { writer: Text; reader: Text };
  fix?: Fix;
  confidence: number;
  /** Source ids (data/culture/profiles.json "sources"). */
  sources: string[];
}

export interface RuleContext {
  analysis: AnalyzedThread;
  draft: AnalyzedMessage;
  writer: Participant;
  reader: Participant;
  /** Undefined when the country has no profile or none was given. */
  writerCulture?: CultureProfile;
  readerCulture?: CultureProfile;
  relationship: Relationship;
  client: ClientStyle;
  now?: Date;
}

export interface RuleMeta {
  id: RuleId;
  /** The severity when culture and relationship say nothing more. */
  defaultSeverity: Severity;
  scope: 'draft' | 'thread';
  docs: { summary: Text; details: Text };
  sources: string[];
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): Finding[];
  /**
   * Findings the rule does not report on its own: a lenient reading that fires far more often, for
   * the verdict model to weigh (src/core/verdict). Asked for only when `check` found nothing; never
   * reported without the model.
   */
  candidates?(context: RuleContext): Finding[];
}

/** Identity helper, for typing (ESLint's and citty's defineX pattern). */
export const defineRule = (rule: Rule): Rule => rule;
