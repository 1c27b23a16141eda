import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/vitest/**/*.test.ts'],
    setupFiles: ['@auth0-actions-mock/vitest'],
  },
});
