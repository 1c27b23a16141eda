import { closedObject, openObject, optional, type DataShape } from '../../util/data-shape.js';
import {
  authenticationMethodShape,
  clientShape,
  connectionShape,
  enrolledFactorShape,
  jsonRecordShape,
  metadataShape,
  organizationShape,
  requestShape,
  riskAssessmentShape,
  secretsShape,
  tenantShape,
  userShape,
} from '../common/event-shapes.js';

/**
 * What a post-challenge event can hold, field by field (reference A.2, `event-types.ts`): `mockEvent` refuses
 * overrides that would build an event the runtime never sends.
 */
export const POST_CHALLENGE_EVENT_SHAPE: DataShape = closedObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  authentication: openObject({
    methods: { array: authenticationMethodShape },
    riskAssessment: optional(riskAssessmentShape),
  }),
  authorization: closedObject({ roles: { array: 'string' } }),
  client: clientShape,
  connection: connectionShape,
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadataShape })),
  organization: optional(organizationShape),
  prompt: optional(closedObject({ id: 'string', fields: optional(jsonRecordShape), vars: optional(jsonRecordShape) })),
  request: requestShape,
  stats: closedObject({ logins_count: 'number' }),
  tenant: tenantShape,
  transaction: openObject({
    locale: 'string',
    ui_locales: { array: 'string' },
    correlation_id: optional('string'),
    login_hint: optional('string'),
    state: optional('string'),
  }),
  user: userShape({ enrolledFactors: optional({ array: enrolledFactorShape }) }),
});
