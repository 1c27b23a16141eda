import { FACTOR_TYPES } from '../mechanisms/challenge/factor-selector.js';
import { isPlainObject } from '../util/errors.js';
import { isAsymmetricMatcher, isRegExp } from './equality.js';
import type { MatcherContext } from './matcher-context.js';
import type { Redact } from '../util/redaction.js';
import { matcherError, type Hint } from './matcher-error.js';
import { isArray, objectKeys } from '../util/intrinsics.js';

/** What a matcher needs to report a misuse: its `this`, the hint line naming the call, and the secrets to hide. */
export interface ArgumentCheck {
  context: MatcherContext;
  hint: Hint;
  redact: Redact;
}

/** The names of the arguments the test passed, up to the last one that is not `undefined`. */
export function passedArgumentNames(names: readonly string[], args: readonly unknown[]): string[] {
  let last = args.length - 1;
  while (last >= 0 && args[last] === undefined) last -= 1;
  return names.slice(0, last + 1);
}

/** Matchers reject extra arguments instead of ignoring them: a stray argument is usually a misplaced option. */
export function assertArity(
  check: ArgumentCheck,
  matcherName: string,
  names: readonly string[],
  args: readonly unknown[],
): void {
  if (args.length <= names.length) return;
  const { printReceived } = check.context.utils;
  const signature =
    names.length === 0
      ? 'no arguments'
      : `at most ${names.length} argument${names.length === 1 ? '' : 's'} (${names.join(', ')})`;
  const extra = args
    .slice(names.length)
    .map((value) => `  ${printReceived(check.redact(value))}`)
    .join('\n');
  throw matcherError(
    check.context,
    check.hint,
    `${matcherName} takes ${signature}, but received ${args.length}`,
    `Extra arguments:\n${extra}`,
  );
}

function invalid(check: ArgumentCheck, name: string, expected: string, value: unknown): Error {
  const { EXPECTED_COLOR, printWithType, printExpected } = check.context.utils;
  return matcherError(
    check.context,
    check.hint,
    `${EXPECTED_COLOR(name)} must be ${expected}`,
    printWithType(name, check.redact(value), printExpected),
  );
}

const TEXT = 'a string, a RegExp or an asymmetric matcher (expect.stringContaining(...), expect.any(String))';

/** `undefined` (not checked), a string (exact), a RegExp (tested) or an asymmetric matcher. */
export function assertTextExpectation(check: ArgumentCheck, name: string, value: unknown): void {
  if (value === undefined || typeof value === 'string' || isRegExp(value) || isAsymmetricMatcher(value)) return;
  throw invalid(check, name, TEXT, value);
}

/** `undefined` or a plain object (compared partially, each value any expectation) or an asymmetric matcher. */
export function assertObjectExpectation(check: ArgumentCheck, name: string, value: unknown): void {
  if (value === undefined || isPlainObject(value) || isAsymmetricMatcher(value)) return;
  throw invalid(
    check,
    name,
    'an object (matched partially) or an asymmetric matcher (expect.objectContaining(...))',
    value,
  );
}

/** An options object whose keys are all known: a misspelt option fails loudly instead of checking nothing. */
export function assertOptions(
  check: ArgumentCheck,
  name: string,
  value: unknown,
  keys: readonly string[],
): Record<string, unknown> {
  if (value === undefined) return {};
  const shape = (): string => `{ ${keys.map((key) => `${key}?`).join(', ')} }`;
  if (!isPlainObject(value)) throw invalid(check, name, `an object like ${shape()}`, value);
  const unknown = objectKeys(value).filter((key) => !keys.includes(key));
  if (unknown.length > 0) {
    throw invalid(
      check,
      name,
      `an object like ${shape()}; unknown option ${unknown.map((key) => `'${key}'`).join(', ')}`,
      value,
    );
  }
  return value;
}

/** What a factor expectation may be, for a matcher whose method takes those factor types. */
const factorShapes = (types: readonly string[]): string =>
  `a factor type (${types.map((type) => `'${type}'`).join(', ')}), a selector like { type: 'otp' } or an asymmetric matcher`;

/** SMS and voice are methods of the `phone` factor, a frequent slip. */
function phoneHint(type: unknown): string {
  return type === 'sms' || type === 'voice'
    ? `. For ${type}, expect { type: 'phone', options: { preferredMethod: '${type}' } }`
    : '';
}

/**
 * Turns the shorthand `'otp'` into `{ type: 'otp' }`; rejects a type the method does not take (`types`: every
 * factor type by default; enrollment takes no `'email'`).
 */
export function factorExpectation(
  check: ArgumentCheck,
  name: string,
  value: unknown,
  types: readonly string[] = FACTOR_TYPES,
): unknown {
  if (value === undefined || isAsymmetricMatcher(value)) return value;
  if (typeof value === 'string') {
    if (!types.includes(value)) throw invalid(check, name, `${factorShapes(types)}${phoneHint(value)}`, value);
    return { type: value };
  }
  if (isPlainObject(value)) {
    const { type } = value;
    if (typeof type === 'string' ? types.includes(type) : isAsymmetricMatcher(type)) return value;
    throw invalid(
      check,
      `${name}.type`,
      `one of ${types.map((known) => `'${known}'`).join(', ')} or an asymmetric matcher${phoneHint(type)}`,
      type,
    );
  }
  throw invalid(check, name, factorShapes(types), value);
}

/** A list of factors (each a type or a selector) or an asymmetric matcher for the whole list. */
export function factorListExpectation(
  check: ArgumentCheck,
  name: string,
  value: unknown,
  types: readonly string[] = FACTOR_TYPES,
): unknown {
  if (value === undefined || isAsymmetricMatcher(value)) return value;
  if (!isArray(value))
    throw invalid(check, name, 'an array of factor types or selectors, or an asymmetric matcher', value);
  return value.map((item, index) => factorExpectation(check, `${name}[${index}]`, item, types));
}
