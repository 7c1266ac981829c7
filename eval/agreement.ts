/**
 * `npm run eval:agreement -- FIRST SECOND`: how far two annotators who labelled the same
 * thread+draft cases independently agree, per rule, and how far the rules agree with each of them.
 * The human figure is the ceiling the rules can be measured against: where two coaches agree
 * only at F1 0.7, a rule at 0.7 is as good as a second coach.
 *
 * FIRST is a rule case file (eval/cases format, with threads); SECOND holds `{"id", "expected"}`
 * lines for the same ids. `--no-tool` leaves out the rules' columns.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { RULE_IDS, type RuleId } from '../src/core/rules/types.ts';
import { type Comparison, compareLabels, type Labels, labelsOf } from './annotator-agreement.ts';
import { fmt } from './metrics.ts';
import { foundRules, type RuleCase, readJsonl } from './rule-cases.ts';

function fail(message: string): never {
  process.stderr.write(`eval:agreement: ${message}\n`);
  process.exit(2);
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'no-tool': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 2) fail('usage: npm run eval:agreement -- FIRST.jsonl SECOND.jsonl [--no-tool]');
  const [firstPath, secondPath] = positionals as [string, string];
  for (const p of [firstPath, secondPath]) if (!existsSync(p)) fail(`no such file: ${p}`);
  const cases = readJsonl<RuleCase>(firstPath, basename(firstPath), fail);
  const secondById = new Map<string, unknown>();
  for (const line of readJsonl<{ id?: string; expected?: unknown }>(secondPath, basename(secondPath), fail)) {
    if (typeof line.id !== 'string') fail(`${basename(secondPath)}: a line has no "id"`);
    secondById.set(line.id, line.expected);
  }
  const missing = cases.filter((c) => !secondById.has(c.id)).map((c) => c.id);
  if (missing.length)
    fail(
      `${basename(secondPath)} has no labels for ${missing.length} case(s): ${missing.slice(0, 5).join(', ')}`,
    );
  const extra = [...secondById.keys()].filter((id) => !cases.some((c) => c.id === id));
  if (extra.length)
    fail(
      `${basename(secondPath)} labels ${extra.length} id(s) not in ${basename(firstPath)}: ${extra.slice(0, 5).join(', ')}`,
    );

  let first: Labels[] = [];
  let second: Labels[] = [];
  try {
    first = cases.map((c) => labelsOf(c.expected, `${basename(firstPath)} ${c.id}`));
    second = cases.map((c) => labelsOf(secondById.get(c.id), `${basename(secondPath)} ${c.id}`));
  } catch (error) {
    fail((error as Error).message);
  }
  const humans = compareLabels(first, second);
  let tool: Labels[] | undefined;
  if (!values['no-tool']) {
    tool = cases.map((c) => {
      try {
        return foundRules(c.thread, c.id);
      } catch (error) {
        return fail(`${c.id}: ${(error as Error).message}`);
      }
    });
  }
  const toolVsFirst = tool && compareLabels(first, tool);
  const toolVsSecond = tool && compareLabels(second, tool);

  const count = (labels: Labels[], id: RuleId) => labels.filter((l) => l.has(id)).length;
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `\nAgreement on ${cases.length} cases: first = ${basename(firstPath)}, second = ${basename(secondPath)}`,
  );
  console.log(
    `${'rule'.padEnd(26)}${pad('first', 6)}${pad('second', 7)}${pad('F1', 6)}${pad('kappa', 7)}${tool ? `${pad('rules F1 vs first', 19)}${pad('vs second', 11)}` : ''}`,
  );
  for (const id of RULE_IDS) {
    const h = humans.perRule[id];
    console.log(
      `${id.padEnd(26)}${pad(count(first, id), 6)}${pad(count(second, id), 7)}${pad(fmt(h.f1), 6)}${pad(fmt(h.kappa), 7)}${
        toolVsFirst && toolVsSecond
          ? `${pad(fmt(toolVsFirst.perRule[id].f1), 19)}${pad(fmt(toolVsSecond.perRule[id].f1), 11)}`
          : ''
      }`,
    );
  }
  const row = (label: string, pick: (c: Comparison) => number | null) =>
    console.log(
      `${label.padEnd(39)}${pad(fmt(pick(humans)), 6)}${toolVsFirst && toolVsSecond ? `${pad(fmt(pick(toolVsFirst)), 26)}${pad(fmt(pick(toolVsSecond)), 11)}` : ''}`,
    );
  row('micro F1', (c) => c.micro);
  row('clean: both clean / either clean', (c) => c.cleanAgreement);
  row('same set of rules', (c) => c.sameSet);
  row('same severity where both flag', (c) => c.severity);
}

main();
