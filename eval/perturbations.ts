/**
 * Meaning-preserving edits of a labelled thread, for invariance testing (CheckList's INV tests,
 * Ribeiro et al., ACL 2020): a coach's verdict on a reply does not change when its apostrophes are
 * curly, its contractions spelt out, its lines run together or the client renamed. A rule whose
 * verdict does change leans on the surface of the text, and will err on writers whose surface
 * differs from the data it was tuned on. Each edit is a pure function of the thread JSON.
 */

interface MessageJson {
  from: string;
  at?: string;
  text: string;
  [key: string]: unknown;
}

interface ParticipantJson {
  id: string;
  name: string;
  role: string;
  [key: string]: unknown;
}

export interface ThreadJson {
  participants: ParticipantJson[];
  messages: MessageJson[];
  draft: MessageJson;
  [key: string]: unknown;
}

export interface Perturbation {
  name: string;
  /** What the edit does, for the report. */
  summary: string;
  apply(thread: ThreadJson): ThreadJson;
}

/** The same thread with `edit` applied to the text of every message and the draft. */
function mapTexts(thread: ThreadJson, edit: (text: string, message: MessageJson) => string): ThreadJson {
  return {
    ...thread,
    messages: thread.messages.map((m) => ({ ...m, text: edit(m.text, m) })),
    draft: { ...thread.draft, text: edit(thread.draft.text, thread.draft) },
  };
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/gi, 'cannot'],
  [/\bwon't\b/gi, 'will not'],
  [/\bshan't\b/gi, 'shall not'],
  [/\b(\w+)n't\b/gi, '$1 not'],
  [/\b(I)'m\b/gi, '$1 am'],
  [/\b(you|we|they)'re\b/gi, '$1 are'],
  [/\b(I|you|we|they|he|she|it|that|there)'ll\b/gi, '$1 will'],
  [/\b(I|you|we|they)'ve\b/gi, '$1 have'],
  [/\b(I|you|we|they|he|she)'d\b/gi, '$1 would'],
  [/\b(it|that|there|what|here|he|she|who)'s\b/gi, '$1 is'],
  [/\blet's\b/gi, 'let us'],
];

/** Spells out contractions ("don't" -> "do not"), after folding curly apostrophes to straight. */
export function expandContractions(text: string): string {
  let out = text.replace(/’/g, "'");
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  return out;
}

/** The spelt-out forms that have a usual contraction; "it is" only before a word ("as it is." stays). */
const SPELT_OUT: [RegExp, string][] = [
  [/\bcannot\b/gi, "can't"],
  [/\bwill not\b/gi, "won't"],
  [/\b(do|does|did|is|are|was|were|would|could|should|have|has)\s+not\b/gi, "$1n't"],
  [/\bI\s+am\b/g, "I'm"],
  [/\b(you|we|they)\s+are\b(?=\s+\w)/gi, "$1're"],
  [/\b(it|that)\s+is\b(?=\s+\w)/gi, "$1's"],
  [/\b(I|we)\s+will\b/gi, "$1'll"],
  [/\bI\s+would\b/g, "I'd"],
  // Only opening a sentence: "you must let us bring you" (allow us) is no "let's".
  [/(^|[.!?]\s+)(l|L)et\s+us\b/g, "$1$2et's"],
];

/** Contracts what is spelt out ("do not" -> "don't", "I am" -> "I'm"): the other way round from expandContractions. */
export function contract(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SPELT_OUT) out = out.replace(pattern, replacement);
  return out;
}

/** Drops the articles, keeping the capital of a sentence that began with one ("The price is" -> "Price is"). */
export function dropArticles(text: string): string {
  return text.replace(/\b(a|an|the)\s+(\S)/gi, (_, article: string, next: string) =>
    article[0] === article[0]!.toUpperCase() ? next.toUpperCase() : next,
  );
}

/** The same thread with `edit` applied to the text of every message the client wrote. */
function mapClientTexts(thread: ThreadJson, edit: (text: string) => string): ThreadJson {
  const clients = new Set(thread.participants.filter((p) => p.role === 'client').map((p) => p.id));
  return {
    ...thread,
    messages: thread.messages.map((m) => (clients.has(m.from) ? { ...m, text: edit(m.text) } : m)),
  };
}

/** "Hi Jen," or "Dear Ms. Han," opening a message, up to its comma. */
const GREETING_COMMA = /^(\s*(?:hi|hello|hey|dear|good morning|morning)\b[^,\n]{0,40}),/i;

/** The opening greeting's comma left out ("Hi Jen fill in the form", "Dear Ms. Han\nThe report ..."). */
export function dropGreetingComma(text: string): string {
  return text.replace(GREETING_COMMA, '$1');
}

/** A first name no case file uses, so that it cannot collide with another word of the thread. */
const NEW_CLIENT_NAME = 'Quillon';

/** Replaces the client's first name, in the participant list and in every text, with another. */
export function renameClient(thread: ThreadJson, to = NEW_CLIENT_NAME): ThreadJson {
  const client = thread.participants.find((p) => p.role === 'client');
  const first = client?.name.split(/\s+/)[0];
  if (!client || !first || first.length < 2) return thread;
  const pattern = new RegExp(`\\b${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  const renamed = mapTexts(thread, (text) => text.replace(pattern, to));
  return {
    ...renamed,
    participants: thread.participants.map((p) =>
      p === client ? { ...p, name: p.name.replace(pattern, to) } : p,
    ),
  };
}

/** A sign-off already there: "Best,", "Regards", "Cheers", "Thanks," or the rep's name on the last line. */
const SIGNED = /(?:regards|best|cheers|thanks|thank you|sincerely|wishes)[,.!]?\s*\n?[^\n]{0,40}$/i;

/** The draft with "Best regards," and the rep's first name under it, unless it is signed already. */
export function signOff(thread: ThreadJson): ThreadJson {
  const rep = thread.participants.find((p) => p.id === thread.draft.from);
  const first = rep?.name.split(/\s+/)[0];
  const text = thread.draft.text.trimEnd();
  if (!first || SIGNED.test(text) || text.endsWith(first)) return thread;
  return { ...thread, draft: { ...thread.draft, text: `${text}\n\nBest regards,\n${first}` } };
}

/** Moves every timestamp by whole weeks: gaps, weekdays and hours of day stay as they were. */
/**
 * A calendar date written in the text ("by 15 October", "Oct 9", "14/05", "the 10th"): moving the
 * timestamps would leave it behind, so a reply that was late would become early. Weekday names
 * stay true, since whole weeks are shifted.
 */
const WRITTEN_DATE = new RegExp(
  [
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    // 14/05, 5.11.2026, 10/23 (either order); not a price such as 12.50
    String.raw`(?<![\d.])\b(?:[0-2]?\d|3[01])[./](?:[0-2]?\d|3[01])(?:[./]\d{2,4})?\b(?![./]\d)`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\bthe\s+\d{1,2}(?:st|nd|rd|th)\b`,
  ].join('|'),
  'i',
);

/** Every timestamp moved by whole weeks; a thread that writes a calendar date is left as it is. */
export function shiftWeeks(thread: ThreadJson, weeks: number): ThreadJson {
  if ([...thread.messages, thread.draft].some((m) => WRITTEN_DATE.test(m.text))) return thread;
  const shift = (at: string | undefined) =>
    at === undefined ? at : new Date(Date.parse(at) + weeks * 7 * 86_400_000).toISOString();
  return {
    ...thread,
    messages: thread.messages.map((m) => ({ ...m, at: shift(m.at) })),
    draft: { ...thread.draft, at: shift(thread.draft.at) },
  };
}

export const PERTURBATIONS: readonly Perturbation[] = [
  {
    name: 'curly-apostrophes',
    summary: "straight apostrophes and quotes made typographic (don't -> don’t)",
    apply: (t) => mapTexts(t, (text) => text.replace(/(\w)'(\w)/g, '$1’$2')),
  },
  {
    name: 'straight-apostrophes',
    summary: "typographic apostrophes made straight (don’t -> don't)",
    apply: (t) => mapTexts(t, (text) => text.replace(/’/g, "'")),
  },
  {
    name: 'expanded-contractions',
    summary: "contractions spelt out (don't -> do not, I'm -> I am)",
    apply: (t) => mapTexts(t, expandContractions),
  },
  {
    name: 'one-line',
    summary: 'line breaks replaced by spaces (a mail pasted as one paragraph)',
    apply: (t) => mapTexts(t, (text) => text.replace(/\s*\n+\s*/g, ' ').trim()),
  },
  {
    // The draft only: a client who writes in lower case is informal, which changes how a reply
    // reads (over-familiar weighs the client's own register), so that edit is not neutral.
    name: 'lower-case-draft',
    summary: 'the draft typed in lower case (chat style)',
    apply: (t) => ({ ...t, draft: { ...t.draft, text: t.draft.text.toLowerCase() } }),
  },
  {
    name: 'no-articles',
    summary: 'the draft without "a", "an" and "the" (as many Slavic and Asian writers of English write)',
    apply: (t) => ({ ...t, draft: { ...t.draft, text: dropArticles(t.draft.text) } }),
  },
  {
    name: 'client-no-articles',
    summary: "the client's messages without articles (a client writing English as a second language)",
    apply: (t) => mapClientTexts(t, dropArticles),
  },
  {
    name: 'contracted',
    summary: "spelt-out forms contracted (do not -> don't, I am -> I'm)",
    apply: (t) => mapTexts(t, contract),
  },
  {
    name: 'greeting-no-comma',
    summary: 'the draft\'s greeting without its comma ("Hi Jen fill in the form", chat style)',
    apply: (t) => ({ ...t, draft: { ...t.draft, text: dropGreetingComma(t.draft.text) } }),
  },
  {
    name: 'no-final-stops',
    summary: 'full stops at the end of a line or message removed (chat style)',
    apply: (t) => mapTexts(t, (text) => text.replace(/(\w)\.(?=\s*(?:\n|$))/g, '$1')),
  },
  {
    name: 'signed-off',
    summary: 'the draft signed "Best regards," and the rep\'s first name, when it has no sign-off',
    apply: (t) => signOff(t),
  },
  {
    name: 'renamed-client',
    summary: `the client's first name replaced by "${NEW_CLIENT_NAME}" everywhere`,
    apply: (t) => renameClient(t),
  },
  {
    name: 'shifted-weeks',
    summary:
      'every timestamp moved 13 weeks later (same weekdays, hours and gaps); threads that write a calendar date are left as they are',
    apply: (t) => shiftWeeks(t, 13),
  },
];
