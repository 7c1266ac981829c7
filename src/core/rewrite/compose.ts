/**
 * Composes the suggested reply from the findings' fixes: replacements and removals in place,
 * acknowledgements before the business (after a greeting line, if any), answers at the end.
 */
import type { Cue } from '../cues/types.ts';
import type { Finding, Fix } from '../rules/types.ts';
import { capitalise } from '../text/case.ts';

export function composeRewrite(
  draft: string,
  findings: readonly Finding[],
  draftCues: readonly Cue[],
): string {
  const fixes = findings.map((f) => f.fix).filter((f): f is Fix => f !== undefined);
  if (fixes.length === 0) return draft;

  // In-place edits from the end backwards, so earlier offsets stay valid; overlaps keep the first.
  const edits = fixes
    .filter((f) => (f.action === 'replace' || f.action === 'remove') && f.span)
    .sort((a, b) => b.span!.start - a.span!.start);
  let body = draft;
  let floor = Number.POSITIVE_INFINITY;
  for (const edit of edits) {
    const { start, end } = edit.span!;
    if (end > floor) continue;
    body = body.slice(0, start) + (edit.action === 'replace' ? edit.text : '') + body.slice(end);
    floor = start;
  }

  const unique = (action: Fix['action']) => [
    ...new Set(fixes.filter((f) => f.action === action).map((f) => f.text.trim())),
  ];
  // A replacement may already have put the same words in place (sympathy instead of a sales ask).
  const before = unique('prepend').filter((t) => !body.includes(t));
  const after = unique('append');
  const multiline = /\n/.test(draft);
  const join = multiline ? '\n\n' : ' ';

  // Keep a greeting ("Hi John," or "Hi John.") first: the acknowledgement goes after it.
  const greeting = draftCues.find((c) => c.type === 'greeting' && c.start === draft.search(/\S/));
  let head = '';
  if (greeting) {
    const line = /^\s*[^\n.!?,]*[,!.\n]/.exec(body);
    if (line && line[0].trim().split(/\s+/).length <= 5) {
      head = line[0].trimEnd();
      body = body.slice(line[0].length);
    }
  }
  // After an added sentence, the draft's own words start a sentence ("... time. So what ...").
  const own = body.trim();
  const rest = before.length > 0 ? capitalise(own) : own;
  const parts = [...before, rest, ...after].filter((p) => p.length > 0);
  let text = parts
    .join(join)
    .replace(/[ \t]+([.,!?])/g, '$1')
    .replace(/ {2,}/g, ' ');
  if (!head) return text;
  // On one line, "Hi Alex, thanks for ..." goes on in lower case; "I" stays as it is.
  if (!multiline && head.endsWith(',') && !/^I\b/.test(text))
    text = text.charAt(0).toLowerCase() + text.slice(1);
  return `${head}${multiline ? '\n\n' : ' '}${text}`;
}
