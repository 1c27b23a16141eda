import type { EnrolledFactor, EventClient, EventOrganization, UserProfile } from '../common/event-types.js';
import type { TokenRequest } from '../common/token-request.js';

/**
 * `event.transaction.actor_token_user`: the user of the actor token, present only when `actor_token_type` is
 * `urn:ietf:params:oauth:token-type:id_token` and the token is a valid ID token of this tenant.
 */
export interface CustomTokenExchangeActorTokenUser extends UserProfile {
  multifactor?: string[];
  enrolledFactors?: EnrolledFactor[];
}

/** `event.transaction` of a token exchange: the subject token the Action validates, and what the client asked for. */
export interface CustomTokenExchangeTransaction {
  /** Opaque: any format the external issuer uses. */
  subject_token: string;
  /** The request's `subject_token_type`, the one the Custom Token Exchange Profile is bound to. */
  subject_token_type: string;
  /** `null` when the request named none. */
  requested_token_type: string | null;
  /** The request's `scope`, split; `[]` when it named none. */
  requested_scopes: string[];
  actor_token?: string;
  actor_token_type?: string;
  actor_token_user?: CustomTokenExchangeActorTokenUser;
  /** (Early Access) Transaction metadata, shared with the post-login Actions of the same exchange. */
  metadata?: Record<string, string | number | boolean>;
}

/**
 * The `event` of the Custom Token Exchange trigger (`@auth0/actions/custom-token-exchange/v1`). There is no
 * `user` and no `connection`: the Action chooses them.
 */
export interface CustomTokenExchangeEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  client: EventClient;
  organization?: EventOrganization;
  /** The `POST /oauth/token` request; custom parameters an SDK sends arrive in `body`. */
  request: TokenRequest;
  /** The `audience`, or the tenant's default audience. */
  resource_server: { identifier: string };
  tenant: { id: string };
  transaction: CustomTokenExchangeTransaction;
}
