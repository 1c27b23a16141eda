const { mockApi, mockEvent, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/post-login-mfa-for-risky-logins.js');

const TRIGGER = 'post-login';

function loginAt(confidence, enrolledFactors) {
  return { authentication: { riskAssessment: { confidence } }, user: { enrolledFactors } };
}

describe('post-login: MFA by risk', () => {
  test('a risky login is challenged with the strongest factor, the others offered as alternatives', async () => {
    const event = mockEvent(TRIGGER, loginAt('low', [{ type: 'otp' }, { type: 'webauthn-platform' }]));
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toHaveChallengedWith('webauthn-platform', { additionalFactors: ['otp'] });
    expect(api).not.toHaveEnabledMultifactor();
  });

  test('a risky login by a user with no factor must enroll one', async () => {
    const event = mockEvent(TRIGGER, loginAt('low', []));
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toHaveEnrolledWithAny(['webauthn-platform', 'otp']);
    expect(api).not.toHaveChallengedWith();
  });

  test('a medium-confidence login gets MFA at the end of the flow, remembered on this browser', async () => {
    const event = mockEvent(TRIGGER, loginAt('medium', [{ type: 'otp' }]));
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toHaveEnabledMultifactor('any', { allowRememberBrowser: true });
  });

  test('a high-confidence login is not asked for anything', async () => {
    const event = mockEvent(TRIGGER, loginAt('high', [{ type: 'otp' }]));
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).not.toHaveEnabledMultifactor();
    expect(api).not.toHaveChallengedWith();
    expect(api).not.toHaveEnrolledWithAny();
  });
});

describe('post-login: the flow around the challenge', () => {
  test('a risky login pauses on the challenge, and completes once the user passes it', async () => {
    const sim = await simulate(action, { trigger: TRIGGER, event: loginAt('low', [{ type: 'otp' }]) });

    expect(sim.status).toBe('challenged');
    expect(sim).toHaveChallengedWith('otp', { additionalFactors: [] });

    const done = await sim.completeChallenge('otp');

    expect(done.status).toBe('completed');
    expect(done.idToken).toBeDefined();
  });

  test('a risky login by a user with no factor pauses on the enrollment', async () => {
    const sim = await simulate(action, { trigger: TRIGGER, event: loginAt('low', []) });

    expect(sim.status).toBe('challenged');
    expect(sim).toHaveEnrolledWithAny([{ type: 'webauthn-platform' }, { type: 'otp' }]);
  });
});
