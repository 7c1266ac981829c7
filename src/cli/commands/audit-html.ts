/**
 * The audit as one self-contained HTML page (no scripts, no external files: it opens offline):
 * totals, tables per rule, rep and client with how often the client went quiet after a finding,
 * a timeline per thread with its silences, and the worst moments quoted with the suggested fix.
 */
import type { AuditFinding, AuditReport } from './audit.ts';

const WORST_MOMENTS = 25;
const SEVERITY_ORDER = { error: 0, warning: 1, suggestion: 2 } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`;
}

function table(title: string, key: string, rows: [string, AuditFinding[]][]): string {
  const body = rows
    .sort((a, b) => b[1].length - a[1].length)
    .map(([name, findings]) => {
      const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
      const quiet = findings.filter((f) => !f.answered).length;
      return `<tr><td>${escapeHtml(name)}</td><td class="n error">${count('error')}</td><td class="n">${count('warning')}</td><td class="n">${count('suggestion')}</td><td class="n">${percent(quiet, findings.length)}</td></tr>`;
    })
    .join('\n');
  return `<h2>${title}</h2>
<table><thead><tr><th>${key}</th><th>errors</th><th>warnings</th><th>suggestions</th><th title="share of these replies after which the client did not write again in the thread">went quiet after</th></tr></thead>
<tbody>${body || '<tr><td colspan="5">none</td></tr>'}</tbody></table>`;
}

function groupBy(
  findings: readonly AuditFinding[],
  key: (f: AuditFinding) => string,
): [string, AuditFinding[]][] {
  const groups = new Map<string, AuditFinding[]>();
  for (const finding of findings) groups.set(key(finding), [...(groups.get(key(finding)) ?? []), finding]);
  return [...groups];
}

const TIMELINES = 40;
const WIDTH = 900;

/**
 * A thread as a line in time: rep messages above, client messages below, findings in red, and
 * silences far beyond the thread's usual gap (over 3x the median) shaded.
 */
function timeline(report: AuditReport, entry: AuditReport['timelines'][number]): string {
  const times = entry.messages.map((m) => (m.at ? Date.parse(m.at) : Number.NaN));
  const known = times.filter((t) => !Number.isNaN(t));
  if (known.length < 2) return '';
  const [first, last] = [Math.min(...known), Math.max(...known)];
  const x = (t: number) => 10 + ((t - first) / (last - first || 1)) * (WIDTH - 20);
  const gaps = known
    .slice(1)
    .map((t, i) => t - known[i]!)
    .sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const flagged = new Map<number, string>();
  for (const f of report.findings)
    if (
      f.file === entry.file &&
      f.thread === entry.thread &&
      (f.severity === 'error' || !flagged.has(f.message))
    )
      flagged.set(f.message, f.severity);
  const marks: string[] = [];
  times.forEach((t, i) => {
    if (Number.isNaN(t)) return;
    const previous = times
      .slice(0, i)
      .filter((p) => !Number.isNaN(p))
      .at(-1);
    if (previous !== undefined && median > 0 && t - previous > 3 * median)
      marks.push(
        `<rect x="${x(previous)}" y="4" width="${x(t) - x(previous)}" height="32" fill="#f3e6c8"><title>silence of ${Math.round((t - previous) / 86_400_000)} days</title></rect>`,
      );
  });
  times.forEach((t, i) => {
    if (Number.isNaN(t)) return;
    const rep = entry.messages[i]!.rep;
    const severity = flagged.get(i);
    const colour =
      severity === 'error' ? '#b00020' : severity === 'warning' ? '#e69500' : rep ? '#3559a8' : '#2e8b57';
    marks.push(
      `<circle cx="${x(t)}" cy="${rep ? 12 : 28}" r="${severity ? 5 : 3}" fill="${colour}"><title>${rep ? 'rep' : 'client'} ${new Date(t).toISOString().slice(0, 16)}${severity ? ` (${severity})` : ''}</title></circle>`,
    );
  });
  return `<p class="meta">${escapeHtml(entry.file)}, thread ${entry.thread + 1}: ${new Date(first).toISOString().slice(0, 10)} to ${new Date(last).toISOString().slice(0, 10)}</p>
<svg width="${WIDTH}" height="40" role="img" aria-label="timeline"><line x1="10" x2="${WIDTH - 10}" y1="20" y2="20" stroke="#ccc"/>${marks.join('')}</svg>`;
}

export function auditHtml(report: AuditReport): string {
  const worst = [...report.findings]
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || Number(a.answered) - Number(b.answered),
    )
    .slice(0, WORST_MOMENTS);
  const moments = worst
    .map(
      (f) => `<article class="${f.severity}">
<p class="meta"><b>${escapeHtml(f.rep)}</b> → ${escapeHtml(f.client)} · ${escapeHtml(f.at ?? '')} · ${escapeHtml(f.file)}, thread ${f.thread + 1}, message ${f.message + 1}${f.answered ? '' : ' · <b>the client did not write again</b>'}</p>
<blockquote>${escapeHtml(f.text)}</blockquote>
<p><span class="tag">${escapeHtml(f.severity)}</span> <code>${escapeHtml(f.ruleId)}</code> ${escapeHtml(f.finding)}</p>
${f.fix ? `<p class="fix">Better: ${escapeHtml(f.fix)}</p>` : ''}
</article>`,
    )
    .join('\n');
  const failed = report.failed.map((f) => `<li>${escapeHtml(f.error)}</li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Rapport audit</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{padding:.25em .8em;border-bottom:1px solid #ddd;text-align:left}
.n{text-align:right}.error{color:#b00020}article{border-left:4px solid #999;padding:.2em 1em;margin:1em 0}
article.error{border-color:#b00020}article.warning{border-color:#e69500}blockquote{margin:.4em 0;font-style:italic}
.meta{color:#555;font-size:.9em}.fix{color:#0a6b2d}.tag{font-weight:bold;text-transform:uppercase;font-size:.8em}
</style></head><body>
<h1>Rapport audit</h1>
<p>${report.files} files, ${report.threads} threads, ${report.checked} rep replies checked:
<b class="error">${report.totals.error} errors</b>, ${report.totals.warning} warnings, ${report.totals.suggestion} suggestions.
Generated by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}; nothing in this page leaves your machine.</p>
${failed ? `<h2>Files that could not be read</h2><ul>${failed}</ul>` : ''}
${table(
  'By rule',
  'rule',
  groupBy(report.findings, (f) => f.ruleId),
)}
${table(
  'By rep',
  'rep',
  groupBy(report.findings, (f) => f.rep),
)}
${table(
  'By client',
  'client',
  groupBy(report.findings, (f) => f.client),
)}
<h2>Threads in time</h2>
<p class="meta">Rep above, client below; red and orange: replies with errors and warnings; shaded: silences over three times the thread's usual gap.</p>
${report.timelines
  .filter((t) => report.findings.some((f) => f.file === t.file && f.thread === t.thread))
  .slice(0, TIMELINES)
  .map((t) => timeline(report, t))
  .join('\n')}
<h2>Worst moments</h2>
${moments || '<p>No findings.</p>'}
</body></html>
`;
}
