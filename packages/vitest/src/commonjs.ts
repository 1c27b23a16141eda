/**
 * The CommonJS build of `@auth0-actions-mock/vitest`. Vitest refuses to be `require()`d, and it loads setup files
 * as ES modules anyway, so this build only gives what core exports (and the matcher types); the ES module build
 * is the one `setupFiles` runs, and the one that extends `expect`.
 */
import './matchers-augmentation.js';

export * from '@auth0-actions-mock/core';
export * from '@auth0-actions-mock/core/matchers';
