import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest5/config';

// The same suite under Vitest 5 (tools/run-vitest5.mjs runs it on Node 22). Vitest 5 is installed as `vitest5`;
// the alias makes every `import ... from 'vitest'` (the tests' and the adapter's) reach it.
const vitest5 = fileURLToPath(new URL('./node_modules/vitest5/dist/index.js', import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: /^vitest$/, replacement: vitest5 }] },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['@auth0-actions-mock/vitest'],
  },
});
