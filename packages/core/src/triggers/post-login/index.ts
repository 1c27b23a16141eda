import type { TriggerDefinition } from '../definition.js';
import { freeze } from '../../util/intrinsics.js';
import { denialRule } from '../../mechanisms/access/denial.js';
import { enrolledFactorsOnlyOption, mfaCommandsRule } from '../../mechanisms/challenge/challenge-commands.js';
import { promptRule } from '../../mechanisms/prompt/prompt-api.js';
import { validateIssuerOption } from '../../mechanisms/redirect/redirect-api.js';
import { redirectRule } from '../../mechanisms/redirect/redirect-effect.js';
import { assertTokenEvent } from '../../mechanisms/tokens/token-event.js';
import { buildPostLoginApi, type PostLoginApi } from './api.js';
import { recordedMethodsRule, type PostLoginAuthenticationApi } from './authentication-api.js';
import type { PostLoginGroupsApi, PostLoginPageParams, PostLoginRolesApi, PostLoginRulesApi } from './directory-api.js';
import type { PostLoginEnrollmentFactor } from './enrollment.js';
import { eventMirrorRule } from './event-mirror.js';
import { POST_LOGIN_EVENT_SHAPE } from './event-shape.js';
import { postLoginUserRule } from './profile-report.js';
import { protocolMfaRule } from './protocol-mfa.js';
import type {
  PostLoginEvent,
  PostLoginRefreshToken,
  PostLoginRiskAssessment,
  PostLoginSession,
  PostLoginTransaction,
  PostLoginUser,
} from './event-types.js';
import { buildPostLoginEvent } from './event.js';
import { issuedTokensRule, type PostLoginClaims } from './issued-tokens.js';
import {
  multifactorRule,
  type PostLoginMfaProvider,
  type PostLoginMultifactorApi,
  type PostLoginMultifactorOptions,
} from './multifactor-api.js';
import { impossibleRedirectsOption, interactiveRedirectRule, type PostLoginRedirectApi } from './redirect-api.js';
import type { PostLoginRefreshTokenApi } from './refresh-token-api.js';
import type { PostLoginSamlAttributeValue, PostLoginSamlResponseApi } from './saml-response-api.js';
import type { PostLoginCookieMode, PostLoginSessionApi } from './session-api.js';
import { maxSessionMetadataBytesOption, sessionMetadataLimitRule } from './session-metadata-limit.js';
import { tenantOption, type PostLoginRole, type PostLoginTenantData, type PostLoginUserGroup } from './tenant-data.js';
import type { PostLoginAccessTokenApi, PostLoginIdTokenApi } from './token-api.js';
import type { PostLoginTransactionApi } from './transaction-api.js';

export type {
  PostLoginAccessTokenApi,
  PostLoginApi,
  PostLoginAuthenticationApi,
  PostLoginClaims,
  PostLoginCookieMode,
  PostLoginEnrollmentFactor,
  PostLoginEvent,
  PostLoginGroupsApi,
  PostLoginIdTokenApi,
  PostLoginMfaProvider,
  PostLoginMultifactorApi,
  PostLoginMultifactorOptions,
  PostLoginPageParams,
  PostLoginRedirectApi,
  PostLoginRefreshToken,
  PostLoginRefreshTokenApi,
  PostLoginRiskAssessment,
  PostLoginRole,
  PostLoginRolesApi,
  PostLoginRulesApi,
  PostLoginSamlAttributeValue,
  PostLoginSamlResponseApi,
  PostLoginSession,
  PostLoginSessionApi,
  PostLoginTenantData,
  PostLoginTransaction,
  PostLoginTransactionApi,
  PostLoginUser,
  PostLoginUserGroup,
};

/** The trigger's types, by role: the registry maps its id to these. */
export interface PostLoginTypes {
  event: PostLoginEvent;
  api: PostLoginApi;
  simulation: {
    /**
     * Status `'completed'` or `'denied'`: the profile Auth0 writes after the flow, every Action's metadata writes
     * merged once (`null` deletes a key). `event.user` itself never changes during the flow.
     */
    user?: PostLoginUser;
    /** Status `'completed'` only: the ID token's claims, standard and custom (restricted ones left out). */
    idToken?: PostLoginClaims;
    /** Status `'completed'` only: the access token's claims, custom ones and `scope` (space-separated). */
    accessToken?: PostLoginClaims;
  };
  options: {
    /** Also require a session token's `iss` to equal `event.request.hostname` (UNVERIFIED in production; off). */
    validateIssuer?: boolean;
    /** What the runtime fetches from the tenant for `api.groups`, `api.roles`, `api.rules`. Default: none. */
    tenant?: PostLoginTenantData;
  };
  flowOptions: {
    /**
     * Ignore challenge factors the user has not enrolled (`event.user.enrolledFactors`), and enrolment factors they
     * have, failing the flow when none is left, as production does. Default: true.
     */
    enrolledFactorsOnly?: boolean;
    /**
     * A redirect where none is possible (`prompt=none`, password or refresh-token grants): `'fail'` ends the login
     * with `interaction_required` (the docs for `prompt=none`; UNVERIFIED for the grants); `'follow'` redirects
     * anyway. Default: `'fail'`.
     */
    impossibleRedirects?: 'fail' | 'follow';
    /**
     * Most bytes of user_metadata, and of app_metadata, the login's Actions may write (JSON); over it the login
     * fails with `MetadataTooLarge`. Default: 32000 (Auth0's 32 kB per session).
     */
    maxSessionMetadataBytes?: number;
  };
}

export const definition: TriggerDefinition<PostLoginEvent, PostLoginApi> = freeze({
  id: 'post-login',
  version: 'v3',
  handlers: freeze({ execute: 'onExecutePostLogin', continue: 'onContinuePostLogin' }),
  blocking: true,
  maxActions: 20,
  buildEvent: buildPostLoginEvent,
  eventShape: POST_LOGIN_EVENT_SHAPE,
  assertApiEvent: assertTokenEvent,
  buildApi: buildPostLoginApi,
  // A deny ends the flow; else a redirect or an MFA command the protocol cannot take fails it; the api-mirrored event
  // fields carry over; then the Action's challenges and enrolments, its redirect or prompt; multifactor.enable
  // challenges after the last Action; the profile and the tokens are reported last.
  flowRules: freeze([
    denialRule,
    interactiveRedirectRule,
    protocolMfaRule,
    eventMirrorRule,
    recordedMethodsRule,
    mfaCommandsRule,
    redirectRule,
    promptRule,
    multifactorRule,
    postLoginUserRule,
    sessionMetadataLimitRule,
    issuedTokensRule,
  ]),
  options: freeze({
    validateIssuer: validateIssuerOption,
    enrolledFactorsOnly: enrolledFactorsOnlyOption,
    impossibleRedirects: impossibleRedirectsOption,
    tenant: tenantOption,
    maxSessionMetadataBytes: maxSessionMetadataBytesOption,
  }),
});
