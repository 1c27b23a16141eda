import { providerApi, retriedThenSimulation } from './notification-api.js';
import type { Scenario } from './tools.js';

export const toHaveDroppedNotification: Scenario[] = [
  {
    title: 'passes with the reason of the drop',
    arrange: (tools) => {
      const a = providerApi(tools);
      a.notification.drop('recipient unsubscribed');
      return a;
    },
    assert: (a) => a.toHaveDroppedNotification('recipient unsubscribed'),
    outcome: 'pass',
  },
  {
    title: 'passes on a simulation whose last run dropped, with a partial reason',
    arrange: (tools) => retriedThenSimulation(tools, (api) => api.notification.drop('mailbox does not exist')),
    assert: (a, expect) => a.toHaveDroppedNotification(expect.stringContaining('does not exist')),
    outcome: 'pass',
  },
  {
    title: 'fails when the reason differs',
    arrange: (tools) => {
      const a = providerApi(tools);
      a.notification.drop('recipient unsubscribed');
      return a;
    },
    assert: (a) => a.toHaveDroppedNotification('mailbox full'),
    outcome: 'fail',
  },
  {
    title: 'fails when a later retry overrode the drop (only the last call counts)',
    arrange: (tools) => {
      const a = providerApi(tools);
      a.notification.drop('recipient unsubscribed');
      a.notification.retry('provider timeout');
      return a;
    },
    assert: (a) => a.toHaveDroppedNotification(),
    outcome: 'fail',
  },
  {
    title: 'fails when no run dropped, listing the retries',
    arrange: (tools) => retriedThenSimulation(tools, (api) => api.notification.retry('SendGrid returned 503')),
    assert: (a) => a.toHaveDroppedNotification(),
    outcome: 'fail',
  },
  {
    title: 'rejects a reason that is not text',
    arrange: (tools) => providerApi(tools),
    assert: (a) => (a.toHaveDroppedNotification as (...args: unknown[]) => void)(404),
    outcome: 'misuse',
  },
];
