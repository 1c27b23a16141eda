// Only the matchers bundle: a setup file that loaded core's index would make every test file compile it, used or
// not (see build/lazy-core-reexport.mjs).
import { matchers, snapshotSerializer } from '@auth0-actions-mock/core/matchers';

interface Extendable {
  extend(matchers: object): void;
  /** Jest's `expect` has it; the standalone `expect` package, which has no snapshots, does not. */
  addSnapshotSerializer(serializer: typeof snapshotSerializer): void;
}

const NO_GLOBAL_EXPECT = [
  '@auth0-actions-mock/jest: there is no global `expect` to extend. This entry is a Jest setup file; load it from your Jest config:',
  "  preset: '@auth0-actions-mock/jest'   or   setupFilesAfterEnv: ['@auth0-actions-mock/jest']",
  "With `injectGlobals: false`, use setupFilesAfterEnv: ['@auth0-actions-mock/jest/jest-globals'] and import from that entry.",
  'Outside Jest: Vitest users install @auth0-actions-mock/vitest; node:test and mocha users call',
  "expect.extend(matchers) with `matchers` from '@auth0-actions-mock/core/matchers'.",
].join('\n');

/** Adds the matchers and the snapshot serializer to Jest's global `expect`, or explains where they belong. */
export function extendGlobalExpect(): void {
  const candidate = (globalThis as { expect?: Partial<Extendable> }).expect;
  if (typeof candidate?.extend !== 'function') throw new Error(NO_GLOBAL_EXPECT);
  candidate.extend(matchers);
  if (typeof candidate.addSnapshotSerializer === 'function') candidate.addSnapshotSerializer(snapshotSerializer);
}
