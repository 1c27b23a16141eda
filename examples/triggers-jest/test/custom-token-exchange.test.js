const crypto = require('node:crypto');
const { mockApi, mockEvent, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/custom-token-exchange.js');

const TRIGGER = 'custom-token-exchange';
const SECRET = 'legacy-signing-key-0123456789abcdef';
const NOW = new Date('2026-03-02T08:00:00.000Z');

/** A legacy session token, signed as the legacy system signs one. */
function legacyToken(claims, secret = SECRET) {
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${body}.${crypto.createHmac('sha256', secret).update(body).digest('base64url')}`;
}

const ADA = {
  sub: 'L-1001',
  email: 'ada@example.com',
  email_verified: true,
  name: 'Ada Lovelace',
  exp: NOW.getTime() / 1000 + 300,
};

function exchange(claims, secret) {
  return {
    trigger: TRIGGER,
    secrets: { LEGACY_TOKEN_SECRET: SECRET },
    event: { transaction: { subject_token: legacyToken(claims, secret) } },
  };
}

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('custom-token-exchange: the legacy token', () => {
  test('a token the legacy system did not sign is rejected as an invalid subject token', async () => {
    const sim = await simulate(action, exchange(ADA, 'someone-elses-key'));

    expect(sim.status).toBe('denied');
    expect(sim).toHaveDenied('The legacy token is not signed by the legacy system.', { code: 'invalid_request' });
    expect(sim).not.toHaveSetUser();
  });

  test('an expired token is rejected too', async () => {
    const sim = await simulate(action, exchange({ ...ADA, exp: NOW.getTime() / 1000 - 1 }));

    expect(sim.denial).toEqual({
      action: 'action-1',
      method: 'access.rejectInvalidSubjectToken',
      code: 'invalid_request',
      reason: 'The legacy token has expired.',
    });
  });
});

describe('custom-token-exchange: the user it signs in', () => {
  test('a valid token signs the user in on the legacy-users connection, created on first use', async () => {
    const sim = await simulate(action, exchange(ADA));

    expect(sim.status).toBe('completed');
    expect(sim).toHaveSetUser({
      connection: 'legacy-users',
      attributes: { user_id: 'L-1001', email: 'ada@example.com' },
      options: { creationBehavior: 'create_if_not_exists' },
    });
    expect(sim.user).toEqual({
      email: 'ada@example.com',
      email_verified: true,
      name: 'Ada Lovelace',
      identities: [{ connection: 'legacy-users', user_id: 'L-1001' }],
      app_metadata: { migrated_from: 'legacy' },
      user_metadata: {},
    });
  });

  test('unit: a support agent acting for the user is set as the actor', async () => {
    const event = mockEvent(TRIGGER, {
      secrets: { LEGACY_TOKEN_SECRET: SECRET },
      transaction: { subject_token: legacyToken({ ...ADA, act: 'agent-42' }) },
    });
    const api = mockApi(TRIGGER, { event });

    await action.onExecuteCustomTokenExchange(event, api);

    expect(api).toHaveCalledApi('authentication.setActor', { sub: 'agent-42', type: 'support-agent' });
    expect(api).toHaveSetUser({ connection: 'legacy-users' });
  });
});
