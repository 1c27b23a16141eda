/**
 * Core's own suites run on Vitest 4 from the TypeScript sources: this gives them the matcher types that
 * `@auth0-actions-mock/vitest` gives users.
 */
import type { ActionMatchers } from '../../src/matchers.js';
import 'vitest';

declare module 'vitest' {
  interface Matchers<T = any> extends ActionMatchers<void> {}
}
