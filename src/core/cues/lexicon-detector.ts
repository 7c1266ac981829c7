/** A detector that is only a phrase list (Vale's "existence" rule kind): one cue per match. */
import type { AnalyzedText } from '../text/analyze.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
import { findTokenIndex } from '../text/tokens.ts';
import type { Cue, CueType, Detector } from './types.ts';

export interface LexiconDetectorOptions {
  type: CueType;
  description: string;
  phrases: readonly string[];
  confidence: number;
  /** Only count a match that opens a sentence (after leading punctuation). */
  sentenceStart?: boolean;
  /** Only count a match in the first sentence of the text. */
  firstSentenceOnly?: boolean;
  /** Phrases that take the word in another sense ("thank God"): a match inside one is dropped. */
  unless?: readonly string[];
  /** A last say on a match, for senses a phrase cannot tell (a sign-off on its own line). */
  keep?: (text: AnalyzedText, match: PhraseMatch) => boolean;
}

export function defineLexiconDetector(options: LexiconDetectorOptions): Detector {
  const set = phrases(options.phrases);
  const unless = options.unless ? phrases(options.unless) : undefined;
  return {
    type: options.type,
    description: options.description,
    detect(text) {
      // Loops rather than flatMap/filter chains: this runs for every sentence of every message.
      const cues: Cue[] = [];
      const sentences = text.sentences;
      const count = options.firstSentenceOnly ? Math.min(1, sentences.length) : sentences.length;
      for (let s = 0; s < count; s++) {
        const sentence = sentences[s]!;
        const found = set.find(text, sentence.firstToken, sentence.endToken);
        if (found.length === 0) continue;
        const excluded = unless?.find(text, sentence.firstToken, sentence.endToken);
        for (const m of found) {
          if (
            options.sentenceStart &&
            findTokenIndex(
              text.tokens,
              sentence.firstToken,
              m.firstToken,
              (t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE',
            ) >= 0
          )
            continue;
          if (excluded?.some((u) => u.firstToken <= m.firstToken && m.endToken <= u.endToken)) continue;
          if (options.keep && !options.keep(text, m)) continue;
          cues.push({
            type: options.type,
            start: m.start,
            end: m.end,
            confidence: options.confidence,
            triggers: [text.text.slice(m.start, m.end)],
          });
        }
      }
      return cues;
    },
  };
}
