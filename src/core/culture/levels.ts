/**
 * Coarse levels (low / medium / high) from the Hofstede 2015 matrix and GLOBE phase 2 society
 * scores. Those tables are research-use only: this module reads them (given as text by the caller,
 * e.g. scripts/culture/derive-levels.ts or a user who holds a licence) and returns only the level,
 * its confidence and source ids. No score leaves this module.
 *
 * Method (data/culture/README.md): a level is the tercile of the country's score among the
 * societies of the table (cut-offs at the 1/3 and 2/3 quantiles). Confidence starts at "medium";
 * it drops to "low" when the score is within 5% of the table's range of a cut-off, when it comes
 * from a proxy row (a region, another sample, or GLOBE instead of Hofstede), or when the GLOBE
 * practices tercile disagrees; it rises to "high" when GLOBE agrees and nothing lowered it.
 * Individualism stays at most "medium": The Culture Factor revised IDV for most countries after
 * the 2015 matrix (../shared/data/culture/NOTES.md §2).
 */
import type { Claim, Confidence, Level } from './profile.ts';

export type LevelName = 'individualism' | 'powerDistance' | 'indulgence';
export type Levels = Partial<Record<LevelName, Claim<Level>>>;

export interface HofstedeRow {
  code: string;
  name: string;
  pdi?: number;
  idv?: number;
  ivr?: number;
}

export interface GlobeRow {
  name: string;
  /** Power Distance, societal practices ("as is"). */
  pd?: number;
  /** In-group Collectivism, societal practices (high = collectivist = low individualism). */
  inGroup?: number;
}

/** Where a country's scores are read. Absent entries mean "no data": the level is left out. */
export interface CountrySources {
  /** Hofstede `ctr` code of the country's own row. */
  hofstede?: string;
  /** A proxy Hofstede row (region or sub-sample) used when the country has no row of its own. */
  hofstedeProxy?: { code: string; label: string; dims: ('pdi' | 'idv' | 'ivr')[] };
  /** GLOBE society names; several samples must agree for a GLOBE-only level. */
  globe?: string[];
}

/** ISO 3166-1 alpha-2 -> rows of the tables. */
export const COUNTRY_ROWS: Record<string, CountrySources> = {
  US: { hofstede: 'USA', globe: ['USA'] },
  GB: { hofstede: 'GBR', globe: ['England'] },
  CA: { hofstede: 'CAN', globe: ['Canada (English-speaking)'] },
  AU: { hofstede: 'AUL', globe: ['Australia'] },
  IE: { hofstede: 'IRE', globe: ['Ireland'] },
  DE: { hofstede: 'GER', globe: ['Germany (WEST)', 'Germany (EAST)'] },
  AT: { hofstede: 'AUT', globe: ['Austria'] },
  CH: { hofstede: 'SWI', globe: ['Switzerland', 'French Switzerland'] },
  NL: { hofstede: 'NET', globe: ['Netherlands'] },
  SE: { hofstede: 'SWE', globe: ['Sweden'] },
  NO: { hofstede: 'NOR' },
  DK: { hofstede: 'DEN', globe: ['Denmark'] },
  FI: { hofstede: 'FIN', globe: ['Finland'] },
  FR: { hofstede: 'FRA', globe: ['France'] },
  ES: { hofstede: 'SPA', globe: ['Spain'] },
  IT: { hofstede: 'ITA', globe: ['Italy'] },
  PL: { hofstede: 'POL', globe: ['Poland'] },
  IL: { hofstede: 'ISR', globe: ['Israel'] },
  RU: { hofstede: 'RUS', globe: ['Russia'] },
  UA: { hofstede: 'UKR' },
  BY: { hofstede: 'BLR' },
  KZ: { globe: ['Kazakhstan'] },
  TR: { hofstede: 'TUR', globe: ['Turkey'] },
  AE: { hofstedeProxy: { code: 'ARA', label: 'Arab countries', dims: ['pdi', 'idv'] } },
  IN: { hofstede: 'IND', globe: ['India'] },
  CN: { hofstede: 'CHI', globe: ['China'] },
  JP: { hofstede: 'JPN', globe: ['Japan'] },
  KR: { hofstede: 'KOR', globe: ['South Korea'] },
  SG: { hofstede: 'SIN', globe: ['Singapore'] },
  BR: { hofstede: 'BRA', globe: ['Brazil'] },
  MX: { hofstede: 'MEX', globe: ['Mexico'] },
  ZA: { hofstede: 'SAF', globe: ['South Africa (Black Sample)', 'South Africa (White Sample)'] },
  // Added with the second batch of profiles (data/culture/README.md). Saudi Arabia, Egypt and
  // Nigeria have rows of their own only for indulgence; like AE they read power distance and
  // individualism from their regional row. Kenya has only the regional row "Africa East".
  // GLOBE's Czech Republic row is left out: SOURCES.md flags it as inverted.
  SA: { hofstede: 'SAU', hofstedeProxy: { code: 'ARA', label: 'Arab countries', dims: ['pdi', 'idv'] } },
  ID: { hofstede: 'IDO', globe: ['Indonesia'] },
  TH: { hofstede: 'THA', globe: ['Thailand'] },
  VN: { hofstede: 'VIE' },
  PH: { hofstede: 'PHI', globe: ['Philippines'] },
  NG: {
    hofstede: 'NIG',
    hofstedeProxy: { code: 'AFW', label: 'Africa West', dims: ['pdi', 'idv'] },
    globe: ['Nigeria'],
  },
  EG: {
    hofstede: 'EGY',
    hofstedeProxy: { code: 'ARA', label: 'Arab countries', dims: ['pdi', 'idv'] },
    globe: ['Egypt'],
  },
  KE: { hofstedeProxy: { code: 'AFE', label: 'Africa East', dims: ['pdi', 'idv'] } },
  NZ: { hofstede: 'NZL', globe: ['New Zealand'] },
  CL: { hofstede: 'CHL' },
  AR: { hofstede: 'ARG', globe: ['Argentina'] },
  CO: { hofstede: 'COL', globe: ['Colombia'] },
  GR: { hofstede: 'GRE', globe: ['Greece'] },
  PT: { hofstede: 'POR', globe: ['Portugal'] },
  CZ: { hofstede: 'CZE' },
  HU: { hofstede: 'HUN', globe: ['Hungary'] },
  RO: { hofstede: 'ROM' },
  BE: { hofstede: 'BEL' },
  MY: { hofstede: 'MAL', globe: ['Malaysia'] },
  // Third batch (data/culture/README.md). Hofstede's regional rows stand for the countries of the
  // IBM samples they pool: "Arab countries" (Egypt, Iraq, Kuwait, Lebanon, Libya, Saudi Arabia, the
  // UAE), "Africa West" (Ghana, Nigeria, Sierra Leone), "Africa East" (Ethiopia, Kenya, Tanzania,
  // Zambia). Qatar and Jordan are not in the Arab sample, so they get no proxy: Qatar has only
  // GLOBE, Jordan only its own indulgence. Armenia (no PDI, IDV or IVR), Sri Lanka, Senegal and
  // Côte d'Ivoire are in neither table and have no profile.
  TW: { hofstede: 'TAI', globe: ['Taiwan'] },
  QA: { globe: ['Qatar'] },
  PK: { hofstede: 'PAK' },
  HK: { hofstede: 'HOK', globe: ['Hong Kong'] },
  BD: { hofstede: 'BAN' },
  GH: { hofstede: 'GHA', hofstedeProxy: { code: 'AFW', label: 'Africa West', dims: ['pdi', 'idv'] } },
  JO: { hofstede: 'JOR' },
  EE: { hofstede: 'EST' },
  PE: { hofstede: 'PER' },
  LB: { hofstedeProxy: { code: 'ARA', label: 'Arab countries', dims: ['pdi', 'idv'] } },
  MA: { hofstede: 'MOR', globe: ['Morocco'] },
  LV: { hofstede: 'LAT' },
  TZ: { hofstede: 'TAN', hofstedeProxy: { code: 'AFE', label: 'Africa East', dims: ['pdi', 'idv'] } },
  LT: { hofstede: 'LIT' },
  IS: { hofstede: 'ICE' },
  ET: { hofstede: 'ETH', hofstedeProxy: { code: 'AFE', label: 'Africa East', dims: ['pdi', 'idv'] } },
  UG: { hofstede: 'UGA' },
  RW: { hofstede: 'RWA' },
  UY: { hofstede: 'URU' },
  RS: { hofstede: 'SER' },
  HR: { hofstede: 'CRO' },
};

/** Hofstede rows that are regions or sub-national samples: left out of the tercile cut-offs. */
export const HOFSTEDE_NON_COUNTRY = new Set([
  'AFE',
  'AFW',
  'ARA',
  'BEF',
  'BEN',
  'CAF',
  'GEE',
  'SAW',
  'SWF',
  'SWG',
]);

const num = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const t = s.trim();
  if (t === '' || t === '#NULL!') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
};

/** The Hofstede matrix CSV (`ctr;country;pdi;idv;mas;uai;ltowvs;ivr`, `#NULL!` for missing). */
export function parseHofstede(text: string): HofstedeRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0]?.split(';').map((h) => h.trim().toLowerCase()) ?? [];
  const col = (name: string) => header.indexOf(name);
  for (const need of ['ctr', 'country', 'pdi', 'idv', 'ivr']) {
    if (col(need) < 0) throw new Error(`Hofstede table: no "${need}" column in the header`);
  }
  return lines.slice(1).map((line) => {
    const f = line.split(';');
    return {
      code: (f[col('ctr')] ?? '').trim(),
      name: (f[col('country')] ?? '').trim(),
      pdi: num(f[col('pdi')]),
      idv: num(f[col('idv')]),
      ivr: num(f[col('ivr')]),
    };
  });
}

/** Splits one CSV line with double-quote quoting. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The GLOBE phase 2 society CSV (comma separated, a header row naming the dimensions). */
export function parseGlobe(text: string): GlobeRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = csvFields(lines[0] ?? '').map((h) => h.trim().toLowerCase());
  const find = (pred: (h: string) => boolean, what: string) => {
    const i = header.findIndex(pred);
    if (i < 0) throw new Error(`GLOBE table: no ${what} column in the header`);
    return i;
  };
  const nameCol = find((h) => h === 'country name', '"Country Name"');
  const pdCol = find(
    (h) => h.startsWith('power distance') && h.includes('practices'),
    'Power Distance practices',
  );
  const igCol = find(
    (h) => h.includes('in-group') && h.includes('practices'),
    'In-group Collectivism practices',
  );
  return lines.slice(1).map((line) => {
    const f = csvFields(line);
    return { name: (f[nameCol] ?? '').trim(), pd: num(f[pdCol]), inGroup: num(f[igCol]) };
  });
}

/** The 1/3 and 2/3 quantiles (linear interpolation between order statistics). */
export function tercileCuts(values: number[]): [number, number] {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length < 3) throw new Error('need at least three values for terciles');
  const q = (p: number) => {
    const pos = (v.length - 1) * p;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return v[lo]! + (v[hi]! - v[lo]!) * (pos - lo);
  };
  return [q(1 / 3), q(2 / 3)];
}

export interface Scale {
  cuts: [number, number];
  /** Half-width of the "near a cut-off" band: 5% of the observed range. */
  margin: number;
}

export function scaleOf(values: number[]): Scale {
  const v = values.filter((x) => Number.isFinite(x));
  return { cuts: tercileCuts(v), margin: (Math.max(...v) - Math.min(...v)) * 0.05 };
}

export function levelOf(value: number, scale: Scale): { level: Level; borderline: boolean } {
  const [lo, hi] = scale.cuts;
  const level: Level = value < lo ? 'low' : value > hi ? 'high' : 'medium';
  const borderline = Math.min(Math.abs(value - lo), Math.abs(value - hi)) < scale.margin;
  return { level, borderline };
}

const invert = (l: Level): Level => (l === 'low' ? 'high' : l === 'high' ? 'low' : 'medium');

export interface Tables {
  hofstede: HofstedeRow[];
  globe: GlobeRow[];
}

export interface Scales {
  pdi: Scale;
  idv: Scale;
  ivr: Scale;
  globePd: Scale;
  globeInGroup: Scale;
}

export function scalesOf(t: Tables): Scales {
  const countries = t.hofstede.filter((r) => !HOFSTEDE_NON_COUNTRY.has(r.code));
  const vals = (f: (r: HofstedeRow) => number | undefined) =>
    countries.map(f).filter((x): x is number => x !== undefined);
  const gvals = (f: (r: GlobeRow) => number | undefined) =>
    t.globe.map(f).filter((x): x is number => x !== undefined);
  return {
    pdi: scaleOf(vals((r) => r.pdi)),
    idv: scaleOf(vals((r) => r.idv)),
    ivr: scaleOf(vals((r) => r.ivr)),
    globePd: scaleOf(gvals((r) => r.pd)),
    globeInGroup: scaleOf(gvals((r) => r.inGroup)),
  };
}

/** The GLOBE level of the country's samples when they all agree; undefined otherwise or without data. */
function globeLevel(
  rows: GlobeRow[],
  names: string[] | undefined,
  pick: (r: GlobeRow) => number | undefined,
  scale: Scale,
  inverted: boolean,
): Level | undefined {
  if (!names?.length) return undefined;
  const levels = names.map((n) => {
    const row = rows.find((r) => r.name.toLowerCase() === n.toLowerCase());
    const v = row ? pick(row) : undefined;
    return v === undefined ? undefined : levelOf(v, scale).level;
  });
  if (levels.some((l) => l === undefined)) return undefined;
  const first = levels[0]!;
  if (!levels.every((l) => l === first)) return undefined;
  return inverted ? invert(first) : first;
}

/** Coarse levels for one country; a level without data is left out. */
export function deriveLevels(iso: string, t: Tables, scales: Scales = scalesOf(t)): Levels {
  const src = COUNTRY_ROWS[iso];
  if (!src) return {};
  const own = src.hofstede ? t.hofstede.find((r) => r.code === src.hofstede) : undefined;
  const proxy = src.hofstedeProxy ? t.hofstede.find((r) => r.code === src.hofstedeProxy!.code) : undefined;
  const out: Levels = {};

  const one = (
    name: LevelName,
    dim: 'pdi' | 'idv' | 'ivr',
    scale: Scale,
    globe?: { pick: (r: GlobeRow) => number | undefined; scale: Scale; inverted: boolean; label: string },
  ) => {
    const notes: string[] = [];
    let confidence: Confidence = 'medium';
    let level: Level | undefined;
    let sources: string[] = [];
    let value = own?.[dim];
    let fromProxy = false;
    if (value === undefined && proxy && src.hofstedeProxy!.dims.includes(dim)) {
      value = proxy[dim];
      fromProxy = value !== undefined;
    }
    const g = globe ? globeLevel(t.globe, src.globe, globe.pick, globe.scale, globe.inverted) : undefined;
    if (value !== undefined) {
      const l = levelOf(value, scale);
      level = l.level;
      sources = ['HOF15'];
      notes.push('tercile of the Hofstede 2015 matrix');
      if (fromProxy) {
        confidence = 'low';
        notes.push(`from its regional row "${src.hofstedeProxy!.label}", not a row of its own`);
      }
      if (l.borderline) {
        confidence = 'low';
        notes.push('near a tercile cut-off');
      }
      if (g !== undefined && globe) {
        sources.push('GLOBE04');
        if (g === level) {
          if (confidence === 'medium') confidence = 'high';
          notes.push(`GLOBE ${globe.label} practices agree`);
        } else {
          confidence = 'low';
          notes.push(`GLOBE ${globe.label} practices give ${g}`);
        }
      }
    } else if (g !== undefined && globe) {
      level = g;
      sources = ['GLOBE04'];
      confidence = 'low';
      notes.push(`no Hofstede row; tercile of GLOBE ${globe.label} practices`);
    }
    if (!level) return;
    if (name === 'individualism' && confidence === 'high') {
      confidence = 'medium';
      notes.push('IDV was revised for most countries after 2015, so at most medium');
    }
    out[name] = { value: level, confidence, sources, note: notes.join('; ') };
  };

  one('individualism', 'idv', scales.idv, {
    pick: (r) => r.inGroup,
    scale: scales.globeInGroup,
    inverted: true,
    label: 'in-group collectivism',
  });
  one('powerDistance', 'pdi', scales.pdi, {
    pick: (r) => r.pd,
    scale: scales.globePd,
    inverted: false,
    label: 'power distance',
  });
  one('indulgence', 'ivr', scales.ivr);
  return out;
}

/** Levels for every country in COUNTRY_ROWS. */
export function deriveAll(t: Tables): Record<string, Levels> {
  const scales = scalesOf(t);
  return Object.fromEntries(Object.keys(COUNTRY_ROWS).map((iso) => [iso, deriveLevels(iso, t, scales)]));
}
