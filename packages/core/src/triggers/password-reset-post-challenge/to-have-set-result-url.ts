import { urlCallMatcher } from '../../mechanisms/redirect/url-matcher.js';

/**
 * `expect(api).toHaveSetResultUrl(url?, { query? }?)`: `api.transaction.setResultUrl` was called with that url
 * (as the Action passed it) and a final query matching `options.query`.
 */
export const toHaveSetResultUrl = urlCallMatcher('toHaveSetResultUrl', 'transaction.setResultUrl');
