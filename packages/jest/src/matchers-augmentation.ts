/**
 * Types for the matchers, in the two places Jest users look them up. Parameter lists copy each declaration
 * exactly: interface merging requires identical type parameters.
 */
import type { ActionMatchers } from '@auth0-actions-mock/core/matchers';
import type {} from 'expect';

declare module 'expect' {
  // `expect` and `@jest/globals` users (Jest 30).
  interface Matchers<R extends void | Promise<void>, T = unknown> extends ActionMatchers<R> {}
}

declare global {
  // `@types/jest` users: the global `expect` is typed through `jest.Matchers`.
  namespace jest {
    interface Matchers<R, T = {}> extends ActionMatchers<R> {}
  }
}
