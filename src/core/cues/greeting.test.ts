import { runDetectorCases } from '../testing/detector-tester.ts';
import { greeting } from './greeting.ts';

runDetectorCases(greeting, {
  positive: [
    '«Hi» Tom, quick question about the quote.',
    '«Dear» Ms Lind,\n\nthank you for your letter.',
    '«Good morning» all!',
    // Salutations in the writer's own language, and "Good day".
    '«Cara» Francesca,\n\nthe samples left today.',
    '«Estimada» Sra. Ruiz, le escribo por el pedido.',
    '«Liebe» Frau Weber, the contract is attached.',
    '«Merhaba» Can, the shipment is ready.',
    '«Good day». Please find the offer attached.',
  ],
  negative: [
    'Have a good day!',
    'The contract is attached. Hi to the team!',
    'Sign-off test.\n\nBest,\nCara',
  ],
});
