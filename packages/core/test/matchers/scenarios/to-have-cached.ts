import { api, simulationOf, TRIGGER, type Scenario } from './tools.js';

export const toHaveCached: Scenario[] = [
  {
    title: 'with a key, passes when the cache holds a live entry for it',
    arrange: (tools) => {
      const a = api(tools);
      a.cache.set('risk:auth0|123', 'high');
      return a;
    },
    assert: (a) => a.toHaveCached('risk:auth0|123'),
    outcome: 'pass',
  },
  {
    title: 'fails when the value differs, showing the entries and their expiry',
    arrange: (tools) => {
      const a = api(tools);
      a.cache.set('risk:auth0|123', 'high');
      a.cache.set('attempts:auth0|123', '3', { ttl: 60_000 });
      return a;
    },
    assert: (a) => a.toHaveCached('risk:auth0|123', 'low'),
    outcome: 'fail',
  },
  {
    title: 'does not count an expired entry',
    arrange: (tools) => {
      const a = api(tools);
      a.cache.set('risk:auth0|123', 'high', { ttl: 1_000 });
      tools.tick(5_000);
      return a;
    },
    assert: (a) => a.toHaveCached('risk:auth0|123'),
    outcome: 'fail',
  },
  {
    title: 'tests a RegExp against the keys',
    arrange: (tools) => {
      const a = api(tools);
      a.cache.set('risk:auth0|123', 'high');
      return a;
    },
    assert: (a) => a.toHaveCached(/^risk:/, 'high'),
    outcome: 'pass',
  },
  {
    title: 'shows the writes the cache rejected',
    arrange: (tools) => {
      const a = api(tools);
      a.cache.set('profile', 'x'.repeat(5000));
      return a;
    },
    assert: (a) => a.toHaveCached('profile'),
    outcome: 'fail',
  },
  {
    title: 'reads a cache from createCache() directly',
    arrange: (tools) => {
      const cache = tools.lib.createCache();
      tools.lib.mockApi(TRIGGER, { cache }).cache.set('shared', 'yes');
      return cache;
    },
    assert: (a) => a.toHaveCached('shared', 'yes'),
    outcome: 'pass',
  },
  {
    title: 'reads the cache a simulation shares between its apis',
    arrange: (tools) => {
      const cache = tools.lib.createCache();
      const first = tools.lib.mockApi(TRIGGER, { cache });
      const second = tools.lib.mockApi(TRIGGER, { cache });
      first.cache.set('step', 'one');
      return simulationOf(first, second);
    },
    assert: (a) => a.toHaveCached('step', 'one'),
    outcome: 'pass',
  },
  {
    title: 'rejects a key that is not a string, a RegExp or an asymmetric matcher',
    arrange: (tools) => api(tools),
    assert: (a) => (a.toHaveCached as (...args: unknown[]) => void)(7),
    outcome: 'misuse',
  },
  {
    title: 'rejects a received value that is not an api, a simulation or a cache',
    arrange: () => new Map([['risk', 'high']]),
    assert: (a) => a.toHaveCached('risk'),
    outcome: 'misuse',
  },
];
