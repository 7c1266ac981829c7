import type { AnalyzedText } from '../text/analyze.ts';

export const CUE_TYPES = [
  'personal-disclosure',
  'bad-news',
  'absence-apology',
  'question',
  'business-ask',
  'acknowledgement',
  'greeting',
  'gratitude',
  'apology',
  'please',
  'hedge',
  'direct-start',
  'imperative',
  'negative-evaluation',
] as const;

export type CueType = (typeof CUE_TYPES)[number];

/** What a personal disclosure is about. */
export type DisclosureTopic =
  | 'family-vacation'
  | 'travel'
  | 'family'
  | 'health'
  | 'life-event'
  | 'loss'
  | 'hobby'
  | 'pet'
  | 'celebration'
  | 'weather'
  | 'feelings'
  | 'other';

/** A fact a detector found in one text: what, where (UTF-16 offsets) and how sure. */
export interface Cue {
  type: CueType;
  start: number;
  end: number;
  confidence: number;
  topic?: DisclosureTopic;
  /** For questions. */
  about?: 'personal' | 'business';
  form?: 'open' | 'closed';
  /** The words that triggered the cue, so a finding can name them. */
  triggers?: string[];
  /** For acknowledgement: the index of the message (in the thread) it acknowledges. */
  acknowledges?: number;
}

/** What came before the text, for detectors that judge a reply (acknowledgement, direct-start). */
export interface ReplyContext {
  /** The client message being answered, analysed, with its cues. */
  previous: { text: AnalyzedText; cues: Cue[]; index: number };
  /** Every client message the reply answers (those since the rep last wrote), oldest first. */
  answered?: { text: AnalyzedText; cues: Cue[]; index: number }[];
}

export interface Detector {
  type: CueType;
  /** One line: what the detector looks for. */
  description: string;
  /** `earlier` holds the cues of the detectors that ran before this one on the same text. */
  detect(text: AnalyzedText, reply: ReplyContext | undefined, earlier: readonly Cue[]): Cue[];
}
