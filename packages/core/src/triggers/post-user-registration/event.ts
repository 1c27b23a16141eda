import type { SeededRandom } from '../../util/seeded-random.js';
import { isoAt } from '../common/sample-identity.js';
import { bodylessPostRequest, riskOnlyAuthentication, securityContext } from '../common/request-parts.js';
import { SECOND, sampleWorld } from '../common/sample-world.js';
import { signupTransaction } from '../common/signup-transaction.js';
import type { PostUserRegistrationEvent } from './event-types.js';

/**
 * The seed's person just after signing up with email and password on Universal Login (the same signup
 * pre-user-registration sees): stored a few seconds ago under its `auth0|` id, email not yet verified, the profile
 * Auth0 derives for a database user (`name` is the email, `nickname` its local part, a Gravatar picture).
 */
export function buildPostUserRegistrationEvent(random: SeededRandom, at: number): PostUserRegistrationEvent {
  const world = sampleWorld(random, at);
  const { person, tenant } = world;
  const authentication = riskOnlyAuthentication(random, world);
  const security_context = securityContext(random);
  const transaction = signupTransaction(random, world);
  const createdAt = isoAt(at - random.int(1, 5) * SECOND);
  return {
    secrets: {},
    configuration: {},
    authentication,
    connection: { id: tenant.connectionId, name: world.connection, strategy: 'auth0', metadata: {} },
    request: bodylessPostRequest(world),
    security_context,
    tenant: { id: tenant.id },
    transaction,
    user: {
      user_id: `auth0|${person.auth0Id}`,
      created_at: createdAt,
      updated_at: createdAt,
      email_verified: false,
      app_metadata: {},
      user_metadata: {},
      email: person.email,
      name: person.email,
      nickname: person.nickname,
      picture: person.picture,
    },
  };
}
