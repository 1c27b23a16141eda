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

/**
 * The matchers every trigger shares. `R` is what the runner's assertion returns (`void`, or a promise after
 * `.resolves`). Every argument is optional: an argument left out (or `undefined`) is not checked.
 */
export interface SharedActionMatchers<R = unknown> {
  /** `api.access.deny` was called (with that reason). */
  toHaveDenied(reason?: TextExpectation): R;
  /** `api.authentication.challengeWith` was called with that factor (and those additional factors). */
  toHaveChallengedWith(factor?: FactorExpectation, options?: ChallengeExpectationOptions): R;
  /** `api.authentication.challengeWithAny` was called with those factors, in that order. */
  toHaveChallengedWithAny(factors?: FactorExpectation[] | AsymmetricMatcherLike): R;
  /** `api.redirect.sendUserTo` was called with that url (as the Action passed it) and that query. */
  toRedirectTo(url?: TextExpectation, options?: UrlExpectationOptions): R;
  /** `api.prompt.render` was called with that prompt id (and those fields and vars). */
  toHaveRenderedPrompt(promptId?: TextExpectation, options?: PromptExpectationOptions): R;
  /** The cache holds a live (unexpired) entry for that key (with that value). */
  toHaveCached(key?: TextExpectation, value?: TextExpectation): R;
}
