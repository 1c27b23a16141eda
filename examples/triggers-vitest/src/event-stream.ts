/**
 * Event Stream: forwards `user.created` events to the analytics webhook and ignores the others. Streams may
 * deliver an event twice, so a delivered event's id is cached and a duplicate is dropped. A webhook failure
 * throws: Auth0 marks the delivery failed and retries it.
 */
import type { EventStreamApi, EventStreamEvent } from '@auth0-actions-mock/vitest';

interface CreatedUser {
  user_id?: string;
  email?: string;
}

export const onExecuteEventStream = async (event: EventStreamEvent, api: EventStreamApi): Promise<void> => {
  const { message } = event;
  if (message.type !== 'user.created') return;
  const deliveredKey = `delivered:${message.id}`;
  if (api.cache.get(deliveredKey)) return;

  const user: CreatedUser = message.data?.object ?? {};
  const response = await fetch(event.secrets.WEBHOOK_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${event.secrets.WEBHOOK_TOKEN}` },
    body: JSON.stringify({
      event_id: message.id,
      tenant: message.a0tenant,
      user_id: user.user_id,
      email: user.email,
      created_at: message.time,
    }),
  });
  if (!response.ok) throw new Error(`Webhook answered ${response.status}`);
  api.cache.set(deliveredKey, '1');
};
