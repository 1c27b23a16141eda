import { apiOf, type Scenario } from './tools.js';

const TRIGGER = 'post-login';

export const toHaveRemovedScope: Scenario[] = [
  {
    title: 'passes on the scope removed',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.accessToken.removeScope('delete:reports');
      return a;
    },
    assert: (a, expect) => a.toHaveRemovedScope(expect.stringMatching(/^delete:/)),
    outcome: 'pass',
  },
  {
    title: 'fails when only addScope was called, showing that call',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.accessToken.addScope('delete:reports');
      return a;
    },
    assert: (a) => a.toHaveRemovedScope('delete:reports'),
    outcome: 'fail',
  },
];
