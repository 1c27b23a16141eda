import { assertTextExpectation } from '../../matchers/arguments.js';
import { callMatcher, type CallPart } from '../../matchers/call-matcher.js';

/** `expect(api).toHaveRaisedValidationError(code?, message?)`: `api.validation.error(errorCode, errorMessage)`. */
export const toHaveRaisedValidationError = callMatcher({
  matcherName: 'toHaveRaisedValidationError',
  method: 'validation.error',
  argumentNames: ['code', 'message'],
  parts(check, [code, message]) {
    assertTextExpectation(check, 'code', code);
    assertTextExpectation(check, 'message', message);
    const parts: CallPart[] = [];
    if (code !== undefined)
      parts.push({ name: 'code', expected: code, partial: false, valueOf: (call) => call.args[0] });
    if (message !== undefined)
      parts.push({ name: 'message', expected: message, partial: false, valueOf: (call) => call.args[1] });
    return parts;
  },
});
