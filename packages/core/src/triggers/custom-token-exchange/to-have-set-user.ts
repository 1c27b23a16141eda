import type { RecordedCall } from '../../api/recorder.js';
import { assertObjectExpectation, assertOptions, assertTextExpectation } from '../../matchers/arguments.js';
import { callMatcher, type CallPart, type CallSelection } from '../../matchers/call-matcher.js';
import { matcherError } from '../../matchers/matcher-error.js';
import type { AsymmetricMatcherLike, TextExpectation } from '../../matchers/matcher-types.js';
import { plural } from '../../matchers/report.js';
import { isPlainObject } from '../../util/errors.js';
import { objectKeys } from '../../util/intrinsics.js';
import { closestName } from '../../util/known-options.js';

/**
 * What `toHaveSetUser` expects: `{ userId }` for `setUserById`, or `{ connection, attributes?, options? }` for
 * `setUserByConnection` (`attributes` and `options` matched partially).
 */
export type SetUserExpectation =
  | { userId?: TextExpectation }
  | {
      connection?: TextExpectation;
      attributes?: Record<string, unknown> | AsymmetricMatcherLike;
      options?: Record<string, unknown> | AsymmetricMatcherLike;
    };

const FIELDS = ['userId', 'connection', 'attributes', 'options'];
const BY_ID = 'authentication.setUserById';
const BY_CONNECTION = 'authentication.setUserByConnection';

const setUserCalls: CallSelection = {
  select: (subject) => subject.calls.filter((call) => call.method === BY_ID || call.method === BY_CONNECTION),
  expected: (isNot) => `Expected the Action ${isNot ? 'not ' : ''}to have set the user`,
  never: `But no user was set: neither api.${BY_ID} nor api.${BY_CONNECTION} was called.`,
  counted: (count) => plural(count, 'setUser call'),
};

/** The argument at `index` of a call of `method`; a call of the other setter has none. */
const argumentOf =
  (method: string, index: number) =>
  (call: RecordedCall): unknown =>
    call.method === method ? call.args[index] : undefined;

/**
 * `expect(api).toHaveSetUser(expected?)`: custom-token-exchange's `authentication.setUserById` (`{ userId }`) or
 * `setUserByConnection` (`{ connection, attributes?, options? }`). With no argument: either was called.
 */
export const toHaveSetUser = callMatcher({
  matcherName: 'toHaveSetUser',
  method: setUserCalls,
  argumentNames: ['expected'],
  parts(check, [expected]) {
    // `user_id` (the runtime's argument name) for `userId` is the slip to expect: say which field was meant.
    const keys = isPlainObject(expected) ? objectKeys(expected) : [];
    const misspelt = keys.find((key) => !FIELDS.includes(key) && closestName(key, FIELDS) !== undefined);
    if (misspelt !== undefined) {
      const expectedName = check.context.utils.EXPECTED_COLOR('expected');
      const problem = `${expectedName} has an unknown field '${misspelt}' (did you mean '${closestName(misspelt, FIELDS)}'?)`;
      throw matcherError(check.context, check.hint, problem);
    }
    const { userId, connection, attributes, options } = assertOptions(check, 'expected', expected, FIELDS);
    if (userId !== undefined && (connection !== undefined || attributes !== undefined || options !== undefined)) {
      throw matcherError(
        check.context,
        check.hint,
        `${check.context.utils.EXPECTED_COLOR('expected')} must be { userId } (setUserById) or { connection, attributes?, options? } (setUserByConnection), not both`,
      );
    }
    assertTextExpectation(check, 'expected.userId', userId);
    assertTextExpectation(check, 'expected.connection', connection);
    assertObjectExpectation(check, 'expected.attributes', attributes);
    assertObjectExpectation(check, 'expected.options', options);
    const parts: CallPart[] = [];
    if (userId !== undefined)
      parts.push({ name: 'userId', expected: userId, partial: false, valueOf: argumentOf(BY_ID, 0) });
    const byConnection = (name: string, expectedValue: unknown, index: number, partial: boolean): void => {
      if (expectedValue !== undefined)
        parts.push({ name, expected: expectedValue, partial, valueOf: argumentOf(BY_CONNECTION, index) });
    };
    byConnection('connection', connection, 0, false);
    byConnection('attributes', attributes, 1, true);
    byConnection('options', options, 2, true);
    return parts;
  },
});
