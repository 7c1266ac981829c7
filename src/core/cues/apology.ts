/** apology: "sorry", "I apologise", "excuse me", "my bad" (Brown & Levinson's negative politeness). */
import { defineLexiconDetector } from './lexicon-detector.ts';

export const apology = defineLexiconDetector({
  type: 'apology',
  description: 'An apology: "sorry", "I apologise", "apologies", "excuse me", "forgive me".',
  phrases: [
    'sorry',
    'apologize|apologise|apologies|apology',
    'excuse me',
    'forgive me',
    'pardon',
    'my bad',
    'regret to',
  ],
  confidence: 0.9,
});
