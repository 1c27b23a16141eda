import { recordedCall, type ApiContext, type ApiInternals, type Returns } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import { argumentError } from '../../util/errors.js';
import { copyData } from '../../util/copy-data.js';
import { jsonProblemOf } from '../metadata/json-value.js';

export type TokenKind = 'idToken' | 'accessToken';

interface ClaimWrite {
  readonly token: TokenKind;
  readonly key: string;
  readonly value: unknown;
}

export interface CustomClaimApi<R = void> {
  setCustomClaim(key: string, value: unknown): R;
}

const CLAIMS = defineEffect<ClaimWrite[]>('custom-claims', () => []);

/**
 * `api.idToken.setCustomClaim` / `api.accessToken.setCustomClaim`. `reserveScope`: post-login's runtime refuses
 * `scope` (its own message); credentials-exchange's harness does not check it (reference E.2).
 */
export function customClaimApi<R = void>(
  context: ApiContext,
  token: TokenKind,
  options: { returns: Returns; reserveScope: boolean },
): CustomClaimApi<R> {
  const method = `api.${token}.setCustomClaim()`;
  const set = (owner: ApiContext, key: unknown, value: unknown): void => {
    if (options.reserveScope && key === 'scope') throw new Error('The "scope" claim cannot be set.');
    if (typeof key !== 'string' || key === '')
      throw argumentError(method, 'key', 'a non-empty string (the claim name)', key);
    // Claims travel in a JSON token: what JSON cannot hold never reaches the application.
    const problem = jsonProblemOf(value);
    if (problem)
      throw argumentError(method, `value${problem.path}`, `JSON data: ${problem.expected}`, problem.received);
    effectOf(owner, CLAIMS).push({ token, key, value: copyData(value) });
  };
  return {
    setCustomClaim(...args: [key: string, value: unknown]): R {
      return recordedCall(context, `${token}.setCustomClaim`, args, set, options.returns);
    },
  };
}

/**
 * Claims that never reach a token even when set (reference E.1.1, "General restrictions"): Auth0 leaves them out
 * silently, so a test of the token must not see them.
 */
export const RESTRICTED_CLAIMS: ReadonlySet<string> = new Set(
  'acr act active amr at_hash ath attest aud auth_time authorization_details azp c_hash client_id cnf cty dest entitlements events exp groups gty htm htu iat internalService iss jcard jku jti jwe jwk kid may_act mky nbf nonce object_id org_id org_name orig origid permissions roles rph s_hash sid sip_callid sip_cseq_num sip_date sip_from_tag sip_via_branch sub sub_jwk toe txn typ uuid vot vtm x5t#S256'.split(
    ' ',
  ),
);

/** Namespaces on Auth0's or Okta's own domains, which custom claims may not use. */
const RESERVED_NAMESPACE = /^https?:\/\/([^/]+\.)?(auth0\.com|okta\.com|oktapreview\.com)(\/|$)/i;

/** Whether Auth0 keeps a custom claim of that name in the token it issues. */
export function isAllowedClaim(key: string): boolean {
  return key !== 'scope' && !RESTRICTED_CLAIMS.has(key) && !RESERVED_NAMESPACE.test(key);
}

/** The custom claims of a token after every Action: a later write of a key wins; restricted names are left out. */
export function customClaimsOf(apis: readonly ApiInternals[], token: TokenKind): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const api of apis) {
    for (const write of writtenEffect(api, CLAIMS) ?? []) {
      if (write.token === token && isAllowedClaim(write.key)) claims[write.key] = copyData(write.value);
    }
  }
  return claims;
}
