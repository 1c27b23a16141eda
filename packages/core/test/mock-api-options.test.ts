import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, TRIGGER_IDS, mockApi, mockEvent } from '../src/index.js';
import { internalsOf } from '../src/api/api-context.js';
import { useFixedDate } from './support/fixed-date.js';

// Events are built at the clock: two built a millisecond apart differ in their times.
useFixedDate();

const TRIGGER = 'password-reset-post-challenge';

describe('mockApi options', () => {
  it('uses the default mockEvent(trigger) when no event is given', () => {
    expect(internalsOf(mockApi(TRIGGER))?.event).toEqual(mockEvent(TRIGGER));
  });

  it('acts on the very event object it was given, so a test can change it afterwards', () => {
    const event = mockEvent(TRIGGER);
    const api = mockApi(TRIGGER, { event });
    expect(internalsOf(api)?.event).toBe(event);
  });

  it('uses the default limits unless told otherwise', () => {
    expect(internalsOf(mockApi(TRIGGER))?.limits).toMatchObject({
      maxPromptIdLength: DEFAULT_LIMITS.maxPromptIdLength,
      maxPromptProperties: DEFAULT_LIMITS.maxPromptProperties,
      maxPromptOptionsBytes: DEFAULT_LIMITS.maxPromptOptionsBytes,
    });
  });

  it.each([
    [
      'an unknown trigger',
      ['user-deleted'],
      new RegExp(
        `^mockApi\\(\\): trigger must be a supported trigger id \\(${TRIGGER_IDS.map((id) => `'${id}'`).join(', ')}\\); received the string "user-deleted"\\.$`,
      ),
    ],
    [
      'options that are not an object',
      [TRIGGER, 'event'],
      /^mockApi\(\): options must be an object like \{ event, cache, limits \}; received the string "event"\.$/,
    ],
    [
      'an event that is not an object',
      [TRIGGER, { event: [] }],
      /^mockApi\(\): options\.event must be an event object \(see mockEvent\(\)\); received an array \(0 items\)\.$/,
    ],
    [
      'an event without user',
      [TRIGGER, { event: {} }],
      /^mockApi\(\): options\.event\.user must be an object \(see mockEvent\(\)\); received undefined\.$/,
    ],
    [
      'an event without user.user_id',
      [TRIGGER, { event: { user: {}, request: {} } }],
      /^mockApi\(\): options\.event\.user\.user_id must be a string; received undefined\.$/,
    ],
    [
      'an event without request',
      [TRIGGER, { event: { user: { user_id: 'auth0|1' } } }],
      /^mockApi\(\): options\.event\.request must be an object \(see mockEvent\(\)\); received undefined\.$/,
    ],
    [
      'limits that are not an object',
      [TRIGGER, { limits: 5 }],
      /^mockApi\(\): options\.limits must be an object of limits; received the number 5\.$/,
    ],
    [
      'an unknown limit',
      [TRIGGER, { limits: { maxPromptIdLen: 5 } }],
      /^mockApi\(\): options\.limits\.maxPromptIdLen must be a known limit/,
    ],
    [
      'a negative prompt limit',
      [TRIGGER, { limits: { maxPromptIdLength: -1 } }],
      /^mockApi\(\): options\.limits\.maxPromptIdLength must be a non-negative number; received the number -1\.$/,
    ],
    [
      'a string flow limit',
      [TRIGGER, { limits: { executionTimeoutMs: '20s' } }],
      /^mockApi\(\): options\.limits\.executionTimeoutMs must be a non-negative number/,
    ],
  ])('rejects %s with a TypeError naming mockApi() and the argument', (_name, args, message) => {
    const call = () => (mockApi as (...a: unknown[]) => unknown)(...args);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('accepts a hand-built event with just the user and request the api reads', () => {
    const api = mockApi(TRIGGER, {
      event: { user: { user_id: 'auth0|1' }, request: { ip: '192.0.2.1', query: {}, body: {} } } as never,
    });
    expect(api.access.deny('x')).toBeUndefined();
  });
});
