import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/index.js';
import { copyData, spreadInto } from '../../src/util/copy-data.js';
import { TRIGGER } from './support/continue-request.js';

/**
 * Events, overrides, secrets and claims are copied on every handler call. Data that arrives as JSON can carry an
 * own `__proto__` key; a copy made by assignment would turn it into the copy's prototype (prototype pollution of
 * one object, and a field that silently disappears from the copy).
 */
const withProtoKey = () => JSON.parse('{"__proto__": {"polluted": true}, "plain": 1}') as Record<string, unknown>;

describe('copyData', () => {
  it('keeps an own __proto__ key as an own field, never as the prototype', () => {
    const copy = copyData(withProtoKey());
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"polluted":true},"plain":1}');
  });

  it('copies every level: nothing of the copy is shared with the original', () => {
    const original = { a: { b: [{ c: 1 }], d: 'x' }, e: null, f: [1, [2, { g: true }]] };
    const copy = copyData(original);
    expect(copy).toEqual(original);
    expect(copy.a).not.toBe(original.a);
    expect(copy.a.b).not.toBe(original.a.b);
    expect(copy.a.b[0]).not.toBe(original.a.b[0]);
    expect(copy.f[1]).not.toBe(original.f[1]);
  });
});

describe('spreadInto', () => {
  it('does what { ...target, ...source } does: source wins, keys keep their first position', () => {
    const target = { a: 1, b: 2 };
    expect(Object.entries(spreadInto(target, { b: 3, c: 4 }))).toEqual(
      Object.entries({ ...{ a: 1, b: 2 }, ...{ b: 3, c: 4 } }),
    );
  });

  it('takes several sources in order, the later winning', () => {
    expect(Object.entries(spreadInto({ a: 1 }, { b: 2, a: 3 }, { b: 4, c: 5 }))).toEqual(
      Object.entries({ ...{ a: 1 }, ...{ b: 2, a: 3 }, ...{ b: 4, c: 5 } }),
    );
  });

  it('keeps an own __proto__ key of the source as an own field', () => {
    const merged = spreadInto({}, withProtoKey());
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect((merged as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('what reaches an Action', () => {
  it('a continue token whose payload carries __proto__ signs it as an ordinary claim, next to the standard ones', async () => {
    let claims: Record<string, unknown> = {};
    const redirected = await simulate(
      {
        onExecutePostChallenge: async (_event: unknown, api: { redirect: { sendUserTo(url: string): void } }) =>
          api.redirect.sendUserTo('https://verify.example.com/'),
        onContinuePostChallenge: async (
          _event: unknown,
          api: { redirect: { validateToken(options: { secret: string }): Record<string, unknown> } },
        ) => {
          claims = api.redirect.validateToken({ secret: 'a-shared-secret-of-at-least-32-bytes!' });
        },
      },
      { trigger: TRIGGER },
    );
    const done = await redirected.continue({
      token: { secret: 'a-shared-secret-of-at-least-32-bytes!', payload: withProtoKey() },
    });
    expect(done.status).toBe('completed');
    expect(Object.keys(claims)).toEqual(['__proto__', 'plain', 'state', 'sub', 'iss', 'iat', 'exp']);
  });
});
