import { defineConfig } from 'vitest/config';

// The adapter's own suite runs on the BUILT package, set up the way a user sets it up.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['@auth0-actions-mock/vitest'],
  },
});
