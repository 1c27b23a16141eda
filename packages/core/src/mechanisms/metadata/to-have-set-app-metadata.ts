import { keyValueMatcher } from '../../matchers/key-value-matcher.js';

/** `expect(api).toHaveSetAppMetadata(key?, value?)`: `api.user.setAppMetadata`; `null` expects a deletion. */
export const toHaveSetAppMetadata = keyValueMatcher('toHaveSetAppMetadata', 'user.setAppMetadata');
