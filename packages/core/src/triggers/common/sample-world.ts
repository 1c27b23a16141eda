import type { SeededRandom } from '../../util/seeded-random.js';
import { copyData } from '../../util/copy-data.js';
import { mathMax } from '../../util/intrinsics.js';
import type { EnrolledFactor, EventRequest, GeoIp, RiskAssessment, UserProfile } from './event-types.js';
import {
  isoAt,
  samplePerson,
  sampleRequest,
  sampleTenant,
  type SampleCity,
  type SamplePerson,
  type SampleRequest,
  type SampleTenant,
} from './sample-identity.js';

export const SECOND = 1000;
export const HOUR = 60 * 60 * SECOND;
export const DAY = 24 * HOUR;

/**
 * Enrolled MFA factors, a realistic mix: most users have `otp` (the factor most tenants enable first), some add a
 * phone, push or a passkey, and one in seven has none.
 */
const FACTOR_SETS: ReadonlyArray<EnrolledFactor[]> = [
  [{ type: 'otp' }],
  [{ type: 'otp' }, { type: 'email' }],
  [{ type: 'phone', options: { preferredMethod: 'sms' } }, { type: 'otp' }],
  [{ type: 'push-notification' }, { type: 'otp' }],
  [{ type: 'webauthn-platform' }, { type: 'otp' }],
  [{ type: 'otp' }, { type: 'recovery-code' }],
  [],
];

/**
 * Everything about one seed that several triggers show: the person, their tenant and application, the browser
 * they use, and their account's history. Every trigger's builder draws it first, in this order, so one seed is
 * the same person in post-login, password reset, post-change-password... (its own draws come after).
 */
export interface SampleWorld {
  readonly at: number;
  readonly person: SamplePerson;
  readonly tenant: SampleTenant;
  readonly request: SampleRequest;
  /** When the account was created, its password last reset and its profile last updated (ms). */
  readonly createdAt: number;
  readonly lastPasswordReset: number;
  readonly updatedAt: number;
  /** A few seconds to a minute and a half before `at`: when the user's current authentication happened. */
  readonly recentAuthAt: number;
  readonly enrolledFactors: readonly EnrolledFactor[];
  readonly loginsCount: number;
  readonly connection: string;
}

export function sampleWorld(random: SeededRandom, at: number): SampleWorld {
  const person = samplePerson(random);
  const tenant = sampleTenant(random);
  const request = sampleRequest(random);
  const createdAt = at - random.int(30, 900) * DAY;
  const lastPasswordReset = createdAt + random.int(1, 29) * DAY;
  const updatedAt = mathMax(at - random.int(1, 48) * HOUR, lastPasswordReset);
  const recentAuthAt = at - random.int(5, 90) * SECOND;
  const enrolledFactors = random.pick(FACTOR_SETS);
  const loginsCount = random.int(1, 400);
  return {
    at,
    person,
    tenant,
    request,
    createdAt,
    lastPasswordReset,
    updatedAt,
    recentAuthAt,
    enrolledFactors,
    loginsCount,
    connection: 'Username-Password-Authentication',
  };
}

/** A database-connection user's stored profile. */
export function userProfile(world: SampleWorld): UserProfile {
  const { person, connection } = world;
  return {
    user_id: `auth0|${person.auth0Id}`,
    created_at: isoAt(world.createdAt),
    updated_at: isoAt(world.updatedAt),
    email_verified: true,
    app_metadata: {},
    user_metadata: {},
    identities: [{ connection, isSocial: false, provider: 'auth0', user_id: person.auth0Id }],
    email: person.email,
    family_name: person.familyName,
    given_name: person.givenName,
    last_password_reset: isoAt(world.lastPasswordReset),
    name: `${person.givenName} ${person.familyName}`,
    nickname: person.nickname,
    picture: person.picture,
  };
}

export function enrolledFactorsOf(world: SampleWorld): EnrolledFactor[] {
  return copyData(world.enrolledFactors as EnrolledFactor[]);
}

export function geoIpOf(city: SampleCity): GeoIp {
  return {
    cityName: city.cityName,
    continentCode: city.continentCode,
    countryCode: city.countryCode,
    countryCode3: city.countryCode3,
    countryName: city.countryName,
    latitude: city.latitude,
    longitude: city.longitude,
    subdivisionCode: city.subdivisionCode,
    subdivisionName: city.subdivisionName,
    timeZone: city.timeZone,
  };
}

/** The browser's request to the tenant's Universal Login (GET, no query or body: tests add theirs). */
export function browserRequest(world: SampleWorld): EventRequest {
  const { request, tenant } = world;
  return {
    body: {},
    query: {},
    ip: request.ip,
    method: 'GET',
    geoip: geoIpOf(request.city),
    hostname: tenant.domain,
    language: request.city.language,
    user_agent: request.userAgent,
  };
}

/** Akamai's assessment of the request: low risk (score 0, as the official harness), tests raise it. */
export function riskAssessment(random: SeededRandom, world: SampleWorld): RiskAssessment {
  const { person, request } = world;
  return {
    supplemental: {
      akamai: {
        akamaiBot: {
          type: 'monitor',
          action: 'monitor',
          botCategory: [],
          botScore: random.int(0, 20),
          botScoreResponseSegment: 'human',
        },
        akamaiUserRisk: {
          action: 'monitor',
          allow: 0,
          emailDomain: person.email.split('@')[1],
          general: { duc_1h: String(random.int(1, 3)), duc_1d: String(random.int(1, 6)) },
          ouid: random.hex(16),
          requestid: random.hex(16),
          risk: {},
          score: 0,
          status: 0,
          trust: { ugp: request.city.countryCode },
          username: person.email,
          uuid: `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-a${random.hex(3)}-${random.hex(12)}`,
        },
      },
    },
  };
}

/** The locale fields of `event.transaction`, from the browser's language. */
export function transactionLocale(world: SampleWorld): { locale: string; ui_locales: string[] } {
  const locale = world.request.city.language.slice(0, 2);
  return { locale, ui_locales: [locale] };
}
