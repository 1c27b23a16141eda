import { assertTextExpectation } from '../../matchers/arguments.js';
import { callMatcher } from '../../matchers/call-matcher.js';

/** `expect(api).toHaveSetPrimaryUser(userId?)`: `api.authentication.setPrimaryUser(primary_user_id)`. */
export const toHaveSetPrimaryUser = callMatcher({
  matcherName: 'toHaveSetPrimaryUser',
  method: 'authentication.setPrimaryUser',
  argumentNames: ['userId'],
  parts(check, [userId]) {
    assertTextExpectation(check, 'userId', userId);
    return userId === undefined
      ? []
      : [{ name: 'userId', expected: userId, partial: false, valueOf: (call) => call.args[0] }];
  },
});
