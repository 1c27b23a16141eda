import { assertTextExpectation } from '../../matchers/arguments.js';
import { callMatcher } from '../../matchers/call-matcher.js';

/** `expect(api).toHaveDenied(reason?)`: `api.access.deny` was called (with that reason). */
export const toHaveDenied = callMatcher({
  matcherName: 'toHaveDenied',
  method: 'access.deny',
  argumentNames: ['reason'],
  parts(check, [reason]) {
    assertTextExpectation(check, 'reason', reason);
    return reason === undefined ? [] : [{ name: 'reason', expected: reason, partial: false, valueOf: (call) => call.args[0] }];
  },
});
