import type { TextExpectation, UrlExpectationOptions } from '../../../matchers/matcher-types.js';

/** Matchers for methods only the Password Reset / Post-Challenge api has. */
export interface PostChallengeMatchers<R = unknown> {
  /** `api.transaction.setResultUrl` was called with that url (as the Action passed it) and that query. */
  toHaveSetResultUrl(url?: TextExpectation, options?: UrlExpectationOptions): R;
}
