// The preset's environment compiles core once per worker and runs it in each test file's own context: these
// check that core really came through it, and that what it hands a test is still this file's realm.
import { mockApi, mockEvent, simulate } from '@auth0-actions-mock/jest';
import { coreFilesInJestRegistry } from '../shared/library-files';

const LOADER = Symbol.for('auth0-actions-mock.compile-once.v1');

test('the environment installs the loader, and core is compiled by it rather than by Jest', () => {
  expect(typeof (globalThis as Record<symbol, unknown>)[LOADER]).toBe('function');
  mockApi('post-login'); // the adapter loads core on first use
  // Jest's registry holds the entries (a few lines each), never the runtime files they hand to the loader.
  expect(coreFilesInJestRegistry()).toEqual(['index.cjs', 'matchers.cjs']);
});

test("errors, arrays and promises from core belong to this test file's realm", async () => {
  const api = mockApi('post-login');
  expect(() => api.cache.set(42 as unknown as string, 'v')).toThrow(TypeError);
  expect(mockEvent('post-login').user.identities).toBeInstanceOf(Array);
  const pending = simulate({ onExecutePostLogin: async () => {} }, { trigger: 'post-login' });
  expect(pending).toBeInstanceOf(Promise);
  await expect(pending).resolves.toBeDefined();
});

test('jest.isolateModules gets a fresh instance of core, as a plain require would', () => {
  let isolated: unknown;
  jest.isolateModules(() => {
    isolated = require('@auth0-actions-mock/core');
  });
  expect(isolated).not.toBe(require('@auth0-actions-mock/core'));
  expect((isolated as typeof import('@auth0-actions-mock/core')).mockApi).toEqual(expect.any(Function));
});

test("jest.useFakeTimers reaches core: its cache reads this test file's clock", () => {
  jest.useFakeTimers();
  try {
    const api = mockApi('post-login');
    api.cache.set('k', 'v', { ttl: 1000 });
    expect(api.cache.get('k')).toBeDefined();
    jest.advanceTimersByTime(1001);
    expect(api.cache.get('k')).toBeUndefined();
  } finally {
    jest.useRealTimers();
  }
});
