/**
 * `check --format stylish`: for a person. Each finding with the client's words that triggered it,
 * the why from both sides and the fix; then the whole suggested reply (after ESLint's stylish).
 */
import type { Report, ReportFinding } from '../check.ts';
import type { Lang } from '../rules/types.ts';
import { lineColumn } from './lines.ts';
import { plain, type Styler } from './styler.ts';

const LABELS: Record<Lang, Record<string, string>> = {
  en: {
    client: 'client wrote',
    rep: 'you wrote',
    writer: 'your side',
    reader: 'their side',
    fix: 'try',
    sources: 'sources',
    rewrite: 'Suggested reply',
    none: 'No problems found.',
    error: 'error',
    warning: 'warning',
    suggestion: 'suggestion',
    problems: 'problems',
    notes: 'About this client',
  },
  ru: {
    client: 'клиент написал',
    rep: 'вы написали',
    writer: 'ваша сторона',
    reader: 'сторона клиента',
    fix: 'вариант',
    sources: 'источники',
    rewrite: 'Предлагаемый ответ',
    none: 'Проблем не найдено.',
    error: 'ошибка',
    warning: 'предупреждение',
    suggestion: 'совет',
    problems: 'замечаний',
    notes: 'Об этом клиенте',
  },
};

function severityLabel(f: ReportFinding, s: Styler, l: Record<string, string>): string {
  const label = l[f.severity] ?? f.severity;
  return f.severity === 'error' ? s.red(label) : f.severity === 'warning' ? s.yellow(label) : s.blue(label);
}

export function formatStylish(report: Report, draft: string, source: string, styler: Styler = plain): string {
  const l = LABELS[report.lang];
  const s = styler;
  const out: string[] = [];
  if (report.findings.length === 0) {
    out.push(s.green(`${source}: ${l.none}`));
  } else {
    out.push(s.underline(source));
    for (const f of report.findings) {
      const from = lineColumn(draft, f.span.start);
      const to = lineColumn(draft, f.span.end);
      out.push(
        `  ${s.dim(`${from.line}:${from.column}-${to.line}:${to.column}`)}  ${severityLabel(f, s, l)}  ${f.message}  ${s.dim(f.ruleId)}`,
      );
      for (const e of f.evidence)
        out.push(`      ${s.dim(`${e.by === 'rep' ? l.rep : l.client} (#${e.message}):`)} “${e.text}”`);
      out.push(`      ${s.bold(`${l.writer}:`)} ${f.why.writer}`);
      out.push(`      ${s.bold(`${l.reader}:`)} ${f.why.reader}`);
      if (f.fix && f.fix.action !== 'remove') out.push(`      ${s.green(`${l.fix}:`)} ${f.fix.text}`);
      if (f.sources.length > 0)
        out.push(`      ${s.dim(`${l.sources}: ${f.sources.map((x) => x.id).join(', ')}`)}`);
    }
    const count = (sev: string) => report.findings.filter((f) => f.severity === sev).length;
    const total = report.findings.length;
    const mark = count('error') > 0 ? s.red('✖') : s.yellow('⚠');
    out.push(
      '',
      s.bold(
        `${mark} ${total} ${l.problems} (${count('error')} ${l.error}, ${count('warning')} ${l.warning}, ${count('suggestion')} ${l.suggestion})`,
      ),
    );
    out.push('', s.bold(`${l.rewrite}:`), '', ...report.rewrite.text.split('\n').map((line) => `  ${line}`));
  }
  if (report.client.notes.length > 0) out.push('', s.dim(`${l.notes}: ${report.client.notes.join(' ')}`));
  return `${out.join('\n')}\n`;
}
