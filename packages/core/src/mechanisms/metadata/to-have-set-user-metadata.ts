import { keyValueMatcher } from '../../matchers/key-value-matcher.js';

/** `expect(api).toHaveSetUserMetadata(key?, value?)`: `api.user.setUserMetadata`; `null` expects a deletion. */
export const toHaveSetUserMetadata = keyValueMatcher('toHaveSetUserMetadata', 'user.setUserMetadata');
