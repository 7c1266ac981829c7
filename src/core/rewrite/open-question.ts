/**
 * Turns a yes/no commitment question into an open one that keeps its subject:
 * "So, do you want to buy our product?" -> "So what have you thought about our product?"
 */

const COMMIT_VERB =
  '(?:buy|purchase|order|sign(?:\\s+up\\s+for)?|go\\s+(?:ahead\\s+)?with|proceed\\s+with|move\\s+forward\\s+with|subscribe\\s+to|license|take|accept|approve|close|choose|pick)';
const LEAD = /^((?:so|ok|okay|well|and|now|then|anyway)[,]?\s+)/i;

const PATTERNS: { pattern: RegExp; open: (object: string) => string }[] = [
  // "do/would you want/like to buy X", "are you ready to sign X", "will you sign X", "can we close X"
  {
    pattern: new RegExp(
      `^(?:do|would|will|are|can|could|shall)\\s+(?:you|we)\\s+(?:(?:want|like|ready|going|able|willing|planning|prepared)\\s+(?:to\\s+)?)?${COMMIT_VERB}\\s+(.+?)\\s*(?:now|today|this week|yet|or not)?\\s*\\?$`,
      'i',
    ),
    open: (object) => `what have you thought about ${object}?`,
  },
  // "did you make a decision (about X)?", "have you decided (on X)?"
  {
    pattern:
      /^(?:did|have|has)\s+(?:you|your team)\s+(?:made|make|reached|come to)?\s*(?:a\s+|your\s+)?(?:decision|decided)(?:\s+(?:on|about)\s+(.+?))?\s*(?:yet)?\s*\?$/i,
    open: (object) =>
      object
        ? `how are you feeling about ${object}, and is there anything I can help with?`
        : 'how is your decision coming along, and is there anything I can help with?',
  },
  // "Is it a yes?", "Yes or no?", "Deal?"
  {
    pattern: /^(?:is it a yes|yes or no|deal|are we good to go|is that a yes)\s*\?$/i,
    open: () => 'what would you need from us to feel confident about the next step?',
  },
];

export function openQuestion(question: string): string {
  const trimmed = question.trim();
  const lead = LEAD.exec(trimmed)?.[1] ?? '';
  const body = trimmed.slice(lead.length);
  const leadWord = lead.replace(/[,\s]+$/, '');
  for (const { pattern, open } of PATTERNS) {
    const match = pattern.exec(body);
    if (match) {
      const raw = (match[1] ?? '').trim();
      // "go with us" asks about working together, not about the rep.
      const object = /^(?:us|me|our team|our company)$/i.test(raw) ? 'working with us' : raw;
      const opened = open(object);
      return leadWord ? `${capital(leadWord)} ${opened}` : capital(opened);
    }
  }
  const generic = 'what are your thoughts so far, and what would help you decide?';
  return leadWord ? `${capital(leadWord)} ${generic}` : capital(generic);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
