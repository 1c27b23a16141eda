import { customClaimsOf } from '../../mechanisms/claims/custom-claims.js';
import type { FlowRule, FlowView } from '../../simulation/flow-rules.js';
import { FlowError } from '../../simulation/flow-errors.js';
import { bufferByteLength, isArray, mathFloor, objectKeys, stringifyJson } from '../../util/intrinsics.js';
import { primaryUserOf } from './authentication-api.js';
import type { PostLoginEvent } from './event-types.js';
import { finalScopes } from './token-api.js';

/** Token claims as the application decodes them. */
export type PostLoginClaims = Record<string, unknown>;

// Auth0's default lifetimes: ID tokens 10 hours, access tokens for an API 24 hours.
const ID_TOKEN_SECONDS = 36_000;
const ACCESS_TOKEN_SECONDS = 86_400;

/** The OpenID claims each standard scope releases into the ID token. */
const SCOPE_CLAIMS: Record<string, readonly string[]> = {
  profile: ['name', 'family_name', 'given_name', 'nickname', 'picture', 'updated_at', 'username'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_verified'],
};

function standardClaims(event: PostLoginEvent, subject: string, lifetime: number): PostLoginClaims {
  const iat = mathFloor(Date.now() / 1000);
  return {
    iss: `https://${event.request.hostname ?? `${event.tenant.id}.auth0.com`}/`,
    sub: subject,
    iat,
    exp: iat + lifetime,
  };
}

function idTokenOf(event: PostLoginEvent, subject: string, scopes: readonly string[]): PostLoginClaims {
  const claims: PostLoginClaims = { ...standardClaims(event, subject, ID_TOKEN_SECONDS), aud: event.client.client_id };
  const user = event.user as unknown as Record<string, unknown>;
  for (const scope of scopes) {
    for (const name of SCOPE_CLAIMS[scope] ?? []) if (user[name] !== undefined) claims[name] = user[name];
  }
  const first = event.authentication?.methods[0];
  if (first) claims.auth_time = mathFloor(Date.parse(first.timestamp) / 1000);
  if (event.session?.id) claims.sid = event.session.id;
  return claims;
}

function accessTokenOf(event: PostLoginEvent, subject: string, scopes: readonly string[]): PostLoginClaims {
  const hostname = event.request.hostname ?? `${event.tenant.id}.auth0.com`;
  const audiences = [
    event.resource_server?.identifier,
    scopes.includes('openid') ? `https://${hostname}/userinfo` : undefined,
  ].filter((audience): audience is string => audience !== undefined);
  return {
    ...standardClaims(event, subject, ACCESS_TOKEN_SECONDS),
    aud: audiences.length === 1 ? audiences[0] : audiences,
    azp: event.client.client_id,
    scope: scopes.join(' '),
  };
}

/** The custom-claims payload Auth0 takes per token; over it the transaction fails (reference E.1.1). */
const MAX_CUSTOM_CLAIMS_BYTES = 100 * 1024;

/** The Management API (`https://{tenant}/api/v2/`): its access tokens carry only namespaced custom claims. */
function isManagementApi(event: PostLoginEvent): boolean {
  return /^https?:\/\/[^/]+\/api\/v2\/?$/.test(event.resource_server?.identifier ?? '');
}

const isNamespaced = (key: string): boolean => /^https?:\/\//.test(key);

function accessTokenClaims(event: PostLoginEvent, claims: PostLoginClaims): PostLoginClaims {
  if (!isManagementApi(event)) return claims;
  const kept: PostLoginClaims = {};
  for (const key of objectKeys(claims)) if (isNamespaced(key)) kept[key] = claims[key];
  return kept;
}

function requestedScopes(flow: FlowView): string[] {
  const requested = (flow.event as { transaction?: { requested_scopes?: unknown } }).transaction?.requested_scopes;
  return isArray(requested) ? requested.filter((scope): scope is string => typeof scope === 'string') : [];
}

/**
 * `sim.idToken` and `sim.accessToken`, once the login completes: the standard claims from the event (for the
 * primary user, after `setPrimaryUser`), then the custom claims of every Action by Auth0's rules (a later write
 * wins, restricted names and Auth0/Okta namespaces are left out, and only namespaced ones in a Management API
 * token), and the access token's final `scope`. Over 100 KB of custom claims in a token fails the login.
 */
export const issuedTokensRule: FlowRule = {
  report(flow) {
    if (flow.status !== 'completed') return undefined;
    const event = flow.event as unknown as PostLoginEvent;
    const subject = primaryUserOf(flow.apis) ?? event.user.user_id;
    const scopes = finalScopes(requestedScopes(flow), flow.apis);
    // Custom claims come after the standard ones, but never replace them: restricted names are left out already.
    const idToken = { ...customClaimsOf(flow.apis, 'idToken'), ...idTokenOf(event, subject, requestedScopes(flow)) };
    const accessToken = {
      ...accessTokenClaims(event, customClaimsOf(flow.apis, 'accessToken')),
      ...accessTokenOf(event, subject, scopes),
    };
    return { idToken, accessToken };
  },
  atEnd(flow) {
    for (const token of ['idToken', 'accessToken'] as const) {
      const size = bufferByteLength(stringifyJson(customClaimsOf(flow.apis, token)), 'utf8');
      if (size > MAX_CUSTOM_CLAIMS_BYTES) {
        const error = new FlowError(
          `The custom claims of the ${token === 'idToken' ? 'ID' : 'access'} token take ${size} bytes; Auth0 takes at most ` +
            `${MAX_CUSTOM_CLAIMS_BYTES} (100 KB) per token and fails the transaction over it.`,
          'CustomClaimsTooLarge',
        );
        return [{ kind: 'fail', error }];
      }
    }
    return undefined;
  },
};
