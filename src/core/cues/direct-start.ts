/**
 * direct-start: the message opens straight on business: its first sentence after any greeting is
 * a business ask, an order or a business question, or starts with a pivot word ("So, ...",
 * "Anyway, ..."), with nothing personal or warm before it.
 */
import type { AnalyzedText, Sentence } from '../text/analyze.ts';
import { phrases } from '../text/phrases.ts';
import { addressOnly, afterAddress, bodyAfterGreeting } from '../text/tokens.ts';
import { PHATIC } from './acknowledgement.ts';
import { businessTerms } from './business-ask.ts';
import type { Cue, Detector } from './types.ts';

const PIVOT = phrases([
  // "So bottom line, ...", "Long story short, ...": a summing-up that turns to the point (listed
  // before "so": at one start the first listed phrase is the one found).
  'so bottom line',
  'bottom line',
  'long story short',
  'so',
  'anyway',
  'anyways',
  'now',
  'ok so',
  'okay so',
  'well',
  'back to business',
  'moving on',
  'regarding',
  're',
  'as for',
]);
/** Pivots that name the business topic and need no comma after them ("Regarding your request from Monday, ..."). */
const TOPIC_PIVOT = phrases([
  'regarding',
  'concerning',
  'as for',
  'as to',
  'as regards',
  'with regard|regards|respect|reference to',
  'in regard|regards|relation|reference to',
  'coming back to',
  // "Re the PO for the extra seats: ...": the subject-line "Re" as a pivot in the body (not "Re-reading").
  're',
  // "Back to the price: ...", "Back to business": not "back to work after the holidays".
  'back to the|your|our|my ~1 price|prices|offer|proposal|contract|quote|deal|topic|point|question|matter|terms|order|numbers',
  'back to business',
]);
/** Openings that go straight to the business at hand, even without an ask ("Please find attached ..."). */
const BUSINESS_OPENING = phrases([
  'please find attached|enclosed|below',
  'find attached|enclosed',
  'attached is|are|please',
  'i am sending|attaching',
  "i'm sending|attaching",
  'i|we attach|enclose',
  "i'm ~1 following|checking|writing|reaching",
  'i am following|checking|reaching',
  'kindly|please advise|confirm|update|revert|share|send|provide|arrange|expedite|sign|review|return|process|release|approve',
  'what is the status',
  'just wanted to check|follow|confirm',
  'as discussed|agreed|promised',
  'following up',
  'further to',
  'per our|my',
  'concerning',
  'just following|checking',
  'checking in',
  'quick|friendly question|reminder|note|update',
  'reminder',
  'as per',
  'i wanted to follow|check',
  'i am writing',
  "i'm writing",
  'any update|news|progress|feedback',
  'what about',
]);
/**
 * Openings that chase business only when business is named in the sentence: "Kindly let us know
 * the status of the order" (not "Please let me know how the surgery went"), "We still need the
 * signed form" (not "We need to celebrate that!").
 */
const CHASING_OPENING = phrases([
  'i|we ~1 need|require',
  'we are ~1 waiting|awaiting',
  'i am ~1 waiting|awaiting',
  "i'm ~1 waiting|awaiting",
  'still waiting|awaiting',
  'kindly|please let me|us know',
  'where are we',
]);
/**
 * "So for 3 sites we're looking at ...", "Anyway on the renewal, ...": a pivot word needs no comma
 * before a preposition that names the topic turned to ("So glad", "So sorry" are not pivots).
 */
const TOPIC_PREPOSITION = new Set(['for', 'about', 'regarding', 'on', 'as']);
// "So when do we start?": a pivot word needs no comma before a question.
const QUESTION_START = new Set([
  'what',
  'when',
  'how',
  'where',
  'which',
  'who',
  'do',
  'did',
  'does',
  'are',
  'is',
  'can',
  'could',
  'will',
  'would',
  'shall',
  'have',
  'has',
]);
const WARM: Cue['type'][] = ['acknowledgement', 'gratitude', 'apology'];
// A generic pleasantry ("Hope you are well.") is a weak acknowledgement: it warms nothing up.
const isWarm = (c: Cue) => WARM.includes(c.type) && (c.type !== 'acknowledgement' || c.confidence > 0.5);

/**
 * "Good to hear from you.", "Hi Rui, nice to hear from you!": a phatic line that answers nothing the
 * reader said. Like "Hope you are well.", it is a pleasantry before the opening, not the opening.
 */
function phaticLine(text: AnalyzedText, s: Sentence): boolean {
  return (
    PHATIC.test(text, s.firstToken, s.endToken) &&
    s.text.trim().split(/\s+/).length <= 8 &&
    businessTerms(text, s.firstToken, s.endToken).length === 0
  );
}

/** "About the pilot:" as a heading before the point. */
const ABOUT_HEADING = /^about\s+(?!\d)[^.!?:\n]{1,40}:(?=\s)/i;

// Not literals in detect(): the bundler turns a \p{...} literal into a `new RegExp` per use.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ONE_OR_TWO_WORDS = /^\s*[\p{L}']+(?:\s+[\p{L}']+)?\s*[.!]+\s*$/u;

export const directStart: Detector = {
  type: 'direct-start',
  description:
    'The message opens straight on business ("So, ...", an ask or an order first), with nothing warm before it.',
  detect(text, reply, earlier) {
    // The first sentence that is more than a greeting ("Hi John,").
    const greetings = earlier.filter((c) => c.type === 'greeting');
    // Not a sentence of business the acknowledgement detector doubted for a name it shares with the
    // client's news ("So, for the PO: can you ask Priya ...?" after "Priya will approve the PO").
    const asksBusiness = (c: Cue) =>
      c.type === 'business-ask' || (c.type === 'question' && c.about === 'business');
    const pleasantries = earlier.filter(
      (c) =>
        c.type === 'acknowledgement' &&
        !isWarm(c) &&
        !earlier.some((b) => asksBusiness(b) && b.confidence >= 0.8 && b.start < c.end && c.start < b.end),
    );
    const opening = text.sentences.find((s) => {
      // What follows a greeting that ends at the first comma ("Hi John, ..."), else all of it.
      const said = text.text.slice(s.start, s.end);
      const comma = said.indexOf(',');
      const rest =
        comma >= 0 && greetings.some((g) => g.start >= s.start && g.end <= s.start + comma + 1)
          ? said.slice(comma + 1)
          : said;
      return (
        LETTER_OR_DIGIT.test(rest) &&
        // "Tarek,\n\nPay the invoice.": a name alone on the first line is the salutation.
        !addressOnly(text.tokens, s.firstToken, s.endToken) &&
        !pleasantries.some((p) => p.start <= s.start && p.end >= s.end) &&
        !phaticLine(text, s) &&
        // "OK." or "Great!" alone is a beat before the opening, not the opening.
        !ONE_OR_TWO_WORDS.test(s.text) &&
        !(
          greetings.some((g) => g.start >= s.start && g.end <= s.end) &&
          s.text.trim().split(/\s+/).length <= 4
        )
      );
    });
    if (!opening) return [];
    const inOpening = (c: Cue) => c.start >= opening.start && c.end <= opening.end;
    if (earlier.some((c) => isWarm(c) && c.start < opening.end)) return [];
    // "Hi John, so, ...": the pivot word may follow a greeting in the same sentence.
    const greetingInside = greetings.find((g) => g.start >= opening.start && g.end <= opening.end);
    // "Mr. Diop, regarding the order, ...": a bare address is a salutation too; the pivot follows it.
    const bodyStart = greetingInside
      ? bodyAfterGreeting(text.tokens, greetingInside.end, opening.endToken)
      : afterAddress(text.tokens, opening.firstToken, opening.endToken);
    const pivot = PIVOT.find(text, bodyStart, Math.min(bodyStart + 3, opening.endToken)).filter(
      (m) =>
        m.firstToken === bodyStart &&
        (text.tokens[m.endToken]?.value === ',' ||
          (opening.text.trim().endsWith('?') && QUESTION_START.has(text.tokens[m.endToken]?.normal ?? '')) ||
          (/^(?:so|anyway|anyways|now)$/.test(m.phrase) &&
            TOPIC_PREPOSITION.has(text.tokens[m.endToken]?.normal ?? ''))),
    );
    const business = earlier.filter(
      (c) =>
        inOpening(c) &&
        (c.type === 'business-ask' ||
          (c.type === 'imperative' && c.confidence >= 0.8) ||
          (c.type === 'question' && c.about === 'business')),
    );
    // "Please find attached" opens most business emails; it is a pivot only in a reply to someone.
    const opensAt = (m: { firstToken: number }) => m.firstToken === bodyStart;
    const namesBusiness =
      businessTerms(text, opening.firstToken, opening.endToken).length > 0 ||
      earlier.some((c) => inOpening(c) && c.type === 'business-ask');
    const opener = reply
      ? [
          ...BUSINESS_OPENING.find(text, bodyStart, Math.min(bodyStart + 4, opening.endToken)).filter(
            opensAt,
          ),
          ...(namesBusiness
            ? CHASING_OPENING.find(text, bodyStart, Math.min(bodyStart + 4, opening.endToken)).filter(opensAt)
            : []),
        ]
      : [];
    const topicPivot = TOPIC_PIVOT.find(text, bodyStart, Math.min(bodyStart + 4, opening.endToken)).filter(
      (m) =>
        m.firstToken === bodyStart &&
        !(m.phrase === 're' && /^[-‐‑]/.test(text.tokens[m.endToken]?.value ?? '')),
    );
    // "About the licence: ...", "About beige 60x120: ...": a heading that names the topic turns to
    // it as "Regarding" does. Not "About 3 weeks after payment." (an amount).
    const bodyAt = text.tokens[bodyStart]?.start ?? opening.start;
    const aboutHeading = ABOUT_HEADING.exec(text.text.slice(bodyAt, opening.end));
    if (aboutHeading)
      topicPivot.push({
        phrase: 'about',
        firstToken: bodyStart,
        endToken: bodyStart + 1,
        start: bodyAt,
        end: bodyAt + aboutHeading[0].length,
      });
    if (pivot.length === 0 && business.length === 0 && opener.length === 0 && topicPivot.length === 0)
      return [];
    // "Hope you are well. Kindly send ...": after a pleasantry, business is the usual order of an
    // email; only a pivot word ("Hope you are well. So, ...") still turns away abruptly.
    const afterPleasantry =
      pleasantries.some((p) => p.end <= opening.start) ||
      text.sentences.some((s) => s.end <= opening.start && phaticLine(text, s));
    if (afterPleasantry && pivot.length === 0) return [];
    const triggers = [
      ...pivot.map((m) => text.text.slice(m.start, m.end)),
      ...topicPivot.map((m) => text.text.slice(m.start, m.end)),
      ...business.flatMap((c) => c.triggers ?? []),
      ...opener.map((m) => text.text.slice(m.start, m.end)),
    ];
    return [
      {
        type: 'direct-start',
        start: text.tokens[bodyStart]?.start ?? opening.start,
        end: opening.end,
        confidence:
          (pivot.length > 0 || topicPivot.length > 0) && business.length > 0
            ? 0.95
            : // "Regarding the PO, ..." names the business it turns to, as an ask would.
              topicPivot.length > 0
              ? 0.9
              : pivot.length > 0
                ? 0.7
                : 0.8,
        triggers,
      },
    ];
  },
};
