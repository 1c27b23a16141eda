import { closedObject, openObject, optional, type DataShape } from '../../util/data-shape.js';
import { connectionShape, jsonRecordShape, metadataShape, secretsShape, tenantShape } from '../common/event-shapes.js';
import { bodylessRequestShape, riskOnlyAuthenticationShape } from '../common/request-parts.js';

/** What a post-change-password event can hold (reference E.5): no `client`, no `security_context`. */
export const POST_CHANGE_PASSWORD_EVENT_SHAPE: DataShape = openObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  authentication: optional(riskOnlyAuthenticationShape),
  connection: connectionShape,
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadataShape })),
  request: bodylessRequestShape,
  tenant: tenantShape,
  transaction: optional(closedObject({ correlation_id: optional('string') })),
  user: openObject({
    email: optional('string'),
    email_verified: optional('boolean'),
    last_password_reset: optional('string'),
    phone_number: optional('string'),
    phone_verified: optional('boolean'),
    user_id: optional('string'),
    username: optional('string'),
  }),
});
