import { describe, expect, it } from 'vitest';
import {
  COUNTRY_ROWS,
  deriveAll,
  deriveLevels,
  levelOf,
  parseGlobe,
  parseHofstede,
  scaleOf,
  tercileCuts,
} from './levels.ts';

// Synthetic tables in the publishers' formats (values invented for the test; not the real data).
const HOF = [
  'ctr;country;pdi;idv;mas;uai;ltowvs;ivr',
  'AAA;Aland;10;90;1;1;1;90',
  'BBB;Bland;20;80;1;1;1;80',
  'CCC;Cland;30;70;1;1;1;70',
  'USA;U.S.A.;15;85;1;1;1;85',
  'RUS;Russia;50;50;1;1;1;#NULL!',
  'GER;Germany;60;40;1;1;1;40',
  'FFF;Fland;70;30;1;1;1;30',
  'GGG;Gland;80;20;1;1;1;20',
  'HHH;Hland;90;10;1;1;1;10',
  'ARA;Arab countries;85;15;1;1;1;#NULL!',
  'UKR;Ukraine;#NULL!;#NULL!;#NULL!;#NULL!;86;5',
].join('\r\n');

const GLOBE_HEADER =
  'Country,Country Name,Power Distance Societal Practices,Collectivism II Societal Practices (In-group Collectivism),Assertiveness Societal Practices ,Country Cluster';
const GLOBE = [
  GLOBE_HEADER,
  '1,USA,3.0,3.0,4,Anglo',
  '2,Russia,6.0,6.0,4,Eastern Europe',
  '3,Germany (WEST),5.0,5.0,4,Germanic',
  '4,Germany (EAST),5.0,5.0,4,Germanic',
  '5,Kazakhstan,6.5,6.5,4,Eastern Europe',
  '6,"Other, land",4.0,4.0,4,X',
  '7,South Africa (Black Sample),6.0,6.0,4,Sub-Sahara',
  '8,South Africa (White Sample),3.0,3.0,4,Anglo',
  '9,Zland,5.5,5.5,4,X',
].join('\n');

const tables = () => ({ hofstede: parseHofstede(HOF), globe: parseGlobe(GLOBE) });

describe('parsing the score tables', () => {
  it('reads the Hofstede CSV with #NULL! as missing', () => {
    const rows = parseHofstede(HOF);
    expect(rows).toHaveLength(11);
    expect(rows.find((r) => r.code === 'RUS')).toEqual({
      code: 'RUS',
      name: 'Russia',
      pdi: 50,
      idv: 50,
      ivr: undefined,
    });
    expect(rows.find((r) => r.code === 'UKR')?.idv).toBeUndefined();
  });

  it('reads the GLOBE CSV, quoted fields included', () => {
    const rows = parseGlobe(GLOBE);
    expect(rows.find((r) => r.name === 'Other, land')).toEqual({ name: 'Other, land', pd: 4, inGroup: 4 });
  });

  it('says which column is missing', () => {
    expect(() => parseHofstede('ctr;country;pdi;idv\nA;B;1;2')).toThrow(/ivr/);
    expect(() => parseGlobe('Country,Country Name,Foo\n1,A,2')).toThrow(/Power Distance/);
  });
});

describe('terciles', () => {
  it('cuts at the 1/3 and 2/3 quantiles', () => {
    expect(tercileCuts([1, 2, 3, 4, 5, 6, 7])).toEqual([3, 5]);
    expect(tercileCuts([10, 20, 30, 40])).toEqual([20, 30]);
    expect(() => tercileCuts([1, 2])).toThrow();
  });

  it('places values and flags those near a cut-off', () => {
    const scale = scaleOf([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(levelOf(5, scale)).toEqual({ level: 'low', borderline: false });
    expect(levelOf(50, scale)).toEqual({ level: 'medium', borderline: false });
    expect(levelOf(95, scale)).toEqual({ level: 'high', borderline: false });
    expect(levelOf(scale.cuts[1] + 1, scale)).toEqual({ level: 'high', borderline: true });
  });
});

describe('deriving levels', () => {
  it('gives a level, a confidence and source ids, never a score', () => {
    const us = deriveLevels('US', tables());
    expect(us.individualism?.value).toBe('high');
    expect(us.powerDistance?.value).toBe('low');
    expect(us.indulgence?.value).toBe('high');
    // No digit survives once source ids and years are removed.
    expect(JSON.stringify(us).replace(/HOF15|GLOBE04|\b(19|20)\d\d\b/g, '')).not.toMatch(/\d/);
    for (const l of Object.values(us))
      expect(Object.keys(l!).sort()).toEqual(['confidence', 'note', 'sources', 'value']);
  });

  it('raises confidence when GLOBE agrees, lowers it when GLOBE disagrees, caps individualism at medium', () => {
    const t = tables();
    const us = deriveLevels('US', t);
    expect(us.powerDistance).toMatchObject({ confidence: 'high', sources: ['HOF15', 'GLOBE04'] });
    expect(us.individualism?.confidence).toBe('medium');
    expect(us.individualism?.note).toMatch(/revised/);
    // Germany: Hofstede PDI 60 is medium, both GLOBE samples put power distance in the middle -> agree.
    const de = deriveLevels('DE', t);
    expect(de.powerDistance?.value).toBe('medium');
    // Russia: Hofstede IDV 50 is medium, GLOBE in-group collectivism is high (-> low individualism).
    const ru = deriveLevels('RU', t);
    expect(ru.individualism).toMatchObject({ value: 'medium', confidence: 'low' });
    expect(ru.individualism?.note).toMatch(/give low/);
    expect(ru.indulgence).toBeUndefined();
  });

  it('uses a regional proxy row only at low confidence, and GLOBE alone only when samples agree', () => {
    const t = tables();
    const ae = deriveLevels('AE', t);
    expect(ae.powerDistance).toMatchObject({ value: 'high', confidence: 'low' });
    expect(ae.powerDistance?.note).toMatch(/Arab countries/);
    expect(ae.indulgence).toBeUndefined();
    expect(deriveLevels('KZ', t).powerDistance).toMatchObject({
      value: 'high',
      confidence: 'low',
      sources: ['GLOBE04'],
    });
    // Two South African samples that disagree: no level rather than a guess.
    const za = deriveLevels('ZA', t);
    expect(za.individualism).toBeUndefined();
    expect(za.powerDistance).toBeUndefined();
  });

  it('leaves a level out when no table has the country', () => {
    const ua = deriveLevels('UA', tables());
    expect(ua.individualism).toBeUndefined();
    expect(ua.indulgence?.value).toBe('low');
    expect(deriveLevels('XX', tables())).toEqual({});
  });

  it('covers every mapped country', () => {
    expect(Object.keys(deriveAll(tables())).sort()).toEqual(Object.keys(COUNTRY_ROWS).sort());
  });
});
