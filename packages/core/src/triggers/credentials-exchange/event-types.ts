import type { EventClient, EventOrganization, Metadata } from '../common/event-types.js';
import type { TokenRequest } from '../common/token-request.js';

/** `event.accessToken`: the token about to be issued. */
export interface CredentialsExchangeAccessToken {
  customClaims: Record<string, unknown>;
  /** The scopes the token would carry. */
  scope: string[];
}

/** `event.transaction` of the client credentials exchange. */
export interface CredentialsExchangeTransaction {
  /** The `scope` of the token request, split; `[]` when it named none. */
  requested_scopes: string[];
  correlation_id?: string;
  /**
   * (Early Access) The scopes the token will be issued with, absent until an Action first calls a
   * `api.transaction.*TargetScope(s)` method, then updated by each call, for this and later Actions.
   */
  target_scopes?: string[];
}

/** `event.agent` (Early Access): only when the client is an agent and agents as principals is on. */
export interface CredentialsExchangeAgent {
  agent_id: string;
  agent_metadata: Record<string, unknown>;
  name: string;
}

/**
 * The `event` of the Machine to Machine trigger (`@auth0/actions/credentials-exchange/v2`). No user is involved:
 * there is no `user`, `connection`, `authentication`, `session` or `stats`.
 */
export interface CredentialsExchangeEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  accessToken: CredentialsExchangeAccessToken;
  agent?: CredentialsExchangeAgent;
  client: EventClient;
  custom_domain?: { domain: string; domain_metadata: Metadata };
  organization?: EventOrganization;
  /** The `POST /oauth/token` request: its form (grant type, client id and secret, audience, scope) in `body`. */
  request: TokenRequest;
  /** The API the token is for: its identifier is the request's `audience`. */
  resource_server: { identifier: string };
  tenant: { id: string };
  transaction: CredentialsExchangeTransaction;
}
