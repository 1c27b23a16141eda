import { describe, expect, it } from 'vitest';
import { mockEvent, simulate } from '../src/index.js';
import { userConsistencyProblem } from '../src/triggers/common/user-consistency.js';
import { NOW, useFixedDate } from './support/fixed-date.js';

const TRIGGER = 'password-reset-post-challenge';

useFixedDate();

describe('overrides that build a user no tenant could have are refused, naming both fields', () => {
  it.each([
    [
      'a user_id of another provider than the identity',
      { user: { user_id: 'google-oauth2|123' } },
      /^mockEvent\(\): overrides\.user\.user_id must be user\.identities\[0\]\.provider \+ '\|' \+ user\.identities\[0\]\.user_id \("auth0\|[0-9a-f]+"\), as the runtime builds it; for another provider, override user\.identities \(and connection\) too; received the string "google-oauth2\|123"\.$/,
    ],
    [
      'an empty identities array',
      { user: { identities: [] } },
      /^mockEvent\(\): overrides\.user\.identities must be at least one identity/,
    ],
    [
      'created_at after updated_at',
      { user: { created_at: '2026-02-20T00:00:00.000Z', updated_at: '2026-02-10T00:00:00.000Z' } },
      /^mockEvent\(\): overrides\.user\.created_at must be at or before user\.updated_at \("2026-02-10T00:00:00\.000Z"\): a user is created first; received the string "2026-02-20T00:00:00\.000Z"\.$/,
    ],
    [
      'a date after the clock',
      { user: { updated_at: '2026-03-01T12:00:00.001Z' } },
      /^mockEvent\(\): overrides\.user\.updated_at must be at or before the event's time \(2026-03-01T12:00:00\.000Z\): the runtime sends no date it has not reached; received the string "2026-03-01T12:00:00\.001Z"\.$/,
    ],
    [
      'a date that is not a date',
      { user: { created_at: 'yesterday' } },
      /^mockEvent\(\): overrides\.user\.created_at must be an ISO 8601 date string such as "2026-01-15T09:30:00\.000Z"; received the string "yesterday"\.$/,
    ],
    [
      'a date without its time',
      { user: { last_password_reset: '2026-01-02' } },
      /^mockEvent\(\): overrides\.user\.last_password_reset must be an ISO 8601 date string/,
    ],
    [
      'a connection none of the identities is on',
      { connection: { name: 'google-oauth2', strategy: 'google-oauth2' } },
      /^mockEvent\(\): overrides\.connection\.name must be the connection of one of user\.identities \("Username-Password-Authentication"\): the user signs in through one of them; received the string "google-oauth2"\.$/,
    ],
    [
      'a strategy other than the identity provider',
      { connection: { strategy: 'samlp' } },
      /^mockEvent\(\): overrides\.connection\.strategy must be the provider of the user's identity on that connection \(user\.identities\[0\]\.provider: "auth0"\); received the string "samlp"\.$/,
    ],
    [
      'an AD/LDAP connection on a password reset trigger',
      {
        user: {
          user_id: 'ad|corp|jdoe',
          identities: [{ connection: 'corp', provider: 'ad', user_id: 'corp|jdoe', isSocial: false }],
        },
        connection: { name: 'corp', strategy: 'ad' },
      },
      /^mockEvent\(\): overrides\.connection\.strategy must be a strategy this trigger runs for \(Password Reset triggers do not support AD\/LDAP connections\); received the string "ad"\.$/,
    ],
  ])('%s', (_label, overrides, message) => {
    const call = () => mockEvent(TRIGGER, overrides as never);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('refuses them in simulate() too, naming options.event', async () => {
    await expect(
      simulate({ onExecutePostChallenge: async () => {} }, { trigger: TRIGGER, event: { user: { identities: [] } } }),
    ).rejects.toThrow(/^simulate\(\): options\.event\.user\.identities must be at least one identity/);
  });

  it("judges dates against options.now, the event's own time", () => {
    expect(() =>
      mockEvent(
        TRIGGER,
        { user: { updated_at: '2020-01-01T00:00:00.000Z' } },
        { now: Date.parse('2019-01-01T00:00:00.000Z') },
      ),
    ).toThrow(/must be at or before the event's time \(2019-01-01/);
  });
});

describe('overrides that keep the user consistent are accepted', () => {
  it("derives the identity's user_id from a user_id of the same provider, the common override", () => {
    const event = mockEvent(TRIGGER, { user: { user_id: 'auth0|5f7c8ec7c33c6c004bbafe82' } });
    expect(event.user.user_id).toBe('auth0|5f7c8ec7c33c6c004bbafe82');
    expect(event.user.identities[0]).toMatchObject({ provider: 'auth0', user_id: '5f7c8ec7c33c6c004bbafe82' });
  });

  it('takes another provider given together with its identity and connection', () => {
    const event = mockEvent(TRIGGER, {
      user: {
        user_id: 'google-oauth2|123',
        identities: [{ connection: 'google-oauth2', provider: 'google-oauth2', user_id: '123', isSocial: true }],
      },
      connection: { name: 'google-oauth2', strategy: 'google-oauth2' },
    });
    expect(event.user.user_id).toBe('google-oauth2|123');
  });

  it('takes dates in order, up to the clock, with an offset too', () => {
    const event = mockEvent(TRIGGER, {
      user: {
        created_at: '2025-01-01T00:00:00+02:00',
        updated_at: new Date(NOW).toISOString(),
        last_password_reset: '2025-06-01T00:00:00Z',
      },
    });
    expect(event.user.updated_at).toBe(new Date(NOW).toISOString());
  });

  it('leaves events whose overrides touch neither the user nor the connection unchecked (the built ones are consistent)', () => {
    expect(() => mockEvent(TRIGGER, { stats: { logins_count: 3 } })).not.toThrow();
  });

  it('takes per-trigger rules as a parameter: a trigger without them accepts AD/LDAP', () => {
    const event = {
      user: {
        user_id: 'ad|corp|jdoe',
        identities: [{ connection: 'corp', provider: 'ad', user_id: 'corp|jdoe' }],
        created_at: '2025-01-01T00:00:00.000Z',
      },
      connection: { name: 'corp', strategy: 'ad' },
    };
    expect(userConsistencyProblem(event, NOW, 'event')).toBeUndefined();
    expect(
      userConsistencyProblem(event, NOW, 'event', { refusedStrategies: { strategies: ['ad'], reason: 'no AD here' } })
        ?.path,
    ).toBe('event.connection.strategy');
  });
});
