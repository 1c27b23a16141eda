import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { createCache, mockApi, mockEvent, recorded, simulate } from '../../src/index.js';
import { matchers } from '../../src/matchers.js';
import { DEEP_CRASH } from './support/argument-errors.js';
import { TRIGGER } from './support/continue-request.js';

/**
 * The matchers under bad input: anything but an api or a Simulation (or a cache, for toHaveCached) gets a matcher
 * error that names the matcher and shows what was received; a malformed expectation gets one naming the
 * argument. Never a crash from deep inside, with or without `.not`.
 */
expect.extend(matchers);

type MatcherName = keyof typeof matchers;
const MATCHER_NAMES = Object.keys(matchers) as MatcherName[];

function failureOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`a non-Error was thrown: ${String(error)}`);
  }
  throw new Error('the matcher neither passed nor failed as expected: nothing was thrown');
}

function assertion(received: unknown, name: MatcherName, negated: boolean): (...args: unknown[]) => void {
  const subject = expect(received) as unknown as Record<string, (...args: unknown[]) => void> & {
    not: Record<string, (...args: unknown[]) => void>;
  };
  const target = negated ? subject.not : subject;
  return (...args) => target[name]!(...args);
}

function expectMatcherError(error: Error, name: MatcherName, problem: RegExp): void {
  const message = stripVTControlCharacters(error.message);
  expect(message).toContain(name);
  expect(message).toContain('Matcher error');
  expect(message).toMatch(problem);
  expect(message).not.toMatch(DEEP_CRASH);
}

const notAnApi: Array<[string, unknown]> = [
  ['a plain object', {}],
  ['a hand-rolled api of vi.fn() spies', { access: { deny: vi.fn() }, redirect: { sendUserTo: vi.fn() } }],
  ['undefined', undefined],
  ['null', null],
  ['the event instead of the api', mockEvent(TRIGGER)],
  ['the call log from recorded(api)', recorded(mockApi(TRIGGER))],
  ['a string', 'api'],
  ['an un-awaited simulate() promise', simulate({ onExecutePostChallenge: async () => {} }, { trigger: TRIGGER })],
];

describe('every matcher rejects a received value that is not an api or a Simulation, naming the matcher', () => {
  for (const name of MATCHER_NAMES) {
    for (const negated of [false, true]) {
      it.each(notAnApi)(
        `${negated ? '.not.' : ''}${name}() given %s throws a matcher error showing what was received`,
        (_label, received) => {
          const error = failureOf(() => assertion(received, name, negated)());
          expectMatcherError(error, name, /received value must be an api from mockApi\(\)/);
        },
      );
    }
  }
});

describe('every matcher rejects extra arguments, naming them', () => {
  const extra: Record<MatcherName, unknown[]> = {
    toHaveDenied: ['Too risky', {}, 'extra'],
    toHaveChallengedWith: ['otp', {}, 'extra'],
    toHaveChallengedWithAny: [['otp'], 'extra'],
    toRedirectTo: ['https://verify.example.com/', {}, 'extra'],
    toHaveSetResultUrl: ['https://app.example.com/', {}, 'extra'],
    toHaveRenderedPrompt: ['consent', {}, 'extra'],
    toHaveCached: ['key', 'value', 'extra'],
    toHaveSetIdTokenClaim: ['https://example.com/roles', [], 'extra'],
    toHaveSetAccessTokenClaim: ['https://example.com/roles', [], 'extra'],
    toHaveAddedScope: ['read:reports', 'extra'],
    toHaveRemovedScope: ['read:reports', 'extra'],
    toHaveSetAppMetadata: ['plan', 'premium', 'extra'],
    toHaveSetUserMetadata: ['locale', 'fr', 'extra'],
    toHaveEnabledMultifactor: ['any', {}, 'extra'],
    toHaveEnrolledWith: ['otp', {}, 'extra'],
    toHaveEnrolledWithAny: [['otp'], 'extra'],
    toHaveSetPrimaryUser: ['auth0|123', 'extra'],
    toHaveRaisedValidationError: ['invalid_email', 'Use a work email.', 'extra'],
    toHaveSetTransactionMetadata: ['risk', 'low', 'extra'],
    toHaveSetUser: [{ userId: 'auth0|1' }, 'extra'],
    toHaveDroppedNotification: ['mailbox full', 'extra'],
    toHaveRetriedNotification: ['gateway timeout', 'extra'],
  } as Record<MatcherName, unknown[]>;

  // toHaveCalledApi takes the method's arguments, as many as the method has.
  for (const name of MATCHER_NAMES.filter((matcher) => matcher !== 'toHaveCalledApi')) {
    it(`${name}() with one argument too many throws a matcher error naming the extra argument`, () => {
      const args = extra[name];
      expect(args, `no extra-argument case for ${name}`).toBeDefined();
      const error = failureOf(() => assertion(mockApi(TRIGGER), name, false)(...args));
      expectMatcherError(error, name, /takes at most \d+ arguments?/);
      expect(error.message).toContain('extra');
    });
  }
});

describe('matchers reject malformed expectations, naming the argument', () => {
  const api = mockApi(TRIGGER);
  it.each([
    ['toHaveDenied', [42], /reason/],
    ['toHaveDenied', [{ reason: 'x' }], /reason/],
    ['toHaveChallengedWith', ['sms'], /factor/],
    ['toHaveChallengedWith', [{ type: 'totp' }], /factor\.type/],
    ['toHaveChallengedWith', [42], /factor/],
    ['toHaveChallengedWith', ['otp', { additionalFactor: ['email'] }], /options/],
    ['toHaveChallengedWithAny', ['otp'], /factors/],
    ['toHaveChallengedWithAny', [['otp', 'sms']], /factors\[1\]/],
    ['toRedirectTo', [42], /url/],
    ['toRedirectTo', ['https://verify.example.com/', { qurey: { a: '1' } }], /options/],
    ['toRedirectTo', ['https://verify.example.com/', { query: 'a=1' }], /options\.query/],
    ['toHaveSetResultUrl', [new Date()], /url/],
    ['toHaveRenderedPrompt', [42], /promptId/],
    ['toHaveRenderedPrompt', ['consent', { fieldz: {} }], /options/],
    ['toHaveCached', [42], /key/],
    ['toHaveCached', ['key', { value: 'v' }], /value/],
    ['toHaveSetIdTokenClaim', [42], /key/],
    ['toHaveSetAccessTokenClaim', [{ key: 'roles' }], /key/],
    ['toHaveAddedScope', [['read:reports']], /scope/],
    ['toHaveRemovedScope', [42], /scope/],
    ['toHaveSetAppMetadata', [42, 'premium'], /key/],
    ['toHaveSetUserMetadata', [null], /key/],
    ['toHaveEnabledMultifactor', ['guardain'], /provider.*Did you mean 'guardian'/s],
    ['toHaveEnabledMultifactor', ['any', { allowRememberBrowsers: true }], /options/],
    ['toHaveEnabledMultifactor', ['duo', { providerOptions: 'host' }], /options\.providerOptions/],
    ['toHaveEnrolledWith', ['email'], /factor/],
    ['toHaveEnrolledWith', ['otp', { additionalFactors: ['email'] }], /options\.additionalFactors\[0\]/],
    ['toHaveEnrolledWithAny', [['otp', 'sms']], /factors\[1\]/],
    ['toHaveSetPrimaryUser', [42], /userId/],
    ['toHaveRaisedValidationError', ['invalid_email', 42], /message/],
    ['toHaveSetTransactionMetadata', [42], /key/],
    ['toHaveSetUser', ['auth0|1'], /expected/],
    ['toHaveSetUser', [{ userId: 42 }], /expected\.userId/],
    ['toHaveSetUser', [{ connection: 'db', attributes: 'x' }], /expected\.attributes/],
    ['toHaveDroppedNotification', [42], /reason/],
    ['toHaveRetriedNotification', [{ reason: 'x' }], /reason/],
  ] as Array<[MatcherName, unknown[], RegExp]>)(
    '%s(%j) throws a matcher error naming the argument',
    (name, args, argument) => {
      for (const negated of [false, true]) {
        const error = failureOf(() => assertion(api, name, negated)(...args));
        expectMatcherError(error, name, argument);
      }
    },
  );
});

describe('toHaveCached also accepts a cache, and rejects anything else with its own list of kinds', () => {
  it('names api, Simulation and cache when given a plain object', () => {
    const error = failureOf(() => expect({ get() {}, set() {} }).toHaveCached('k'));
    expectMatcherError(
      error,
      'toHaveCached',
      /an api from mockApi\(\), a Simulation from simulate\(\) or a cache from createCache\(\)/,
    );
  });

  it('checks a cache from createCache() directly (control)', () => {
    const cache = createCache();
    cache.set('k', 'v');
    expect(cache).toHaveCached('k', 'v');
  });
});
