import { afterEach, describe, expect, it } from 'vitest';
import {
  createCache,
  installClock,
  mockApi,
  mockEvent,
  recorded,
  signSessionToken,
  type Clock,
} from '../../src/index.js';
import { DEEP_CRASH, expectArgumentError, expectArgumentRejection } from './support/argument-errors.js';
import { TRIGGER } from './support/continue-request.js';
import { acceptedCalls } from '../support/accepted-calls.js';

/**
 * The library's own API under bad input: each error names the function, the argument and what was wrong; none
 * is a crash from deep inside ("Cannot read properties of undefined").
 */
class Settings {
  readonly user = { user_id: 'auth0|1' };
}

describe('mockEvent() rejects bad input, naming mockEvent() and the argument', () => {
  it.each([
    ['an unknown trigger ("user-deleted")', 'user-deleted'],
    ['a misspelt trigger ("password-reset-post-challange")', 'password-reset-post-challange'],
    ['an unsupported version ("password-reset-post-challenge/v2")', 'password-reset-post-challenge/v2'],
    ['the empty string', ''],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { id: TRIGGER }],
    ['a trigger id with a prototype name ("constructor")', 'constructor'],
    ['a trigger id with a prototype name ("__proto__")', '__proto__'],
  ])('rejects %s as the trigger', (_label, trigger) => {
    expectArgumentError(() => mockEvent(trigger as never), 'mockEvent(): trigger must be');
  });

  it.each([
    ['a string', 'user_id=auth0|1'],
    ['an array', [{ user: {} }]],
    ['a number', 1],
    ['null', null],
    ['a Date', new Date()],
    ['a Map', new Map([['user', {}]])],
    ['a class instance', new Settings()],
  ])('rejects %s as overrides', (_label, overrides) => {
    expectArgumentError(() => mockEvent(TRIGGER, overrides as never), 'mockEvent(): overrides must be');
  });

  it.each([
    ['__proto__', '{"__proto__": {"polluted": true}}'],
    ['constructor', '{"constructor": {"prototype": {"polluted": true}}}'],
    ['a nested __proto__', '{"user": {"__proto__": {"polluted": true}}}'],
  ])('rejects an overrides key %s (prototype pollution) and pollutes nothing', (_label, json) => {
    expectArgumentError(() => mockEvent(TRIGGER, JSON.parse(json)), 'mockEvent(): overrides.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a function', () => 'x'],
    ['a symbol', Symbol('x')],
  ])('rejects %s as an override value', (_label, value) => {
    expectArgumentError(
      () => mockEvent(TRIGGER, { user: { user_metadata: { value } } } as never),
      'mockEvent(): overrides.user.user_metadata.value',
    );
  });

  it.each([
    ['a string', 'seed-1'],
    ['an array', [1]],
  ])('rejects %s as options', (_label, options) => {
    expectArgumentError(() => mockEvent(TRIGGER, {}, options as never), 'mockEvent(): options must be');
  });

  it.each([
    ['an object', {}],
    ['a boolean', true],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])('rejects %s as options.seed', (_label, seed) => {
    expectArgumentError(() => mockEvent(TRIGGER, {}, { seed: seed as never }), 'mockEvent(): options.seed must be');
  });

  it.each([
    ['a date string', '2026-01-15'],
    ['NaN', NaN],
    ['a Date', new Date()],
  ])('rejects %s as options.now', (_label, now) => {
    expectArgumentError(() => mockEvent(TRIGGER, {}, { now: now as never }), 'mockEvent(): options.now must be');
  });
});

describe('mockEvent() refuses overrides that make an event the runtime never sends', () => {
  it.each([
    ['user.user_id deleted (undefined)', { user: { user_id: undefined } }, 'mockEvent(): overrides.user.user_id'],
    ['request deleted (undefined)', { request: undefined }, 'mockEvent(): overrides.request'],
    ['user replaced by a string', { user: 'auth0|1' }, 'mockEvent(): overrides.user'],
    ['stats.logins_count as a string', { stats: { logins_count: '3' } }, 'mockEvent(): overrides.stats.logins_count'],
    [
      'user.email_verified as the string "true"',
      { user: { email_verified: 'true' } },
      'mockEvent(): overrides.user.email_verified',
    ],
    ['request.query as a query string', { request: { query: 'state=abc' } }, 'mockEvent(): overrides.request.query'],
    [
      'authentication.methods as an object',
      { authentication: { methods: { name: 'email' } } },
      'mockEvent(): overrides.authentication.methods',
    ],
    ['secrets with a number value', { secrets: { API_KEY: 12345 } }, 'mockEvent(): overrides.secrets.API_KEY'],
    ['a BigInt (not JSON)', { user: { app_metadata: { plan: 10n } } }, 'mockEvent(): overrides.user.app_metadata.plan'],
    [
      'a Date (not JSON)',
      { user: { user_metadata: { since: new Date(0) } } },
      'mockEvent(): overrides.user.user_metadata.since',
    ],
    ['NaN (not JSON)', { request: { geoip: { latitude: NaN } } }, 'mockEvent(): overrides.request.geoip.latitude'],
    [
      'a misspelt field (request.qurey)',
      { request: { qurey: { state: 'abc' } } },
      'mockEvent(): overrides.request.qurey',
    ],
  ])('rejects %s', (_label, overrides, start) => {
    expectArgumentError(() => mockEvent(TRIGGER, overrides as never), start);
  });

  it('accepts deleting an optional field (user.email) and keeps the rest of the event (control)', () => {
    const event = mockEvent(TRIGGER, { user: { email: undefined } });
    expect(event.user).not.toHaveProperty('email');
    expect(typeof event.user.user_id).toBe('string');
  });
});

describe('mockApi() rejects bad input, naming mockApi() and the argument', () => {
  it.each([
    ['an unknown trigger ("user-deleted")', 'user-deleted'],
    ['an unsupported version ("password-reset-post-challenge/v9")', 'password-reset-post-challenge/v9'],
    ['undefined', undefined],
  ])('rejects %s as the trigger', (_label, trigger) => {
    expectArgumentError(() => mockApi(trigger as never), 'mockApi(): trigger must be');
  });

  it.each([
    ['a string', 'event'],
    ['an array', []],
    ['null', null],
  ])('rejects %s as options', (_label, options) => {
    expectArgumentError(() => mockApi(TRIGGER, options as never), 'mockApi(): options must be');
  });

  it.each([
    ['a string', 'event'],
    ['an array', [mockEvent(TRIGGER)]],
    ['a Map', new Map()],
    ['a class instance', new Settings()],
  ])('rejects %s as options.event', (_label, event) => {
    expectArgumentError(() => mockApi(TRIGGER, { event: event as never }), 'mockApi(): options.event must be');
  });

  it.each([
    ['an empty object', {}],
    [
      'an event without request',
      (() => {
        const event = mockEvent(TRIGGER) as unknown as Record<string, unknown>;
        delete event.request;
        return event;
      })(),
    ],
    [
      'an event without user',
      (() => {
        const event = mockEvent(TRIGGER) as unknown as Record<string, unknown>;
        delete event.user;
        return event;
      })(),
    ],
  ])('rejects %s as options.event instead of crashing later inside validateToken/encodeToken', (_label, event) => {
    expectArgumentError(() => mockApi(TRIGGER, { event: event as never }), 'mockApi(): options.event');
  });

  it.each([
    ['a plain object with get/set/delete', { get() {}, set() {}, delete() {} }],
    ['a Map', new Map()],
  ])('rejects %s as options.cache', (_label, cache) => {
    expectArgumentError(() => mockApi(TRIGGER, { cache: cache as never }), 'mockApi(): options.cache must be');
  });

  it('rejects cache limits next to a shared cache (they would silently not apply)', () => {
    expectArgumentError(
      () => mockApi(TRIGGER, { cache: createCache(), limits: { maxEntries: 1 } }),
      'mockApi(): options.limits must be',
    );
  });

  it.each([
    ['a misspelt limit (maxEntrys)', { maxEntrys: 1 }, 'mockApi(): options.limits.maxEntrys'],
    ['a negative limit', { maxPromptIdLength: -1 }, 'mockApi(): options.limits.maxPromptIdLength'],
    ['NaN', { executionTimeoutMs: NaN }, 'mockApi(): options.limits.executionTimeoutMs'],
    ['a numeric string', { maxKeyBytes: '64' }, 'mockApi(): options.limits.maxKeyBytes'],
    ['a string instead of an object', 'strict', 'mockApi(): options.limits must be'],
  ])('rejects %s in options.limits', (_label, limits, start) => {
    expectArgumentError(() => mockApi(TRIGGER, { limits: limits as never }), start);
  });

  it('rejects a string as options.validateIssuer', () => {
    expectArgumentError(
      () => mockApi(TRIGGER, { validateIssuer: 'yes' as never }),
      'mockApi(): options.validateIssuer must be',
    );
  });
});

describe('createCache() rejects bad input, naming createCache() and the argument', () => {
  it.each([
    ['a string as options', 'big', 'createCache(): options must be'],
    ['a string as options.limits', { limits: 'big' }, 'createCache(): options.limits must be'],
    ['a misspelt limit (maxEntrys)', { limits: { maxEntrys: 5 } }, 'createCache(): options.limits.maxEntrys'],
    ['a negative maxKeyBytes', { limits: { maxKeyBytes: -1 } }, 'createCache(): options.limits.maxKeyBytes'],
    ['NaN as maxTotalBytes', { limits: { maxTotalBytes: NaN } }, 'createCache(): options.limits.maxTotalBytes'],
    ['an unknown overMaxTtl mode', { limits: { overMaxTtl: 'ignore' } }, 'createCache(): options.limits.overMaxTtl'],
    [
      'an entriesExceededCode that is not a cache error code',
      { limits: { entriesExceededCode: 'Bogus' } },
      'createCache(): options.limits.entriesExceededCode',
    ],
  ])('rejects %s', (_label, options, start) => {
    expectArgumentError(() => createCache(options as never), start);
  });

  it.each([
    ['a number key', [42, 'v']],
    ['an object value', ['k', { v: 1 }]],
    ['a Buffer value', ['k', Buffer.from('v')]],
  ])('cache.set() refuses %s with a TypeError, never storing it', (_label, args) => {
    const cache = createCache();
    let thrown: unknown;
    try {
      (cache.set as (...a: unknown[]) => unknown)(...args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).not.toMatch(DEEP_CRASH);
    expect(cache.entries()).toEqual([]);
  });
});

describe('recorded() rejects what is not an api or a simulation', () => {
  it.each([
    ['a plain object', {}],
    ['a hand-rolled api of jest.fn()-like functions', { access: { deny() {} } }],
    ['undefined', undefined],
    ['null', null],
    ['an event', mockEvent(TRIGGER)],
    ['a Simulation-looking plain object', { status: 'completed', actions: [] }],
  ])('rejects %s, naming recorded() and what it takes', (_label, target) => {
    expectArgumentError(
      () => recorded(target),
      'recorded(): target must be an api from mockApi() or a Simulation from simulate()',
    );
  });
});

describe('installClock() rejects bad options and leaves Date real when it does', () => {
  let clock: Clock | undefined;
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
  });

  it.each([
    ['a string', 'now'],
    ['an array', []],
  ])('rejects %s as options, naming installClock()', (_label, options) => {
    expectArgumentError(() => (clock = installClock(options as never)), 'installClock(): options must be');
  });

  it.each([
    ['a date string as now', { now: '2026-01-15' }],
    ['an unknown timer in toFake', { toFake: ['setTimeoutt'] }],
  ])('rejects %s with an error naming installClock(), and Date stays real', (_label, options) => {
    const RealDate = Date;
    let thrown: unknown;
    try {
      clock = installClock(options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toMatch(/^installClock\(\): /);
    expect(Date).toBe(RealDate);
  });
});

describe('signSessionToken() rejects bad input, naming signSessionToken() and the argument', () => {
  it.each([
    ['no options', undefined, 'signSessionToken(): options must be'],
    ['an empty secret', { secret: '', state: 's', subject: 'u' }, 'signSessionToken(): options.secret must be'],
    ['a missing state', { secret: 'k', subject: 'u' }, 'signSessionToken(): options.state must be'],
    ['a numeric subject', { secret: 'k', state: 's', subject: 1 }, 'signSessionToken(): options.subject must be'],
    [
      'an array payload',
      { secret: 'k', state: 's', subject: 'u', payload: [] },
      'signSessionToken(): options.payload must be',
    ],
    [
      'NaN as expiresInSeconds',
      { secret: 'k', state: 's', subject: 'u', expiresInSeconds: NaN },
      'signSessionToken(): options.expiresInSeconds must be',
    ],
  ])('rejects %s', async (_label, options, start) => {
    await expectArgumentRejection(() => signSessionToken(options as never), start);
  });
});

describe('api.redirect.encodeToken() rejects payloads that cannot be a JWT, naming encodeToken()', () => {
  it.each([
    ['a BigInt claim', { amount: 10n }],
    [
      'a circular payload',
      (() => {
        const payload: Record<string, unknown> = {};
        payload.self = payload;
        return payload;
      })(),
    ],
  ])('rejects %s with an argument error, not a JSON.stringify crash', (_label, payload) => {
    const api = mockApi(TRIGGER);
    expectArgumentError(
      () => api.redirect.encodeToken({ secret: 'k', payload }),
      'api.redirect.encodeToken(): options.payload',
    );
    expect(acceptedCalls(api)).toEqual([]);
  });

  it.each([
    ['a string', 'token-secret'],
    ['undefined', undefined],
  ])('rejects %s as options', (_label, options) => {
    expectArgumentError(
      () => mockApi(TRIGGER).redirect.encodeToken(options as never),
      'api.redirect.encodeToken(): options must be',
    );
  });

  it.each([
    ['a missing payload', { secret: 'k' }, 'api.redirect.encodeToken(): options.payload must be'],
    ['an array payload', { secret: 'k', payload: ['a'] }, 'api.redirect.encodeToken(): options.payload must be'],
    ['an empty secret', { secret: '', payload: {} }, 'api.redirect.encodeToken(): options.secret must be'],
    [
      'a Buffer secret',
      { secret: Buffer.from('k'), payload: {} },
      'api.redirect.encodeToken(): options.secret must be',
    ],
    [
      'a string expiresInSeconds',
      { secret: 'k', payload: {}, expiresInSeconds: '900' },
      'api.redirect.encodeToken(): options.expiresInSeconds must be',
    ],
    [
      'Infinity as expiresInSeconds',
      { secret: 'k', payload: {}, expiresInSeconds: Infinity },
      'api.redirect.encodeToken(): options.expiresInSeconds must be',
    ],
  ])('rejects %s', (_label, options, start) => {
    expectArgumentError(() => mockApi(TRIGGER).redirect.encodeToken(options as never), start);
  });
});

describe('api.redirect.validateToken() rejects bad options, naming validateToken()', () => {
  it.each([
    ['no options', undefined, 'api.redirect.validateToken(): options must be'],
    ['the secret passed directly as a string', 'token-secret', 'api.redirect.validateToken(): options must be'],
    ['an empty secret', { secret: '' }, 'api.redirect.validateToken(): options.secret must be'],
    ['a numeric secret', { secret: 1234 }, 'api.redirect.validateToken(): options.secret must be'],
    [
      'a numeric tokenParameterName',
      { secret: 'k', tokenParameterName: 7 },
      'api.redirect.validateToken(): options.tokenParameterName must be',
    ],
  ])('rejects %s', (_label, options, start) => {
    expectArgumentError(() => mockApi(TRIGGER).redirect.validateToken(options as never), start);
  });
});

describe('api methods name the method, the argument and what was expected for a missing or wrong first argument', () => {
  // Every api method of every trigger was called with no argument, 42 and an object: these are the ones whose
  // runtime message named neither the method nor (for a missing argument) what it needed. Each keeps the
  // runtime's message after the method's name.
  it.each<[string, string, (api: any) => unknown, string, RegExp]>([
    [
      'password-reset-post-challenge',
      'api.prompt.render()',
      (api) => api.prompt.render(),
      'promptId',
      /must have required property 'promptId'/,
    ],
    [
      'post-login',
      'api.accessToken.addScope()',
      (api) => api.accessToken.addScope(),
      'scope',
      /The value for the scope must be a string\./,
    ],
    [
      'post-login',
      'api.accessToken.removeScope()',
      (api) => api.accessToken.removeScope(42),
      'scope',
      /The value for the scope must be a string\./,
    ],
    [
      'credentials-exchange',
      'api.transaction.addTargetScope()',
      (api) => api.transaction.addTargetScope(),
      'scope',
      /The value for the scope/,
    ],
    [
      'credentials-exchange',
      'api.transaction.removeTargetScope()',
      (api) => api.transaction.removeTargetScope({}),
      'scope',
      /The value for the scope/,
    ],
    [
      'credentials-exchange',
      'api.transaction.setTargetScopes()',
      (api) => api.transaction.setTargetScopes(),
      'scopes',
      /The value for scopes must be an array\./,
    ],
    [
      'custom-token-exchange',
      'api.authentication.setActor()',
      (api) => api.authentication.setActor(),
      'actor',
      /The actor must be a plain object\./,
    ],
    [
      'post-login',
      'api.authentication.setPrimaryUser()',
      (api) => api.authentication.setPrimaryUser(),
      'primary_user_id',
      /The provided primary_user_id must be a non-empty string/,
    ],
    [
      'post-login',
      'api.session.setCookieMode()',
      (api) => api.session.setCookieMode(),
      'mode',
      /Cookie mode must be provided/,
    ],
    [
      'post-login',
      'api.session.setCookieMode()',
      (api) => api.session.setCookieMode({}),
      'mode',
      /Invalid cookie mode: \[object Object\]\./,
    ],
    [
      'post-login',
      'api.session.setExpiresAt()',
      (api) => api.session.setExpiresAt(),
      'absolute',
      /Either inactivity or absolute expiration time must be provided/,
    ],
    [
      'post-login',
      'api.session.setIdleExpiresAt()',
      (api) => api.session.setIdleExpiresAt('1h'),
      'inactivity',
      /inactivity must be number/,
    ],
    [
      'post-login',
      'api.refreshToken.setExpiresAt()',
      (api) => api.refreshToken.setExpiresAt(),
      'absolute',
      /Either inactivity or absolute/,
    ],
    [
      'post-login',
      'api.refreshToken.setIdleExpiresAt()',
      (api) => api.refreshToken.setIdleExpiresAt({}),
      'inactivity',
      /inactivity must be number/,
    ],
    [
      'post-login',
      'api.session.setMetadata()',
      (api) => api.session.setMetadata(),
      'key',
      /Failed to set session metadata: Invalid metadata: Metadata key must match/,
    ],
    [
      'post-login',
      'api.refreshToken.setMetadata()',
      (api) => api.refreshToken.setMetadata(7, 'v'),
      'key',
      /Failed to set refresh token metadata: Invalid metadata/,
    ],
    [
      'post-login',
      'api.refreshToken.setMetadata()',
      (api) => api.refreshToken.setMetadata('k', 7),
      'value',
      /Metadata value must be a string/,
    ],
    [
      'post-login',
      'api.validation.error()',
      (api) => api.validation.error(),
      'errorCode',
      /^api\.validation\.error\(\): must have required property 'errorCode'/,
    ],
    [
      'pre-user-registration',
      'api.validation.error()',
      (api) => api.validation.error(42),
      'errorCode',
      /Failed to add validation error: errorCode must be string/,
    ],
    [
      'pre-user-registration',
      'api.user.setUserId()',
      (api) => api.user.setUserId(),
      'user_id',
      /Invalid setUserId arguments: must have required property 'user_id'/,
    ],
  ])('%s: %s', (trigger, method, call, argument, runtimeMessage) => {
    const api = mockApi(trigger as never);
    let message = '';
    try {
      call(api);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.startsWith(`${method}: `), message).toBe(true);
    expect(message).toMatch(runtimeMessage);
    expect(message).toContain(`(${argument}: expected `);
    expect(message).toMatch(/; received [^)]+\)$/);
    expect(message).not.toMatch(DEEP_CRASH);
    expect(acceptedCalls(api)).toEqual([]);
  });

  it.each<[string, (api: any) => unknown, string]>([
    ['api.access.deny()', (api) => api.access.deny(), 'code'],
    ['api.access.rejectInvalidSubjectToken()', (api) => api.access.rejectInvalidSubjectToken(42), 'reason'],
    ['api.authentication.setUserById()', (api) => api.authentication.setUserById(), 'user_id'],
    ['api.authentication.setUserByConnection()', (api) => api.authentication.setUserByConnection(), 'connection_name'],
    [
      'api.authentication.setOrganization()',
      (api) => api.authentication.setOrganization({}),
      'organization_id_or_name',
    ],
  ])(
    'custom-token-exchange: %s keeps the harness schema message, after the method and before what was expected',
    (method, call, argument) => {
      const api = mockApi('custom-token-exchange');
      expect(() => call(api)).toThrow(
        new RegExp(`^${method.replace(/[().]/g, '\\$&')}: Invalid \\w+ arguments: .*\\(.*${argument}: expected `),
      );
      expect(acceptedCalls(api)).toEqual([]);
    },
  );

  it.each([
    [
      'api.groups.hasGroupMembership',
      (api: any) => api.groups.hasGroupMembership(),
      'api.groups.hasGroupMembership(): The "groups" parameter',
    ],
    [
      'api.roles.getUserEffectiveRolesByIds',
      (api: any) => api.roles.getUserEffectiveRolesByIds(42),
      'api.roles.getUserEffectiveRolesByIds(): The "ids" parameter',
    ],
    [
      'api.roles.getUserEffectiveRolesByNames',
      (api: any) => api.roles.getUserEffectiveRolesByNames({}),
      'api.roles.getUserEffectiveRolesByNames(): The "names" parameter',
    ],
  ])('post-login: %s rejects with the method first', async (_label, call, start) => {
    await expect(call(mockApi('post-login'))).rejects.toThrow(
      new Error(`${start} must be a non-empty array of strings.`),
    );
  });
});
