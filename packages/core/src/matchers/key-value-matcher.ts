import { assertTextExpectation } from './arguments.js';
import { callMatcher, type CallPart } from './call-matcher.js';
import type { RawMatcher } from './matcher-context.js';

/**
 * A matcher for a method that writes one value under a key (`user.setUserMetadata`, `idToken.setCustomClaim`,
 * `transaction.setMetadata`): the key is text (exact, a RegExp or an asymmetric matcher); the value is compared
 * exactly, as the Action passed it (`null`, which deletes the key, included), so a test can tell a write from a
 * deletion. Either left out is not checked.
 */
export function keyValueMatcher(matcherName: string, method: string): RawMatcher {
  return callMatcher({
    matcherName,
    method,
    argumentNames: ['key', 'value'],
    parts(check, [key, value]) {
      assertTextExpectation(check, 'key', key);
      const parts: CallPart[] = [];
      if (key !== undefined)
        parts.push({ name: 'key', expected: key, partial: false, valueOf: (call) => call.args[0] });
      if (value !== undefined)
        parts.push({ name: 'value', expected: value, partial: false, valueOf: (call) => call.args[1] });
      return parts;
    },
  });
}
