import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import { customClaimApi, type CustomClaimApi } from '../../mechanisms/claims/custom-claims.js';
import { credentialsExchangeAccess, type CredentialsExchangeAccessApi } from './access-api.js';
import type { CredentialsExchangeEvent } from './event-types.js';
import { targetScopesApi, type CredentialsExchangeTransactionApi } from './target-scopes.js';

/** `CredentialsExchangeAPI`: `access` and `accessToken` return the api, for chaining; the others do not. */
export interface CredentialsExchangeApi {
  access: CredentialsExchangeAccessApi<CredentialsExchangeApi>;
  accessToken: CustomClaimApi<CredentialsExchangeApi>;
  cache: CacheApi;
  transaction: CredentialsExchangeTransactionApi;
}

export function buildCredentialsExchangeApi(context: ApiContext<CredentialsExchangeEvent>): CredentialsExchangeApi {
  const api: CredentialsExchangeApi = {
    access: credentialsExchangeAccess(context),
    // The harness does not refuse a `scope` claim here, unlike post-login; the token never carries it.
    accessToken: customClaimApi<CredentialsExchangeApi>(context, 'accessToken', {
      returns: 'api',
      reserveScope: false,
    }),
    cache: cacheApi(context),
    transaction: targetScopesApi(context),
  };
  attachInternals(api, context);
  return api;
}
