import { toHaveSetResultUrl } from '../triggers/password-reset-post-challenge/to-have-set-result-url.js';
import type { RawMatcher } from './matcher-context.js';
import type {
  AsymmetricMatcherLike,
  ChallengeExpectationOptions,
  DenialExpectationOptions,
  FactorExpectation,
  PromptExpectationOptions,
  TextExpectation,
  UrlExpectationOptions,
} from './matcher-types.js';
import { toHaveCached } from '../mechanisms/cache/to-have-cached.js';
import { toHaveChallengedWith } from '../mechanisms/challenge/to-have-challenged-with.js';
import { toHaveChallengedWithAny } from '../mechanisms/challenge/to-have-challenged-with-any.js';
import { toHaveDenied } from '../mechanisms/access/to-have-denied.js';
import { toHaveRenderedPrompt } from '../mechanisms/prompt/to-have-rendered-prompt.js';
import { toRedirectTo } from '../mechanisms/redirect/to-redirect-to.js';
import { toHaveCalledApi } from './to-have-called-api.js';
import { toHaveDroppedNotification } from '../mechanisms/notification/to-have-dropped-notification.js';
import { toHaveRetriedNotification } from '../mechanisms/notification/to-have-retried-notification.js';
import { userFacing } from './user-facing.js';
import { freeze } from '../util/intrinsics.js';

/** A matcher with the arguments a test passes it, for the runners' type augmentations. */
export type Matcher<Args extends unknown[]> = RawMatcher & { readonly __arguments?: Args };

function matcher<Args extends unknown[]>(raw: (this: never, received: unknown, ...expected: any[]) => unknown): Matcher<Args> {
  return userFacing(raw as RawMatcher) as Matcher<Args>;
}

/**
 * Every matcher, one line each: the arguments a test passes and what it checks. Each passes on an `api` or a
 * `Simulation` of any trigger whose api has the method (matchers read the call log, never a trigger's code, so
 * registering them loads no trigger). An argument left out (or `undefined`) is not checked.
 */
const table = {
  /** A denial: `access.deny` (post-login's revokes and `validation.error` included), with that reason, code or user message. */
  toHaveDenied: matcher<[reason?: TextExpectation, options?: DenialExpectationOptions]>(toHaveDenied),
  /** `api.authentication.challengeWith` was called with that factor (and those additional factors). */
  toHaveChallengedWith: matcher<[factor?: FactorExpectation, options?: ChallengeExpectationOptions]>(toHaveChallengedWith),
  /** `api.authentication.challengeWithAny` was called with those factors, in that order. */
  toHaveChallengedWithAny: matcher<[factors?: FactorExpectation[] | AsymmetricMatcherLike]>(toHaveChallengedWithAny),
  /** `api.redirect.sendUserTo` was called with that url (as the Action passed it) and that query. */
  toRedirectTo: matcher<[url?: TextExpectation, options?: UrlExpectationOptions]>(toRedirectTo),
  /** `api.transaction.setResultUrl` was called with that url (as the Action passed it) and that query. */
  toHaveSetResultUrl: matcher<[url?: TextExpectation, options?: UrlExpectationOptions]>(toHaveSetResultUrl),
  /** `api.prompt.render` was called with that prompt id (and those fields and vars). */
  toHaveRenderedPrompt: matcher<[promptId?: TextExpectation, options?: PromptExpectationOptions]>(toHaveRenderedPrompt),
  /** The cache holds a live (unexpired) entry for that key (with that value). */
  toHaveCached: matcher<[key?: TextExpectation, value?: TextExpectation]>(toHaveCached),
  /** A run of the Action ended with `api.notification.drop` (its last drop or retry), with that reason. */
  toHaveDroppedNotification: matcher<[reason?: TextExpectation]>(toHaveDroppedNotification),
  /** A run of the Action ended with `api.notification.retry` (its last drop or retry), with that reason. */
  toHaveRetriedNotification: matcher<[reason?: TextExpectation]>(toHaveRetriedNotification),
  /** Any method of any api, by its path (`'session.setCookieMode'`), with those first arguments. */
  toHaveCalledApi: matcher<[method: string, ...args: unknown[]]>(toHaveCalledApi),
};

type Table = typeof table;
type ArgumentsOf<M> = M extends Matcher<infer Args> ? Args : never;

/** Every matcher's signature, for the runners' type augmentations. `R` is what an assertion returns. */
export type ActionMatchers<R = unknown> = { [K in keyof Table]: (...args: ArgumentsOf<Table[K]>) => R };

export type ActionMatcherName = keyof Table;

/** What an assertion's built-in matchers return, read from the assertion: `void`, or a promise after `.resolves`. */
type AssertionResult<Assertion> = Assertion extends { toStrictEqual: (...args: any[]) => infer R } ? R : void;

/**
 * Every matcher, returning what the assertion it is called on returns (read through `this`): for runners whose
 * `Matchers` interface has no type parameter to hand in (the Vitest adapter's augmentation, which serves Vitest 4
 * and 5 alike). One declaration here, so every augmentation that extends it agrees.
 */
export type SelfTypedActionMatchers = {
  [K in keyof Table]: <Assertion>(this: Assertion, ...args: ArgumentsOf<Table[K]>) => AssertionResult<Assertion>;
};

/** The framework-agnostic matchers: hand them to `expect.extend` (Jest, Vitest, the standalone `expect`). */
export const matchers: Readonly<Record<ActionMatcherName, RawMatcher>> = freeze(table);

export type { RawMatcher, MatcherContext, MatcherResult, MatcherUtils, Tester } from './matcher-context.js';
export type {
  AsymmetricMatcherLike,
  ChallengeExpectationOptions,
  DenialExpectationOptions,
  FactorExpectation,
  PromptExpectationOptions,
  QueryExpectation,
  TextExpectation,
  UrlExpectationOptions,
} from './matcher-types.js';
