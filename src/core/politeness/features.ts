/**
 * Politeness-strategy features of one text, after Danescu-Niculescu-Mizil et al. (ACL 2013,
 * "A computational approach to politeness with application to social factors"), Table 3:
 * gratitude, deference, greeting, positive and negative lexicon, apology, "please" (and at the
 * start), indirection ("by the way"), direct questions and starts, counterfactual and indicative
 * modals, first and second person (and at the start), hedges, factuality. Added for Rapport:
 * subjunctive request frames, bare imperatives and blunt negative evaluations (from the cue
 * detectors), exclamation and wink's sentence sentiment.
 *
 * Pure: reads an AnalyzedText and its cues, no I/O. Every feature keeps the words that set it, so
 * a score can name what moved it.
 */
import type { Cue } from '../cues/types.ts';
import { type AnalyzedText, isNegated, type Sentence, type Token } from '../text/analyze.ts';
import { type PhraseSet, phrases } from '../text/phrases.ts';

export const FEATURE_NAMES = [
  'gratitude',
  'deference',
  'greeting',
  'positive-lexicon',
  'negative-lexicon',
  'apology',
  'please',
  'please-start',
  'by-the-way',
  'direct-question',
  'direct-start',
  'counterfactual-modal',
  'indicative-modal',
  'subjunctive',
  'first-person-start',
  'first-person',
  'first-person-plural',
  'second-person-start',
  'second-person',
  'hedge',
  'factuality',
  'imperative',
  'negative-evaluation',
  'exclamation',
  'sentiment',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface PolitenessFeatures {
  /** One number per feature: 0/1 for a strategy's presence; `sentiment` is in [-1, 1]. */
  values: Record<FeatureName, number>;
  /** The words (as written) that set each feature that is not zero. */
  triggers: Record<FeatureName, string[]>;
}

/** "Nice work so far", "Great question": praise that opens a sentence. */
const DEFERENCE = phrases([
  'great|good|nice|interesting|cool|excellent|awesome|wonderful|impressive|fantastic|brilliant|terrific|superb',
  'well done',
  'good job|work|point|question|catch',
]);
const GRATITUDE_EXTRA = phrases(['i appreciate', 'much appreciated', 'grateful', 'thankful']);
const APOLOGY_EXTRA = phrases(['oops|woops|whoops', 'i apologise|apologize']);
const BY_THE_WAY = phrases(['by the way', 'btw', 'incidentally']);
const COUNTERFACTUAL = phrases(['could|would you', 'could|would * you']);
const INDICATIVE = phrases(['can|will you', 'can|will * you']);
const SUBJUNCTIVE = phrases([
  'if you could|would|were',
  'if you have time',
  'if you get a chance',
  'if you do not mind',
  'i would appreciate|like|love',
  'i would be grateful|glad|happy',
  'it would be ~2 great|nice|helpful|good|wonderful|appreciated|lovely',
  'would you mind',
  'would it be possible|okay|ok',
  'were you to',
  'i was hoping',
  'i was wondering',
]);
const FACTUALITY = phrases([
  'in fact',
  'actually',
  'really',
  'honestly',
  'surely',
  'obviously',
  'clearly',
  'of course',
  'the point is',
  'the reality is',
  'the truth is',
  'the fact is',
]);

// Small hand-made opinion lexicons (after the idea of Liu et al. 2005): common words only.
const POSITIVE = new Set(
  `good great nice fine excellent wonderful awesome amazing fantastic brilliant helpful kind glad happy
  pleased welcome best better perfect lovely beautiful interesting useful valuable clear thoughtful
  impressive appreciate appreciated appreciative thank thanks grateful enjoy enjoyed congratulations
  congrats support agree agreed fair correct right easy hope hopefully love like liked well improve
  improved improvement success successful cool superb terrific friendly generous patient polite
  constructive careful wise smart excited exciting favorite pleasure delighted honour honor respect`
    .split(/\s+/)
    .filter(Boolean),
);
const NEGATIVE = new Set(
  `bad wrong terrible awful horrible poor useless pointless stupid idiot idiotic dumb silly ridiculous
  absurd nonsense crap garbage rubbish junk hate hated annoying annoyed angry upset rude hostile
  insult insulting offensive disruptive vandal vandalism vandalize vandalized spam spamming abuse
  abusive attack attacking problem problems issue issues mistake mistakes error errors fail failed
  failure false fake biased bias unacceptable inappropriate incorrect confused confusing ignore
  ignored ignoring lie lying liar stop delete deleted deleting remove removed removing revert reverted
  reverting block blocked ban banned warn warning complain complaint disagree unfortunately sadly
  worse worst damn hell shit fuck lazy sloppy unclear obvious`
    .split(/\s+/)
    .filter(Boolean),
);
const WH = new Set(['what', 'why', 'who', 'whom', 'how', 'where', 'when', 'which', 'whose']);
const DIRECT_STARTS = new Set(['so', 'then', 'and', 'but', 'or']);
const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const SECOND = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur']);

const isWord = (t: Token) => t.pos !== 'PUNCT' && t.pos !== 'SPACE' && t.pos !== 'SYM';

/** The first word of a sentence, skipping punctuation and symbols. */
function firstWordIndex(text: AnalyzedText, sentence: Sentence): number | undefined {
  for (let i = sentence.firstToken; i < sentence.endToken; i++) if (isWord(text.tokens[i]!)) return i;
  return undefined;
}

function found(text: AnalyzedText, set: PhraseSet): string[] {
  return set.find(text).map((m) => text.text.slice(m.start, m.end));
}

function foundAtStart(text: AnalyzedText, set: PhraseSet): string[] {
  const out: string[] = [];
  for (const sentence of text.sentences) {
    const first = firstWordIndex(text, sentence);
    if (first === undefined) continue;
    for (const m of set.find(text, first, sentence.endToken)) {
      if (m.firstToken === first) out.push(text.text.slice(m.start, m.end));
    }
  }
  return out;
}

function cueTriggers(text: AnalyzedText, cues: readonly Cue[], keep: (c: Cue) => boolean): string[] {
  return cues.filter(keep).flatMap((c) => c.triggers ?? [text.text.slice(c.start, c.end)]);
}

export function extractFeatures(text: AnalyzedText, cues: readonly Cue[]): PolitenessFeatures {
  const triggers = Object.fromEntries(FEATURE_NAMES.map((n) => [n, [] as string[]])) as Record<
    FeatureName,
    string[]
  >;
  const add = (name: FeatureName, words: readonly string[]) => triggers[name].push(...words);

  add(
    'gratitude',
    cueTriggers(text, cues, (c) => c.type === 'gratitude'),
  );
  if (triggers.gratitude.length === 0) add('gratitude', found(text, GRATITUDE_EXTRA));
  add('deference', foundAtStart(text, DEFERENCE));
  add(
    'greeting',
    cueTriggers(text, cues, (c) => c.type === 'greeting'),
  );
  add(
    'apology',
    cueTriggers(text, cues, (c) => c.type === 'apology'),
  );
  if (triggers.apology.length === 0) add('apology', found(text, APOLOGY_EXTRA));
  add('by-the-way', found(text, BY_THE_WAY));
  add('counterfactual-modal', found(text, COUNTERFACTUAL));
  add('indicative-modal', found(text, INDICATIVE));
  add('subjunctive', found(text, SUBJUNCTIVE));
  // "really glad" intensifies a positive word; "really?" and "do you really think" insist.
  add(
    'factuality',
    FACTUALITY.find(text)
      .filter((m) => {
        const next = text.tokens[m.endToken];
        return !(m.endToken - m.firstToken === 1 && next && POSITIVE.has(next.lemma));
      })
      .map((m) => text.text.slice(m.start, m.end)),
  );
  add(
    'hedge',
    cueTriggers(text, cues, (c) => c.type === 'hedge'),
  );
  // Orders and obligations; conventional formulas ("Let me know") are not orders.
  add(
    'imperative',
    cueTriggers(text, cues, (c) => c.type === 'imperative' && c.confidence >= 0.8),
  );
  add(
    'negative-evaluation',
    cueTriggers(text, cues, (c) => c.type === 'negative-evaluation'),
  );

  for (const sentence of text.sentences) {
    const first = firstWordIndex(text, sentence);
    if (first === undefined) continue;
    const head = text.tokens[first]!;
    if (head.normal === 'please' || head.normal === 'pls' || head.normal === 'kindly')
      add('please-start', [head.value]);
    if (DIRECT_STARTS.has(head.normal)) add('direct-start', [head.value]);
    if (FIRST_SINGULAR.has(head.normal)) add('first-person-start', [head.value]);
    if (SECOND.has(head.normal)) add('second-person-start', [head.value]);
    if (WH.has(head.normal) && sentence.text.trim().endsWith('?')) add('direct-question', [head.value]);
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = text.tokens[i]!;
      const word = token.normal;
      if (i !== first) {
        if (word === 'please' || word === 'pls' || word === 'plz' || word === 'kindly')
          add('please', [token.value]);
        if (FIRST_SINGULAR.has(word)) add('first-person', [token.value]);
        if (SECOND.has(word)) add('second-person', [token.value]);
      }
      if (FIRST_PLURAL.has(word)) add('first-person-plural', [token.value]);
      // A negated opinion word ("not good", "don't hate") says little either way: leave it out.
      const opinion = POSITIVE.has(token.lemma) || NEGATIVE.has(token.lemma);
      if (opinion && !isNegated(text, i)) {
        if (POSITIVE.has(token.lemma)) add('positive-lexicon', [token.value]);
        if (NEGATIVE.has(token.lemma)) add('negative-lexicon', [token.value]);
      }
      if (token.value === '!') add('exclamation', [token.value]);
    }
  }

  const values = Object.fromEntries(FEATURE_NAMES.map((n) => [n, triggers[n].length > 0 ? 1 : 0])) as Record<
    FeatureName,
    number
  >;
  const sentences = text.sentences.filter((s) => /[\p{L}\p{N}]/u.test(s.text));
  const sentiment =
    sentences.length === 0 ? 0 : sentences.reduce((sum, s) => sum + s.sentiment, 0) / sentences.length;
  values.sentiment = Math.max(-1, Math.min(1, sentiment));
  triggers.sentiment =
    sentiment === 0
      ? []
      : [
          sentences.reduce((best, s) =>
            Math.sign(sentiment) * s.sentiment > Math.sign(sentiment) * best.sentiment ? s : best,
          ).text,
        ];
  return { values, triggers };
}

/**
 * Only what the cues tell, for callers that have no AnalyzedText: the features that come from cue
 * detectors are set, every other one is NaN ("unknown"), which the model scores as an average
 * request. Less accurate than extractFeatures.
 */
export function cueFeatures(text: string | undefined, cues: readonly Cue[]): PolitenessFeatures {
  const values = Object.fromEntries(FEATURE_NAMES.map((n) => [n, Number.NaN])) as Record<FeatureName, number>;
  const triggers = Object.fromEntries(FEATURE_NAMES.map((n) => [n, [] as string[]])) as Record<
    FeatureName,
    string[]
  >;
  const fromCues: [FeatureName, (c: Cue) => boolean][] = [
    ['gratitude', (c) => c.type === 'gratitude'],
    ['greeting', (c) => c.type === 'greeting'],
    ['apology', (c) => c.type === 'apology'],
    ['hedge', (c) => c.type === 'hedge'],
    ['imperative', (c) => c.type === 'imperative' && c.confidence >= 0.8],
    ['negative-evaluation', (c) => c.type === 'negative-evaluation'],
  ];
  for (const [name, keep] of fromCues) {
    const hits = cues.filter(keep);
    values[name] = hits.length > 0 ? 1 : 0;
    triggers[name] = hits.flatMap((c) => c.triggers ?? (text ? [text.slice(c.start, c.end)] : []));
  }
  return { values, triggers };
}

/** The features as a vector in FEATURE_NAMES order. */
export function featureVector(features: PolitenessFeatures): number[] {
  return FEATURE_NAMES.map((n) => features.values[n]);
}
