import { describe, expect, it } from 'vitest';
import { FACTOR_TYPES, mockApi, recorded, type FactorSelector } from '../src/index.js';
import { internalsOf } from '../src/api/api-context.js';
import { acceptedCalls } from './support/accepted-calls.js';

const TRIGGER = 'password-reset-post-challenge';

/** Every branch of the FactorSelector union, with and without its options. */
const SELECTORS: FactorSelector[] = [
  { type: 'otp' },
  { type: 'otp', options: { anything: 'goes' } },
  { type: 'email' },
  { type: 'webauthn-platform' },
  { type: 'webauthn-roaming' },
  { type: 'recovery-code' },
  { type: 'phone' },
  { type: 'phone', options: {} },
  { type: 'phone', options: { preferredMethod: 'sms' } },
  { type: 'phone', options: { preferredMethod: 'voice' } },
  { type: 'phone', options: { preferredMethod: 'both' } },
  { type: 'push' },
  { type: 'push', options: { otpFallback: false } },
  { type: 'push-notification' },
  { type: 'push-notification', options: { otpFallback: true } },
];

function challengesOf(api: object) {
  const commands = internalsOf(api)?.effects['mfa-commands'] as
    Array<{ method: string; factors: FactorSelector[] }> | undefined;
  return commands?.map(({ method, factors }) => ({ method, factors }));
}

describe('the FactorSelector union', () => {
  it('lists the eight factor types of the @auth0/actions types', () => {
    expect([...FACTOR_TYPES].sort()).toEqual(
      [
        'email',
        'otp',
        'phone',
        'push',
        'push-notification',
        'recovery-code',
        'webauthn-platform',
        'webauthn-roaming',
      ].sort(),
    );
  });
});

describe('api.authentication.challengeWith', () => {
  it.each(SELECTORS.map((selector) => [JSON.stringify(selector), selector]))(
    'accepts %s and records it',
    (_name, selector) => {
      const api = mockApi(TRIGGER);
      expect(api.authentication.challengeWith(selector)).toBeUndefined();
      expect(recorded(api).calls).toEqual([
        { method: 'authentication.challengeWith', args: [selector], at: expect.any(Number) },
      ]);
      expect(challengesOf(api)).toEqual([{ method: 'challengeWith', factors: [selector] }]);
    },
  );

  it('accepts additionalFactors of every type and records the options as passed', () => {
    const api = mockApi(TRIGGER);
    const options = { additionalFactors: SELECTORS };
    api.authentication.challengeWith({ type: 'otp' }, options);
    expect(recorded(api).calls[0]?.args).toEqual([{ type: 'otp' }, options]);
    expect(challengesOf(api)).toEqual([{ method: 'challengeWith', factors: [{ type: 'otp' }, ...SELECTORS] }]);
  });

  it('accepts empty options and an empty additionalFactors list', () => {
    const api = mockApi(TRIGGER);
    api.authentication.challengeWith({ type: 'email' }, {});
    api.authentication.challengeWith({ type: 'email' }, { additionalFactors: [] });
    expect(recorded(api).calls).toHaveLength(2);
  });

  it("rejects the type 'sms', naming the value and pointing at phone, and records nothing", () => {
    const api = mockApi(TRIGGER);
    expect(() => api.authentication.challengeWith({ type: 'sms' } as never)).toThrow(TypeError);
    expect(() => api.authentication.challengeWith({ type: 'sms' } as never)).toThrow(
      "api.authentication.challengeWith(): factor.type the string \"sms\" is not a factor type the runtime accepts. Expected one of: 'otp', 'email', 'webauthn-platform', 'webauthn-roaming', 'recovery-code', 'phone', 'push', 'push-notification'. Use { type: 'phone', options: { preferredMethod: 'sms' } } for sms.",
    );
    expect(acceptedCalls(api)).toEqual([]);
    expect(challengesOf(api) ?? []).toEqual([]);
  });

  it.each([
    ['an unknown type', { type: 'totp' }, /factor\.type the string "totp" is not a factor type the runtime accepts/],
    ['a type in the wrong case', { type: 'OTP' }, /factor\.type the string "OTP" is not a factor type/],
    ['a missing type', {}, /factor\.type undefined is not a factor type/],
    ['a numeric type', { type: 1 }, /factor\.type the number 1 is not a factor type/],
    [
      'voice as a type',
      { type: 'voice' },
      /Use \{ type: 'phone', options: \{ preferredMethod: 'voice' \} \} for voice\./,
    ],
  ])('rejects %s with a TypeError naming the value', (_name, selector, message) => {
    const api = mockApi(TRIGGER);
    expect(() => api.authentication.challengeWith(selector as never)).toThrow(message);
    expect(acceptedCalls(api)).toEqual([]);
  });

  it("rejects a string shorthand ('otp') and says to pass { type: 'otp' }", () => {
    expect(() => mockApi(TRIGGER).authentication.challengeWith('otp' as never)).toThrow(
      new TypeError(
        'api.authentication.challengeWith(): factor must be a FactorSelector object ({ type, options? }); received the string "otp". Pass { type: \'otp\' }: the runtime takes a FactorSelector object, not a string.',
      ),
    );
  });

  it("rejects the string 'sms', naming it", () => {
    expect(() => mockApi(TRIGGER).authentication.challengeWith('sms' as never)).toThrow(
      new TypeError(
        'api.authentication.challengeWith(): factor must be a FactorSelector object ({ type, options? }); received the string "sms".',
      ),
    );
  });

  it.each([
    [
      'an unknown preferredMethod',
      { type: 'phone', options: { preferredMethod: 'text' } },
      /factor\.options\.preferredMethod must be 'sms', 'voice' or 'both'; received the string "text"/,
    ],
    [
      'a string otpFallback',
      { type: 'push', options: { otpFallback: 'no' } },
      /factor\.options\.otpFallback must be a boolean; received the string "no"/,
    ],
    [
      'options that are not an object',
      { type: 'otp', options: 'x' },
      /factor\.options must be an object; received the string "x"/,
    ],
  ])('rejects %s', (_name, selector, message) => {
    const api = mockApi(TRIGGER);
    expect(() => api.authentication.challengeWith(selector as never)).toThrow(message);
    expect(acceptedCalls(api)).toEqual([]);
  });

  it('names the index of a bad additional factor and records nothing', () => {
    const api = mockApi(TRIGGER);
    expect(() =>
      api.authentication.challengeWith(
        { type: 'otp' },
        { additionalFactors: [{ type: 'email' }, { type: 'sms' } as never] },
      ),
    ).toThrow(/options\.additionalFactors\[1\]\.type the string "sms" is not a factor type/);
    expect(acceptedCalls(api)).toEqual([]);
  });

  it('rejects additionalFactors that is not an array, and options that are not an object', () => {
    const api = mockApi(TRIGGER);
    expect(() =>
      api.authentication.challengeWith({ type: 'otp' }, { additionalFactors: { type: 'email' } } as never),
    ).toThrow(
      /^api\.authentication\.challengeWith\(\): options\.additionalFactors must be an array of FactorSelector objects; received an object\.$/,
    );
    expect(() => api.authentication.challengeWith({ type: 'otp' }, 'email' as never)).toThrow(
      /^api\.authentication\.challengeWith\(\): options must be an object/,
    );
  });
});

describe('api.authentication.challengeWithAny', () => {
  it('accepts every selector of the union in one list and records it', () => {
    const api = mockApi(TRIGGER);
    expect(api.authentication.challengeWithAny(SELECTORS)).toBeUndefined();
    expect(recorded(api).calls).toEqual([
      { method: 'authentication.challengeWithAny', args: [SELECTORS], at: expect.any(Number) },
    ]);
    expect(challengesOf(api)).toEqual([{ method: 'challengeWithAny', factors: SELECTORS }]);
  });

  it('accepts a single factor (the runtime then skips the selection screen)', () => {
    const api = mockApi(TRIGGER);
    api.authentication.challengeWithAny([{ type: 'email' }]);
    expect(recorded(api).calls).toHaveLength(1);
  });

  it('keeps its own copy of the list, so later changes to the array do not alter the challenge', () => {
    const api = mockApi(TRIGGER);
    const factors: FactorSelector[] = [{ type: 'otp' }];
    api.authentication.challengeWithAny(factors);
    factors.push({ type: 'email' });
    expect(challengesOf(api)?.[0]?.factors).toEqual([{ type: 'otp' }]);
  });

  it('names the index of an unknown type and records nothing', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.authentication.challengeWithAny([{ type: 'otp' }, { type: 'sms' } as never])).toThrow(
      /^api\.authentication\.challengeWithAny\(\): factors\[1\]\.type the string "sms" is not a factor type/,
    );
    expect(acceptedCalls(api)).toEqual([]);
  });

  it('rejects string shorthands in the list', () => {
    expect(() => mockApi(TRIGGER).authentication.challengeWithAny(['otp', 'email'] as never)).toThrow(
      /factors\[0\] must be a FactorSelector object.*Pass \{ type: 'otp' \}/,
    );
  });

  it('rejects an empty list and a non-array', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.authentication.challengeWithAny([])).toThrow(
      /^api\.authentication\.challengeWithAny\(\): factors must be a non-empty array of FactorSelector objects; received an array \(0 items\)\.$/,
    );
    expect(() => api.authentication.challengeWithAny({ type: 'otp' } as never)).toThrow(
      /factors must be an array of FactorSelector objects; received an object/,
    );
    expect(acceptedCalls(api)).toEqual([]);
  });

  it('records challenges in order next to challengeWith', () => {
    const api = mockApi(TRIGGER);
    api.authentication.challengeWith({ type: 'otp' });
    api.authentication.challengeWithAny([{ type: 'email' }, { type: 'phone' }]);
    expect(challengesOf(api)?.map((challenge) => challenge.method)).toEqual(['challengeWith', 'challengeWithAny']);
  });
});
