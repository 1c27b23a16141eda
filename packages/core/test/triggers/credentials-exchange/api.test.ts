import { describe, expect, it } from 'vitest';
import { mockApi, mockEvent, recorded } from '../../../src/index.js';
import { acceptedCalls } from '../../support/accepted-calls.js';
import '../../matchers/vitest-runner.js';

const TRIGGER = 'credentials-exchange';

describe('mockApi(credentials-exchange): access.deny(code, reason?)', () => {
  it('returns the api, and records a denial with the code and the reason', () => {
    const api = mockApi(TRIGGER);
    expect(api.access.deny('invalid_scope', 'write scopes are not granted to this client')).toBe(api);
    expect(api).toHaveDenied('write scopes are not granted to this client', { code: 'invalid_scope' });
  });

  it('takes a deny without a reason: the code alone', () => {
    const api = mockApi(TRIGGER);
    api.access.deny('server_error');
    expect(api).toHaveDenied(undefined, { code: 'server_error' });
    expect(api).not.toHaveDenied(expect.any(String));
  });

  it.each([
    [
      ['invalid_scop', 'x'],
      "api.access.deny(): code must be one of 'invalid_scope', 'invalid_request', 'server_error' (did you mean 'invalid_scope'?); received the string \"invalid_scop\".",
    ],
    [
      ['access_denied'],
      "api.access.deny(): code must be one of 'invalid_scope', 'invalid_request', 'server_error'; received the string \"access_denied\".",
    ],
    [
      [undefined],
      "api.access.deny(): code must be one of 'invalid_scope', 'invalid_request', 'server_error'; received undefined.",
    ],
    [
      ['invalid_request', 42],
      "api.access.deny(): reason must be a string (the client's error_description) or nothing; received the number 42.",
    ],
  ])('refuses deny(%j) with a TypeError, logged and counted for no matcher', (args, message) => {
    const api = mockApi(TRIGGER);
    expect(() => (api.access.deny as (...a: unknown[]) => unknown)(...args)).toThrow(new TypeError(message));
    expect(recorded(api).calls).toMatchObject([{ method: 'access.deny', error: expect.any(TypeError) }]);
    expect(api).not.toHaveDenied();
  });
});

describe('mockApi(credentials-exchange): accessToken.setCustomClaim(key, value)', () => {
  it('returns the api, for chaining, and does not refuse a scope claim (the harness does not)', () => {
    const api = mockApi(TRIGGER);
    expect(
      api.accessToken
        .setCustomClaim('https://acme.example.com/tier', 'gold')
        .accessToken.setCustomClaim('scope', 'admin'),
    ).toBe(api);
    expect(api).toHaveCalledApi('accessToken.setCustomClaim', 'https://acme.example.com/tier', 'gold');
    expect(api).toHaveCalledApi('accessToken.setCustomClaim', 'scope', 'admin');
  });
});

describe('mockApi(credentials-exchange): transaction target scopes', () => {
  it('seeds the set from event.accessToken.scope and mirrors each change into event.transaction.target_scopes', () => {
    const event = mockEvent(TRIGGER, { accessToken: { scope: ['read:orders', 'create:orders'] } });
    const api = mockApi(TRIGGER, { event });
    expect(event.transaction.target_scopes).toBeUndefined();
    expect(api.transaction.addTargetScope('  read:reports ')).toBeUndefined();
    expect(event.transaction.target_scopes).toEqual(['read:orders', 'create:orders', 'read:reports']);
    const before = event.transaction.target_scopes;
    api.transaction.removeTargetScope('create:orders');
    expect(event.transaction.target_scopes).toEqual(['read:orders', 'read:reports']);
    expect(event.transaction.target_scopes).not.toBe(before);
    api.transaction.addTargetScope('read:orders');
    api.transaction.removeTargetScope('delete:orders');
    expect(event.transaction.target_scopes).toEqual(['read:orders', 'read:reports']);
    api.transaction.setTargetScopes(['b', ' a', 'b']);
    expect(event.transaction.target_scopes).toEqual(['b', 'a']);
    api.transaction.clearTargetScopes();
    expect(event.transaction.target_scopes).toEqual([]);
    api.transaction.setTargetScopes(['x']);
    api.transaction.setTargetScopes([]);
    expect(event.transaction.target_scopes).toEqual([]);
  });

  it.each([
    [
      (api: any) => api.transaction.addTargetScope(42),
      new TypeError(
        "api.transaction.addTargetScope(): The value for the scope must be a string. (scope: expected a scope name such as 'read:users'; received the number 42)",
      ),
    ],
    [(api: any) => api.transaction.removeTargetScope('   '), new Error('The value for the scope is required.')],
    [
      (api: any) => api.transaction.addTargetScope('s'.repeat(281)),
      new Error('The value for the scope exceeds the allowed maximum of 280 characters.'),
    ],
    [
      (api: any) => api.transaction.addTargetScope('read orders'),
      new Error('The value for the scope must not have whitespace.'),
    ],
    [
      (api: any) => api.transaction.setTargetScopes('read:orders'),
      new TypeError(
        'api.transaction.setTargetScopes(): The value for scopes must be an array. (scopes: expected an array of scope names such as [\'read:users\']; received the string "read:orders")',
      ),
    ],
    [
      (api: any) => api.transaction.setTargetScopes(['ok', 'not ok']),
      new Error('The value for the scope must not have whitespace.'),
    ],
    [
      (api: any) => api.transaction.setTargetScopes(Array.from({ length: 1001 }, (_, i) => `s${i}`)),
      new Error('The number of scopes exceeds the allowed maximum of 1000.'),
    ],
  ])('refuses %#: the runtime message, the set unchanged', (call, error) => {
    const event = mockEvent(TRIGGER);
    const api = mockApi(TRIGGER, { event });
    expect(() => call(api)).toThrow(error);
    expect(event.transaction.target_scopes).toBeUndefined();
    expect(acceptedCalls(api)).toEqual([]);
  });

  it('refuses a new scope beyond 1000, and takes one already there', () => {
    const scopes = Array.from({ length: 1000 }, (_, i) => `s${i}`);
    const api = mockApi(TRIGGER, { event: mockEvent(TRIGGER, { accessToken: { scope: scopes } }) });
    api.transaction.addTargetScope('s999');
    expect(() => api.transaction.addTargetScope('s1000')).toThrow(
      'The number of scopes exceeds the allowed maximum of 1000.',
    );
  });

  it('every method is an own, writable property a spy can replace', () => {
    const api = mockApi(TRIGGER);
    for (const [part, method] of [
      ['access', 'deny'],
      ['accessToken', 'setCustomClaim'],
      ['transaction', 'addTargetScope'],
      ['transaction', 'setTargetScopes'],
    ] as const) {
      const owner = api[part] as unknown as Record<string, unknown>;
      expect(Object.getOwnPropertyDescriptor(owner, method)).toMatchObject({ writable: true, configurable: true });
    }
  });
});
