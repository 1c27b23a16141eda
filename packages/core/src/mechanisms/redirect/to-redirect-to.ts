import { urlCallMatcher } from './url-matcher.js';

/** `expect(api).toRedirectTo(url?, { query? }?)`: `api.redirect.sendUserTo` was called with that url and query. */
export const toRedirectTo = urlCallMatcher('toRedirectTo', 'redirect.sendUserTo');
