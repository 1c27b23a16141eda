/**
 * A CommonJS file (compiled, never run) sees the same matcher types through the "require" declarations,
 * dist/index.d.cts.
 */
import vitest = require('vitest');
import adapter = require('@auth0-actions-mock/vitest');

const api = adapter.mockApi('password-reset-post-challenge');
vitest.expect(api).toHaveDenied('Too risky');
vitest.expect(api).not.toHaveCached(/^risk:/);

// @ts-expect-error a misspelt matcher does not exist
vitest.expect(api).toHaveDenid();
