import { api, type Scenario } from './tools.js';

export const toHaveChallengedWithAny: Scenario[] = [
  {
    title: 'passes with the same factors in the same order',
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWithAny([
        { type: 'otp' },
        { type: 'push-notification', options: { otpFallback: true } },
      ]);
      return a;
    },
    assert: (a) => a.toHaveChallengedWithAny(['otp', { type: 'push-notification', options: { otpFallback: true } }]),
    outcome: 'pass',
  },
  {
    title: 'fails when the order differs',
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWithAny([{ type: 'email' }, { type: 'otp' }]);
      return a;
    },
    assert: (a) => a.toHaveChallengedWithAny(['otp', 'email']),
    outcome: 'fail',
  },
  {
    title: 'accepts expect.arrayContaining for the list',
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWithAny([{ type: 'email' }, { type: 'otp' }]);
      return a;
    },
    assert: (a, expect) => a.toHaveChallengedWithAny(expect.arrayContaining([{ type: 'otp' }])),
    outcome: 'pass',
  },
  {
    title: 'rejects factors that are not a list',
    arrange: (tools) => api(tools),
    assert: (a) => (a.toHaveChallengedWithAny as (...args: unknown[]) => void)('otp'),
    outcome: 'misuse',
  },
];
