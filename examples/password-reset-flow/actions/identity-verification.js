/**
 * Action 2: sends risky users to an external identity-verification site, and checks its answer when the browser
 * comes back to /continue.
 *
 * The risk score comes from the cache Action 1 filled; the cache is not reliable across an MFA challenge or a
 * redirect (the Actions may resume on another instance, and entries expire), so it falls back to the event.
 */
const VERIFY_URL = 'https://verify.example.com/start';
const CHALLENGE_AT = 50;

function riskScore(event) {
  return event.authentication.riskAssessment?.supplemental?.akamai?.akamaiUserRisk?.score ?? 0;
}

function currentRisk(event, api) {
  const cached = api.cache.get(`risk:${event.user.user_id}`);
  if (cached) {
    console.log('risk score from cache');
    return Number(cached.value);
  }
  console.log('risk score recomputed (cache entry gone)');
  return riskScore(event);
}

exports.onExecutePostChallenge = async (event, api) => {
  if (currentRisk(event, api) < CHALLENGE_AT) return;

  const sessionToken = api.redirect.encodeToken({
    secret: event.secrets.VERIFY_SECRET,
    expiresInSeconds: 600,
    payload: { email: event.user.email },
  });
  api.redirect.sendUserTo(VERIFY_URL, { query: { session_token: sessionToken, locale: event.transaction.locale } });
};

exports.onContinuePostChallenge = async (event, api) => {
  let answer;
  try {
    answer = api.redirect.validateToken({ secret: event.secrets.VERIFY_SECRET, tokenParameterName: 'verification' });
  } catch (error) {
    console.warn('verification answer rejected: %s', error.message);
    api.access.deny(`Unable to verify your identity: ${error.message}`);
    return;
  }
  if (answer.outcome !== 'verified') {
    api.access.deny('Identity verification failed.');
  }
};
