import { isPlainObject } from '../../util/errors.js';
import type { ShapeProblem } from '../../util/data-shape.js';
import { isArray, isFiniteNumber, stringifyJson } from '../../util/intrinsics.js';
import { isoAt } from './sample-identity.js';

/**
 * What a trigger adds to the rules every event with a `user` follows: connection strategies production never
 * sends on it, and why (quoted in the error).
 */
export interface UserRules {
  readonly refusedStrategies?: { readonly strategies: readonly string[]; readonly reason: string };
}

/** The user's dates, when present: ISO strings, none before `created_at`, none after the event's time. */
const USER_DATES = ['created_at', 'updated_at', 'last_password_reset', 'last_login'] as const;

/** The user's fields the rules below read: an override that reaches none of them cannot break them. */
const USER_FIELDS_CHECKED: readonly string[] = ['user_id', 'identities', ...USER_DATES];

/**
 * Whether `overrides` reach a field userConsistencyProblem reads. A built event is consistent, so an override of
 * `user.app_metadata` alone (the most common one) needs no check: parsing the dates is most of mockEvent's cost.
 */
export function overridesReachUserConsistency(overrides: unknown): boolean {
  if (!isPlainObject(overrides)) return false;
  if (overrides.connection !== undefined) return true;
  const { user } = overrides;
  if (user === undefined) return false;
  if (!isPlainObject(user)) return true;
  return USER_FIELDS_CHECKED.some((field) => field in user);
}

/** `2026-01-15T09:30:00.000Z`, with or without milliseconds, in UTC or with an offset. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Where an event's `user` (and `connection`) could not come from a real tenant, or `undefined`. The runtime builds
 * `user.user_id` as `<identities[0].provider>|<identities[0].user_id>`, sends the connection of one of the user's
 * identities, and never sends a date it has not reached: an override that breaks one of these builds an event
 * production never sends, so it is refused (not derived: the test says which field it meant). `path` is where the
 * event sits in the caller's argument (`overrides`, `options.event`); `at` is the event's time, in ms.
 */
export function userConsistencyProblem(
  event: unknown,
  at: number,
  path: string,
  rules: UserRules = {},
): ShapeProblem | undefined {
  if (!isPlainObject(event) || !isPlainObject(event.user)) return undefined;
  const { user } = event;
  const identities = isArray(user.identities) ? (user.identities as unknown[]) : undefined;
  if (identities && identities.length === 0) {
    return {
      path: `${path}.user.identities`,
      expected: 'at least one identity (the runtime always sends the identity the user signs in with)',
      received: identities,
    };
  }
  const primary = identities?.[0];
  if (isPlainObject(primary) && typeof primary.provider === 'string' && typeof primary.user_id === 'string') {
    const expectedId = `${primary.provider}|${primary.user_id}`;
    if (user.user_id !== expectedId) {
      return {
        path: `${path}.user.user_id`,
        expected: `user.identities[0].provider + '|' + user.identities[0].user_id (${stringifyJson(expectedId)}), as the runtime builds it; for another provider, override user.identities (and connection) too`,
        received: user.user_id,
      };
    }
  }
  return connectionProblem(event.connection, identities ?? [], path, rules) ?? datesProblem(user, at, path);
}

/**
 * `user: { user_id: 'auth0|123' }` alone is the common override, and names one user unambiguously: the primary
 * identity's `user_id` follows it, in place, when the provider before the `|` is that identity's. Any other
 * mismatch (another provider, identities overridden too) is left to userConsistencyProblem to refuse.
 */
export function deriveIdentityFromUserId(event: unknown, overrides: unknown): void {
  if (!isPlainObject(overrides) || !isPlainObject(overrides.user)) return;
  const { user_id: userId, identities: overriddenIdentities } = overrides.user;
  if (typeof userId !== 'string' || overriddenIdentities !== undefined) return;
  const user = isPlainObject(event) ? event.user : undefined;
  const primary = isPlainObject(user) && isArray(user.identities) ? (user.identities as unknown[])[0] : undefined;
  if (!isPlainObject(primary) || typeof primary.provider !== 'string') return;
  const separator = userId.indexOf('|');
  if (separator < 0 || userId.slice(0, separator) !== primary.provider) return;
  primary.user_id = userId.slice(separator + 1);
}

function connectionProblem(
  connection: unknown,
  identities: unknown[],
  path: string,
  rules: UserRules,
): ShapeProblem | undefined {
  if (!isPlainObject(connection)) return undefined;
  const refused = rules.refusedStrategies;
  if (refused && typeof connection.strategy === 'string' && refused.strategies.includes(connection.strategy)) {
    return {
      path: `${path}.connection.strategy`,
      expected: `a strategy this trigger runs for (${refused.reason})`,
      received: connection.strategy,
    };
  }
  const named = identities.filter(
    (identity): identity is Record<string, unknown> =>
      isPlainObject(identity) && typeof identity.connection === 'string',
  );
  if (named.length === 0 || typeof connection.name !== 'string') return undefined;
  const identity = named.find((each) => each.connection === connection.name);
  if (!identity) {
    const names = named.map((each) => stringifyJson(each.connection)).join(', ');
    return {
      path: `${path}.connection.name`,
      expected: `the connection of one of user.identities (${names}): the user signs in through one of them`,
      received: connection.name,
    };
  }
  if (
    typeof identity.provider === 'string' &&
    typeof connection.strategy === 'string' &&
    connection.strategy !== identity.provider
  ) {
    return {
      path: `${path}.connection.strategy`,
      expected: `the provider of the user's identity on that connection (user.identities[${identities.indexOf(identity)}].provider: ${stringifyJson(identity.provider)})`,
      received: connection.strategy,
    };
  }
  return undefined;
}

function datesProblem(user: Record<string, unknown>, at: number, path: string): ShapeProblem | undefined {
  const times: Partial<Record<(typeof USER_DATES)[number], number>> = {};
  for (const name of USER_DATES) {
    const value = user[name];
    if (value === undefined) continue;
    const ms = typeof value === 'string' && ISO_DATE.test(value) ? Date.parse(value) : Number.NaN;
    if (!isFiniteNumber(ms))
      return {
        path: `${path}.user.${name}`,
        expected: 'an ISO 8601 date string such as "2026-01-15T09:30:00.000Z"',
        received: value,
      };
    if (ms > at) {
      return {
        path: `${path}.user.${name}`,
        expected: `at or before the event's time (${isoAt(at)}): the runtime sends no date it has not reached`,
        received: value,
      };
    }
    times[name] = ms;
  }
  const created = times.created_at;
  if (created === undefined) return undefined;
  for (const name of USER_DATES) {
    const ms = times[name];
    if (name === 'created_at' || ms === undefined || ms >= created) continue;
    return {
      path: `${path}.user.created_at`,
      expected: `at or before user.${name} (${stringifyJson(user[name])}): a user is created first`,
      received: user.created_at,
    };
  }
  return undefined;
}
