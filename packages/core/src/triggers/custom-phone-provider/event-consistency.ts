import type { ShapeProblem } from '../../util/data-shape.js';
import { isPlainObject } from '../../util/errors.js';

const OTP_TYPES: readonly unknown[] = ['otp_verify', 'otp_enroll'];

/**
 * The runtime sends `notification.code` with the OTP messages and with them only (reference E.8): an override
 * that changes the message type without the code (or the other way round) makes a message no tenant sends.
 */
export function phoneNotificationProblem(event: Record<string, unknown>, path: string): ShapeProblem | undefined {
  const { notification } = event;
  if (!isPlainObject(notification)) return undefined;
  const type = notification.message_type;
  const isOtp = OTP_TYPES.includes(type);
  if (isOtp && notification.code === undefined) {
    return {
      path: `${path}.notification.code`,
      expected: `a string with message_type '${String(type)}' (the runtime sends the code of every OTP message)`,
      received: undefined,
    };
  }
  if (!isOtp && notification.code !== undefined) {
    return {
      path: `${path}.notification.code`,
      expected: `left out with message_type '${String(type)}' (the runtime sends a code with otp_verify and otp_enroll only; override code: undefined)`,
      received: notification.code,
    };
  }
  return undefined;
}
