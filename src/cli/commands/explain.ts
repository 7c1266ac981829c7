/** `rapport explain RULE_ID`: a rule's documentation, in English or Russian. */
import { parseArgs } from 'node:util';
import { SOURCES } from '../../core/culture/profile.ts';
import { RULES, ruleById } from '../../core/rules/index.ts';
import type { Lang } from '../../core/rules/types.ts';
import { oneOf, UsageError } from '../usage.ts';

export async function runExplain(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { lang: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const lang: Lang = oneOf('lang', values.lang, ['en', 'ru'] as const, 'en');
  const id = positionals[0];
  const ids = RULES.map((r) => r.meta.id).join(', ');
  if (!id) throw new UsageError(`explain: expected a rule id, one of: ${ids}`);
  const rule = ruleById(id);
  if (!rule) throw new UsageError(`explain: unknown rule "${id}"; rules are: ${ids}`);
  const { meta } = rule;
  const sources = meta.sources.map(
    (s) => `  - ${s}: ${SOURCES[s]?.title ?? s}${SOURCES[s]?.url ? ` <${SOURCES[s]!.url}>` : ''}`,
  );
  const heading =
    lang === 'en'
      ? { severity: 'Default severity', scope: 'Scope', sources: 'Sources' }
      : { severity: 'Серьёзность по умолчанию', scope: 'Область', sources: 'Источники' };
  process.stdout.write(
    [
      `${meta.id}: ${meta.docs.summary[lang]}`,
      '',
      meta.docs.details[lang],
      '',
      `${heading.severity}: ${meta.defaultSeverity}. ${heading.scope}: ${meta.scope}.`,
      `${heading.sources}:`,
      ...sources,
      '',
    ].join('\n'),
  );
  return 0;
}
