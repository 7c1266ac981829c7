/**
 * Words that recognise what the client shared, in English (the language of the reply), built
 * from their own words: the family member they named, the event, the clause turned toward them.
 */
import { TOPIC_WORDS } from '../cues/lexicon/topics.ts';
import type { Cue } from '../cues/types.ts';
import { coreClause } from './mirror.ts';

const FAMILY_ORDER = [
  'family',
  'kids',
  'children',
  'son',
  'daughter',
  'wife',
  'husband',
  'boys',
  'girls',
  'parents',
  'mom',
  'dad',
  'baby',
];
const CHILDREN = new Set([
  'kids',
  'children',
  'son',
  'daughter',
  'boys',
  'girls',
  'baby',
  'twins',
  'toddler',
]);

function pick(triggers: string[], wanted: (w: string) => boolean): string | undefined {
  return triggers.map((t) => t.toLowerCase()).find(wanted);
}

const HARD_NEWS =
  /\b(?:laid off|let go|lost (?:my|our|his|her) (?:job|house|home)|divorc\w*|separated|flood\w*|fire|burgl\w*|robbed|evicted|accident|miscarriage)\b/i;
const isHardNews = (sentence: string) => HARD_NEWS.test(sentence);
const PAST = /\b(?:was|were|had|got|went|came|spent|took|flew|drove|been|back|did|made|ran|saw)\b|\b\w+ed\b/i;

/** Occasions worth naming in a wish ("I hope you had a wonderful Thanksgiving!"). */
const OCCASIONS = new Set(TOPIC_WORDS.celebration.strong);

/** Acknowledgement sentences for one disclosure (English), mirroring the client's own words. */
export function acknowledgeDisclosure(cue: Cue, sentence: string): string {
  const triggers = cue.triggers ?? [];
  const clause = coreClause(sentence, triggers);
  // Not every life event is good news ("I got laid off", "our house was flooded").
  if (isHardNews(sentence))
    return clause
      ? `I'm sorry to hear that ${clause}. I hope things settle down soon.`
      : "I'm sorry to hear that; I hope things settle down soon.";
  switch (cue.topic) {
    case 'family-vacation': {
      // "your family" (or the adults named), then the children by the client's own word.
      const family =
        pick(triggers, (t) => t === 'family') ??
        pick(triggers, (t) => FAMILY_ORDER.includes(t) && !CHILDREN.has(t)) ??
        'family';
      const kids = pick(triggers, (t) => CHILDREN.has(t));
      const withWhom = kids ? `with your ${kids === 'kids' ? 'children' : kids}` : 'together';
      return `I'm really glad you had a chance to get away with your ${family}. I know it's important to have some rest and spend some time ${withWhom}.`;
    }
    case 'travel':
      // "it's my last day before vacation" is still ahead: wish it well rather than hope they rested.
      if (clause && !PAST.test(clause)) return `How exciting that ${clause}! Enjoy your time off.`;
      return clause
        ? `I'm glad to hear that ${clause}. I hope you came back well rested.`
        : "I'm really glad you had a chance to get away. I hope you came back well rested.";
    case 'family':
      return clause
        ? `It's lovely to hear that ${clause}. Thank you for sharing that.`
        : 'Thank you for sharing your family news; it is lovely to hear.';
    case 'health':
      return clause
        ? `I'm sorry to hear that ${clause}. ${/^you\b/.test(clause) ? "I hope you're feeling better now." : 'I hope the recovery goes well.'}`
        : "I'm sorry to hear about the health troubles. I hope everyone is feeling better soon.";
    case 'loss':
      return "I'm so sorry for your loss. Please take all the time you need.";
    case 'life-event':
      return clause
        ? `Congratulations! It's wonderful news that ${clause}.`
        : 'Congratulations on the wonderful news!';
    case 'celebration': {
      if (clause) return `How wonderful that ${clause}! I hope you had a great time.`;
      // Named as the client wrote it: "Thanksgiving", "birthday".
      const occasion = triggers.find((t) => OCCASIONS.has(t.toLowerCase()));
      return `I hope you had a wonderful ${occasion ?? 'celebration'}!`;
    }
    case 'pet':
      return clause ? `How lovely that ${clause}!` : 'How lovely to hear about your pet!';
    case 'hobby':
      return clause ? `It's great to hear that ${clause}!` : 'That sounds like great fun!';
    case 'weather':
      return 'I hope the weather is treating you kindly.';
    case 'feelings':
      return 'Thank you for telling me how things are; I hope you get some well-earned rest.';
    default:
      return 'Thank you for sharing that; it is good to hear from you.';
  }
}

/** Sympathy for bad news, said before anything else (English). */
export function sympathise(cue: Cue, sentence: string): string {
  const clause = coreClause(sentence, cue.triggers);
  switch (cue.topic) {
    case 'loss':
      return "I'm so sorry for your loss. Please take all the time you need; our project can wait.";
    case 'health':
      return clause
        ? `I'm so sorry to hear that ${clause}. I hope the recovery goes well, and please don't worry about our project for now.`
        : "I'm so sorry to hear that. I hope the recovery goes well, and please don't worry about our project for now.";
    default:
      return clause
        ? `I'm sorry to hear that ${clause}; that sounds like a difficult time.`
        : "I'm sorry to hear that; it sounds like a difficult time.";
  }
}
