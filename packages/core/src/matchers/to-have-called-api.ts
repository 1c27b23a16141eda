import { callMatcher, type CallPart } from './call-matcher.js';
import type { MatcherContext, MatcherResult } from './matcher-context.js';
import { matcherError, hintOf } from './matcher-error.js';
import { receivedLabel, subjectOf } from './received.js';

const METHOD_PATH = /^[a-zA-Z]+(\.[a-zA-Z]+)+$/;

/** The matcher for one method path, made once per path: a suite asks for the same few again and again. */
const byMethod = new Map<string, ReturnType<typeof callMatcher>>();

function matcherFor(method: string): ReturnType<typeof callMatcher> {
  let matcher = byMethod.get(method);
  if (!matcher) {
    matcher = callMatcher({
      matcherName: 'toHaveCalledApi',
      method,
      argumentNames: ['method', 'args'],
      variadic: true,
      parts(_check, [, ...args]) {
        // Each argument the test gives is compared with the call's argument at that place; later ones are not checked.
        return args.map((expected, index): CallPart => ({
          name: `args[${index}]`,
          expected,
          partial: false,
          valueOf: (call) => call.args[index],
        }));
      },
    });
    byMethod.set(method, matcher);
  }
  return matcher;
}

/**
 * `expect(api).toHaveCalledApi('session.setCookieMode', 'persistent')`: any recorded method of any trigger, by its
 * path, its arguments compared like the other matchers' (asymmetric matchers, RegExps); arguments left out are not
 * checked. Nothing in any api is out of a test's reach.
 */
export function toHaveCalledApi(
  this: MatcherContext,
  received: unknown,
  method?: unknown,
  ...args: unknown[]
): MatcherResult {
  if (typeof method !== 'string' || !METHOD_PATH.test(method)) {
    const hint = hintOf(this, 'toHaveCalledApi', () => receivedLabel(received), ['method']);
    // A wrong received value is the first mistake to report, as for every other matcher.
    subjectOf(this, hint, received);
    const { EXPECTED_COLOR, printWithType, printExpected } = this.utils;
    const shown =
      typeof method === 'string' && method.startsWith('api.')
        ? ` (leave out the "api." prefix: '${method.slice(4)}')`
        : '';
    throw matcherError(
      this,
      hint,
      `${EXPECTED_COLOR('method')} must be a method path like 'access.deny' or 'session.setCookieMode'${shown}`,
      printWithType('method', method, printExpected),
    );
  }
  return matcherFor(method).call(this, received, method, ...args);
}
