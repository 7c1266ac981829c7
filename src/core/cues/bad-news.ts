/**
 * bad-news: the writer reports something painful: illness, injury, a death, an accident, a lost
 * job or layoffs, a hard time. A reply should meet it with sympathy before anything else.
 */
import { phrases } from '../text/phrases.ts';
import type { Cue, Detector, DisclosureTopic } from './types.ts';

const BAD_NEWS: { topic: DisclosureTopic; confidence: number; words: readonly string[] }[] = [
  {
    topic: 'loss',
    confidence: 0.95,
    words: [
      'passed away',
      'died',
      'funeral',
      'lost my ~2 mother|father|mom|dad|wife|husband|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|friend|dog|cat|baby',
      'death in the family',
      'death in my family',
      'bereavement',
      'grieving',
      'miscarriage',
      'lost the baby',
    ],
  },
  {
    topic: 'health',
    confidence: 0.9,
    words: [
      'in the hospital',
      'in hospital',
      'hospitalized',
      'hospitalised',
      'surgery',
      'diagnosed',
      'cancer',
      'chemo',
      'heart attack',
      'stroke',
      'accident',
      'crash',
      'injured',
      'broke my',
      'been sick',
      'been ill',
      'was sick',
      'was ill',
      'am sick',
      'am ill',
      'fell ill',
      'got sick',
      'down with',
      'covid',
      'the flu',
      'recovering from',
      'on sick leave',
      'emergency room',
      'ER visit',
      'bedridden',
      'stomach bug',
      'pneumonia',
      'concussion',
    ],
  },
  {
    topic: 'other',
    confidence: 0.85,
    words: [
      'laid off',
      'layoffs',
      'lay off',
      'let go of ~3 people|staff|employees|team',
      'lost my job',
      'been let go',
      'was let go',
      'restructuring',
      'downsizing',
      'budget was cut',
      'budget got cut',
      'budget cuts',
      'budget freeze',
      'hiring freeze',
      'project was cancelled|canceled',
      'went bankrupt',
      'bankruptcy',
      'house fire',
      'flood',
      'flooded',
      'burglary',
      'rough ~2 week|month|time|patch|year',
      'tough ~2 week|month|time|year',
      'hard ~2 week|month|time|year',
      'family emergency',
      'bad news',
      'unfortunately',
      'difficult time',
      'devastated',
      'heartbroken',
      'divorce',
    ],
  },
];

const compiled = BAD_NEWS.map((group) => ({ ...group, set: phrases(group.words) }));

export const badNews: Detector = {
  type: 'bad-news',
  description: 'The writer reports something painful: illness, a death, an accident, layoffs, a hard time.',
  detect(text) {
    const cues: Cue[] = [];
    for (const sentence of text.sentences) {
      if (sentence.text.trim().endsWith('?')) continue; // asking about it is not reporting it
      for (const group of compiled) {
        const matches = group.set.find(text, sentence.firstToken, sentence.endToken);
        if (matches.length === 0) continue;
        // "Unfortunately" alone is mild: it often introduces a small business setback.
        const onlyMild = matches.every((m) => m.phrase === 'unfortunately' || m.phrase === 'bad news');
        cues.push({
          type: 'bad-news',
          topic: group.topic,
          start: sentence.start,
          end: sentence.end,
          confidence: onlyMild ? 0.5 : group.confidence,
          triggers: matches.map((m) => text.text.slice(m.start, m.end)),
        });
        break;
      }
    }
    return cues;
  },
};
