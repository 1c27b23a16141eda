import { factorListExpectation } from '../../matchers/arguments.js';
import { callMatcher } from '../../matchers/call-matcher.js';

/** `expect(api).toHaveChallengedWithAny(factors?)`: those factors (types or selectors), in the same order. */
export const toHaveChallengedWithAny = callMatcher({
  matcherName: 'toHaveChallengedWithAny',
  method: 'authentication.challengeWithAny',
  argumentNames: ['factors'],
  parts(check, [factors]) {
    const expected = factorListExpectation(check, 'factors', factors);
    return expected === undefined
      ? []
      : [{ name: 'factors', expected, partial: false, valueOf: (call) => call.args[0] }];
  },
});
