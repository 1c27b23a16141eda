import type { SeededRandom } from '../../util/seeded-random.js';
import { formPostRequest, riskOnlyAuthentication, securityContext } from '../common/request-parts.js';
import { sampleWorld } from '../common/sample-world.js';
import { signupTransaction } from '../common/signup-transaction.js';
import type { PreUserRegistrationEvent } from './event-types.js';

/**
 * The seed's person signing up on the tenant's Universal Login page with email and password: the signup form's
 * POST (no custom fields: tests add their `ulp-*` ones to `request.body`), the application's authorization
 * request in `transaction`, and a user that is only what the form gave (email, empty metadata).
 */
export function buildPreUserRegistrationEvent(random: SeededRandom, at: number): PreUserRegistrationEvent {
  const world = sampleWorld(random, at);
  const { tenant } = world;
  return {
    secrets: {},
    configuration: {},
    authentication: riskOnlyAuthentication(random, world),
    client: { client_id: tenant.clientId, metadata: {}, name: tenant.clientName },
    connection: { id: tenant.connectionId, name: world.connection, strategy: 'auth0', metadata: {} },
    request: formPostRequest(world),
    security_context: securityContext(random),
    tenant: { id: tenant.id },
    transaction: signupTransaction(random, world),
    user: { email: world.person.email, app_metadata: {}, user_metadata: {} },
  };
}
