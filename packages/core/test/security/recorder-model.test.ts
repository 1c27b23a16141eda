import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recorded, type PostChallengeApi } from '../../src/index.js';
import { SECRET, continueApi, goodToken } from './support/continue-request.js';

/**
 * Random sequences of api calls against a model of the recorder: every accepted call is recorded once, in order,
 * with the arguments as passed, the clock time of the call and (for methods that return something) the value
 * returned; every rejected call (the runtime's checks or ours) records nothing and changes nothing.
 */
const NOW = Date.UTC(2026, 0, 15, 9, 30, 0);

interface ExpectedCall {
  method: string;
  args: unknown[];
  at: number;
  returned: unknown;
}

interface Model {
  calls: ExpectedCall[];
  redirected: boolean;
  rendered: boolean;
}

interface Real {
  api: PostChallengeApi;
}

/** Methods whose return value the recorder keeps. */
const RESULT_RECORDING = new Set([
  'cache.get',
  'cache.set',
  'cache.delete',
  'redirect.encodeToken',
  'redirect.validateToken',
]);

/** Calls `api.<namespace>.<name>(...args)` with exactly these argument objects. */
function invoke(api: PostChallengeApi, method: string, args: unknown[]): unknown {
  const [namespace, name] = method.split('.') as [string, string];
  const target = (api as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[namespace] as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  return (target[name] as (...a: unknown[]) => unknown)(...args);
}

class ApiCall implements fc.Command<Model, Real> {
  constructor(
    readonly method: string,
    readonly args: unknown[],
    readonly accepted: (model: Model) => boolean,
    readonly tickMs: number,
    readonly afterAccept: (model: Model) => void = () => {},
  ) {}

  check(): boolean {
    return true;
  }

  run(model: Model, real: Real): void {
    vi.advanceTimersByTime(this.tickMs);
    const shouldAccept = this.accepted(model);
    let returned: unknown;
    let threw: unknown;
    try {
      returned = invoke(real.api, this.method, this.args);
    } catch (error) {
      threw = error ?? new Error('thrown undefined');
    }
    if (shouldAccept) {
      expect(threw, `${this.toString()} was rejected`).toBeUndefined();
      model.calls.push({ method: this.method, args: this.args, at: Date.now(), returned });
      this.afterAccept(model);
    } else {
      expect(threw, `${this.toString()} was accepted`).toBeInstanceOf(Error);
    }
    expectLogMatchesModel(real.api, model);
  }

  toString(): string {
    return `${this.method}(${this.args.map((arg) => safeJson(arg)).join(', ')}) after ${this.tickMs}ms`;
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function expectLogMatchesModel(api: PostChallengeApi, model: Model): void {
  const calls = recorded(api).calls.filter((call) => !('error' in call));
  expect(calls.map((call) => call.method)).toEqual(model.calls.map((call) => call.method));
  calls.forEach((call, index) => {
    const expected = model.calls[index] as ExpectedCall;
    expect(call.at).toBe(expected.at);
    expect(call.args).toHaveLength(expected.args.length);
    call.args.forEach((arg, position) => expect(arg).toBe(expected.args[position]));
    if ('result' in call) expect(call.result).toBe(expected.returned);
    const mustRecordResult = RESULT_RECORDING.has(call.method) && expected.returned !== undefined;
    expect('result' in call).toBe(mustRecordResult);
  });
}

const always = () => true;
const never = () => false;
const tick = fc.integer({ min: 0, max: 120_000 });
const goodFactor = fc.oneof(
  fc
    .constantFrom('otp', 'email', 'webauthn-platform', 'webauthn-roaming', 'recovery-code', 'push', 'push-notification')
    .map((type) => ({ type })),
  fc.constantFrom('sms', 'voice', 'both').map((preferredMethod) => ({ type: 'phone', options: { preferredMethod } })),
  fc.boolean().map((otpFallback) => ({ type: 'push-notification', options: { otpFallback } })),
);
const badFactor = fc.oneof(
  fc.constantFrom('otp', 'sms', null, undefined, 42),
  fc.constantFrom('sms', 'totp', '', 'OTP').map((type) => ({ type })),
  fc.constant({ type: 'phone', options: { preferredMethod: 'fax' } }),
);
const cacheKey = fc.string({ maxLength: 80 });
const cacheValue = fc.string({ maxLength: 200 });
const cacheOptions = fc.option(
  fc.record(
    {
      ttl: fc.integer({ min: -1000, max: 90_000_000 }),
      expires_at: fc.integer({ min: NOW - 1000, max: NOW + 90_000_000 }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
const goodUrl = fc.constantFrom(
  'https://verify.example.com/start',
  'https://app.example.com/done?x=1',
  'http://localhost:3000/cb',
);
const badUrl = fc.constantFrom('not a url', '/relative/path', '', 'https://', 42);
const query = fc.option(
  fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
  { nil: undefined },
);
const promptId = fc.string({ minLength: 1, maxLength: 48 });
const fieldKey = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,10}$/);

const commands = [
  fc.tuple(fc.string({ maxLength: 40 }), tick).map(([reason, ms]) => new ApiCall('access.deny', [reason], always, ms)),
  fc
    .tuple(fc.constantFrom(undefined, null, 42, { reason: 'x' }), tick)
    .map(([reason, ms]) => new ApiCall('access.deny', [reason], never, ms)),
  fc
    .tuple(goodFactor, fc.option(fc.array(goodFactor, { maxLength: 3 }), { nil: undefined }), tick)
    .map(
      ([factor, additional, ms]) =>
        new ApiCall(
          'authentication.challengeWith',
          additional === undefined ? [factor] : [factor, { additionalFactors: additional }],
          always,
          ms,
        ),
    ),
  fc.tuple(badFactor, tick).map(([factor, ms]) => new ApiCall('authentication.challengeWith', [factor], never, ms)),
  fc
    .tuple(fc.array(goodFactor, { minLength: 1, maxLength: 4 }), tick)
    .map(([factors, ms]) => new ApiCall('authentication.challengeWithAny', [factors], always, ms)),
  fc
    .tuple(fc.constantFrom([], 'otp', [{ type: 'sms' }]), tick)
    .map(([factors, ms]) => new ApiCall('authentication.challengeWithAny', [factors], never, ms)),
  fc
    .tuple(cacheKey, cacheValue, cacheOptions, tick)
    .map(
      ([key, value, options, ms]) =>
        new ApiCall('cache.set', options === undefined ? [key, value] : [key, value, options], always, ms),
    ),
  fc
    .tuple(fc.constantFrom(42, null, undefined, { key: 'k' }), tick)
    .map(([key, ms]) => new ApiCall('cache.set', [key, 'v'], never, ms)),
  fc.tuple(cacheKey, tick).map(([key, ms]) => new ApiCall('cache.get', [key], always, ms)),
  fc.tuple(cacheKey, tick).map(([key, ms]) => new ApiCall('cache.delete', [key], always, ms)),
  fc.tuple(goodUrl, query, tick).map(
    ([url, q, ms]) =>
      new ApiCall(
        'redirect.sendUserTo',
        q === undefined ? [url] : [url, { query: q }],
        (model) => !model.rendered,
        ms,
        (model) => {
          model.redirected = true;
        },
      ),
  ),
  fc.tuple(badUrl, tick).map(([url, ms]) => new ApiCall('redirect.sendUserTo', [url], never, ms)),
  fc
    .tuple(goodUrl, query, tick)
    .map(
      ([url, q, ms]) =>
        new ApiCall('transaction.setResultUrl', q === undefined ? [url] : [url, { query: q }], always, ms),
    ),
  fc.tuple(badUrl, tick).map(([url, ms]) => new ApiCall('transaction.setResultUrl', [url], never, ms)),
  fc.tuple(promptId, fc.dictionary(fieldKey, fc.string({ maxLength: 10 }), { maxKeys: 3 }), tick).map(
    ([id, fields, ms]) =>
      new ApiCall(
        'prompt.render',
        [id, { fields }],
        (model) => !model.redirected && !model.rendered,
        ms,
        (model) => {
          model.rendered = true;
        },
      ),
  ),
  fc
    .tuple(fc.constantFrom(undefined, 42, 'x'.repeat(49)), tick)
    .map(([id, ms]) => new ApiCall('prompt.render', [id], never, ms)),
  fc
    .tuple(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 3 }), tick)
    .map(([payload, ms]) => new ApiCall('redirect.encodeToken', [{ secret: SECRET, payload }], always, ms)),
  fc
    .tuple(fc.constantFrom({ secret: '', payload: {} }, { secret: SECRET }, { payload: {} }, 'secret'), tick)
    .map(([options, ms]) => new ApiCall('redirect.encodeToken', [options], never, ms)),
  // The event carries a token signed at NOW that lives 900 s: valid with the right secret until it expires.
  fc
    .tuple(fc.constantFrom(SECRET, 'wrong-secret'), tick)
    .map(
      ([secret, ms]) =>
        new ApiCall('redirect.validateToken', [{ secret }], () => secret === SECRET && Date.now() < NOW + 900_000, ms),
    ),
];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the call recorder against a model (fast-check)', () => {
  it('records every accepted call once, in order, with its arguments, time and result; rejected calls record nothing', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 30 }), (sequence) => {
        vi.setSystemTime(NOW);
        const token = goodToken();
        fc.modelRun(
          () => ({
            model: { calls: [], redirected: false, rendered: false },
            real: { api: continueApi({ query: { session_token: token } }) },
          }),
          sequence,
        );
      }),
      { numRuns: 300 },
    );
  });
});
