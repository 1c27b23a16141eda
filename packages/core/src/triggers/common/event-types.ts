/**
 * Event parts several triggers share, typed as `@auth0/actions` types them. Each trigger's event type composes
 * these; the package exports them once, under these names.
 */

export type Metadata = Record<string, string>;

export interface AuthenticationMethod {
  /**
   * First factor: 'federated', 'pwd', 'passkey', 'sms', 'email', 'phone_number', 'mock' or a URL; 'mfa' after a
   * challenge.
   */
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

/** The user profile fields every trigger with a stored user sends (`event.user`). */
export interface UserProfile {
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
  [key: string]: unknown;
}

/** `event.request` of the triggers that run in a browser or an HTTP call. */
export interface EventRequest {
  body: Record<string, unknown>;
  query: Record<string, unknown>;
  ip: string;
  method: string;
  geoip: GeoIp;
  hostname?: string;
  language?: string;
  user_agent?: string;
}

export interface EventClient {
  client_id: string;
  metadata: Metadata;
  name: string;
  [key: string]: unknown;
}

export interface EventConnection {
  id: string;
  name: string;
  strategy: string;
  metadata?: Metadata;
}

export interface EventOrganization {
  id: string;
  display_name: string;
  name: string;
  metadata: Metadata;
  [key: string]: unknown;
}
