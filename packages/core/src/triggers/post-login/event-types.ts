import type {
  AuthenticationMethod,
  EnrolledFactor,
  EventClient,
  EventConnection,
  EventOrganization,
  EventRequest,
  Metadata,
  RiskAssessment,
  UserProfile,
} from '../common/event-types.js';
import type { TransactionProtocol } from '../common/signup-transaction.js';
import type { SecurityContext } from '../common/request-parts.js';

/** One assessor's verdict in `event.authentication.riskAssessment.assessments` (reference E.1a). */
export interface PostLoginAssessment {
  code: string;
  confidence: PostLoginRiskConfidence;
  details?: Record<string, unknown>;
}

export type PostLoginRiskConfidence = 'low' | 'medium' | 'high' | 'neutral';

/** Adaptive MFA's risk assessment, with Akamai's supplemental data when the tenant has it. */
export interface PostLoginRiskAssessment extends RiskAssessment {
  confidence: PostLoginRiskConfidence;
  version: string;
  assessments: {
    UntrustedIP?: PostLoginAssessment;
    NewDevice?: PostLoginAssessment;
    ImpossibleTravel?: PostLoginAssessment;
    AgentDetection?: PostLoginAssessment;
  };
}

/** `event.session`: the Auth0 session the login belongs to (interactive flows; reference E.1a). */
export interface PostLoginSession {
  id: string;
  actor?: { sub: string; [key: string]: string | number | boolean | null };
  authenticated_at?: string;
  created_at?: string;
  updated_at?: string;
  expires_at?: string;
  idle_expires_at?: string;
  last_interacted_at?: string;
  clients?: Array<{ client_id: string }>;
  cookie?: { mode: 'persistent' | 'non-persistent' };
  device?: PostLoginDevice;
  metadata?: Record<string, unknown>;
  session_transfer?: { parent_refresh_token?: { id?: string; metadata?: Record<string, unknown> } };
  user_id?: string;
}

export interface PostLoginDevice {
  initial_asn?: string;
  initial_ip?: string;
  initial_user_agent?: string;
  last_asn?: string;
  last_ip?: string;
  last_user_agent?: string;
}

/** `event.refresh_token`: the refresh token being exchanged (Enterprise; `oauth2-refresh-token` flows). */
export interface PostLoginRefreshToken {
  id: string;
  created_at: string;
  client_id?: string;
  user_id?: string;
  session_id?: string;
  expires_at?: string;
  idle_expires_at?: string;
  last_exchanged_at?: string;
  rotating?: boolean;
  /** Not in the types; the harness and the online-refresh-token docs have it. */
  access?: 'online' | 'offline';
  device?: PostLoginDevice;
  metadata?: Record<string, unknown>;
  resource_servers?: Array<{ audience: string; scopes: string }>;
  session_transfer?: { parent_refresh_token?: { id?: string } };
}

/** `event.transaction` of post-login: the authorization request, and metadata Actions pass each other (D.10). */
export interface PostLoginTransaction {
  metadata: Record<string, string | number | boolean>;
  id?: string;
  protocol?: TransactionProtocol;
  state?: string;
  redirect_uri?: string;
  login_hint?: string;
  locale?: string;
  ui_locales?: string[];
  acr_values?: string[];
  prompt?: string[];
  requested_scopes?: string[];
  response_mode?: 'query' | 'fragment' | 'form_post' | 'web_message';
  response_type?: Array<'code' | 'token' | 'id_token'>;
  requested_authorization_details?: Array<{ type: string; [key: string]: unknown }>;
  linking_id?: string;
  correlation_id?: string;
  actor?: { sub: string; act?: unknown; [key: string]: unknown };
  actor_token_type?: string;
  subject_token_type?: string;
  [key: string]: unknown;
}

export interface PostLoginUser extends UserProfile {
  /** MFA providers the user is enrolled with (never `email`). */
  multifactor?: string[];
  /** `[]`: no enrolled factors; `undefined`: Auth0 could not load them. */
  enrolledFactors?: EnrolledFactor[];
}

/** The `event` of the post-login trigger (`@auth0/actions/post-login/v3`, reference E.1a). */
export interface PostLoginEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  agent?: { agent_id: string; agent_metadata: Record<string, unknown>; name: string };
  authentication?: {
    methods: AuthenticationMethod[];
    riskAssessment?: PostLoginRiskAssessment;
  };
  /** The names of the user's roles. */
  authorization?: { roles: string[] };
  client: EventClient & { refresh_token?: { policies?: Array<{ audience?: string; scope?: string[] }> } };
  connection: EventConnection;
  custom_domain?: { domain: string; domain_metadata: Metadata };
  organization?: EventOrganization;
  /** Filled in when the Action resumes after `api.prompt.render`. */
  prompt?: { id: string; fields?: Record<string, unknown>; vars?: Record<string, unknown> };
  refresh_token?: PostLoginRefreshToken;
  request: EventRequest & { asn?: string };
  /** The API (audience) the tokens are for, when the application asked for one. */
  resource_server?: { identifier: string };
  security_context?: SecurityContext;
  session?: PostLoginSession;
  session_transfer_token?: {
    client_id: string;
    scope: string[];
    request: { ip: string; asn?: string; user_agent?: string; geoip?: Record<string, unknown> };
  };
  stats: { logins_count: number };
  /** `id` is the tenant's name. */
  tenant: { id: string };
  transaction?: PostLoginTransaction;
  user: PostLoginUser;
  /** Beta, not in the types: the anonymous session the login links, when there is one. */
  anonymous_session?: {
    user_id: string;
    session_id: string;
    created_at: string;
    expires_at?: string;
    metadata?: Record<string, unknown>;
  };
  /** Beta, not in the types: `null` when no experiment is active. */
  experiment?: {
    experiment_id: string;
    variation_id: string;
    config: Record<string, { value: unknown }>;
    is_control: boolean;
    [key: string]: unknown;
  } | null;
}
