/**
 * Post Change Password: signs the user out everywhere once the password has changed, through the Management
 * API's `DELETE /api/v2/users/{id}/sessions`. The Management API token is cached for the next password changes.
 */
import type { PostChangePasswordApi, PostChangePasswordEvent } from '@auth0-actions-mock/vitest';

const TOKEN_KEY = 'management-api-token';

async function managementToken(event: PostChangePasswordEvent, api: PostChangePasswordApi): Promise<string> {
  const cached = api.cache.get(TOKEN_KEY);
  if (cached) return cached.value;
  const response = await fetch(`https://${event.secrets.DOMAIN}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: event.secrets.CLIENT_ID,
      client_secret: event.secrets.CLIENT_SECRET,
      audience: `https://${event.secrets.DOMAIN}/api/v2/`,
    }),
  });
  if (!response.ok) throw new Error(`Management API token request failed with ${response.status}`);
  const { access_token: token, expires_in: expiresIn } = (await response.json()) as {
    access_token: string;
    expires_in: number;
  };
  api.cache.set(TOKEN_KEY, token, { ttl: (expiresIn - 60) * 1000 });
  return token;
}

export const onExecutePostChangePassword = async (
  event: PostChangePasswordEvent,
  api: PostChangePasswordApi,
): Promise<void> => {
  // Every field of this trigger's user is optional in the types: a database user always has an id.
  const { user_id: userId } = event.user;
  if (userId === undefined) throw new Error('post-change-password without a user_id');
  const token = await managementToken(event, api);
  const response = await fetch(`https://${event.secrets.DOMAIN}/api/v2/users/${encodeURIComponent(userId)}/sessions`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`Could not revoke the sessions of ${userId}: ${response.status}`);
  console.log(`revoked the sessions of ${userId}`);
};
