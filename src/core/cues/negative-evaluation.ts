/** negative-evaluation: a direct judgement that something is wrong or bad ("This is wrong.", "No."). */
import type { AnalyzedText } from '../text/analyze.ts';
import { CALENDAR } from '../text/calendar.ts';
import { type PhraseMatch, phrases } from '../text/phrases.ts';
import { businessTerms } from './business-ask.ts';
import { FIRST_PERSON, isClauseBreak, SECOND_PERSON } from './owner.ts';
import { topicHits } from './topic-hits.ts';
import type { Cue, Detector } from './types.ts';

const NEGATIVE = phrases([
  'wrong',
  'incorrect',
  'not correct',
  'not right',
  'not true',
  'untrue',
  'false',
  'mistake|mistaken',
  'error|errors',
  'unacceptable',
  'not acceptable',
  'makes no sense',
  'doesn’t make sense',
  'does not make sense',
  'nonsense',
  'bad|terrible|awful|poor|useless|pointless|ridiculous|absurd|sloppy|unprofessional',
  'too expensive|high|low|slow|late|long|complicated|heavy',
  'unrealistic',
  'not good',
  // "Spreadsheets are not ok for 60 trucks": a verdict, in the plainest words.
  'is|are|was|were not ok|okay',
  'not ~2 realistic|competitive|feasible|acceptable|workable|viable',
  // What was agreed or promised, not delivered: "this is not what we agreed", "isn't what we signed up for".
  'not ~2 what we|i ~2 agreed|ordered|asked|expected|discussed|signed|paid|requested|wanted|needed',
  'this|that|it was|is not done|respected|followed|honoured|honored',
  'this|that|it has not been done|respected|followed|honoured|honored',
  // "Your process was not followed", "the requirements were not met": a rule or standard broken.
  'is|are|was|were not followed|respected|honoured|honored|met|fulfilled',
  // A verdict given as a refusal of the terms: "we're not signing at this price", "a no from us",
  // "difficult for us to accept the payment terms".
  'not ~2 sign|signing|accept|accepting|pay|paying|buy|buying|order|ordering ~2 at|for|on this|that|these|those|such ~1 price|prices|rate|rates|terms|conditions',
  'a ~1 no|no-go from|for us|me',
  'no-go',
  'dealbreaker|deal-breaker',
  'difficult|hard|unable ~4 accept|agree',
  'can|could not ~2 accept|agree',
  // An appearance verb right before the judgement: "3 weeks seems short", "looks expensive".
  'seem|seems|seemed|look|looks|looked short|tight|high|expensive|steep|low|slow|risky|optimistic|ambitious|unrealistic|aggressive|thin|weak|vague',
  'do|does not meet our|the|your|my|their|any|all|requirements|expectations',
  'doesn’t|don’t meet',
  'not good enough',
  'will not work',
  'won’t work',
  'can not work',
  'doesn’t work',
  'does not work',
  'disagree',
  'not possible',
  'impossible',
  'out of the question',
  'no way',
  'fail|failed|fails',
  'flawed',
  // "Your target price is way off", "off the mark", "the numbers are off".
  'way off',
  'off the mark',
  'numbers|figures|calculation|calculations|estimate|estimates|totals|forecast ~3 is|are|was|were ~1 off',
  'not how ~2 works|work',
  'will|would never work',
  'do|does|did not agree',
  'incomplete|inaccurate|inconsistent|unreasonable|unreachable|unworkable',
  // Blame put on the reader: "The delay is your fault" (not "it's not your fault"), "it's your
  // config", "the bug is on your side".
  'your fault|problem',
  "it|that|this is|’s|'s your ~1 config|configuration|setup|set-up|settings|network|firewall|proxy|environment|mistake",
  // "So the delay is on your side, not ours": the delay put across the table as well.
  'problem|issue|bug|error|errors|fault|cause|delay|delays ~3 on your side|end',
  'misunderstood',
  // "Your finance department has misread the invoice", "you miscalculated the freight".
  'misread|misinterpreted|miscalculated|miscounted',
  'you misunderstand',
  // Judgements with no "wrong" in them: a mess, clunky, disappointing; "not ~ intuitive".
  'a|total|complete|such|real|big ~1 mess|disaster|nightmare',
  // The same verdict without the article, as writers whose languages have none put it: "your
  // setup is mess". ("is disaster" is left out: "included is disaster recovery".)
  "is|are|was|were|’s|'s mess|nightmare",
  'messy|clunky|buggy|confusing|outdated|overpriced|unreliable|unstable|unusable|inadequate|insufficient|subpar|mediocre|disappointing|horrible',
  'not ~2 intuitive|helpful|useful|usable|convincing|reliable|stable|sufficient|satisfactory|professional|impressive|practical|ideal|user-friendly',
  'not up to',
  'below ~3 expectations|expected|hoped|standard|standards|par',
  'do not like the|your|this|that|it|how',
  'falls|fell ~1 short',
  // "n't" is its own token with the normal form "not": these cover "doesn't" and "does not".
  'does|do|did not ~2 work',
  'does|do not ~2 fit|match',
  // A price judged without "too": "a bit high", "the fee is high", "rather steep".
  'bit|little|slightly|rather|quite|very|so|really|pretty|somewhat high|expensive|steep|pricey|costly|slow|complicated|complex|heavy|rigid|limited|vague|generic|basic|risky|aggressive|optimistic|ambitious|thin|weak',
  'price|prices|pricing|cost|costs|fee|fees|rate|rates|quote|offer|budget ~3 high|steep|pricey',
  'expensive|steep|pricey|costly',
  'disappointed with|by|in',
  // A price or plan judged against the budget: "out of our budget", "on the higher side".
  'out of ~2 budget|range|reach',
  'over|above|beyond|exceeds|exceed ~2 our|the|my budget',
  'on the ~1 higher|high|expensive|steep|costly|slow|low|small side',
  // The same without the article: "900 hours is on high side for v1".
  'on higher|high|expensive|steep|costly|slow|low|small side',
  // Things that do not hold or do not work: "the ROI case doesn't hold up", "this is not working".
  'does|do|did|will|would not ~2 hold|add|stack up',
  'not think ~5 hold|holds|work|works|fit|fits|justify|justifies',
  'is|are|was|were|still not working',
  'still|keeps|keep ~2 crash|crashes|crashing|failing|freezing|breaking',
  'rigid|inflexible|cumbersome|restrictive|clumsy|dated',
  // Blame pushed back: "This is not our fault".
  'not our|my fault|problem|responsibility',
  // The client's account flatly denied: "this is not a bug", "it didn't crash, it was a timeout",
  // "that is not the right way to use it". Not "not a problem from our side" (no objection).
  "is|’s|'s|was not a|an ~1 bug|defect|malfunction",
  'not a|an ~1 bug|defect|error|fault ~1 on|from|in|with our|my side|end|product|platform|system|software|code',
  // Without the article: "this is not defect", "it is not bug from our side".
  "is|’s|'s|was not bug|defect|malfunction",
  'not bug|defect|error|fault ~1 on|from|in|with our|my side|end|product|platform|system|software|code',
  'not|never fall|go|went|fell|break over|down ,|; it|this|that was|is|’s',
  'not|never crash|crashed|fail|failed|break|broke|freeze|froze|hang ,|; it|this|that was|is|’s',
  'not the ~1 correct|right|proper way|approach|procedure|method|usage',
  // The client's diagnosis flatly denied: "The controller is not the problem", "that's not the
  // real issue" (the cause then put elsewhere, often on them).
  "is|’s|'s|was|are|were not the ~1 problem|issue|cause|culprit",
  // A plan or an argument of the client's dismissed: "starting with one site is not a good idea",
  // "the outages are not relevant to the renewal", "that is beside the point".
  'not ~1 a|an ~1 good|wise|smart|sensible idea|choice|option|approach|plan|move',
  'irrelevant',
  'not ~1 relevant|pertinent',
  'beside the point',
  // The cause put on the reader's side: "caused by your office lighting", "the timeouts come from
  // your proxy"; and our side denied as the cause: "it's not our gateway".
  'caused|triggered by your',
  'come|comes|came|coming|is|are|was|were from your ~2 config|configuration|setup|set-up|settings|network|firewall|proxy|environment|browser|lighting|handling|installation',
  "it|this|that|problem|issue|cause|culprit is|’s|'s|was not our|my ~1 gateway|server|servers|system|platform|software|code|network|firewall|api|app|firmware|device|hardware|equipment|product|packaging|side|end",
]);
/** Owning one's own mistake ("We made a mistake in our invoice") criticises no one. */
const SELF_CRITICISM = phrases([
  // Listed first: the first listed phrase wins at a token, and this one reaches the word after.
  'my bad ~6 wrong|mistake|error|errors|incorrect',
  'my|our ~2 mistake|error|errors|bad|fault',
  'we|i ~3 mistake|error|errors|failed',
  'our ~4 is|was|were|are wrong|incorrect',
  // A failure located in our own things: "the renewal failed on one of our servers".
  'fail|failed|fails on|in|at|with ~3 our|my',
  'our ~4 is|was|were|are ~2 mess|disaster|nightmare',
  'wrong|incorrect|mistake|error ~1 on|from our|my side|part|end',
  // An apology anywhere before it makes the error the writer's own: "Apologies, I should have
  // flagged this earlier: the invoice we sent had the wrong PO number."
  'sorry|excuse|apologise|apologize|apologies ~16 mistake|error|errors|wrong|incorrect',
  'oops|whoops ~2 wrong|mistake|error',
  'wrong|mistake|error ~5 sorry|apologies|apologise|apologize',
]);
/** The writer already putting it right ("..., we will resend tomorrow"): a report, not a verdict. */
const OWN_FIX = phrases([
  'we|i will|shall ~2 resend|redo|fix|correct|replace|reissue|repeat|rerun',
  "we|i ~1 ’ll|'ll ~2 resend|redo|fix|correct|replace|reissue|repeat|rerun",
  "here is|’s|'s the ~1 right|correct|corrected|new",
]);
/** A problem of ours told with what we already did about it: "which is why we rebuilt it". */
const OWN_FIXED = phrases(['we|i ~2 fixed|rebuilt|replaced|corrected|redesigned|rewrote|reworked|resolved']);
/**
 * The problem a product removes, told by the seller ("Manual reconciliation is error-prone; this is
 * what our module fixes", "customers had these errors before they switched"): a pitch, not a verdict.
 */
const PITCH = phrases([
  'our|the ~3 fix|fixes|solve|solves|eliminate|eliminates|prevent|prevents|remove|removes|catch|catches|avoid|avoids',
  'exactly ~2 what|why ~3 our|we|this',
  'help|helps ~3 avoid|reduce|eliminate|prevent|fix|catch',
  'before ~3 switched|switching|moved|moving|using|adopting',
  'problem|trouble ~1 with ~4 is that',
  'customers|clients|teams|companies ~2 had|have|struggle|struggled|face|faced ~2 problems|issues|errors|trouble',
  // What others say of the old way: "Many customers find manual reporting too slow".
  'customers|clients|users|teams|companies ~1 find|found|say|said|tell|told|complain|complained',
]);
/**
 * "I'd be curious to hear where it went wrong", "tell me what failed": the judgement sits in a
 * question the writer asks about the reader's experience; it asks, it does not judge.
 */
const EMBEDDED_QUESTION = phrases([
  'hear|know|understand|learn|curious|wonder|wondering|ask|tell|explain ~2 where|what|why|how|whether ~4 wrong|fail|failed|fails|mistake|mistakes|error|errors',
]);
/**
 * "Incomplete forms will be rejected", "Late payments may incur a fee": a rule stated for a kind of
 * thing (a bare plural, then a modal) warns of a consequence; it judges no one's work.
 */
function genericRule(text: AnalyzedText, from: number, m: PhraseMatch): boolean {
  const tokens = text.tokens;
  let first = from;
  while (first < m.firstToken && ['PUNCT', 'SPACE'].includes(tokens[first]!.pos)) first++;
  const noun = tokens[m.endToken];
  const modal = tokens[m.endToken + 1];
  return (
    first === m.firstToken &&
    m.endToken - m.firstToken === 1 &&
    noun?.pos === 'NOUN' &&
    noun.normal !== noun.lemma &&
    /^(?:will|may|might|can|cannot|must|would)$/.test(modal?.normal ?? '')
  );
}
/**
 * "Root cause found: a bad config pushed at 09:10", "we traced it to a faulty batch": an incident's
 * cause reported by whoever investigated it. A diagnosis, not a verdict on the reader, unless it
 * names them ("the root cause is your firewall rule").
 */
const DIAGNOSIS = phrases([
  'root cause|causes',
  'traced|tracked ~3 to|down',
  'turned out ~1 to be',
  'culprit was|is',
]);
/** A problem reported as solved ("the issue is resolved now"): news, not a complaint. */
const RESOLVED = phrases([
  'resolved|fixed|sorted|solved|restored ~1 now',
  'is|are|was|were|has|have been ~1 resolved|fixed|sorted|solved|restored',
  'back up|online',
  'working again',
]);
/** What support asks to see of an error: "a screenshot of the error", "the text of the errors". */
const CAPTURE =
  /^(?:screenshots?|screen|photos?|pictures?|images?|copy|copies|text|details|logs?|codes?|messages?|descriptions?|ids?|number|wording|trace|video|recording)$/;
function capturedError(text: AnalyzedText, at: number): boolean {
  let k = at - 1;
  if (/^(?:the|this|that|these|those|any|an|each)$/.test(text.tokens[k]?.normal ?? '')) k--;
  return text.tokens[k]?.normal === 'of' && CAPTURE.test(text.tokens[k - 1]?.normal ?? '');
}
/** What "false" names as a term of measurement: "false positives", "false alarm", "false reject rate". */
const FALSE_COMPOUND =
  /^(?:positives?|negatives?|alarms?|alerts?|rejects?|rejections?|detections?|hits?|matches?|triggers?|starts?|readings?)$/;
/** "error logs", "error messages" (the tagger may read the head as a verb). */
const ERROR_COMPOUND = /^(?:logs?|messages?|codes?|rates?|reports?|handling|screens?|screenshots?|details)$/;
/** What an error does in a log or a trace: it starts, occurs, shows up at a time or a step. */
const ERROR_EVENT = new Set([
  'start',
  'begin',
  'occur',
  'appear',
  'happen',
  'show',
  'pop',
  'recur',
  'reappear',
]);
/**
 * "Error starts at 02:14", "the errors began after the update": the error told as an event seen in
 * the logs, a diagnosis, not a judgement of anyone's work; unless its own clause names the reader
 * ("the error occurs because of your settings").
 */
function observedError(text: AnalyzedText, at: number, to: number): boolean {
  let k = at + 1;
  if (text.tokens[k]?.pos === 'ADV') k++;
  if (!ERROR_EVENT.has(text.tokens[k]?.lemma ?? '')) return false;
  for (let t = k + 1; t < to && !isClauseBreak(text.tokens[t]!.value); t++)
    if (SECOND_PERSON.has(text.tokens[t]!.normal)) return false;
  return true;
}
/** What a comparison is measured against when it judges: "than we expected", "than the budget". */
const EXPECTATION =
  /^(?:expected|expect|hoped|hope|budget|budgeted|agreed|quoted|planned|promised|discussed|acceptable|reasonable|necessary|needed)$/;
/**
 * "The quarterly price is 4% higher than annual upfront", "two days longer than the standard
 * route": a difference given with its measure, against another option, states a fact (often the
 * writer's own terms explained); it is a verdict only against what was expected, budgeted or agreed.
 */
function measuredComparison(text: AnalyzedText, m: PhraseMatch, to: number): boolean {
  const tokens = text.tokens;
  const last = m.endToken - 1;
  const word = tokens[last]!;
  const more = ['more', 'less'].includes(tokens[last - 1]?.normal ?? '');
  if (!(more || (word.pos === 'ADJ' && word.normal !== word.lemma))) return false;
  const from = more ? last - 1 : last;
  if (!tokens.slice(Math.max(0, from - 3), from).some((t) => t.pos === 'NUM')) return false;
  // "After that date the price is 12% higher": a measured change of the writer's own terms, with
  // no "than", ends the clause; said of the reader's side ("your quote is 20% higher") it judges.
  if (tokens[last + 1]?.normal !== 'than')
    return (
      (last + 1 >= to ||
        isClauseBreak(tokens[last + 1]!.value) ||
        /^[.!?]+$/.test(tokens[last + 1]!.value)) &&
      !tokens.slice(Math.max(0, m.firstToken - 8), m.firstToken).some((t) => SECOND_PERSON.has(t.normal))
    );
  for (let t = last + 2; t < to && !isClauseBreak(tokens[t]!.value); t++)
    if (EXPECTATION.test(tokens[t]!.normal)) return false;
  return true;
}
/** Words before a participle used as an adjective: "the last failed upload" (tagged as a verb). */
const ATTRIBUTIVE_BEFORE = new Set([
  'the',
  'a',
  'an',
  'last',
  'first',
  'latest',
  'recent',
  'each',
  'every',
  'any',
]);
/** A negative word in the scope of "nothing", "no", "never": "nothing wrong with", "no errors". */
const NEGATORS = new Set(['nothing', 'no', 'never', 'without', 'zero', 'hardly']);
/** Verdicts that refuse rather than judge: "Unfortunately, this is not possible" declines. */
const REFUSALS = new Set([
  'not possible',
  'impossible',
  'out of the question',
  'no way',
  'will not work',
  'won’t work',
  'can not work',
]);
/** Softeners that open a refusal ("I'm afraid the 10th is impossible for us"): declining, not judging. */
const DECLINING = new Set(['unfortunately', "i’m|i'm|im afraid", 'i am afraid', 'i’m afraid']);
/** Verbs that join the writer to a judgement of themselves, and the words between ("so", "really"). */
const SELF_VERBS = 'am|was|were|are|be|feel|felt|’m';
const DEGREE =
  'so|very|really|completely|totally|just|quite|pretty|truly|terribly|absolutely|simply|clearly|such';
const SELF_JUDGEMENTS = 'wrong|mistaken|bad|terrible|awful|horrible|useless|hopeless';
/** Judgements of the speaker's own state ("I'm a bit of a mess today"): mood, not criticism. */
const OWN_STATE = phrases([
  "i|i’m|i'm|im ~6 mess|wreck|disaster",
  // The writer's own pace ("I'm a bit slow today", "I answer a bit slow"), not the reader's work.
  "i am|’m|'m ~2 slow|late|behind",
  "i’m|i'm|im ~2 slow|late|behind",
  'i ~1 answer|reply|respond|write ~3 slow|late',
  // "That's an awful lot to carry": a quantity, not a judgement.
  'an awful|terrible lot',
  // The writer judging themselves or their feelings: "I was wrong about the date", "I might be
  // wrong", "I'm terrible with dates", "I feel so bad that I missed your call", "my memory is terrible".
  `i|we ${SELF_VERBS} ${SELF_JUDGEMENTS}`,
  `i|we ${SELF_VERBS} ${DEGREE} ${SELF_JUDGEMENTS}`,
  `i’m|i'm|im ${SELF_JUDGEMENTS}`,
  `i’m|i'm|im ${DEGREE} ${SELF_JUDGEMENTS}`,
  'i|we might|may|could|can|must be ~1 wrong|mistaken',
  'my|our memory|english|spelling|handwriting|grammar|typing|timing ~2 bad|terrible|awful|horrible|poor',
]);
/**
 * Phrases with a negative word that judge nothing: a hypothetical ("if anything goes wrong"), set
 * phrases ("Don't get me wrong"), consolation ("It could have been worse"), regret ("Too bad you
 * couldn't come").
 */
const NO_VERDICT = phrases([
  'if|case|should ~3 go|goes wrong',
  // "validate the SKUs and fix mapping errors together with you": work to be done, no verdict.
  'fix|correct|resolve|catch ~2 error|errors|issue|issues|bug|bugs|mistake|mistakes',
  // "about a 20% cut in picking errors", "fewer defects": a result that removes a fault.
  'cut|cuts|reduction|reductions|drop|drops|decrease|fewer|less|reduce|reduced|reducing|lower|lowered ~3 error|errors|defect|defects|mistake|mistakes|downtime|failures|returns|complaints',
  // "so a bad deploy shows up there first": any one, as a case to watch for, is no one's.
  'a|any|so bad deploy|deployment|release|build|push|config|request|payload|input|batch',
  'get|take me wrong',
  'could|might|would have been worse',
  'too bad ~1 you|we|i|they|he|she',
  // A safeguard described: "so there is no way to bypass it", "no way for staff to tamper with logs".
  'no way ~4 bypass|circumvent|override|tamper|hack|spoof|forge|intercept|leak|breach',
]);

/** Sympathy with bad news ("Sorry to hear that, how awful") is on the client's side, not against them. */
const SYMPATHY = phrases([
  'sorry to hear',
  'sorry for your',
  'terrible|awful|sad|bad|horrible news',
  'sounds ~2 terrible|awful|horrible|bad|rough',
  'what a|an ~2 terrible|awful|horrible|nightmare|mess|disaster',
  'that’s|that is too bad',
  'relieved',
  // "That's awful, ..." as an exclamation answers news; a verdict names what is awful.
  "that|this|it ~1 is|’s|'s|was|sounds ~1 awful|terrible|horrible|dreadful|heartbreaking ,|.|!",
  'hope ~4 not too bad',
  // "I hope the kids haven't driven you too crazy": a wish for the reader.
  'hope ~6 not ~3 too',
  // "Poor thing!", "poor you": pity, not a verdict.
  'poor thing|things|you|guy|girl|kid|kids|baby|dog|cat|soul|man|fellow|dear|kitty|kitten|puppy|pup|doggy|bunny|mate|chap|lad|darling|child|little',
]);
/**
 * Spans of time, the weather and luck are lived through, not made or offered by anyone: "We had a
 * terrible week too", "the weather here is awful", "bad luck with my flight" tell an experience
 * (often in solidarity), they judge nothing under discussion. "time" only right after the word
 * ("a terrible time"): as a subject it is mostly a business measure ("the response time is terrible").
 */
const LIVED_THROUGH = [
  'week',
  'weekend',
  'day',
  'month',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weather',
  'luck',
  'flight',
  'trip',
  'journey',
  'commute',
  'cold',
  'flu',
];
const EXPERIENCES = new Set([...LIVED_THROUGH, 'time']);
const EXPERIENCE_SUBJECTS = new Set([...LIVED_THROUGH, 'today', 'yesterday', 'tonight']);
/** Words between an experience and its verb: "the weather here", "this week for us", "the weather in Moscow". */
const EXPERIENCE_LINKS = new Set([
  'here',
  'there',
  'too',
  'also',
  'so',
  'far',
  'for',
  'us',
  'me',
  'at',
  'in',
  'home',
]);
/** Verbs that join an experience to the judgement: "was", "has been", "felt". */
const LINKING_VERBS = new Set(['felt', 'feels', 'seemed', 'seems']);
/** Words that name a cause or a target: "a terrible week because of your outage", "with your support". */
const CAUSES = new Set(['because', 'due', 'thanks', 'caused', 'with', 'from', 'for', 'by', 'after', 'over']);
/** Words between a cause word and what it names: "because of the", "due to all". */
const CAUSE_FILLERS = new Set([
  'of',
  'to',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'all',
  'some',
]);
const POSSESSIVE = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
const EVERYONE = new Set(['everyone', 'everybody', 'all', 'both', 'everything']);

/** The token index of the experience noun the judgement `m` is about, if it is about one. */
function experienceJudged(text: AnalyzedText, from: number, m: PhraseMatch): number | undefined {
  const tokens = text.tokens;
  // "a terrible week", "awful rainy weather": the word is the experience's adjective.
  let after = m.endToken;
  if (tokens[after]?.pos === 'ADJ' && !EXPERIENCES.has(tokens[after]!.lemma)) after++;
  const noun = tokens[after];
  if (noun && (EXPERIENCES.has(noun.normal) || EXPERIENCES.has(noun.lemma)) && noun.pos !== 'VERB')
    return after;
  // "my day was horrible", "this week was very bad", "the weather here has been awful".
  let t = m.firstToken - 1;
  while (
    t >= from &&
    (tokens[t]!.pos === 'ADV' || tokens[t]!.pos === 'DET') &&
    !EXPERIENCE_SUBJECTS.has(tokens[t]!.normal)
  )
    t--;
  if (t < from || !(tokens[t]!.lemma === 'be' || LINKING_VERBS.has(tokens[t]!.normal))) return undefined;
  while (t > from && (tokens[t - 1]!.lemma === 'be' || tokens[t - 1]!.lemma === 'have')) t--;
  t--;
  for (let links = 0; t >= from && links < 4; links++, t--) {
    const token = tokens[t]!;
    if (!(EXPERIENCE_LINKS.has(token.normal) || token.pos === 'PROPN')) break;
  }
  const subject = tokens[t];
  if (
    !subject ||
    t < from ||
    !(EXPERIENCE_SUBJECTS.has(subject.normal) || EXPERIENCE_SUBJECTS.has(subject.lemma))
  )
    return undefined;
  // The experience is the subject, not a time said of another one: "the launch day was a disaster",
  // "the migration last month was a mess", "twelve weeks is too long" judge the launch, the
  // migration, a duration.
  let k = t - 1;
  while (
    k >= from &&
    (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || POSSESSIVE.has(tokens[k]!.normal))
  )
    k--;
  if (k >= from && ['NOUN', 'PROPN', 'NUM'].includes(tokens[k]!.pos)) return undefined;
  return t;
}

/**
 * Whether the judgement `m` is about an experience lived through, with no cause or target named
 * beside it but the writer's own life: "because our server crashed", "with the flu", "for me" keep
 * it an experience; "because of your outage", "with your support team", "for the project" make it
 * a verdict on that.
 */
function livedExperience(text: AnalyzedText, from: number, to: number, m: PhraseMatch): boolean {
  const experience = experienceJudged(text, from, m);
  if (experience === undefined) return false;
  const tokens = text.tokens;
  const hits = topicHits(text, from, to).filter((h) => h.strong);
  for (let t = Math.max(experience, m.endToken); t < to; t++) {
    const token = tokens[t]!;
    if (isClauseBreak(token.value) || ['so', 'and', 'but'].includes(token.normal)) break;
    if (!CAUSES.has(token.normal)) continue;
    let object = t + 1;
    while (object < to && (CAUSE_FILLERS.has(tokens[object]!.normal) || tokens[object]!.pos === 'ADJ'))
      object++;
    const named = tokens[object];
    if (named === undefined || isClauseBreak(named.value)) continue;
    const ours = FIRST_PERSON.has(named.normal) || EVERYONE.has(named.normal);
    const privateLife = hits.some((h) => h.firstToken <= object && object < h.endToken);
    if (!ours && !privateLife) return false;
  }
  return true;
}

/** One-word judgements that lose their edge when negated: "not bad", "not terrible". */
const NEGATABLE = new Set(['bad', 'terrible', 'awful', 'poor', 'useless', 'pointless']);
const BARE_NO = /^\s*(no|nope|nah|нет)\s*[.!]*\s*$/i;
/** "No, the invoice is correct.": the client's claim contradicted, the writer's side declared right. */
const NO_WE_ARE_RIGHT =
  /^\W*(?:(?:hi|hello|dear)\s+[^,.!?]{1,30},\s*)?(?:no|nope)\s*[,—–-]\s*(?:(?:the|this|that|it|our)\s+)?[^.!?]{0,40}?\b(?:is|are|was|were)\s+(?:correct|right|accurate)\b/i;
const SOFTENED = phrases([
  'i think',
  'i’m afraid',
  'i am afraid',
  'maybe',
  'perhaps',
  'might',
  'slightly',
  'a bit',
  'a little',
  'not quite',
  'i wonder',
  'it seems',
  'unless i',
  'i may be',
  'unfortunately',
  'sorry ,|but',
  'i don’t|do not think',
  "i’m|i'm|im afraid",
  "i’m|i'm|im not sure",
  'i am not sure',
  'not really|very|that|so|particularly',
]);

/** Whether "nothing", "no" or "never" stands within two words before token `at` in the same clause. */
function negatedBefore(text: AnalyzedText, from: number, at: number): boolean {
  for (let t = at - 1; t >= Math.max(from, at - 3); t--) {
    const token = text.tokens[t]!;
    if (token.pos === 'PUNCT') return false;
    if (NEGATORS.has(token.normal)) return true;
  }
  return false;
}

const WH = new Set(['what', 'why', 'how', 'who', 'which', 'where', 'when', 'whose']);

/** Whether a clause break (comma, semicolon, dash) follows token `from` before the sentence ends. */
function clauseEndsBefore(text: AnalyzedText, from: number, to: number): boolean {
  return text.tokens.slice(from, to).some((t) => [',', ';', '—', '–', ':'].includes(t.value));
}

/**
 * "Please rest, don't work too hard!", "Never push yourself too hard": a clause that opens on a
 * prohibition is advice to the reader, often care for them; it judges nothing that exists ("it
 * doesn't work" has its subject before the "not").
 */
const PROHIBITION_LEAD = new Set(['please', 'pls', 'and', 'but', 'so', 'just', 'also']);
function inProhibition(text: AnalyzedText, from: number, at: number): boolean {
  let t = at;
  // Back to the start of the clause.
  while (
    t > from &&
    !isClauseBreak(text.tokens[t - 1]!.value) &&
    !['!', '.', '?'].includes(text.tokens[t - 1]!.value)
  )
    t--;
  while (t < at && (PROHIBITION_LEAD.has(text.tokens[t]!.normal) || text.tokens[t]!.pos === 'PUNCT')) t++;
  const first = text.tokens[t]?.normal;
  return first === 'never' || (first === 'do' && text.tokens[t + 1]?.normal === 'not');
}

/** "not too bad", "not so bad", "not that bad": the weak negative denied is a mild positive. */
const MILD_DENIAL = new Set(['too', 'so', 'that', 'all', 'half']);

/** "the test report dated 2 October", "dated yesterday": the participle of a date, not "old-fashioned". */
function datedOn(text: AnalyzedText, at: number): boolean {
  const next = text.tokens[at + 1];
  const after = text.tokens[at + 2];
  return (
    text.tokens[at]!.normal === 'dated' &&
    next !== undefined &&
    (/\d/.test(next.normal) ||
      CALENDAR.has(next.normal) ||
      ['today', 'yesterday'].includes(next.normal) ||
      (['the', 'on', 'from', 'as', 'of'].includes(next.normal) &&
        (/\d/.test(after?.normal ?? '') || CALENDAR.has(after?.normal ?? ''))))
  );
}

/**
 * "too complex", "too generic for us": "too" before an adjective judges by excess, whatever the
 * adjective. Not "too good to be true" or "too early to say" (an infinitive follows), nor a
 * positive adjective ("not too bad", "too kind").
 */
const TOO_FINE = new Set([
  'kind',
  'good',
  'generous',
  'nice',
  'bad',
  'sweet',
  'happy',
  'glad',
  'early',
  'excited',
]);
function tooMuch(text: AnalyzedText, from: number, to: number) {
  const found: PhraseMatch[] = [];
  for (let t = from; t < to - 1; t++) {
    const too = text.tokens[t]!;
    const adj = text.tokens[t + 1]!;
    if (too.normal !== 'too' || adj.pos !== 'ADJ' || TOO_FINE.has(adj.normal)) continue;
    // "ate too much rice cake": an amount of a thing; "too much for us" still judges.
    // The tagger reads a foreign or unusual noun as a name: "far too many pastéis de nata".
    if (
      (adj.normal === 'much' || adj.normal === 'many') &&
      ['NOUN', 'PROPN', 'X'].includes(text.tokens[t + 2]?.pos ?? '')
    )
      continue;
    if (text.tokens[t - 1]?.normal === 'not' || text.tokens[t + 2]?.normal === 'to') continue;
    if (inProhibition(text, from, t)) continue;
    found.push({ phrase: 'too ADJ', firstToken: t, endToken: t + 2, start: too.start, end: adj.end });
  }
  return found;
}

export const negativeEvaluation: Detector = {
  type: 'negative-evaluation',
  description: 'A direct negative judgement: "this is wrong", "not correct", "unacceptable", a bare "No."',
  detect(text, _reply, earlier) {
    const cues: Cue[] = [];
    // Sentences that recognise the client's news ("Oh no, how awful.", "Too bad."): sympathy is on
    // their side, not a verdict on anything, unless the sentence also names business.
    const recognising = earlier.filter((c) => c.type === 'acknowledgement' && c.confidence >= 0.8);
    for (const sentence of text.sentences) {
      if (
        recognising.some((c) => c.start < sentence.end && sentence.start < c.end) &&
        businessTerms(text, sentence.firstToken, sentence.endToken).length === 0
      )
        continue;
      if (BARE_NO.test(sentence.text) || NO_WE_ARE_RIGHT.test(sentence.text)) {
        cues.push({
          type: 'negative-evaluation',
          start: sentence.start,
          end: sentence.end,
          confidence: 0.9,
          triggers: [sentence.text.trim()],
        });
        continue;
      }
      if (SYMPATHY.test(text, sentence.firstToken, sentence.endToken)) continue;
      if (OWN_FIX.test(text, sentence.firstToken, sentence.endToken)) continue;
      if (
        OWN_FIXED.test(text, sentence.firstToken, sentence.endToken) &&
        !text.tokens
          .slice(sentence.firstToken, sentence.endToken)
          .some((t) => ['you', 'your', 'yours'].includes(t.normal))
      )
        continue;
      if (PITCH.test(text, sentence.firstToken, sentence.endToken)) continue;
      if (RESOLVED.test(text, sentence.firstToken, sentence.endToken)) continue;
      if (
        DIAGNOSIS.test(text, sentence.firstToken, sentence.endToken) &&
        !text.tokens.slice(sentence.firstToken, sentence.endToken).some((t) => SECOND_PERSON.has(t.normal))
      )
        continue;
      const own = [
        ...SELF_CRITICISM.find(text, sentence.firstToken, sentence.endToken),
        ...OWN_STATE.find(text, sentence.firstToken, sentence.endToken),
        ...NO_VERDICT.find(text, sentence.firstToken, sentence.endToken),
      ];
      own.push(...EMBEDDED_QUESTION.find(text, sentence.firstToken, sentence.endToken));
      const candidates = NEGATIVE.find(text, sentence.firstToken, sentence.endToken).filter(
        (m) =>
          !own.some((o) => o.firstToken <= m.firstToken && m.endToken <= o.endToken) &&
          !genericRule(text, sentence.firstToken, m) &&
          !(
            (NEGATABLE.has(text.tokens[m.firstToken]!.normal) ||
              text.tokens[m.firstToken]!.normal === 'your') &&
            text.tokens[m.firstToken - 1]?.normal === 'not'
          ) &&
          !negatedBefore(text, sentence.firstToken, m.firstToken) &&
          // "not too bad", "not that bad": denied, the weak negative is faint praise.
          !(
            NEGATABLE.has(text.tokens[m.firstToken]!.normal) &&
            MILD_DENIAL.has(text.tokens[m.firstToken - 1]?.normal ?? '') &&
            text.tokens[m.firstToken - 2]?.normal === 'not'
          ) &&
          !(m.endToken - m.firstToken === 1 && datedOn(text, m.firstToken)) &&
          // "Don't work too hard!": a prohibition to the reader, not "it does not work".
          !(
            ['work', 'works'].includes(text.tokens[m.endToken - 1]!.normal) &&
            inProhibition(text, sentence.firstToken, m.firstToken)
          ) &&
          // "Please don't think about work now": "work" is what is thought about, a noun after
          // "about (the)", not the "it doesn't work" the phrases are for.
          !(
            ['work', 'works'].includes(text.tokens[m.endToken - 1]!.normal) &&
            (text.tokens[m.endToken - 2]?.pos === 'ADP' ||
              (text.tokens[m.endToken - 2]?.pos === 'DET' && text.tokens[m.endToken - 3]?.pos === 'ADP'))
          ) &&
          // "I couldn't agree more": agreement at its strongest.
          !(text.tokens[m.endToken - 1]?.normal === 'agree' && text.tokens[m.endToken]?.normal === 'more') &&
          // "the last failed load", "a failed payment": a participle naming an event, not a verdict.
          !(
            m.endToken - m.firstToken === 1 &&
            text.tokens[m.firstToken]!.normal === 'failed' &&
            (text.tokens[m.endToken]?.pos === 'NOUN' ||
              ATTRIBUTIVE_BEFORE.has(text.tokens[m.firstToken - 1]?.normal ?? ''))
          ) &&
          // "the false positive rate", "a false alarm": a technical term for a kind of result,
          // measured or reported, not a verdict that something said is untrue.
          !(
            m.endToken - m.firstToken === 1 &&
            text.tokens[m.firstToken]!.normal === 'false' &&
            FALSE_COMPOUND.test(text.tokens[m.endToken]?.normal ?? '')
          ) &&
          // "the error logs", "an error message": a noun naming a thing, not a verdict; so is the
          // error captured for support ("a screenshot of the error", "the full text of the errors").
          !(
            m.endToken - m.firstToken === 1 &&
            /^errors?$/.test(text.tokens[m.firstToken]!.normal) &&
            (text.tokens[m.endToken]?.pos === 'NOUN' ||
              ERROR_COMPOUND.test(text.tokens[m.endToken]?.normal ?? '') ||
              capturedError(text, m.firstToken) ||
              observedError(text, m.firstToken, sentence.endToken))
          ),
      );
      candidates.push(...tooMuch(text, sentence.firstToken, sentence.endToken));
      // A measured difference between options ("4% higher than annual upfront") is no verdict.
      if (candidates.every((m) => measuredComparison(text, m, sentence.endToken))) continue;
      const found = candidates.filter(
        (m) => !livedExperience(text, sentence.firstToken, sentence.endToken, m),
      );
      if (found.length === 0) continue;
      const softeners = SOFTENED.find(text, sentence.firstToken, sentence.endToken);
      // A hedged verdict is still a verdict ("I think the price is a bit high"), just not a blunt
      // one; "Unfortunately, this is not possible" alone is the writer declining, not judging.
      const declining =
        softeners.length > 0 &&
        softeners.every((m) => DECLINING.has(m.phrase)) &&
        found.every((m) => REFUSALS.has(m.phrase));
      // "Wrong invoice number on that one, could you reissue it?": the verdict is said before the question.
      const opening = text.tokens
        .slice(sentence.firstToken, sentence.endToken)
        .find((t) => !['PUNCT', 'SPACE', 'INTJ', 'PROPN'].includes(t.pos));
      const opensAsQuestion = opening !== undefined && (opening.pos === 'AUX' || WH.has(opening.normal));
      const asked =
        sentence.text.trim().endsWith('?') &&
        (opensAsQuestion || !found.some((m) => clauseEndsBefore(text, m.endToken, sentence.endToken)));
      cues.push({
        type: 'negative-evaluation',
        start: sentence.start,
        end: sentence.end,
        confidence: asked ? 0.4 : declining ? 0.5 : softeners.length > 0 ? 0.65 : 0.85,
        triggers: found.map((m) => text.text.slice(m.start, m.end)),
      });
    }
    return cues;
  },
};
