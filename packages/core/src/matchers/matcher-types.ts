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

/** An enrollment factor: as FactorExpectation, without `email` (EnrollmentFactorSelector has none). */
export type EnrollmentFactorExpectation =
  | Exclude<FactorType, 'email'>
  | {
      type: Exclude<FactorType, 'email'> | AsymmetricMatcherLike;
      options?: Record<string, unknown> | AsymmetricMatcherLike;
    }
  | AsymmetricMatcherLike;

export interface EnrollmentExpectationOptions {
  /** Exactly these additional factors, in this order (types or selectors). */
  additionalFactors?: EnrollmentFactorExpectation[] | AsymmetricMatcherLike;
}

/** `api.multifactor.enable`'s providers. */
export type MultifactorProvider = 'any' | 'duo' | 'google-authenticator' | 'guardian' | 'none';

export interface MultifactorExpectationOptions {
  /** Compared with the call's value, or `false` (the runtime's default) when the call left it out. */
  allowRememberBrowser?: boolean | AsymmetricMatcherLike;
  /** A partial match on the call's `providerOptions` (Duo's `host`, `ikey`...). */
  providerOptions?: Record<string, unknown> | AsymmetricMatcherLike;
}
