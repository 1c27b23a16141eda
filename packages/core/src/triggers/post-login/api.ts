import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { accessWithReason, type DenyWithReasonAccessApi } from '../../mechanisms/access/access-api.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import { userMetadataApi, type UserMetadataApi } from '../../mechanisms/metadata/user-metadata-api.js';
import { promptApi, type PromptApi } from '../../mechanisms/prompt/prompt-api.js';
import { validationApi, type ValidationApi } from '../../mechanisms/validation/validation-api.js';
import { authenticationApi, type PostLoginAuthenticationApi } from './authentication-api.js';
import {
  groupsApi,
  rolesApi,
  rulesApi,
  type PostLoginGroupsApi,
  type PostLoginRolesApi,
  type PostLoginRulesApi,
} from './directory-api.js';
import type { PostLoginEvent } from './event-types.js';
import { multifactorApi, type PostLoginMultifactorApi } from './multifactor-api.js';
import { postLoginRedirectApi, type PostLoginRedirectApi } from './redirect-api.js';
import { refreshTokenApi, type PostLoginRefreshTokenApi } from './refresh-token-api.js';
import { samlResponseApi, type PostLoginSamlResponseApi } from './saml-response-api.js';
import { sessionApi, type PostLoginSessionApi } from './session-api.js';
import { accessTokenApi, idTokenApi, type PostLoginAccessTokenApi, type PostLoginIdTokenApi } from './token-api.js';
import { transactionApi, type PostLoginTransactionApi } from './transaction-api.js';

/** `PostLoginAPI` (`@auth0/actions/post-login/v3`): the ⟲ methods of the reference return the api, for chaining. */
export interface PostLoginApi {
  access: DenyWithReasonAccessApi<PostLoginApi>;
  accessToken: PostLoginAccessTokenApi<PostLoginApi>;
  authentication: PostLoginAuthenticationApi<PostLoginApi>;
  cache: CacheApi;
  groups: PostLoginGroupsApi;
  idToken: PostLoginIdTokenApi<PostLoginApi>;
  multifactor: PostLoginMultifactorApi<PostLoginApi>;
  prompt: PromptApi;
  redirect: PostLoginRedirectApi<PostLoginApi>;
  refreshToken: PostLoginRefreshTokenApi;
  roles: PostLoginRolesApi;
  rules: PostLoginRulesApi;
  samlResponse: PostLoginSamlResponseApi<PostLoginApi>;
  session: PostLoginSessionApi;
  transaction: PostLoginTransactionApi;
  user: UserMetadataApi<PostLoginApi>;
  validation: ValidationApi<PostLoginApi>;
}

export function buildPostLoginApi(context: ApiContext<PostLoginEvent>): PostLoginApi {
  const api: PostLoginApi = {
    access: accessWithReason<PostLoginApi>(context, 'api'),
    accessToken: accessTokenApi<PostLoginApi>(context),
    authentication: authenticationApi<PostLoginApi>(context),
    cache: cacheApi(context),
    groups: groupsApi(context),
    idToken: idTokenApi<PostLoginApi>(context),
    multifactor: multifactorApi<PostLoginApi>(context),
    prompt: promptApi(context),
    redirect: postLoginRedirectApi<PostLoginApi>(context),
    refreshToken: refreshTokenApi(context),
    roles: rolesApi(context),
    rules: rulesApi(context),
    samlResponse: samlResponseApi<PostLoginApi>(context),
    session: sessionApi(context),
    transaction: transactionApi(context),
    user: userMetadataApi<PostLoginApi>(context, 'api'),
    validation: validationApi<PostLoginApi>(context, { returns: 'api' }),
  };
  attachInternals(api, context);
  return api;
}
