import type { MatcherContext, Tester } from './matcher-context.js';
import { OBJECT_PROTOTYPE } from '../util/intrinsics.js';

export function isAsymmetricMatcher(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { asymmetricMatch?: unknown }).asymmetricMatch === 'function'
  );
}

export function isRegExp(value: unknown): value is RegExp {
  // By tag, not instanceof: a RegExp from Jest's sandbox realm is not an instance of the host's RegExp.
  return OBJECT_PROTOTYPE.toString.call(value) === '[object RegExp]';
}

/** Tests without the `g`/`y` flags, so the user's RegExp keeps its `lastIndex` and every test starts at 0. */
function regExpTests(pattern: RegExp, text: string): boolean {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text);
}

/** A RegExp in an expected position tests a received string, at any depth. */
const regExpTester: Tester = (a, b) => {
  if (isRegExp(b) && typeof a === 'string') return regExpTests(b, a);
  if (isRegExp(a) && typeof b === 'string') return regExpTests(a, b);
  return undefined;
};

/** `toEqual`'s equality, with the user's testers, plus RegExps testing strings. */
export function matchesExactly(context: MatcherContext, received: unknown, expected: unknown): boolean {
  return context.equals(received, expected, [
    ...(context.customTesters ?? []),
    regExpTester,
    context.utils.iterableEquality,
  ]);
}

/**
 * `toMatchObject`'s equality: objects in `expected` need only their own keys in `received`. The RegExp tester
 * comes before `subsetEquality`, which would otherwise treat a RegExp as an object with no keys and match anything.
 */
export function matchesPartially(context: MatcherContext, received: unknown, expected: unknown): boolean {
  return context.equals(received, expected, [
    ...(context.customTesters ?? []),
    regExpTester,
    context.utils.iterableEquality,
    context.utils.subsetEquality,
  ]);
}

export function matches(context: MatcherContext, received: unknown, expected: unknown, partial: boolean): boolean {
  return partial ? matchesPartially(context, received, expected) : matchesExactly(context, received, expected);
}
