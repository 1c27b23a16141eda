import type { SeededRandom } from '../../util/seeded-random.js';
import { isoAt } from '../common/sample-identity.js';
import {
  browserRequest,
  DAY,
  enrolledFactorsOf,
  HOUR,
  riskAssessment,
  sampleWorld,
  transactionLocale,
  userProfile,
  type SampleWorld,
} from '../common/sample-world.js';
import { applicationCallback } from '../common/signup-transaction.js';
import { securityContext } from '../common/request-parts.js';
import type { PostLoginEvent, PostLoginRiskAssessment, PostLoginSession } from './event-types.js';

/** Role names as tenants name them; most users have one, some none, a few two. */
const ROLE_SETS: ReadonlyArray<string[]> = [['viewer'], ['editor'], ['admin'], ['editor', 'viewer'], [], ['support']];

const SCOPES = ['openid', 'profile', 'email'];

/** The API the application asks a token for: a URL on the application's own domain, as tenants register them. */
function apiAudience(world: SampleWorld): string {
  return applicationCallback(world).replace(/^https:\/\/([^/]+)\/callback$/, 'https://api.$1/');
}

/**
 * The seed's person (the same user as password reset and post-change-password) who has just signed in with their
 * password on Universal Login: an authorization-code request of the tenant's web application for its API, an
 * Auth0 session, Adaptive MFA's assessment of a known device in the usual place.
 */
export function buildPostLoginEvent(random: SeededRandom, at: number): PostLoginEvent {
  const world = sampleWorld(random, at);
  const { tenant } = world;
  const audience = apiAudience(world);
  const redirectUri = applicationCallback(world);
  const enrolledFactors = enrolledFactorsOf(world);
  const request = browserRequest(world);
  request.query = {
    client_id: tenant.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: SCOPES.join(' '),
    audience,
  };
  return {
    secrets: {},
    configuration: {},
    authentication: {
      methods: [{ name: 'pwd', timestamp: isoAt(world.recentAuthAt) }],
      riskAssessment: adaptiveRisk(random, world),
    },
    authorization: { roles: [...random.pick(ROLE_SETS)] },
    client: { client_id: tenant.clientId, metadata: {}, name: tenant.clientName },
    connection: { id: tenant.connectionId, name: world.connection, strategy: 'auth0', metadata: {} },
    request,
    resource_server: { identifier: audience },
    security_context: securityContext(random),
    session: session(random, world),
    stats: { logins_count: world.loginsCount },
    tenant: { id: tenant.id },
    transaction: {
      metadata: {},
      id: random.alphanumeric(32),
      protocol: 'oidc-basic-profile',
      state: random.alphanumeric(43),
      redirect_uri: redirectUri,
      ...transactionLocale(world),
      acr_values: [],
      requested_scopes: [...SCOPES],
      response_mode: 'query',
      response_type: ['code'],
    },
    user: {
      ...userProfile(world),
      // Auth0 lists the providers of enrolled factors here; email is never one (reference E.1a).
      multifactor: enrolledFactors.some((factor) => factor.type !== 'email') ? ['guardian'] : [],
      enrolledFactors,
    },
  };
}

/** Adaptive MFA's verdict on a known device in the usual place: high confidence the login is genuine. */
function adaptiveRisk(random: SeededRandom, world: SampleWorld): PostLoginRiskAssessment {
  return {
    confidence: 'high',
    version: '1',
    assessments: {
      UntrustedIP: { code: 'not_found_on_deny_list', confidence: 'high' },
      NewDevice: { code: 'match', confidence: 'high', details: { device: 'known', useragent: 'known' } },
      ImpossibleTravel: { code: 'minimal_travel_from_last_login', confidence: 'high' },
      AgentDetection: { code: 'unknown', confidence: 'neutral' },
    },
    ...riskAssessment(random, world),
  };
}

/** The Auth0 session the login created: persistent cookie, this application only, no metadata yet. */
function session(random: SeededRandom, world: SampleWorld): PostLoginSession {
  const { request, tenant } = world;
  const authenticated = isoAt(world.recentAuthAt);
  return {
    id: random.alphanumeric(32),
    authenticated_at: authenticated,
    created_at: authenticated,
    updated_at: authenticated,
    last_interacted_at: authenticated,
    expires_at: isoAt(world.recentAuthAt + 30 * DAY),
    idle_expires_at: isoAt(world.recentAuthAt + 72 * HOUR),
    clients: [{ client_id: tenant.clientId }],
    cookie: { mode: 'persistent' },
    device: {
      initial_ip: request.ip,
      initial_user_agent: request.userAgent,
      last_ip: request.ip,
      last_user_agent: request.userAgent,
    },
    metadata: {},
  };
}
