/** gratitude: thanks and appreciation ("Thanks for the update", "I appreciate your time"). */
import { defineLexiconDetector } from './lexicon-detector.ts';

export const gratitude = defineLexiconDetector({
  type: 'gratitude',
  description: 'Thanks or appreciation: "thank you", "thanks", "I appreciate", "grateful".',
  phrases: [
    'thank you',
    'thanks',
    'thank',
    'thx',
    'appreciate|appreciated',
    'grateful',
    'many thanks',
    'cheers',
  ],
  confidence: 0.95,
});
