import type { SeededRandom } from '../../util/seeded-random.js';
import { isoAt } from '../common/sample-identity.js';
import {
  browserRequest,
  enrolledFactorsOf,
  riskAssessment,
  sampleWorld,
  transactionLocale,
  userProfile,
} from '../common/sample-world.js';
import type { PostChallengeEvent } from './event-types.js';

/**
 * A database-connection user who has just clicked the reset link in their email: the first challenge of the
 * password reset is an `email` method, the request comes from the Universal Login page on the tenant's domain.
 */
export function buildPostChallengeEvent(random: SeededRandom, at: number): PostChallengeEvent {
  const world = sampleWorld(random, at);
  const { tenant } = world;
  return {
    secrets: {},
    configuration: {},
    authentication: {
      methods: [{ name: 'email', timestamp: isoAt(world.recentAuthAt) }],
      riskAssessment: riskAssessment(random, world),
    },
    authorization: { roles: [] },
    client: { client_id: tenant.clientId, metadata: {}, name: tenant.clientName },
    connection: { id: tenant.connectionId, name: world.connection, strategy: 'auth0', metadata: {} },
    request: browserRequest(world),
    stats: { logins_count: world.loginsCount },
    tenant: { id: tenant.id },
    transaction: transactionLocale(world),
    user: { ...userProfile(world), enrolledFactors: enrolledFactorsOf(world) },
  };
}
