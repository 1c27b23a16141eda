import { assertTextExpectation } from '../../matchers/arguments.js';
import { callMatcher } from '../../matchers/call-matcher.js';
import type { RawMatcher } from '../../matchers/matcher-context.js';

/**
 * `addScope` / `removeScope` take one scope. The runtime trims it before use (reference E.1.1), so `' read:x '`
 * adds `read:x`, and that is what the expectation is compared with.
 */
export function scopeMatcher(matcherName: string, method: string): RawMatcher {
  return callMatcher({
    matcherName,
    method,
    argumentNames: ['scope'],
    parts(check, [scope]) {
      assertTextExpectation(check, 'scope', scope);
      if (scope === undefined) return [];
      return [
        {
          name: 'scope',
          expected: scope,
          partial: false,
          valueOf: (call) => (typeof call.args[0] === 'string' ? call.args[0].trim() : call.args[0]),
        },
      ];
    },
  });
}
