const { mockApi, mockEvent, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/credentials-exchange.js');

const TRIGGER = 'credentials-exchange';
const SCOPES = ['read:orders', 'create:orders', 'read:customers'];
const TOKEN = { accessToken: { scope: SCOPES }, transaction: { requested_scopes: SCOPES } };

describe('credentials-exchange: which clients get a token', () => {
  test('a suspended client is refused with invalid_request, and gets no token', async () => {
    const sim = await simulate(action, {
      trigger: TRIGGER,
      event: { ...TOKEN, client: { name: 'Billing Service', metadata: { suspended: 'true' } } },
    });

    expect(sim.status).toBe('denied');
    expect(sim).toHaveDenied('Client Billing Service is suspended.', { code: 'invalid_request' });
    expect(sim.accessToken).toBeUndefined();
  });

  test('any other client gets its token, with the plan it is on (standard by default)', async () => {
    const sim = await simulate(action, { trigger: TRIGGER, event: TOKEN });

    expect(sim.status).toBe('completed');
    expect(sim.accessToken).toEqual({
      'https://acme.example.com/tier': 'standard',
      scope: 'read:orders create:orders read:customers',
    });
  });
});

describe('credentials-exchange: what a read-only client may do', () => {
  test('the write scopes are removed from the token', async () => {
    const sim = await simulate(action, {
      trigger: TRIGGER,
      event: { ...TOKEN, client: { metadata: { read_only: 'true', tier: 'gold' } } },
    });

    expect(sim.accessToken).toEqual({ 'https://acme.example.com/tier': 'gold', scope: 'read:orders read:customers' });
    expect(sim.event.transaction.target_scopes).toEqual(['read:orders', 'read:customers']);
  });

  test('unit: each removed scope is one removeTargetScope call', async () => {
    const event = mockEvent(TRIGGER, { ...TOKEN, client: { metadata: { read_only: 'true' } } });
    const api = mockApi(TRIGGER, { event });

    await action.onExecuteCredentialsExchange(event, api);

    expect(api).toHaveCalledApi('transaction.removeTargetScope', 'create:orders');
    expect(api).not.toHaveCalledApi('transaction.removeTargetScope', 'read:orders');
    expect(api).not.toHaveDenied();
  });
});
