import type { SeededRandom } from '../../util/seeded-random.js';
import { brandedTenant, friendlyNameOf } from '../common/branded-tenant.js';
import { phoneNumberOf, sampleOtp, senderNumberOf } from '../common/phone-number.js';
import { bodylessPostRequest } from '../common/request-parts.js';
import { sampleWorld, userProfile } from '../common/sample-world.js';
import type { CustomPhoneMessageType, CustomPhoneNotification, CustomPhoneProviderEvent } from './event-types.js';
import { phoneLink, phoneMessage } from './messages.js';

const MESSAGE_TYPES: readonly CustomPhoneMessageType[] = [
  'otp_verify',
  'otp_enroll',
  'blocked_account',
  'change_password',
  'password_breach',
];

/**
 * The seed's person receiving one of the tenant's phone messages (Unified Phone Experience): each seed draws a
 * message type, so seeds cover every kind. An `otp_verify` or `otp_enroll` carries the code; the others a link on
 * the tenant's domain. The number is the person's, in the country of their requests.
 */
export function buildCustomPhoneProviderEvent(random: SeededRandom, at: number): CustomPhoneProviderEvent {
  const world = sampleWorld(random, at);
  const { tenant } = world;
  const message_type = random.pick(MESSAGE_TYPES);
  const delivery_method = random.pick(['text', 'voice'] as const);
  const recipient = phoneNumberOf(world);
  const isOtp = message_type === 'otp_verify' || message_type === 'otp_enroll';
  const code = sampleOtp(random);
  const link = phoneLink(message_type, tenant.domain, random.alphanumeric(32));
  const message = phoneMessage(message_type, friendlyNameOf(world), code, link);
  const notification: CustomPhoneNotification = {
    as_text: message.text,
    as_voice: message.voice,
    delivery_method,
    message_type,
    recipient,
    ...(isOtp ? { code } : {}),
    from: senderNumberOf(world),
    locale: world.request.city.language,
  };
  // An enrollment adds a new phone factor; the other messages go to the phone number of the profile.
  const phone = message_type === 'otp_enroll' ? {} : { phone_number: recipient, phone_verified: true };
  return {
    secrets: {},
    configuration: {},
    client: { client_id: tenant.clientId, metadata: {}, name: tenant.clientName },
    connection: { id: tenant.connectionId, name: world.connection, strategy: 'auth0', metadata: {} },
    notification,
    request: bodylessPostRequest(world),
    tenant: brandedTenant(world),
    user: { ...userProfile(world), ...phone },
  };
}
