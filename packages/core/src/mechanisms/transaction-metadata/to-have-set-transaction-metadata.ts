import { keyValueMatcher } from '../../matchers/key-value-matcher.js';

/**
 * `expect(api).toHaveSetTransactionMetadata(key?, value?)`: `api.transaction.setMetadata` (post-login, and
 * custom-token-exchange's Early Access api); `null` expects a removal.
 */
export const toHaveSetTransactionMetadata = keyValueMatcher('toHaveSetTransactionMetadata', 'transaction.setMetadata');
