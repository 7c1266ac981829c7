/**
 * Warmth: what a message offers its reader beyond the business (thanks, praise, good wishes,
 * personal talk, season's greetings, a gift, a smile), read by kind, and whether a reply gives any
 * of it back. cold-reply and abrupt-pivot both read warmth here, so that they agree on what is warm
 * and on what returns it (eval/README, "Settled label questions": decided by how the reply opens,
 * and neither rule when the reply gives warmth back first).
 */
import type { Cue } from '../cues/types.ts';
import { type AnalyzedText, type Sentence, sentimentOf, type Token } from '../text/analyze.ts';
import { LAUGHTER } from '../text/laughter.ts';
import { memo } from '../text/memo.ts';
import { type PhraseMatch, type PhraseSet, phrases } from '../text/phrases.ts';
import { bodyAfterGreeting } from '../text/tokens.ts';
import { escapeRegExp, INVITATION, tokenRange } from './helpers.ts';
import type { Span } from './types.ts';

/** An emoji anywhere: a playful touch in a message. */
export const EMOJI = /\p{Extended_Pictographic}/u;

/** Festivals by name, as a wish names them ("have a blessed Vesak", "enjoy Songkran"). */
const FESTIVALS =
  'christmas|xmas|easter|diwali|deepavali|eid|hanukkah|thanksgiving|seollal|chuseok|songkran|nowruz|navroz|holi|pongal|onam|navratri|ramadan|vesak|wesak|pesach|passover|tet|vaisakhi|baisakhi|lohri|bihu|ugadi|purim|kwanzaa|obon';
/**
 * Season's greetings: "Happy Diwali", "Ramadan Kareem", "Merry Christmas", "Feliz Natal". A ritual
 * that is returned before anything else.
 */
const SEASON_GREETINGS = phrases([
  `happy|merry|joyful|joyous|blessed ~1 holidays|holiday|new|${FESTIVALS}`,
  // "Vesak greetings to your team", "Diwali greetings".
  `${FESTIVALS} greetings`,
  'season’s|seasons greetings',
  'compliments of the season',
  'happy ~2 new year',
  'ramadan|eid|nowruz|navroz kareem|mubarak|mobarak',
  'feliz natal|navidad',
  // "Feliz año" is the wish on its own; "nuevo" may follow.
  'feliz año|ano',
  'frohe weihnachten',
  'joyeux noël|noel',
  'buon natale',
  // "Chag sameach", "Chag Pesach sameach"; "Shana tova" for the Jewish New Year.
  'chag ~1 sameach|sameah',
  'shana|shanah tova|tovah',
  // Malay and Indonesian: "Selamat Hari Raya", "Selamat Idul Fitri", "Selamat Tahun Baru".
  'selamat hari|idul|idulfitri|aidilfitri|lebaran|natal|tahun',
  'с новым годом',
  // A festival named in a wish: "Happy Mid-Autumn Festival".
  'happy ~3 festival',
  // "On occasion of Lunar New Year Tết, we wish you ...": the formal letter's season's greeting.
  `occasion of ~3 year|${FESTIVALS}`,
]);
/**
 * A festival wished with a verb: "Have a lovely Easter break", "Wishing you a peaceful Pesach",
 * "Enjoy Songkran!". Not a plain holiday ("enjoy your holiday" wishes a trip well, no season), and
 * not a festival that names business after it (see FESTIVAL_BUSINESS).
 */
const FESTIVAL_WISHED = phrases([
  `have a|an ~1 great|lovely|wonderful|happy|blessed|peaceful|restful|relaxing|nice|good|joyful|joyous|fantastic|safe|beautiful|fun ${FESTIVALS}`,
  `wishing ~5 ${FESTIVALS}`,
  `wish you|your|everyone|all ~3 ${FESTIVALS}`,
  `enjoy ~2 ${FESTIVALS}`,
]);
/** "Hope you had a lovely Diwali", "enjoyed Tet": asking after the past festival, not greeting the season. */
const PAST_WISH = new Set(['had', 'enjoyed']);
/** "Have a great Easter offer", "enjoy the Christmas discounts": the festival names a trading season. */
const FESTIVAL_BUSINESS = phrases([
  `${FESTIVALS} ~1 offer|offers|discount|discounts|deal|deals|sale|sales|promo|promotion|campaign|order|orders|shipment|shipments|stock|collection|range|party|shutdown|closure|deadline|delivery|catalogue|catalog|edition|bundle|event|rush|peak|hours|schedule`,
]);
const tokensOverlap = (a: PhraseMatch, b: PhraseMatch) =>
  a.firstToken < b.endToken && b.firstToken < a.endToken;
/** Season's greetings, by formula or wished with a verb. */
export const HOLIDAY_WISH: PhraseSet = {
  find(text, from, to) {
    const wished = FESTIVAL_WISHED.find(text, from, to);
    const business = wished.length > 0 ? FESTIVAL_BUSINESS.find(text, from, to) : [];
    return [
      ...SEASON_GREETINGS.find(text, from, to),
      ...wished.filter(
        (m) =>
          !PAST_WISH.has(text.tokens[m.firstToken]!.normal) && !business.some((b) => tokensOverlap(m, b)),
      ),
    ].sort((a, b) => a.firstToken - b.firstToken);
  },
  test(text, from, to) {
    return SEASON_GREETINGS.test(text, from, to) || this.find(text, from, to).length > 0;
  },
  any(text) {
    return SEASON_GREETINGS.any(text) || FESTIVAL_WISHED.any(text);
  },
};

/**
 * A goodbye at the end of working together: "I'll miss our calls", "hope our paths cross again",
 * "my last day is Friday", "stay in touch". Like season's greetings, a ritual owed a word back: the
 * last impression of the whole relationship.
 */
export const FAREWELL = phrases([
  // Missing someone, not a deadline: "I'll honestly miss working with you", "we will miss our calls".
  "'ll|will|already|really|honestly|truly|definitely|gonna ~1 miss working|you|having",
  'miss our|the ~2 calls|chats|meetings|talks|conversations|visits|lunches|dinners|coffees',
  'paths ~1 cross',
  'stay|keep in touch',
  'farewell',
  'my|our last day|week',
  'end of ~2 contract|project|collaboration|engagement|partnership|journey',
  'so long',
  'until we meet again',
]);

/** Sign-offs: the frame of any letter, warm or not ("Best regards", "Cheers"). */
export const CLOSING = phrases(['best|kind|warm|warmest ~1 wishes|regards', 'regards', 'cheers', 'br']);

/** Good wishes for the reader: "Have a great weekend", "Hope you are well", "Take care". */
export const WELL_WISH = phrases([
  'have a ~3 good|great|nice|lovely|wonderful',
  // The same wish written without articles: "Have great weekend", "have nice trip".
  'have ~1 good|great|nice|lovely|wonderful|safe|happy weekend|week|day|evening|trip|flight|holiday|holidays|vacation|stay|break|summer',
  'hope you|your|all|everything',
  'all the best',
  'take care',
  'talk soon',
  'look forward',
  'looking forward',
  'enjoy',
  'wishing you|your',
  'i|we wish you|your',
  // "Wish you and your family happiness", "Please stay healthy": good wishes without "I".
  'wish you ~1 and|a|all|every|happiness|health|success|good|luck|joy',
  'stay healthy|safe|well',
  // A blessing is a good wish: "God bless you and your family!"
  'bless you|your',
  // A wish for the relationship: "Inshallah this is the start of long partnership", "the beginning
  // of a long and fruitful partnership", "maybe one day we can cooperate".
  'start|beginning of ~4 partnership|cooperation|collaboration',
  'one day ~3 cooperate|collaborate|partner|cooperation|collaboration',
  'one day ~3 work together',
  'one day ~3 do business',
]);

/**
 * A request worded as a hope: "We hope you will consider this favourably", "hoping you can accept
 * the new terms". The courtesy of asking, not a wish for the reader.
 */
const HOPED_REQUEST = phrases([
  'hope|hoping ~1 you|your ~2 will|can|could|would|may ~1 consider|accept|agree|approve|understand|accommodate|grant|support|review|confirm|revert|reply|respond|favour|favor',
  'hope|hoping for your ~1 favourable|favorable|kind|positive|early|prompt consideration|reply|response|approval|understanding|support',
]);

/**
 * "As you may be aware", "as you know", "as you can see": the reader named only to frame
 * information, not to address good feeling to them.
 */
const AS_YOU_KNOW = phrases(['as you ~2 know|aware|see|saw|mentioned|said|requested|noted', 'you ~1 know']);

/** A gift sent or thanked for ("we sent a small gift", "a token of our appreciation"): warmth in kind. */
const GIFT = phrases(['gift|gifts|hamper|souvenir|souvenirs', 'token of ~1 appreciation|gratitude|thanks']);

/**
 * Warmth handed back: the answer to thanks ("anytime!", "you're welcome", "happy to help") or to a
 * wish ("likewise", "same to you"), as thanks is.
 */
const RETURNED = phrases([
  'anytime',
  "you are|’re|'re ~1 welcome",
  'my pleasure',
  'happy|glad|pleased to help',
  'glad|happy ~1 i|we could help',
  // "Glad it could help", "so glad it worked": pleasure at what the thanks was for.
  'glad|happy|pleased ~1 it|this|that could|helped|helps|worked|works|was|is',
  // "Glad the video helped!", "happy the guide was useful": the thing named, not "it".
  'glad|happy|pleased the|your ~2 helped|helps|worked|works|useful|helpful',
  // ... and without the article, as many writers leave it: "Glad video helped!".
  'glad|happy|pleased ~1 helped|helps|worked|useful|helpful',
  'likewise',
  'same to you',
  'you too',
]);

/**
 * Praise and pleasure aimed at the other person or their work ("you're a star", "you saved my
 * week", "it was a real pleasure"): warmth that invites warmth back.
 */
export const PRAISE = phrases([
  'you ~2 amazing|awesome|brilliant|fantastic|star|lifesaver|legend|rock|rocks',
  // The word praises on its own, of one or of a team: "you and your team are absolute lifesavers".
  'lifesaver|lifesavers|life-saver|life-savers',
  // Effort beyond what was owed: "you went above and beyond", "went the extra mile".
  'above and beyond',
  'the extra mile',
  'you ~1 the best',
  'saved ~1 my|our|us',
  // "Really sharp stuff", "honestly the best session we've had": praise of the rep's work.
  'really|so|very|super|truly sharp|insightful',
  'best ~2 session|sessions|workshop|workshops|training|talk|webinar',
  // "I shared it with my whole team": their work passed on as worth reading.
  'shared it|this with my|our ~1 whole|entire ~1 team|company|department',
  // "Your webinar was truly inspiring": words that only praise.
  'inspiring|inspirational',
  'truly|really|very|so|most|incredibly|extremely insightful|impressive',
  // "You guys never once let us down".
  'never ~1 let us|me down',
  'made my ~1 day|week',
  'pleasure',
  'love|enjoyed|liked what|it|your',
  // "The team loved the demo": loving what we did, whatever follows.
  'loved',
  'delighted|thrilled|excited|stoked',
  'look|looks|looked great|amazing|fantastic|perfect|beautiful',
  // "The new dashboard is gorgeous", "looks stunning": words that only praise, said of our work.
  'is|are|was|were|look|looks|so|absolutely|really|just gorgeous|stunning',
  // Said with a degree word, a plain adjective praises too: "the quality looks very nice", "the
  // finish looks really good". Without one ("looks good") it is a plain verdict, a courtesy.
  'look|looks|looked very|really|so|super|truly|extremely nice|good|great|beautiful|impressive|professional',
  'legend',
  'really|so|truly appreciate|appreciated|enjoyed',
  'best proposal|demo|presentation|service',
  'big hug',
  'hugs',
  // Admiration and honour are praise as well: "the team was very impressed", "an honour to host you".
  // Adjacent words only, so that "we were not impressed" is no praise.
  'be|was|were|am|are|very|really|genuinely|so|truly|deeply|highly|most impressed',
  // "It is very impressive", "truly impressive work": with a degree word, as "looks very nice".
  'very|really|genuinely|so|truly|most|extremely|incredibly|quite impressive',
  'honour|honor|privilege',
  'nice one',
  'well done',
  // "Your team's support made the difference", "he was outstanding", "the smoothest project we have
  // had": what the rep's people did, praised.
  'made ~2 difference',
  'he|she|they|you|team|engineer|engineers|technician|support|service ~2 outstanding|exceptional|superb',
  'smoothest|easiest|best ~1 project|projects|rollout|launch|installation|implementation|migration|onboarding|go-live',
  // "honestly the best vendor support I've seen", "the most useful day he has had in ten years".
  'best ~1 vendor|supplier|partner|support|service|team',
  'most useful|helpful|valuable|productive|enjoyable ~1 day|session|training|workshop|meeting|visit|call',
  // "you explained it so clearly and with so much patience", "the exercises were brilliant".
  'so|such ~1 much patience',
  'were|was brilliant|outstanding|superb',
  // "Please give him our compliments": praise sent on to the rep's people.
  'our|my compliments',
  // "You are always welcome in Riyadh, my friend": the host's welcome, said for good.
  "you are|you’re|you're ~1 always welcome",
  'great|good|nice|amazing|awesome|fantastic|wonderful|brilliant|excellent job|work',
  // Congratulations with praise in them: "well deserved", "your team is lucky to have you".
  'well deserved',
  'well-deserved',
  'lucky to have you',
  // "We are grateful to have a partner like you", "couldn't have asked for a better partner".
  'partner|partners|people|friend|friends like you',
  // "You are not only a supplier, you are a friend", "you guys are family to us".
  "you are|you’re|you're|you ~2 a|our|like|true|real friend|friends|family|brother|sister|partner|partners",
  // "Without your support we would not have survived this quarter": the reader's help as what saved them.
  "without you|your ~6 would|could not|never|n’t|n't",
  'not ~1 ask for a better',
  // Kindness named: "so kind", "really generous of you", "very thoughtful".
  'so|very|really|truly kind|generous|thoughtful|patient',
  'kind|generous|thoughtful|sweet of you',
  // "We felt at home", "super proud of you", "couldn't happen to a nicer guy", "fair play to you".
  'felt|feel ~1 at home',
  'proud of you|your|yourself|yourselves',
  'happen to a ~1 nicer|better|lovelier|more',
  'nicer guy|person|man|woman|bloke|chap',
  'fair play to you',
  // "You have been wonderful to work with", "your hospitality was unforgettable", "so helpful".
  'you|your ~3 wonderful|incredible|helpful|great|unforgettable|outstanding',
  'very|so|really|super|extremely|incredibly helpful',
  // Pleasure at having met or talked: "great chatting at the expo", "lovely to meet you".
  'great|good|lovely|nice|wonderful|fantastic ~1 chatting|talking|meeting|speaking|to meet|to chat|to talk|to see',
  // "You've been an absolute rock star", "the dinner was the highlight of our trip".
  'rock star|rockstar|superstar',
  'rock-star',
  'highlight of',
  // Satisfaction said with feeling: "our PM is very satisfied", "we like your products very much".
  'very|really|so|extremely|fully|highly|super satisfied|pleased',
  'very|really|so|extremely|super happy with',
  'like|liked|love|loved ~3 very much',
  // The same said in other Englishes: "she liked so much", "our team liked a lot the examples". Past
  // tense only: "I would like a lot more detail" is a request.
  'liked|loved|enjoyed ~3 so much',
  'liked|loved|enjoyed ~3 a lot',
  // How useful it was, looking back: "the workshop was really useful"; "it would be very useful if
  // you could ..." asks.
  'was|were|been very|so|really|super|extremely|incredibly|truly|most useful|insightful|informative|valuable',
  // "That's the kind of partner we want": being the partner the client hoped for.
  'the kind|sort|type of partner|partners|supplier|suppliers|vendor|vendors|team we ~1 want|wanted|need|value|love',
  // Help that never fails: "you always help us a lot", "your team always supports us".
  'always help|helps|helped|support|supports|supported ~1 us|me',
  // The same without the article, as writers of article-less languages put it: "That's kind of partner we want".
  "that's|exactly kind|sort|type of partner|partners|supplier|suppliers|vendor|vendors|team we ~1 want|wanted|need|value|love",
  // Praise in idiom, as clients write it of the rep's team or work: "your team absolutely crushed
  // it", "big kudos to your QC crew", "hats off", "top-notch", "spot on", "it blew us away".
  'crushed|nailed|smashed|aced it',
  'kudos|bravo|chapeau',
  'hats off',
  'top notch',
  'top-notch',
  'world-class',
  'spot on',
  'blown away',
  'blew ~1 us|me|everyone|everybody away',
  'over the moon',
  'could not be happier',
  'could not be more pleased|happy',
  'exceeded|surpassed ~2 expectations|expectation',
  'out of the park',
  // Said with a degree word or as what someone was: "bloody brilliant", "Marek was extraordinary".
  'bloody|absolutely|simply|truly|just|really brilliant|extraordinary|exceptional|phenomenal|superb|outstanding',
  'was|were|is|are|been extraordinary|exceptional|phenomenal|superb',
  'lucky to have such|you',
  'lucky to have people|someone like',
  'so|really|super|very pumped',
  // "You have really helped us this season. We won't forget it.": help acknowledged with feeling.
  'you ~2 really|truly|greatly|so helped|supported|saved',
  'will|would|shall not|never forget ~1 it|this|that|your|you',
  // "Great stuff!", "you've been a saint about it", "you are an angel", "an absolute gem".
  'great|brilliant|fantastic|amazing|awesome|top|cracking stuff',
  'you ~3 saint|angel|gem|hero|heroes|champion|champ|superhero',
  // "You and your team are stars", "you guys are absolute legends".
  'you ~4 stars|legends|heroes|superstars|rockstars',
  // "Your team has been fantastic", "the whole team enjoyed the training", "keeps praising your
  // reports", "the smoothest vendor experience we've had": what the rep's people did, praised.
  'your ~2 team|people|engineers|crew|staff|support ~2 fantastic|amazing|brilliant|awesome|excellent|outstanding|superb|wonderful',
  'enjoyed|loved ~3 training|session|visit|workshop|presentation|talk|dinner|tour|demo',
  'praising|praised|praises ~2 your|you',
  'smoothest|best ~2 experience|experiences',
  // Affection in a sign-off or an address is heartfelt as praise is: "Beijos", "Un abrazo", "xoxo".
  'beijos|beijo|besos|beso|abrazo|abrazos|abraço|abraços|bisous|bises|baci|abbracci|xoxo',
]);
/** Laughter, like an emoji, is a playful touch: "haha", "lol", "😂". */
export { LAUGHTER };

const LAUGHTER_ALL = new RegExp(LAUGHTER.source, 'giu');

/** The kinds of warmth a message can show, each counted once. */
export type WarmthKind =
  | 'greeting'
  | 'name'
  | 'closing'
  | 'exclamation'
  | 'apology'
  | 'absence-apology'
  | 'gratitude'
  | 'acknowledgement'
  | 'personal'
  | 'well-wish'
  | 'holiday'
  | 'gift'
  | 'returned'
  | 'praise'
  | 'warm-sentence'
  | 'warm-sentences'
  | 'emoji'
  | 'laughter';

/**
 * The frame of a letter: a greeting, the name, a sign-off. It shows manners, not warmth in return:
 * "Hi Ana, send the certificate." answers "You're amazing, thank you so much!" with nothing. An
 * apology ("sorry for the many questions") is courtesy too: it asks for no warmth back.
 */
const FRAME = new Set<WarmthKind>([
  'greeting',
  'name',
  'closing',
  'exclamation',
  'apology',
  'absence-apology',
]);

/** Warm gestures among the kinds: what is left without the frame and the exclamation marks. */
export const gestures = (kinds: ReadonlySet<WarmthKind>): WarmthKind[] =>
  [...kinds].filter((k) => !FRAME.has(k));

/** "grateful if", "would appreciate it if": thanks in advance that softens a request. */
const REQUEST_COURTESY = /^(?:grateful|thankful|appreciate(?:\s+it)?)\s+if\b/i;
/**
 * Thanks in the conditional ("we would appreciate your feedback", "I'd be grateful for a reply",
 * "would really appreciate a quick answer"): the courtesy of asking for something not yet given,
 * not thanks for anything. "I really appreciate your help" thanks.
 */
const CONDITIONAL_THANKS =
  /\b(?:would|could|'d|’d)\s+(?:(?:be|feel)\s+)?(?:(?:very|really|so|truly|greatly|much|most|highly|deeply|sincerely)\s+)?(?:appreciate|appreciative|grateful|thankful|obliged)\b/giu;

/**
 * A bare receipt: "Noted.", "OK, got it.", "Good to know.", "No problem.", a salutation and these
 * words only. They confirm the message arrived; they give nothing back for warmth (a thank-you
 * answered "no problem" is answered by a formula).
 */
const RECEIPT =
  /^(?:(?:ok|okay|k|noted|duly noted|well noted|received|well received|got it|understood|good|fine|sure|alright|all right|good to know|no problem|no problems|np|no worries|at all)\s*)+$/;
/** Emoji that only signal receipt or approval (a thumbs-up, a tick), as "ok" does. */
const RECEIPT_EMOJI =
  /[\u{1F44D}\u{1F44C}\u{2705}\u{2714}\u{2611}\u{1F197}]\u{FE0F}?(?:\p{Emoji_Modifier})?/gu;

/** The acknowledgement's sentence says only that the message arrived ("Hi Ana, noted."). */
function receiptOnly(text: AnalyzedText, cues: readonly Cue[], cue: Cue): boolean {
  const s = text.sentences.find((x) => x.start <= cue.start && cue.start < x.end);
  if (!s) return false;
  const words = (wordsPastSalutation(text, cues, s)?.words ?? []).map((t) => t.normal);
  return words.length > 0 && RECEIPT.test(words.join(' '));
}

const CUE_KINDS = new Set<Cue['type']>([
  'greeting',
  'gratitude',
  'acknowledgement',
  'absence-apology',
  'apology',
]);

const overlaps = (c: Cue, ack: Cue) =>
  (c.type === 'gratitude' || c.type === 'question') && c.start < ack.end && c.end > ack.start;

/** Where thanks is put in the conditional ("we would appreciate ..."). */
const conditionalThanks = (said: string): Span[] =>
  [...said.matchAll(CONDITIONAL_THANKS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/**
 * "We would be grateful if your team could review ...", "we would appreciate your feedback by
 * October": the courtesy of a request, not thanks.
 */
function courtesyOfRequest(text: AnalyzedText, cue: Cue, conditional: readonly Span[]): boolean {
  return (
    REQUEST_COURTESY.test(text.text.slice(cue.start)) ||
    conditional.some((q) => q.start < cue.end && cue.start < q.end)
  );
}

/**
 * The kinds of warmth a message shows: greeting, thanks, personal talk, well-wishes, praise,
 * exclamations. `name` is the reader's (any of their names: "Chinedu", "Okafor"), to find it in a
 * reply; `until` reads only the text before that offset (the part of a reply before its business opens).
 */
export function warmthIn(
  text: AnalyzedText,
  allCues: readonly Cue[],
  name?: string | readonly string[],
  until = text.text.length,
): Set<WarmthKind> {
  const whole = until >= text.text.length;
  const cues = whole ? allCues : allCues.filter((c) => c.end <= until);
  const said = whole ? text.text : text.text.slice(0, until);
  const endToken = tokenRange(text, { start: 0, end: until })[1];
  const kinds = new Set<WarmthKind>();
  const wishes = WELL_WISH.find(text, 0, endToken);
  const conditional = conditionalThanks(said);
  for (const cue of cues) {
    // A doubtful acknowledgement that is really the thanks, the question or the wish of its sentence
    // ("thank you for the update", "could we have a short call?", "hope you are doing well") adds no
    // warmth of its own: the phatic wish is no acknowledgement (eval/README, conventions).
    if (
      cue.type === 'acknowledgement' &&
      cue.confidence < 0.6 &&
      (cues.some((c) => overlaps(c, cue)) || wishes.some((w) => w.start < cue.end && w.end > cue.start))
    )
      continue;
    if (cue.type === 'gratitude' && courtesyOfRequest(text, cue, conditional)) continue;
    // "Good to know.", "No problem.": a receipt, not recognition of what they shared.
    if (cue.type === 'acknowledgement' && receiptOnly(text, cues, cue)) continue;
    // "Thanks,\nNoa" on its own line at the end is the sign-off, the frame of the letter.
    if (cue.type === 'gratitude' && signOffThanks(text.text, cue)) {
      kinds.add('closing');
      continue;
    }
    if (CUE_KINDS.has(cue.type)) kinds.add(cue.type as WarmthKind);
    if (cue.type === 'personal-disclosure' && cue.confidence >= 0.6) kinds.add('personal');
    if (cue.type === 'question' && cue.about === 'personal') kinds.add('personal');
  }
  const requests = HOPED_REQUEST.find(text, 0, endToken);
  if (wishes.some((w) => !requests.some((q) => q.start <= w.start && w.end <= q.end))) kinds.add('well-wish');
  // Season's greetings are a gesture of their own, owed a return at any stage (eval/README).
  if (HOLIDAY_WISH.test(text, 0, endToken)) kinds.add('holiday');
  if (GIFT.test(text, 0, endToken)) kinds.add('gift');
  if (RETURNED.test(text, 0, endToken)) kinds.add('returned');
  if (CLOSING.test(text, 0, endToken)) kinds.add('closing');
  // "We would really appreciate a reply" asks; its "really appreciate" is no praise.
  if (
    PRAISE.find(text, 0, endToken).some((p) => !conditional.some((q) => q.start <= p.start && p.end <= q.end))
  )
    kinds.add('praise');
  // Good feeling aimed at the reader in words no list knows ("We are all very happy for you"): each
  // such sentence is a warm touch of its own, as a wish or praise is.
  const unlisted = warmSentences(text, allCues).filter((s) => s.end <= until && !listedWarmth(text, cues, s));
  if (unlisted.length > 0) kinds.add('warm-sentence');
  if (unlisted.length > 1) kinds.add('warm-sentences');
  if (EMOJI.test(said.replace(RECEIPT_EMOJI, ''))) kinds.add('emoji');
  if (LAUGHTER.test(said)) kinds.add('laughter');
  if (said.includes('!')) kinds.add('exclamation');
  const names = typeof name === 'string' ? [name] : (name ?? []);
  // Letters on both sides, not \b: "Chloé", "José" end on a letter \b does not know.
  if (
    names.some(
      (n) => n && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'iu').test(said),
    )
  )
    kinds.add('name');
  return kinds;
}

/** "Thanks," / "Many thanks!" alone on a line, with at most a name after it: the closing line. */
const THANKS_LINE = /^(?:many\s+|big\s+)?(?:thanks|thank\s+you|thx|ta)(?:\s+again)?\s*[,.!]*[ \t]*(?:\n|$)/i;

/** A thank-you that is the letter's sign-off: its own line, after the body, before only a name. */
function signOffThanks(said: string, cue: Cue): boolean {
  // "Cheers, Sophie" closes a letter wherever it stands: before only a name, it is the sign-off.
  if (/^cheers\s*(?:[,\n]|$)/i.test(said.slice(cue.start)) && onlyNameAfter(said.slice(cue.end))) return true;
  const lineStart = said.lastIndexOf('\n', cue.start - 1) + 1;
  if (lineStart === 0) return false;
  const line = THANKS_LINE.exec(said.slice(lineStart).trimStart());
  if (!line) return false;
  return onlyNameAfter(said.slice(cue.start).replace(/^[^\n]*(?:\n|$)/, ''));
}

/**
 * Where the letter's sign-off begins ("Best regards,\nLi", "Cheers, Sophie", "Thanks,\nNoa" at the
 * end): the frame, which says nothing of the effort put into the reply. The text's length when it
 * has none. A closing counts only where a line or a sentence starts and a name at most follows it,
 * so that "best regards to your team, and see you in May" stays the body.
 */
export function signOffStart(text: AnalyzedText, cues: readonly Cue[]): number {
  const said = text.text;
  const starts = new Set(text.sentences.map((s) => s.start));
  const atLineOrSentence = (at: number) => starts.has(at) || /(?:^|\n)[ \t]*$/.test(said.slice(0, at));
  for (const m of CLOSING.find(text)) {
    if (atLineOrSentence(m.start) && onlyNameAfter(said.slice(m.end))) return m.start;
  }
  const thanks = cues.find((c) => c.type === 'gratitude' && signOffThanks(said, c));
  return thanks ? thanks.start : said.length;
}

/** What follows is a name at most: four words, no sentence. */
function onlyNameAfter(rest: string): boolean {
  const after = rest.replace(/^[\s,.!]+/, '').trim();
  return after.split(/\s+/).filter(Boolean).length <= 4 && !/[.!?]\s+\S/.test(after);
}

/**
 * The message is clearly warm, not only courteous: three warm gestures or more beyond the frame
 * of a letter, one of them heartfelt (praise, or a sentence of good feeling aimed at the reader).
 * "Dear Avi, many thanks for the proposal. Kind regards" is courtesy; "Thank you sooo much, you're
 * amazing 🙏" is warmth (eval/README, "Settled label questions").
 */
export function clearlyWarm(text: AnalyzedText, cues: readonly Cue[]): boolean {
  const kinds = warmthIn(text, cues);
  if (gestures(kinds).length >= 3 && (kinds.has('praise') || warmSentences(text, cues).length > 0))
    return true;
  // Thanks with a sentence of praise, said with feeling ("Thank you so much for the workshop, it was
  // really useful"), is warmth too: the settled reading names "thanks, praise" as clearly warm. Plain
  // thanks beside a plain verdict on goods ("thanks for the samples, the finish looks great") stays
  // the courtesy of a business note.
  if (!kinds.has('gratitude')) return false;
  const praised = praiseSentences(text);
  if (praised.length === 0) return false;
  const thanked = text.sentences.filter((s) =>
    cues.some((c) => c.type === 'gratitude' && c.confidence >= 0.6 && c.start >= s.start && c.end <= s.end),
  );
  return [...praised, ...thanked].some((s) => FEELING.test(text, s.firstToken, s.endToken));
}

/**
 * The message says something with feeling to the reader: thanks said with feeling ("thank you so
 * much for coming") or a sentence of good feeling for them ("we are very happy to work with you").
 */
export function heartfelt(text: AnalyzedText, cues: readonly Cue[]): boolean {
  if (warmSentences(text, cues).length > 0) return true;
  return text.sentences.some(
    (s) =>
      cues.some(
        (c) => c.type === 'gratitude' && c.confidence >= 0.6 && c.start >= s.start && c.end <= s.end,
      ) && FEELING.test(text, s.firstToken, s.endToken),
  );
}

/** Words that say thanks or praise with feeling: "so much", "really useful", "truly grateful". */
const FEELING = phrases([
  'so|very|really|truly|extremely|incredibly|absolutely|super|deeply|sincerely|genuinely|hugely|heartfelt',
  'a lot',
  'huge|massive|big thanks',
  // "A huge thank you", "a heartfelt thank you": the noun said with feeling as the verb is.
  'huge|massive|big|heartfelt|special thank you',
  // "Thank you from my heart", "from the bottom of our hearts", "I want to thank you personally".
  'from ~4 heart|hearts',
  // The same said in the client's own language: "grazie di cuore", "asante sana", "muito obrigado
  // de coração", "danke von Herzen".
  'di|de|von cuore|coração|corazón|herzen',
  'asante sana',
  'personally',
  // "I can't thank you enough", "my personal thanks to ...".
  "can’t|can't|cannot|couldn’t|couldn't ~1 thank",
  'personal|sincere|warmest|deepest thanks',
]);

/**
 * Praise said in two sentences or more ("We are SO pumped. Your team absolutely crushed it."): the
 * point of the message, not a courteous "thanks, very clear" or "they look great" before business.
 */
export function praisedTwice(text: AnalyzedText): boolean {
  return text.sentences.filter((s) => PRAISE.test(text, s.firstToken, s.endToken)).length >= 2;
}

/**
 * Sentences that praise with substance ("The whole team loved the demo"), not a bare "Awesome,
 * thanks!": praise in a sentence of five words or more.
 */
export function praiseSentences(text: AnalyzedText): Sentence[] {
  return text.sentences.filter(
    (s) => PRAISE.test(text, s.firstToken, s.endToken) && s.text.trim().split(/\s+/).length >= 5,
  );
}

/**
 * The reply gives some warmth back (before `until`, where its business opens): thanks, a wish,
 * praise, "you're welcome", a smile, a sentence of good feeling for the reader; not only the frame
 * of a letter. Even a short "Thanks." answers warmth (eval/README, settled 2026-11-27).
 */
export function givesWarmthBack(text: AnalyzedText, cues: readonly Cue[], until?: number): boolean {
  return gestures(warmthIn(text, cues, undefined, until)).length > 0;
}

/** The sentence carries warmth the cues or the lists name: thanks, an acknowledgement, a wish, praise. */
function listedWarmth(text: AnalyzedText, cues: readonly Cue[], s: Sentence): boolean {
  return (
    cues.some(
      (c) => (c.type === 'gratitude' || c.type === 'acknowledgement') && c.start >= s.start && c.end <= s.end,
    ) ||
    WELL_WISH.test(text, s.firstToken, s.endToken) ||
    RETURNED.test(text, s.firstToken, s.endToken) ||
    PRAISE.test(text, s.firstToken, s.endToken) ||
    HOLIDAY_WISH.test(text, s.firstToken, s.endToken)
  );
}

/**
 * wink's sentence sentiment above which a sentence reads clearly positive: "We are all very happy
 * for you" (0.80), "I hope you liked the dinner" (0.56); not one courteous word ("Thank you for
 * the offer", "We are interested in your proposal": 0.40), not "Please sign the contract" (0.20).
 */
const CLEARLY_POSITIVE = 0.4;
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya']);
/**
 * Cues that make a sentence business, however positive its words: a request's "grateful" or
 * "please" is the courtesy of asking, and a verdict ("your price is 20% above") is no compliment.
 */
const BUSINESS_CUES = new Set<Cue['type']>([
  'business-ask',
  'imperative',
  'please',
  'question',
  'negative-evaluation',
]);
/** Words of accuracy: "correct", "accurate", "valid", "precise" (and their opposites). */
const ACCURACY = /^(?:in)?(?:correct(?:ly)?|accurate(?:ly)?|valid|precise(?:ly)?)$/;
const ACCURACY_ALL = /\b(?:in)?(?:correct(?:ly)?|accurate(?:ly)?|valid|precise(?:ly)?)\b/giu;
const isWordToken = (value: string) => /[\p{L}\p{N}]/u.test(value);

/**
 * The first token after a sentence's salutation ("Dear Mr. O'Brien, " / "Hi anh Chris, "): a
 * greeting cue that opens the sentence, up to its comma or, the comma left out, past the name
 * ("Hi Klaus thanks a lot"), within ten tokens. The sentence's first token when it opens with no
 * greeting; undefined when it is all salutation ("Hi Klaus!").
 * Read from the structure, not from the names: titles and honorifics vary by culture.
 */
export function afterSalutation(text: AnalyzedText, cues: readonly Cue[], s: Sentence): number | undefined {
  const greeting = cues.find((c) => c.type === 'greeting' && c.start === s.start);
  if (!greeting) return s.firstToken;
  const last = Math.min(s.endToken, s.firstToken + 10);
  const body = bodyAfterGreeting(text.tokens, greeting.end, last);
  return body >= last ? undefined : body;
}

/** The words of a sentence past its salutation ("Hi Klaus, " is the frame), from the token `from`. */
function wordsPastSalutation(
  text: AnalyzedText,
  cues: readonly Cue[],
  s: Sentence,
): { from: number; words: Token[] } | undefined {
  const from = afterSalutation(text, cues, s);
  if (from === undefined) return undefined;
  return { from, words: text.tokens.slice(from, s.endToken).filter((t) => isWordToken(t.value)) };
}

/**
 * Sentences of good feeling aimed at the reader, whatever their words: clearly positive by wink's
 * sentiment, addressed to "you", three words or more beyond the salutation, and no business in it.
 * "We are all very happy for you", "May she bring you and your wife much joy", "Great to hear your
 * team liked it". No phrase list: a writer nobody has seen words warmth their own way. Not the
 * frame of a letter (a salutation, a sign-off), not a courteous request ("We would be grateful for
 * your confirmation"), not a bare "Noted." (one word reads as strongly as a sentence).
 */
export function warmSentences(text: AnalyzedText, cues: readonly Cue[]): Sentence[] {
  const known = WARM_SENTENCES.get(text);
  if (known !== undefined && known.cues === cues) return known.sentences;
  // The cheap tests first: wink's sentiment is a second pass over the text, read only when needed.
  const sentences = text.sentences.filter((s) => {
    if (CLOSING.test(text, s.firstToken, Math.min(s.endToken, s.firstToken + 3))) return false;
    const inSentence = (c: Cue) => c.start < s.end && c.end > s.start;
    if (cues.some((c) => BUSINESS_CUES.has(c.type) && c.confidence >= 0.6 && inSentence(c))) return false;
    // The salutation ("Dear Ms. Li, ", "Hi Klaus, ") is the frame: read what follows it.
    const past = wordsPastSalutation(text, cues, s);
    if (past === undefined || past.words.length < 3) return false;
    const { from, words } = past;
    // The reader named only in "as you may be aware" is information framed, not good feeling for them.
    const framed = AS_YOU_KNOW.find(text, from, s.endToken);
    const toReader = (t: (typeof words)[number]) =>
      SECOND_PERSON.has(t.normal) && !framed.some((m) => m.start <= t.start && t.start < m.end);
    if (!words.some(toReader)) return false;
    // "We hope you will consider this favourably": a request, whatever its warm words.
    if (HOPED_REQUEST.test(text, s.firstToken, s.endToken)) return false;
    // A condition makes it an offer or a request ("We would be happy to give you a discount if you
    // order this month", "I can do 8% off if you sign for two years"); so does "whenever" ("Happy to
    // answer the filter question whenever you send it": a service offered, no feeling for them).
    if (words.some((t) => t.normal === 'if' || t.normal === 'whenever')) return false;
    // "I would be glad to set up a call with our architect at your convenience": a service offered.
    if (SERVICE_OFFER.test(text, s.firstToken, s.endToken)) return false;
    // An invitation worded as a statement is a question (eval/README): its answer is owed, not warmth.
    if (INVITATION.test(s.text)) return false;
    // "The revised quote is ready: EUR 86,400 in total, ... for your field team": a sum of money is
    // the business, whatever wink reads in "ready" and "training".
    if (MONEY.test(s.text)) return false;
    // Laughter is a playful touch of its own (see warmthIn); it lifts wink's sentiment of a sentence
    // that is only information ("your competitor told us 2 days lol"), so it is read without it.
    const laughs = LAUGHTER.test(s.text);
    // Accuracy is a verdict on facts, not good feeling: wink scores "correct" as strongly as "happy"
    // ("your figures are correct", "there is nothing to correct on our side"), so it is read without it.
    const accuracy = words.some((t) => ACCURACY.test(t.normal));
    const reread = laughs || accuracy;
    if (!reread && s.sentiment <= CLEARLY_POSITIVE) return false;
    if (from === s.firstToken && !reread) return true;
    let said = text.text.slice(text.tokens[from]!.start, s.end);
    if (laughs) said = said.replace(LAUGHTER_ALL, ' ');
    if (accuracy) said = said.replace(ACCURACY_ALL, ' ');
    return sentimentOf(said) > CLEARLY_POSITIVE;
  });
  WARM_SENTENCES.set(text, { cues, sentences });
  return sentences;
}
/** Pleasure at doing a service for the reader: "glad to set up a call", "happy to send the specs". */
const SERVICE_OFFER = phrases([
  'glad|happy|pleased|delighted to set|send|share|walk|arrange|schedule|provide|prepare|organise|organize|book|run|give|demo|present|quote',
]);

/** A sum of money: "EUR 86,400", "$1,200", "4.85 USD/lb", "₹ 2 lakh". */
const MONEY =
  /(?:[$€£¥₹]|\b(?:usd|eur|gbp|chf|inr|aud|cad|jpy|cny|rmb|aed|sar|sgd|brl|mxn|try|pln|sek|nok|dkk|krw)\b)\s?\d|\d[\d,.]*\s?(?:[$€£¥₹]|\b(?:usd|eur|gbp|chf|inr|aud|cad|jpy|cny|rmb|aed|sar|sgd|brl|mxn|pln|sek|nok|dkk|krw|euros?|dollars?)\b)/i;
// Several rules read the same message's warm sentences in one check.
const WARM_SENTENCES = memo<{ cues: readonly Cue[]; sentences: Sentence[] }>('warm-sentences');

/** Congratulations on a role, a baby, a launch, a match: a gesture owed a reaction. */
const CONGRATULATIONS = phrases([
  'congrats|congratulations|congratulation|complimenti|felicidades|felicitaciones|parabéns|parabens|félicitations',
  'mazel tov',
  // In Arabic, Turkish, Hindi, Malay and Japanese, as clients write them in English mail.
  'mabrook|mabrouk|mabruk|tebrikler|badhai|badhaai|tahniah|omedetou|omedeto|gratulacje|gefeliciteerd',
]);

/**
 * An invitation to time together beyond the business: "join us on Friday", "let's grab coffee",
 * "drinks are on me", "would love to hear more", "would be great to chat". It asks for a reaction.
 */
const SOCIAL_INVITE = phrases([
  'join us|me',
  'grab|get ~1 coffee|drinks|drink|lunch|dinner|beer|beers',
  'drinks|dinner|lunch|coffee|beers ~1 on me|us',
  'happy hour',
  'would|it be great|lovely|nice|good to chat|meet|catch',
  'would|i|we love to hear|chat|meet|catch',
]);

/**
 * A formal address ("Dear Mr. Grant", "Dear Dr. Menon", "Dear Tanaka-san", "Estimado Sr. Ruiz"): in
 * that register, thanks and compliments ("thank you very much for your kind explanation") are the
 * courtesy of the letter, answered in kind by a formal reply.
 */
const FORMAL_ADDRESS =
  /^\W*(?:dear|hello|good\s+(?:morning|afternoon|day)|estimad[oa]s?|sehr\s+geehrter?)\s+(?:(?:mr|mrs|ms|miss|dr|prof|professor|herr|frau|sr|sra|madam|sir)\b|[\p{L}-]+-(?:san|sama)\b)/iu;

/** The message opens with a formal address ("Dear Mr. Grant", "Dear Tanaka-san"). */
export const formalNote = (text: AnalyzedText): boolean => FORMAL_ADDRESS.test(text.text);

/** "Thank you very much": the formula, said in any courteous note; its "very" is no feeling. */
const THANKS_FORMULA = /\bthank(?:s|\s+you)\s+(?:very\s+much|a\s+lot)\b/giu;

/**
 * A plain verdict on a document or an answer beside the thanks ("Thank you, very clear.", "thanks,
 * really helpful"): its "very" grades the answer, not the thanks.
 */
const PLAIN_VERDICT = phrases([
  'so|very|really|super|extremely|most clear|helpful|useful|detailed|informative|thorough|comprehensive|complete|precise|concise|interesting|clearly|well',
]);

/** Thanks said with feeling ("thanks so much", "a big thank you", "really appreciated"), beyond the formula. */
export function thanksWithFeeling(text: AnalyzedText, cues: readonly Cue[]): boolean {
  const formula = [...text.text.matchAll(THANKS_FORMULA)].map((m) => [m.index, m.index + m[0].length]);
  return text.sentences.some((s) => {
    if (
      !cues.some((c) => c.type === 'gratitude' && c.confidence >= 0.6 && c.start >= s.start && c.end <= s.end)
    )
      return false;
    const verdicts = PLAIN_VERDICT.find(text, s.firstToken, s.endToken).map((v) => v.firstToken);
    return FEELING.find(text, s.firstToken, s.endToken).some(
      (m) =>
        !formula.some(([from, to]) => from! <= m.start && m.end <= to!) && !verdicts.includes(m.firstToken),
    );
  });
}

/** Warmth owed a return in any register: season's greetings, a gift, congratulations, an invitation. */
export function occasionWarmth(text: AnalyzedText, cues: readonly Cue[]): boolean {
  const kinds = warmthIn(text, cues);
  if (kinds.has('holiday') || kinds.has('gift')) return true;
  return (
    CONGRATULATIONS.test(text) ||
    SOCIAL_INVITE.test(text) ||
    INVITATION.test(text.text) ||
    CONDOLENCES.test(text)
  );
}

/** "I'm so sorry for your loss", "my condolences", "thinking of you": sympathy for the rep's own news. */
const CONDOLENCES = phrases(['sorry for|about your loss', 'my|our ~2 condolences', 'thinking of you']);

/** "Great meeting you too!", "lovely to meet you": gladness at meeting, a warm line of its own. */
const GLAD_TO_MEET = phrases([
  'great|lovely|wonderful|nice|good meeting you',
  'great|lovely|wonderful|nice|good to ~1 meet',
]);

/**
 * The client's warmth is strong, not light or routine (eval/README, settled 2026-11-28): season's
 * greetings, a gift, congratulations, an invitation in any register; praise of the rep or their
 * work, or thanks said with feeling, outside a formal note. "Thanks for the quick answer :)",
 * "Cheers mate" and "Dear Mr. Li, thank you very much for the quotation" are light or routine: a
 * short thanks answers them.
 */
export function strongWarmth(text: AnalyzedText, cues: readonly Cue[]): boolean {
  if (occasionWarmth(text, cues)) return true;
  const kinds = warmthIn(text, cues);
  // A formal note's thanks is its courtesy; praise in it (an honour, a team impressed, a pleasure to
  // host) is the ritual thanks for hospitality or a visit, owed an answer of its weight (eval/README,
  // settled 2026-11-28).
  if (formalNote(text) && !kinds.has('praise')) return false;
  if (!(kinds.has('praise') || thanksWithFeeling(text, cues) || clearlyWarm(text, cues))) return false;
  // "I am without words!! The configurator is beautiful ... grazie mille di cuore!": praise exclaimed
  // in a message that asks nothing and orders nothing is the message's whole point.
  if (
    kinds.has('praise') &&
    (kinds.has('exclamation') || kinds.has('emoji')) &&
    !cues.some(
      (c) =>
        (c.type === 'business-ask' || c.type === 'question' || c.type === 'imperative') &&
        c.confidence >= 0.6,
    )
  )
    return true;
  // Thanks or praise as the preface of a business note ("Thanks for the report, really clear. I wonder
  // if we might push the go-live ...") is the courtesy of the note: strong when it is its point.
  const warmSentence = (s: Sentence) =>
    cues.some((c) => c.type === 'gratitude' && c.confidence >= 0.6 && c.start < s.end && c.end > s.start) ||
    PRAISE.test(text, s.firstToken, s.endToken) ||
    WELL_WISH.test(text, s.firstToken, s.endToken) ||
    GLAD_TO_MEET.test(text, s.firstToken, s.endToken);
  const body = text.sentences.filter((s) => {
    const past = wordsPastSalutation(text, cues, s);
    // The sign-off in its first words: "Best regards,", "With my best regards and respects,".
    if (past === undefined || CLOSING.test(text, past.from, Math.min(s.endToken, past.from + 5)))
      return false;
    return past.words.length >= 3;
  });
  // The sentences between two warm ones tell what the thanks is for ("Your team worked through Friday
  // night ... Our CEO noticed."): they are the warmth's own story, not business beside it.
  const warmAt = body.flatMap((s, i) => (warmSentence(s) ? [i] : []));
  const warm = warmAt.length === 0 ? 0 : warmAt.at(-1)! - warmAt[0]! + 1;
  return warm >= body.length - warm;
}

/**
 * Words of a token return: a bare "thanks", "thank you for your message", "noted", "ok", "good to
 * hear", "well received". They confirm; they answer no particular warmth.
 */
const TOKEN_WORDS = new Set(
  (
    'thanks thank thx ta you many with again for your the message email mail note reply response confirmation ' +
    'update info information noted ok okay well received good to hear know fine got it understood ' +
    'great perfect sure alright all right ' +
    // "Glad to hear it.", "Great to hear that": the stock line of a reply that takes nothing up.
    'glad it that ' +
    // The stock thanks of a form letter: "thank you for your visit", "for your enquiry", "for
    // accepting my invitation". They name the occasion, not the warmth the client gave.
    'visit enquiry inquiry interest accepting my invitation connecting ' +
    // "Thank you for your interest in our products": the form letter's thanks for an enquiry.
    'in our products product services service solutions company ' +
    // "Many thanks in advance and best regards": the thanks of the sign-off formula.
    'advance and ' +
    // "Thanks, and sorry for the slow reply": the apology is for the delay, not an answer to warmth.
    'sorry slow late delay delayed'
  ).split(' '),
);

/**
 * The reply's warmth is a token (before `until`, where its business opens, or in the whole reply):
 * its only gestures are thanks or an acknowledgement, and every sentence that carries them says
 * nothing beyond token words, the name and the salutation. "Thank you. The invoice is attached." is a token; "Thank
 * you so much, it was a pleasure to work with you" and "Thanks, you too!" answer the warmth.
 */
export function tokenReturn(
  text: AnalyzedText,
  cues: readonly Cue[],
  name?: string | readonly string[],
): boolean {
  const kinds = gestures(warmthIn(text, cues, name));
  if (kinds.some((k) => k !== 'gratitude' && k !== 'acknowledgement')) return false;
  const nameWords = new Set([name ?? []].flat().join(' ').toLowerCase().split(/\s+/).filter(Boolean));
  const conditional = conditionalThanks(text.text);
  const carrying = text.sentences.filter((s) =>
    cues.some(
      (c) =>
        (c.type === 'acknowledgement' ||
          (c.type === 'gratitude' && !courtesyOfRequest(text, c, conditional))) &&
        c.start < s.end &&
        c.end > s.start,
    ),
  );
  return carrying.every((s) => {
    // "Many thanks in advance and best regards,\nClaire Martin": the writer's name after the closing
    // is the frame, not words given back.
    const closing = CLOSING.find(text, s.firstToken, s.endToken)[0];
    const words = wordsPastSalutation(text, cues, s)?.words.filter(
      (t) => !closing || t.start < closing.start,
    );
    if (words === undefined) return true;
    // "Thank you for your interest in ColdTrack Pro": the form letter names its own product, in the
    // three words after "interest in".
    const product = words.findIndex((t, i) => t.normal === 'in' && words[i - 1]?.normal === 'interest');
    // The whole sentence says only that: "Thanks, Kevin, glad it was useful!" takes the warmth up.
    return words.every(
      (t, i) =>
        TOKEN_WORDS.has(t.normal) ||
        nameWords.has(t.normal) ||
        (product >= 0 && i > product && i <= product + 3) ||
        // "thank you for accepting my request": LinkedIn's form thanks ("your request" is the client's).
        (t.normal === 'request' && words[i - 1]?.normal === 'my'),
    );
  });
}

/**
 * The reply opens on a token ("Noted.", "Good.", "Hi Marco, well received.", "Thanks."): its first
 * sentence past the salutation says nothing but token words. Such a reply does not turn from the
 * warmth to business; it answers the warmth coldly (cold-reply's; eval/README, settled 2026-11-27).
 * "Great!" and "Perfect!" share the client's good feeling (as abrupt-pivot reads them). Returns where
 * the rest of the reply starts, or undefined.
 */
export function tokenOpening(text: AnalyzedText, cues: readonly Cue[]): number | undefined {
  for (const s of text.sentences) {
    const words = wordsPastSalutation(text, cues, s)?.words;
    if (words === undefined || words.length === 0) continue;
    const token = words.every((t) => TOKEN_WORDS.has(t.normal) && !SHARED_FEELING.has(t.normal));
    return token ? s.end : undefined;
  }
  return undefined;
}
const SHARED_FEELING = new Set(['great', 'perfect']);
