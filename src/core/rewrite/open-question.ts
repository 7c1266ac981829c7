/**
 * Turns a yes/no commitment question into an open one that keeps the rep's business intent and
 * its subject, and drops the deadline that made it press:
 *   "So, do you want to buy our product?"      -> "So what have you thought about our product?"
 *   "Are you ready to sign the contract today?" -> "What do you think of the contract so far, ..."
 *   "Did you make a decision?"                 -> "How is your decision coming along, ...?"
 * Plain string work on one question: the rule has already found it with the analyser.
 */
import { capitalise } from '../text/case.ts';

type Template = (object: string) => string;

/** Each commitment verb family and the open question that keeps its subject. */
const VERB_FAMILIES: { verbs: string; open: Template; fallbackObject: string }[] = [
  {
    verbs: 'sign(?:\\s+(?:up\\s+for|off\\s+on))?|countersign',
    open: (o) =>
      `what do you think of ${o} so far, and is there anything you would like us to change before signing?`,
    fallbackObject: 'the agreement',
  },
  {
    verbs:
      'move\\s+forward(?:\\s+with)?|go\\s+ahead(?:\\s+with)?|proceed(?:\\s+with)?|commit\\s+to|close|start|begin|launch',
    open: (o) => `what would you need from us to move forward with ${o}?`,
    fallbackObject: 'the next step',
  },
  {
    verbs: 'pay|settle|issue|send|raise|place|transfer|wire',
    open: (o) => `what timing looks realistic for ${o} on your side?`,
    fallbackObject: 'the payment',
  },
  {
    verbs: 'approve',
    open: (o) => `how is the approval of ${o} going, and is there anything we can prepare to help?`,
    fallbackObject: 'the budget',
  },
  {
    verbs:
      'buy|purchase|order|subscribe\\s+to|upgrade\\s+to|renew|extend|license|licence|take|get|go\\s+with|choose|pick|select|work\\s+with|accept|want|need',
    open: (o) => `what have you thought about ${o}?`,
    fallbackObject: 'our offer',
  },
];

const SUBJECT = '(?:you|we|your\\s+(?:team|company|board|boss|cfo|ceo|management))';
/** "want to", "ready to", "going to", "able to", "be able to" ... between the subject and the verb. */
const MODALITY =
  '(?:(?:be\\s+)?(?:want|wish|like|ready|going|able|willing|planning|prepared|happy|intending|about)\\s+(?:to\\s+)?)?';
const ASK = `^(?:do|does|did|would|will|are|is|can|could|shall|should|have|has)\\s+${SUBJECT}\\s+${MODALITY}`;
/** Compiled once: a question asked in each family ("do you want to sign ..."), its object captured. */
const FAMILIES = VERB_FAMILIES.map((family) => ({
  ...family,
  ask: new RegExp(`${ASK}(?:${family.verbs})\\b\\s*(.*)$`, 'i'),
}));

/** Deadlines and push words at the end ("today", "this week", "or not", "yet", "by Friday"). */
const PRESSURE_TAIL =
  /(?:[\s,]+(?:or\s+not|yes\s+or\s+no|right|already|yet|now|today|tomorrow|asap|soon|finally|this\s+(?:week|month|quarter|year)|(?:by|before|until|till)\s+(?:the\s+)?(?:end\s+of\s+)?\S+(?:\s+\S+)?))+$/i;
const LEAD = /^((?:so|ok|okay|well|and|now|then|anyway|also|just)\b,?\s+)/i;
const VOCATIVE = /^((?:(?:hi|hello|hey|dear)\s+)?\p{Lu}\p{Ll}+,\s+)/iu;

const DECISION =
  /^(?:did|have|has)\s+(?:you|your\s+\w+)\s+(?:made|make|reached|reach|come\s+to|came\s+to|taken|take)?\s*(?:a\s+|the\s+|your\s+|any\s+)?(?:final\s+)?(?:decision|decided|decide)(?:\s+(?:on|about|regarding)\s+(.+))?$/i;
const VERDICT =
  /^(?:is\s+(?:it|that)\s+a\s+(?:yes|go)|yes\s+or\s+no|deal|are\s+we\s+good\s+to\s+go|do\s+we\s+have\s+a\s+deal|are\s+you\s+in)$/i;

/** "our product, or do you need more time" -> "our product"; "us" -> "working with us". */
function cleanObject(raw: string): string {
  const object = raw.split(/,|\s+or\s+|\s+(?:so\s+that|because|since)\s+/i)[0]!.trim();
  if (/^(?:us|me|our\s+team|our\s+company)$/i.test(object)) return 'working with us';
  if (/^(?:with\s+)?(?:it|this|that)$/i.test(object)) return 'it';
  return object.replace(/^with\s+/i, '');
}

function openBody(body: string): string {
  const decision = DECISION.exec(body);
  if (decision) {
    const about = decision[1] ? cleanObject(decision[1]) : '';
    return about
      ? `how are you feeling about ${about}, and is there anything I can help with?`
      : 'how is your decision coming along, and is there anything I can help with?';
  }
  if (VERDICT.test(body)) return 'what would you need from us to feel confident about the next step?';
  for (const family of FAMILIES) {
    const match = family.ask.exec(body);
    if (match) return family.open(match[1] ? cleanObject(match[1]) : family.fallbackObject);
  }
  return 'what are your thoughts so far, and what would help you decide?';
}

export function openQuestion(question: string): string {
  let rest = question.trim();
  // "John, are you ready ...", "Hi Noa, so, ...": the name stays in front, then the lead word.
  const vocative = LEAD.test(rest) ? '' : (VOCATIVE.exec(rest)?.[1] ?? '');
  rest = rest.slice(vocative.length);
  const lead = LEAD.exec(rest)?.[1] ?? '';
  rest = rest.slice(lead.length);
  const body = rest.replace(/[?.!\s]+$/, '').replace(PRESSURE_TAIL, '');
  const opened = openBody(body);
  const leadWord = lead.replace(/[,\s]+$/, '');
  const sentence = leadWord
    ? `${vocative ? leadWord.toLowerCase() : capitalise(leadWord)} ${opened}`
    : opened;
  return vocative ? `${vocative}${sentence}` : capitalise(sentence);
}
