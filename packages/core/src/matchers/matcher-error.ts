import type { MatcherContext } from './matcher-context.js';

/** The hint line (`expect(api).not.toRedirectTo(url, options)`), printed only when a message or an error needs it. */
export type Hint = () => string;

/**
 * A mistake in how a matcher was used (not a failed expectation): thrown whether or not `.not` is set, in the
 * layout Jest's own matchers use, so it reads like any other matcher error.
 */
export function matcherError(context: MatcherContext, hint: Hint, problem: string, details?: string): Error {
  const { BOLD_WEIGHT } = context.utils;
  const body = `${hint()}\n\n${BOLD_WEIGHT('Matcher error')}: ${problem}`;
  return new Error(details ? `${body}\n\n${details}` : body);
}

/**
 * `expect(api).not.toRedirectTo(url, options)`, naming only the arguments the test passed. `isNot` and `promise`
 * are read now, as the assertion runs; the line itself is built on first use, since a passing assertion never
 * shows it.
 */
export function hintOf(
  context: MatcherContext,
  matcherName: string,
  receivedLabel: () => string,
  argumentNames: readonly string[],
): Hint {
  const options: { isNot: boolean; promise?: string; secondArgument?: string } = { isNot: !!context.isNot };
  if (context.promise) options.promise = context.promise;
  if (argumentNames[1] !== undefined) options.secondArgument = argumentNames[1];
  let hint: string | undefined;
  return () => (hint ??= context.utils.matcherHint(matcherName, receivedLabel(), argumentNames[0] ?? '', options));
}
