/** The engine: a thread and its draft in, a report out. Pure: no I/O, runs in the browser too. */
import { type AnalysisCache, type AnalyzedMessage, type AnalyzedThread, analyzeThread } from './analysis.ts';
import { compareIds } from './compare.ts';
import { type ClientStyle, clientStyle } from './context/client-style.ts';
import { assessRelationship, type Relationship } from './context/relationship.ts';
import type { Cue } from './cues/types.ts';
import { profileFor, SOURCES } from './culture/profile.ts';
import { InputError } from './errors.ts';
import { composeRewrite } from './rewrite/compose.ts';
import { RULES } from './rules/index.ts';
import { resolvePrecedence } from './rules/precedence.ts';
import type { Evidence, Finding, Fix, Lang, RuleContext, RuleId, Severity, Span } from './rules/types.ts';
import { isFromClient, sides, type Thread } from './thread.ts';
import { verdictFeatures } from './verdict/features.ts';
import { applyVerdict } from './verdict/model.ts';

export interface CheckOptions {
  lang?: Lang;
  /** Country codes that override the participants' cultures. */
  writerCulture?: string;
  readerCulture?: string;
  /** Replaces (or supplies) the draft text. */
  draftText?: string;
  /** "Now", for timing rules; defaults to the draft's time. */
  now?: Date;
  /** Reuse analyses of unchanged messages across checks (the editor re-checks on each keystroke). */
  cache?: AnalysisCache;
  /** Only these rules (all when omitted). */
  rules?: readonly RuleId[];
  /** false: report the rules' findings as precedence leaves them, without the verdict model. */
  verdict?: boolean;
}

/** Evidence with who wrote it: a finding may quote the client or the rep's own earlier messages. */
export interface ReportEvidence extends Evidence {
  by: 'client' | 'rep';
}

export interface ReportFinding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  span: Span;
  evidence: ReportEvidence[];
  why: { writer: string; reader: string };
  fix?: Fix;
  confidence: number;
  sources: { id: string; title: string; url?: string }[];
}

export interface ReportCue extends Cue {
  message: number;
}

export interface Report {
  findings: ReportFinding[];
  rewrite: { text: string };
  relationship: Relationship;
  cues: ReportCue[];
  /** Cues found in the draft itself (spans into the draft). */
  draftCues: Cue[];
  client: ClientStyle & { notes: string[] };
  culture: { writer?: string; reader?: string };
  lang: Lang;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

/** Puts the draft text in place, checking there is a draft to check. */
export function withDraft(thread: Thread, draftText?: string, now?: Date): Thread {
  if (draftText !== undefined) {
    const rep = thread.participants.find((p) => p.role === 'rep')!;
    return {
      ...thread,
      draft: {
        from: thread.draft?.from ?? rep.id,
        at: thread.draft?.at ?? now?.toISOString(),
        text: draftText,
      },
    };
  }
  if (!thread.draft)
    throw new InputError('no draft to check: add "draft" to the thread or pass --draft-text');
  return thread;
}

export interface PreparedContext {
  analysis: AnalyzedThread;
  context: RuleContext;
}

export function prepare(thread: Thread, options: CheckOptions = {}): PreparedContext {
  const full = withDraft(thread, options.draftText, options.now);
  const analysis = analyzeThread(full, options.cache);
  const draft = analysis.draft!;
  const { writer, reader } = sides(full);
  const writerCode = options.writerCulture ?? writer.culture;
  const readerCode = options.readerCulture ?? reader.culture;
  const context: RuleContext = {
    analysis,
    draft,
    writer,
    reader,
    writerCulture: profileFor(writerCode),
    readerCulture: profileFor(readerCode),
    relationship: assessRelationship(analysis.messages, draft, options.now),
    client: clientStyle(analysis.messages),
    now: options.now,
  };
  return { analysis, context };
}

/**
 * Every rule's findings (`raw`), those precedence leaves (`kept`), and the lenient candidates of the
 * rules that found nothing (`candidates`, see Rule.candidates; none when `withCandidates` is false,
 * as the rules alone do not need them): the verdict model's input.
 */
export function runRules(
  context: RuleContext,
  only?: readonly RuleId[],
  withCandidates = true,
): { raw: Finding[]; kept: Finding[]; candidates: Finding[] } {
  const rules = only ? RULES.filter((r) => only.includes(r.meta.id)) : RULES;
  const raw: Finding[] = [];
  const candidates: Finding[] = [];
  for (const rule of rules) {
    const found = rule.check(context);
    if (found.length > 0) raw.push(...found);
    else if (withCandidates && rule.candidates) candidates.push(...rule.candidates(context));
  }
  return { raw, kept: resolvePrecedence(raw, context), candidates };
}

/**
 * The findings to report, and what the verdict model read. The model reads every rule's findings,
 * so with `rules` all rules still run and the report keeps the requested ones: a rule reports the
 * same with or without `rules`.
 */
export function reportedFindings(
  context: RuleContext,
  options: CheckOptions,
): { reported: Finding[]; features?: string[] } {
  if (options.verdict === false) return { reported: runRules(context, options.rules, false).kept };
  const { raw, kept, candidates } = runRules(context);
  const features = verdictFeatures(context, raw, kept, candidates);
  const found = applyVerdict(raw, kept, features, candidates);
  return {
    reported: options.rules ? found.filter((f) => options.rules!.includes(f.ruleId)) : found,
    features,
  };
}

export function check(thread: Thread, options: CheckOptions = {}): Report {
  const lang = options.lang ?? 'en';
  const { analysis, context } = prepare(thread, options);
  const findings: Finding[] = reportedFindings(context, options).reported.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.span.start - b.span.start ||
      compareIds(a.ruleId, b.ruleId),
  );
  const draftText = context.draft.text.text;
  return {
    findings: findings.map((f) => localise(f, lang, thread)),
    rewrite: { text: composeRewrite(draftText, findings, context.draft.cues) },
    relationship: context.relationship,
    cues: analysis.messages.flatMap(reportCues),
    draftCues: context.draft.cues,
    client: { ...context.client, notes: clientNotes(context, lang) },
    culture: { writer: context.writerCulture?.id, reader: context.readerCulture?.id },
    lang,
  };
}

// Kept per analysis: re-checking a draft does not rebuild the cues of every message in the thread.
const REPORT_CUES = new WeakMap<Cue[], { index: number; cues: ReportCue[] }>();

function reportCues(m: AnalyzedMessage): ReportCue[] {
  const index = m.index as number;
  const known = REPORT_CUES.get(m.cues);
  if (known !== undefined && known.index === index) return known.cues;
  const cues = m.cues.map((c) => ({ message: index, ...c }));
  REPORT_CUES.set(m.cues, { index, cues });
  return cues;
}

function localise(f: Finding, lang: Lang, thread: Thread): ReportFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message[lang],
    span: f.span,
    evidence: f.evidence.map((e) => {
      const message = thread.messages[e.message];
      return { ...e, by: message && isFromClient(thread, message) ? 'client' : 'rep' };
    }),
    why: { writer: f.why.writer[lang], reader: f.why.reader[lang] },
    ...(f.fix ? { fix: f.fix } : {}),
    confidence: f.confidence,
    sources: f.sources.map((id) => ({ id, ...(SOURCES[id] ?? { title: id }) })),
  };
}

/** What this client's own writing shows, said when it changed the expectations. */
function clientNotes(ctx: RuleContext, lang: Lang): string[] {
  const name = ctx.reader.name.split(/\s+/)[0] ?? ctx.reader.name;
  const notes: string[] = [];
  if (ctx.client.terse) {
    notes.push(
      lang === 'en'
        ? `${name} writes short business notes; a short reply is fine.`
        : `${name} пишет короткие деловые письма; короткий ответ уместен.`,
    );
  }
  if (ctx.client.personable) {
    notes.push(
      lang === 'en'
        ? `${name} shares personal news in this thread; that invitation outranks the country profile.`
        : `${name} делится личным в этой переписке; это важнее странового профиля.`,
    );
  }
  if (ctx.client.direct) {
    notes.push(
      lang === 'en'
        ? `${name} writes plain requests and objections; a plain request or a direct "no" is less likely to offend.`
        : `${name} сам пишет прямые просьбы и возражения; прямая просьба или прямое «нет» вряд ли обидят.`,
    );
  }
  if (ctx.client.warm && !ctx.client.terse) {
    notes.push(
      lang === 'en'
        ? `${name} usually writes warmly; a curt reply would stand out.`
        : `${name} обычно пишет тепло; сухой ответ будет заметен.`,
    );
  }
  return notes;
}
