/**
 * `npm run eval`: runs every cue detector and rule over labelled data and prints precision,
 * recall and F1 per cue type and per rule, the false-positive rate on clean replies and confusion
 * tables; writes the same to eval/results.json and prints the changes against the previous run.
 *
 *   npm run eval -- [--data DIR] [--cases DIR] [--out FILE] [--min-confidence 0.6] [--no-write]
 *                   [--no-public] [--verbose] [--no-verdict]
 *
 * --no-verdict: scores the rules alone. The verdict model (src/core/verdict) is trained on the dev
 * part, so with it the dev figures are its training figures; validation and test are held out.
 * --data: the public data sets (default ../shared/data); a missing one is skipped with one line.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import verdictWeights from '../data/verdict/weights.json';
import { detectCues } from '../src/core/cues/index.ts';
import { politeness } from '../src/core/cues/politeness.ts';
import { CUE_TYPES, type Cue, type CueType, type ReplyContext } from '../src/core/cues/types.ts';
import { RULES } from '../src/core/rules/index.ts';
import { RULE_IDS, type RuleId, type Severity } from '../src/core/rules/types.ts';
import { analyze } from '../src/core/text/analyze.ts';
import { type Comparison, compareLabels, type Labels, labelsOf } from './annotator-agreement.ts';
import {
  accuracy,
  binaryCounts,
  bootstrapF1,
  type Counts,
  confusion,
  deltas,
  fmt,
  type Interval,
  isHeldOut,
  type LabelledItem,
  microCounts,
  multiLabelCounts,
  type Scores,
  scores,
  wilson,
} from './metrics.ts';
import {
  IMPOLITE_AT,
  type Missing,
  POLITE_AT,
  readDisclosure,
  readPoliteness,
  readRequests,
} from './public.ts';
import { featuresFingerprint, type RuleCase, readJsonl, ruleOutputs } from './rule-cases.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// options

interface Options {
  data: string;
  cases: string;
  out: string;
  minConfidence: number;
  write: boolean;
  public: boolean;
  verbose: boolean;
  markdown: boolean;
  /** Tuning mode: read and print only the dev part; the frozen test part is not even loaded. */
  devOnly: boolean;
  /** false (--no-verdict): the rules alone, without the verdict model that is trained on the dev part. */
  verdict: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    data: resolve(ROOT, '../shared/data'),
    cases: join(ROOT, 'eval/cases'),
    out: join(ROOT, 'eval/results.json'),
    minConfidence: 0.6,
    write: true,
    public: true,
    verbose: false,
    markdown: false,
    devOnly: false,
    verdict: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--data') o.data = resolve(value());
    else if (a === '--cases') o.cases = resolve(value());
    else if (a === '--out') o.out = resolve(value());
    else if (a === '--min-confidence') o.minConfidence = Number(value());
    else if (a === '--no-write') o.write = false;
    else if (a === '--no-public') o.public = false;
    else if (a === '--no-verdict') o.verdict = false;
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--markdown') o.markdown = true;
    else if (a === '--dev-only') o.devOnly = true;
    else if (a === '--help' || a === '-h') {
      console.log(
        'npm run eval -- [--data DIR] [--cases DIR] [--out FILE] [--min-confidence N] [--no-write] [--no-public] [--verbose] [--markdown] [--dev-only] [--no-verdict]',
      );
      process.exit(0);
    } else fail(`unknown option ${a}`);
  }
  if (!Number.isFinite(o.minConfidence)) fail('--min-confidence expects a number');
  if (o.devOnly) {
    if (o.markdown) fail('--markdown reports the test part; it cannot be used with --dev-only');
    o.write = false;
    o.public = false;
  }
  return o;
}

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// case files

/**
 * dev: read and tuned on. validation: written blind and never read by whoever tunes; its totals
 * (never its cases) say whether a change made on dev carries over to a writer the rules have not
 * seen. test: frozen, measured once per round.
 */
type Part = 'dev' | 'validation' | 'test';

/** `cues.dev.jsonl`, `rules.validation.1.jsonl`, `rules.test.jsonl`, ... : the part is in the file name. */
function readCases<T>(dir: string, kind: 'cues' | 'rules'): Record<Part, (T & { file: string })[]> {
  const out: Record<Part, (T & { file: string })[]> = { dev: [], validation: [], test: [] };
  if (!existsSync(dir)) fail(`no case directory ${dir}`);
  for (const name of readdirSync(dir).sort()) {
    const m = new RegExp(`^${kind}\\.(dev|validation|test)(?:\\.[\\w-]+)?\\.jsonl$`).exec(name);
    if (!m) continue;
    const part = m[1] as Part;
    readJsonl<T>(join(dir, name), name, fail).forEach((c, i) => {
      out[part].push({ ...c, file: `${name}:${i + 1}` });
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// cues

interface ExpectedCue {
  type: CueType;
  topic?: string;
  about?: 'personal' | 'business';
  form?: 'open' | 'closed';
}

interface CueCase {
  id: string;
  text: string;
  /** The client message(s) this text answers (for acknowledgement and direct-start). */
  previous?: string | string[];
  cues: ExpectedCue[];
  /** Writer's country and channel, for the breakdown. */
  writer?: string;
  channel?: string;
}

function replyTo(previous: string | string[] | undefined): ReplyContext | undefined {
  if (previous === undefined) return undefined;
  const answered = [previous].flat().map((message, index) => {
    const text = analyze(message);
    return { text, cues: detectCues(text), index };
  });
  const last = answered.at(-1);
  return last ? { previous: last, answered } : undefined;
}

interface CueFailure {
  id: string;
  text: string;
  missed: string[];
  extra: string[];
  /** Expected attributes not matched by any predicted cue of the same type. */
  attributes: string[];
}

interface CueResults {
  n: number;
  perType: Record<string, Scores>;
  micro: Scores;
  /** Among expected cues whose type was found: share with the stated topic/about/form. */
  attributes: Record<string, { n: number; correct: number; accuracy: number | null }>;
  confusion: Record<string, Record<string, number>>;
  /** Micro-averaged scores per writer's country and per channel. */
  byWriter: Record<string, Scores>;
  byChannel: Record<string, Scores>;
  failures: CueFailure[];
}

const describeCue = (c: ExpectedCue | Cue) =>
  [c.type, c.topic && `topic=${c.topic}`, c.about && `about=${c.about}`, c.form && `form=${c.form}`]
    .filter(Boolean)
    .join(' ');

function evalCues(cases: CueCase[], minConfidence: number): CueResults {
  const items: LabelledItem<CueType>[] = [];
  const writers = new Map<string, LabelledItem<CueType>[]>();
  const channels = new Map<string, LabelledItem<CueType>[]>();
  const attr: Record<string, { n: number; correct: number }> = {};
  const failures: CueFailure[] = [];
  for (const k of cases) {
    const found = detectCues(analyze(k.text), replyTo(k.previous)).filter(
      (c) => c.confidence >= minConfidence,
    );
    const expected = [...new Set(k.cues.map((c) => c.type))];
    const predicted = [...new Set(found.map((c) => c.type))];
    items.push({ expected, predicted });
    push(writers, k.writer ?? '?', { expected, predicted });
    push(channels, k.channel ?? '?', { expected, predicted });
    const wrongAttributes: string[] = [];
    for (const e of k.cues) {
      const sameType = found.filter((c) => c.type === e.type);
      if (sameType.length === 0) continue;
      for (const key of ['topic', 'about', 'form'] as const) {
        if (e[key] === undefined) continue;
        const name = `${e.type}.${key}`;
        attr[name] ??= { n: 0, correct: 0 };
        const a = attr[name];
        a.n++;
        if (sameType.some((c) => c[key] === e[key])) a.correct++;
        else
          wrongAttributes.push(
            `${e.type} ${key}=${e[key]} (got ${sameType.map((c) => c[key] ?? '-').join('/')})`,
          );
      }
    }
    const missed = expected.filter((t) => !predicted.includes(t));
    const extra = predicted.filter((t) => !expected.includes(t));
    if (missed.length + extra.length + wrongAttributes.length > 0) {
      failures.push({
        id: k.id,
        text: k.text,
        missed,
        extra: extra.map((t) =>
          found
            .filter((c) => c.type === t)
            .map((c) => `${describeCue(c)} ${c.confidence} «${k.text.slice(c.start, c.end)}»`)
            .join('; '),
        ),
        attributes: wrongAttributes,
      });
    }
  }
  const counts = multiLabelCounts(items, CUE_TYPES);
  const perType: Record<string, Scores> = {};
  for (const t of CUE_TYPES) perType[t] = scores(counts[t]);
  const attributes: CueResults['attributes'] = {};
  for (const [name, a] of Object.entries(attr).sort())
    attributes[name] = { ...a, accuracy: a.n ? Math.round((a.correct / a.n) * 1000) / 1000 : null };
  return {
    n: cases.length,
    perType,
    micro: scores(microCounts(counts)),
    attributes,
    confusion: confusion(items),
    byWriter: groupScores(writers, CUE_TYPES),
    byChannel: groupScores(channels, CUE_TYPES),
    failures,
  };
}

function push<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function groupScores<L extends string>(groups: Map<string, LabelledItem<L>[]>, labels: readonly L[]) {
  const out: Record<string, Scores> = {};
  for (const key of [...groups.keys()].sort())
    out[key] = scores(microCounts(multiLabelCounts(groups.get(key)!, labels)));
  return out;
}

// ---------------------------------------------------------------------------------------------
// rules

interface RuleFailure {
  id: string;
  draft: string;
  missed: string[];
  extra: string[];
  severity: string[];
}

interface RuleResults {
  n: number;
  clean: number;
  implemented: string[];
  perRule: Record<string, Scores & { implemented: boolean; f1Interval: Interval | null }>;
  micro: Scores & { f1Interval: Interval | null };
  /** Share of clean replies (no finding expected) with at least one finding / one `error`. */
  fpRate: number | null;
  /** Wilson 95% interval of fpRate. */
  fpRateInterval: Interval | null;
  fpRateErrors: number | null;
  /** Among rules both expected and found: share with the coach's severity. */
  severityAgreement: number | null;
  severityConfusion: Record<string, Record<string, number>>;
  confusion: Record<string, Record<string, number>>;
  /** Micro-averaged scores (implemented rules) per client's country. */
  byReader: Record<string, Scores>;
  failures: RuleFailure[];
  /**
   * When a second annotator labelled every case of the part (eval/agreement/*.second.jsonl): how
   * far the two annotators agree, the ceiling to read the rules' figures against.
   */
  annotators?: Comparison;
}

/** `seen`, when given, collects what the verdict model read on each case (for its fingerprint). */
function evalRules(
  cases: RuleCase[],
  secondLabels: ReadonlyMap<string, Labels>,
  verdict: boolean,
  seen?: { id: string; features: string[] }[],
): RuleResults {
  const implemented = RULES.map((r) => r.meta.id);
  const items: LabelledItem<RuleId>[] = [];
  const readers = new Map<string, LabelledItem<RuleId>[]>();
  const sevTable: Record<string, Record<string, number>> = {};
  let sevN = 0;
  let sevOk = 0;
  let clean = 0;
  let cleanFlagged = 0;
  let cleanErrors = 0;
  const failures: RuleFailure[] = [];
  for (const k of cases) {
    let found: Map<RuleId, Severity>;
    try {
      const outputs = ruleOutputs(k.thread, k.id, { verdict });
      found = outputs.found;
      if (outputs.features) seen?.push({ id: k.id, features: outputs.features });
    } catch (error) {
      fail(`${k.id}: ${(error as Error).message}`);
    }
    const expected = [...new Set(k.expected.map((e) => e.rule))];
    const predicted = [...found.keys()];
    items.push({ expected, predicted });
    push(readers, k.pair?.split('->')[1] ?? '?', { expected, predicted });
    if (expected.length === 0) {
      clean++;
      if (predicted.length > 0) cleanFlagged++;
      if ([...found.values()].includes('error')) cleanErrors++;
    }
    const sevWrong: string[] = [];
    for (const e of k.expected) {
      const got = found.get(e.rule);
      if (!got || !e.severity) continue;
      sevN++;
      sevTable[e.severity] ??= {};
      const row = sevTable[e.severity]!;
      row[got] = (row[got] ?? 0) + 1;
      if (got === e.severity) sevOk++;
      else sevWrong.push(`${e.rule}: ${e.severity} -> ${got}`);
    }
    const missed = expected.filter((r) => !found.has(r));
    const extra = predicted.filter((r) => !expected.includes(r));
    if (missed.length + extra.length + sevWrong.length > 0) {
      failures.push({
        id: k.id,
        draft: (k.thread as { draft?: { text?: string } }).draft?.text ?? '',
        missed,
        extra: extra.map((r) => `${r} (${found.get(r)})`),
        severity: sevWrong,
      });
    }
  }
  const counts = multiLabelCounts(items, RULE_IDS);
  const intervals = bootstrapF1(items, implemented);
  const perRule: RuleResults['perRule'] = {};
  for (const id of RULE_IDS)
    perRule[id] = {
      ...scores(counts[id]),
      implemented: implemented.includes(id),
      f1Interval: implemented.includes(id) ? intervals.perLabel[id] : null,
    };
  const implementedCounts: Record<string, Counts> = {};
  for (const id of implemented) implementedCounts[id] = counts[id];
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  return {
    n: cases.length,
    clean,
    implemented,
    perRule,
    micro: { ...scores(microCounts(implementedCounts)), f1Interval: intervals.micro },
    fpRate: ratio(cleanFlagged, clean),
    fpRateInterval: wilson(cleanFlagged, clean),
    fpRateErrors: ratio(cleanErrors, clean),
    severityAgreement: ratio(sevOk, sevN),
    severityConfusion: sevTable,
    confusion: confusion(items),
    byReader: groupScores(readers, implemented),
    failures,
    annotators: annotatorAgreement(cases, secondLabels),
  };
}

/** Second annotators' labels by case id, from `rules.*.second.jsonl` in DIR (none when DIR is absent). */
function readSecondLabels(dir: string): Map<string, Labels> {
  const out = new Map<string, Labels>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (!/^rules\..*\.second\.jsonl$/.test(name)) continue;
    for (const line of readJsonl<{ id?: unknown; expected?: unknown }>(join(dir, name), name, fail)) {
      if (typeof line.id !== 'string') fail(`${name}: a line has no "id"`);
      try {
        out.set(line.id, labelsOf(line.expected, `${name} ${line.id}`));
      } catch (error) {
        fail((error as Error).message);
      }
    }
  }
  return out;
}

function annotatorAgreement(cases: RuleCase[], second: ReadonlyMap<string, Labels>): Comparison | undefined {
  if (cases.length === 0 || !cases.every((k) => second.has(k.id))) return undefined;
  const first = cases.map((k) => labelsOf(k.expected, k.id));
  return compareLabels(
    first,
    cases.map((k) => second.get(k.id)!),
  );
}

// ---------------------------------------------------------------------------------------------
// public data

interface PublicResults {
  disclosure?: {
    source: string;
    heldOut: number;
    personalDisclosureVsInformation: Scores;
    personalDisclosureVsAnyDisclosure: Scores;
    acknowledgementVsEmoSupport: Scores;
  };
  requests?: {
    source: string;
    heldOut: number;
    businessAskOrImperative: Scores;
    businessAsk: Scores;
    imperative: Scores;
  };
  politeness?: {
    source: string;
    heldOut: number;
    /** On the fixed held-out quartile rows (in-sample if the shipped weights were fitted on all rows). */
    accuracy: number | null;
    /** As stated by the training script in weights.json (metrics.crossValidatedAccuracy). */
    crossValidated: number | null;
    published: { model: number; human: number };
  };
  skipped: string[];
}

function types(text: string, minConfidence: number): Set<CueType> {
  return new Set(
    detectCues(analyze(text))
      .filter((c) => c.confidence >= minConfidence)
      .map((c) => c.type),
  );
}

function evalPublic(o: Options): PublicResults {
  const out: PublicResults = { skipped: [] };
  const skip = (what: string, m: Missing) => {
    const line = `${what}: skipped, not found: ${m.missing} (give the data directory with --data DIR)`;
    out.skipped.push(line);
    console.log(line);
  };

  const disclosure = readDisclosure(o.data);
  if ('missing' in disclosure) skip('OffMyChest disclosure', disclosure);
  else {
    const held = disclosure.filter((r) => isHeldOut(r.key));
    const info: { expected: boolean; predicted: boolean }[] = [];
    const any: typeof info = [];
    const support: typeof info = [];
    for (const r of held) {
      const t = types(r.text, o.minConfidence);
      info.push({ expected: r.information, predicted: t.has('personal-disclosure') });
      any.push({ expected: r.information || r.emotional, predicted: t.has('personal-disclosure') });
      support.push({ expected: r.emoSupport, predicted: t.has('acknowledgement') });
    }
    out.disclosure = {
      source: 'OffMyChest (CL-Aff 2020), CC BY 4.0',
      heldOut: held.length,
      personalDisclosureVsInformation: scores(binaryCounts(info)),
      personalDisclosureVsAnyDisclosure: scores(binaryCounts(any)),
      acknowledgementVsEmoSupport: scores(binaryCounts(support)),
    };
  }

  const requests = readRequests(o.data);
  if ('missing' in requests) skip('Enron requests', requests);
  else {
    const held = requests.filter((r) => isHeldOut(r.key));
    const either: { expected: boolean; predicted: boolean }[] = [];
    const ask: typeof either = [];
    const imp: typeof either = [];
    for (const r of held) {
      const t = types(r.text, o.minConfidence);
      either.push({ expected: r.request, predicted: t.has('business-ask') || t.has('imperative') });
      ask.push({ expected: r.request, predicted: t.has('business-ask') });
      imp.push({ expected: r.request, predicted: t.has('imperative') });
    }
    out.requests = {
      source: 'Parakweet Labs Email Intent (Enron), Apache-2.0',
      heldOut: held.length,
      businessAskOrImperative: scores(binaryCounts(either)),
      businessAsk: scores(binaryCounts(ask)),
      imperative: scores(binaryCounts(imp)),
    };
  }

  const weights = join(ROOT, 'data/politeness/weights.json');
  if (!existsSync(weights)) {
    const line = `Stanford Politeness: skipped, no trained model at ${weights}`;
    out.skipped.push(line);
    console.log(line);
  } else {
    const polite = readPoliteness(o.data);
    if ('missing' in polite) skip('Stanford Politeness', polite);
    else {
      const held = polite.filter((r) => isHeldOut(r.key) && (r.score >= POLITE_AT || r.score <= IMPOLITE_AT));
      const c = binaryCounts(
        held.map((r) => {
          const text = analyze(r.text);
          return { expected: r.score >= POLITE_AT, predicted: politeness(detectCues(text), text) > 0 };
        }),
      );
      let crossValidated: number | null = null;
      try {
        const w = JSON.parse(readFileSync(weights, 'utf8')) as {
          metrics?: { crossValidatedAccuracy?: unknown };
        };
        if (typeof w.metrics?.crossValidatedAccuracy === 'number')
          crossValidated = w.metrics.crossValidatedAccuracy;
      } catch {
        // the accuracy on the held-out part is still reported
      }
      out.politeness = {
        source: 'Stanford Politeness Corpus (Wikipedia), CC BY 4.0',
        heldOut: held.length,
        accuracy: accuracy(c),
        crossValidated,
        published: { model: 0.8379, human: 0.8672 },
      };
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// printing

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function scoreTable(title: string, rows: [string, Scores, string?][]) {
  console.log(`\n${title}`);
  console.log(
    `  ${pad('', 26)} ${lpad('P', 5)} ${lpad('R', 5)} ${lpad('F1', 5)} ${lpad('TP', 4)} ${lpad('FP', 4)} ${lpad('FN', 4)}`,
  );
  for (const [name, s, note] of rows) {
    console.log(
      `  ${pad(name, 26)} ${lpad(fmt(s.precision), 5)} ${lpad(fmt(s.recall), 5)} ${lpad(fmt(s.f1), 5)} ${lpad(String(s.tp), 4)} ${lpad(String(s.fp), 4)} ${lpad(String(s.fn), 4)}${note ? `  ${note}` : ''}`,
    );
  }
}

function confusionTable(title: string, table: Record<string, Record<string, number>>) {
  const rows = Object.keys(table).sort();
  const cols = [...new Set(Object.values(table).flatMap((r) => Object.keys(r)))].sort();
  const short = (s: string) => (s.length > 10 ? s.slice(0, 10) : s);
  console.log(`\n${title} (rows: expected, columns: found)`);
  console.log(`  ${pad('', 26)}${cols.map((c) => lpad(short(c), 11)).join('')}`);
  for (const r of rows) {
    console.log(`  ${pad(r, 26)}${cols.map((c) => lpad(String(table[r]?.[c] ?? '.'), 11)).join('')}`);
  }
}

const groupLine = (g: Record<string, Scores>) =>
  Object.entries(g)
    .map(([k, s]) => `${k} ${fmt(s.f1)}`)
    .join(', ');

function printCues(part: string, r: CueResults, verbose: boolean) {
  scoreTable(
    `Cues, ${part} (${r.n} messages)`,
    CUE_TYPES.map((t) => [t, r.perType[t]!] as [string, Scores]).concat([['micro', r.micro]]),
  );
  const attrs = Object.entries(r.attributes);
  if (attrs.length)
    console.log(
      `  attributes: ${attrs.map(([k, a]) => `${k} ${fmt(a.accuracy)} (${a.correct}/${a.n})`).join(', ')}`,
    );
  console.log(`  micro F1 by writer: ${groupLine(r.byWriter)}`);
  console.log(`  micro F1 by channel: ${groupLine(r.byChannel)}`);
  if (verbose) {
    confusionTable(`Cue confusion, ${part}`, r.confusion);
    for (const f of r.failures)
      console.log(
        `  ${f.id}: ${f.missed.length ? `missed ${f.missed.join(', ')}; ` : ''}${f.extra.length ? `extra ${f.extra.join(', ')}; ` : ''}${f.attributes.join('; ')}\n      ${f.text}`,
      );
  }
}

/** "[0.62-0.87]": a bootstrap interval of F1 (metrics.ts), or "" when there is none. */
const interval = (i: Interval | null) => (i ? `[${fmt(i[0])}-${fmt(i[1])}]` : '');

function printRules(part: string, r: RuleResults, verbose: boolean) {
  scoreTable(
    `Rules, ${part} (${r.n} cases, ${r.clean} clean)`,
    RULE_IDS.map(
      (id) =>
        [
          id,
          r.perRule[id]!,
          r.perRule[id]!.implemented
            ? `${interval(r.perRule[id]!.f1Interval)}${r.annotators ? `  two annotators ${fmt(r.annotators.perRule[id].f1)}` : ''}`
            : 'not implemented',
        ] as [string, Scores, string],
    ).concat([
      [
        'micro (implemented)',
        r.micro,
        `${interval(r.micro.f1Interval)}${r.annotators ? `  two annotators ${fmt(r.annotators.micro)}` : ''}`,
      ],
    ]),
  );
  if (r.annotators)
    console.log(
      `  two annotators (eval/agreement): same set of rules ${fmt(r.annotators.sameSet)}, same severity ${fmt(r.annotators.severity)}`,
    );
  console.log(
    `  false-positive rate on clean replies: ${fmt(r.fpRate)} ${interval(r.fpRateInterval)} (any finding), ${fmt(r.fpRateErrors)} (an error); severity agreement ${fmt(r.severityAgreement)}`,
  );
  console.log(`  micro F1 by client's country: ${groupLine(r.byReader)}`);
  confusionTable(`Rule confusion, ${part}`, r.confusion);
  confusionTable(`Severity, ${part}`, r.severityConfusion);
  if (verbose)
    for (const f of r.failures)
      console.log(
        `  ${f.id}: ${f.missed.length ? `missed ${f.missed.join(', ')}; ` : ''}${f.extra.length ? `extra ${f.extra.join(', ')}; ` : ''}${f.severity.join('; ')}\n      draft: ${f.draft}`,
      );
}

function printPublic(p: PublicResults) {
  const rows: [string, Scores][] = [];
  if (p.disclosure) {
    rows.push(['disclosure vs Info', p.disclosure.personalDisclosureVsInformation]);
    rows.push(['disclosure vs Info|Emo', p.disclosure.personalDisclosureVsAnyDisclosure]);
    rows.push(['ack vs Emo_support', p.disclosure.acknowledgementVsEmoSupport]);
  }
  if (p.requests) {
    rows.push(['ask|imperative vs request', p.requests.businessAskOrImperative]);
    rows.push(['business-ask vs request', p.requests.businessAsk]);
    rows.push(['imperative vs request', p.requests.imperative]);
  }
  if (rows.length)
    scoreTable(
      `Public data, held-out part (OffMyChest ${p.disclosure?.heldOut ?? 0}, Enron ${p.requests?.heldOut ?? 0} sentences)`,
      rows,
    );
  if (p.politeness)
    console.log(
      `  politeness, top vs bottom quartile (${p.politeness.heldOut} held-out requests): accuracy ${fmt(p.politeness.accuracy)}; cross-validated (weights.json) ${fmt(p.politeness.crossValidated)}; published: model 0.84, humans 0.87`,
    );
}

/**
 * JSON laid out as the repository's formatter (Biome) would: objects one key a line, arrays that
 * fit in 110 columns on one line, so `npm run lint` accepts a freshly written results.json.
 */
function formatJson(value: unknown, indent = 0, prefix = 0, tail = 0): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v, i) => formatJson(v, indent + 2, indent + 2, i < value.length - 1 ? 1 : 0));
    const flat = `[${items.join(', ')}]`;
    if (!flat.includes('\n') && prefix + flat.length + tail <= 110) return flat;
    return `[\n${items.map((i) => `${pad}  ${i}`).join(',\n')}\n${pad}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries
      .map(([k, v], i) => {
        const key = `${pad}  ${JSON.stringify(k)}: `;
        return key + formatJson(v, indent + 2, key.length, i < entries.length - 1 ? 1 : 0);
      })
      .join(',\n')}\n${pad}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The README's accuracy tables, from the frozen test part and the public held-out parts. */
function markdown(c: CueResults, r: RuleResults, p: PublicResults): string {
  const lines = [
    `Cue detectors, frozen test part (${c.n} messages; found = confidence >= 0.6):`,
    '',
    '| cue | precision | recall | F1 | expected |',
    '| --- | --- | --- | --- | --- |',
    ...CUE_TYPES.map((t) => {
      const s = c.perType[t]!;
      return `| ${t} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} | ${s.support} |`;
    }),
    '',
    `Rules, frozen test part (${r.n} thread+draft cases, ${r.clean} clean): false-positive rate on clean replies ${fmt(r.fpRate)} (95% interval ${interval(r.fpRateInterval).slice(1, -1)}; any finding), ${fmt(r.fpRateErrors)} (an \`error\`); severity as the coach's ${fmt(r.severityAgreement)}.`,
    '',
    `| rule | precision | recall | F1 | F1, 95% interval | expected |${r.annotators ? " two annotators' F1 |" : ''}`,
    `| --- | --- | --- | --- | --- | --- |${r.annotators ? ' --- |' : ''}`,
    ...RULE_IDS.map((id) => {
      const s = r.perRule[id]!;
      return `| ${id}${s.implemented ? '' : ' (not implemented)'} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} | ${interval(s.f1Interval).slice(1, -1)} | ${s.support} |${r.annotators ? ` ${fmt(r.annotators.perRule[id].f1)} |` : ''}`;
    }),
    `| micro | ${fmt(r.micro.precision)} | ${fmt(r.micro.recall)} | ${fmt(r.micro.f1)} | ${interval(r.micro.f1Interval).slice(1, -1)} | ${r.micro.support} |${r.annotators ? ` ${fmt(r.annotators.micro)} |` : ''}`,
  ];
  const pub: string[] = [];
  const row = (name: string, s: Scores, n: number) =>
    `| ${name} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} | ${n} |`;
  if (p.disclosure) {
    pub.push(
      row(
        'personal-disclosure vs OffMyChest Information_disclosure',
        p.disclosure.personalDisclosureVsInformation,
        p.disclosure.heldOut,
      ),
    );
    pub.push(
      row(
        'acknowledgement vs OffMyChest Emo_support',
        p.disclosure.acknowledgementVsEmoSupport,
        p.disclosure.heldOut,
      ),
    );
  }
  if (p.requests)
    pub.push(
      row(
        'business-ask or imperative vs Enron requests',
        p.requests.businessAskOrImperative,
        p.requests.heldOut,
      ),
    );
  if (pub.length)
    lines.push(
      '',
      'Public data, fixed held-out parts:',
      '',
      '| detector vs label | precision | recall | F1 | sentences |',
      '| --- | --- | --- | --- | --- |',
      ...pub,
    );
  if (p.politeness)
    lines.push(
      '',
      `Politeness score, Wikipedia requests, top vs bottom quartile: ${fmt(p.politeness.accuracy)} on ${p.politeness.heldOut} held-out requests (in-sample: the shipped weights were fitted on all rows), ${fmt(p.politeness.crossValidated)} 10-fold cross-validated by the training script; published: 0.84 (model), 0.87 (humans).`,
    );
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

/** Whether the verdict model was trained on what the rules and cues now find on the dev part. */
function verdictStaleness(seen: { id: string; features: string[] }[]): string {
  const trained = (verdictWeights as { trainedOn?: { fingerprint?: string; cases?: number } }).trainedOn;
  const now = featuresFingerprint(seen);
  if (trained?.fingerprint === now)
    return `Verdict model: trained on what the rules and cues find on these ${seen.length} dev cases (${now}).`;
  return `Verdict model: STALE. It was trained on ${trained?.cases ?? '?'} dev cases (${trained?.fingerprint ?? 'no fingerprint'}); the dev cases, or what the rules and cues find on them, have changed since (${seen.length} cases, ${now}). Retrain with \`npm run train:verdict\`, then run the eval again.`;
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const cueCases = readCases<CueCase>(o.cases, 'cues');
  const ruleCases = readCases<RuleCase>(o.cases, 'rules');
  if (o.devOnly) {
    cueCases.test = [];
    ruleCases.test = [];
  }
  const cues = {
    dev: evalCues(cueCases.dev, o.minConfidence),
    validation: evalCues(cueCases.validation, o.minConfidence),
    test: evalCues(cueCases.test, o.minConfidence),
  };
  const secondLabels = readSecondLabels(join(o.cases, '..', 'agreement'));
  const devSeen: { id: string; features: string[] }[] = [];
  const rules = {
    dev: evalRules(ruleCases.dev, secondLabels, o.verdict, devSeen),
    validation: evalRules(ruleCases.validation, secondLabels, o.verdict),
    test: evalRules(ruleCases.test, secondLabels, o.verdict),
  };
  for (const part of o.devOnly ? (['dev'] as const) : (['dev', 'test'] as const)) {
    printCues(part, cues[part], o.verbose);
    printRules(part, rules[part], o.verbose);
  }
  if (o.verdict) console.log(`\n${verdictStaleness(devSeen)}`);
  // The validation part's totals are printed in every mode, its cases never: once read, it
  // would be one more dev part.
  if (cueCases.validation.length) printCues('validation', cues.validation, false);
  if (ruleCases.validation.length) printRules('validation', rules.validation, false);
  const pub = o.public ? evalPublic(o) : { skipped: ['public data: skipped (--no-public)'] };
  printPublic(pub);

  const results = {
    minConfidence: o.minConfidence,
    cues: { ...cues, validation: { ...cues.validation, failures: [] } },
    rules: { ...rules, validation: { ...rules.validation, failures: [] } },
    public: pub,
  };
  if (!o.devOnly && existsSync(o.out)) {
    try {
      const previous = JSON.parse(readFileSync(o.out, 'utf8'));
      const all = deltas(previous, results, (p) =>
        /\.(precision|recall|f1|fpRate|fpRateErrors|severityAgreement|accuracy)$/.test(p),
      );
      const changed = all.filter((d) => d.before !== null && d.after !== null);
      const appeared = all.length - changed.length;
      console.log(
        `\nChanges since the last run (${o.out}): ${changed.length ? '' : 'none'}${appeared ? ` (${appeared} values new or gone, not listed)` : ''}`,
      );
      for (const d of changed)
        console.log(
          `  ${pad(d.path, 60)} ${fmt(d.before)} -> ${fmt(d.after)} (${d.delta! > 0 ? '+' : ''}${d.delta!.toFixed(3)})`,
        );
    } catch {
      console.log(`\n${o.out}: previous results unreadable, no comparison`);
    }
  }
  if (o.markdown) console.log(`\n${markdown(cues.test, rules.test, pub)}`);
  if (o.write) {
    writeFileSync(o.out, `${formatJson(results)}\n`);
    console.log(`\nwrote ${o.out}`);
  }
}

main();
