/**
 * Custom Phone Provider: delivers every Auth0 phone message (MFA and passwordless codes, account notices) through
 * the company's telephony API, by text or by a call as `notification.delivery_method` says: a text sends
 * `as_text`, a call reads `as_voice`. A number the API cannot reach (400) is dropped: retrying would not help. A
 * rate limit (429) or an outage (5xx) asks Auth0 to retry.
 */
exports.onExecuteCustomPhoneProvider = async (event, api) => {
  const {
    delivery_method: method,
    recipient,
    from,
    as_text: asText,
    as_voice: asVoice,
    message_type: messageType,
  } = event.notification;
  const byVoice = method === 'voice';
  const response = await fetch(`${event.secrets.TELEPHONY_URL}/${byVoice ? 'calls' : 'sms'}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${event.secrets.TELEPHONY_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(byVoice ? { to: recipient, from, speak: asVoice } : { to: recipient, from, text: asText }),
  });
  if (response.ok) return;
  if (response.status === 429 || response.status >= 500) {
    api.notification.retry(`telephony API answered ${response.status} for ${messageType}`);
    return;
  }
  api.notification.drop(
    `telephony API cannot deliver ${messageType} by ${method} to ${recipient} (${response.status})`,
  );
};
