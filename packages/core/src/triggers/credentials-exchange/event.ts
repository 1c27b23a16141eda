import type { SeededRandom } from '../../util/seeded-random.js';
import { sampleWorld } from '../common/sample-world.js';
import { sampleResourceServer, tokenRequest } from '../common/token-request.js';
import type { CredentialsExchangeEvent } from './event-types.js';

/** Backend services of the seed's company that call its APIs with their own credentials. */
const SERVICES = [
  'Billing Service',
  'Inventory Sync',
  'Nightly Reports Job',
  'Partner Integration',
  'Order Fulfillment Worker',
];
const HTTP_CLIENTS = [
  'axios/1.7.9',
  'python-requests/2.32.3',
  'Go-http-client/2.0',
  'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
  'curl/8.7.1',
];

/**
 * A backend service of the seed's tenant asking for a token to one of the company's APIs with the client
 * credentials grant: the request names every scope the client grant gives it, so the token carries them all.
 * No agent, organization or custom domain: tests add them.
 */
export function buildCredentialsExchangeEvent(random: SeededRandom, at: number): CredentialsExchangeEvent {
  const world = sampleWorld(random, at);
  const api = sampleResourceServer(random, world);
  const clientId = random.alphanumeric(32);
  const name = random.pick(SERVICES);
  const body = {
    grant_type: 'client_credentials',
    client_id: clientId,
    // The harness's request carries the client secret in the form, as a client_secret_post client sends it.
    client_secret: random.alphanumeric(64),
    audience: api.identifier,
    scope: api.scopes.join(' '),
  };
  return {
    secrets: {},
    configuration: {},
    accessToken: { customClaims: {}, scope: [...api.scopes] },
    client: { client_id: clientId, name, metadata: {} },
    request: tokenRequest(world, body, { userAgent: random.pick(HTTP_CLIENTS) }),
    resource_server: { identifier: api.identifier },
    tenant: { id: world.tenant.id },
    transaction: { requested_scopes: [...api.scopes] },
  };
}
