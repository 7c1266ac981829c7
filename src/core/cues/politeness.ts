/**
 * A message's politeness in [-1, 1], from the trained politeness-strategy model of
 * src/core/politeness (Danescu-Niculescu-Mizil et al. 2013; Brown & Levinson 1987): thanks,
 * greetings, apologies and "could you" raise it; "So ...", "in fact", bare orders and negative words
 * lower it. `politenessWhy` names the features and the words behind the score.
 *
 * Pass the AnalyzedText: without it only the cue-based features count (the lexical ones, such as
 * "could you", "in fact" or sentence openings, are then scored as average), which is less accurate.
 */
import { type Contribution, scoreCues, scorePoliteness } from '../politeness/model.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import type { Cue } from './types.ts';

export function politeness(cues: readonly Cue[], text?: AnalyzedText): number {
  return (text ? scorePoliteness(text, cues) : scoreCues(cues)).score;
}

/** The features that moved the score most (present in the text), largest effect first. */
export function politenessWhy(text: AnalyzedText, cues: readonly Cue[], limit = 3): Contribution[] {
  return scorePoliteness(text, cues).contributions.slice(0, limit);
}
