import type { SeededRandom } from '../../util/seeded-random.js';
import { isoAt } from '../common/sample-identity.js';
import { bodylessPostRequest, riskOnlyAuthentication } from '../common/request-parts.js';
import { SECOND, sampleWorld } from '../common/sample-world.js';
import type { PostChangePasswordEvent } from './event-types.js';

/**
 * The seed's person (the same user as post-login and password reset) seconds after setting a new password on
 * Universal Login's reset page: `last_password_reset` is that moment, the request is the form's POST.
 */
export function buildPostChangePasswordEvent(random: SeededRandom, at: number): PostChangePasswordEvent {
  const world = sampleWorld(random, at);
  const { person, tenant } = world;
  const authentication = riskOnlyAuthentication(random, world);
  const changedAt = at - random.int(1, 5) * SECOND;
  return {
    secrets: {},
    configuration: {},
    authentication,
    connection: { id: tenant.connectionId, name: world.connection, strategy: 'auth0', metadata: {} },
    request: bodylessPostRequest(world),
    tenant: { id: tenant.id },
    user: {
      user_id: `auth0|${person.auth0Id}`,
      email: person.email,
      email_verified: true,
      last_password_reset: isoAt(changedAt),
    },
  };
}
