/**
 * `check --format sarif`: SARIF 2.1.0, one run, for code-scanning style tools. Thread JSON keeps
 * text inside JSON strings, so results point at the draft by logical location ("draft") with
 * UTF-16 offsets into the draft text rather than by file region.
 */
import type { Report } from '../check.ts';
import { RULES } from '../rules/index.ts';
import type { Severity } from '../rules/types.ts';
import { lineColumn } from './lines.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  suggestion: 'note',
};

export function formatSarif(
  report: Report,
  draft: string,
  uri: string,
  tool: { name: string; version: string },
): string {
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    shortDescription: { text: r.meta.docs.summary[report.lang] },
    fullDescription: { text: r.meta.docs.details[report.lang] },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    properties: { scope: r.meta.scope, sources: r.meta.sources },
  }));
  const results = report.findings.map((f) => {
    const start = lineColumn(draft, f.span.start);
    const end = lineColumn(draft, f.span.end);
    return {
      ruleId: f.ruleId,
      ruleIndex: rules.findIndex((r) => r.id === f.ruleId),
      level: LEVEL[f.severity],
      message: { text: `${f.message} ${f.why.reader}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: {
              startLine: start.line,
              startColumn: start.column,
              endLine: end.line,
              endColumn: end.column,
              charOffset: f.span.start,
              charLength: f.span.end - f.span.start,
              snippet: { text: draft.slice(f.span.start, f.span.end) },
            },
          },
          logicalLocations: [{ fullyQualifiedName: 'draft', kind: 'member' }],
        },
      ],
      ...(f.fix && f.fix.action !== 'append' && f.fix.action !== 'prepend'
        ? {
            fixes: [
              {
                description: { text: f.fix.action === 'remove' ? 'Remove' : `Replace with: ${f.fix.text}` },
                artifactChanges: [
                  {
                    artifactLocation: { uri },
                    replacements: [
                      {
                        deletedRegion: {
                          charOffset: f.fix.span?.start ?? 0,
                          charLength: (f.fix.span?.end ?? 0) - (f.fix.span?.start ?? 0),
                        },
                        insertedContent: { text: f.fix.text },
                      },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
      properties: {
        confidence: f.confidence,
        why: f.why,
        evidence: f.evidence,
        sources: f.sources.map((s) => s.id),
        ...(f.fix ? { suggestion: f.fix.text } : {}),
      },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { rewrite: report.rewrite.text },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
