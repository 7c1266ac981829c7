/** `check --format json`: the report of DESIGN.md, with `version` and `tool` added. */
import type { Report } from '../check.ts';

export const REPORT_VERSION = 1;

export function formatJson(report: Report, tool: { name: string; version: string }): string {
  return `${JSON.stringify({ version: REPORT_VERSION, tool, ...report }, null, 2)}\n`;
}
