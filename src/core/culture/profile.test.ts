import { describe, expect, it } from 'vitest';
import data from '../../../data/culture/profiles.json';
import { normaliseCountry } from './country.ts';
import {
  allProfiles,
  type Claim,
  type CultureProfile,
  isHighContext,
  knownCultures,
  placed,
  profileFor,
  SOURCES,
} from './profile.ts';

const REQUIRED = [
  'US',
  'GB',
  'CA',
  'AU',
  'IE',
  'DE',
  'AT',
  'CH',
  'NL',
  'SE',
  'NO',
  'DK',
  'FI',
  'FR',
  'ES',
  'IT',
  'PL',
  'IL',
  'RU',
  'UA',
  'BY',
  'KZ',
  'TR',
  'AE',
  'IN',
  'CN',
  'JP',
  'KR',
  'SG',
  'BR',
  'MX',
  'ZA',
  // Second batch: clients without a profile in the threads (data/culture/README.md).
  'SA',
  'ID',
  'TH',
  'VN',
  'PH',
  'NG',
  'EG',
  'KE',
  'NZ',
  'CL',
  'AR',
  'CO',
  'GR',
  'PT',
  'CZ',
  'HU',
  'RO',
  'BE',
  'MY',
  // Third batch (data/culture/README.md): countries a source places, levels at least.
  'TW',
  'QA',
  'PK',
  'HK',
  'BD',
  'GH',
  'JO',
  'EE',
  'PE',
  'LB',
  'MA',
  'LV',
  'TZ',
  'LT',
  'IS',
  'ET',
  'UG',
  'RW',
  'UY',
  'RS',
  'HR',
];

// Third batch countries no source reviewed places at all: they have no profile.
const UNPROFILED = ['AM', 'LK', 'SN', 'CI'];

const STYLE = ['context', 'negativeFeedback', 'persuading', 'trusting', 'disagreeing', 'scheduling'] as const;
const RAPPORT = [
  'openness',
  'openingRitual',
  'personalNewsFromCounterpart',
  'selfDisclosureToNewContacts',
  'positivityDisplay',
  'requestSoftening',
] as const;
const LEVELS = ['individualism', 'powerDistance', 'indulgence'] as const;

const ENUMS: Record<string, readonly unknown[]> = {
  openness: ['peach', 'coconut', 'mixed'],
  openingRitual: ['brief-personal', 'extended-personal', 'none-until-acquainted'],
  personalNewsFromCounterpart: ['acknowledge-warmly', 'acknowledge-briefly', 'acknowledge-if-close'],
  selfDisclosureToNewContacts: ['low', 'medium', 'high'],
  positivityDisplay: ['default-positive', 'reserved-for-familiar'],
};

/** Every claim of a profile with its path, e.g. ["style.context", claim]. */
function claims(p: CultureProfile): [string, Claim<unknown>][] {
  return (['style', 'rapport', 'levels'] as const).flatMap((group) =>
    Object.entries(p[group] as Record<string, Claim<unknown>>).map(
      ([k, c]) => [`${group}.${k}`, c] as [string, Claim<unknown>],
    ),
  );
}

const p = (code: string) => {
  const profile = profileFor(code);
  if (!profile) throw new Error(`no profile for ${code}`);
  return profile;
};

describe('culture profiles', () => {
  it('has a profile for every required country, keyed by its own id', () => {
    expect(knownCultures()).toEqual(expect.arrayContaining(REQUIRED));
    for (const code of knownCultures()) expect(p(code).id).toBe(code);
  });

  it.each(REQUIRED)('%s is complete: names, every style and rapport claim, valid values', (code) => {
    const profile = p(code);
    for (const lang of ['en', 'ru'] as const) {
      const n = profile.names[lang];
      expect(n.country.length, `${code} ${lang} country`).toBeGreaterThan(0);
      expect(n.in.length, `${code} ${lang} in`).toBeGreaterThan(0);
      expect(n.people.length, `${code} ${lang} people`).toBeGreaterThan(0);
    }
    expect(profile.names.en.in).toMatch(/^in /);
    expect(profile.names.en.in).toContain(profile.names.en.country);
    // "Many German clients": an English adjective, capitalised, one or two words.
    expect(profile.names.en.people).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
    for (const k of STYLE) expect(profile.style[k], `${code} style.${k}`).toBeDefined();
    for (const k of RAPPORT) expect(profile.rapport[k], `${code} rapport.${k}`).toBeDefined();
    for (const [k, allowed] of Object.entries(ENUMS)) {
      expect(allowed, `${code} rapport.${k}`).toContain(
        (profile.rapport as unknown as Record<string, Claim<unknown>>)[k]!.value,
      );
    }
    for (const k of LEVELS) {
      const l = profile.levels[k];
      if (l) expect(['low', 'medium', 'high']).toContain(l.value);
    }
  });

  it('gives every claim a confidence and at least one source id that exists in the registry', () => {
    for (const profile of allProfiles()) {
      for (const [path, c] of claims(profile)) {
        expect(['high', 'medium', 'low'], `${profile.id} ${path}`).toContain(c.confidence);
        expect(c.sources.length, `${profile.id} ${path} has no source`).toBeGreaterThan(0);
        for (const s of c.sources)
          expect(SOURCES[s], `${profile.id} ${path}: unknown source ${s}`).toBeDefined();
      }
    }
  });

  it('marks the "no placement" pseudo-source only on low-confidence neutral claims', () => {
    for (const profile of allProfiles()) {
      for (const [path, c] of claims(profile)) {
        if (!c.sources.includes('UNPLACED')) continue;
        expect(c.confidence, `${profile.id} ${path}`).toBe('low');
        expect(c.sources, `${profile.id} ${path}`).toEqual(['UNPLACED']);
        if (typeof c.value === 'number') expect(c.value, `${profile.id} ${path}`).toBe(0);
      }
    }
  });

  it('every registered source has a citation, and a URL when given is http(s)', () => {
    for (const [id, s] of Object.entries(SOURCES)) {
      expect(s.title.length, id).toBeGreaterThan(10);
      if (s.url) expect(s.url, id).toMatch(/^https?:\/\/\S+$/);
    }
  });

  it('keeps ordinals in -2..2 (integers)', () => {
    for (const profile of allProfiles()) {
      const ordinals = [...STYLE.map((k) => profile.style[k]), profile.rapport.requestSoftening];
      for (const c of ordinals) {
        expect(Number.isInteger(c.value), profile.id).toBe(true);
        expect(c.value).toBeGreaterThanOrEqual(-2);
        expect(c.value).toBeLessThanOrEqual(2);
      }
    }
  });

  it('writes Russian names in Cyrillic, with a plural adjective for "Многие ... клиенты"', () => {
    for (const profile of allProfiles()) {
      const ru = profile.names.ru;
      for (const s of [ru.country, ru.in, ru.people]) expect(s, profile.id).toMatch(/[\u0400-\u04FF]/);
      // «на Филиппинах»: islands take «на».
      expect(ru.in, profile.id).toMatch(/^(в|во|на) /);
      expect(ru.people, profile.id).toMatch(/^[а-яё]+ие$/);
    }
  });

  it('uses the Russian prepositional case after "в"', () => {
    expect(p('DE').names.ru.in).toBe('в Германии');
    expect(p('FR').names.ru.in).toBe('во Франции');
    expect(p('NL').names.ru.in).toBe('в Нидерландах');
    expect(p('UA').names.ru.in).toBe('в Украине');
    expect(p('KR').names.ru.in).toBe('в Южной Корее');
    expect(p('VN').names.ru.in).toBe('во Вьетнаме');
    expect(p('PH').names.ru.in).toBe('на Филиппинах');
    expect(p('SA').names.ru.in).toBe('в Саудовской Аравии');
    expect(p('NZ').names.ru.in).toBe('в Новой Зеландии');
  });

  it('ships no raw Hofstede or GLOBE numbers', () => {
    // The only numbers allowed in a profile are the ordinals at style.*.value and
    // rapport.requestSoftening.value; notes may name years but no scores.
    const numbers: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'number') numbers.push(path);
      else if (typeof v === 'string') {
        const digits = v.replace(/\b(19|20)\d\d\b/g, '');
        if (/\d/.test(digits)) numbers.push(`${path} (text "${v}")`);
      } else if (Array.isArray(v)) {
        // Source ids (HOF15, MEY14 ...) are names, not numbers.
        if (!path.endsWith('.sources'))
          v.forEach((x, i) => {
            walk(x, `${path}[${i}]`);
          });
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    for (const profile of allProfiles()) walk(profile, profile.id);
    const allowed = new RegExp(
      `^[A-Z]{2}\\.(style\\.(${STYLE.join('|')})|rapport\\.requestSoftening)\\.value$`,
    );
    expect(numbers.filter((n) => !allowed.test(n))).toEqual([]);
    // Nor anything score-like at the top level of the file.
    expect(Object.keys(data).sort()).toEqual(['$comment', 'profiles', 'sources']);
    expect(JSON.stringify(data)).not.toMatch(
      /"(pdi|idv|mas|uai|lto|ivr|ltowvs|scores?|practices|values)"\s*:/i,
    );
  });

  it('derives levels from the registry sources of the score tables only', () => {
    for (const profile of allProfiles()) {
      for (const k of LEVELS) {
        const l = profile.levels[k];
        if (!l) continue;
        for (const s of l.sources) expect(['HOF15', 'GLOBE04'], `${profile.id} levels.${k}`).toContain(s);
      }
    }
  });

  describe('anchors the literature agrees on', () => {
    it('US: peach, low-context, task-based, warm acknowledgement of personal news', () => {
      expect(p('US').rapport.openness.value).toBe('peach');
      expect(p('US').style.context.value).toBe(-2);
      expect(p('US').style.trusting.value).toBeLessThanOrEqual(-1);
      expect(p('US').rapport.personalNewsFromCounterpart.value).toBe('acknowledge-warmly');
    });
    it('RU: coconut, direct feedback, requests less softened than in English', () => {
      expect(p('RU').rapport.openness.value).toBe('coconut');
      expect(p('RU').style.negativeFeedback.value).toBeLessThanOrEqual(-1);
      expect(p('RU').rapport.requestSoftening.value).toBeLessThan(p('GB').rapport.requestSoftening.value);
      expect(p('RU').rapport.requestSoftening.value).toBeLessThan(p('US').rapport.requestSoftening.value);
    });
    it('only a high-context placement at medium confidence or better makes a reader high-context', () => {
      expect(['JP', 'KR', 'CN'].filter((c) => isHighContext(profileFor(c)))).toEqual(['JP', 'KR', 'CN']);
      // Indonesia is placed there too, but by one summary at low confidence.
      expect(profileFor('ID')?.style.context).toMatchObject({ value: 2, confidence: 'low' });
      expect(['ID', 'US', 'DE', 'XX'].filter((c) => isHighContext(profileFor(c)))).toEqual([]);
    });

    it('JP: high-context and indirect negative feedback', () => {
      expect(p('JP').style.context.value).toBe(2);
      expect(p('JP').style.negativeFeedback.value).toBe(2);
    });
    it('NL and IL: direct negative feedback', () => {
      expect(p('NL').style.negativeFeedback.value).toBe(-2);
      expect(p('IL').style.negativeFeedback.value).toBe(-2);
    });
    it('DE: direct (feedback and requests), low-context, coconut', () => {
      expect(p('DE').style.negativeFeedback.value).toBeLessThanOrEqual(-1);
      expect(p('DE').rapport.requestSoftening.value).toBeLessThanOrEqual(-1);
      expect(p('DE').rapport.requestSoftening.value).toBeLessThan(p('GB').rapport.requestSoftening.value);
      expect(p('DE').style.context.value).toBe(-2);
      expect(p('DE').rapport.openness.value).toBe('coconut');
    });
    it('IL: Hebrew requests more direct than English ones', () => {
      expect(p('IL').rapport.requestSoftening.value).toBeLessThan(p('US').rapport.requestSoftening.value);
    });
    it('BR: relationship-based trust, peach', () => {
      expect(p('BR').style.trusting.value).toBe(2);
      expect(p('BR').rapport.openness.value).toBe('peach');
    });
    it('CN: high-context, relationship-based', () => {
      expect(p('CN').style.context.value).toBe(2);
      expect(p('CN').style.trusting.value).toBe(2);
    });
  });

  it('does not copy the Russian profile onto countries the sources do not place', () => {
    for (const code of ['UA', 'BY', 'KZ']) {
      expect(p(code).rapport.openingRitual.value, code).not.toBe('none-until-acquainted');
      expect(p(code).style.context.confidence, code).toBe('low');
      expect(p(code).rapport.requestSoftening.sources, code).toEqual(['UNPLACED']);
    }
  });
});

describe('profiles of the second batch', () => {
  it('place nothing where the sources reviewed are silent (VN, NZ, MY: levels only)', () => {
    for (const code of ['VN', 'NZ', 'MY']) {
      const profile = p(code);
      for (const k of STYLE) expect(profile.style[k].sources, `${code} style.${k}`).toEqual(['UNPLACED']);
      for (const k of RAPPORT) {
        if (k === 'positivityDisplay') continue; // inferred from the indulgence level, as elsewhere
        expect(profile.rapport[k].sources, `${code} rapport.${k}`).toEqual(['UNPLACED']);
      }
    }
  });

  it('take Meyer placements only from the public summaries in the registry', () => {
    // Saudi Arabia and the Philippines: expressive but avoid confrontation (HBR 2015 chart).
    expect(p('SA').style.disagreeing).toMatchObject({ value: 1, sources: ['MEY15HBR'] });
    expect(p('PH').style.disagreeing).toMatchObject({ value: 1, sources: ['MEY15HBR'] });
    // Thailand and Indonesia: examples of the indirect-feedback end.
    expect(p('TH').style.negativeFeedback.value).toBe(2);
    expect(p('ID').style.negativeFeedback.value).toBe(2);
    // Nigeria: flexible time in Meyer's own text as quoted, and in the summary.
    expect(p('NG').style.scheduling).toMatchObject({ value: 2, sources: ['MEYSCHED', 'MEYSUM'] });
  });

  it('infer request softening only from a placed feedback scale, never beyond one step', () => {
    for (const code of ['SA', 'ID', 'TH', 'KE']) {
      const r = p(code).rapport.requestSoftening;
      expect(r.value, code).toBe(1);
      expect(r.confidence, code).toBe('low');
      expect(r.note, code).toMatch(/^inferred/);
      expect(placed(p(code).style.negativeFeedback), code).toBeDefined();
    }
    for (const code of ['AR', 'PH', 'VN', 'NZ', 'MY', 'EG', 'NG'])
      expect(p(code).rapport.requestSoftening.sources, code).toEqual(['UNPLACED']);
  });
});

describe('profiles of the third batch', () => {
  it('are keyed by codes the country normaliser knows; the unplaced countries have none', () => {
    for (const code of knownCultures()) expect(normaliseCountry(code.toLowerCase()), code).toBe(code);
    for (const code of UNPROFILED) {
      expect(normaliseCountry(code), code).toBe(code);
      expect(profileFor(code), code).toBeUndefined();
    }
    expect(knownCultures()).toHaveLength(72);
  });

  it("take context only from Hall's Arab and Latin groups, never from a neighbour", () => {
    for (const code of ['QA', 'JO', 'LB', 'MA', 'PE', 'UY'])
      expect(p(code).style.context, code).toMatchObject({ value: 1, confidence: 'low', sources: ['HALL76'] });
    // Hall's "Chinese" is China: Taiwan and Hong Kong are not given China's placements.
    for (const code of ['TW', 'HK']) {
      expect(p(code).style.context.sources, code).toEqual(['UNPLACED']);
      expect(p(code).rapport.openness.sources, code).toEqual(['UNPLACED']);
    }
  });

  it('count the north of Europe as coconut and leave the Balkans open, as for Romania', () => {
    for (const code of ['EE', 'LV', 'LT', 'IS'])
      expect(p(code).rapport.openness).toMatchObject({ value: 'coconut', sources: ['WPLEWIN'] });
    for (const code of ['RS', 'HR']) expect(p(code).rapport.openness.sources, code).toEqual(['UNPLACED']);
  });

  it('place no Meyer scale, trust, ritual or request softening', () => {
    const batch = REQUIRED.slice(REQUIRED.indexOf('TW'));
    for (const code of batch) {
      const profile = p(code);
      for (const k of ['negativeFeedback', 'persuading', 'trusting', 'disagreeing', 'scheduling'] as const)
        expect(profile.style[k].sources, `${code} style.${k}`).toEqual(['UNPLACED']);
      for (const k of [
        'openingRitual',
        'personalNewsFromCounterpart',
        'selfDisclosureToNewContacts',
        'requestSoftening',
      ] as const)
        expect(profile.rapport[k].sources, `${code} rapport.${k}`).toEqual(['UNPLACED']);
    }
  });

  it('follow the indulgence level for positivity, and read a reserved Hong Kong reader as reserved only at low confidence', () => {
    expect(p('HK').levels.indulgence?.value).toBe('low');
    expect(p('HK').rapport.positivityDisplay).toMatchObject({
      value: 'reserved-for-familiar',
      confidence: 'low',
      sources: ['HOF15'],
    });
    // No indulgence level (Qatar: GLOBE only; Lebanon: the regional row has none): unplaced.
    for (const code of ['QA', 'LB'])
      expect(p(code).rapport.positivityDisplay.sources, code).toEqual(['UNPLACED']);
  });
});

describe('placed()', () => {
  it('drops UNPLACED placeholders and claims below the asked confidence', () => {
    const ua = p('UA');
    expect(placed(ua.rapport.requestSoftening)).toBeUndefined();
    expect(placed(ua.rapport.openness)).toBe(ua.rapport.openness);
    expect(placed(ua.rapport.openness, 'medium')).toBeUndefined();
    expect(placed(p('US').rapport.openness, 'high')?.value).toBe('peach');
    expect(placed(undefined)).toBeUndefined();
  });
});
