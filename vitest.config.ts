import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    // Limits, not measurements: a test that builds the CLI (beforeAll) or starts child processes
    // takes several times longer on a loaded two-CPU machine, and must not fail for that.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
