import type { SeededRandom } from '../../util/seeded-random.js';
import { sampleWorld } from '../common/sample-world.js';
import { sampleResourceServer, subjectTokenTypeOf, tokenRequest } from '../common/token-request.js';
import type { CustomTokenExchangeEvent } from './event-types.js';

const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

/**
 * The seed's application exchanging the seed's person's token from the company's legacy identity system (a
 * migration, the docs' main use case) for Auth0 tokens to one of the company's APIs: `subject_token_type` in the
 * company's namespace, an opaque subject token, the OpenID scopes plus the API's. No actor token, organization or
 * custom domain: tests add them.
 */
export function buildCustomTokenExchangeEvent(random: SeededRandom, at: number): CustomTokenExchangeEvent {
  const world = sampleWorld(random, at);
  const { tenant, request } = world;
  const api = sampleResourceServer(random, world);
  const subjectTokenType = subjectTokenTypeOf(world);
  const scopes = ['openid', 'profile', 'email', ...api.scopes];
  // The body holds the form's public parameters; whether the subject token and client secret appear in it is
  // UNVERIFIED, so they are left out (the token is in `transaction.subject_token`).
  const body = {
    grant_type: TOKEN_EXCHANGE,
    client_id: tenant.clientId,
    subject_token_type: subjectTokenType,
    audience: api.identifier,
    scope: scopes.join(' '),
  };
  return {
    secrets: {},
    configuration: {},
    client: { client_id: tenant.clientId, name: tenant.clientName, metadata: {} },
    request: tokenRequest(world, body, { userAgent: request.userAgent, language: request.city.language }),
    resource_server: { identifier: api.identifier },
    tenant: { id: tenant.id },
    transaction: {
      subject_token: `lgcy_${random.hex(48)}`,
      subject_token_type: subjectTokenType,
      requested_token_type: ACCESS_TOKEN_TYPE,
      requested_scopes: scopes,
    },
  };
}
