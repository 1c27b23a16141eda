import { assertOptions, factorExpectation, factorListExpectation } from '../../matchers/arguments.js';
import { callMatcher, type CallPart } from '../../matchers/call-matcher.js';
import { ENROLLMENT_FACTOR_TYPES } from './enrollment-factor-types.js';

/**
 * `expect(api).toHaveEnrolledWith(factor?, { additionalFactors? }?)`, as toHaveChallengedWith for
 * `api.authentication.enrollWith`: `'otp'` stands for `{ type: 'otp' }`; `'email'` is refused, since no user can be
 * enrolled with it.
 */
export const toHaveEnrolledWith = callMatcher({
  matcherName: 'toHaveEnrolledWith',
  method: 'authentication.enrollWith',
  argumentNames: ['factor', 'options'],
  parts(check, [factor, options]) {
    const expectedFactor = factorExpectation(check, 'factor', factor, ENROLLMENT_FACTOR_TYPES);
    const { additionalFactors } = assertOptions(check, 'options', options, ['additionalFactors']);
    const expectedAdditional = factorListExpectation(
      check,
      'options.additionalFactors',
      additionalFactors,
      ENROLLMENT_FACTOR_TYPES,
    );
    const parts: CallPart[] = [];
    if (expectedFactor !== undefined)
      parts.push({ name: 'factor', expected: expectedFactor, partial: false, valueOf: (call) => call.args[0] });
    if (expectedAdditional !== undefined) {
      parts.push({
        name: 'additionalFactors',
        expected: expectedAdditional,
        partial: false,
        valueOf: (call) => (call.args[1] as { additionalFactors?: unknown } | undefined)?.additionalFactors ?? [],
      });
    }
    return parts;
  },
});
