import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['@auth0-actions-mock/vitest'],
    // Twelve test files, so how they start matters (two thirds of this suite's time on two cores): worker threads
    // start faster than the default child processes, and without isolation the files share one worker and load
    // Vitest and the library once. Vitest suggests `isolate: false` for Node suites without side effects; it holds
    // here because each file imports an Action of its own and mockEvent/mockApi build fresh state on every call.
    // Keep the default (`isolate: true`) if your Actions keep state at module level that one file could leave for
    // another.
    pool: 'threads',
    isolate: false,
  },
});
