/**
 * The shipped coarse levels against the research-use Hofstede and GLOBE tables. The tables are not
 * in the repository (data/culture/README.md); where they are (../shared/data/culture next to the
 * repository, or CULTURE_DATA=DIR), every profile's levels must be exactly what
 * scripts/culture/derive-levels.ts derives, and every profile must have its table rows mapped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import data from '../data/culture/profiles.json';
import { COUNTRY_ROWS, deriveAll, parseGlobe, parseHofstede } from '../src/core/culture/levels.ts';

const tablesDir =
  process.env.CULTURE_DATA ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/culture');
const hofFile = resolve(tablesDir, 'hofstede_6d_2015-08-16.csv');
const globeFile = resolve(tablesDir, 'globe_phase2_societal_culture.csv');
const haveTables = existsSync(hofFile) && existsSync(globeFile);

describe('culture levels', () => {
  it('maps every profile to its table rows', () => {
    expect(Object.keys(COUNTRY_ROWS).sort()).toEqual(Object.keys(data.profiles).sort());
  });

  it.skipIf(!haveTables)(
    'ships exactly the derived levels for every profile (research tables present)',
    () => {
      const derived = deriveAll({
        hofstede: parseHofstede(readFileSync(hofFile, 'utf8')),
        globe: parseGlobe(readFileSync(globeFile, 'utf8')),
      });
      const profiles = data.profiles as Record<string, { levels: unknown }>;
      for (const [iso, levels] of Object.entries(derived)) expect(profiles[iso]?.levels, iso).toEqual(levels);
    },
  );
});
