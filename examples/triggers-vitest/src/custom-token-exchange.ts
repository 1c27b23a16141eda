/**
 * Custom Token Exchange: moves users of the company's legacy identity system to Auth0 without a password reset.
 * The mobile app sends the legacy session token (an HS256 JWT the legacy system signs with a key shared with this
 * Action); the Action checks it, then signs the user in on the `legacy-users` connection, creating them on first
 * use. A token a support agent obtained to act for the user names the agent in `act`.
 *
 * The event and api types come from the testing library; in your project, take them from `@auth0/actions`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CustomTokenExchangeApi, CustomTokenExchangeEvent } from '@auth0-actions-mock/vitest';

export const CONNECTION = 'legacy-users';

/** What the legacy system puts in its session tokens. */
export interface LegacyClaims {
  sub: string;
  email: string;
  email_verified?: boolean;
  name: string;
  /** Seconds since the epoch. */
  exp: number;
  /** The support agent the token was issued to, when one acts for the user. */
  act?: string;
}

/** The token's claims when its signature is the legacy system's, else undefined. */
function verifiedClaims(token: string, secret: string | undefined): LegacyClaims | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature || !secret) return undefined;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LegacyClaims;
}

export const onExecuteCustomTokenExchange = async (
  event: CustomTokenExchangeEvent,
  api: CustomTokenExchangeApi,
): Promise<void> => {
  const claims = verifiedClaims(event.transaction.subject_token, event.secrets.LEGACY_TOKEN_SECRET);
  if (!claims) {
    api.access.rejectInvalidSubjectToken('The legacy token is not signed by the legacy system.');
    return;
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
    api.access.rejectInvalidSubjectToken('The legacy token has expired.');
    return;
  }

  api.authentication.setUserByConnection(
    CONNECTION,
    { user_id: claims.sub, email: claims.email, email_verified: claims.email_verified === true, name: claims.name },
    { creationBehavior: 'create_if_not_exists', updateBehavior: 'none' },
  );
  if (typeof claims.act === 'string') api.authentication.setActor({ sub: claims.act, type: 'support-agent' });
  api.user.setAppMetadata('migrated_from', 'legacy');
};
