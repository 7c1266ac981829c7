/** gratitude: thanks and appreciation ("Thanks for the update", "I appreciate your time"). */
import { defineLexiconDetector } from './lexicon-detector.ts';

/** "Cheers," alone on a line before the name is a sign-off, not thanks for anything ("Cheers for the intro" thanks). */
const SIGN_OFF = /^[ \t]*,?[ \t]*(?:\r?\n|$)/;
const LINE_START = /(?:^|\n)[ \t]*$/;

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
    // "to express our sincere gratitude", "our deepest appreciation": thanks as a noun.
    'gratitude',
    'express|expressing|convey|extend ~3 appreciation',
    'many thanks',
    'cheers',
    // Thanks in the writer's own language, common in mixed-language mail ("Obrigado, Rafael").
    'obrigado|obrigada|merci|gracias|danke|grazie|dziękuję|dziekuje|spasibo|arigato|arigatou|tack|kiitos|teşekkürler|tesekkurler|toda|shukran|dhanyavad|bedankt',
    'terima kasih',
    'xie xie',
    'makasih|salamat|asante|kamsahamnida|xièxie|xiexie',
  ],
  // "Thank God the operation went well" thanks no one; "we would appreciate if you could" asks.
  unless: ['thank god|goodness|heavens', 'appreciate|appreciated if', 'appreciate|appreciated it if'],
  keep: (text, m) =>
    text.tokens[m.firstToken]!.normal !== 'cheers' ||
    !(SIGN_OFF.test(text.text.slice(m.end)) && LINE_START.test(text.text.slice(0, m.start))),
  confidence: 0.95,
});
