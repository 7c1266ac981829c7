// Builds the CLI twice over the same sources:
// - dist/cli.js, an ES module bundle. Code splitting keeps the entry small: `--help` and
//   `explain` never load the language model (about 3 MB); commands import what they need.
// - dist/rapport.blob, a V8 startup snapshot of a CommonJS bundle (src/cli/snapshot.ts) with the
//   model and lexicons already loaded. bin/rapport starts from it when it was built by this
//   very Node binary (dist/rapport.blob.key), and falls back to dist/cli.js otherwise. A snapshot
//   that fails to build fails the build (scripts/snapshot-outcome.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { snapshotOutcome } from './snapshot-outcome.mjs';

// Native or optional-native drivers load from node_modules at run time.
const NATIVE = ['better-sqlite3', 'pg', 'pg-native'];

rmSync('dist', { recursive: true, force: true });

// Node 20 runs all of ES2023. esbuild's node targets (node20, even node22, in 0.28) rewrite every
// \p{...} regular expression literal into `new RegExp(...)`, compiled again on each call.
const TARGET = 'es2023';

await build({
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: TARGET,
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __rapportCreateRequire } from 'node:module';\nconst require = __rapportCreateRequire(import.meta.url);",
  },
  external: NATIVE,
  legalComments: 'none',
  logLevel: 'warning',
});

// In a snapshot `require` reaches only Node's built-in modules: native packages go through the
// require that src/cli/snapshot.ts creates at start.
const runtimeRequire = {
  name: 'runtime-require',
  setup(b) {
    const filter = new RegExp(`^(${NATIVE.join('|')})$`);
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'runtime-require' }));
    b.onLoad({ filter: /.*/, namespace: 'runtime-require' }, (args) => ({
      contents: `module.exports = globalThis.__rapportRequire(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

// wink's English model is 3 MB of JSON. As a JavaScript literal in the bundle it would stay in
// the snapshot twice (the source text and the object it makes, ~14 MB); read from its file while
// the snapshot is built, only the decoded model is kept.
const WINK_MODEL_DIR = dirname(createRequire(import.meta.url).resolve('wink-eng-lite-web-model'));
const WINK_CORE_JSON = join(WINK_MODEL_DIR, 'languages/cur/models/eng-core-web-model.json');
const COMPACT_LEXICON = resolve('src/cli/compact-lexicon.ts');
const winkModelFromFile = {
  name: 'wink-model-from-file',
  setup(b) {
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const required = 'require("./languages/cur/models/eng-core-web-model.json")';
      const copied = 'JSON.parse(JSON.stringify(originalModel))';
      if (!source.includes(required) || !source.includes(copied))
        throw new Error(`${args.path} changed: update the wink-model-from-file step of scripts/build.mjs`);
      const read = `JSON.parse(require("node:fs").readFileSync(${JSON.stringify(WINK_CORE_JSON)}, "utf8"))`;
      // Its 87,593 words as one string and a table (src/cli/compact-lexicon.ts): a third of the start.
      const exported = 'module.exports=readModel';
      if (!source.includes(exported))
        throw new Error(`${args.path} changed: update the wink-model-from-file step of scripts/build.mjs`);
      const compacted = `module.exports=()=>require(${JSON.stringify(COMPACT_LEXICON)}).compactWinkLexicon(readModel())`;
      return {
        contents: source.replace(required, 'undefined').replace(copied, read).replace(exported, compacted),
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};

await build({
  entryPoints: { snapshot: 'src/cli/snapshot.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: TARGET,
  plugins: [runtimeRequire, winkModelFromFile],
  // A CommonJS bundle has no import.meta; email-reply-parser asks it for a require (of re2).
  define: { 'import.meta.url': '__rapportModuleUrl' },
  banner: { js: 'var __rapportModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// V8 keeps a script's source for lazy compilation; one non-ASCII character (wink's regular
// expressions have dashes and quotes) makes it a two-byte string of twice the size. Escaped, the
// same characters mean the same in strings and regular expressions. A character already escaped
// ("\–" in wink's /[a-z\-\–\—\.]/) loses that backslash: "\\u2013" would be a backslash and "u2013".
const snapshotSource = readFileSync('dist/snapshot.js', 'utf8');
writeFileSync('dist/snapshot.js', snapshotSource.replace(/(\\*)([^\0-\x7f])/g, asciiEscape));

function asciiEscape(_match, backslashes, c) {
  const kept = backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes;
  return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

// --no-rehash-snapshot: V8 otherwise re-hashes every string and dictionary of the snapshot at
// start (wink's 87,000-word lexicon: ~45 ms). The hash seed stays the one chosen at build time,
// random per machine. bin/rapport passes the same flag, which V8 requires.
const made = spawnSync(
  process.execPath,
  ['--no-rehash-snapshot', '--snapshot-blob', 'dist/rapport.blob', '--build-snapshot', 'dist/snapshot.js'],
  { encoding: 'utf8' },
);
const outcome = snapshotOutcome(made, process.env);
if (!outcome.ok) {
  process.stderr.write(outcome.message);
  if (outcome.fatal) process.exit(1);
} else {
  if (made.stderr.trim()) process.stderr.write(made.stderr);
  writeFileSync('dist/rapport.blob.key', `${nodeKey()}\n`);
}

/** What bin/rapport compares: the Node binary's real path, size and modification time. */
function nodeKey() {
  const node = realpathSync(process.execPath);
  const { size, mtimeMs } = statSync(node);
  return `${node} ${size} ${Math.floor(mtimeMs / 1000)}`;
}
