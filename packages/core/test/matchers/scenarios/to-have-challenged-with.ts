import { api, type Scenario } from './tools.js';

export const toHaveChallengedWith: Scenario[] = [
  {
    title: "treats the shorthand 'otp' as { type: 'otp' }",
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWith({ type: 'otp' });
      return a;
    },
    assert: (a) => a.toHaveChallengedWith('otp'),
    outcome: 'pass',
  },
  {
    title: 'compares a selector exactly, options included',
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWith({ type: 'phone', options: { preferredMethod: 'voice' } });
      return a;
    },
    assert: (a) => a.toHaveChallengedWith({ type: 'phone', options: { preferredMethod: 'sms' } }),
    outcome: 'fail',
  },
  {
    title: 'accepts an asymmetric matcher as the factor',
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWith({ type: 'phone', options: { preferredMethod: 'sms' } });
      return a;
    },
    assert: (a, expect) => a.toHaveChallengedWith(expect.objectContaining({ type: 'phone' })),
    outcome: 'pass',
  },
  {
    title: 'checks options.additionalFactors in order, shorthand included',
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWith(
        { type: 'otp' },
        { additionalFactors: [{ type: 'email' }, { type: 'recovery-code' }] },
      );
      return a;
    },
    assert: (a) => a.toHaveChallengedWith('otp', { additionalFactors: ['email', 'recovery-code'] }),
    outcome: 'pass',
  },
  {
    title: 'fails when the additional factors differ',
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWith({ type: 'otp' }, { additionalFactors: [{ type: 'email' }] });
      return a;
    },
    assert: (a) => a.toHaveChallengedWith('otp', { additionalFactors: ['email', 'phone'] }),
    outcome: 'fail',
  },
  {
    title: 'takes a call without options as additionalFactors: [], as the runtime does',
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWith({ type: 'otp' });
      return a;
    },
    assert: (a) => a.toHaveChallengedWith('otp', { additionalFactors: [] }),
    outcome: 'pass',
  },
  {
    title: 'shows a call without options as the Action made it: no additionalFactors on the received side',
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWith({ type: 'otp' });
      return a;
    },
    assert: (a) => a.toHaveChallengedWith('email', { additionalFactors: ['otp'] }),
    outcome: 'fail',
  },
  {
    title: 'fails when only challengeWithAny was called',
    arrange: (tools) => {
      const a = api(tools);
      a.authentication.challengeWithAny([{ type: 'otp' }, { type: 'email' }]);
      return a;
    },
    assert: (a) => a.toHaveChallengedWith('otp'),
    outcome: 'fail',
  },
  {
    title: "rejects 'sms', which is a method of the phone factor",
    arrange: (tools) => api(tools),
    assert: (a) => (a.toHaveChallengedWith as (...args: unknown[]) => void)('sms'),
    outcome: 'misuse',
  },
  {
    title: 'rejects an unknown option',
    arrange: (tools) => api(tools),
    assert: (a) => (a.toHaveChallengedWith as (...args: unknown[]) => void)('otp', { additionalFactor: ['email'] }),
    outcome: 'misuse',
  },
];
