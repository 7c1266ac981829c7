/** absence-apology: the writer apologises for having been silent or slow ("sorry I've been out of touch"). */
import { phrases } from '../text/phrases.ts';
import type { Cue, Detector } from './types.ts';

const ABSENCE = phrases([
  'sorry|apologies|apologize|apologise ~8 not been|not being in touch|contact',
  'sorry|apologies|apologize|apologise ~8 haven’t|have not|hadn’t been in touch|contact',
  'sorry|apologies|apologize|apologise ~6 late|slow|delayed reply|response|answer',
  'sorry|apologies|apologize|apologise ~6 delay|silence|radio silence|quiet|mia|absence',
  'sorry|apologies|apologize|apologise ~6 get|getting back|reply|replying|respond|responding ~3 sooner|earlier|so late',
  'sorry|apologies|apologize|apologise ~6 been ~2 out of touch|offline|away|awol|mia|quiet|silent|slow',
  'sorry|apologies|apologize|apologise ~6 went|go|gone|going quiet|silent|dark',
  'sorry|apologies|apologize|apologise for the wait',
  'sorry|apologies ~3 long time no',
  'forgive ~4 late|slow|silence|delay',
  'i have|i’ve|i’ve|i been out of touch|offline|away|mia',
]);

export const absenceApology: Detector = {
  type: 'absence-apology',
  description: 'The writer apologises for having been silent or slow to reply.',
  detect(text) {
    return ABSENCE.find(text).map(
      (m): Cue => ({
        type: 'absence-apology',
        start: m.start,
        end: m.end,
        confidence: 0.9,
        triggers: [text.text.slice(m.start, m.end)],
      }),
    );
  },
};
