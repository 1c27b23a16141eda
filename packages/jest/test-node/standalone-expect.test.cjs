// node:test with the standalone `expect` package, as API.md's "any runner" set-up shows. Plain Node, CommonJS,
// the built packages: no Jest involved.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { expect } = require('expect');
const { matchers } = require('@auth0-actions-mock/core/matchers');
const { mockApi, installClock } = require('@auth0-actions-mock/core');

expect.extend(matchers);

describe('node:test + expect.extend(matchers)', () => {
  test('the matchers pass, and .not fails, on what the Action did', () => {
    const api = mockApi('password-reset-post-challenge');
    api.redirect.sendUserTo('https://verify.example.com/identity', { query: { session_token: 'abc' } });
    expect(api).toRedirectTo('https://verify.example.com/identity', { query: { session_token: expect.any(String) } });
    expect(api).not.toHaveDenied();
    assert.throws(() => expect(api).not.toRedirectTo(), /Expected api\.redirect\.sendUserTo not to have been called/);
  });

  test('a failure carries the explanatory message', () => {
    const api = mockApi('password-reset-post-challenge');
    api.access.deny('Too risky');
    assert.throws(
      () => expect(api).toHaveDenied('Fine'),
      (error) => {
        assert.match(error.message, /Received 1 denial, none matching:/);
        assert.match(error.message, /1st denial: api\.access\.deny\("Too risky"\)/);
        return true;
      },
    );
  });

  test('installClock() drives cache expiry', () => {
    const clock = installClock({ now: 0, toFake: ['Date'] });
    try {
      const api = mockApi('password-reset-post-challenge');
      api.cache.set('k', 'v', { ttl: 1000 });
      expect(api).toHaveCached('k', 'v');
      clock.tick(1001);
      expect(api).not.toHaveCached('k');
    } finally {
      clock.uninstall();
    }
  });
});
