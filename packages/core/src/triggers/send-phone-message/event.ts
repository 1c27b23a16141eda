import type { SeededRandom } from '../../util/seeded-random.js';
import { friendlyNameOf } from '../common/branded-tenant.js';
import { phoneNumberOf, sampleOtp } from '../common/phone-number.js';
import { bodylessPostRequest } from '../common/request-parts.js';
import { sampleWorld, userProfile } from '../common/sample-world.js';
import type { SendPhoneMessageEvent, SendPhoneMessageOptions } from './event-types.js';
import { messageText } from './message-text.js';

/**
 * The seed's person at the MFA step of a login to the seed's application, with the tenant's phone provider set to
 * Custom: a challenge when their enrolled factors include a phone (by its preferred method), else the enrollment
 * of a new phone, by text or voice.
 */
export function buildSendPhoneMessageEvent(random: SeededRandom, at: number): SendPhoneMessageEvent {
  const world = sampleWorld(random, at);
  const { tenant } = world;
  const phoneFactor = world.enrolledFactors.find((factor) => factor.type === 'phone');
  const preferred = phoneFactor?.options?.preferredMethod;
  const message_type: SendPhoneMessageOptions['message_type'] =
    preferred === 'voice' || preferred === 'sms' ? preferred : random.pick(['sms', 'voice']);
  const base = {
    action: phoneFactor ? 'second-factor-authentication' : 'enrollment',
    code: sampleOtp(random),
    message_type,
    recipient: phoneNumberOf(world),
  } as const;
  return {
    secrets: {},
    configuration: {},
    client: { client_id: tenant.clientId, metadata: {}, name: tenant.clientName },
    message_options: { ...base, text: messageText(base, friendlyNameOf(world)) },
    request: bodylessPostRequest(world),
    tenant: { id: tenant.id },
    user: userProfile(world),
  };
}
