/**
 * What the verdict model sees of one check: named yes/no features, so its weights file can be read
 * feature by feature. The rules' own findings come first (which rules fired, at what severity, and
 * whether precedence kept them); then the cues of the client messages the draft answers and of
 * the draft, the client's style, the relationship, the cultures, and the words of both texts.
 * Participants' names are masked: a model must not learn that "Mike" is warm.
 */
import { wordCount } from '../context/client-style.ts';
import type { Finding, RuleContext } from '../rules/types.ts';

const WORD = /[a-z']+|\d+|[?!]/g;

/** Lower-cased word unigrams and bigrams, each with a prefix for the text it came from. */
export function wordFeatures(prefix: string, text: string, names: ReadonlySet<string>): string[] {
  const words = (text.toLowerCase().match(WORD) ?? []).map((w) => (names.has(w) ? '<name>' : w));
  const out: string[] = [];
  words.forEach((w, i) => {
    out.push(`${prefix}:${w}`);
    if (i + 1 < words.length) out.push(`${prefix}:${w}_${words[i + 1]}`);
  });
  return out;
}

/** A number as the bucket it falls in: the first bound it does not exceed ("<=5"), or the last ">". */
export function bucket(value: number, bounds: readonly number[]): string {
  for (const b of bounds) if (value <= b) return `<=${b}`;
  return `>${bounds[bounds.length - 1]}`;
}

function cueKey(cue: { type: string; about?: string; form?: string }): string {
  return [cue.type, cue.about, cue.form].filter(Boolean).join(':');
}

function counted(prefix: string, keys: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].flatMap(([k, n]) =>
    n > 1 ? [`${prefix}:${k}`, `${prefix}:${k}:2+`] : [`${prefix}:${k}`],
  );
}

function nameWords(ctx: RuleContext): Set<string> {
  const names = new Set<string>();
  for (const p of ctx.analysis.thread.participants)
    for (const w of p.name.toLowerCase().match(WORD) ?? []) if (w.length > 1) names.add(w);
  return names;
}

/**
 * The features of one check. `raw` are every rule's findings; `kept` those precedence left (see
 * rules/precedence.ts); `candidates` the lenient findings of rules that found nothing (see
 * Rule.candidates). Without repeats.
 */
export function verdictFeatures(
  ctx: RuleContext,
  raw: readonly Finding[],
  kept: readonly Finding[],
  candidates: readonly Finding[] = [],
): string[] {
  const out: string[] = [];
  for (const f of raw) out.push(`rule:${f.ruleId}`, `rule:${f.ruleId}:${f.severity}`);
  for (const f of kept) out.push(`kept:${f.ruleId}`);
  for (const f of candidates) out.push(`candidate:${f.ruleId}`);
  out.push(
    ...counted(
      'client',
      ctx.analysis.answered.flatMap((m) => m.cues.map(cueKey)),
    ),
  );
  out.push(...counted('draft', ctx.draft.cues.map(cueKey)));

  const { client, relationship: rel } = ctx;
  for (const k of ['known', 'terse', 'personable', 'direct', 'warm'] as const)
    if (client[k]) out.push(`style:${k}`);
  for (const k of ['warmth', 'smallTalk', 'directness', 'softening'] as const)
    out.push(`style:${k}:${bucket(client[k], [0, 0.34, 0.67])}`);
  out.push(`stage:${rel.stage}`, `exchanges:${bucket(rel.exchanges, [1, 2, 4, 8])}`);
  out.push(`personal-messages:${bucket(rel.clientPersonalMessages, [0, 1, 2])}`);
  if (rel.currentGapHours !== undefined) {
    out.push(`gap-hours:${bucket(rel.currentGapHours, [24, 72, 168, 336])}`);
    if (rel.medianGapHours)
      out.push(`gap-ratio:${bucket(rel.currentGapHours / rel.medianGapHours, [1, 2, 4, 8])}`);
  }
  out.push(`reader:${ctx.readerCulture?.id ?? '?'}`, `writer:${ctx.writerCulture?.id ?? '?'}`);

  const names = nameWords(ctx);
  const draft = ctx.draft.text.text;
  const answered = ctx.analysis.answered.map((m) => m.text.text).join('\n');
  const answeredWordCount = ctx.analysis.answered.reduce((n, m) => n + wordCount(m.text), 0);
  out.push(`draft-words:${bucket(wordCount(ctx.draft.text), [5, 15, 40, 100])}`);
  out.push(`answered-words:${bucket(answeredWordCount, [0, 5, 15, 40, 100])}`);
  out.push(...wordFeatures('d', draft, names), ...answeredWords(answered, names));
  return [...new Set(out)];
}

// The editor re-checks one thread on every keystroke: the client's side does not change between
// them, so the last one's word features are kept.
let lastAnswered: { key: string; features: string[] } | undefined;

function answeredWords(answered: string, names: ReadonlySet<string>): string[] {
  const key = `${[...names].join(' ')}\u0000${answered}`;
  if (lastAnswered?.key !== key) lastAnswered = { key, features: wordFeatures('a', answered, names) };
  return lastAnswered.features;
}
