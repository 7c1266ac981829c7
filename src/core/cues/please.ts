/** please: "please", "kindly", "pls". */
import { defineLexiconDetector } from './lexicon-detector.ts';

export const please = defineLexiconDetector({
  type: 'please',
  description: 'The politeness marker "please" (or "kindly", "pls").',
  phrases: ['please', 'pls', 'plz', 'kindly'],
  confidence: 0.95,
});
