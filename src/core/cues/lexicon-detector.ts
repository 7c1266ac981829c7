/** A detector that is only a phrase list (Vale's "existence" rule kind): one cue per match. */
import type { AnalyzedText } from '../text/analyze.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
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
      const sentences = options.firstSentenceOnly ? text.sentences.slice(0, 1) : text.sentences;
      return sentences.flatMap((sentence) =>
        set
          .find(text, sentence.firstToken, sentence.endToken)
          .filter(
            (m) =>
              (!options.sentenceStart ||
                text.tokens
                  .slice(sentence.firstToken, m.firstToken)
                  .every((t) => t.pos === 'PUNCT' || t.pos === 'SPACE')) &&
              !unless
                ?.find(text, sentence.firstToken, sentence.endToken)
                .some((u) => u.firstToken <= m.firstToken && m.endToken <= u.endToken) &&
              (!options.keep || options.keep(text, m)),
          )
          .map(
            (m): Cue => ({
              type: options.type,
              start: m.start,
              end: m.end,
              confidence: options.confidence,
              triggers: [text.text.slice(m.start, m.end)],
            }),
          ),
      );
    },
  };
}
