import { toHaveSetResultUrl, type PostChallengeMatchers } from '../triggers/password-reset-post-challenge/matchers/index.js';
import type { RawMatcher } from './matcher-context.js';
import type { SharedActionMatchers } from './matcher-types.js';
import { toHaveCached } from '../mechanisms/cache/to-have-cached.js';
import { toHaveChallengedWith } from '../mechanisms/challenge/to-have-challenged-with.js';
import { toHaveChallengedWithAny } from '../mechanisms/challenge/to-have-challenged-with-any.js';
import { toHaveDenied } from '../mechanisms/access/to-have-denied.js';
import { toHaveRenderedPrompt } from '../mechanisms/prompt/to-have-rendered-prompt.js';
import { toRedirectTo } from '../mechanisms/redirect/to-redirect-to.js';
import { userFacing } from './user-facing.js';
import { freeze } from '../util/intrinsics.js';

/** Every matcher's signature, for the runners' type augmentations. `R` is what an assertion returns. */
export interface ActionMatchers<R = unknown> extends SharedActionMatchers<R>, PostChallengeMatchers<R> {}

export type ActionMatcherName = keyof ActionMatchers;

/** The framework-agnostic matchers: hand them to `expect.extend` (Jest, Vitest, the standalone `expect`). */
export const matchers: Readonly<Record<ActionMatcherName, RawMatcher>> = freeze({
  toHaveDenied: userFacing(toHaveDenied),
  toHaveChallengedWith: userFacing(toHaveChallengedWith),
  toHaveChallengedWithAny: userFacing(toHaveChallengedWithAny),
  toRedirectTo: userFacing(toRedirectTo),
  toHaveSetResultUrl: userFacing(toHaveSetResultUrl),
  toHaveRenderedPrompt: userFacing(toHaveRenderedPrompt),
  toHaveCached: userFacing(toHaveCached),
});

export type { RawMatcher, MatcherContext, MatcherResult, MatcherUtils, Tester } from './matcher-context.js';
export type {
  AsymmetricMatcherLike,
  ChallengeExpectationOptions,
  FactorExpectation,
  PromptExpectationOptions,
  QueryExpectation,
  SharedActionMatchers,
  TextExpectation,
  UrlExpectationOptions,
} from './matcher-types.js';
export type { PostChallengeMatchers };
