/**
 * A deliberately BROKEN copy of ../src/password-reset-redirect.js, for `pnpm run demo:broken`. Two bugs a
 * newcomer might write:
 *   1. the token travels in a `token` parameter, while the continue side (and validateToken's default) expects
 *      `session_token`;
 *   2. `verified` is compared with the boolean `true`, but query values are strings, so every user is denied.
 */
const VERIFY_URL = 'https://verify.example.com/identity';
const RISK_THRESHOLD = 50;

exports.onExecutePostChallenge = async (event, api) => {
  const score = event.authentication.riskAssessment?.supplemental?.akamai?.akamaiUserRisk?.score ?? 0;
  if (score < RISK_THRESHOLD) return;

  const token = api.redirect.encodeToken({
    secret: event.secrets.REDIRECT_SECRET,
    payload: { userId: event.user.user_id },
  });
  api.redirect.sendUserTo(VERIFY_URL, { query: { token } });
};

exports.onContinuePostChallenge = async (event, api) => {
  let payload;
  try {
    payload = api.redirect.validateToken({ secret: event.secrets.REDIRECT_SECRET });
  } catch (err) {
    api.access.deny('Unable to verify redirect response: ' + err.message);
    return;
  }
  if (payload.userId !== event.user.user_id) {
    api.access.deny('Verification response does not match the current user.');
    return;
  }
  if (event.request.query.verified !== true) {
    api.access.deny('Identity verification was not completed.');
  }
};
