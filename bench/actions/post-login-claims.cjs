'use strict';

/** A Post Login Action that puts the user's roles in the ID token and grants a scope of the reports API by role. */
const ROLES_CLAIM = 'https://reports.example.com/roles';
const REPORTS_API = 'https://api.example.com/reports';

exports.ROLES_CLAIM = ROLES_CLAIM;
exports.REPORTS_API = REPORTS_API;

exports.onExecutePostLogin = async (event, api) => {
  const roles = event.authorization?.roles ?? [];
  api.idToken.setCustomClaim(ROLES_CLAIM, roles);
  if (event.resource_server?.identifier === REPORTS_API && roles.includes('analyst'))
    api.accessToken.addScope('read:reports');
};
