import { expect } from 'vitest';

/** What leaks out when code reaches into a value it never checked. */
export const DEEP_CRASH =
  /Cannot read propert|Cannot set propert|is not a function|is not iterable|is not a constructor|Cannot convert|Cannot destructure|Maximum call stack|Do not know how to serialize|circular structure|undefined \(reading|null \(reading|Invalid array length|is not extensible/;

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/**
 * Asserts a TypeError whose message starts with `start` (the function and the argument, e.g.
 * `'mockEvent(): overrides.user'`), then says what was expected and what was received.
 */
export function expectArgumentError(run: () => unknown, start: string): TypeError {
  const error = caught(run);
  expect(error, `nothing was thrown; expected an error starting "${start}"`).toBeInstanceOf(TypeError);
  const { message } = error as TypeError;
  expect(message.slice(0, start.length), message).toBe(start);
  expect(message).not.toMatch(DEEP_CRASH);
  return error as TypeError;
}

export async function expectArgumentRejection(run: () => Promise<unknown>, start: string): Promise<TypeError> {
  let error: unknown;
  try {
    await run();
  } catch (thrown) {
    error = thrown;
  }
  return expectArgumentError(() => {
    if (error !== undefined) throw error;
  }, start);
}
