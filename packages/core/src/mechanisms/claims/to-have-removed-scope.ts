import { scopeMatcher } from './scope-matcher.js';

/**
 * `expect(api).toHaveRemovedScope(scope?)`: `api.accessToken.removeScope`, the scope as the runtime reads it (trimmed).
 */
export const toHaveRemovedScope = scopeMatcher('toHaveRemovedScope', 'accessToken.removeScope');
