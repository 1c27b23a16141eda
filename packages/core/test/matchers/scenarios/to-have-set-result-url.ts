import { api, type Scenario } from './tools.js';

export const toHaveSetResultUrl: Scenario[] = [
  {
    title: 'passes with the url as passed and a partial query',
    arrange: (tools) => {
      const a = api(tools);
      a.transaction.setResultUrl('https://app.example.com/password-changed', {
        query: { source: 'reset', lang: 'en' },
      });
      return a;
    },
    assert: (a) => a.toHaveSetResultUrl('https://app.example.com/password-changed', { query: { source: 'reset' } }),
    outcome: 'pass',
  },
  {
    title: 'fails when the query differs',
    arrange: (tools) => {
      const a = api(tools);
      a.transaction.setResultUrl('https://app.example.com/password-changed', { query: { source: 'reset' } });
      return a;
    },
    assert: (a) => a.toHaveSetResultUrl('https://app.example.com/password-changed', { query: { source: 'email' } }),
    outcome: 'fail',
  },
  {
    title: 'fails when setResultUrl was never called',
    arrange: (tools) => {
      const a = api(tools);
      a.redirect.sendUserTo('https://app.example.com/password-changed');
      return a;
    },
    assert: (a) => a.toHaveSetResultUrl('https://app.example.com/password-changed'),
    outcome: 'fail',
  },
  {
    title: 'rejects a query that is not an object',
    arrange: (tools) => api(tools),
    assert: (a) =>
      (a.toHaveSetResultUrl as (...args: unknown[]) => void)('https://app.example.com/', { query: 'source=reset' }),
    outcome: 'misuse',
  },
];
