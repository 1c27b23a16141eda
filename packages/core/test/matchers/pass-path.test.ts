import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCache, mockApi } from '../../src/index.js';
import { matchers } from '../../src/matchers.js';

/**
 * A passing assertion prints nothing: the matchers decide with `this.equals` and build their message (printing,
 * redaction, closest call, diff) only when the runner asks for it. Suites make thousands of passing assertions,
 * so this is where the library's cost to a suite lives.
 */
const PRINTERS = ['printReceived', 'printExpected', 'matcherHint', 'diff', 'stringify'] as const;
const printed: string[] = [];

type MatcherName = keyof typeof matchers;

expect.extend(
  Object.fromEntries<(...args: unknown[]) => unknown>(
    (Object.keys(matchers) as MatcherName[]).map((name) => [
      `${name}WatchingPrinters`,
      function (
        this: Record<string, unknown> & { utils: Record<string, (...args: unknown[]) => unknown> },
        ...args: unknown[]
      ) {
        const utils = { ...this.utils };
        for (const printer of PRINTERS) {
          const original = this.utils[printer];
          if (typeof original !== 'function') continue;
          utils[printer] = (...printerArgs: unknown[]) => {
            printed.push(printer);
            return original(...printerArgs);
          };
        }
        const matcher = matchers[name] as (...matcherArgs: unknown[]) => { pass: boolean; message: () => string };
        return matcher.apply({ ...this, utils }, args);
      },
    ]),
  ) as Parameters<typeof expect.extend>[0],
);

interface WatchingAssertion {
  toHaveDeniedWatchingPrinters(reason?: unknown): void;
  toRedirectToWatchingPrinters(url?: unknown, options?: unknown): void;
  toHaveCachedWatchingPrinters(key: string, value?: unknown): void;
  not: WatchingAssertion;
}

const watching = (received: unknown) => expect(received) as unknown as WatchingAssertion;

afterEach(() => {
  printed.length = 0;
  vi.useRealTimers();
});

describe('a passing assertion builds no message', () => {
  it('toHaveDenied with a reason, among several calls', () => {
    const api = mockApi('password-reset-post-challenge');
    api.access.deny('first');
    api.access.deny('Too risky');
    watching(api).toHaveDeniedWatchingPrinters('Too risky');
    expect(printed).toEqual([]);
  });

  it('toRedirectTo with a partial query', () => {
    const api = mockApi('password-reset-post-challenge');
    api.redirect.sendUserTo('https://verify.example.com/identity', { query: { step: 'email', lang: 'fr' } });
    watching(api).toRedirectToWatchingPrinters('https://verify.example.com/identity', { query: { step: 'email' } });
    expect(printed).toEqual([]);
  });

  it('toHaveCached over twenty entries, and .not for a missing key', () => {
    const cache = createCache();
    for (let index = 0; index < 20; index++) cache.set(`key-${index}`, `value-${index}`);
    watching(cache).toHaveCachedWatchingPrinters('key-19', 'value-19');
    watching(cache).not.toHaveCachedWatchingPrinters('missing');
    expect(printed).toEqual([]);
  });

  it('but a failing one does build its message when the runner asks for it', () => {
    const api = mockApi('password-reset-post-challenge');
    api.access.deny('Too risky');
    expect(() => watching(api).toHaveDeniedWatchingPrinters('Something else')).toThrow(/Too risky/);
    expect(printed).not.toEqual([]);
  });
});
