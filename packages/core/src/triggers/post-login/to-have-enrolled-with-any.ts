import { factorListExpectation } from '../../matchers/arguments.js';
import { callMatcher } from '../../matchers/call-matcher.js';
import { ENROLLMENT_FACTOR_TYPES } from './enrollment-factor-types.js';

/** `expect(api).toHaveEnrolledWithAny(factors?)`: `api.authentication.enrollWithAny` with those factors, in order. */
export const toHaveEnrolledWithAny = callMatcher({
  matcherName: 'toHaveEnrolledWithAny',
  method: 'authentication.enrollWithAny',
  argumentNames: ['factors'],
  parts(check, [factors]) {
    const expected = factorListExpectation(check, 'factors', factors, ENROLLMENT_FACTOR_TYPES);
    return expected === undefined
      ? []
      : [{ name: 'factors', expected, partial: false, valueOf: (call) => call.args[0] }];
  },
});
