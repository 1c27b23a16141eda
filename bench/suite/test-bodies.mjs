/**
 * The bodies of the generated tests, one per kind, for each side. `r` names the runner's mock/timer object
 * (`vi` or `jest`). Ours uses the library as a user of an adapter would; the baseline hand-rolls the same mocks
 * with the runner's own `fn()`, a Map cache and an HS256 on node:crypto.
 */

const CACHE_ENTRIES = 20;

export const ours = {
  deny: () => `
  const event = mockEvent(TRIGGER, { user: { app_metadata: { reset_blocked: true } } });
  const api = mockApi(TRIGGER, { event });
  await denyAction.onExecutePostChallenge(event, api);
  expect(api).toHaveDenied(denyAction.REASON);`,

  cache: (r) => `
  ${r}.useFakeTimers({ now: START });
  try {
    const api = mockApi(TRIGGER, { event: cacheEvent });
    for (let index = 0; index < ${CACHE_ENTRIES}; index += 1) {
      api.cache.set(\`reset-attempt:\${index}\`, \`{"attempts":\${index + 1}}\`, { ttl: 1000 + index * 50 });
      expect(api.cache.get(\`reset-attempt:\${index}\`)?.value).toBe(\`{"attempts":\${index + 1}}\`);
    }
    expect(api).toHaveCached('reset-attempt:0', '{"attempts":1}');
    ${r}.advanceTimersByTime(3000);
    for (let index = 0; index < ${CACHE_ENTRIES}; index += 1) {
      expect(api.cache.get(\`reset-attempt:\${index}\`)).toBeUndefined();
    }
    expect(api).not.toHaveCached('reset-attempt:0');
  } finally {
    ${r}.useRealTimers();
  }`,

  redirect: () => `
  const redirected = await simulate(verifyAction, { trigger: TRIGGER, secrets: { SESSION_SECRET: SECRET } });
  const done = await redirected.continue({ token: { secret: SECRET, payload: { verified: true } } });
  expect(done).toRedirectTo(verifyAction.VERIFY_URL, { query: { session_token: expect.any(String) } });
  expect(done).toHaveSetResultUrl(verifyAction.RESULT_URL, { query: { verified: 'yes' } });`,
};

export const baseline = {
  deny: (r) => `
  const event = { user: { user_id: 'auth0|65a1f0c2e4b0d7a9c3f10001', email: 'ana@example.com', app_metadata: { reset_blocked: true } } };
  const api = { access: { deny: ${r}.fn() } };
  await denyAction.onExecutePostChallenge(event, api);
  expect(api.access.deny).toHaveBeenCalledWith(denyAction.REASON);`,

  cache: (r) => `
  ${r}.useFakeTimers({ now: START });
  try {
    const api = { cache: mapCache() };
    for (let index = 0; index < ${CACHE_ENTRIES}; index += 1) {
      api.cache.set(\`reset-attempt:\${index}\`, \`{"attempts":\${index + 1}}\`, { ttl: 1000 + index * 50 });
      expect(api.cache.get(\`reset-attempt:\${index}\`)?.value).toBe(\`{"attempts":\${index + 1}}\`);
    }
    expect(api.cache.get('reset-attempt:0')).toMatchObject({ value: '{"attempts":1}' });
    ${r}.advanceTimersByTime(3000);
    for (let index = 0; index < ${CACHE_ENTRIES}; index += 1) {
      expect(api.cache.get(\`reset-attempt:\${index}\`)).toBeUndefined();
    }
    expect(api.cache.get('reset-attempt:0')).toBeUndefined();
  } finally {
    ${r}.useRealTimers();
  }`,

  redirect: (r) => `
  const event = {
    secrets: { SESSION_SECRET: SECRET },
    user: { user_id: 'auth0|65a1f0c2e4b0d7a9c3f10001', email: 'ana@example.com' },
    request: { hostname: 'bench-tenant.eu.auth0.com', ip: '203.0.113.7', query: {}, body: {} },
  };
  const executeApi = {
    redirect: {
      encodeToken: ${r}.fn(({ secret, payload, expiresInSeconds = 900 }) => {
        const iat = Math.floor(Date.now() / 1000);
        return sign({ iat, iss: event.request.hostname, sub: event.user.user_id, exp: iat + expiresInSeconds, ip: event.request.ip, ...payload }, secret);
      }),
      sendUserTo: ${r}.fn(),
    },
  };
  await verifyAction.onExecutePostChallenge(event, executeApi);
  const state = 'hand-rolled-state';
  const iat = Math.floor(Date.now() / 1000);
  const answer = sign({ sub: event.user.user_id, iss: 'https://verify.example.com/', iat, exp: iat + 900, state, verified: true }, SECRET);
  const continueEvent = { ...event, request: { ...event.request, query: { state, session_token: answer } } };
  const continueApi = {
    access: { deny: ${r}.fn() },
    redirect: {
      validateToken: ${r}.fn(({ secret, tokenParameterName = 'session_token' }) =>
        verify(continueEvent.request.query[tokenParameterName], secret, { state, subject: event.user.user_id })),
    },
    transaction: { setResultUrl: ${r}.fn() },
  };
  await verifyAction.onContinuePostChallenge(continueEvent, continueApi);
  expect(executeApi.redirect.sendUserTo).toHaveBeenCalledWith(verifyAction.VERIFY_URL, { query: { session_token: expect.any(String) } });
  expect(continueApi.transaction.setResultUrl).toHaveBeenCalledWith(verifyAction.RESULT_URL, { query: { verified: 'yes' } });`,
};

export const TEST_NAMES = {
  deny: 'denies the reset of a blocked account',
  cache: 'expires cached reset attempts',
  redirect: 'verifies the user on an external site',
};
