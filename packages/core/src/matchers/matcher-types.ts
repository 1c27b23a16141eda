import type { FactorType } from '../mechanisms/challenge/factor-selector.js';

/**
 * Anything with an `asymmetricMatch`: `expect.any(String)`, `expect.stringContaining('x')`,
 * `expect.objectContaining({...})`. Jest's types give these this shape; Vitest's and @types/jest's give `any`.
 */
export interface AsymmetricMatcherLike {
  asymmetricMatch(other: unknown): boolean;
}

/** A string compares exactly, a RegExp tests the string, an asymmetric matcher decides for itself. */
export type TextExpectation = string | RegExp | AsymmetricMatcherLike;

/** A factor type (`'otp'`, shorthand for `{ type: 'otp' }`) or a selector; compared exactly. */
export type FactorExpectation =
  | FactorType
  | { type: FactorType | AsymmetricMatcherLike; options?: Record<string, unknown> | AsymmetricMatcherLike }
  | AsymmetricMatcherLike;

/** Compared as a partial match: only the parameters named here are checked. */
export type QueryExpectation = Record<string, TextExpectation> | AsymmetricMatcherLike;

export interface ChallengeExpectationOptions {
  /** Exactly these additional factors, in this order (types or selectors). */
  additionalFactors?: FactorExpectation[] | AsymmetricMatcherLike;
}

export interface UrlExpectationOptions {
  /** A partial match on the final query: the url's own parameters with `options.query` applied. */
  query?: QueryExpectation;
}

export interface PromptExpectationOptions {
  /** A partial match on the `fields` passed to `prompt.render`. */
  fields?: Record<string, unknown> | AsymmetricMatcherLike;
  /** A partial match on the `vars` passed to `prompt.render`. */
  vars?: Record<string, unknown> | AsymmetricMatcherLike;
}

export interface DenialExpectationOptions {
  /** The error code the application receives (`deny(code, reason)`, `validation.error(code, ...)`). */
  code?: TextExpectation;
  /** The message shown to the user, where the method takes one (pre-user-registration's `deny`). */
  userMessage?: TextExpectation;
}
