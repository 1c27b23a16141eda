import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import { userMetadataApi, type UserMetadataApi } from '../../mechanisms/metadata/user-metadata-api.js';
import { validationApi, type ValidationApi } from '../../mechanisms/validation/validation-api.js';
import { preUserRegistrationAccess, type PreUserRegistrationAccessApi } from './access-api.js';
import type { PreUserRegistrationEvent } from './event-types.js';
import { setUserIdApi, type SetUserIdApi } from './user-id.js';

/** `api.user`: metadata for the user being created, and (Early Access) the id it gets. Every method returns the api. */
export interface PreUserRegistrationUserApi
  extends UserMetadataApi<PreUserRegistrationApi>, SetUserIdApi<PreUserRegistrationApi> {}

/** `PreUserRegistrationAPI`: every method but the cache's returns the api, for chaining. */
export interface PreUserRegistrationApi {
  access: PreUserRegistrationAccessApi<PreUserRegistrationApi>;
  cache: CacheApi;
  user: PreUserRegistrationUserApi;
  validation: ValidationApi<PreUserRegistrationApi>;
}

export function buildPreUserRegistrationApi(context: ApiContext<PreUserRegistrationEvent>): PreUserRegistrationApi {
  const metadata = userMetadataApi<PreUserRegistrationApi>(context, 'api');
  // Without the Early Access feature the method does not exist: calling it is a TypeError, as in production.
  const user = (
    context.options.customUserIds === false
      ? metadata
      : { ...metadata, ...setUserIdApi<PreUserRegistrationApi>(context) }
  ) as PreUserRegistrationUserApi;
  const api: PreUserRegistrationApi = {
    access: preUserRegistrationAccess(context),
    cache: cacheApi(context),
    user,
    validation: validationApi<PreUserRegistrationApi>(context, {
      returns: 'api',
      messagePrefix: 'Failed to add validation error: ',
    }),
  };
  attachInternals(api, context);
  return api;
}
