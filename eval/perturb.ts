/**
 * `npm run eval:perturb`: invariance test of the rules on the dev cases. Each case is run as
 * written and after each meaning-preserving edit of eval/perturbations.ts; a rule that fires on
 * one and not the other has "flipped". Prints, per edit, how many cases flipped and which rules,
 * and how many of the flips moved away from the label (errors the edit introduced).
 *
 *   npm run eval:perturb -- [--cases DIR] [--verbose]
 *
 * Reads only the dev parts (rules.dev*.jsonl): the frozen test part is never seen, so the edits
 * can be used for tuning. --verbose lists each flipped case with its draft.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RuleId } from '../src/core/rules/types.ts';
import { PERTURBATIONS, type ThreadJson } from './perturbations.ts';
import { foundRules, type RuleCase, readJsonl } from './rule-cases.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string): never {
  process.stderr.write(`eval:perturb: ${message}\n`);
  process.exit(2);
}

interface Flip {
  id: string;
  rule: RuleId;
  /** The rule fires after the edit and not before (else the other way round). */
  appeared: boolean;
  /** The flip moved the verdict away from the label. */
  wrong: boolean;
  draft: string;
}

function main() {
  // `npm run eval:perturb | head`: a closed pipe ends the report, it is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: join(ROOT, 'eval/cases') },
      verbose: { type: 'boolean', default: false },
    },
  });
  const dir = values.cases;
  if (!existsSync(dir)) fail(`no such directory: ${dir}`);
  const files = readdirSync(dir)
    .filter((f) => /^rules\.dev(?:\.[\w-]+)?\.jsonl$/.test(f))
    .sort();
  if (!files.length) fail(`no rules.dev*.jsonl files in ${dir}`);
  const cases = files.flatMap((f) => readJsonl<RuleCase>(join(dir, f), f, fail));
  const baseline = new Map(cases.map((c) => [c.id, new Set(foundRules(c.thread, c.id).keys())]));

  process.stdout.write(
    `Invariance of the rules under meaning-preserving edits (${cases.length} dev cases)\n\n`,
  );
  process.stdout.write(
    `  ${'edit'.padEnd(24)}${'changed'.padStart(8)}${'wrong'.padStart(7)}  rules that flipped\n`,
  );
  const allFlips: { edit: string; flip: Flip }[] = [];
  for (const edit of PERTURBATIONS) {
    const flips: Flip[] = [];
    const changed = new Set<string>();
    for (const c of cases) {
      const before = baseline.get(c.id)!;
      const thread = edit.apply(c.thread as ThreadJson);
      const after = new Set(foundRules(thread, `${c.id} (${edit.name})`).keys());
      const expected = new Set(c.expected.map((e) => e.rule));
      for (const rule of new Set([...before, ...after])) {
        if (before.has(rule) === after.has(rule)) continue;
        changed.add(c.id);
        const appeared = after.has(rule);
        flips.push({
          id: c.id,
          rule,
          appeared,
          wrong: appeared !== expected.has(rule),
          draft: (c.thread as ThreadJson).draft.text,
        });
      }
    }
    const byRule = new Map<RuleId, number>();
    for (const f of flips) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    const rules = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || '-';
    const wrong = flips.filter((f) => f.wrong).length;
    process.stdout.write(
      `  ${edit.name.padEnd(24)}${String(changed.size).padStart(8)}${String(wrong).padStart(7)}  ${rules}\n`,
    );
    for (const flip of flips) allFlips.push({ edit: edit.name, flip });
  }
  const total = allFlips.length;
  const wrong = allFlips.filter((f) => f.flip.wrong).length;
  process.stdout.write(`\n  ${total} flips in all, ${wrong} of them away from the label.\n`);
  for (const edit of PERTURBATIONS) process.stdout.write(`  ${edit.name}: ${edit.summary}\n`);
  if (values.verbose && total) {
    process.stdout.write('\nFlips (+ fires only after the edit, - only before; ! away from the label):\n');
    for (const { edit, flip } of allFlips)
      process.stdout.write(
        `  ${flip.wrong ? '!' : ' '} ${flip.id} ${edit}: ${flip.appeared ? '+' : '-'}${flip.rule} | ${flip.draft.replace(/\s+/g, ' ').slice(0, 110)}\n`,
      );
  }
}

main();
