/**
 * apology: "sorry", "I apologise", "excuse me", "my bad" (Brown & Levinson's negative politeness).
 * "Sorry to hear ...", "sorry for your loss" and "so sorry about your father" are sympathy for the
 * reader, not an apology: they stay as weak cues (below the finding threshold), for the politeness
 * features only.
 */
import { phrases } from '../text/phrases.ts';
import type { Cue, Detector } from './types.ts';

const APOLOGY = phrases([
  'sorry',
  'apologize|apologise|apologies|apology',
  'excuse me',
  'forgive me',
  'pardon',
  'my bad',
  'regret to',
  // The passive regret of formal notices: "Inconvenience caused is deeply regretted", "we regret the delay".
  'regretted',
  'regret the|any|this|our',
  'soz|sry|apols',
  'forgive',
  'excuse my|the|our',
  // In the writer's own language, common in mixed-language mail ("Perdón for ...", "Scusa, ...").
  'perdón|perdon|perdão|perdao|desculpa|desculpe|disculpa|disculpe|scusa|scusate|scusi|entschuldigung|przepraszam|sumimasen|gomen|izvinite|désolé|desole|désolée',
]);
/** What people are sorry *about* when they sympathise: the reader's loss, news, illness or mishap. */
const MISFORTUNE =
  'loss|news|passing|mother|father|mom|mum|dad|wife|husband|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|aunt|uncle|family|friend|dog|cat|pet|accident|injury|illness|diagnosis|surgery|operation|leg|arm|back|knee|ankle|wrist|flood|fire|storm|layoffs|situation|troubles|hardship';
const SYMPATHY = phrases([
  'sorry ~2 to hear|hear|read|learn|see|know',
  `sorry ~1 for|about ~2 your|the|his|her|their ~1 ${MISFORTUNE}`,
  'sorry for you',
  'sorry ~3 happened to you|your',
  'sorry that you|your',
  'feel sorry',
  // "I'm sorry, that must be hard": sympathy with what the reader is going through.
  'sorry ~3 must|sounds',
  // "I am sorry to inform you that ...": a formula announcing bad news, not an apology for anything done.
  'sorry ~1 to inform|say|tell|announce|report|share',
  // "That's awful, I'm so sorry": the exclamation says what the sorrow is for.
  'awful|terrible|horrible|dreadful|heartbreaking ~4 sorry',
]);
/**
 * An apology declined for the reader ("Don't be sorry", "No need to apologise", "You don't have to
 * apologise", "Nothing to apologise for"): reassurance that answers their apology, not the writer's own.
 */
export const DECLINED_APOLOGY = [
  'do not ~1 be sorry',
  'do not ~1 apologise|apologize',
  'never apologise|apologize',
  'not ~1 need|have to ~1 be sorry',
  'not ~1 need|have to ~1 apologise|apologize',
  'no need|reason ~3 sorry|apologise|apologize|apology|apologies',
  'no apology|apologies ~1 needed|necessary|required',
  'nothing to ~2 sorry|apologise|apologize',
];
const DECLINED = phrases(DECLINED_APOLOGY);
/** A bare "I'm so sorry." ends there: after someone's news it is sympathy, with no fault named. */
const BARE_END = new Set(['.', '!', '…', ';']);

export const apology: Detector = {
  type: 'apology',
  description:
    'An apology: "sorry", "I apologise", "apologies", "excuse me", "forgive me"; not "sorry to hear".',
  detect(text, reply) {
    const cues: Cue[] = [];
    // Whether the client messages this text answers told news (a disclosure or bad news).
    const afterNews = (reply?.answered ?? (reply ? [reply.previous] : [])).some((m) =>
      m.cues.some((c) => (c.type === 'bad-news' || c.type === 'personal-disclosure') && c.confidence >= 0.6),
    );
    for (const sentence of text.sentences) {
      const { firstToken: from, endToken: to } = sentence;
      const sympathy = SYMPATHY.find(text, from, to);
      const declined = DECLINED.find(text, from, to);
      for (const m of APOLOGY.find(text, from, to)) {
        if (declined.some((d) => d.firstToken <= m.firstToken && m.endToken <= d.endToken)) continue;
        const next = text.tokens.slice(m.endToken, to).find((t) => t.pos !== 'SPACE');
        const bare = afterNews && (next === undefined || BARE_END.has(next.value));
        const condolence =
          bare || sympathy.some((s) => s.firstToken <= m.firstToken && m.firstToken < s.endToken);
        cues.push({
          type: 'apology',
          start: m.start,
          end: m.end,
          confidence: condolence ? 0.3 : 0.9,
          triggers: [text.text.slice(m.start, m.end)],
        });
      }
    }
    return cues;
  },
};
