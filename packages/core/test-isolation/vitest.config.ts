import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * A separate Vitest project, run as a child process by test/security/worker-isolation.test.ts (its fixtures are
 * `*.fixture.ts`, so the main suite never collects them). Two suites run at the same time in two forked workers
 * and meet halfway (see rendezvous.ts); one fixture fails on purpose with a fake clock installed.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test-isolation/**/*.fixture.ts'],
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    isolate: true,
    testTimeout: 60_000,
  },
});
