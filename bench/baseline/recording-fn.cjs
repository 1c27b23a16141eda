'use strict';

/**
 * The cheapest recording function a hand-rolled mock can use with the `expect` package's call matchers
 * (`toHaveBeenCalledWith`): it keeps the argument lists and carries the three fields those matchers read
 * (`_isMockFunction`, `mock.calls`, `getMockName`). It is far lighter than `jest.fn()`, so the baseline is
 * the cheapest alternative a user could write, not a typical one.
 */
function recordingFn(name, implementation) {
  const calls = [];
  function recording(...args) {
    calls.push(args);
    return implementation === undefined ? undefined : implementation(...args);
  }
  recording._isMockFunction = true;
  recording.mock = { calls };
  recording.getMockName = () => name;
  return recording;
}

module.exports = { recordingFn };
