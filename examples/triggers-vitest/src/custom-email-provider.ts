/**
 * Custom Email Provider: sends every Auth0 email (verification, password reset, MFA codes...) through the
 * company's mail API. The mail API keeps a suppression list: an address that unsubscribed or hard-bounced is
 * refused with 422, and sending it again would fail the same way, so the email is dropped. A 503 means the mail
 * API is down for a moment: the Action asks Auth0 to retry (up to five times). Any other refusal is dropped with
 * the status, so it shows in the tenant logs.
 *
 * The event and api types come from the testing library; in your project, take them from `@auth0/actions`.
 */
import type { CustomEmailProviderApi, CustomEmailProviderEvent } from '@auth0-actions-mock/vitest';

interface MailApiError {
  error?: string;
}

export const onExecuteCustomEmailProvider = async (
  event: CustomEmailProviderEvent,
  api: CustomEmailProviderApi,
): Promise<void> => {
  const { from, to, subject, text, html, message_type: messageType } = event.notification;
  const response = await fetch(`${event.secrets.MAIL_API_URL}/send`, {
    method: 'POST',
    headers: { authorization: `Bearer ${event.secrets.MAIL_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ from, to, subject, text, html, tag: messageType }),
  });
  if (response.ok) return;
  if (response.status === 422) {
    const { error } = (await response.json()) as MailApiError;
    if (error === 'recipient_suppressed') {
      api.notification.drop(`${to} unsubscribed or bounced: not sending ${messageType}`);
      return;
    }
  }
  if (response.status === 503) {
    api.notification.retry(`mail API unavailable (503) for ${messageType}`);
    return;
  }
  api.notification.drop(`mail API refused ${messageType} with ${response.status}`);
};
