import { closedObject, openObject, optional, type DataShape } from '../../util/data-shape.js';
import {
  clientShape,
  connectionShape,
  jsonRecordShape,
  metadataShape,
  secretsShape,
  tenantShape,
} from '../common/event-shapes.js';
import { formPostRequestShape, riskOnlyAuthenticationShape, securityContextShape } from '../common/request-parts.js';
import { signupTransactionShape } from '../common/signup-transaction.js';

/**
 * What a pre-user-registration event can hold (reference E.3): overrides that give the user a `user_id` or the
 * request a `query` are refused, since the runtime never sends them.
 */
export const PRE_USER_REGISTRATION_EVENT_SHAPE: DataShape = openObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  authentication: optional(riskOnlyAuthenticationShape),
  client: optional(clientShape),
  connection: connectionShape,
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadataShape })),
  request: formPostRequestShape,
  security_context: optional(securityContextShape),
  tenant: tenantShape,
  transaction: optional(signupTransactionShape),
  user: closedObject({
    email: optional('string'),
    family_name: optional('string'),
    given_name: optional('string'),
    name: optional('string'),
    nickname: optional('string'),
    phone_number: optional('string'),
    picture: optional('string'),
    username: optional('string'),
    app_metadata: optional(jsonRecordShape),
    user_metadata: optional(jsonRecordShape),
  }),
});
