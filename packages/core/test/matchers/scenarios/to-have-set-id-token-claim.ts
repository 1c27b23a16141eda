import { apiOf, SECRET, type Scenario } from './tools.js';

const TRIGGER = 'post-login';
const ROLES = 'https://example.com/roles';

export const toHaveSetIdTokenClaim: Scenario[] = [
  {
    title: 'passes on the key and the value',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.idToken.setCustomClaim(ROLES, ['admin', 'analyst']);
      return a;
    },
    assert: (a) => a.toHaveSetIdTokenClaim(ROLES, ['admin', 'analyst']),
    outcome: 'pass',
  },
  {
    title: 'fails when the value differs, listing every claim set, with a diff against the closest',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.idToken.setCustomClaim('https://example.com/plan', 'premium');
      a.idToken.setCustomClaim(ROLES, ['analyst']);
      return a;
    },
    assert: (a) => a.toHaveSetIdTokenClaim(ROLES, ['admin', 'analyst']),
    outcome: 'fail',
  },
  {
    title: 'fails when the claim went to the access token only, showing that call',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.accessToken.setCustomClaim(ROLES, ['admin']);
      return a;
    },
    assert: (a) => a.toHaveSetIdTokenClaim(ROLES),
    outcome: 'fail',
  },
  {
    title: 'checks the call: a restricted claim passes here, though Auth0 leaves it out of the token',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.idToken.setCustomClaim('roles', ['admin']);
      return a;
    },
    assert: (a) => a.toHaveSetIdTokenClaim('roles'),
    outcome: 'pass',
  },
  {
    title: 'prints a secret value as [secret]',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER, { PARTNER_KEY: SECRET });
      a.idToken.setCustomClaim('https://example.com/partner', { key: SECRET });
      return a;
    },
    assert: (a) => a.toHaveSetIdTokenClaim('https://example.com/partner', { key: 'another' }),
    outcome: 'fail',
  },
  {
    title: 'rejects a key that is not text',
    arrange: (tools) => apiOf(tools, TRIGGER),
    assert: (a) => (a.toHaveSetIdTokenClaim as (...args: unknown[]) => void)(['roles']),
    outcome: 'misuse',
  },
];
