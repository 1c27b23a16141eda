import { recordedCall, type ApiContext, type ApiInternals } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import type { TriggerOption } from '../definition.js';
import { argumentError, namedRuntimeMessage } from '../../util/errors.js';

export interface SetUserIdApi<R> {
  /**
   * The id the new user's database identity gets, without the `auth0|` prefix Auth0 adds to the root `user_id`
   * (Early Access; in the harness, not in the `@auth0/actions` types). 1 to 255 of `a-z A-Z 0-9 @ . _ + -`.
   */
  setUserId(userId: string): R;
}

const USER_ID_PATTERN = /^[a-zA-Z0-9@._+-]{1,255}$/;
const USER_ID_PATTERN_TEXT = '^[a-zA-Z0-9@._+-]{1,255}$';
const MAX_LENGTH = 255;

/** The id an Action set, per handler call: the last call counts (UNVERIFIED). */
const USER_ID = defineEffect<{ id?: string }>('custom-user-id', () => ({}));

/**
 * `api.user.setUserId(user_id)` with the harness's schema check and wording (reference E.3): every problem of the
 * value, joined as the harness joins them.
 */
export function setUserIdApi<R>(context: ApiContext): SetUserIdApi<R> {
  return {
    setUserId(...args: [userId: string]): R {
      return recordedCall(context, 'user.setUserId', args, setUserId, 'api');
    },
  };
}

function setUserId(context: ApiContext, userId: unknown): void {
  // The runtime's messages; for a missing or non-string id, after the method's name and with what it needed.
  const expectation = {
    argument: 'user_id',
    expected: `a string of letters, digits and @._+- (at most ${MAX_LENGTH})`,
    received: userId,
  };
  const invalid = (problems: string, expected?: typeof expectation): Error => {
    const runtimeMessage = `Invalid setUserId arguments: ${problems}`;
    return new Error(
      expected === undefined ? runtimeMessage : namedRuntimeMessage('api.user.setUserId()', runtimeMessage, expected),
    );
  };
  if (userId === undefined) throw invalid("must have required property 'user_id'", expectation);
  if (typeof userId !== 'string') throw invalid('user_id must be string', expectation);
  const problems: string[] = [];
  const length = [...userId].length;
  if (length < 1) problems.push('must NOT have fewer than 1 characters');
  if (length > MAX_LENGTH) problems.push(`must NOT have more than ${MAX_LENGTH} characters`);
  if (!USER_ID_PATTERN.test(userId)) problems.push(`must match pattern "${USER_ID_PATTERN_TEXT}"`);
  // The harness names the property once for all its problems: `user_id must ..., must ...`.
  if (problems.length > 0) throw invalid(`user_id ${problems.join(', ')}`);
  effectOf(context, USER_ID).id = userId;
}

/** The id the last `setUserId` call of the flow set, from whichever Action. */
export function lastUserIdOf(apis: readonly ApiInternals[]): string | undefined {
  let id: string | undefined;
  for (const api of apis) id = writtenEffect(api, USER_ID)?.id ?? id;
  return id;
}

/**
 * `customUserIds`: whether `api.user.setUserId` exists. It is an Early Access feature the docs removed from the
 * api page; a tenant without it has no such method, and `false` shows what its Action would do then.
 */
export const customUserIdsOption: TriggerOption = {
  scope: 'api',
  defaultValue: true,
  check(fn, argument, value) {
    if (typeof value !== 'boolean') throw argumentError(fn, argument, 'a boolean', value);
    return value;
  },
};
