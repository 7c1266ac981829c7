/**
 * The entry of the V8 startup snapshot (dist/rapport.blob, made by `npm run build`). Building it
 * runs this file once: the language model is decoded and every lexicon index compiled by a
 * warm-up check, and the heap is saved. `bin/rapport` starts Node from that heap, so a check
 * no longer pays ~250 ms of model loading per process (README, Performance).
 *
 * Only pure work may run before the snapshot is taken: whatever reads the terminal, the
 * environment or the arguments (picocolors, the commands) is loaded after start, in `main`.
 */
import { startupSnapshot } from 'node:v8';
import { check } from '../core/check.ts';
import { sentimentOf } from '../core/text/analyze.ts';
import { parseThread } from '../core/thread-schema.ts';
import { runCli } from './main.ts';

// The snapshot bundle is CommonJS; `require` here can load only Node's built-in modules.
declare const require: (id: string) => unknown;
declare const __dirname: string;

/** Packages with native code cannot live in a snapshot: they are loaded from node_modules at run time. */
declare global {
  var __rapportRequire: ((id: string) => unknown) | undefined;
}

/** A short thread that walks every detector and rule once. */
const WARM_UP = {
  participants: [
    { id: 'client', name: 'Client', role: 'client', culture: 'US' },
    { id: 'rep', name: 'Rep', role: 'rep', culture: 'RU' },
  ],
  messages: [
    {
      from: 'client',
      at: '2026-07-06T15:00:00Z',
      text: 'Hi, thanks for the demo! Sorry for the slow reply, I took my family to the lake last week. How is the weather in Moscow?',
    },
  ],
  draft: {
    from: 'rep',
    at: '2026-07-07T07:00:00Z',
    text: 'So, do you want to buy our product? Send me the signed contract by Friday. The price is not negotiable.',
  },
};

/** Where the blob was loaded from (`--snapshot-blob PATH`), else where it was built. */
function distDirectory(): string {
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--snapshot-blob' && args[i + 1]) return dirnameOf(args[i + 1]!);
    if (arg.startsWith('--snapshot-blob=')) return dirnameOf(arg.slice('--snapshot-blob='.length));
  }
  return BUILT_IN;
}

function dirnameOf(file: string): string {
  const { dirname, resolve } = require('node:path') as typeof import('node:path');
  return dirname(resolve(file));
}

const BUILT_IN = __dirname;

check(parseThread(WARM_UP), { lang: 'en' });
check(parseThread(WARM_UP), { lang: 'ru' });
// wink's sentiment pipeline is a second wink instance, built on first use, and building one
// decodes the whole language model (~100 ms): build it here, whether or not the warm-up needed it.
sentimentOf('Thank you so much, it was a pleasure!');

startupSnapshot.setDeserializeMainFunction(() => {
  const { createRequire } = require('node:module') as typeof import('node:module');
  const { join } = require('node:path') as typeof import('node:path');
  globalThis.__rapportRequire = createRequire(join(distDirectory(), 'cli.js'));
  // `node --snapshot-blob FILE -- ARGS`: Node drops the "--", ARGS follow the executable.
  void runCli(process.argv.slice(1));
});
