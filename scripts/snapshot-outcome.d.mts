/** Types of scripts/snapshot-outcome.mjs, for its test. */
export type SnapshotOutcome = { ok: true } | { ok: false; fatal: boolean; message: string };
export function snapshotOutcome(
  made: { status: number | null; signal?: string | null; stderr: string },
  env: Record<string, string | undefined>,
): SnapshotOutcome;
