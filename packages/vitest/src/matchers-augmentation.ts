/**
 * Types for the matchers in Vitest 4 and Vitest 5 from one declaration.
 *
 * Vitest 4 declares `interface Matchers<T = any>`, Vitest 5 `interface Matchers<R extends void | Promise<void> =
 * void | Promise<void>, T = unknown>`. Merged declarations must agree on their type parameters, but TypeScript
 * lets a declaration list fewer of them when the others have defaults: a declaration with none merges into
 * both. What an assertion returns (`R` in Vitest 5: `void`, or a promise after `.resolves`) is read from the
 * assertion itself through the polymorphic `this` type, the way Vitest's own `toStrictEqual` returns it.
 */
import type { ActionMatchers } from '@auth0-actions-mock/core/matchers';
// Type-only here, so the CommonJS build never requires vitest; the build puts `import 'vitest'` back at the top
// of each emitted declaration file (tsup.config.ts), where the augmentation needs it.
import type {} from 'vitest';

/** What an assertion's built-in matchers return: `void` in Vitest 4, `R` in Vitest 5. */
type ResultOf<Assertion> = Assertion extends { toStrictEqual: (...args: any[]) => infer R } ? R : void;

declare module 'vitest' {
  interface Matchers {
    toHaveDenied(...args: Parameters<ActionMatchers['toHaveDenied']>): ResultOf<this>;
    toHaveChallengedWith(...args: Parameters<ActionMatchers['toHaveChallengedWith']>): ResultOf<this>;
    toHaveChallengedWithAny(...args: Parameters<ActionMatchers['toHaveChallengedWithAny']>): ResultOf<this>;
    toRedirectTo(...args: Parameters<ActionMatchers['toRedirectTo']>): ResultOf<this>;
    toHaveSetResultUrl(...args: Parameters<ActionMatchers['toHaveSetResultUrl']>): ResultOf<this>;
    toHaveRenderedPrompt(...args: Parameters<ActionMatchers['toHaveRenderedPrompt']>): ResultOf<this>;
    toHaveCached(...args: Parameters<ActionMatchers['toHaveCached']>): ResultOf<this>;
  }
}
