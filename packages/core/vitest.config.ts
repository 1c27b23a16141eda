import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests exercise the TypeScript sources; the build is checked by the adapters, examples and compat suites.
    restoreMocks: true,
  },
});
