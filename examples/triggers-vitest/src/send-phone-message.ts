/**
 * Send Phone Message: delivers the MFA codes of the tenant's Custom phone provider through the company's SMS and
 * voice gateway. `message_options.message_type` says how: an `sms` is a text, a `voice` message a call that reads
 * `text` out. The gateway's OAuth token is cached (it is valid for an hour), so a burst of logins asks for one
 * token. A gateway failure throws: the enrollment or challenge fails, and the user can ask for a new code.
 *
 * The event and api types come from the testing library; in your project, take them from `@auth0/actions`.
 */
import type { SendPhoneMessageApi, SendPhoneMessageEvent } from '@auth0-actions-mock/vitest';

export const TOKEN_KEY = 'sms-gateway-token';

interface TokenResponse {
  access_token: string;
  expires_in: number;
}

async function gatewayToken(event: SendPhoneMessageEvent, api: SendPhoneMessageApi): Promise<string> {
  const cached = api.cache.get(TOKEN_KEY);
  if (cached) return cached.value;
  const response = await fetch(`${event.secrets.GATEWAY_URL}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: event.secrets.GATEWAY_CLIENT_ID,
      client_secret: event.secrets.GATEWAY_CLIENT_SECRET,
    }),
  });
  if (!response.ok) throw new Error(`SMS gateway token request failed with ${response.status}`);
  const { access_token: token, expires_in: expiresIn } = (await response.json()) as TokenResponse;
  // Expire a minute early, so a cached token is never used just as it lapses.
  api.cache.set(TOKEN_KEY, token, { ttl: (expiresIn - 60) * 1000 });
  return token;
}

export const onExecuteSendPhoneMessage = async (
  event: SendPhoneMessageEvent,
  api: SendPhoneMessageApi,
): Promise<void> => {
  const { message_type: messageType, recipient, text } = event.message_options;
  const token = await gatewayToken(event, api);
  const endpoint = messageType === 'voice' ? 'calls' : 'messages';
  const response = await fetch(`${event.secrets.GATEWAY_URL}/${endpoint}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(messageType === 'voice' ? { to: recipient, say: text } : { to: recipient, body: text }),
  });
  if (!response.ok) throw new Error(`SMS gateway refused the ${messageType} with ${response.status}`);
};
