const rules = require('actions:email-rules');

/**
 * Handler that will be called during the execution of a PostLogin flow.
 * Adds the user's roles and company to the ID token, and remembers the first login's country.
 */
exports.onExecutePostLogin = async (event, api) => {
  const namespace = 'https://acme.example';
  api.idToken.setCustomClaim(`${namespace}/roles`, event.authorization?.roles ?? []);
  api.idToken.setCustomClaim(`${namespace}/company`, rules.companyOf(event.user.email));
  if (event.user.app_metadata.signup_country === undefined) {
    api.user.setAppMetadata('signup_country', event.request.geoip.countryCode);
  }
};
