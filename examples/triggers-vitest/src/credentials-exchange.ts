/**
 * Machine to Machine: gates the tokens backend services get for the company's APIs. A client the tenant marks
 * `suspended` in its metadata gets no token; a `read_only` client loses every scope but the `read:` ones; every
 * token says which plan the client is on, so the API can rate-limit without another lookup.
 *
 * The event and api types come from the testing library; in your project, take them from `@auth0/actions`.
 */
import type { CredentialsExchangeApi, CredentialsExchangeEvent } from '@auth0-actions-mock/vitest';

export const TIER_CLAIM = 'https://acme.example.com/tier';

export const onExecuteCredentialsExchange = async (
  event: CredentialsExchangeEvent,
  api: CredentialsExchangeApi,
): Promise<void> => {
  const { metadata } = event.client;
  if (metadata.suspended === 'true') {
    api.access.deny('invalid_request', `Client ${event.client.name} is suspended.`);
    return;
  }

  if (metadata.read_only === 'true') {
    const scopes = event.transaction.target_scopes ?? event.accessToken.scope;
    for (const scope of scopes) {
      if (!scope.startsWith('read:')) api.transaction.removeTargetScope(scope);
    }
  }

  api.accessToken.setCustomClaim(TIER_CLAIM, metadata.tier ?? 'standard');
};
