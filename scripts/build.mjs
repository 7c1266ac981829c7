// Bundles the CLI. Code splitting keeps the entry small: `--help` and `explain` never load the
// language model (about 3 MB of the bundle); commands import what they need on first use.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __rapportCreateRequire } from 'node:module';\nconst require = __rapportCreateRequire(import.meta.url);",
  },
  // Native or optional-native drivers load from node_modules at run time.
  external: ['better-sqlite3', 'pg', 'pg-native'],
  legalComments: 'none',
  logLevel: 'warning',
});
