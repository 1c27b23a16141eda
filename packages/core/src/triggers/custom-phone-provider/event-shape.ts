import { closedObject, oneOf, openObject, optional, type DataShape } from '../../util/data-shape.js';
import { brandedTenantShape } from '../common/branded-tenant.js';
import {
  clientShape,
  connectionShape,
  identityShape,
  jsonRecordShape,
  metadataShape,
  organizationShape,
  secretsShape,
  userShape,
} from '../common/event-shapes.js';
import { bodylessRequestShape } from '../common/request-parts.js';

/** What a custom-phone-provider event can hold (reference E.8). */
export const CUSTOM_PHONE_PROVIDER_EVENT_SHAPE: DataShape = openObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  client: clientShape,
  connection: optional(connectionShape),
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadataShape })),
  notification: closedObject({
    as_text: 'string',
    as_voice: 'string',
    delivery_method: oneOf('text', 'voice'),
    message_type: oneOf('otp_verify', 'otp_enroll', 'blocked_account', 'change_password', 'password_breach'),
    recipient: 'string',
    code: optional('string'),
    from: optional('string'),
    locale: optional('string'),
  }),
  organization: optional(organizationShape),
  request: bodylessRequestShape,
  tenant: brandedTenantShape,
  transaction: optional(closedObject({ correlation_id: optional('string') })),
  user: userShape({ identities: optional({ array: identityShape }) }),
});
