/**
 * Password Reset / Post-Challenge Action: a risky reset is sent to an external identity check first.
 *
 * The external site receives a session token signed with REDIRECT_SECRET, verifies the user, and sends the
 * browser back to /continue with its own signed token and `verified=true`.
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
  api.redirect.sendUserTo(VERIFY_URL, { query: { session_token: token } });
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
  if (event.request.query.verified !== 'true') {
    api.access.deny('Identity verification was not completed.');
  }
};
