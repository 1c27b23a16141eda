import { closedObject, oneOf, openObject, optional, type DataShape } from '../../util/data-shape.js';
import {
  clientShape,
  identityShape,
  jsonRecordShape,
  metadataShape,
  secretsShape,
  tenantShape,
  userShape,
} from '../common/event-shapes.js';
import { bodylessRequestShape, securityContextShape } from '../common/request-parts.js';

/** What a send-phone-message event can hold (reference E.6). */
export const SEND_PHONE_MESSAGE_EVENT_SHAPE: DataShape = openObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  client: optional(clientShape),
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadataShape })),
  message_options: closedObject({
    action: oneOf('enrollment', 'second-factor-authentication'),
    code: 'string',
    message_type: oneOf('sms', 'voice'),
    recipient: 'string',
    text: 'string',
  }),
  request: bodylessRequestShape,
  security_context: optional(securityContextShape),
  tenant: tenantShape,
  transaction: optional(closedObject({ correlation_id: optional('string') })),
  user: userShape({ identities: optional({ array: identityShape }) }),
});
