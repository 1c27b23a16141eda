import { api, notAnApi, SECRET, simulationOf, type Scenario } from './tools.js';

export const toHaveDenied: Scenario[] = [
  {
    title: 'with no argument, passes when access.deny was called',
    arrange: (tools) => {
      const a = api(tools);
      a.access.deny('Too risky');
      return a;
    },
    assert: (a) => a.toHaveDenied(),
    outcome: 'pass',
  },
  {
    title: 'fails when access.deny was never called, listing the calls the Action made',
    arrange: (tools) => {
      const a = api(tools);
      a.cache.set('risk', 'low');
      a.redirect.sendUserTo('https://verify.example.com/identity');
      return a;
    },
    assert: (a) => a.toHaveDenied(),
    outcome: 'fail',
  },
  {
    title: 'fails and says so when the Action made no call at all',
    arrange: (tools) => api(tools),
    assert: (a) => a.toHaveDenied('Too risky'),
    outcome: 'fail',
  },
  {
    title: 'compares a string reason exactly',
    arrange: (tools) => {
      const a = api(tools);
      a.access.deny('Too risky!');
      return a;
    },
    assert: (a) => a.toHaveDenied('Too risky'),
    outcome: 'fail',
  },
  {
    title: 'tests a RegExp against the reason',
    arrange: (tools) => {
      const a = api(tools);
      a.access.deny('Risk score 80 is too high');
      return a;
    },
    assert: (a) => a.toHaveDenied(/too high$/),
    outcome: 'pass',
  },
  {
    title: 'accepts an asymmetric matcher as the reason',
    arrange: (tools) => {
      const a = api(tools);
      a.access.deny('Unable to verify redirect response: invalid signature');
      return a;
    },
    assert: (a, expect) => a.toHaveDenied(expect.stringContaining('Unable to verify')),
    outcome: 'pass',
  },
  {
    title: 'shows every call and diffs against the closest one',
    arrange: (tools) => {
      const a = api(tools);
      a.access.deny('Blocked country');
      a.access.deny('Identity verification was not completed');
      a.access.deny('Too many attempts');
      return a;
    },
    assert: (a) => a.toHaveDenied('Identity verification was not complete.'),
    outcome: 'fail',
  },
  {
    title: 'prints values of event.secrets as [secret]',
    arrange: (tools) => {
      const a = api(tools, { REDIRECT_SECRET: SECRET });
      a.access.deny(`Could not sign with ${SECRET}`);
      return a;
    },
    assert: (a) => a.toHaveDenied(`Could not sign with ${SECRET}!`),
    outcome: 'fail',
  },
  {
    title: 'reads every api of a simulation',
    arrange: (tools) => {
      const first = api(tools);
      const second = api(tools);
      first.cache.set('seen', 'yes');
      second.access.deny('Denied by the second Action');
      return simulationOf(first, second);
    },
    assert: (a) => a.toHaveDenied('Denied by the second Action'),
    outcome: 'pass',
  },
  {
    title: 'rejects a reason that is not a string, a RegExp or an asymmetric matcher',
    arrange: (tools) => api(tools),
    assert: (a) => (a.toHaveDenied as (...args: unknown[]) => void)(42),
    outcome: 'misuse',
  },
  {
    title: 'rejects extra arguments',
    arrange: (tools) => api(tools),
    assert: (a) => (a.toHaveDenied as (...args: unknown[]) => void)('Too risky', undefined, 'extra'),
    outcome: 'misuse',
  },
  {
    title: 'rejects a received value that is not an api or a simulation',
    arrange: notAnApi,
    assert: (a) => a.toHaveDenied(),
    outcome: 'misuse',
  },
  {
    title: 'rejects undefined as the received value',
    arrange: () => undefined,
    assert: (a) => a.toHaveDenied('Too risky'),
    outcome: 'misuse',
  },
];
