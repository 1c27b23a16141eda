/** The `event` of the Password Reset / Post-Challenge trigger (`@auth0/actions/password-reset-post-challenge/v1`). */

export type Metadata = Record<string, string>;

export interface AuthenticationMethod {
  /** First factor: 'federated', 'pwd', 'passkey', 'sms', 'email', 'phone_number', 'mock' or a URL; 'mfa' after a challenge. */
  name: string;
  /** ISO 8601. */
  timestamp: string;
  /** Present on `mfa` entries: the factor type the user completed. */
  type?: string;
}

export interface AkamaiBot {
  type?: string;
  action?: string;
  botCategory?: string[];
  botScore?: number;
  botScoreResponseSegment?: string;
  botnetId?: string;
}

export interface AkamaiUserRisk {
  action?: string;
  allow?: number;
  emailDomain?: string;
  general?: Record<string, unknown>;
  ouid?: string;
  requestid?: string;
  risk?: Record<string, unknown>;
  score?: number;
  status?: number;
  trust?: Record<string, unknown>;
  username?: string;
  uuid?: string;
}

export interface RiskAssessment {
  supplemental?: { akamai?: { akamaiBot?: AkamaiBot; akamaiUserRisk?: AkamaiUserRisk } };
}

export interface GeoIp {
  cityName?: string;
  continentCode?: string;
  countryCode?: string;
  countryCode3?: string;
  countryName?: string;
  latitude?: number;
  longitude?: number;
  subdivisionCode?: string;
  subdivisionName?: string;
  timeZone?: string;
  [key: string]: unknown;
}

export interface Identity {
  connection?: string;
  isSocial?: boolean;
  profileData?: Record<string, string>;
  provider?: string;
  user_id?: string;
  [key: string]: unknown;
}

export interface EnrolledFactor {
  type: string;
  options?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface PostChallengeEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  authentication: {
    methods: AuthenticationMethod[];
    riskAssessment?: RiskAssessment;
    [key: string]: unknown;
  };
  authorization: { roles: string[] };
  client: { client_id: string; metadata: Metadata; name: string; [key: string]: unknown };
  connection: { id: string; name: string; strategy: string; metadata?: Metadata };
  custom_domain?: { domain: string; domain_metadata: Metadata };
  organization?: { id: string; display_name: string; name: string; metadata: Metadata; [key: string]: unknown };
  /** Filled in when the Action resumes after `api.prompt.render`. */
  prompt?: { id: string; fields?: Record<string, unknown>; vars?: Record<string, unknown> };
  request: {
    body: Record<string, unknown>;
    query: Record<string, unknown>;
    ip: string;
    method: string;
    geoip: GeoIp;
    hostname?: string;
    language?: string;
    user_agent?: string;
  };
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
  user: {
    user_id: string;
    created_at: string;
    updated_at: string;
    email_verified: boolean;
    app_metadata: Record<string, unknown>;
    user_metadata: Record<string, unknown>;
    identities: Identity[];
    email?: string;
    family_name?: string;
    given_name?: string;
    last_password_reset?: string;
    name?: string;
    nickname?: string;
    phone_number?: string;
    phone_verified?: boolean;
    picture?: string;
    username?: string;
    /** `[]`: no enrolled factors; `undefined`: Auth0 could not load them. */
    enrolledFactors?: EnrolledFactor[];
    [key: string]: unknown;
  };
}
