/**
 * Post Login: puts the user's roles in both tokens under a namespaced claim (Auth0 drops a bare `roles` claim), and
 * shapes the access token of the reports API by role: analysts may read reports, only admins keep the right to
 * delete them.
 *
 * The event and api types come from the testing library; in your project, take them from `@auth0/actions`.
 */
import type { PostLoginApi, PostLoginEvent } from '@auth0-actions-mock/vitest';

export const ROLES_CLAIM = 'https://reports.example.com/roles';
export const REPORTS_API = 'https://api.example.com/reports';

export const onExecutePostLogin = async (event: PostLoginEvent, api: PostLoginApi): Promise<void> => {
  const roles = event.authorization?.roles ?? [];
  api.idToken.setCustomClaim(ROLES_CLAIM, roles);
  api.accessToken.setCustomClaim(ROLES_CLAIM, roles);

  // Scopes only mean something to the API they are issued for.
  if (event.resource_server?.identifier !== REPORTS_API) return;
  if (roles.includes('analyst') || roles.includes('admin')) api.accessToken.addScope('read:reports');
  if (!roles.includes('admin')) api.accessToken.removeScope('delete:reports');
};
