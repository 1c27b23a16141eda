import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['@auth0-actions-mock/vitest'],
  },
});
