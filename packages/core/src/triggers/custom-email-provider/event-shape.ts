import { closedObject, oneOf, openObject, optional, type DataShape } from '../../util/data-shape.js';
import { brandedTenantShape } from '../common/branded-tenant.js';
import {
  clientShape,
  connectionShape,
  geoIpShape,
  jsonRecordShape,
  metadataShape,
  organizationShape,
  secretsShape,
} from '../common/event-shapes.js';

export const CUSTOM_EMAIL_MESSAGE_TYPES = [
  'verify_email',
  'verify_email_by_code',
  'reset_email',
  'reset_email_by_code',
  'welcome_email',
  'verification_code',
  'mfa_oob_code',
  'enrollment_email',
  'blocked_account',
  'stolen_credentials',
  'try_provider_configuration_email',
  'organization_invitation',
] as const;

/** What a custom-email-provider event can hold (reference E.7). */
export const CUSTOM_EMAIL_PROVIDER_EVENT_SHAPE: DataShape = openObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  client: clientShape,
  connection: optional(connectionShape),
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadataShape })),
  notification: closedObject({
    from: 'string',
    html: 'string',
    locale: 'string',
    message_type: oneOf(...CUSTOM_EMAIL_MESSAGE_TYPES),
    subject: 'string',
    text: 'string',
    to: 'string',
  }),
  organization: optional(organizationShape),
  request: closedObject({
    geoip: optional(geoIpShape),
    hostname: optional('string'),
    ip: optional('string'),
    query: optional({ record: 'string' }),
    user_agent: optional('string'),
  }),
  tenant: brandedTenantShape,
  transaction: optional(closedObject({ correlation_id: optional('string') })),
  user: openObject({
    user_id: 'string',
    email_verified: 'boolean',
    app_metadata: jsonRecordShape,
    user_metadata: jsonRecordShape,
    email: optional('string'),
    family_name: optional('string'),
    given_name: optional('string'),
    name: optional('string'),
    nickname: optional('string'),
    picture: optional('string'),
    username: optional('string'),
  }),
});
