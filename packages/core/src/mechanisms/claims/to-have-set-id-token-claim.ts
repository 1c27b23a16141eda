import { keyValueMatcher } from '../../matchers/key-value-matcher.js';

/**
 * `expect(api).toHaveSetIdTokenClaim(key?, value?)`: `api.idToken.setCustomClaim` was called. It checks the call,
 * not the token: a restricted claim (`roles`) passes here and is still left out of `simulation.idToken`.
 */
export const toHaveSetIdTokenClaim = keyValueMatcher('toHaveSetIdTokenClaim', 'idToken.setCustomClaim');
