import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests exercise the TypeScript sources; the build is checked by the adapters, examples and compat suites.
    restoreMocks: true,
    setupFiles: ['test/support/fast-check-seed.ts'],
    // Property suites run thousands of cases: a loaded 2-core CI machine needs more than the 5 s default.
    testTimeout: 30_000,
  },
});
