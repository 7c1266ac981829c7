import { runDetectorCases } from '../testing/detector-tester.ts';
import { gratitude } from './gratitude.ts';

runDetectorCases(gratitude, {
  positive: [
    // rd39 generalisation (own wording): thanks as a noun, in a formal letter
    'Please accept our sincere «gratitude» for the warm welcome.',
    'We wish to «convey our deep appreciation» to your engineers.',
    '«Thank you» for the quick turnaround.',
    'Many «thanks» for the intro!',
    'I «appreciate» you taking the time.',
    '«Cheers» for sending the deck over.',
    // Thanks in the writer's own language.
    'Please confirm the dates.\n\n«Grazie»,\nLuca',
    'Attached the invoice.\n\n«Danke»,\nJonas',
    '«Terima kasih» Pak Budi, the machine works again!',
  ],
  negative: [
    'Thank goodness nobody was hurt in the storm.',
    'We would appreciate if you could move the call to Friday.',
    "I'd appreciate it if you could sign by Monday.",
    // A sign-off on its own line thanks no one.
    'I will send the specs tomorrow.\n\nCheers,\nMia',
  ],
});
