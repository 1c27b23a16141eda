'use strict';

/**
 * A Password Reset / Post-Challenge Action that sends the user to an identity-verification site with a signed
 * session token, and on `/continue` validates the site's signed answer before letting the reset finish.
 */
const VERIFY_URL = 'https://verify.example.com/start';
const RESULT_URL = 'https://app.example.com/welcome';

exports.VERIFY_URL = VERIFY_URL;
exports.RESULT_URL = RESULT_URL;

exports.onExecutePostChallenge = async (event, api) => {
  const token = api.redirect.encodeToken({
    secret: event.secrets.SESSION_SECRET,
    expiresInSeconds: 300,
    payload: { email: event.user.email },
  });
  api.redirect.sendUserTo(VERIFY_URL, { query: { session_token: token } });
};

exports.onContinuePostChallenge = async (event, api) => {
  const claims = api.redirect.validateToken({
    secret: event.secrets.SESSION_SECRET,
    tokenParameterName: 'session_token',
  });
  if (claims.verified !== true) {
    api.access.deny('Identity could not be verified.');
    return;
  }
  api.transaction.setResultUrl(RESULT_URL, { query: { verified: 'yes' } });
};
