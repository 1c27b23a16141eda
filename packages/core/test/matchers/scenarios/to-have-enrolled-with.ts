import { apiOf, type Scenario } from './tools.js';

const TRIGGER = 'post-login';

export const toHaveEnrolledWith: Scenario[] = [
  {
    title: "treats the shorthand 'webauthn-platform' as { type: 'webauthn-platform' }",
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.authentication.enrollWith({ type: 'webauthn-platform' });
      return a;
    },
    assert: (a) => a.toHaveEnrolledWith('webauthn-platform'),
    outcome: 'pass',
  },
  {
    title: 'fails when the additional factors differ',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.authentication.enrollWith({ type: 'otp' }, { additionalFactors: [{ type: 'recovery-code' }] });
      return a;
    },
    assert: (a) => a.toHaveEnrolledWith('otp', { additionalFactors: ['webauthn-roaming'] }),
    outcome: 'fail',
  },
  {
    title: 'fails when only a challenge was issued, showing that call',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.authentication.challengeWith({ type: 'otp' });
      return a;
    },
    assert: (a) => a.toHaveEnrolledWith('otp'),
    outcome: 'fail',
  },
  {
    title: "rejects 'email', which no user can be enrolled with",
    arrange: (tools) => apiOf(tools, TRIGGER),
    assert: (a) => (a.toHaveEnrolledWith as (...args: unknown[]) => void)('email'),
    outcome: 'misuse',
  },
];
