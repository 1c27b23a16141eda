import { apiOf, SECRET, type Scenario } from './tools.js';

const TRIGGER = 'post-login';

export const toHaveEnabledMultifactor: Scenario[] = [
  {
    title: 'with no argument, passes when MFA was enabled at all',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.multifactor.enable('any');
      return a;
    },
    assert: (a) => a.toHaveEnabledMultifactor(),
    outcome: 'pass',
  },
  {
    title: "counts a call without allowRememberBrowser as false, the runtime's default",
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.multifactor.enable('guardian');
      return a;
    },
    assert: (a) => a.toHaveEnabledMultifactor('guardian', { allowRememberBrowser: false }),
    outcome: 'pass',
  },
  {
    title: 'fails when the provider differs',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.multifactor.enable('none');
      return a;
    },
    assert: (a) => a.toHaveEnabledMultifactor('any'),
    outcome: 'fail',
  },
  {
    title: "matches providerOptions partially, printing Duo's secret key as [secret]",
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER, { DUO_SKEY: SECRET });
      a.multifactor.enable('duo', {
        providerOptions: { host: 'api-1234.duosecurity.com', ikey: 'DIXXXXXXXXXXXXXXXXXX', skey: SECRET },
      });
      return a;
    },
    assert: (a) => a.toHaveEnabledMultifactor('duo', { providerOptions: { host: 'api-9999.duosecurity.com' } }),
    outcome: 'fail',
  },
  {
    title: 'fails when the Action challenged instead, showing that call',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.authentication.challengeWith({ type: 'otp' });
      return a;
    },
    assert: (a) => a.toHaveEnabledMultifactor(),
    outcome: 'fail',
  },
  {
    title: 'rejects a misspelt provider, suggesting the right one',
    arrange: (tools) => apiOf(tools, TRIGGER),
    assert: (a) => (a.toHaveEnabledMultifactor as (...args: unknown[]) => void)('gaurdian'),
    outcome: 'misuse',
  },
];
