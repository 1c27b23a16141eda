import { scopeMatcher } from './scope-matcher.js';

/** `expect(api).toHaveAddedScope(scope?)`: `api.accessToken.addScope`, the scope as the runtime keeps it (trimmed). */
export const toHaveAddedScope = scopeMatcher('toHaveAddedScope', 'accessToken.addScope');
