// The suite every cell runs, written once. Each cell's test file registers it with its own runner's `test`,
// `afterEach` and `expect`, the library as that cell imports it, and the runner's way to fake time, so what a cell
// proves is how it loads and wires the library, not a copy of these bodies. The harness judges the tests by these
// names: they must stay those listed in compat/lib/verdict.mjs.
const { createHmac } = require('node:crypto');

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'compat-verify-secret';
const risky = { user: { app_metadata: { risk: 'high' } } };

/** An HS256 check that shares no code with the library: the token must be a real JWT. */
function verifyHs256(token, secret) {
  const [header, payload, signature] = token.split('.');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return { valid: signature === expected, claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) };
}

const SCENARIOS = {
  'mockApi: the matchers read what the Action did': async ({
    expect,
    library: { mockApi, mockEvent, recorded },
    action,
  }) => {
    const event = mockEvent(TRIGGER, { ...risky, secrets: { VERIFY_SECRET: SECRET } });
    const api = mockApi(TRIGGER, { event });
    await action.onExecutePostChallenge(event, api);

    expect(api).toRedirectTo('https://verify.example.com/start', { query: { session_token: expect.any(String) } });
    expect(api).not.toHaveDenied();
    const calls = recorded(api).calls;
    expect(calls.map((call) => call.method)).toEqual(['redirect.encodeToken', 'redirect.sendUserTo']);
    const { valid, claims } = verifyHs256(calls[1].args[1].query.session_token, SECRET);
    expect(valid).toBe(true);
    expect(claims).toMatchObject({ sub: event.user.user_id, email: event.user.email });
  },

  'simulate: redirect, a token from the external site, continue': async ({ expect, library: { simulate }, action }) => {
    const first = await simulate(action, { trigger: TRIGGER, event: risky, secrets: { VERIFY_SECRET: SECRET } });
    expect(first.status).toBe('redirected');
    expect(first).toRedirectTo('https://verify.example.com/start', { query: { session_token: expect.any(String) } });
    expect(new URL(first.redirect.url).searchParams.get('state')).toBe(first.redirect.state);

    const done = await first.continue({ token: { secret: SECRET, payload: { verified: true } } });
    expect(done.status).toBe('completed');
    expect(done).not.toHaveDenied();
  },

  'fake timers: a token signed 16 minutes earlier has expired': async ({
    expect,
    library: { signSessionToken, simulate },
    action,
    clock,
  }) => {
    clock.install({ now: new Date('2026-03-01T09:00:00Z') });
    const first = await simulate(action, { trigger: TRIGGER, event: risky, secrets: { VERIFY_SECRET: SECRET } });
    const token = await signSessionToken({
      secret: SECRET,
      state: first.redirect.state,
      subject: first.event.user.user_id,
      payload: { verified: true },
    });
    clock.advance(16 * 60 * 1000);

    const back = await first.continue({ query: { session_token: token } });
    expect(back.status).toBe('denied');
    expect(back).toHaveDenied(expect.stringContaining('expired'));
  },

  'fake timers: a cache entry expires after its ttl': async ({
    expect,
    library: { mockApi, mockEvent },
    action,
    clock,
  }) => {
    clock.install();
    const event = mockEvent(TRIGGER);
    const api = mockApi(TRIGGER, { event });
    await action.onExecutePostChallenge(event, api);
    expect(api).toHaveCached('last-reset', event.user.user_id);

    clock.advance(60_001);
    expect(api).not.toHaveCached('last-reset');
  },

  // `TypeError` here is the global of the realm this file was loaded in, which is the test file's (Jest loads
  // both inside its vm context).
  'errors belong to the test realm': ({ expect, library: { mockApi }, injectedGlobals }) => {
    if (!injectedGlobals) expect('expect' in globalThis).toBe(false);
    const api = mockApi(TRIGGER);
    expect(() => api.redirect.sendUserTo('not a url')).toThrow(TypeError);
    expect(() => mockApi('no-such-trigger')).toThrow(TypeError);
  },

  'compat sentinel: fails with the matcher message': ({ expect, library: { mockApi } }) => {
    const api = mockApi(TRIGGER);
    api.access.deny('Too risky');
    expect(api).toHaveDenied('Compat sentinel reason');
  },
};

/**
 * Registers every scenario. `clock` is the runner's fake time: `install(options?)`, `advance(ms)`, `restore()`;
 * it is restored after each test. `action` defaults to the CommonJS Action; ESM cells pass its module namespace,
 * as users who `import * as action` do. `injectedGlobals: false` also checks that no global `expect` leaked.
 */
function registerScenarios({
  test,
  afterEach,
  expect,
  library,
  clock,
  action = require('./action.cjs'),
  injectedGlobals = true,
}) {
  afterEach(() => clock.restore());
  for (const [name, body] of Object.entries(SCENARIOS)) {
    test(name, () => body({ expect, library, action, clock, injectedGlobals }));
  }
}

/** Jest's `jest` and Vitest's `vi` share these method names. */
function runnerClock(timers) {
  return {
    install: (options) => timers.useFakeTimers(options),
    advance: (ms) => timers.advanceTimersByTime(ms),
    restore: () => timers.useRealTimers(),
  };
}

/** The library's own `installClock()`, for runners without fake timers (node:test with `expect`). */
function libraryClock(installClock) {
  let installed;
  return {
    install: (options) => {
      installed = installClock(options);
    },
    advance: (ms) => installed.tick(ms),
    restore: () => {
      installed?.uninstall();
      installed = undefined;
    },
  };
}

module.exports = { registerScenarios, runnerClock, libraryClock };
