/** Runs every cue detector over a text, in an order where later detectors can read earlier cues. */

import { compareIds } from '../compare.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import { absenceApology } from './absence-apology.ts';
import { acknowledgement } from './acknowledgement.ts';
import { apology } from './apology.ts';
import { badNews } from './bad-news.ts';
import { businessAsk } from './business-ask.ts';
import { directStart } from './direct-start.ts';
import { gratitude } from './gratitude.ts';
import { greeting } from './greeting.ts';
import { hedge } from './hedge.ts';
import { imperative } from './imperative.ts';
import { negativeEvaluation } from './negative-evaluation.ts';
import { personalDisclosure } from './personal-disclosure.ts';
import { please } from './please.ts';
import { question } from './question.ts';
import type { Cue, Detector, ReplyContext } from './types.ts';

/** direct-start reads greeting, acknowledgement, gratitude, apology, business-ask, imperative and question: it runs last. */
export const DETECTORS: readonly Detector[] = [
  greeting,
  personalDisclosure,
  badNews,
  absenceApology,
  question,
  businessAsk,
  acknowledgement,
  gratitude,
  apology,
  please,
  hedge,
  imperative,
  negativeEvaluation,
  directStart,
];

export function detectCues(text: AnalyzedText, reply?: ReplyContext): Cue[] {
  const cues: Cue[] = [];
  for (const detector of DETECTORS) {
    const found = detector.detect(text, reply, cues);
    for (let i = 0; i < found.length; i++) cues.push(found[i]!);
  }
  return sortCues(cues);
}

/**
 * By start, then type; equal ones keep their order (as Array.prototype.sort, which is stable).
 * An insertion sort: each detector's cues come in text order, so the list is a few sorted runs
 * of a few cues each, and this costs less than the general sort (used for long texts, where
 * insertion would be quadratic).
 */
function sortCues(cues: Cue[]): Cue[] {
  if (cues.length > 64) return cues.sort(cueOrder);
  for (let i = 1; i < cues.length; i++) {
    const cue = cues[i]!;
    let j = i;
    while (j > 0 && cueOrder(cues[j - 1]!, cue) > 0) {
      cues[j] = cues[j - 1]!;
      j--;
    }
    cues[j] = cue;
  }
  return cues;
}

const cueOrder = (a: Cue, b: Cue): number => a.start - b.start || compareIds(a.type, b.type);

export type { Cue, CueType, Detector, DisclosureTopic, ReplyContext } from './types.ts';
export { CUE_TYPES } from './types.ts';
