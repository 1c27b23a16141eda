import { closedObject, openObject, optional, type DataShape } from '../../util/data-shape.js';
import { connectionShape, jsonRecordShape, metadataShape, secretsShape, tenantShape } from '../common/event-shapes.js';
import { bodylessRequestShape, riskOnlyAuthenticationShape, securityContextShape } from '../common/request-parts.js';
import { signupTransactionShape } from '../common/signup-transaction.js';

/** What a post-user-registration event can hold (reference E.4). */
export const POST_USER_REGISTRATION_EVENT_SHAPE: DataShape = openObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  authentication: optional(riskOnlyAuthenticationShape),
  connection: connectionShape,
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadataShape })),
  request: optional(bodylessRequestShape),
  security_context: optional(securityContextShape),
  tenant: tenantShape,
  transaction: optional(signupTransactionShape),
  user: openObject({
    user_id: 'string',
    created_at: 'string',
    updated_at: 'string',
    email_verified: 'boolean',
    app_metadata: jsonRecordShape,
    user_metadata: jsonRecordShape,
    email: optional('string'),
    family_name: optional('string'),
    given_name: optional('string'),
    last_password_reset: optional('string'),
    name: optional('string'),
    nickname: optional('string'),
    phone_number: optional('string'),
    phone_verified: optional('boolean'),
    picture: optional('string'),
    username: optional('string'),
  }),
});
