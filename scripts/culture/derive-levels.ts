/**
 * Derives coarse levels (low / medium / high) for individualism, power distance and indulgence
 * from the research-use Hofstede 2015 and GLOBE phase 2 tables and writes them, with confidence
 * and source ids, into data/culture/profiles.json. It never writes a score.
 *
 *   npx tsx scripts/culture/derive-levels.ts                 # tables from ../shared/data/culture
 *   npx tsx scripts/culture/derive-levels.ts --data DIR      # tables from DIR
 *   npx tsx scripts/culture/derive-levels.ts --check         # exit 1 if profiles.json differs
 *   npx tsx scripts/culture/derive-levels.ts --profiles FILE # another profiles file
 *
 * Method and cut-offs: data/culture/README.md and src/core/culture/levels.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  deriveAll,
  type Levels,
  parseGlobe,
  parseHofstede,
  scalesOf,
} from '../../src/core/culture/levels.ts';

const HOFSTEDE_FILE = 'hofstede_6d_2015-08-16.csv';
const GLOBE_FILE = 'globe_phase2_societal_culture.csv';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function usage(): never {
  console.error(
    'usage: npx tsx scripts/culture/derive-levels.ts [--data DIR] [--profiles FILE] [--check]\n' +
      `  --data DIR       folder holding ${HOFSTEDE_FILE} and ${GLOBE_FILE} (default ../shared/data/culture)\n` +
      '  --profiles FILE  profiles to update (default data/culture/profiles.json)\n' +
      '  --check          do not write; exit 1 when the levels in the file differ from the tables',
  );
  process.exit(2);
}

function parseArgs(argv: string[]) {
  let data = resolve(repo, '../shared/data/culture');
  let profiles = resolve(repo, 'data/culture/profiles.json');
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data' || a === '--profiles') {
      const v = argv[++i];
      if (!v) usage();
      if (a === '--data') data = resolve(v);
      else profiles = resolve(v);
    } else if (a === '--check') check = true;
    else if (a === '--help' || a === '-h') usage();
    else {
      console.error(`derive-levels: unknown argument ${a}`);
      usage();
    }
  }
  return { data, profiles, check };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.data)) {
    console.error(
      `derive-levels: the culture tables folder ${args.data} does not exist.\n` +
        `It should hold ${HOFSTEDE_FILE} and ${GLOBE_FILE} (research-use only, not in this repository).\n` +
        'Point to it with --data DIR. data/culture/profiles.json was left unchanged.',
    );
    process.exit(2);
  }
  const need = [HOFSTEDE_FILE, GLOBE_FILE].map((f) => resolve(args.data, f));
  const missing = need.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`derive-levels: missing ${missing.join(', ')}. profiles.json was left unchanged.`);
    process.exit(2);
  }
  const tables = {
    hofstede: parseHofstede(readFileSync(need[0]!, 'utf8')),
    globe: parseGlobe(readFileSync(need[1]!, 'utf8')),
  };
  const derived = deriveAll(tables);
  const scales = scalesOf(tables);
  const r = (n: number) => Math.round(n * 10) / 10;
  // Cut-offs are statistics of the whole table, not a country's score; they are printed for the
  // README, never written to profiles.json.
  console.log(
    `tercile cut-offs: IDV ${r(scales.idv.cuts[0])}/${r(scales.idv.cuts[1])}, ` +
      `PDI ${r(scales.pdi.cuts[0])}/${r(scales.pdi.cuts[1])}, IVR ${r(scales.ivr.cuts[0])}/${r(scales.ivr.cuts[1])}; ` +
      `GLOBE in-group collectivism ${r(scales.globeInGroup.cuts[0])}/${r(scales.globeInGroup.cuts[1])}, ` +
      `power distance ${r(scales.globePd.cuts[0])}/${r(scales.globePd.cuts[1])}`,
  );

  const file = JSON.parse(readFileSync(args.profiles, 'utf8')) as {
    profiles: Record<string, { levels?: Levels }>;
  };
  const diffs: string[] = [];
  for (const [iso, levels] of Object.entries(derived)) {
    const profile = file.profiles[iso];
    if (!profile) {
      console.warn(`derive-levels: no profile for ${iso} in ${args.profiles}; skipped`);
      continue;
    }
    const show = (l: Levels) =>
      (['individualism', 'powerDistance', 'indulgence'] as const)
        .map((k) => `${k}=${l[k] ? `${l[k]!.value}(${l[k]!.confidence})` : '-'}`)
        .join(' ');
    if (JSON.stringify(profile.levels ?? {}) !== JSON.stringify(levels)) diffs.push(iso);
    console.log(`${iso}: ${show(levels)}`);
    profile.levels = levels;
  }
  if (args.check) {
    if (diffs.length) {
      console.error(`derive-levels: levels differ from the tables for ${diffs.join(', ')}`);
      process.exit(1);
    }
    console.log('derive-levels: profiles.json levels match the tables');
    return;
  }
  writeFileSync(args.profiles, `${JSON.stringify(file, null, 2)}\n`);
  console.log(
    `derive-levels: wrote levels for ${Object.keys(derived).length} countries to ${args.profiles}` +
      (diffs.length ? ` (changed: ${diffs.join(', ')})` : ' (no change)') +
      '; run `npx biome format --write data/culture/profiles.json` to format it',
  );
}

main();
