import { recordedCall, type ApiContext, type ApiInternals } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import { challengeMethods, type ChallengeApi } from '../../mechanisms/challenge/challenge-api.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import { argumentError, namedRuntimeMessage } from '../../util/errors.js';
import { enrollmentMethods, type PostLoginEnrollmentApi } from './enrollment.js';

export interface PostLoginAuthenticationApi<R> extends ChallengeApi, PostLoginEnrollmentApi {
  /** Adds a method (a URL) to `event.authentication.methods`. Only in `onContinuePostLogin`. */
  recordMethod(providerUrl: string): R;
  /** Makes the login that of `primaryUserId`, once per transaction; the tokens are issued for that user. */
  setPrimaryUser(primaryUserId: string): void;
}

const RECORDED_METHODS = defineEffect<string[]>('recorded-methods', () => []);
const PRIMARY_USER = defineEffect<{ id?: string }>('primary-user', () => ({}));
const PRIMARY_USER_SET = 'post-login:primary-user-set';
const MAX_USER_ID_LENGTH = 128;

export function authenticationApi<R>(context: ApiContext): PostLoginAuthenticationApi<R> {
  return {
    ...challengeMethods(context),
    ...enrollmentMethods(context),
    recordMethod(...args: [providerUrl: string]): R {
      return recordedCall(context, 'authentication.recordMethod', args, recordMethod, 'api');
    },
    setPrimaryUser(...args: [primaryUserId: string]): void {
      return recordedCall(context, 'authentication.setPrimaryUser', args, setPrimaryUser);
    },
  };
}

function recordMethod(context: ApiContext, providerUrl: unknown): void {
  const method = 'api.authentication.recordMethod()';
  // The docs and types allow it only in onContinuePostLogin; how production fails elsewhere is UNVERIFIED, the mock
  // refuses.
  if (context.handler !== 'continue') {
    throw new Error(
      `${method} can only be called in onContinuePostLogin, after the user comes back from a redirect ` +
        "(mockApi: pass { handler: 'continue' }).",
    );
  }
  let url: URL | undefined;
  try {
    url = typeof providerUrl === 'string' ? new URL(providerUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw argumentError(
      method,
      'provider_url',
      "an absolute http(s) URL naming the provider (e.g. 'https://mfa.example.com')",
      providerUrl,
    );
  }
  effectOf(context, RECORDED_METHODS).push(providerUrl as string);
}

function setPrimaryUser(context: ApiContext, primaryUserId: unknown): void {
  if (context.transaction[PRIMARY_USER_SET] === true)
    throw new Error('The primary user can only be altered once per transaction');
  if (typeof primaryUserId !== 'string' || primaryUserId === '') {
    const message = 'The provided primary_user_id must be a non-empty string';
    throw new Error(
      namedRuntimeMessage('api.authentication.setPrimaryUser()', message, {
        argument: 'primary_user_id',
        expected: "the user_id the login continues as, such as 'auth0|5f7c8ec7c33c6c004bbafe82'",
        received: primaryUserId,
      }),
    );
  }
  if (primaryUserId.length > MAX_USER_ID_LENGTH)
    throw new Error('The provided primary_user_id exceeds the maximum length.');
  context.transaction[PRIMARY_USER_SET] = true;
  effectOf(context, PRIMARY_USER).id = primaryUserId;
}

/** The user the tokens are issued for: the last `setPrimaryUser` of the flow, else `undefined`. */
export function primaryUserOf(apis: readonly ApiInternals[]): string | undefined {
  let id: string | undefined;
  for (const api of apis) id = writtenEffect(api, PRIMARY_USER)?.id ?? id;
  return id;
}

/** A method recorded in `onContinuePostLogin` is in `event.authentication.methods` for the Actions after it. */
export const recordedMethodsRule: FlowRule = {
  afterHandler(api, flow) {
    const urls = writtenEffect(api, RECORDED_METHODS);
    const authentication = flow.event.authentication as { methods?: unknown[] } | undefined;
    if (!urls || urls.length === 0 || !authentication) return undefined;
    const timestamp = new Date(Date.now()).toISOString();
    const methods = [...(authentication.methods ?? []), ...urls.map((name) => ({ name, timestamp }))];
    flow.setEventField('authentication', { ...authentication, methods });
    return undefined;
  },
};
