/**
 * Country profiles: published tendencies of business communication, each a coarse claim with its
 * confidence and sources (schema after ../shared/data/culture/NOTES.md §9). They describe national
 * tendencies, never a person, and this client's own messages outrank them (context/client-style).
 * Score tables are research-only, so profiles hold coarse levels derived from them, not the scores.
 */
import data from '../../../data/culture/profiles.json';

/** Relative position on a bipolar scale: -2 .. +2, 0 = middle. */
export type Ord = -2 | -1 | 0 | 1 | 2;
export type Confidence = 'high' | 'medium' | 'low';
export type Level = 'low' | 'medium' | 'high';

export interface Claim<T> {
  value: T;
  confidence: Confidence;
  sources: string[];
  note?: string;
}

export interface CultureProfile {
  id: string;
  names: {
    en: { country: string; in: string; people: string };
    ru: { country: string; in: string; people: string };
  };
  style: {
    /** -2 low-context/explicit .. +2 high-context/implicit. */
    context: Claim<Ord>;
    /** -2 direct negative feedback .. +2 indirect. */
    negativeFeedback: Claim<Ord>;
    /** -2 principles-first .. +2 applications-first. */
    persuading: Claim<Ord>;
    /** -2 task-based trust .. +2 relationship-based. */
    trusting: Claim<Ord>;
    /** -2 confrontational .. +2 avoids confrontation. */
    disagreeing: Claim<Ord>;
    /** -2 linear time .. +2 flexible time. */
    scheduling: Claim<Ord>;
  };
  rapport: {
    openness: Claim<'peach' | 'coconut' | 'mixed'>;
    openingRitual: Claim<'brief-personal' | 'extended-personal' | 'none-until-acquainted'>;
    personalNewsFromCounterpart: Claim<'acknowledge-warmly' | 'acknowledge-briefly' | 'acknowledge-if-close'>;
    selfDisclosureToNewContacts: Claim<Level>;
    positivityDisplay: Claim<'default-positive' | 'reserved-for-familiar'>;
    /** How requests are usually phrased: -2 bare imperatives are normal .. +2 heavily softened. */
    requestSoftening: Claim<Ord>;
  };
  /** Coarse levels derived from Hofstede 2015 / GLOBE (research-use tables; only the level ships). */
  levels: {
    individualism?: Claim<Level>;
    powerDistance?: Claim<Level>;
    indulgence?: Claim<Level>;
  };
}

export interface Source {
  /** Full citation. */
  title: string;
  url?: string;
}

const profiles = data.profiles as unknown as Record<string, CultureProfile>;
export const SOURCES = data.sources as Record<string, Source>;

export function profileFor(code: string | undefined): CultureProfile | undefined {
  return code ? profiles[code] : undefined;
}

export function knownCultures(): string[] {
  return Object.keys(profiles).sort();
}

export function allProfiles(): CultureProfile[] {
  return knownCultures().map((c) => profiles[c]!);
}

/** Pseudo-source id of claims no published source places: neutral value, confidence low. */
export const UNPLACED = 'UNPLACED';

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/**
 * The claim when a published source supports it at `min` confidence or better; undefined for
 * `UNPLACED` placeholders and weaker claims, so a rule can fall back to its no-profile wording
 * ("Many clients") instead of naming a country the sources say nothing about.
 */
export function placed<T>(claim: Claim<T> | undefined, min: Confidence = 'low'): Claim<T> | undefined {
  if (!claim) return undefined;
  if (claim.sources.every((s) => s === UNPLACED)) return undefined;
  return RANK[claim.confidence] >= RANK[min] ? claim : undefined;
}

/**
 * Whether sources place the culture at the high-context end (Japan, Korea, China) with medium
 * confidence or better. Rules make a finding graver on it, so a single summary at low confidence
 * (Indonesia's placement rests on one) is not enough: the reader is then weighed as in between.
 */
export function isHighContext(profile: CultureProfile | undefined): boolean {
  return (placed(profile?.style.context, 'medium')?.value ?? 0) >= 2;
}
