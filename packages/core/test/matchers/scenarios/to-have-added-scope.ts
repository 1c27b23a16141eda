import { apiOf, type Scenario } from './tools.js';

const TRIGGER = 'post-login';

export const toHaveAddedScope: Scenario[] = [
  {
    title: 'compares the scope as the runtime keeps it, trimmed',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.accessToken.addScope(' read:reports ');
      return a;
    },
    assert: (a) => a.toHaveAddedScope('read:reports'),
    outcome: 'pass',
  },
  {
    title: 'fails when other scopes were added, listing them numbered',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.accessToken.addScope('read:reports');
      a.accessToken.addScope('read:invoices');
      return a;
    },
    assert: (a) => a.toHaveAddedScope('write:reports'),
    outcome: 'fail',
  },
  {
    title: 'fails when the scope was removed instead, showing that call',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.accessToken.removeScope('write:reports');
      return a;
    },
    assert: (a) => a.toHaveAddedScope('write:reports'),
    outcome: 'fail',
  },
  {
    title: 'does not count a scope the runtime refused (whitespace inside)',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      try {
        a.accessToken.addScope('read:reports write:reports');
      } catch {
        // refused: 'The value for the scope must not have whitespace.'
      }
      return a;
    },
    assert: (a) => a.toHaveAddedScope(),
    outcome: 'fail',
  },
  {
    title: 'rejects a list of scopes',
    arrange: (tools) => apiOf(tools, TRIGGER),
    assert: (a) => (a.toHaveAddedScope as (...args: unknown[]) => void)(['read:reports']),
    outcome: 'misuse',
  },
];
