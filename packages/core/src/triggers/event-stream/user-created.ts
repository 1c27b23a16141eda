import type { SeededRandom } from '../../util/seeded-random.js';
import { isoAt } from '../common/sample-identity.js';
import { SECOND, type SampleWorld } from '../common/sample-world.js';
import type { EventStreamMessage } from './event-types.js';

/**
 * The `user.created` event of the seed's person signing up (the same signup the registration triggers see),
 * as the stream delivers it: the Management API's view of the new user in `data.object`, and in `data.context`
 * the tenant, application, connection and request, in the catalog's snake_case (`client.id`, `request.geo`).
 */
export function userCreatedMessage(random: SeededRandom, world: SampleWorld): EventStreamMessage {
  const { person, tenant, request } = world;
  const { city } = request;
  const createdAt = isoAt(world.at - random.int(1, 5) * SECOND);
  return {
    id: `evt_${random.alphanumeric(22)}`,
    type: 'user.created',
    source: `urn:auth0:${tenant.domain}`,
    specversion: '1.0',
    time: createdAt,
    data: {
      object: {
        user_id: `auth0|${person.auth0Id}`,
        email: person.email,
        email_verified: false,
        name: person.email,
        nickname: person.nickname,
        picture: person.picture,
        identities: [{ connection: world.connection, provider: 'auth0', user_id: person.auth0Id, isSocial: false }],
        created_at: createdAt,
        updated_at: createdAt,
        app_metadata: {},
        user_metadata: {},
      },
      context: {
        tenant: { id: tenant.id },
        client: { id: tenant.clientId, name: tenant.clientName, metadata: {} },
        connection: { id: tenant.connectionId, name: world.connection, strategy: 'auth0' },
        request: {
          geo: {
            continent_code: city.continentCode,
            country_code: city.countryCode,
            country_name: city.countryName,
            latitude: city.latitude,
            longitude: city.longitude,
            subdivision_code: city.subdivisionCode,
            subdivision_name: city.subdivisionName,
            city_name: city.cityName,
            time_zone: city.timeZone,
          },
          hostname: tenant.domain,
          ip: request.ip,
          method: 'POST',
          user_agent: request.userAgent,
        },
      },
    },
    a0tenant: tenant.id,
    a0stream: `est_${random.alphanumeric(22)}`,
  };
}
