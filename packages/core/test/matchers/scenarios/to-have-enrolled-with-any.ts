import { apiOf, type Scenario } from './tools.js';

const TRIGGER = 'post-login';

export const toHaveEnrolledWithAny: Scenario[] = [
  {
    title: 'passes on the factors in the same order, shorthand and selectors mixed',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.authentication.enrollWithAny([{ type: 'otp' }, { type: 'phone', options: { preferredMethod: 'sms' } }]);
      return a;
    },
    assert: (a) => a.toHaveEnrolledWithAny(['otp', { type: 'phone', options: { preferredMethod: 'sms' } }]),
    outcome: 'pass',
  },
  {
    title: 'fails when the order differs',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.authentication.enrollWithAny([{ type: 'otp' }, { type: 'webauthn-platform' }]);
      return a;
    },
    assert: (a) => a.toHaveEnrolledWithAny(['webauthn-platform', 'otp']),
    outcome: 'fail',
  },
  {
    title: "rejects 'sms', which is a method of the phone factor",
    arrange: (tools) => apiOf(tools, TRIGGER),
    assert: (a) => (a.toHaveEnrolledWithAny as (...args: unknown[]) => void)(['otp', 'sms']),
    outcome: 'misuse',
  },
];
