import type { CustomTokenExchangeApi } from '../../../src/index.js';
import type { Scenario, Tools } from './tools.js';

const OPTIONS = { creationBehavior: 'create_if_not_exists', updateBehavior: 'replace' } as const;

/** A custom-token-exchange api: the scenarios' Library is typed for the password-reset trigger. */
function exchangeApi({ lib }: Tools): CustomTokenExchangeApi {
  return (lib.mockApi as unknown as (trigger: string) => CustomTokenExchangeApi)('custom-token-exchange');
}

export const toHaveSetUser: Scenario[] = [
  {
    title: 'passes on setUserById with that user id',
    arrange: (tools) => {
      const a = exchangeApi(tools);
      a.authentication.setUserById('auth0|55562040asf0aef');
      return a;
    },
    assert: (a) => a.toHaveSetUser({ userId: 'auth0|55562040asf0aef' }),
    outcome: 'pass',
  },
  {
    title: 'passes on setUserByConnection with that connection and partial attributes and options',
    arrange: (tools) => {
      const a = exchangeApi(tools);
      a.authentication.setUserByConnection(
        'legacy-users',
        { user_id: 'L-1001', email: 'ada@example.com', email_verified: true },
        OPTIONS,
      );
      return a;
    },
    assert: (a, expect) =>
      a.toHaveSetUser({
        connection: 'legacy-users',
        attributes: { email: expect.stringContaining('@example.com') },
        options: { updateBehavior: 'replace' },
      }),
    outcome: 'pass',
  },
  {
    title: 'fails when the attributes differ, showing the call',
    arrange: (tools) => {
      const a = exchangeApi(tools);
      a.authentication.setUserByConnection('legacy-users', { user_id: 'L-1001', email: 'ada@example.com' }, OPTIONS);
      return a;
    },
    assert: (a) => a.toHaveSetUser({ connection: 'legacy-users', attributes: { user_id: 'L-1002' } }),
    outcome: 'fail',
  },
  {
    title: 'fails when the Action set the user the other way',
    arrange: (tools) => {
      const a = exchangeApi(tools);
      a.authentication.setUserByConnection('legacy-users', { user_id: 'L-1001' }, OPTIONS);
      return a;
    },
    assert: (a) => a.toHaveSetUser({ userId: 'auth0|L-1001' }),
    outcome: 'fail',
  },
  {
    title: 'fails when no user was set, listing the calls the Action made',
    arrange: (tools) => {
      const a = exchangeApi(tools);
      a.access.rejectInvalidSubjectToken('The subject token has expired.');
      return a;
    },
    assert: (a) => a.toHaveSetUser(),
    outcome: 'fail',
  },
  {
    title: 'rejects an expectation mixing userId with the connection fields',
    arrange: (tools) => exchangeApi(tools),
    assert: (a) => (a.toHaveSetUser as (...args: unknown[]) => void)({ userId: 'auth0|1', connection: 'db' }),
    outcome: 'misuse',
  },
  {
    title: 'rejects an unknown field, naming it',
    arrange: (tools) => exchangeApi(tools),
    assert: (a) => (a.toHaveSetUser as (...args: unknown[]) => void)({ user_id: 'auth0|1' }),
    outcome: 'misuse',
  },
];
