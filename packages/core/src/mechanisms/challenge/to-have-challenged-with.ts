import { assertOptions, factorExpectation, factorListExpectation } from '../../matchers/arguments.js';
import { callMatcher, type CallPart } from '../../matchers/call-matcher.js';
import { satisfies } from '../../matchers/judgement.js';

/**
 * `expect(api).toHaveChallengedWith(factor?, { additionalFactors? }?)`. Factors compare exactly, with `'otp'`
 * standing for `{ type: 'otp' }`; a call without additional factors has `[]`.
 */
export const toHaveChallengedWith = callMatcher({
  matcherName: 'toHaveChallengedWith',
  method: 'authentication.challengeWith',
  argumentNames: ['factor', 'options'],
  parts(check, [factor, options]) {
    const expectedFactor = factorExpectation(check, 'factor', factor);
    const { additionalFactors } = assertOptions(check, 'options', options, ['additionalFactors']);
    const expectedAdditional = factorListExpectation(check, 'options.additionalFactors', additionalFactors);
    const parts: CallPart[] = [];
    if (expectedFactor !== undefined)
      parts.push({ name: 'factor', expected: expectedFactor, partial: false, valueOf: (call) => call.args[0] });
    if (expectedAdditional !== undefined) {
      const part = { name: 'additionalFactors', expected: expectedAdditional, partial: false };
      // A call that left the option out has the runtime's default, `[]`, when that satisfies the expectation;
      // otherwise it stays left out, so the diff shows the call as the Action made it (no `[]` it never passed).
      const defaultSatisfies = satisfies(check.context, [part], [[]]);
      parts.push({
        ...part,
        valueOf: (call) =>
          (call.args[1] as { additionalFactors?: unknown } | undefined)?.additionalFactors ??
          (defaultSatisfies ? [] : undefined),
      });
    }
    return parts;
  },
});
