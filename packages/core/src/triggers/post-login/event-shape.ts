import { closedObject, openObject, optional, type DataShape } from '../../util/data-shape.js';
import {
  authenticationMethodShape,
  clientShape,
  connectionShape,
  enrolledFactorShape,
  geoIpShape,
  jsonRecordShape,
  metadataShape,
  organizationShape,
  requestShape,
  riskAssessmentShape,
  secretsShape,
  tenantShape,
  userShape,
} from '../common/event-shapes.js';
import { securityContextShape } from '../common/request-parts.js';

const assessmentShape = openObject({ code: 'string', confidence: 'string', details: optional(jsonRecordShape) });

const postLoginRiskShape = openObject({
  ...riskAssessmentShape.fields,
  confidence: 'string',
  version: 'string',
  assessments: openObject({
    UntrustedIP: optional(assessmentShape),
    NewDevice: optional(assessmentShape),
    ImpossibleTravel: optional(assessmentShape),
    AgentDetection: optional(assessmentShape),
  }),
});

const deviceShape = closedObject({
  initial_asn: optional('string'),
  initial_ip: optional('string'),
  initial_user_agent: optional('string'),
  last_asn: optional('string'),
  last_ip: optional('string'),
  last_user_agent: optional('string'),
});

const sessionShape = closedObject({
  id: 'string',
  actor: optional(openObject({ sub: 'string' })),
  authenticated_at: optional('string'),
  created_at: optional('string'),
  updated_at: optional('string'),
  expires_at: optional('string'),
  idle_expires_at: optional('string'),
  last_interacted_at: optional('string'),
  clients: optional({ array: closedObject({ client_id: 'string' }) }),
  cookie: optional(closedObject({ mode: 'string' })),
  device: optional(deviceShape),
  metadata: optional(jsonRecordShape),
  session_transfer: optional(jsonRecordShape),
  user_id: optional('string'),
});

const refreshTokenShape = closedObject({
  id: 'string',
  created_at: 'string',
  client_id: optional('string'),
  user_id: optional('string'),
  session_id: optional('string'),
  expires_at: optional('string'),
  idle_expires_at: optional('string'),
  last_exchanged_at: optional('string'),
  rotating: optional('boolean'),
  access: optional('string'),
  device: optional(deviceShape),
  metadata: optional(jsonRecordShape),
  resource_servers: optional({ array: closedObject({ audience: 'string', scopes: 'string' }) }),
  session_transfer: optional(jsonRecordShape),
});

const transactionShape = openObject({
  metadata: { record: 'json' },
  id: optional('string'),
  protocol: optional('string'),
  state: optional('string'),
  redirect_uri: optional('string'),
  login_hint: optional('string'),
  locale: optional('string'),
  ui_locales: optional({ array: 'string' }),
  acr_values: optional({ array: 'string' }),
  prompt: optional({ array: 'string' }),
  requested_scopes: optional({ array: 'string' }),
  response_mode: optional('string'),
  response_type: optional({ array: 'string' }),
  requested_authorization_details: optional({ array: openObject({ type: 'string' }) }),
  linking_id: optional('string'),
  correlation_id: optional('string'),
  actor: optional(openObject({ sub: 'string' })),
  actor_token_type: optional('string'),
  subject_token_type: optional('string'),
});

/**
 * What a post-login event can hold, field by field (reference E.1a, `event-types.ts`): `mockEvent` refuses
 * overrides that would build an event the runtime never sends.
 */
export const POST_LOGIN_EVENT_SHAPE: DataShape = closedObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  agent: optional(closedObject({ agent_id: 'string', agent_metadata: jsonRecordShape, name: 'string' })),
  authentication: optional(
    closedObject({ methods: { array: authenticationMethodShape }, riskAssessment: optional(postLoginRiskShape) }),
  ),
  authorization: optional(closedObject({ roles: { array: 'string' } })),
  client: openObject({ ...clientShape.fields, refresh_token: optional(jsonRecordShape) }),
  connection: connectionShape,
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadataShape })),
  organization: optional(organizationShape),
  prompt: optional(closedObject({ id: 'string', fields: optional(jsonRecordShape), vars: optional(jsonRecordShape) })),
  refresh_token: optional(refreshTokenShape),
  request: closedObject({ ...requestShape.fields, asn: optional('string') }),
  resource_server: optional(closedObject({ identifier: 'string' })),
  security_context: optional(securityContextShape),
  session: optional(sessionShape),
  session_transfer_token: optional(
    closedObject({
      client_id: 'string',
      scope: { array: 'string' },
      request: closedObject({
        ip: 'string',
        asn: optional('string'),
        user_agent: optional('string'),
        geoip: optional(geoIpShape),
      }),
    }),
  ),
  stats: closedObject({ logins_count: 'number' }),
  tenant: tenantShape,
  transaction: optional(transactionShape),
  user: userShape({
    multifactor: optional({ array: 'string' }),
    enrolledFactors: optional({ array: enrolledFactorShape }),
  }),
  anonymous_session: optional(jsonRecordShape),
  experiment: optional('json'),
});
