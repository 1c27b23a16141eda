import type { MatcherContext, MatcherResult, RawMatcher } from './matcher-context.js';
import { FailedSimulationVerdict } from './received.js';

/**
 * A matcher misuse is thrown from deep inside the library; runners show the code frame of the first stack frame
 * outside node_modules, which in a workspace or a linked install is ours. Restarting the stack at the matcher's
 * caller makes the frame the user's `expect(...)` line, as for a failed expectation.
 */
export function userFacing(matcher: RawMatcher): RawMatcher {
  const wrapped = function (this: MatcherContext, received: unknown, ...expected: unknown[]): MatcherResult {
    try {
      return matcher.call(this, received, ...expected);
    } catch (error) {
      if (error instanceof FailedSimulationVerdict) return error.result;
      if (error instanceof Error && typeof Error.captureStackTrace === 'function')
        Error.captureStackTrace(error, wrapped);
      throw error;
    }
  };
  return wrapped;
}
