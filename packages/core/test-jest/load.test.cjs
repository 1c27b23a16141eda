// Jest's CommonJS runtime on Node 20 cannot require() or import() an ES module, and jose 6 ships only ES
// modules: these tests load the BUILT package through its name and use every path that needs jose.
const core = require('@auth0-actions-mock/core');

const TRIGGER = 'password-reset-post-challenge';

test("require('@auth0-actions-mock/core') resolves to the CommonJS build", () => {
  expect(require.resolve('@auth0-actions-mock/core')).toMatch(/[\\/]dist[\\/]index\.cjs$/);
});

test('the CommonJS build exports the public building blocks', () => {
  for (const name of ['mockEvent', 'mockApi', 'recorded', 'createCache', 'signSessionToken', 'installClock']) {
    expect(typeof core[name]).toBe('function');
  }
});

test('mockApi works and records a call', () => {
  const api = core.mockApi(TRIGGER);
  expect(api.access.deny('Too risky')).toBeUndefined();
  expect(core.recorded(api).calls).toEqual([{ method: 'access.deny', args: ['Too risky'], at: expect.any(Number) }]);
});

test('jest.spyOn can replace an api method', () => {
  const api = core.mockApi(TRIGGER);
  jest.spyOn(api.redirect, 'encodeToken').mockReturnValue('signed.jwt.token');
  expect(api.redirect.encodeToken({ secret: 's', payload: {} })).toBe('signed.jwt.token');
  expect(api.redirect.encodeToken).toHaveBeenCalledWith({ secret: 's', payload: {} });
});
