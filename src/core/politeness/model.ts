/**
 * Scores a message's politeness in [-1, 1] with the logistic-regression weights shipped in
 * data/politeness/weights.json (trained by scripts/train-politeness.ts), and says which features
 * moved the score and which words set them.
 *
 * score = tanh(z / 2) = 2 * P(polite) - 1, where z = bias + sum(weight * (value - mean) / std) is
 * the log-odds that the text belongs to the corpus's polite quartile rather than its impolite one.
 * So 0 is a request as polite as the corpus's average one, and the sign of the score is the
 * classifier whose cross-validated accuracy data/politeness/README.md reports. A text with no
 * marker at all (a bare request or a plain statement) scores `neutralScore()`, about -0.6: in the
 * corpus, a request without any softener reads as impolite. Compare with it to ask "colder than
 * plain?".
 */
import shipped from '../../../data/politeness/weights.json';
import type { Cue } from '../cues/types.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import {
  cueFeatures,
  extractFeatures,
  FEATURE_NAMES,
  type FeatureName,
  type PolitenessFeatures,
} from './features.ts';

export interface FeatureWeight {
  name: FeatureName;
  mean: number;
  std: number;
  weight: number;
}

export interface PolitenessWeights {
  bias: number;
  features: FeatureWeight[];
}

export interface Contribution {
  feature: FeatureName;
  /**
   * What the feature adds to z (log-odds of polite) compared with the same text without it:
   * positive makes the text read politer. z = z(no marker) + the sum of the contributions.
   */
  contribution: number;
  /** The words that set the feature. */
  triggers: string[];
}

export interface PolitenessScore {
  /** In [-1, 1], two decimals. */
  score: number;
  /** Features present in the text, largest effect first. */
  contributions: Contribution[];
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks a weights file: one entry per known feature, finite numbers, positive spreads. */
export function parseWeights(json: unknown): PolitenessWeights {
  const fail = (why: string): never => {
    throw new Error(`politeness weights: ${why}`);
  };
  if (typeof json !== 'object' || json === null) return fail('expected an object');
  const { bias, features } = json as { bias?: unknown; features?: unknown };
  if (!isNumber(bias)) fail('"bias" must be a finite number');
  if (!Array.isArray(features)) return fail('"features" must be an array');
  const seen = new Set<string>();
  const parsed = features.map((f: unknown, i): FeatureWeight => {
    const { name, mean, std, weight } = (f ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || !(FEATURE_NAMES as readonly string[]).includes(name))
      fail(`features[${i}].name: unknown feature ${JSON.stringify(name)}`);
    if (seen.has(name as string)) fail(`features[${i}].name: "${name}" appears twice`);
    seen.add(name as string);
    if (!isNumber(mean) || !isNumber(weight)) fail(`features[${i}]: mean and weight must be finite numbers`);
    if (!isNumber(std) || std <= 0) fail(`features[${i}].std must be a positive number`);
    return { name: name as FeatureName, mean: mean as number, std: std as number, weight: weight as number };
  });
  const missing = FEATURE_NAMES.filter((n) => !seen.has(n));
  if (missing.length > 0) fail(`no weight for ${missing.join(', ')} (retrain: npm run train:politeness)`);
  return { bias: bias as number, features: parsed };
}

let cached: PolitenessWeights | undefined;
const shippedWeights = () => {
  cached ??= parseWeights(shipped);
  return cached;
};

export function scoreFeatures(
  features: PolitenessFeatures,
  weights: PolitenessWeights = shippedWeights(),
): PolitenessScore {
  let z = weights.bias;
  const contributions: Contribution[] = [];
  for (const f of weights.features) {
    const value = features.values[f.name];
    if (Number.isNaN(value)) continue; // unknown: scored as in the average request
    z += (f.weight * (value - f.mean)) / f.std;
    if (value !== 0)
      contributions.push({
        feature: f.name,
        contribution: (f.weight * value) / f.std,
        triggers: features.triggers[f.name],
      });
  }
  contributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return { score: toScore(z), contributions };
}

function toScore(z: number): number {
  const score = Math.round(Math.tanh(z / 2) * 100) / 100;
  return Object.is(score, -0) ? 0 : score;
}

/** The score of a text with no politeness marker at all (every feature 0). */
export function neutralScore(weights: PolitenessWeights = shippedWeights()): number {
  return toScore(weights.features.reduce((z, f) => z - (f.weight * f.mean) / f.std, weights.bias));
}

export function scorePoliteness(
  text: AnalyzedText,
  cues: readonly Cue[],
  weights?: PolitenessWeights,
): PolitenessScore {
  return scoreFeatures(extractFeatures(text, cues), weights);
}

/** From cues alone (no AnalyzedText): only cue-based features count; see cueFeatures. */
export function scoreCues(cues: readonly Cue[], weights?: PolitenessWeights): PolitenessScore {
  return scoreFeatures(cueFeatures(undefined, cues), weights);
}
