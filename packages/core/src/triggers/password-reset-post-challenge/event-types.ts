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

/** The `event` of the Password Reset / Post-Challenge trigger (`@auth0/actions/password-reset-post-challenge/v1`). */
export interface PostChallengeEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  authentication: {
    methods: AuthenticationMethod[];
    riskAssessment?: RiskAssessment;
    [key: string]: unknown;
  };
  authorization: { roles: string[] };
  client: EventClient;
  connection: EventConnection;
  custom_domain?: { domain: string; domain_metadata: Metadata };
  organization?: EventOrganization;
  /** Filled in when the Action resumes after `api.prompt.render`. */
  prompt?: { id: string; fields?: Record<string, unknown>; vars?: Record<string, unknown> };
  request: EventRequest;
  stats: { logins_count: number };
  tenant: { id: string };
  transaction: {
    locale: string;
    ui_locales: string[];
    correlation_id?: string;
    login_hint?: string;
    state?: string;
    [key: string]: unknown;
  };
  user: UserProfile & {
    /** `[]`: no enrolled factors; `undefined`: Auth0 could not load them. */
    enrolledFactors?: EnrolledFactor[];
  };
}
