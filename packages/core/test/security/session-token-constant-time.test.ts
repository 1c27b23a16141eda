import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SECRET, continueApi, expectInvalidToken, goodToken } from './support/continue-request.js';
import { forgeToken, segmentsOf } from './support/forge-token.js';

/**
 * The signature check must not leak, through timing, how many leading bytes of a forged signature are right.
 * Timing is never measured here: the tests prove structurally that the verdict comes from
 * `crypto.timingSafeEqual` over two buffers of the same length, and from nothing else.
 */
const timingSafeEqual = vi.hoisted(() => ({ spy: undefined as unknown as ReturnType<typeof vi.fn> }));

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  timingSafeEqual.spy = vi.fn(actual.timingSafeEqual);
  return {
    ...actual,
    default: { ...actual, timingSafeEqual: timingSafeEqual.spy },
    timingSafeEqual: timingSafeEqual.spy,
  };
});

const tokenApi = (token: string) => continueApi({ query: { session_token: token } });

beforeEach(() => {
  timingSafeEqual.spy.mockClear();
});

afterEach(() => {
  timingSafeEqual.spy.mockReset();
});

describe('session token signatures are compared in constant time', () => {
  it('compares a genuine signature with crypto.timingSafeEqual over two 32-byte buffers', () => {
    expect(tokenApi(goodToken()).redirect.validateToken({ secret: SECRET })).toBeTruthy();
    expect(timingSafeEqual.spy).toHaveBeenCalledTimes(1);
    const [actual, expected] = timingSafeEqual.spy.mock.calls[0] as [unknown, unknown];
    expect(Buffer.isBuffer(actual) && Buffer.isBuffer(expected)).toBe(true);
    expect((actual as Buffer).length).toBe(32);
    expect((expected as Buffer).length).toBe(32);
  });

  it('compares a forged signature of the right length with crypto.timingSafeEqual, not with === or Buffer.equals', () => {
    const forged = forgeToken({
      claims: JSON.parse(Buffer.from(segmentsOf(goodToken())[1], 'base64url').toString()),
      secret: 'attacker-guess',
    });
    expectInvalidToken(tokenApi(forged), 'Failed signature validation');
    expect(timingSafeEqual.spy).toHaveBeenCalledTimes(1);
    expect(timingSafeEqual.spy.mock.results[0]).toEqual({ type: 'return', value: false });
  });

  it('takes its verdict from crypto.timingSafeEqual alone: a forged signature passes if (and only if) it says equal', () => {
    const forged = forgeToken({
      claims: JSON.parse(Buffer.from(segmentsOf(goodToken())[1], 'base64url').toString()),
      secret: 'attacker-guess',
    });
    timingSafeEqual.spy.mockReturnValueOnce(true);
    expect(tokenApi(forged).redirect.validateToken({ secret: SECRET })).toBeTruthy();
  });

  it('never hands timingSafeEqual buffers of different lengths (it would throw a RangeError): a short signature is rejected first', () => {
    const token = goodToken();
    expectInvalidToken(tokenApi(token.slice(0, -8)), 'Failed signature validation');
    expectInvalidToken(tokenApi(`${token}AAAA`), 'Failed signature validation');
    expect(timingSafeEqual.spy).not.toHaveBeenCalled();
  });

  it('does not call timingSafeEqual with an empty signature, and rejects it', () => {
    const [header, payload] = segmentsOf(goodToken());
    expectInvalidToken(tokenApi(`${header}.${payload}.`), 'Failed signature validation');
    expect(timingSafeEqual.spy).not.toHaveBeenCalled();
  });
});
