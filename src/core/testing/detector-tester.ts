/**
 * Tables for cue detectors, like the rule tester: `positive` sentences must yield a cue of the
 * detector's type (with the stated topic, span and confidence), `negative` ones must not.
 * A span is marked in the text with «guillemets»; the tester strips them before analysing.
 * Runs under vitest.
 */
import { describe, expect, it } from 'vitest';
import { DETECTORS, detectCues } from '../cues/index.ts';
import type { Cue, Detector, DisclosureTopic, ReplyContext } from '../cues/types.ts';
import { analyze } from '../text/analyze.ts';

export interface PositiveCase {
  /** The text; «...» marks the span the cue must cover exactly (optional). */
  text: string;
  topic?: DisclosureTopic;
  /** Lowest acceptable confidence (default 0.6). */
  minConfidence?: number;
  /** For reply detectors: the client message this text answers. */
  answers?: string | string[];
}

export interface NegativeCase {
  text: string;
  /** Cues below this confidence are ignored (default 0.6): weak signals are allowed, findings are not. */
  below?: number;
  answers?: string | string[];
}

export interface DetectorCases {
  positive: (string | PositiveCase)[];
  negative: (string | NegativeCase)[];
}

/** Splits "a «b» c" into the plain text and the marked span. */
export function unmark(marked: string): { text: string; span?: { start: number; end: number } } {
  const start = marked.indexOf('«');
  const end = marked.indexOf('»');
  if (start < 0 || end < start) return { text: marked };
  const text = marked.slice(0, start) + marked.slice(start + 1, end) + marked.slice(end + 1);
  return { text, span: { start, end: end - 1 } };
}

/** The reply context for a text that answers these client messages (the last is `previous`). */
export function replyTo(answers: string | string[] | undefined): ReplyContext | undefined {
  if (answers === undefined) return undefined;
  const analysed = [answers].flat().map((message, index) => {
    const text = analyze(message);
    return { text, cues: detectCues(text), index };
  });
  const previous = analysed.at(-1);
  return previous ? { previous, answered: analysed } : undefined;
}

function cuesOf(detector: Detector, text: string, answers?: string | string[]): Cue[] {
  // Run the detectors up to this one, in pipeline order, so it sees the earlier cues it may read.
  const analysed = analyze(text);
  const reply = replyTo(answers);
  const earlier: Cue[] = [];
  for (const d of DETECTORS.slice(0, DETECTORS.indexOf(detector) + 1))
    earlier.push(...d.detect(analysed, reply, earlier));
  return earlier.filter((c) => c.type === detector.type);
}

const describeCue = (text: string, cues: Cue[]) =>
  cues.map((c) => `${c.topic ?? ''} ${c.confidence} «${text.slice(c.start, c.end)}»`).join('; ') || 'none';

export function runDetectorCases(detector: Detector, cases: DetectorCases): void {
  describe(detector.type, () => {
    it('has distinct cases', () => {
      const texts = [...cases.positive, ...cases.negative].map((k) => (typeof k === 'string' ? k : k.text));
      expect(new Set(texts).size).toBe(texts.length);
    });
    describe('positive', () => {
      it.each(cases.positive.map((k) => [typeof k === 'string' ? k : k.text, k] as const))('%s', (_, k) => {
        const kase: PositiveCase = typeof k === 'string' ? { text: k } : k;
        const { text, span } = unmark(kase.text);
        const min = kase.minConfidence ?? 0.6;
        const cues = cuesOf(detector, text, kase.answers);
        const hits = cues.filter(
          (c) =>
            c.confidence >= min &&
            (kase.topic === undefined || c.topic === kase.topic) &&
            (span === undefined || (c.start === span.start && c.end === span.end)),
        );
        expect(hits.length, `found: ${describeCue(text, cues)}`).toBeGreaterThan(0);
        expect(hits[0]!.triggers?.length ?? 0, 'a cue names the words that fired it').toBeGreaterThan(0);
      });
    });
    describe('negative', () => {
      it.each(cases.negative.map((k) => [typeof k === 'string' ? k : k.text, k] as const))('%s', (_, k) => {
        const kase: NegativeCase = typeof k === 'string' ? { text: k } : k;
        const cues = cuesOf(detector, kase.text, kase.answers).filter(
          (c) => c.confidence >= (kase.below ?? 0.6),
        );
        expect(describeCue(kase.text, cues)).toBe('none');
      });
    });
  });
}
