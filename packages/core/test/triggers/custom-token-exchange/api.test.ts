import { describe, expect, it } from 'vitest';
import { mockApi, recorded } from '../../../src/index.js';
import { acceptedCalls } from '../../support/accepted-calls.js';
import '../../matchers/vitest-runner.js';

const TRIGGER = 'custom-token-exchange';
const OPTIONS = { creationBehavior: 'create_if_not_exists', updateBehavior: 'none' } as const;

type Call = (api: any) => unknown;

function refuses(call: Call, message: string): void {
  const api = mockApi(TRIGGER);
  expect(() => call(api)).toThrow(new Error(message));
  expect(recorded(api).calls).toHaveLength(1);
  expect(acceptedCalls(api)).toEqual([]);
}

describe('mockApi(custom-token-exchange): access', () => {
  it('deny(code, reason) returns nothing and records a denial with the code', () => {
    const api = mockApi(TRIGGER);
    expect(api.access.deny('unsupported_token', 'The legacy token has expired.')).toBeUndefined();
    expect(api).toHaveDenied('The legacy token has expired.', { code: 'unsupported_token' });
  });

  it("rejectInvalidSubjectToken(reason) is a denial with the code 'invalid_request'", () => {
    const api = mockApi(TRIGGER);
    expect(api.access.rejectInvalidSubjectToken('bad signature')).toBeUndefined();
    expect(api).toHaveDenied('bad signature', { code: 'invalid_request' });
    expect(api).toHaveCalledApi('access.rejectInvalidSubjectToken', 'bad signature');
  });

  it.each<[Call, string]>([
    [
      (api) => api.access.deny('invalid_request'),
      "api.access.deny(): Invalid deny arguments:  must have required property 'reason' (reason: expected the reason, a string of 1 to 4096 characters)",
    ],
    [
      (api) => api.access.deny(),
      "api.access.deny(): Invalid deny arguments:  must have required property 'code', must have required property 'reason' (code: expected an error code, a string of 1 to 1024 characters such as 'invalid_request'; reason: expected the reason, a string of 1 to 4096 characters)",
    ],
    [(api) => api.access.deny('', 'why'), 'Invalid deny arguments: code must NOT have fewer than 1 characters'],
    [
      (api) => api.access.deny(400, ''),
      "api.access.deny(): Invalid deny arguments: code must be string; reason must NOT have fewer than 1 characters (code: expected an error code, a string of 1 to 1024 characters such as 'invalid_request')",
    ],
    [
      (api) => api.access.deny('c'.repeat(1025), 'r'.repeat(4097)),
      'Invalid deny arguments: code must NOT have more than 1024 characters; reason must NOT have more than 4096 characters',
    ],
    [
      (api) => api.access.rejectInvalidSubjectToken(),
      "api.access.rejectInvalidSubjectToken(): Invalid rejectInvalidSubjectToken arguments:  must have required property 'reason' (reason: expected why the subject token is invalid, a string of 1 to 4096 characters)",
    ],
    [
      (api) => api.access.rejectInvalidSubjectToken(''),
      'Invalid rejectInvalidSubjectToken arguments: reason must NOT have fewer than 1 characters',
    ],
  ])('refuses %#: the harness message, no denial', (call, message) => refuses(call, message));
});

describe('mockApi(custom-token-exchange): authentication.setUserById / setUserByConnection', () => {
  it('records the user set by id', () => {
    const api = mockApi(TRIGGER);
    expect(api.authentication.setUserById('auth0|55562040asf0aef')).toBeUndefined();
    expect(api).toHaveSetUser({ userId: 'auth0|55562040asf0aef' });
  });

  it('records the user set by connection with its attributes and behaviours', () => {
    const api = mockApi(TRIGGER);
    const attributes = { user_id: 'legacy-123', email: 'ada@example.com', email_verified: true, plan: 'gold' };
    expect(api.authentication.setUserByConnection('legacy-users', attributes, OPTIONS)).toBeUndefined();
    expect(api).toHaveSetUser({ connection: 'legacy-users', attributes: { user_id: 'legacy-123' }, options: OPTIONS });
  });

  it.each<[Call, string]>([
    [
      (api) => api.authentication.setUserById(),
      "api.authentication.setUserById(): Invalid setUserById arguments:  must have required property 'user_id' (user_id: expected the id of the user the exchange is for, a string of 1 to 512 characters)",
    ],
    [
      (api) => api.authentication.setUserById(''),
      'Invalid setUserById arguments: user_id must NOT have fewer than 1 characters',
    ],
    [
      (api) => api.authentication.setUserById('u'.repeat(513)),
      'Invalid setUserById arguments: user_id must NOT have more than 512 characters',
    ],
    [
      (api) => api.authentication.setUserById(42),
      'api.authentication.setUserById(): Invalid setUserById arguments: user_id must be string (user_id: expected the id of the user the exchange is for, a string of 1 to 512 characters)',
    ],
    [
      (api) => api.authentication.setUserByConnection('db'),
      "api.authentication.setUserByConnection(): Invalid setUserByConnection arguments:  must have required property 'user_attributes', must have required property 'options' (user_attributes: expected the user's profile, an object with at least user_id; options: expected { creationBehavior, updateBehavior }, such as { creationBehavior: 'create_if_not_exists', updateBehavior: 'none' })",
    ],
    [
      (api) => api.authentication.setUserByConnection('db', { email: 'a@example.com' }, OPTIONS),
      "Invalid setUserByConnection arguments: user_attributes must have required property 'user_id'",
    ],
    [
      (api) => api.authentication.setUserByConnection('db', { user_id: 'x', email_verified: 'yes', name: '' }, OPTIONS),
      'Invalid setUserByConnection arguments: user_attributes/name must NOT have fewer than 1 characters; user_attributes/email_verified must be boolean',
    ],
    [
      (api) =>
        api.authentication.setUserByConnection(
          'db',
          Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i === 0 ? 'user_id' : `k${i}`, 'v'])),
          OPTIONS,
        ),
      'Invalid setUserByConnection arguments: user_attributes must NOT have more than 24 properties',
    ],
    [
      (api) =>
        api.authentication.setUserByConnection(
          'db',
          { user_id: 'x' },
          { creationBehavior: 'create', updateBehavior: 'none' },
        ),
      'Invalid setUserByConnection arguments: options/creationBehavior must be equal to one of the allowed values',
    ],
    [
      (api) => api.authentication.setUserByConnection('db', { user_id: 'x' }, { creationBehavior: 'none' }),
      "Invalid setUserByConnection arguments: options must have required property 'updateBehavior'",
    ],
    [
      (api) => api.authentication.setUserByConnection('db', { user_id: 'x' }, { ...OPTIONS, upsert: true }),
      'Invalid setUserByConnection arguments: options must NOT have additional properties',
    ],
    [
      (api) => api.authentication.setUserByConnection('', 'x', 'y'),
      "api.authentication.setUserByConnection(): Invalid setUserByConnection arguments: connection_name must NOT have fewer than 1 characters; user_attributes must be object; options must be object (user_attributes: expected the user's profile, an object with at least user_id; options: expected { creationBehavior, updateBehavior }, such as { creationBehavior: 'create_if_not_exists', updateBehavior: 'none' })",
    ],
  ])('refuses %#: the harness message, no user set', (call, message) => refuses(call, message));
});

describe('mockApi(custom-token-exchange): setOrganization and setActor', () => {
  it('records an organization of 1 to 50 characters', () => {
    const api = mockApi(TRIGGER);
    expect(api.authentication.setOrganization('org_juG7cAQ0CymOcVpV')).toBeUndefined();
    expect(api).toHaveCalledApi('authentication.setOrganization', 'org_juG7cAQ0CymOcVpV');
    expect(() => api.authentication.setOrganization('o'.repeat(51))).toThrow(
      'Invalid setOrganization arguments: organization_id_or_name must NOT have more than 50 characters',
    );
  });

  it('records an actor with nested act claims and custom properties (type is not one)', () => {
    const api = mockApi(TRIGGER);
    const actor = {
      sub: 'agent|support-bot',
      type: 'agent',
      ticket: 4711,
      act: { sub: 'auth0|admin1', act: { sub: 'svc|a', act: { sub: 'svc|b', act: { sub: 'svc|c' } } } },
    };
    expect(api.authentication.setActor(actor)).toBeUndefined();
    expect(api).toHaveCalledApi('authentication.setActor', actor);
  });

  const nested = (depth: number): Record<string, unknown> =>
    depth === 1 ? { sub: `s${depth}` } : { sub: `s${depth}`, act: nested(depth - 1) };

  it.each<[Call, string]>([
    [
      (api) => api.authentication.setActor('agent'),
      "api.authentication.setActor(): The actor must be a plain object. (actor: expected the acting party's claims, such as { sub: 'service-a' }; received the string \"agent\")",
    ],
    [(api) => api.authentication.setActor({ sub: 'a', act: 'b' }), 'The act claim must be a plain object.'],
    [(api) => api.authentication.setActor({ type: 'agent' }), 'The actor object must contain a sub claim.'],
    [
      (api) => api.authentication.setActor({ sub: 'a', act: { sub: '' } }),
      'The actor object must contain a sub claim.',
    ],
    [
      (api) => api.authentication.setActor({ sub: 's'.repeat(513) }),
      'Invalid setActor arguments: sub must NOT have more than 512 characters',
    ],
    [
      (api) => api.authentication.setActor({ sub: 'a', a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }),
      'No more than 5 custom properties are allowed in the actor object.',
    ],
    [
      (api) => api.authentication.setActor({ sub: 'a', team: null }),
      'Custom property in an actor object must be a string, number, or boolean.',
    ],
    [
      (api) => api.authentication.setActor({ sub: 'a', ['k'.repeat(65)]: 1 }),
      'Custom property key in an actor object must NOT have more than 64 characters.',
    ],
    [
      (api) => api.authentication.setActor({ sub: 'a', team: 't'.repeat(65) }),
      'Custom string property value in an actor object must NOT have more than 64 characters.',
    ],
    [(api) => api.authentication.setActor(nested(6)), 'Actor nesting must not exceed 5 levels.'],
  ])('refuses actor %#: the harness message', (call, message) => refuses(call, message));

  it('refuses a second setActor in the same Action (the types allow one call)', () => {
    const api = mockApi(TRIGGER);
    api.authentication.setActor({ sub: 'agent|one' });
    expect(() => api.authentication.setActor({ sub: 'agent|two' })).toThrow(
      /^api\.authentication\.setActor\(\) may be called once per exchange/,
    );
    expect(acceptedCalls(api)).toHaveLength(1);
  });
});

describe('mockApi(custom-token-exchange): the rest of the api', () => {
  it('user metadata and the cache', () => {
    const api = mockApi(TRIGGER);
    expect(api.user.setAppMetadata('migrated', true)).toBeUndefined();
    expect(api.user.setUserMetadata('locale', 'fr')).toBeUndefined();
    expect(api.cache.set('jwks', '{"keys":[]}')).toMatchObject({ type: 'success' });
    expect(api).toHaveCached('jwks');
  });

  it('has exactly the runtime namespaces, every method an own writable property', () => {
    const api = mockApi(TRIGGER) as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(api).sort()).toEqual(['access', 'authentication', 'cache', 'transaction', 'user']);
    expect(Object.keys(api.authentication ?? {}).sort()).toEqual([
      'setActor',
      'setOrganization',
      'setUserByConnection',
      'setUserById',
    ]);
    expect(Object.getOwnPropertyDescriptor(api.authentication, 'setUserById')).toMatchObject({
      writable: true,
      configurable: true,
    });
  });
});

describe('mockApi(custom-token-exchange): transaction.setMetadata (Early Access)', () => {
  // The limits and the mirroring are the transaction-metadata mechanism's:
  // test/mechanisms/transaction-metadata.test.ts.
  it("transactionMetadata: false is a tenant without the feature: the harness's 'Method not implemented.'", () => {
    const api = mockApi(TRIGGER, { transactionMetadata: false });
    expect(() => api.transaction.setMetadata('k', 'v')).toThrow(new Error('Method not implemented.'));
    expect(() => mockApi(TRIGGER, { transactionMetadata: 'no' as never })).toThrow(
      /transactionMetadata must be a boolean/,
    );
  });
});
