import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import { userMetadataApi, type UserMetadataApi } from '../../mechanisms/metadata/user-metadata-api.js';
import { customTokenExchangeAccess, type CustomTokenExchangeAccessApi } from './access-api.js';
import { setActorMethod, type CustomTokenExchangeActor } from './actor.js';
import type { CustomTokenExchangeEvent } from './event-types.js';
import { setOrganizationMethod } from './organization.js';
import { setUserMethods, type SetUserMethods } from './set-user.js';
import { transactionMetadataApiOf, type CustomTokenExchangeTransactionApi } from './transaction-metadata.js';

/** `api.authentication`: which user the exchange is for (exactly one setUser call), its organization and actor. */
export interface CustomTokenExchangeAuthenticationApi extends SetUserMethods {
  /** The organization the tokens are issued for, by id or (with names enabled) by name. */
  setOrganization(organizationIdOrName: string): void;
  /** Who acts on the user's behalf: the tokens carry it as the `act` claim. Once per exchange. */
  setActor(actor: CustomTokenExchangeActor): void;
}

/** `CustomTokenExchangeAPI`: every method returns nothing (no chaining, unlike the other triggers). */
export interface CustomTokenExchangeApi {
  access: CustomTokenExchangeAccessApi;
  authentication: CustomTokenExchangeAuthenticationApi;
  cache: CacheApi;
  transaction: CustomTokenExchangeTransactionApi;
  /** Metadata of the user the Action sets, merged into its profile. */
  user: UserMetadataApi<void>;
}

export function buildCustomTokenExchangeApi(context: ApiContext<CustomTokenExchangeEvent>): CustomTokenExchangeApi {
  const api: CustomTokenExchangeApi = {
    access: customTokenExchangeAccess(context),
    authentication: { ...setUserMethods(context), ...setOrganizationMethod(context), ...setActorMethod(context) },
    cache: cacheApi(context),
    transaction: transactionMetadataApiOf(context),
    user: userMetadataApi<void>(context),
  };
  attachInternals(api, context);
  return api;
}
