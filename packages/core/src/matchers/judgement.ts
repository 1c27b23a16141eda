import { isPlainObject } from '../util/errors.js';
import { isAsymmetricMatcher, isRegExp, matches } from './equality.js';
import type { MatcherContext } from './matcher-context.js';
import { isArray, mathMax, mathMin, objectKeys } from '../util/intrinsics.js';

/** One thing a matcher checks, such as a deny's reason or a redirect's query. */
export interface ExpectedPart {
  /** Its name in messages: `reason`, `url`, `query`... */
  name: string;
  /** As the test gave it (shorthand expanded): a value, a RegExp or an asymmetric matcher. */
  expected: unknown;
  /** Objects in `expected` need only their own keys in the received value (`toMatchObject`'s rule). */
  partial: boolean;
}

/** Something recorded that may satisfy the expectation: a call, or a cache entry. */
export interface Candidate {
  /** How its line in a list starts: `1st call`, or a cache key. */
  title: string;
  /** How a sentence names it, when the title alone does not: `the entry "key"`. Default: `the <title>`. */
  label?: string;
  /** How it prints in a message. */
  text: string;
  /** The received value for each part, in the order of the parts. */
  values: unknown[];
}

export interface Judgement {
  matching: Candidate[];
  /** The candidate nearest to the expectation when none matches, with the indexes of the parts that differ. */
  closest?: { candidate: Candidate; mismatched: number[] };
}

/** Whether received values (one per part, in order) satisfy every part: the pass/fail decision, nothing printed. */
export function satisfies(
  context: MatcherContext,
  parts: readonly ExpectedPart[],
  values: readonly unknown[],
): boolean {
  return parts.every((part, index) => matches(context, values[index], part.expected, part.partial));
}

/**
 * The full verdict a message needs: every matching candidate (a `.not` points at each), and, only when none
 * matches, the closest one. Scoring uses an edit distance, so it runs inside `message()`, never on the pass path.
 */
export function judge(
  context: MatcherContext,
  parts: readonly ExpectedPart[],
  candidates: readonly Candidate[],
): Judgement {
  const verdicts = candidates.map((candidate) => ({
    candidate,
    mismatched: mismatchedParts(context, parts, candidate.values),
  }));
  const matching = verdicts.filter((verdict) => verdict.mismatched.length === 0).map((verdict) => verdict.candidate);
  if (matching.length > 0 || verdicts.length === 0) return { matching };
  return { matching, closest: closestOf(context, parts, verdicts) };
}

function mismatchedParts(
  context: MatcherContext,
  parts: readonly ExpectedPart[],
  values: readonly unknown[],
): number[] {
  const mismatched: number[] = [];
  parts.forEach((part, index) => {
    if (!matches(context, values[index], part.expected, part.partial)) mismatched.push(index);
  });
  return mismatched;
}

/** A matched part scores 1, a mismatched one just under its similarity; the first best candidate wins ties. */
function closestOf(
  context: MatcherContext,
  parts: readonly ExpectedPart[],
  verdicts: ReadonlyArray<{ candidate: Candidate; mismatched: number[] }>,
): Judgement['closest'] {
  let closest: Judgement['closest'];
  let bestScore = -1;
  for (const { candidate, mismatched } of verdicts) {
    let score = 0;
    // Summed in part order, so ties between candidates resolve exactly as they always have.
    parts.forEach((part, index) => {
      score += mismatched.includes(index) ? 0.99 * similarity(context, part, candidate.values[index]) : 1;
    });
    if (score > bestScore) {
      bestScore = score;
      closest = { candidate, mismatched };
    }
  }
  return closest;
}

/** A rough 0..1 nearness, only to choose which candidate to diff against. */
function similarity(context: MatcherContext, part: ExpectedPart, received: unknown): number {
  const { expected } = part;
  if (typeof expected === 'string' && typeof received === 'string') return textSimilarity(expected, received);
  if (isPlainObject(expected) && isPlainObject(received)) {
    const keys = objectKeys(expected);
    if (keys.length === 0) return 0;
    const hits = keys.filter(
      (key) => key in received && matches(context, received[key], expected[key], part.partial),
    ).length;
    return hits / keys.length;
  }
  if (isArray(expected) && isArray(received) && expected.length > 0) {
    const hits = expected.filter(
      (item, index) => index < received.length && matches(context, received[index], item, part.partial),
    ).length;
    return hits / mathMax(expected.length, received.length);
  }
  return 0;
}

const MAX_COMPARED_LENGTH = 256;

/** 1 - (edit distance / longer length), on the first 256 characters. */
function textSimilarity(a: string, b: string): number {
  const left = a.slice(0, MAX_COMPARED_LENGTH);
  const right = b.slice(0, MAX_COMPARED_LENGTH);
  const longer = mathMax(left.length, right.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(mathMin((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return 1 - (previous[right.length] as number) / longer;
}

/**
 * The received value reshaped for a diff against `expected`: what matches is replaced by the expectation (so it
 * shows as unchanged, asymmetric matchers and RegExps included), and in a partial match the keys the test did not
 * name are left out, unless a key it named is missing: then one of the others may be the same thing misnamed
 * (`token` for `session_token`), so they all show. What remains in the diff is what actually differs.
 */
export function alignForDiff(context: MatcherContext, expected: unknown, received: unknown, partial: boolean): unknown {
  if (matches(context, received, expected, partial)) return expected;
  if (isPlainObject(expected) && isPlainObject(received)) {
    const expectedKeys = objectKeys(expected);
    const keepOthers = !partial || expectedKeys.some((key) => !(key in received));
    const keys = keepOthers ? [...new Set([...expectedKeys, ...objectKeys(received)])] : expectedKeys;
    const aligned: Record<string, unknown> = {};
    for (const key of keys) {
      if (!(key in received)) continue;
      aligned[key] = key in expected ? alignForDiff(context, expected[key], received[key], partial) : received[key];
    }
    return aligned;
  }
  if (isArray(expected) && isArray(received)) {
    return received.map((item, index) =>
      index < expected.length ? alignForDiff(context, expected[index], item, partial) : item,
    );
  }
  return received;
}

/** Whether a line diff says more than "Expected: x / Received: y". */
export function isDiffable(expected: unknown, received: unknown): boolean {
  if (isRegExp(expected) || isAsymmetricMatcher(expected)) return false;
  if (typeof expected === 'string' && typeof received === 'string')
    return expected.includes('\n') || received.includes('\n');
  const structured = (value: unknown): boolean => isPlainObject(value) || isArray(value);
  return structured(expected) && structured(received);
}
