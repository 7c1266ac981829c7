/**
 * A message's politeness in [-1, 1] from its politeness-strategy cues (Brown & Levinson 1987;
 * Danescu-Niculescu-Mizil et al. 2013): softeners raise it, orders and blunt negatives lower it.
 */
import type { Cue, CueType } from './types.ts';

const WEIGHTS: Partial<Record<CueType, number>> = {
  gratitude: 0.35,
  greeting: 0.2,
  please: 0.15,
  hedge: 0.12,
  apology: 0.2,
  acknowledgement: 0.3,
  imperative: -0.35,
  'negative-evaluation': -0.45,
  'direct-start': -0.2,
};

export function politeness(cues: readonly Cue[]): number {
  const seen = new Map<CueType, number>();
  let score = 0;
  for (const cue of cues) {
    const weight = WEIGHTS[cue.type];
    if (weight === undefined) continue;
    // Diminishing returns: the third "please" adds less than the first.
    const n = seen.get(cue.type) ?? 0;
    seen.set(cue.type, n + 1);
    score += (weight * cue.confidence) / (n + 1);
  }
  return Math.round(Math.tanh(score * 1.5) * 100) / 100;
}
