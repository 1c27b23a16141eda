import { describe, expect, it, vi } from 'vitest';
import { mockApi, mockEvent, recorded } from '../../../src/index.js';
import { acceptedCalls } from '../../support/accepted-calls.js';
import '../../matchers/vitest-runner.js';

const TRIGGER = 'pre-user-registration';
const PATTERN = '"^[a-zA-Z0-9@._+-]{1,255}$"';

describe('mockApi(pre-user-registration): access.deny(reason, userMessage)', () => {
  it('returns the api, and records a denial with the reason and the user message', () => {
    const api = mockApi(TRIGGER);
    expect(api.access.deny('disposable email domain', 'Please sign up with your work email.')).toBe(api);
    expect(api).toHaveDenied('disposable email domain', { userMessage: 'Please sign up with your work email.' });
    expect(api).not.toHaveDenied(undefined, { code: expect.any(String) });
  });

  it.each([
    [
      [undefined, 'msg'],
      'api.access.deny(): reason must be a string (written to the tenant logs); received undefined.',
    ],
    [['reason'], 'api.access.deny(): userMessage must be a string (the message the user may see); received undefined.'],
    [
      ['reason', { text: 'msg' }],
      'api.access.deny(): userMessage must be a string (the message the user may see); received an object.',
    ],
  ])('refuses deny(%j) with a TypeError, logged and counted for no matcher', (args, message) => {
    const api = mockApi(TRIGGER);
    expect(() => (api.access.deny as (...a: unknown[]) => unknown)(...args)).toThrow(new TypeError(message));
    expect(recorded(api).calls).toMatchObject([{ method: 'access.deny', error: expect.any(TypeError) }]);
    expect(api).not.toHaveDenied();
  });
});

describe('mockApi(pre-user-registration): user metadata', () => {
  it('returns the api from setAppMetadata and setUserMetadata, for chaining, and leaves event.user alone', () => {
    const event = mockEvent(TRIGGER);
    const api = mockApi(TRIGGER, { event });
    expect(api.user.setAppMetadata('plan', 'trial').user.setUserMetadata('full_name', 'Ada Lovelace')).toBe(api);
    expect(api).toHaveCalledApi('user.setAppMetadata', 'plan', 'trial');
    expect(api).toHaveCalledApi('user.setUserMetadata', 'full_name', 'Ada Lovelace');
    expect(event.user.app_metadata).toEqual({});
  });

  it('refuses a key that is not a non-empty string and a value JSON cannot hold', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.user.setAppMetadata('', 1)).toThrow(
      'api.user.setAppMetadata(): key must be a non-empty string; received the string "".',
    );
    expect(() => api.user.setUserMetadata('when', new Date(0))).toThrow(
      /^api\.user\.setUserMetadata\(\): value must be JSON data/,
    );
    expect(acceptedCalls(api)).toEqual([]);
  });
});

describe('mockApi(pre-user-registration): user.setUserId(user_id)', () => {
  it('returns the api and records the id', () => {
    const api = mockApi(TRIGGER);
    expect(api.user.setUserId('emp-000123')).toBe(api);
    expect(api).toHaveCalledApi('user.setUserId', 'emp-000123');
  });

  const EXPECTED = 'a string of letters, digits and @._+- (at most 255)';
  it.each([
    ['auth0|123', `Invalid setUserId arguments: user_id must match pattern ${PATTERN}`],
    ['has space', `Invalid setUserId arguments: user_id must match pattern ${PATTERN}`],
    ['', `Invalid setUserId arguments: user_id must NOT have fewer than 1 characters, must match pattern ${PATTERN}`],
    [
      'a'.repeat(256),
      `Invalid setUserId arguments: user_id must NOT have more than 255 characters, must match pattern ${PATTERN}`,
    ],
    [42, `Invalid setUserId arguments: user_id must be string (user_id: expected ${EXPECTED}; received the number 42)`],
    [
      undefined,
      `Invalid setUserId arguments: must have required property 'user_id' (user_id: expected ${EXPECTED}; received undefined)`,
    ],
  ])('refuses %j with the harness message (after the method name for a missing or non-string id)', (value, message) => {
    const api = mockApi(TRIGGER);
    const named = typeof value === 'string' ? message : `api.user.setUserId(): ${message}`;
    expect(() => api.user.setUserId(value as string)).toThrow(new Error(named));
    expect(acceptedCalls(api)).toEqual([]);
  });

  it('takes the longest id the pattern allows, with every allowed character', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.user.setUserId('a'.repeat(255))).not.toThrow();
    expect(() => api.user.setUserId('Ab9@._+-')).not.toThrow();
  });

  it('is absent with customUserIds: false, as on a tenant without the Early Access feature', () => {
    const api = mockApi(TRIGGER, { customUserIds: false });
    expect('setUserId' in api.user).toBe(false);
    expect(() => (api.user as unknown as { setUserId(id: string): void }).setUserId('x')).toThrow(TypeError);
    expect(api.user.setAppMetadata('a', 1)).toBe(api);
  });

  it('refuses a customUserIds option that is not a boolean', () => {
    expect(() => mockApi(TRIGGER, { customUserIds: 'no' as never })).toThrow(
      'mockApi(): options.customUserIds must be a boolean; received the string "no".',
    );
  });
});

describe('mockApi(pre-user-registration): validation.error(errorCode, errorMessage)', () => {
  it('returns the api and records a denial with the code', () => {
    const api = mockApi(TRIGGER);
    expect(api.validation.error('invalid_payload', 'Missing full name')).toBe(api);
    expect(api).toHaveDenied('Missing full name', { code: 'invalid_payload' });
    expect(api).toHaveCalledApi('validation.error', 'invalid_payload', 'Missing full name');
  });

  it.each([
    [['c'.repeat(101), 'm'], 'Failed to add validation error: errorCode must NOT have more than 100 characters'],
    [
      ['code', 5],
      'Failed to add validation error: errorMessage must be string (errorMessage: expected a string of at most 100 characters; received the number 5)',
    ],
    [
      ['code'],
      "Failed to add validation error: must have required property 'errorMessage' (errorMessage: expected a string of at most 100 characters; received undefined)",
    ],
  ])(
    'refuses %j with the prefixed runtime message (after the method name for a missing or non-string argument)',
    (args, message) => {
      const api = mockApi(TRIGGER);
      const named = message.includes('expected') ? `api.validation.error(): ${message}` : message;
      expect(() => (api.validation.error as (...a: unknown[]) => unknown)(...args)).toThrow(new Error(named));
      expect(api).not.toHaveDenied();
    },
  );
});

describe('mockApi(pre-user-registration): shape', () => {
  it('has exactly access, cache, user and validation, with own methods spies can replace', () => {
    const api = mockApi(TRIGGER);
    expect(Object.keys(api).sort()).toEqual(['access', 'cache', 'user', 'validation']);
    expect(Object.keys(api.user).sort()).toEqual(['setAppMetadata', 'setUserId', 'setUserMetadata']);
    const spy = vi.spyOn(api.user, 'setUserId');
    api.user.setUserId('abc');
    expect(spy).toHaveBeenCalledWith('abc');
  });

  it('has the cache every trigger has', () => {
    const api = mockApi(TRIGGER);
    api.cache.set('disposable-domains', 'mailinator.com');
    expect(api).toHaveCached('disposable-domains', 'mailinator.com');
  });
});
