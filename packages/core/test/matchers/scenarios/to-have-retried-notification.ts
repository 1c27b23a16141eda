import { providerApi, retriedThenSimulation } from './notification-api.js';
import type { Scenario } from './tools.js';

export const toHaveRetriedNotification: Scenario[] = [
  {
    title: 'passes with the reason of the retry',
    arrange: (tools) => {
      const a = providerApi(tools);
      a.notification.retry('SendGrid returned 503');
      return a;
    },
    assert: (a) => a.toHaveRetriedNotification('SendGrid returned 503'),
    outcome: 'pass',
  },
  {
    title: 'passes on a simulation where an earlier run retried, though the last one sent',
    arrange: (tools) => retriedThenSimulation(tools, () => undefined),
    assert: (a) => a.toHaveRetriedNotification('SendGrid returned 429'),
    outcome: 'pass',
  },
  {
    title: 'compares the reason as the runtime keeps it: its first 1024 characters',
    arrange: (tools) => {
      const a = providerApi(tools);
      a.notification.retry(`provider error: ${'x'.repeat(1100)}`);
      return a;
    },
    assert: (a, expect) => a.toHaveRetriedNotification(expect.stringMatching(/^provider error: x{1008}$/)),
    outcome: 'pass',
  },
  {
    title: 'fails when the reason differs, showing the closest retry',
    arrange: (tools) => retriedThenSimulation(tools, () => undefined),
    assert: (a) => a.toHaveRetriedNotification('SendGrid returned 500'),
    outcome: 'fail',
  },
  {
    title: 'fails when a later drop overrode the retry (only the last call counts)',
    arrange: (tools) => {
      const a = providerApi(tools);
      a.notification.retry('provider timeout');
      a.notification.drop('recipient unsubscribed');
      return a;
    },
    assert: (a) => a.toHaveRetriedNotification(),
    outcome: 'fail',
  },
  {
    title: 'rejects a reason that is not text',
    arrange: (tools) => providerApi(tools),
    assert: (a) => (a.toHaveRetriedNotification as (...args: unknown[]) => void)({ reason: 'x' }),
    outcome: 'misuse',
  },
];
