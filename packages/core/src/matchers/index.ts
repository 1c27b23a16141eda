import { toHaveSetResultUrl } from '../triggers/password-reset-post-challenge/to-have-set-result-url.js';
import { toHaveSetUser, type SetUserExpectation } from '../triggers/custom-token-exchange/to-have-set-user.js';
import type { RawMatcher } from './matcher-context.js';
import type {
  AsymmetricMatcherLike,
  ChallengeExpectationOptions,
  DenialExpectationOptions,
  EnrollmentExpectationOptions,
  EnrollmentFactorExpectation,
  FactorExpectation,
  MultifactorExpectationOptions,
  MultifactorProvider,
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
import { toHaveSetIdTokenClaim } from '../mechanisms/claims/to-have-set-id-token-claim.js';
import { toHaveSetAccessTokenClaim } from '../mechanisms/claims/to-have-set-access-token-claim.js';
import { toHaveAddedScope } from '../mechanisms/claims/to-have-added-scope.js';
import { toHaveRemovedScope } from '../mechanisms/claims/to-have-removed-scope.js';
import { toHaveSetAppMetadata } from '../mechanisms/metadata/to-have-set-app-metadata.js';
import { toHaveSetUserMetadata } from '../mechanisms/metadata/to-have-set-user-metadata.js';
import { toHaveEnabledMultifactor } from '../triggers/post-login/to-have-enabled-multifactor.js';
import { toHaveEnrolledWith } from '../triggers/post-login/to-have-enrolled-with.js';
import { toHaveEnrolledWithAny } from '../triggers/post-login/to-have-enrolled-with-any.js';
import { toHaveSetPrimaryUser } from '../triggers/post-login/to-have-set-primary-user.js';
import { toHaveRaisedValidationError } from '../mechanisms/validation/to-have-raised-validation-error.js';
import { toHaveSetTransactionMetadata } from '../mechanisms/transaction-metadata/to-have-set-transaction-metadata.js';
import { toHaveDroppedNotification } from '../mechanisms/notification/to-have-dropped-notification.js';
import { toHaveRetriedNotification } from '../mechanisms/notification/to-have-retried-notification.js';
import { userFacing } from './user-facing.js';
import { freeze } from '../util/intrinsics.js';

/** A matcher with the arguments a test passes it, for the runners' type augmentations. */
export type Matcher<Args extends unknown[]> = RawMatcher & { readonly __arguments?: Args };

// `any[]`: each matcher declares its own parameters, which `unknown[]` would not accept.
function matcher<Args extends unknown[]>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  raw: (this: never, received: unknown, ...expected: any[]) => unknown,
): Matcher<Args> {
  return userFacing(raw as RawMatcher);
}

/**
 * Every matcher, one line each: the arguments a test passes and what it checks. Each passes on an `api` or a
 * `Simulation` of any trigger whose api has the method (matchers read the call log, never a trigger's code, so
 * registering them loads no trigger). An argument left out (or `undefined`) is not checked.
 */
const table = {
  /**
   * A denial: `access.deny` (post-login's revokes and `validation.error` included), with that reason, code or user
   * message.
   */
  toHaveDenied: matcher<[reason?: TextExpectation, options?: DenialExpectationOptions]>(toHaveDenied),
  /** `api.authentication.challengeWith` was called with that factor (and those additional factors). */
  toHaveChallengedWith:
    matcher<[factor?: FactorExpectation, options?: ChallengeExpectationOptions]>(toHaveChallengedWith),
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
  /**
   * custom-token-exchange: `setUserById` (`{ userId }`) or `setUserByConnection` (`{ connection, attributes?, options?
   * }`).
   */
  toHaveSetUser: matcher<[expected?: SetUserExpectation]>(toHaveSetUser),
  /** A run of the Action ended with `api.notification.drop` (its last drop or retry), with that reason. */
  toHaveDroppedNotification: matcher<[reason?: TextExpectation]>(toHaveDroppedNotification),
  /** A run of the Action ended with `api.notification.retry` (its last drop or retry), with that reason. */
  toHaveRetriedNotification: matcher<[reason?: TextExpectation]>(toHaveRetriedNotification),
  /** Any method of any api, by its path (`'session.setCookieMode'`), with those first arguments. */
  toHaveCalledApi: matcher<[method: string, ...args: unknown[]]>(toHaveCalledApi),
  /** `api.idToken.setCustomClaim` was called with that key (and that value, compared exactly). */
  toHaveSetIdTokenClaim: matcher<[key?: TextExpectation, value?: unknown]>(toHaveSetIdTokenClaim),
  /** `api.accessToken.setCustomClaim` was called with that key (and that value, compared exactly). */
  toHaveSetAccessTokenClaim: matcher<[key?: TextExpectation, value?: unknown]>(toHaveSetAccessTokenClaim),
  /** `api.accessToken.addScope` was called with that scope (trimmed, as the runtime keeps it). */
  toHaveAddedScope: matcher<[scope?: TextExpectation]>(toHaveAddedScope),
  /** `api.accessToken.removeScope` was called with that scope (trimmed, as the runtime reads it). */
  toHaveRemovedScope: matcher<[scope?: TextExpectation]>(toHaveRemovedScope),
  /** `api.user.setAppMetadata` was called with that key (and that value; `null` is a deletion). */
  toHaveSetAppMetadata: matcher<[key?: TextExpectation, value?: unknown]>(toHaveSetAppMetadata),
  /** `api.user.setUserMetadata` was called with that key (and that value; `null` is a deletion). */
  toHaveSetUserMetadata: matcher<[key?: TextExpectation, value?: unknown]>(toHaveSetUserMetadata),
  /** `api.multifactor.enable` was called with that provider (and those options). */
  toHaveEnabledMultifactor:
    matcher<[provider?: MultifactorProvider | RegExp | AsymmetricMatcherLike, options?: MultifactorExpectationOptions]>(
      toHaveEnabledMultifactor,
    ),
  /** `api.authentication.enrollWith` was called with that factor (and those additional factors). */
  toHaveEnrolledWith:
    matcher<[factor?: EnrollmentFactorExpectation, options?: EnrollmentExpectationOptions]>(toHaveEnrolledWith),
  /** `api.authentication.enrollWithAny` was called with those factors, in that order. */
  toHaveEnrolledWithAny:
    matcher<[factors?: EnrollmentFactorExpectation[] | AsymmetricMatcherLike]>(toHaveEnrolledWithAny),
  /** `api.authentication.setPrimaryUser` was called with that user id. */
  toHaveSetPrimaryUser: matcher<[userId?: TextExpectation]>(toHaveSetPrimaryUser),
  /** `api.validation.error` was called with that code (and that message). */
  toHaveRaisedValidationError:
    matcher<[code?: TextExpectation, message?: TextExpectation]>(toHaveRaisedValidationError),
  /** `api.transaction.setMetadata` was called with that key (and that value; `null` is a removal). */
  toHaveSetTransactionMetadata: matcher<[key?: TextExpectation, value?: unknown]>(toHaveSetTransactionMetadata),
};

type Table = typeof table;
type ArgumentsOf<M> = M extends Matcher<infer Args> ? Args : never;

/** Every matcher's signature, for the runners' type augmentations. `R` is what an assertion returns. */
export type ActionMatchers<R = unknown> = { [K in keyof Table]: (...args: ArgumentsOf<Table[K]>) => R };

export type ActionMatcherName = keyof Table;

/** What an assertion's built-in matchers return, read from the assertion: `void`, or a promise after `.resolves`. */
type AssertionResult<Assertion> = Assertion extends { toStrictEqual: (...args: never[]) => infer R } ? R : void;

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

export type { SetUserExpectation } from '../triggers/custom-token-exchange/to-have-set-user.js';
export type { RawMatcher, MatcherContext, MatcherResult, MatcherUtils, Tester } from './matcher-context.js';
export type {
  AsymmetricMatcherLike,
  ChallengeExpectationOptions,
  DenialExpectationOptions,
  EnrollmentExpectationOptions,
  EnrollmentFactorExpectation,
  FactorExpectation,
  MultifactorExpectationOptions,
  MultifactorProvider,
  PromptExpectationOptions,
  QueryExpectation,
  TextExpectation,
  UrlExpectationOptions,
} from './matcher-types.js';
