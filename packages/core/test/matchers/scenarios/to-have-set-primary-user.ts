import { apiOf, type Scenario } from './tools.js';

const TRIGGER = 'post-login';

export const toHaveSetPrimaryUser: Scenario[] = [
  {
    title: 'passes on the user id',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.authentication.setPrimaryUser('auth0|5f7c8ec7c33c6c004bbafe82');
      return a;
    },
    assert: (a) => a.toHaveSetPrimaryUser('auth0|5f7c8ec7c33c6c004bbafe82'),
    outcome: 'pass',
  },
  {
    title: 'fails when the user id differs, and does not count the second call the runtime refused',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.authentication.setPrimaryUser('auth0|5f7c8ec7c33c6c004bbafe82');
      try {
        a.authentication.setPrimaryUser('google-oauth2|1029384756');
      } catch {
        // refused: 'The primary user can only be altered once per transaction'
      }
      return a;
    },
    assert: (a) => a.toHaveSetPrimaryUser('google-oauth2|1029384756'),
    outcome: 'fail',
  },
  {
    title: 'rejects a user id that is not text',
    arrange: (tools) => apiOf(tools, TRIGGER),
    assert: (a) => (a.toHaveSetPrimaryUser as (...args: unknown[]) => void)({ user_id: 'auth0|1' }),
    outcome: 'misuse',
  },
];
