import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mockEvent } from '../../src/index.js';
import { overriddenShapeProblem, shapeProblem } from '../../src/util/data-shape.js';
import { mergeOverridesInto } from '../../src/util/deep-merge.js';
import { definition as passwordResetPostChallenge } from '../../src/triggers/password-reset-post-challenge/index.js';
import { TRIGGER } from './support/continue-request.js';
import { postChallengeEventProblem } from './support/event-shape.js';

/**
 * Random overrides for mockEvent(): each either yields an event the runtime could send (every field of
 * reference A.2 present with its type, JSON data only) or is refused with an argument error naming mockEvent().
 * A mock that builds an impossible event lets a test pass on input production never produces.
 */
const base = mockEvent(TRIGGER) as unknown as Record<string, unknown>;

type Path = string[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every path to a field of the default event (arrays are leaves: overrides replace them whole). */
function pathsOf(value: Record<string, unknown>, prefix: Path = []): Path[] {
  return Object.entries(value).flatMap(([key, item]) => {
    const path = [...prefix, key];
    return isObject(item) ? [path, ...pathsOf(item, path)] : [path];
  });
}

function valueAt(path: Path): unknown {
  return path.reduce<unknown>((current, key) => (isObject(current) ? current[key] : undefined), base);
}

const PATHS = pathsOf(base);

class NotData {
  readonly kind = 'instance';
}

/** A value of the same kind as the field already holds. */
function sameKind(current: unknown): fc.Arbitrary<unknown> {
  if (typeof current === 'string') return fc.string({ maxLength: 30 });
  if (typeof current === 'number') return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
  if (typeof current === 'boolean') return fc.boolean();
  // Fresh values on every run: overridesFrom() writes later assignments into earlier ones, and a value shared by
  // every run (fc.constant) would carry those writes into the next runs.
  if (Array.isArray(current)) return fc.constant(null).map(() => structuredClone(current));
  if (isObject(current)) return fc.constant(null).map(() => ({}));
  return fc.jsonValue();
}

const notJson = fc
  .constantFrom<() => unknown>(
    () => NaN,
    () => Infinity,
    () => -Infinity,
    () => 10n,
    () => new Date(0),
    () => new Map([['a', 1]]),
    () => new Set([1]),
    () => /re/,
    () => new NotData(),
    () => new Uint8Array(2),
  )
  .map((make) => make());

function valueFor(path: Path): fc.Arbitrary<unknown> {
  const current = valueAt(path);
  return fc.oneof(
    { weight: 4, arbitrary: sameKind(current) },
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: notJson },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), {
        maxKeys: 2,
      }),
    },
  );
}

const existingPath = fc.constantFrom(...PATHS);
const newPath = fc
  .tuple(fc.constantFrom(...PATHS.filter((path) => isObject(valueAt(path)))), fc.stringMatching(/^[a-z_]{1,10}$/))
  .map(([path, key]) => [...path, key]);

const assignment = fc
  .oneof({ weight: 4, arbitrary: existingPath }, { weight: 1, arbitrary: newPath })
  .chain((path) => valueFor(path).map((value) => ({ path, value })));

function overridesFrom(assignments: Array<{ path: Path; value: unknown }>): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  for (const { path, value } of assignments) {
    let target = overrides;
    for (const key of path.slice(0, -1)) {
      if (!isObject(target[key])) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[path.at(-1) as string] = value;
  }
  return overrides;
}

function outcome(run: () => unknown): { threw: false; value: unknown } | { threw: true; error: unknown } {
  try {
    return { threw: false, value: run() };
  } catch (error) {
    return { threw: true, error };
  }
}

describe('mockEvent() under random overrides (fast-check)', () => {
  it('returns an event the runtime could send, or throws a TypeError naming mockEvent() and the override', () => {
    fc.assert(
      fc.property(fc.array(assignment, { minLength: 1, maxLength: 4 }), (assignments) => {
        const overrides = overridesFrom(assignments);
        const result = outcome(() => mockEvent(TRIGGER, overrides as never));
        if (result.threw) {
          expect(result.error).toBeInstanceOf(TypeError);
          expect((result.error as Error).message).toMatch(/^mockEvent\(\): overrides/);
        } else {
          expect(postChallengeEventProblem(result.value)).toBeUndefined();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('checks only what the overrides reached, and refuses exactly the events a check of the whole event refuses', () => {
    const shape = passwordResetPostChallenge.eventShape;
    fc.assert(
      fc.property(fc.array(assignment, { minLength: 1, maxLength: 4 }), (assignments) => {
        const overrides = overridesFrom(assignments);
        let merged: Record<string, unknown>;
        try {
          merged = mergeOverridesInto(structuredClone(base), overrides, 'mockEvent()');
        } catch {
          return; // Not data at all: the merge refuses it before any shape check.
        }
        const targeted = overriddenShapeProblem(merged, overrides, shape, 'overrides');
        const whole = shapeProblem(merged, shape, 'overrides');
        expect(targeted === undefined, `targeted: ${targeted?.path}, whole: ${whole?.path}`).toBe(whole === undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every override that keeps each field its type, and the event shows it (control: not everything is refused)', () => {
    // Fields tied to others (user_id to the identity, connection to an identity, dates to each other and the
    // clock) have their own rules: test/user-consistency.test.ts.
    const tied =
      /^(user\.(user_id|created_at|updated_at|last_password_reset|identities.*)|connection\.(name|strategy))$/;
    const wellTyped = existingPath
      .filter((path) => !isObject(valueAt(path)) && !tied.test(path.join('.')))
      .chain((path) => sameKind(valueAt(path)).map((value) => ({ path, value })));
    fc.assert(
      fc.property(fc.array(wellTyped, { minLength: 1, maxLength: 4 }), (assignments) => {
        const overrides = overridesFrom(assignments);
        const event = mockEvent(TRIGGER, overrides as never);
        expect(postChallengeEventProblem(event)).toBeUndefined();
        for (const { path, value } of assignments.filter(
          (a, i) => assignments.findLastIndex((b) => b.path.join('.') === a.path.join('.')) === i,
        )) {
          expect(path.reduce<unknown>((current, key) => (current as Record<string, unknown>)[key], event)).toEqual(
            value,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the default event of every seed is one the runtime could send', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer()), (seed) => {
        expect(postChallengeEventProblem(mockEvent(TRIGGER, {}, { seed }))).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
