import { defineConfig } from 'vitest/config';

// The set-up line: the setup file registers the matchers on Vitest's expect.
export default defineConfig({
  test: { setupFiles: ['@auth0-actions-mock/vitest'] },
});
