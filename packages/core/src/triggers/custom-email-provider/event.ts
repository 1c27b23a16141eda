import type { SeededRandom } from '../../util/seeded-random.js';
import { NativeSet } from '../../util/intrinsics.js';
import { brandedTenant, friendlyNameOf } from '../common/branded-tenant.js';
import { sampleOtp } from '../common/phone-number.js';
import { geoIpOf, sampleWorld, userProfile } from '../common/sample-world.js';
import type {
  CustomEmailMessageType,
  CustomEmailNotification,
  CustomEmailProviderEvent,
  CustomEmailProviderUser,
} from './event-types.js';
import { CUSTOM_EMAIL_MESSAGE_TYPES } from './event-shape.js';
import { emailHtml, emailLink, emailMessage } from './messages.js';

/** Emails sent before the address is verified. */
const UNVERIFIED_TYPES: ReadonlySet<CustomEmailMessageType> = new NativeSet<CustomEmailMessageType>([
  'verify_email',
  'verify_email_by_code',
]);

/**
 * The seed's person receiving one of the tenant's emails, sent through its custom email provider: each seed draws
 * a message type, so seeds cover every kind, rendered in the person's language with a code or a link on the
 * tenant's domain as the type needs. An invitation comes with its organization.
 */
export function buildCustomEmailProviderEvent(random: SeededRandom, at: number): CustomEmailProviderEvent {
  const world = sampleWorld(random, at);
  const { person, tenant, request } = world;
  const message_type = random.pick(CUSTOM_EMAIL_MESSAGE_TYPES);
  const code = sampleOtp(random);
  const ticket = random.alphanumeric(32);
  const orgId = `org_${random.alphanumeric(16)}`;
  const tenantInfo = brandedTenant(world);
  const link = emailLink(message_type, {
    host: tenant.domain,
    ticket,
    organizationId: orgId,
    home: tenantInfo.home_url,
  });
  const name = friendlyNameOf(world);
  const { subject, text } = emailMessage(message_type, name, person.givenName, code, link);
  const notification: CustomEmailNotification = {
    from: tenantInfo.support_email?.replace(/^support@/, 'no-reply@') as string,
    html: emailHtml(text),
    locale: request.city.language,
    message_type,
    subject,
    text,
    to: person.email,
  };
  const profile = userProfile(world);
  const user: CustomEmailProviderUser = {
    user_id: profile.user_id,
    email_verified: !UNVERIFIED_TYPES.has(message_type),
    app_metadata: {},
    user_metadata: {},
    email: person.email,
    family_name: person.familyName,
    given_name: person.givenName,
    name: profile.name,
    nickname: person.nickname,
    picture: person.picture,
  };
  const organization =
    message_type === 'organization_invitation'
      ? {
          organization: {
            id: orgId,
            name: `${name.toLowerCase()}-partners`,
            display_name: `${name} Partners`,
            metadata: {},
          },
        }
      : {};
  return {
    secrets: {},
    configuration: {},
    client: { client_id: tenant.clientId, metadata: {}, name: tenant.clientName },
    connection: { id: tenant.connectionId, name: world.connection, strategy: 'auth0', metadata: {} },
    notification,
    ...organization,
    request: { geoip: geoIpOf(request.city), hostname: tenant.domain, ip: request.ip, user_agent: request.userAgent },
    tenant: tenantInfo,
    user,
  };
}
