/**
 * business-ask: the writer asks for a commercial step: a purchase, a decision, a signature, a
 * meeting, a payment, a document. Confidence rises when the ask is also a question or an order.
 */
import { phrases } from '../text/phrases.ts';
import type { Cue, Detector } from './types.ts';

/** Commitment asks: the strongest pressure, the ones that close or stall a deal. */
const COMMITMENT = phrases([
  'buy|purchase|order|sign|subscribe|license|procure',
  'go ahead|forward with',
  'move|moving forward',
  'proceed',
  'decision|decide|decided',
  'commit|commitment',
  'deal',
  'contract',
  'agreement',
  'purchase order',
  'po',
  'invoice',
  'pay|payment',
  'budget',
  'approval|approve|approved',
  'close',
  'closing',
  'sign-off',
  'signed',
  'onboard',
  'go with us|our',
  'choose|chose|chosen us',
  'start the pilot',
  'next step|steps',
  'thought|thoughts about|on our',
  'think|thought ~2 about|of our|the ~2 product|offer|proposal|quote|platform|solution|pricing',
]);

/** Ordinary work asks: meetings, files, information. */
const WORK = phrases([
  'send|share|forward|provide ~4 file|files|document|documents|details|data|numbers|report|list|info|information|spec|specs|requirements|feedback|access|login|credentials',
  'schedule|book|arrange|set up ~3 call|meeting|demo|time|session',
  'call|meeting|demo',
  'meet',
  'review|check|confirm|approve',
  'feedback',
  'reply|respond|answer',
  'quote|pricing|price|proposal|offer|discount',
  'trial|pilot|sandbox',
  'product|platform|solution|service',
]);

export const businessAsk: Detector = {
  type: 'business-ask',
  description:
    'The writer asks for a business step: a purchase, a decision, a signature, a meeting, a document.',
  detect(text) {
    const cues: Cue[] = [];
    for (const sentence of text.sentences) {
      const body = sentence.text.trim();
      const commitment = COMMITMENT.find(text, sentence.firstToken, sentence.endToken);
      const work = WORK.find(text, sentence.firstToken, sentence.endToken);
      if (commitment.length === 0 && work.length === 0) continue;
      const asks =
        body.endsWith('?') ||
        /^(please|kindly|let me know|tell me|send|sign|confirm|pay|decide|buy|order|share|schedule|book|review|call|reply)\b/i.test(
          body,
        ) ||
        /\b(you (must|need to|have to|should)|i need you to|we need (you|your)|waiting for your|await(ing)? your|let me know|please)\b/i.test(
          body,
        );
      if (!asks) continue;
      const triggers = [...commitment, ...work].map((m) => text.text.slice(m.start, m.end));
      cues.push({
        type: 'business-ask',
        start: sentence.start,
        end: sentence.end,
        confidence: commitment.length > 0 ? 0.9 : 0.7,
        triggers,
      });
    }
    return cues;
  },
};
