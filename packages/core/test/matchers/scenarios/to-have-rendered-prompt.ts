import { api, type Scenario } from './tools.js';

export const toHaveRenderedPrompt: Scenario[] = [
  {
    title: 'passes with the prompt id and partial fields and vars',
    arrange: (tools) => {
      const a = api(tools);
      a.prompt.render('reset-reason', {
        fields: { reason: '', other: '' },
        vars: { email: 'ada@example.com', locale: 'en' },
      });
      return a;
    },
    assert: (a, expect) =>
      a.toHaveRenderedPrompt('reset-reason', { fields: { reason: '' }, vars: { email: expect.stringContaining('@') } }),
    outcome: 'pass',
  },
  {
    title: 'fails when a var differs, with a diff of what differs',
    arrange: (tools) => {
      const a = api(tools);
      a.prompt.render('reset-reason', { vars: { email: 'ada@example.com', locale: 'en' } });
      return a;
    },
    assert: (a) => a.toHaveRenderedPrompt('reset-reason', { vars: { email: 'grace@example.com', locale: 'en' } }),
    outcome: 'fail',
  },
  {
    title: 'fails when prompt.render was never called',
    arrange: (tools) => {
      const a = api(tools);
      a.access.deny('No prompt for you');
      return a;
    },
    assert: (a) => a.toHaveRenderedPrompt('reset-reason'),
    outcome: 'fail',
  },
  {
    title: 'rejects fields that are not an object',
    arrange: (tools) => api(tools),
    assert: (a) => (a.toHaveRenderedPrompt as (...args: unknown[]) => void)('reset-reason', { fields: ['reason'] }),
    outcome: 'misuse',
  },
];
