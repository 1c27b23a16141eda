import { apiOf, type Scenario } from './tools.js';

const TRIGGER = 'post-login';

export const toHaveSetAccessTokenClaim: Scenario[] = [
  {
    title: 'accepts a RegExp for the key and an asymmetric matcher for the value',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.accessToken.setCustomClaim('https://example.com/tenant', { id: 't_42', region: 'eu' });
      return a;
    },
    assert: (a, expect) => a.toHaveSetAccessTokenClaim(/\/tenant$/, expect.objectContaining({ region: 'eu' })),
    outcome: 'pass',
  },
  {
    title: 'does not count the scope claim the runtime refused, and shows it with its error',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      try {
        a.accessToken.setCustomClaim('scope', 'read:reports');
      } catch {
        // refused: 'The "scope" claim cannot be set.'
      }
      return a;
    },
    assert: (a) => a.toHaveSetAccessTokenClaim('scope'),
    outcome: 'fail',
  },
  {
    title: 'fails when the value differs',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.accessToken.setCustomClaim('https://example.com/tier', 'gold');
      return a;
    },
    assert: (a) => a.toHaveSetAccessTokenClaim('https://example.com/tier', 'platinum'),
    outcome: 'fail',
  },
];
