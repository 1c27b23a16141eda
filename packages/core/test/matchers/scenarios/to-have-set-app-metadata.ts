import { apiOf, type Scenario } from './tools.js';

const TRIGGER = 'pre-user-registration';

export const toHaveSetAppMetadata: Scenario[] = [
  {
    title: 'passes when that key was set to that value',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.user.setAppMetadata('plan', 'premium');
      return a;
    },
    assert: (a) => a.toHaveSetAppMetadata('plan', 'premium'),
    outcome: 'pass',
  },
  {
    title: 'fails when the value differs',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.user.setAppMetadata('plan', 'free');
      a.user.setAppMetadata('roles', ['reader']);
      return a;
    },
    assert: (a) => a.toHaveSetAppMetadata('roles', ['reader', 'editor']),
    outcome: 'fail',
  },
  {
    title: 'fails when only user_metadata was written, showing that call',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.user.setUserMetadata('plan', 'premium');
      return a;
    },
    assert: (a) => a.toHaveSetAppMetadata('plan'),
    outcome: 'fail',
  },
  {
    title: 'rejects an unexpected third argument',
    arrange: (tools) => apiOf(tools, TRIGGER),
    assert: (a) => (a.toHaveSetAppMetadata as (...args: unknown[]) => void)('plan', 'premium', { merge: true }),
    outcome: 'misuse',
  },
];
