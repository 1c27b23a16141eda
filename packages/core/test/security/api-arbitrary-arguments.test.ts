import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mockApi, type PostChallengeApi } from '../../src/index.js';
import { DEEP_CRASH } from './support/argument-errors.js';
import { TRIGGER } from './support/continue-request.js';
import { acceptedCalls } from '../support/accepted-calls.js';

/**
 * Every api method, called with arbitrary arguments, either works or throws an error a user can act on: an
 * argument error naming the method, or the runtime's own message. Never a TypeError from deep inside the mock.
 */
const METHODS = [
  'access.deny',
  'authentication.challengeWith',
  'authentication.challengeWithAny',
  'cache.get',
  'cache.set',
  'cache.delete',
  'prompt.render',
  'redirect.encodeToken',
  'redirect.sendUserTo',
  'redirect.validateToken',
  'transaction.setResultUrl',
] as const;

/**
 * The runtime's own errors the mock reproduces on purpose (reference A.3, B.3, C): `new URL(url)` on a string that
 * is not a URL, `Buffer.byteLength` on a cache key or value that is not a string, the prompt schema and the token
 * messages.
 */
const RUNTIME_MESSAGES = [
  /^The "string" argument must be of type string or an instance of Buffer or ArrayBuffer\. Received /,
  /^Invalid URL: api\.(redirect\.sendUserTo|transaction\.setResultUrl)\(\): url must be an absolute URL/,
  /^Redirect and render commands cannot be used in the same action\.$/,
  /^Only 1 render command per action is allowed\.$/,
  /^api\.prompt\.render\(\): promptId must /,
  /^api\.prompt\.render\(\): promptOptions/,
  /^api\.prompt\.render\(\): The total size of the prompt options exceeds the limit of \d+ bytes\.$/,
  /^The session token is invalid: /,
  /^There is no parameter called '.*' available in either the POST body or query string\.$/s,
];

/** Methods that build `new URL(url)` as the runtime does, and so throw what it throws for a non-URL value. */
const URL_METHODS = new Set(['redirect.sendUserTo', 'transaction.setResultUrl']);

function invoke(api: PostChallengeApi, method: string, args: unknown[]): unknown {
  const [namespace, name] = method.split('.') as [string, string];
  const target = (api as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[namespace] as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  return (target[name] as (...a: unknown[]) => unknown)(...args);
}

function isActionable(method: string, error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { message } = error;
  if (
    URL_METHODS.has(method) &&
    /^Cannot convert (object to primitive value|a Symbol value to a string)$/.test(message)
  )
    return true;
  if (DEEP_CRASH.test(message)) return false;
  const [namespace, name] = method.split('.');
  const names = [`api.${method}()`, `${namespace}.${name}()`];
  if (error instanceof TypeError && names.some((prefix) => message.startsWith(`${prefix}: `))) return true;
  return RUNTIME_MESSAGES.some((pattern) => pattern.test(message));
}

describe('api methods under arbitrary arguments (fast-check)', () => {
  for (const method of METHODS) {
    it(`api.${method}() with arbitrary arguments works or throws an argument error naming it (never a deep crash)`, () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.anything({
              withBigInt: true,
              withDate: true,
              withMap: true,
              withSet: true,
              withTypedArray: true,
              withNullPrototype: true,
              withBoxedValues: true,
              withSparseArray: true,
            }),
            { maxLength: 3 },
          ),
          (args) => {
            const api = mockApi(TRIGGER);
            let thrown: unknown;
            try {
              invoke(api, method, args);
            } catch (error) {
              thrown = error;
            }
            if (thrown === undefined) return;
            expect(isActionable(method, thrown), `${String((thrown as Error)?.stack ?? thrown)}`).toBe(true);
            expect(acceptedCalls(api)).toEqual([]);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
