/**
 * The part of a matcher's `this` that Jest's `expect` and Vitest's share. The matchers use nothing else, so one
 * implementation runs under both (and under the standalone `expect` package).
 */

/** A custom equality tester, as `expect.addEqualityTesters` takes them. */
// `any` as both runners declare it: with `unknown`, neither runner's MatcherContext is assignable to ours.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Tester = (this: any, a: any, b: any, customTesters: Tester[]) => boolean | undefined;

/** A colour helper (chalk in Jest, tinyrainbow in Vitest). */
export type Colour = (text: string) => string;

export interface MatcherHintOptions {
  isNot?: boolean;
  promise?: string;
  secondArgument?: string;
  comment?: string;
}

export interface MatcherUtils {
  matcherHint(matcherName: string, received?: string, expected?: string, options?: MatcherHintOptions): string;
  printReceived(value: unknown): string;
  printExpected(value: unknown): string;
  printWithType(name: string, value: unknown, print: (value: unknown) => string): string;
  /** `diff(expected, received)`: the argument order both runners agree on. */
  diff(expected: unknown, received: unknown): string | null | undefined;
  EXPECTED_COLOR: Colour;
  RECEIVED_COLOR: Colour;
  BOLD_WEIGHT: Colour;
  DIM_COLOR: Colour;
  iterableEquality: Tester;
  subsetEquality: Tester;
}

export interface MatcherContext {
  /** Optional in Jest's types, required in Vitest's: read it as `!!this.isNot`. */
  isNot?: boolean;
  promise?: string;
  equals(a: unknown, b: unknown, customTesters?: Tester[], strictCheck?: boolean): boolean;
  customTesters?: Tester[];
  utils: MatcherUtils;
}

export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** What `expect.extend` receives: a synchronous matcher (Vitest 5 fails unawaited async assertions). */
export type RawMatcher = (this: MatcherContext, received: unknown, ...expected: unknown[]) => MatcherResult;
