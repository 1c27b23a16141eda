import type { SeededRandom } from '../../util/seeded-random.js';
import { isoAt, samplePerson, sampleRequest, sampleTenant } from '../common/sample-identity.js';
import type { EnrolledFactor, PostChallengeEvent } from './event-types.js';
import { copyData } from '../../util/copy-data.js';
import { mathMax } from '../../util/intrinsics.js';

const DAY = 24 * 60 * 60 * 1000;

const FACTOR_SETS: ReadonlyArray<EnrolledFactor[]> = [
  [{ type: 'otp' }],
  [{ type: 'otp' }, { type: 'email' }],
  [{ type: 'phone', options: { preferredMethod: 'sms' } }],
  [{ type: 'push-notification' }, { type: 'otp' }],
  [{ type: 'webauthn-platform' }],
  [],
];

/**
 * A database-connection user who has just clicked the reset link in their email: the first challenge of the
 * password reset is an `email` method, the request comes from the Universal Login page on the tenant's domain.
 */
export function buildPostChallengeEvent(random: SeededRandom, at: number): PostChallengeEvent {
  const person = samplePerson(random);
  const tenant = sampleTenant(random);
  const request = sampleRequest(random);
  const createdAt = at - random.int(30, 900) * DAY;
  const lastPasswordReset = createdAt + random.int(1, 29) * DAY;
  const updatedAt = at - random.int(1, 48) * 60 * 60 * 1000;
  const challengeAt = at - random.int(5, 90) * 1000;
  const connection = 'Username-Password-Authentication';
  const enrolledFactors = copyData(random.pick(FACTOR_SETS));

  return {
    secrets: {},
    configuration: {},
    authentication: {
      methods: [{ name: 'email', timestamp: isoAt(challengeAt) }],
      riskAssessment: {
        supplemental: {
          akamai: {
            akamaiBot: { type: 'monitor', action: 'monitor', botCategory: [], botScore: random.int(0, 20), botScoreResponseSegment: 'human' },
            akamaiUserRisk: {
              action: 'monitor',
              allow: 0,
              emailDomain: person.email.split('@')[1],
              general: { duc_1h: String(random.int(1, 3)), duc_1d: String(random.int(1, 6)) },
              ouid: random.hex(16),
              requestid: random.hex(16),
              risk: {},
              // Low risk by default, as the official harness: tests raise it to exercise risky paths.
              score: 0,
              status: 0,
              trust: { ugp: request.city.countryCode },
              username: person.email,
              uuid: `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-a${random.hex(3)}-${random.hex(12)}`,
            },
          },
        },
      },
    },
    authorization: { roles: [] },
    client: { client_id: tenant.clientId, metadata: {}, name: tenant.clientName },
    connection: { id: tenant.connectionId, name: connection, strategy: 'auth0', metadata: {} },
    request: {
      body: {},
      query: {},
      ip: request.ip,
      method: 'GET',
      geoip: {
        cityName: request.city.cityName,
        continentCode: request.city.continentCode,
        countryCode: request.city.countryCode,
        countryCode3: request.city.countryCode3,
        countryName: request.city.countryName,
        latitude: request.city.latitude,
        longitude: request.city.longitude,
        subdivisionCode: request.city.subdivisionCode,
        subdivisionName: request.city.subdivisionName,
        timeZone: request.city.timeZone,
      },
      hostname: tenant.domain,
      language: request.city.language,
      user_agent: request.userAgent,
    },
    stats: { logins_count: random.int(1, 400) },
    tenant: { id: tenant.id },
    transaction: {
      locale: request.city.language.slice(0, 2),
      ui_locales: [request.city.language.slice(0, 2)],
    },
    user: {
      user_id: `auth0|${person.auth0Id}`,
      created_at: isoAt(createdAt),
      updated_at: isoAt(mathMax(updatedAt, lastPasswordReset)),
      email_verified: true,
      app_metadata: {},
      user_metadata: {},
      identities: [{ connection, isSocial: false, provider: 'auth0', user_id: person.auth0Id }],
      email: person.email,
      family_name: person.familyName,
      given_name: person.givenName,
      last_password_reset: isoAt(lastPasswordReset),
      name: `${person.givenName} ${person.familyName}`,
      nickname: person.nickname,
      picture: person.picture,
      enrolledFactors,
    },
  };
}
