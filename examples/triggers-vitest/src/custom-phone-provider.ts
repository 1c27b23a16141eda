/**
 * Custom Phone Provider: delivers every Auth0 phone message (MFA and passwordless codes, account notices) through
 * the company's telephony API, by text or by a call as `notification.delivery_method` says: a text sends
 * `as_text`, a call reads `as_voice`. A number the API cannot reach (400) is dropped: retrying would not help. A
 * rate limit (429) or an outage (5xx) asks Auth0 to retry.
 *
 * The event and api types come from the testing library; in your project, take them from `@auth0/actions`.
 */
import type {
  CustomPhoneNotification,
  CustomPhoneProviderApi,
  CustomPhoneProviderEvent,
} from '@auth0-actions-mock/vitest';

/** The telephony API's request for one message: an SMS body, or the words a call speaks. */
function telephonyRequest(notification: CustomPhoneNotification): {
  path: 'calls' | 'sms';
  body: Record<string, string | undefined>;
} {
  const { delivery_method: method, recipient: to, from } = notification;
  return method === 'voice'
    ? { path: 'calls', body: { to, from, speak: notification.as_voice } }
    : { path: 'sms', body: { to, from, text: notification.as_text } };
}

export const onExecuteCustomPhoneProvider = async (
  event: CustomPhoneProviderEvent,
  api: CustomPhoneProviderApi,
): Promise<void> => {
  const { notification } = event;
  const { path, body } = telephonyRequest(notification);
  const response = await fetch(`${event.secrets.TELEPHONY_URL}/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${event.secrets.TELEPHONY_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.ok) return;
  if (response.status === 429 || response.status >= 500) {
    api.notification.retry(`telephony API answered ${response.status} for ${notification.message_type}`);
    return;
  }
  api.notification.drop(
    `telephony API cannot deliver ${notification.message_type} by ${notification.delivery_method} to ${notification.recipient} (${response.status})`,
  );
};
