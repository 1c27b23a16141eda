/**
 * Types for the matchers in Vitest 4 and Vitest 5 from one declaration.
 *
 * Vitest 4 declares `interface Matchers<T = any>`, Vitest 5 `interface Matchers<R extends void | Promise<void> =
 * void | Promise<void>, T = unknown>`. Merged declarations must agree on their type parameters, but TypeScript
 * lets a declaration list fewer of them when the others have defaults: a declaration with none merges into
 * both. What an assertion returns (`R` in Vitest 5: `void`, or a promise after `.resolves`) is read from the
 * assertion itself through the polymorphic `this` type, the way Vitest's own `toStrictEqual` returns it.
 */
import type { SelfTypedActionMatchers } from '@auth0-actions-mock/core/matchers';
// Type-only here, so the CommonJS build never requires vitest; the build puts `import 'vitest'` back at the top
// of each emitted declaration file (the `--banner` of package.json's build), where the augmentation needs it.
import type {} from 'vitest';

declare module 'vitest' {
  // Mapped from core's matcher table: a new matcher is typed here without a line of its own.
  interface Matchers extends SelfTypedActionMatchers {}
}
