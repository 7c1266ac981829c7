/**
 * `npm run bench`: speed and memory of the things a rep and a lead wait for, each a median over
 * repeated runs after a warm-up, with anchors measured in the same run on the same messages:
 * alex (a retext-based prose linter) and a plain regex tokenisation pass (a lower bound).
 * Writes bench/results.json. `--quick` runs a small smoke version (CI uses it to prove it works).
 * `--only analysis` measures only the per-message cue analysis and its anchors, prints them and
 * writes nothing (for profiling and comparing changes to the analysis).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { text as alex } from 'alex';
import autocannon from 'autocannon';
import { build as bundle } from 'esbuild';
import type { AnalysisCache, Thread } from '../src/core/index.ts';
import { messages, wordCount } from './corpus.ts';
import { writeMbox } from './mbox.ts';

const quick = process.argv.includes('--quick');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
if (only !== undefined && only !== 'analysis') {
  process.stderr.write(`bench: --only takes 'analysis', not ${JSON.stringify(only)}\n`);
  process.exit(2);
}
/** Size of the generated mbox for the audit benchmark: 2 GB by default, --audit-mb N to change. */
const auditMbArg = process.argv.indexOf('--audit-mb');
const auditMb = auditMbArg > 0 ? Number(process.argv[auditMbArg + 1]) : quick ? 2 : 2048;
const ROOT = join(import.meta.dirname, '..');
/** The command as installed: starts from the V8 startup snapshot that `npm run build` makes. */
const BIN = join(ROOT, 'bin', 'rapport');
/** The ES module bundle it falls back to (another Node, no snapshot). */
const CLI = join(ROOT, 'dist', 'cli.js');
const RUNS = quick ? 3 : 7;

// The core as it ships: bundled by esbuild as `npm run build` does. Under tsx every function
// would also get a name set at run time (keep-names), which costs the detectors about 7%.
const CORE_BUNDLE = join(ROOT, 'node_modules', '.cache', 'rapport-bench', 'core.js');
await bundle({
  entryPoints: [join(ROOT, 'src', 'core', 'index.ts')],
  outfile: CORE_BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // As scripts/build.mjs: a node target would turn \p{...} regex literals into per-call RegExps.
  target: 'es2023',
  logLevel: 'warning',
});
const { analyze, check, detectCues, parseThread }: typeof import('../src/core/index.ts') = await import(
  pathToFileURL(CORE_BUNDLE).href
);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median milliseconds of `fn` over RUNS runs, after one warm-up run. */
function time(fn: () => void, runs = RUNS): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

// --- per-message analysis -------------------------------------------------------------------
const batch = messages(quick ? 100 : 1000, 100);
const words = batch.reduce((sum, m) => sum + wordCount(m), 0);
const perMessage = (ms: number) => ms / batch.length;

const cueMs = perMessage(
  time(() => {
    for (const m of batch) detectCues(analyze(m));
  }),
);
const alexMs = perMessage(
  time(
    () => {
      for (const m of batch) alex(m);
    },
    quick ? 1 : 3,
  ),
);
const regexMs = perMessage(
  time(() => {
    for (const m of batch) m.match(/[\p{L}\p{N}'’]+/gu);
  }),
);
if (only === 'analysis') {
  const [load] = loadavg();
  process.stdout.write(
    `cue analysis ${round(cueMs)} ms/message, alex ${round(alexMs)} ms (${round(alexMs / cueMs, 1)}x), ` +
      `regex ${round(regexMs, 4)} ms (${round(cueMs / regexMs, 1)}x); ${batch.length} messages of ` +
      `${Math.round(words / batch.length)} words, load average ${load?.toFixed(2)}\n`,
  );
  process.exit(0);
}

// --- check ----------------------------------------------------------------------------------
const founding = parseThread(
  JSON.parse(readFileSync(join(ROOT, 'examples', 'founding-case.json'), 'utf8')),
  'founding-case.json',
);

function longThread(n: number): Thread {
  const texts = messages(n, 40, 7);
  return {
    participants: [
      { id: 'c', name: 'Dana Lee', role: 'client', culture: 'US' },
      { id: 'r', name: 'Marina', role: 'rep', culture: 'RU' },
    ],
    messages: texts.map((text, i) => ({
      from: i % 2 ? 'r' : 'c',
      at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      text,
    })),
    draft: {
      from: 'r',
      at: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
      text: 'So, do you want to buy our product?',
    },
  };
}
const fifty = longThread(50);
const foundingMs = time(() => check(founding));
const fiftyMs = time(() => check(fifty));
// The editor's case: the thread is analysed once; each keystroke re-checks only the draft.
const cache: AnalysisCache = new Map();
check(fifty, { cache });
let keystroke = 0;
const incrementalMs = time(
  () => {
    keystroke++;
    check(fifty, {
      cache,
      draftText: `So, do you want to buy our product${'?'.repeat(1 + (keystroke % 3))}`,
    });
  },
  quick ? 5 : 50,
);

// --- whole processes ------------------------------------------------------------------------
interface ProcessRun {
  ms: number;
  maxRssKb: number;
  code: number | null;
}
function runCli(args: string[], input?: string): ProcessRun {
  const start = performance.now();
  // NODE_OPTIONS reaches the node that bin/rapport starts: the preload reports its peak memory.
  const result = spawnSync(BIN, args, {
    input,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: `--require ${join(ROOT, 'bench', 'max-rss.cjs')}` },
  });
  const ms = performance.now() - start;
  const rss = /RAPPORT_MAX_RSS_KB=(\d+)/.exec(result.stderr ?? '');
  return { ms, maxRssKb: rss ? Number(rss[1]) : Number.NaN, code: result.status };
}
/**
 * The environment bin/rapport gives the Node it starts: without NODE_EXTRA_CA_CERTS, whose
 * certificate bundle Node would otherwise read at every start (bin/rapport says why).
 */
const BIN_ENV = { ...process.env };
delete BIN_ENV.NODE_EXTRA_CA_CERTS;
/** Median wall time of a whole process, after one warm-up run (which fills the file cache). */
function medianProcess(command: string, args: string[], env = BIN_ENV, runs = RUNS): number {
  const once = () => {
    const start = performance.now();
    spawnSync(command, args, { stdio: 'ignore', env });
    return performance.now() - start;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0) {
  process.stderr.write(`bench: npm run build failed:\n${build.stderr}\n`);
  process.exit(2);
}
const FOUNDING_FILE = join(ROOT, 'examples', 'founding-case.json');
const helpMs = medianProcess(BIN, ['--help']);
const checkProcessMs = medianProcess(BIN, ['check', FOUNDING_FILE, '--format', 'json']);
// For the reader: what the snapshot saves, and Node's own start-up on this machine.
const checkModulesMs = medianProcess(process.execPath, [CLI, 'check', FOUNDING_FILE, '--format', 'json']);
const nodeStartMs = medianProcess(process.execPath, ['-e', '0']);
// What bin/rapport saves by unsetting NODE_EXTRA_CA_CERTS, where this environment sets it.
const nodeStartWithExtraCertsMs = process.env.NODE_EXTRA_CA_CERTS
  ? medianProcess(process.execPath, ['-e', '0'], process.env)
  : Number.NaN;
// Where a snapshot check's time goes: starting from the snapshot heap alone (`--version` does no
// work) against Node's own start, and the rest is the first, cold check.
const BLOB = join(ROOT, 'dist', 'rapport.blob');
const snapshotStartMs = existsSync(BLOB)
  ? medianProcess(process.execPath, ['--no-rehash-snapshot', '--snapshot-blob', BLOB, '--', '--version'])
  : Number.NaN;

// `rapport cues` streaming: memory must stay flat as the input grows.
const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
// The generated inputs (up to 2 GB) go when the run ends, however it ends.
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const sizes = quick ? [1000] : [1000, 10_000, 100_000];
const cuesRuns = sizes.map((n) => {
  const file = join(dir, `messages-${n}.jsonl`);
  const pool = messages(Math.min(n, 2000), 100, 11);
  writeFileSync(
    file,
    Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, text: pool[i % pool.length] })).join('\n'),
  );
  const run = runCli(['cues', file]);
  return {
    messages: n,
    seconds: round(run.ms / 1000, 2),
    messagesPerSecond: Math.round(n / (run.ms / 1000)),
    maxRssMb: round(run.maxRssKb / 1024, 1),
    exit: run.code,
  };
});

// `rapport audit` on a generated mbox: throughput and peak memory (it streams the archive).
const mboxPath = join(dir, 'bench.mbox');
const mbox = await writeMbox(mboxPath, auditMb);
const auditRun = runCli(['audit', mboxPath, '--me', 'marina@acme.example', '--format', 'json', '--quiet']);
const mboxMb = statSync(mboxPath).size / 2 ** 20;
const audit = {
  megabytes: round(mboxMb, 1),
  messages: mbox.messages,
  seconds: round(auditRun.ms / 1000, 1),
  mbPerSecond: round(mboxMb / (auditRun.ms / 1000), 2),
  messagesPerSecond: Math.round(mbox.messages / (auditRun.ms / 1000)),
  maxRssMb: round(auditRun.maxRssKb / 1024, 1),
  exit: auditRun.code,
};

// The server under a loopback load test: POST /v1/check with the founding case.
async function serverLoad(): Promise<{
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--db', join(dir, 'bench.db'), '--port', '0', '--rate-limit', '1000000'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const found = /serving (http:\/\/\S+)/.exec(seen);
        if (found) resolve(found[1]!.replace(/\/$/, ''));
      });
      child.once('exit', () => reject(new Error(`server exited: ${seen}`)));
    });
    const body = await readFile(join(ROOT, 'examples', 'founding-case.json'), 'utf8');
    const result = await autocannon({
      url: `${url}/v1/check`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: 8,
      duration: quick ? 2 : 10,
    });
    return {
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.non2xx,
    };
  } finally {
    child.kill('SIGTERM');
  }
}
const server = await serverLoad();

// --- report ---------------------------------------------------------------------------------
const results = {
  date: new Date().toISOString(),
  quick,
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 2 ** 30, 1),
    node: process.version,
  },
  analysis: {
    messages: batch.length,
    wordsPerMessage: Math.round(words / batch.length),
    cuesMsPerMessage: round(cueMs),
    cuesWordsPerSecond: Math.round(words / ((cueMs * batch.length) / 1000)),
    alexMsPerMessage: round(alexMs),
    regexMsPerMessage: round(regexMs, 4),
    fasterThanAlex: round(alexMs / cueMs, 1),
    timesRegex: round(cueMs / regexMs, 1),
  },
  check: {
    foundingCaseMs: round(foundingMs, 2),
    fiftyMessageThreadMs: round(fiftyMs, 2),
    incrementalDraftMs: round(incrementalMs, 3),
  },
  process: {
    helpMs: round(helpMs, 1),
    checkFoundingCaseMs: round(checkProcessMs, 1),
    checkFoundingCaseWithoutSnapshotMs: round(checkModulesMs, 1),
    nodeStartMs: round(nodeStartMs, 1),
    /** Null where NODE_EXTRA_CA_CERTS is not set. */
    nodeStartWithExtraCaCertsMs: Number.isNaN(nodeStartWithExtraCertsMs)
      ? null
      : round(nodeStartWithExtraCertsMs, 1),
    snapshotStartMs: round(snapshotStartMs, 1),
  },
  cuesStreaming: cuesRuns,
  audit,
  server,
  targets: {
    'cues >= 20x faster than alex': alexMs / cueMs >= 20,
    'cues <= 15x regex (about 0.3 ms)': cueMs <= 15 * regexMs || cueMs <= 0.3,
    'incremental re-check < 1 ms': incrementalMs < 1,
    'CLI check on the founding case < 150 ms': checkProcessMs < 150,
  },
};

const rows: [string, string][] = [
  [
    'cue analysis, ms per ~100-word message',
    `${results.analysis.cuesMsPerMessage} (${results.analysis.cuesWordsPerSecond.toLocaleString('en')} words/s)`,
  ],
  [
    'alex, ms per message (anchor)',
    `${results.analysis.alexMsPerMessage} (rapport is ${results.analysis.fasterThanAlex}x faster)`,
  ],
  [
    'regex tokenisation, ms per message (lower bound)',
    `${results.analysis.regexMsPerMessage} (rapport is ${results.analysis.timesRegex}x slower)`,
  ],
  ['check, founding case (in-process)', `${results.check.foundingCaseMs} ms`],
  ['check, 50-message thread (in-process)', `${results.check.fiftyMessageThreadMs} ms`],
  ['incremental re-check of a draft', `${results.check.incrementalDraftMs} ms`],
  ['CLI --help, whole process (bin/rapport)', `${results.process.helpMs} ms`],
  ['CLI check founding case, whole process (bin/rapport)', `${results.process.checkFoundingCaseMs} ms`],
  [
    '  same without the snapshot (node dist/cli.js)',
    `${results.process.checkFoundingCaseWithoutSnapshotMs} ms`,
  ],
  ['  Node itself (node -e 0)', `${results.process.nodeStartMs} ms`],
  ...(results.process.nodeStartWithExtraCaCertsMs === null
    ? []
    : [
        [
          '  Node itself with NODE_EXTRA_CA_CERTS (as this environment sets it)',
          `${results.process.nodeStartWithExtraCaCertsMs} ms`,
        ] as [string, string],
      ]),
  ['  Node from the snapshot heap, no work (--version)', `${results.process.snapshotStartMs} ms`],
  ...cuesRuns.map((r): [string, string] => [
    `rapport cues, ${r.messages.toLocaleString('en')} messages`,
    `${r.seconds} s, ${r.messagesPerSecond.toLocaleString('en')} msg/s, peak ${r.maxRssMb} MB`,
  ]),
  [
    `rapport audit, ${audit.megabytes} MB mbox (${audit.messages.toLocaleString('en')} messages)`,
    `${audit.seconds} s, ${audit.mbPerSecond} MB/s, ${audit.messagesPerSecond.toLocaleString('en')} msg/s, peak ${audit.maxRssMb} MB`,
  ],
  [
    'server POST /v1/check, 8 connections',
    `${server.requestsPerSecond} req/s, p50 ${server.p50Ms} ms, p99 ${server.p99Ms} ms, ${server.errors} errors`,
  ],
  ['web bundle', 'no web app yet'],
];
const width = Math.max(...rows.map(([k]) => k.length));
process.stdout.write(
  `Rapport benchmarks${quick ? ' (quick)' : ''}: ${results.machine.cpus} x ${results.machine.cpu}, Node ${results.machine.node}\n\n`,
);
for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
process.stdout.write('\nTargets:\n');
for (const [k, ok] of Object.entries(results.targets))
  process.stdout.write(`  ${ok ? 'met   ' : 'missed'}  ${k}\n`);
if (!quick) writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
else process.stdout.write('\n(quick mode: bench/results.json not written)\n');
