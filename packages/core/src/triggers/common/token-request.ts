import type { SeededRandom } from '../../util/seeded-random.js';
import type { DataShape } from '../../util/data-shape.js';
import { formPostRequestShape, type FormPostRequest } from './request-parts.js';
import { geoIpOf, type SampleWorld } from './sample-world.js';

/**
 * What the token-endpoint triggers (credentials-exchange, custom-token-exchange) share: the `POST /oauth/token`
 * request behind them, which has a `body` and no `query` (reference E.2, E.9), and the tenant's own API that the
 * seed's application asks a token for.
 */

/** `event.request` of a `POST /oauth/token`: a form POST like a signup's, the token request's form in `body`. */
export type TokenRequest = FormPostRequest;
export const tokenRequestShape: DataShape = formPostRequestShape;

/** An API of the seed's company, as registered in its tenant: its identifier (the audience) and its scopes. */
export interface SampleResourceServer {
  identifier: string;
  scopes: string[];
}

const APIS: ReadonlyArray<{ path: string; scopes: string[] }> = [
  { path: 'orders', scopes: ['read:orders', 'create:orders'] },
  { path: 'invoices', scopes: ['read:invoices', 'create:invoices', 'read:customers'] },
  { path: 'inventory', scopes: ['read:inventory', 'update:inventory'] },
  { path: 'reports', scopes: ['read:reports'] },
];

/** The company behind the tenant (`acme` for `acme-prod`): its APIs live on its own domain. */
function companyOf(world: SampleWorld): string {
  return world.tenant.id.split('-')[0] as string;
}

export function sampleResourceServer(random: SeededRandom, world: SampleWorld): SampleResourceServer {
  const api = random.pick(APIS);
  return { identifier: `https://api.${companyOf(world)}.example.com/${api.path}`, scopes: [...api.scopes] };
}

/** `urn:acme:legacy-token`: a subject token type in the company's own namespace, as the docs' examples are. */
export function subjectTokenTypeOf(world: SampleWorld): string {
  return `urn:${companyOf(world)}:legacy-token`;
}

/** The token request as it reaches the tenant's domain, from the caller's address, with its form in `body`. */
export function tokenRequest(
  world: SampleWorld,
  body: Record<string, unknown>,
  client: { userAgent: string; language?: string },
): TokenRequest {
  const { request, tenant } = world;
  const result: TokenRequest = {
    body,
    geoip: geoIpOf(request.city),
    ip: request.ip,
    method: 'POST',
    hostname: tenant.domain,
    user_agent: client.userAgent,
  };
  if (client.language !== undefined) result.language = client.language;
  return result;
}
