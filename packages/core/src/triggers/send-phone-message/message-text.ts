import { messageSignatureOf } from '../common/branded-tenant.js';
import { rendersAgain } from '../common/overridden-paths.js';
import { spokenCode } from '../common/phone-number.js';
import type { SendPhoneMessageOptions } from './event-types.js';

/** Auth0's default MFA phone texts (Branding > Phone Provider templates), rendered; `name` signs them. */
export function messageText(options: Omit<SendPhoneMessageOptions, 'text'>, name: string): string {
  if (options.message_type === 'voice') {
    return `Hello. Your verification code for ${name} is ${spokenCode(options.code)}. I repeat, ${spokenCode(options.code)}.`;
  }
  return options.action === 'enrollment'
    ? `${options.code} is your verification code for ${name}. Please enter this code to verify your enrollment.`
    : `${options.code} is your verification code for ${name}.`;
}

const TEXT_INPUTS = ['message_options.code', 'message_options.action', 'message_options.message_type', 'tenant.id'];

/** An overridden code, action or message type shows in `message_options.text`, unless the test set the text. */
export function renderOverriddenText(event: Record<string, unknown>, overrides: Record<string, unknown>): void {
  if (!rendersAgain(overrides, TEXT_INPUTS, ['message_options.text'])) return;
  const options = event.message_options as SendPhoneMessageOptions;
  options.text = messageText(options, messageSignatureOf(event.tenant));
}
