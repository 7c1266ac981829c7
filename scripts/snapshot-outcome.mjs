// What the build does when `node --build-snapshot` fails. A Node that has no such option (an old
// or a custom build) gets the fallback, and bin/rapport starts from dist/cli.js, only slower. Any
// other failure is a fault of the bundle (V8 once gave up on one regular expression of ours with
// a fatal error in its serializer): the build fails and says so, rather than leave every start
// 300 ms slower unnoticed. RAPPORT_ALLOW_NO_SNAPSHOT=1 takes the fallback anyway.

/**
 * @param {{ status: number | null, signal?: string | null, stderr: string }} made the snapshot build's result
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true } | { ok: false, fatal: boolean, message: string }}
 */
export function snapshotOutcome(made, env) {
  if (made.status === 0) return { ok: true };
  const cause = made.stderr.trim() || `node exited with ${made.signal ?? `status ${made.status}`}`;
  if (/bad option: --(build-snapshot|snapshot-blob|no-rehash-snapshot)/.test(made.stderr))
    return {
      ok: false,
      fatal: false,
      message: `build: this Node cannot build a startup snapshot; bin/rapport will use dist/cli.js\n${cause}\n`,
    };
  if (env.RAPPORT_ALLOW_NO_SNAPSHOT === '1')
    return {
      ok: false,
      fatal: false,
      message: `build: no startup snapshot (RAPPORT_ALLOW_NO_SNAPSHOT=1; bin/rapport will use dist/cli.js):\n${cause}\n`,
    };
  return {
    ok: false,
    fatal: true,
    message:
      'build: the startup snapshot (dist/rapport.blob) failed to build from dist/snapshot.js.\n' +
      'Something in the bundle cannot be kept in a V8 snapshot (look at the last change to a regular\n' +
      'expression or to what src/cli/snapshot.ts loads). To build without it, and start slower, run\n' +
      'again with RAPPORT_ALLOW_NO_SNAPSHOT=1. What node said:\n' +
      `${cause}\n`,
  };
}
