/**
 * Post Login: progressive profiling. From the second login on, a user whose profile lacks a company is sent once
 * to the profile form; the form sends them back to /continue with a signed token carrying the answers, which are
 * saved in user_metadata. Non-interactive logins (refresh tokens, ROPG) are never redirected.
 */
const FORM_TOKEN_LIFETIME_SECONDS = 10 * 60;

exports.onExecutePostLogin = async (event, api) => {
  if (event.user.user_metadata?.company) return;
  if (event.stats.logins_count < 2) return;
  if (!api.redirect.canRedirect()) return;

  const sessionToken = api.redirect.encodeToken({
    secret: event.secrets.PROFILE_FORM_SECRET,
    expiresInSeconds: FORM_TOKEN_LIFETIME_SECONDS,
    payload: { email: event.user.email },
  });
  api.redirect.sendUserTo(event.secrets.PROFILE_FORM_URL, { query: { session_token: sessionToken } });
};

exports.onContinuePostLogin = async (event, api) => {
  const answers = api.redirect.validateToken({
    secret: event.secrets.PROFILE_FORM_SECRET,
    tokenParameterName: 'profile_token',
  });
  api.user.setUserMetadata('company', answers.company);
  if (answers.job_title) api.user.setUserMetadata('job_title', answers.job_title);
};
