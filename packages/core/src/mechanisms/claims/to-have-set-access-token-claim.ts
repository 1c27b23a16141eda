import { keyValueMatcher } from '../../matchers/key-value-matcher.js';

/**
 * `expect(api).toHaveSetAccessTokenClaim(key?, value?)`: `api.accessToken.setCustomClaim` was called. It checks the
 * call, not the token: a restricted claim (`permissions`) passes here and is still left out of
 * `simulation.accessToken`.
 */
export const toHaveSetAccessTokenClaim = keyValueMatcher('toHaveSetAccessTokenClaim', 'accessToken.setCustomClaim');
