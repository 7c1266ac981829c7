/** greeting: "Hi John", "Dear Ms Ito", "Good morning", and warm sign-offs' counterpart at the start. */
import { defineLexiconDetector } from './lexicon-detector.ts';

export const greeting = defineLexiconDetector({
  type: 'greeting',
  description: 'A salutation that opens the message: "Hi", "Hello", "Dear ...", "Good morning".',
  phrases: [
    'hi',
    'hello',
    'hey',
    'dear',
    'good morning|afternoon|evening',
    'greetings',
    'hiya',
    'howdy',
    'morning',
    'g’day',
    "g'day",
    // Salutations in the writer's own language ("Hola John", "Ciao Laura") and the Indian "Respected Sir".
    'hola|ciao|bonjour|salut|hallo|olá|ola|oi|privet|namaste|konnichiwa|hej|hoi|moin|buongiorno|servus|witam|annyeong',
    'buenos días|dias',
    'bom dia',
    'respected sir|madam|mam|ma’am|team|all',
    // Salutations as letters open them in Italian, Spanish, Portuguese, German, French, Dutch,
    // Polish and Turkish ("Caro Daniel", "Estimado Sr. Carter", "Merhaba Lisa"), and "Good day".
    'caro|cara|estimado|estimada|querido|querida|prezado|prezada|liebe|lieber|cher|chère|beste|drogi|droga|szanowny|szanowna|merhaba|hocam|selam|salve|ahoj|zdravo|aloha',
    'sehr geehrte|geehrter',
    'dzien dobry',
    // wink splits "Dzień" at the "ń".
    'dzie ń dobry',
    'good day',
  ],
  confidence: 0.95,
  sentenceStart: true,
  firstSentenceOnly: true,
});
