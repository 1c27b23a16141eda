/**
 * Post Login: puts the user's roles in both tokens under a namespaced claim (Auth0 drops a bare `roles` claim), and
 * shapes the access token of the reports API by role: analysts may read reports, only admins keep the right to
 * delete them.
 */
const NAMESPACE = 'https://reports.example.com';
const REPORTS_API = 'https://api.example.com/reports';

exports.onExecutePostLogin = async (event, api) => {
  const roles = event.authorization?.roles ?? [];
  api.idToken.setCustomClaim(`${NAMESPACE}/roles`, roles);
  api.accessToken.setCustomClaim(`${NAMESPACE}/roles`, roles);

  // Scopes only mean something to the API they are issued for.
  if (event.resource_server?.identifier !== REPORTS_API) return;
  if (roles.includes('analyst') || roles.includes('admin')) api.accessToken.addScope('read:reports');
  if (!roles.includes('admin')) api.accessToken.removeScope('delete:reports');
};
